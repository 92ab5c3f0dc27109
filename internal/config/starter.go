package config

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// Starter returns a commented starter company file whose default language is lang, for
// "policygen init". Every field is explained for someone who has never edited YAML. text
// returns the message of a locale id ("init.company", "init.value.vision", …) in lang: the
// comments and the sample texts are in that language.
//
// In the skeleton below, a line "#@ id" becomes the message id as comment lines at the same
// indentation, and "@{id}" becomes the message id as one YAML value, quoted where needed.
func Starter(lang string, text func(id string) string) []byte {
	var b strings.Builder
	for _, line := range strings.SplitAfter(starter, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(trimmed)]
		if id, ok := strings.CutPrefix(strings.TrimSpace(trimmed), "#@ "); ok {
			for _, c := range strings.Split(strings.TrimRight(text(id), "\n"), "\n") {
				b.WriteString(strings.TrimRight(indent+"# "+c, " ") + "\n")
			}
			continue
		}
		for {
			start := strings.Index(line, "@{")
			end := strings.Index(line, "}")
			if start < 0 || end < start {
				break
			}
			line = line[:start] + yamlScalar(text(line[start+2:end])) + line[end+1:]
		}
		b.WriteString(strings.ReplaceAll(line, "LANG", lang))
	}
	return []byte(b.String())
}

// yamlScalar writes s as a one-line YAML value: plain when YAML reads it back as the same
// string, quoted otherwise.
func yamlScalar(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var n yaml.Node
	n.SetString(s)
	out, err := yaml.Marshal(&n)
	if err != nil { // cannot happen for a string
		return "\"\""
	}
	return strings.TrimSuffix(string(out), "\n")
}

const starter = `# yaml-language-server: $schema=https://policygen.dev/schema/company.json
#
#@ init.intro
#
#@ init.howto
#
#@ init.commands

#@ init.company.intro
company:
  name: @{init.value.name}
  #@ init.company.short_name
  #short_name: @{init.value.short_name}
  #@ init.company.offering
  offering: @{init.value.offering}
  #@ init.company.website
  website: https://www.example.com
  #@ init.company.vision
  vision: @{init.value.vision}
  #@ init.company.mission
  mission: @{init.value.mission}

#@ init.languages
languages: [LANG]
#@ init.default_language
default_language: LANG

#@ init.branding
#branding:
#  logo: logo.png
#  color: "#1f6f43"

#@ init.policy.intro
policy:
  applies_to: @{init.value.applies_to}
  expectations: @{init.value.expectations}
  #@ init.policy.effective_date
  effective_date: 2026-01-01

#@ init.contacts.intro
contacts:
  #@ init.contacts.support_email
  support_email: support@example.com
  #@ init.contacts.policy_owner
  policy_owner:
    name: Jane Smith
    role: @{init.value.owner_role}
    email: jane.smith@example.com
    phone: +44 20 7946 0000
  #@ init.contacts.manager
  manager:
    name: John Brown
    role: @{init.value.manager_role}
    email: john.brown@example.com
    phone: +44 20 7946 0001

#@ init.channels.intro
channels:
  phone:
    #@ init.channels.answer_within
    answer_within: 3 rings
    voicemail_check_every: 1 hour
    voicemail_return_within: 4 hours
    #@ init.channels.callback
    callback: true
    hours: @{init.value.hours}
  email:
    respond_within: 4 hours
    #@ init.channels.auto_reply
    auto_reply: true
  live_chat:
    respond_within: 1 minute
    #@ init.channels.offline_message
    offline_message: true
    hours: @{init.value.hours}
  in_person:
    #@ init.channels.greet_within
    greet_within: 1 minute
  social_media:
    respond_within: 2 hours
  #@ init.channels.opening_hours
  opening_hours: @{init.value.opening_hours}

#@ init.inquiries
inquiries:
  acknowledge_within: 1 hour
  respond_within: 1 business day

#@ init.complaints.intro
complaints:
  acknowledge_within: 24 hours
  respond_within: 5 business days
  #@ init.complaints.review
  review: monthly
  #@ init.complaints.tracking_system
  tracking_system: @{init.value.tracking_system}
  #@ init.complaints.review_site
  review_site: Trustpilot

#@ init.escalation.intro
escalation:
  resolve_within: 2 business days
  #@ init.escalation.contacts
  contacts:
    - level: 1
      role: @{init.value.leader_role}
      name: Anna Green
      email: anna.green@example.com
      phone: +44 20 7946 0002
      #@ init.escalation.contact_by
      contact_by: email
      available: @{init.value.hours}
    - level: 2
      role: @{init.value.manager_role}
      name: John Brown
      email: john.brown@example.com
      phone: +44 20 7946 0001
      contact_by: phone
      available: @{init.value.hours}

#@ init.feedback.intro
feedback:
  #@ init.feedback.methods
  methods:
    - @{init.value.method_survey}
    - @{init.value.method_chat}
  survey: quarterly

#@ init.training
training:
  onboarding: @{init.value.onboarding}
  refresher: yearly

#@ init.performance.intro
performance:
  review: monthly
  #@ init.performance.metrics
  metrics:
    - first_response_time
    - csat

#@ init.sections
#sections:
#  - id: refunds
#    after: complaints
#    title: @{init.value.section_title}
#    body: @{init.value.section_body}

#@ init.revisions
revisions:
  - version: "1.0"
    date: 2026-01-01
    author: Jane Smith
    approved_by: John Brown
    changes:
      - @{init.value.first_edition}
`
