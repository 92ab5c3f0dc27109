// Package config reads, checks and describes the company file: the one YAML file HR staff edit.
package config

import "time"

// File is a loaded, validated company file. Optional sections are nil when absent.
type File struct {
	Path            string // as given by the user, for messages ("-" for standard input)
	Company         Company
	Languages       []string // what build publishes by default; empty means "all known"
	DefaultLanguage string   // "en" when absent
	Policy          *Policy
	Contacts        *Contacts
	Channels        Channels
	Inquiries       *Inquiries
	Complaints      *Complaints
	Escalation      *Escalation
	Feedback        *Feedback
	Training        *Training
	Performance     *Performance
	Revisions       []Revision // in file order; at least one
	Branding        Branding
	Sections        []Section // the company's own sections, in file order
}

// LocalizedText is either one string for every language or a string per language tag.
type LocalizedText struct {
	All    string            // set when the YAML value was a plain string
	ByLang map[string]string // set when the YAML value was a map {en: …, pl: …}
	Pos    Pos               // where the value starts, for fallback warnings
}

// IsZero reports whether the text was absent.
func (t LocalizedText) IsZero() bool { return t.All == "" && len(t.ByLang) == 0 }

// Pos is a place in the company file (1-based).
type Pos struct{ Line, Col int }

// Unit is the unit of a Duration.
type Unit string

const (
	Seconds      Unit = "seconds"
	Minutes      Unit = "minutes"
	Hours        Unit = "hours"
	Days         Unit = "days"
	BusinessDays Unit = "business_days"
	Weeks        Unit = "weeks"
	Rings        Unit = "rings"
)

// Units lists every unit in a fixed order.
var Units = []Unit{Seconds, Minutes, Hours, Days, BusinessDays, Weeks, Rings}

// Duration is an amount of a unit as the user wrote it: "1.5h" is {Amount: "1.5", Unit: Hours}.
// Amount is a canonical decimal string (no exponent, no trailing zeros after the point, "." as
// separator), so that plural rules and output see exactly what the user meant.
type Duration struct {
	Amount string
	Unit   Unit
}

// IsZero reports whether the duration was absent.
func (d Duration) IsZero() bool { return d.Amount == "" }

// Cadence is how often something recurs.
type Cadence string

const (
	Daily     Cadence = "daily"
	Weekly    Cadence = "weekly"
	Monthly   Cadence = "monthly"
	Quarterly Cadence = "quarterly"
	Yearly    Cadence = "yearly"
)

// Cadences lists every cadence in a fixed order.
var Cadences = []Cadence{Daily, Weekly, Monthly, Quarterly, Yearly}

// Metric is a performance metric the company tracks.
type Metric string

// Metrics lists every metric in a fixed order.
var Metrics = []Metric{"first_response_time", "resolution_time", "first_contact_resolution", "csat", "nps", "complaint_rate"}

// Date is a calendar date without time of day.
type Date struct{ Year, Month, Day int }

// Time returns the date at midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// IsZero reports whether the date was absent.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as YYYY-MM-DD.
func (d Date) String() string { return d.Time().Format("2006-01-02") }

type Company struct {
	Name      string
	ShortName string // the name used after its first mention; "" derives it from Name
	Offering  LocalizedText
	Website   string
	Vision    LocalizedText
	Mission   LocalizedText
}

type Policy struct {
	AppliesTo     LocalizedText
	Expectations  LocalizedText
	EffectiveDate Date
}

// Person is someone named in the policy.
type Person struct {
	Name  string
	Role  LocalizedText
	Email string
	Phone string
}

type Contacts struct {
	SupportEmail string
	PolicyOwner  *Person
	Manager      *Person
}

// Channels holds one entry per configured contact channel; an absent channel is nil.
type Channels struct {
	Phone       *PhoneChannel
	Email       *EmailChannel
	LiveChat    *LiveChatChannel
	InPerson    *InPersonChannel
	SocialMedia *SocialMediaChannel
	// OpeningHours are when the company is open to customers: the hours of every channel
	// without hours of its own.
	OpeningHours LocalizedText
}

type PhoneChannel struct {
	AnswerWithin          Duration // rings allowed
	VoicemailCheckEvery   Duration
	VoicemailReturnWithin Duration
	Callback              *bool
	Hours                 LocalizedText
}

type EmailChannel struct {
	RespondWithin Duration
	AutoReply     *bool
}

type LiveChatChannel struct {
	RespondWithin  Duration
	OfflineMessage *bool
	Hours          LocalizedText
}

type InPersonChannel struct {
	GreetWithin Duration
}

type SocialMediaChannel struct {
	RespondWithin Duration
}

type Inquiries struct {
	AcknowledgeWithin Duration
	RespondWithin     Duration
}

type Complaints struct {
	AcknowledgeWithin Duration
	RespondWithin     Duration
	Review            Cadence
	TrackingSystem    string
	ReviewSite        string
}

type Escalation struct {
	ResolveWithin Duration
	Contacts      []EscalationContact // ascending by level
}

type EscalationContact struct {
	Level     int
	Role      LocalizedText
	Name      string
	Email     string
	Phone     string
	ContactBy string // "email" or "phone" or ""
	Available LocalizedText
}

type Feedback struct {
	Methods []LocalizedText
	Survey  Cadence
}

type Training struct {
	Onboarding LocalizedText
	Refresher  Cadence
}

type Performance struct {
	Review  Cadence
	Metrics []Metric
}

type Revision struct {
	Version    string
	Date       Date
	Author     string
	ApprovedBy string
	Changes    []LocalizedText
}

// Latest returns the newest revision: the one with the latest date, the last such in the file.
func (f *File) Latest() Revision {
	best := f.Revisions[0]
	for _, r := range f.Revisions[1:] {
		if !r.Date.Time().Before(best.Date.Time()) {
			best = r
		}
	}
	return best
}
