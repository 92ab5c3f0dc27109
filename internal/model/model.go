// Package model resolves a company file into the data one document in one language shows:
// every localized text picked for that language, with a warning for each fallback. It does no
// I/O and knows nothing about templates or output formats.
package model

import (
	"fmt"

	"github.com/policygen/policygen/internal/config"
)

// Text is plain text from the company file. Printed by a template it is Markdown-escaped, so a
// value can never change a document's structure; see Escape.
type Text string

// String returns the text escaped for Markdown.
func (t Text) String() string { return Escape(string(t)) }

// Document is the data of one policy document in one language.
type Document struct {
	Lang        string
	Company     Company
	Policy      *Policy
	Contacts    *Contacts
	Channels    Channels
	Inquiries   *config.Inquiries
	Complaints  *Complaints
	Escalation  *Escalation
	Feedback    *Feedback
	Training    *Training
	Performance *Performance
	Revisions   []Revision // oldest first, as in the company file
	Latest      Revision   // the newest revision: version and "last revised" date
	Branding    config.Branding
	Sections    []Section // the company's own sections, in file order
}

// Section is one of the company's own sections in the document's language.
type Section struct {
	ID    string
	After string   // the built-in section it follows
	In    []string // variants it appears in; empty: all
	Title Text
	Body  string // the company's Markdown, checked by config: printed as it is
}

type Company struct {
	Name     Text
	Short    Text // the short form the company file gives; "" when it gives none
	Offering Text
	Website  Text
	Vision   Text
	Mission  Text
}

type Policy struct {
	AppliesTo     Text
	Expectations  Text
	EffectiveDate config.Date // zero when absent
}

type Person struct {
	Name  Text
	Role  Text
	Email Text
	Phone Text
}

type Contacts struct {
	SupportEmail Text
	PolicyOwner  *Person
	Manager      *Person
}

// Channels holds the configured channels; Any reports whether there is at least one.
type Channels struct {
	Phone       *Phone
	Email       *Email
	LiveChat    *LiveChat
	InPerson    *config.InPersonChannel
	SocialMedia *config.SocialMediaChannel
	Any         bool
	// OpeningHours are the hours of every channel without hours of its own ("" when the
	// company file does not give them).
	OpeningHours Text
}

type Phone struct {
	AnswerWithin          config.Duration
	VoicemailCheckEvery   config.Duration
	VoicemailReturnWithin config.Duration
	Callback              *bool
	Hours                 Text
}

type Email struct {
	RespondWithin config.Duration
	AutoReply     *bool
}

type LiveChat struct {
	RespondWithin  config.Duration
	OfflineMessage *bool
	Hours          Text
}

type Complaints struct {
	AcknowledgeWithin config.Duration
	RespondWithin     config.Duration
	Review            config.Cadence
	TrackingSystem    Text
	ReviewSite        Text
}

type Escalation struct {
	ResolveWithin config.Duration
	Contacts      []EscalationContact
}

type EscalationContact struct {
	Level     int
	Role      Text
	Name      Text
	Email     Text
	Phone     Text
	ContactBy string // "email", "phone" or ""
	Available Text
}

type Feedback struct {
	Methods []Text
	Survey  config.Cadence
}

type Training struct {
	Onboarding Text
	Refresher  config.Cadence
}

type Performance struct {
	Review  config.Cadence
	Metrics []config.Metric
}

type Revision struct {
	Version    Text
	Date       config.Date
	Author     Text
	ApprovedBy Text
	Changes    []Text
}

// Fallback records that a localized text had no entry for the document's language.
type Fallback struct {
	Field string
	Pos   config.Pos
	Lang  string // the language that was missing
	Used  string // the language whose text was used instead
	Plain bool   // the text was one plain string, which is default_language text
}

func (f Fallback) String() string {
	return fmt.Sprintf("%s: no %q text; the %q text is used instead", f.Field, f.Lang, f.Used)
}

// Shows reports whether the section appears in variant.
func (s Section) Shows(variant string) bool {
	if len(s.In) == 0 {
		return true
	}
	for _, v := range s.In {
		if v == variant {
			return true
		}
	}
	return false
}
