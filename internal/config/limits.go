package config

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Lengths, in characters, that the limits below are made of.
const (
	shortLength = 100  // durations, dates, cadences, versions, choices
	tagLength   = 35   // language tags
	nameLength  = 300  // names, roles, product names, opening hours
	phoneLength = 50   // phone numbers
	emailLength = 254  // e-mail addresses (RFC 5321)
	urlLength   = 2000 // web addresses
	proseLength = 5000 // vision, mission and other prose, list entries
)

// MaxValues bounds how many values (fields, list items, texts) a file may hold at all, so that
// no file within the size limit can make the YAML reader build a tree too large for memory.
const MaxValues = 500_000

// MaxProblems is how many problems of each kind (errors, warnings) Load lists; the rest are
// counted in a final "… and N more" entry.
const MaxProblems = 100

// textLimits is the longest text, in characters, that each field accepts. Paths are written
// with [] for "every item of the list"; a translation of a text has the limit of the text.
// The JSON Schema states the same numbers (TestSchemaLimits keeps them equal).
var textLimits = map[string]int{
	"company.name":       nameLength,
	"company.short_name": nameLength,
	"company.offering":   proseLength,
	"company.website":    urlLength,
	"company.vision":     proseLength,
	"company.mission":    proseLength,
	"languages[]":        tagLength,
	"default_language":   tagLength,

	"policy.applies_to":     proseLength,
	"policy.expectations":   proseLength,
	"policy.effective_date": shortLength,

	"contacts.support_email":      emailLength,
	"contacts.policy_owner.name":  nameLength,
	"contacts.policy_owner.role":  nameLength,
	"contacts.policy_owner.email": emailLength,
	"contacts.policy_owner.phone": phoneLength,
	"contacts.manager.name":       nameLength,
	"contacts.manager.role":       nameLength,
	"contacts.manager.email":      emailLength,
	"contacts.manager.phone":      phoneLength,

	"channels.phone.answer_within":           shortLength,
	"channels.phone.voicemail_check_every":   shortLength,
	"channels.phone.voicemail_return_within": shortLength,
	"channels.phone.callback":                shortLength,
	"channels.phone.hours":                   nameLength,
	"channels.email.respond_within":          shortLength,
	"channels.email.auto_reply":              shortLength,
	"channels.live_chat.respond_within":      shortLength,
	"channels.live_chat.offline_message":     shortLength,
	"channels.live_chat.hours":               nameLength,
	"channels.opening_hours":                 nameLength,
	"channels.in_person.greet_within":        shortLength,
	"channels.social_media.respond_within":   shortLength,

	"inquiries.acknowledge_within":  shortLength,
	"inquiries.respond_within":      shortLength,
	"complaints.acknowledge_within": shortLength,
	"complaints.respond_within":     shortLength,
	"complaints.review":             shortLength,
	"complaints.tracking_system":    nameLength,
	"complaints.review_site":        nameLength,

	"escalation.resolve_within":        shortLength,
	"escalation.contacts[].level":      shortLength,
	"escalation.contacts[].role":       nameLength,
	"escalation.contacts[].name":       nameLength,
	"escalation.contacts[].email":      emailLength,
	"escalation.contacts[].phone":      phoneLength,
	"escalation.contacts[].contact_by": shortLength,
	"escalation.contacts[].available":  nameLength,

	"feedback.methods[]":      proseLength,
	"feedback.survey":         shortLength,
	"training.onboarding":     proseLength,
	"training.refresher":      shortLength,
	"performance.review":      shortLength,
	"performance.metrics[]":   shortLength,
	"revisions[].version":     shortLength,
	"revisions[].date":        shortLength,
	"revisions[].author":      nameLength,
	"revisions[].approved_by": nameLength,
	"revisions[].changes[]":   proseLength,

	"branding.logo":    urlLength,
	"branding.color":   shortLength,
	"sections[].id":    shortLength,
	"sections[].after": shortLength,
	"sections[].in[]":  shortLength,
	"sections[].title": nameLength,
	"sections[].body":  proseLength,
}

// itemLimits is the most items each list accepts.
var itemLimits = map[string]int{
	"languages":           100,
	"escalation.contacts": 1000,
	"feedback.methods":    1000,
	"performance.metrics": 100,
	"revisions":           10_000,
	"revisions[].changes": 1000,
	"sections":            100,
	"sections[].in":       100,
}

// pattern turns a path such as "revisions[3].changes[0]" into "revisions[].changes[]".
func pattern(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		b.WriteByte(path[i])
		if path[i] == '[' {
			for i+1 < len(path) && path[i+1] != ']' {
				i++
			}
		}
	}
	return b.String()
}

// textLimit returns the limit of the field at path; a translation ("company.vision.pl") has
// the limit of its text. ok is false for a path that holds no text (a group of fields).
func textLimit(path string) (limit int, ok bool) {
	p := pattern(path)
	if n, ok := textLimits[p]; ok {
		return n, true
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		if n, ok := textLimits[p[:i]]; ok {
			return n, true
		}
	}
	return 0, false
}

// tooLong reports (and returns true) when the scalar n is longer than its field accepts.
func (d *decoder) tooLong(n *yaml.Node, path string) bool {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode {
		return false
	}
	limit, ok := textLimit(path)
	if !ok || len(n.Value) <= limit { // bytes ≥ characters: no need to count
		return false
	}
	chars := utf8.RuneCountInString(n.Value)
	if chars <= limit {
		return false
	}
	d.add(n, path, "too_long", fmt.Sprintf("at most %s characters; this one has %s", thousands(limit), thousands(chars)),
		"shorten it; a policy document is read by people, not stored as data")
	return true
}

// tooMany reports (and returns true) when the list n holds more items than its field accepts.
func (d *decoder) tooMany(n *yaml.Node, path string) bool {
	limit, ok := itemLimits[pattern(path)]
	if !ok || len(n.Content) <= limit {
		return false
	}
	d.add(n, path, "too_many_items", fmt.Sprintf("at most %s items; this list has %s", thousands(limit), thousands(len(n.Content))), "")
	return true
}

// thousands formats n with commas: 2600000 → "2,600,000".
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// shorten cuts a value quoted in a message to a readable length.
func shorten(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// countValues scans the bytes for an upper bound on the YAML values they hold: every line
// with content, and every character that can start or separate a value (, [ { - : ?). A
// line that starts with # is a comment, or part of one quoted or block text: it holds no
// value. It returns the byte offset at which the count passes limit, or -1.
func countValues(data []byte, limit int) int {
	count := 0
	lineStart := true
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			lineStart = true
			continue
		case ' ', '\t', '\r':
			continue
		case '#':
			if lineStart {
				if end := bytes.IndexByte(data[i:], '\n'); end >= 0 {
					i += end - 1
				} else {
					i = len(data)
				}
				continue
			}
		case ',', '[', '{', '-', ':', '?':
			count++
		}
		if lineStart {
			lineStart = false
			count++
		}
		if count > limit {
			return i
		}
	}
	return -1
}
