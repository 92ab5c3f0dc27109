package config

import "strings"

// corpusBase is the smallest valid company file; most corpus entries add to it or change one
// line of it.
const corpusBase = `company:
  name: Acme
  vision: To be trusted.
  mission: To help.
revisions:
  - version: "1.0"
    date: 2026-01-01
`

// corpusEntry is one file of testdata/corpus: valid says whether the loader must accept it.
type corpusEntry struct {
	name  string
	valid bool
	yaml  string
}

// add is the base file with more top-level YAML after it.
func add(extra string) string { return corpusBase + extra }

// swap is the base file with one piece of it replaced.
func swap(old, new string) string {
	if !strings.Contains(corpusBase, old) {
		panic("corpus: base has no " + old)
	}
	return strings.Replace(corpusBase, old, new, 1)
}

// corpusTable lists the corpus. TestCorpusFiles keeps testdata/corpus equal to it.
var corpusTable = []corpusEntry{
	// The whole file.
	{"base", true, corpusBase},
	{"empty-document", false, "# nothing here\n"},
	{"list-at-top", false, "- company\n"},
	{"scalar-at-top", false, "company\n"},
	{"unknown-top-field", false, add("colour: blue\n")},
	{"typo-top-field", false, add("chanels:\n  email:\n    respond_within: 4h\n")},
	{"merge-key", false, add("x: &x {review: monthly}\ncomplaints:\n  <<: *x\n")},

	// company
	{"no-company", false, "revisions:\n  - {version: \"1\", date: 2026-01-01}\n"},
	{"company-null", false, swap("company:\n  name: Acme\n  vision: To be trusted.\n  mission: To help.\n", "company:\n")},
	{"no-name", false, swap("  name: Acme\n", "")},
	{"name-empty", false, swap("name: Acme", `name: ""`)},
	{"name-blank", false, swap("name: Acme", `name: "   "`)},
	{"name-number", true, swap("name: Acme", "name: 1984")},
	{"name-list", false, swap("name: Acme", "name: [Acme]")},
	{"name-control-character", false, swap("name: Acme", `name: "Ac\u0007me"`)},
	{"short-name", true, swap("  name: Acme\n", "  name: Acme Sp. z o.o.\n  short_name: Acme\n")},
	{"short-name-empty", true, swap("  name: Acme\n", "  name: Acme\n  short_name:\n")},
	{"short-name-map", false, swap("  name: Acme\n", "  name: Acme\n  short_name: {en: Acme}\n")},
	{"name-unicode", true, swap("name: Acme", "name: Przedsiębiorstwo Zażółć 北风")},
	{"vision-map", true, swap("vision: To be trusted.", "vision: {en: To be trusted.}")},
	{"vision-map-empty", false, swap("vision: To be trusted.", "vision: {}")},
	{"vision-map-null-entry", false, swap("vision: To be trusted.", "vision: {en: ~}")},
	{"vision-map-blank-entry", false, swap("vision: To be trusted.", `vision: {en: " "}`)},
	{"vision-map-list-entry", false, swap("vision: To be trusted.", "vision: {en: [a]}")},
	{"vision-map-bad-tag", false, swap("vision: To be trusted.", "vision: {EN: To be trusted.}")},
	{"vision-list", false, swap("vision: To be trusted.", "vision: [To be trusted.]")},
	{"mission-null", false, swap("mission: To help.", "mission:")},
	{"offering-null", true, swap("  mission: To help.\n", "  mission: To help.\n  offering:\n")},
	{"offering-empty-string", true, swap("  mission: To help.\n", "  mission: To help.\n  offering: \"\"\n")},
	{"offering-map", true, swap("  mission: To help.\n", "  mission: To help.\n  offering: {en: tools}\n")},
	{"website-https", true, swap("  mission: To help.\n", "  mission: To help.\n  website: https://acme.example/about?x=1#top\n")},
	{"website-http-upper", true, swap("  mission: To help.\n", "  mission: To help.\n  website: HTTP://ACME.example\n")},
	{"website-no-scheme", false, swap("  mission: To help.\n", "  mission: To help.\n  website: acme.example\n")},
	{"website-ftp", false, swap("  mission: To help.\n", "  mission: To help.\n  website: ftp://acme.example\n")},
	{"website-no-host", false, swap("  mission: To help.\n", "  mission: To help.\n  website: https:///path\n")},
	{"website-user", false, swap("  mission: To help.\n", "  mission: To help.\n  website: https://me@acme.example\n")},
	{"website-space", false, swap("  mission: To help.\n", "  mission: To help.\n  website: \"https://acme.example/a b\"\n")},
	{"company-unknown-field", false, swap("  mission: To help.\n", "  mission: To help.\n  slogan: Go\n")},

	// languages
	{"languages-builtin", true, add("languages: [en, pl, fi, cs, zh]\n")},
	{"languages-empty-list", true, add("languages: []\n")},
	{"languages-null", true, add("languages:\n")},
	{"languages-upper", false, add("languages: [EN]\n")},
	{"languages-duplicate", false, add("languages: [en, en]\n")},
	{"languages-not-list", false, add("languages: en\n")},
	{"languages-number", false, add("languages: [1]\n")},
	{"languages-empty-item", false, add("languages: [\"\"]\n")},
	{"languages-locale-only", false, add("languages: [en, de]\n")},
	{"default-language-blank", true, add("default_language: \"\"\n")},
	{"default-language-pl", true, add("languages: [en, pl]\ndefault_language: pl\n")},
	{"default-language-not-listed", false, add("languages: [pl]\ndefault_language: en\n")},
	{"default-language-unknown", false, add("default_language: xx\n")},
	{"text-without-default-language", false, swap("vision: To be trusted.", "vision: {pl: Zaufanie.}")},
	{"text-locale-only-tag", false, swap("vision: To be trusted.", "vision: {en: To be trusted., de: Vertrauen.}")},

	// policy and contacts
	{"policy-full", true, add("policy:\n  applies_to: All staff\n  expectations: {en: Respect}\n  effective_date: 2026-01-01\n")},
	{"policy-null", true, add("policy:\n")},
	{"policy-list", false, add("policy: [a]\n")},
	{"effective-date-quoted", true, add("policy:\n  effective_date: \"2026-03-31\"\n")},
	{"effective-date-feb-30", false, add("policy:\n  effective_date: 2026-02-30\n")},
	{"effective-date-april-31", false, add("policy:\n  effective_date: 2026-04-31\n")},
	{"effective-date-leap-day", true, add("policy:\n  effective_date: 2028-02-29\n")},
	{"effective-date-2000-leap-day", true, add("policy:\n  effective_date: 2000-02-29\n")},
	{"effective-date-not-leap-day", false, add("policy:\n  effective_date: 2027-02-29\n")},
	{"effective-date-1900-leap-day", false, add("policy:\n  effective_date: 1900-02-29\n")},
	{"effective-date-month-13", false, add("policy:\n  effective_date: 2026-13-01\n")},
	{"effective-date-before-1900", false, add("policy:\n  effective_date: 1899-12-31\n")},
	{"effective-date-short", false, add("policy:\n  effective_date: 2026-1-5\n")},
	{"effective-date-european", false, add("policy:\n  effective_date: 01.02.2026\n")},
	{"effective-date-with-time", false, add("policy:\n  effective_date: 2026-01-01T10:00:00Z\n")},
	{"support-email", true, add("contacts:\n  support_email: help.desk+cs@acme.example\n")},
	{"support-email-international", true, add("contacts:\n  support_email: biuro@zażółć.example\n")},
	{"support-email-no-at", false, add("contacts:\n  support_email: help.acme.example\n")},
	{"support-email-no-dot", false, add("contacts:\n  support_email: help@localhost\n")},
	{"support-email-display-name", false, add("contacts:\n  support_email: Help <help@acme.example>\n")},
	{"support-email-double-dot", false, add("contacts:\n  support_email: help@acme..example\n")},
	{"support-email-bad-domain", false, add("contacts:\n  support_email: help@acme_corp.example\n")},
	{"support-email-trailing-dot", false, add("contacts:\n  support_email: help@acme.example.\n")},
	{"person-full", true, add("contacts:\n  manager:\n    name: Jan Nowak\n    role: {en: Manager, pl: Kierownik}\n    email: jan@acme.example\n    phone: +48 12 345 67 89\n")},
	{"person-empty-map", true, add("contacts:\n  manager: {}\n")},
	{"person-unknown-field", false, add("contacts:\n  manager:\n    mobile: 123\n")},
	{"phone-as-number", true, add("contacts:\n  manager:\n    phone: 123456789\n")},
	{"phone-five-digits", false, add("contacts:\n  manager:\n    phone: \"12-345\"\n")},
	{"phone-short-number", false, add("contacts:\n  manager:\n    phone: 12345\n")},
	{"phone-21-digits", false, add("contacts:\n  manager:\n    phone: \"+1 2345 6789 0123 4567 8901\"\n")},
	{"phone-letters", false, add("contacts:\n  manager:\n    phone: 0800-ACME-HELP\n")},
	{"phone-brackets", true, add("contacts:\n  manager:\n    phone: (0) 20 7946.0000\n")},

	// channels and durations
	{"channels-all", true, add("channels:\n  phone: {answer_within: 3 rings, voicemail_check_every: 1 hour, voicemail_return_within: 4h, callback: true, hours: 9-17}\n  email: {respond_within: 1 business day, auto_reply: false}\n  live_chat: {respond_within: 30s, offline_message: true}\n  in_person: {greet_within: 1 minute}\n  social_media: {respond_within: 2 hours}\n")},
	{"channels-null", true, add("channels:\n")},
	{"channel-null", true, add("channels:\n  email:\n")},
	{"channel-unknown", false, add("channels:\n  fax: {respond_within: 1d}\n")},
	{"duration-upper-case", true, add("inquiries:\n  respond_within: 4 HOURS\n")},
	{"duration-mixed-case-business", true, add("inquiries:\n  respond_within: 2 Business  Days\n")},
	{"duration-short", true, add("inquiries:\n  respond_within: 1.5h\n")},
	{"duration-plus", true, add("inquiries:\n  respond_within: +2d\n")},
	{"duration-leading-zeros", true, add("inquiries:\n  respond_within: 007 minutes\n")},
	{"duration-trailing-zeros", true, add("inquiries:\n  respond_within: 1.5000 weeks\n")},
	{"duration-fraction-below-one", true, add("inquiries:\n  respond_within: 0.5 days\n")},
	{"duration-zero", false, add("inquiries:\n  respond_within: 0 hours\n")},
	{"duration-zero-decimal", false, add("inquiries:\n  respond_within: 0.0h\n")},
	{"duration-negative", false, add("inquiries:\n  respond_within: -1h\n")},
	{"duration-no-unit", false, add("inquiries:\n  respond_within: 30\n")},
	{"duration-no-number", false, add("inquiries:\n  respond_within: hours\n")},
	{"duration-unknown-unit", false, add("inquiries:\n  respond_within: 2 fortnights\n")},
	{"duration-lone-point", false, add("inquiries:\n  respond_within: 4.h\n")},
	{"duration-leading-point", false, add("inquiries:\n  respond_within: .5h\n")},
	{"duration-too-precise", false, add("inquiries:\n  respond_within: 1.2345h\n")},
	{"duration-too-long", false, add("inquiries:\n  respond_within: 1234567h\n")},
	{"duration-sign-space", false, add("inquiries:\n  respond_within: + 4h\n")},
	{"duration-rings-elsewhere", false, add("inquiries:\n  respond_within: 3 rings\n")},
	{"duration-map", false, add("inquiries:\n  respond_within: {en: 4h}\n")},
	{"rings-upper", true, add("channels:\n  phone: {answer_within: 3 RINGS}\n")},
	{"rings-whole-decimal", true, add("channels:\n  phone: {answer_within: 3.0 rings}\n")},
	{"rings-fraction", false, add("channels:\n  phone: {answer_within: 2.5 rings}\n")},
	{"rings-zero", false, add("channels:\n  phone: {answer_within: 0 rings}\n")},
	{"callback-quoted", false, add("channels:\n  phone: {callback: \"true\"}\n")},
	{"callback-upper", true, add("channels:\n  phone: {callback: TRUE}\n")},
	{"callback-yes", false, add("channels:\n  phone: {callback: yes}\n")},
	{"callback-empty", true, add("channels:\n  phone: {callback: }\n")},

	// complaints, cadences, metrics
	{"complaints-full", true, add("complaints:\n  acknowledge_within: 24h\n  respond_within: 5 business days\n  review: monthly\n  tracking_system: Zendesk\n  review_site: Trustpilot\n")},
	{"cadence-capitalised", true, add("complaints:\n  review: Monthly\n")},
	{"cadence-upper", true, add("training:\n  refresher: YEARLY\n")},
	{"cadence-unknown", false, add("complaints:\n  review: fortnightly\n")},
	{"cadence-typo", false, add("feedback:\n  survey: quaterly\n")},
	{"cadence-number", false, add("feedback:\n  survey: 12\n")},
	{"tracking-system-number", true, add("complaints:\n  tracking_system: 365\n")},
	{"training-empty", true, add("training:\n")},
	{"training-full", true, add("training:\n  onboarding: {en: Two weeks of shadowing}\n  refresher: quarterly\n")},
	{"training-unknown-field", false, add("training:\n  hours: 10\n")},
	{"feedback-methods", true, add("feedback:\n  methods: [Survey, {en: Calls}]\n  survey: weekly\n")},
	{"feedback-methods-empty-item", false, add("feedback:\n  methods: [\"\"]\n")},
	{"feedback-methods-null-item", false, add("feedback:\n  methods: [~]\n")},
	{"feedback-methods-not-list", false, add("feedback:\n  methods: Survey\n")},
	{"metrics-all", true, add("performance:\n  review: quarterly\n  metrics: [first_response_time, resolution_time, first_contact_resolution, csat, nps, complaint_rate]\n")},
	{"metrics-upper", true, add("performance:\n  metrics: [CSAT, NPS]\n")},
	{"metrics-unknown", false, add("performance:\n  metrics: [happiness]\n")},
	{"metrics-duplicate", false, add("performance:\n  metrics: [csat, csat]\n")},
	{"metrics-duplicate-any-case", false, add("performance:\n  metrics: [csat, CSAT]\n")},

	// escalation
	{"escalation-full", true, add("escalation:\n  resolve_within: 2 business days\n  contacts:\n    - {level: 1, role: Team lead, name: Ann, email: ann@acme.example, phone: +44 20 7946 0002, contact_by: email, available: 9-17}\n    - {level: 2, name: Bob, contact_by: PHONE}\n")},
	{"escalation-contacts-null", true, add("escalation:\n  contacts:\n")},
	{"escalation-no-level", false, add("escalation:\n  contacts:\n    - {name: Ann}\n")},
	{"escalation-level-zero", false, add("escalation:\n  contacts:\n    - {level: 0}\n")},
	{"escalation-level-too-high", false, add("escalation:\n  contacts:\n    - {level: 1001}\n")},
	{"escalation-level-fraction", false, add("escalation:\n  contacts:\n    - {level: 1.5}\n")},
	{"escalation-level-whole-float", true, add("escalation:\n  contacts:\n    - {level: 2.0}\n")},
	{"escalation-level-quoted", false, add("escalation:\n  contacts:\n    - {level: \"1\"}\n")},
	{"escalation-level-duplicate", false, add("escalation:\n  contacts:\n    - {level: 1}\n    - {level: 1}\n")},
	{"escalation-levels-descending", false, add("escalation:\n  contacts:\n    - {level: 2}\n    - {level: 1}\n")},
	{"escalation-contact-by-fax", false, add("escalation:\n  contacts:\n    - {level: 1, contact_by: fax}\n")},
	{"escalation-contact-null-item", false, add("escalation:\n  contacts:\n    - ~\n")},

	// revisions
	{"revisions-missing", false, "company:\n  name: Acme\n  vision: To be trusted.\n  mission: To help.\n"},
	{"revisions-empty", false, swap("revisions:\n  - version: \"1.0\"\n    date: 2026-01-01\n", "revisions: []\n")},
	{"revisions-null", false, swap("revisions:\n  - version: \"1.0\"\n    date: 2026-01-01\n", "revisions:\n")},
	{"version-unquoted-1.10", true, swap(`version: "1.0"`, "version: 1.10")},
	{"version-integer", true, swap(`version: "1.0"`, "version: 2")},
	{"version-missing", false, swap("  - version: \"1.0\"\n    date: 2026-01-01\n", "  - date: 2026-01-01\n")},
	{"version-empty", false, swap(`version: "1.0"`, `version: ""`)},
	{"date-missing", false, swap("    date: 2026-01-01\n", "")},
	{"date-feb-30", false, swap("date: 2026-01-01", "date: 2026-02-30")},
	{"date-null", false, swap("date: 2026-01-01", "date:")},
	{"revision-full", true, swap("    date: 2026-01-01\n", "    date: 2026-01-01\n    author: Ann\n    approved_by: Bob\n    changes: [First version, {en: Tables}]\n")},
	{"revision-changes-empty-item", false, swap("    date: 2026-01-01\n", "    date: 2026-01-01\n    changes: [\"  \"]\n")},
	{"revision-unknown-field", false, swap("    date: 2026-01-01\n", "    date: 2026-01-01\n    reviewer: Ann\n")},
	{"revisions-two", true, add("  - {version: \"1.1\", date: 2026-06-01}\n")},
	{"revisions-duplicate-version", false, add("  - {version: \"1.0\", date: 2026-06-01}\n")},
	{"revisions-dates-out-of-order", false, add("  - {version: \"1.1\", date: 2025-06-01}\n")},
	{"duplicate-key", false, swap("  mission: To help.\n", "  mission: To help.\n  mission: To serve.\n")},
}
