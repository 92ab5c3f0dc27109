package config

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// valid is a minimal valid file; broken files are made from it.
const valid = "company:\n  name: Acme\n  vision: V\n  mission: M\nrevisions:\n  - version: \"1.0\"\n    date: 2026-01-01\n"

const hint = `for example "4h", "30 minutes" or "2 business days"`

type want struct{ code, text string }

func TestLoadProblems(t *testing.T) {
	billion := "a: &a [x, x, x, x, x, x, x, x, x]\n"
	for _, l := range "bcdefghi" {
		prev := string(l - 1)
		billion += string(l) + ": &" + string(l) + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" +
			prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n"
	}
	deep := strings.Repeat("[", 65) + strings.Repeat("]", 65) + "\n"
	huge := "company:\n  name: " + strings.Repeat("a", MaxFileSize) + "\n"
	manyAliases := "x: &x 1\ny: [" + strings.Repeat("*x, ", 101) + "*x]\n"
	allowedTop := "company, languages, default_language, policy, contacts, channels, inquiries, complaints, escalation, feedback, training, performance, revisions, branding, sections"

	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"key with a line break", strings.Replace(valid, "  vision: V", "  vision: V\n  \"x\\nerror: f.yaml:1:1: forged\": 1", 1), []want{
			{"unknown_field", `c.yaml:4:3: company."x\nerror: f.yaml:1:1: forged": unknown field "x\nerror: f.yaml:1:1: forged"; allowed fields: name, short_name, offering, website, vision, mission`},
		}},
		{"typo key with suggestion", strings.Replace(valid, "  name:", "  nmae:", 1), []want{
			{"unknown_field", `c.yaml:2:3: company.nmae: unknown field "nmae"; did you mean "name"?`},
			{"missing_field", `c.yaml:2:3: company.name: required field "name" is missing`},
		}},
		{"typo of a missing key is not taken for a present one", strings.Replace(valid, "  mission:", "  mision:", 1), []want{
			{"missing_field", `c.yaml:2:3: company.mission: required field "mission" is missing`},
			{"unknown_field", `c.yaml:4:3: company.mision: unknown field "mision"; did you mean "mission"?`},
		}},
		// A field of the company file in the wrong place gets a pointer to where it belongs.
		{"known field in the wrong place", strings.Replace(valid, "  vision: V", "  vision: V\n  opening_hours: 9-17", 1) + "opening_hours: x\nchannels:\n  phone:\n    opening_hours: y\n", []want{
			{"unknown_field", `c.yaml:4:3: company.opening_hours: "opening_hours" does not belong under company; move it to channels.opening_hours`},
			{"unknown_field", `c.yaml:9:1: opening_hours: "opening_hours" does not belong at the top level; move it to channels.opening_hours`},
			{"unknown_field", `c.yaml:12:5: channels.phone.opening_hours: "opening_hours" does not belong under channels.phone; move it to channels.opening_hours`},
		}},
		{"field of two places in the wrong place", strings.Replace(valid, "    date: 2026-01-01", "    date: 2026-01-01\n    review: monthly", 1), []want{
			{"unknown_field", `c.yaml:8:5: revisions[0].review: "review" does not belong under revisions[0]; move it to complaints.review or performance.review`},
		}},
		{"unknown key without suggestion", valid + "colour: x\n", []want{
			{"unknown_field", `c.yaml:8:1: colour: unknown field "colour"; allowed fields: ` + allowedTop},
		}},
		{"list where a text is expected", strings.Replace(valid, "name: Acme", "name: [a, b]", 1), []want{
			{"wrong_type", `c.yaml:2:9: company.name: expected a text, found a list`},
		}},
		{"list where a map is expected", valid + "channels: [phone]\n", []want{
			{"wrong_type", `c.yaml:8:11: channels: expected a group of fields (phone, email, live_chat, in_person, social_media, opening_hours), found a list`},
		}},
		{"text where a map is expected", "company: Acme\nrevisions: x\n", []want{
			{"wrong_type", `c.yaml:1:10: company: expected a group of fields (name, short_name, offering, website, vision, mission), found "Acme"`},
			{"wrong_type", `c.yaml:2:12: revisions: expected a list of revisions, found "x"`},
		}},
		{"bool expected", valid + "channels:\n  phone:\n    callback: maybe\n", []want{
			{"wrong_type", `c.yaml:10:15: channels.phone.callback: expected true or false, found "maybe"`},
		}},
		{"bad duration", valid + "channels:\n  email:\n    respond_within: soon\n", []want{
			{"bad_duration", `c.yaml:10:21: channels.email.respond_within: "soon" is not a duration; write an amount and a unit`},
		}},
		{"duration without unit", valid + "channels:\n  email:\n    respond_within: 4\n", []want{
			{"bad_duration", `c.yaml:10:21: channels.email.respond_within: "4" has no unit; add one, e.g. "4h" or "4 hours"`},
		}},
		{"unknown unit with suggestion", valid + "inquiries:\n  respond_within: 2 hourz\n", []want{
			{"bad_duration", `c.yaml:9:19: inquiries.respond_within: unknown unit "hourz" in "2 hourz"; did you mean "hours"?`},
		}},
		{"zero and negative durations", valid + "inquiries:\n  acknowledge_within: 0h\n  respond_within: -2 hours\n", []want{
			{"duration_not_positive", `c.yaml:9:23: inquiries.acknowledge_within: "0h" is not more than zero; give a positive amount`},
			{"duration_not_positive", `c.yaml:10:19: inquiries.respond_within: "-2 hours" is not more than zero; give a positive amount`},
		}},
		{"rings outside phone", valid + "channels:\n  email:\n    respond_within: 3 rings\n", []want{
			{"rings_not_allowed", `c.yaml:10:21: channels.email.respond_within: "3 rings": rings only apply to the phone answer time (channels.phone.answer_within); use a time unit here`},
		}},
		{"bad email", valid + "contacts:\n  support_email: support@acme\n", []want{
			{"bad_email", `c.yaml:9:18: contacts.support_email: "support@acme" is not an email address; write only the address, like name@example.com`},
		}},
		{"email with display name", valid + "contacts:\n  support_email: Support <s@acme.example>\n", []want{
			{"bad_email", `c.yaml:9:18: contacts.support_email: "Support <s@acme.example>" is not an email address; write only the address, like name@example.com`},
		}},
		{"url without scheme", strings.Replace(valid, "  mission: M\n", "  mission: M\n  website: www.acme.example\n", 1), []want{
			{"bad_url", `c.yaml:5:12: company.website: "www.acme.example" is not a web address; write a full address starting with https://, like https://www.example.com`},
		}},
		{"javascript url", strings.Replace(valid, "  mission: M\n", "  mission: M\n  website: javascript:alert(1)\n", 1), []want{
			{"bad_url", `c.yaml:5:12: company.website: "javascript:alert(1)" is not a web address; write a full address starting with https://, like https://www.example.com`},
		}},
		{"bad phone", valid + "contacts:\n  manager:\n    phone: call me\n", []want{
			{"bad_phone", `c.yaml:10:12: contacts.manager.phone: "call me" is not a phone number; use 6 to 20 digits, with spaces, +, -, dots or brackets if you like, like +48 12 345 67 89`},
		}},
		{"impossible date", strings.Replace(valid, "2026-01-01", "2026-02-30", 1), []want{
			{"bad_date", `c.yaml:7:11: revisions[0].date: "2026-02-30" is not a valid date; write it as YYYY-MM-DD, like 2026-11-20`},
		}},
		{"words as date", strings.Replace(valid, "2026-01-01", "next week", 1), []want{
			{"bad_date", `c.yaml:7:11: revisions[0].date: "next week" is not a valid date; write it as YYYY-MM-DD, like 2026-11-20`},
		}},
		{"missing required fields", "company:\n  name: Acme\n  mission: M\n", []want{
			{"missing_field", `c.yaml: revisions: required field "revisions" is missing`},
			{"missing_field", `c.yaml:2:3: company.vision: required field "vision" is missing`},
		}},
		{"empty required field", strings.Replace(valid, "name: Acme", `name: ""`, 1), []want{
			{"missing_field", `c.yaml:2:3: company.name: required field "name" is empty`},
		}},
		{"no revisions", "company:\n  name: Acme\n  vision: V\n  mission: M\nrevisions: []\n", []want{
			{"missing_field", `c.yaml:5:12: revisions: at least one revision is required`},
		}},
		{"empty file", "", []want{
			{"empty_file", `c.yaml: the file is empty; it needs at least a company section and a revisions list`},
		}},
		{"only comments", "# nothing yet\n\n", []want{
			{"empty_file", `c.yaml: the file is empty; it needs at least a company section and a revisions list`},
		}},
		{"syntax error", "company:\n  name: Acme\n  vision: V: W\n", []want{
			{"syntax_error", `c.yaml:3: invalid YAML: unexpected colon; a text containing ": " must be put in quotes, and each field must be on its own line with consistent indentation`},
		}},
		// A tab in the indentation is named with its column, also where the library reports
		// the line before it.
		{"tab indentation", "company:\n\tname: x\n", []want{
			{"syntax_error", "c.yaml:2:1: invalid YAML: a tab is used to indent this line; indent with spaces (YAML does not allow tabs there)"},
		}},
		{"tab after spaces in a nested map", "channels:\n  opening_hours:\n    en: x\n  \t pl: y\n", []want{
			{"syntax_error", "c.yaml:4:3: invalid YAML: a tab is used to indent this line; indent with spaces (YAML does not allow tabs there)"},
		}},
		{"a character YAML refuses, no tab", "company:\n  name: @x\n", []want{
			{"syntax_error", "c.yaml:2: invalid YAML: a character that YAML does not allow here; indent with spaces, not tabs, and put text starting with @, ` or % in quotes"},
		}},
		{"duplicate field", strings.Replace(valid, "  vision: V\n", "  vision: V\n  name: B\n", 1), []want{
			{"duplicate_field", `c.yaml:4:3: company.name: field "name" appears twice (first on line 2); keep only one`},
		}},
		{"duplicate revision version", valid + "  - version: \"1.0\"\n    date: 2026-02-01\n", []want{
			{"duplicate_version", `c.yaml:8:14: revisions[1].version: version "1.0" is already used by revisions[0]; give each revision its own version`},
		}},
		{"revision dates out of order", valid + "  - version: \"1.1\"\n    date: 2025-02-01\n", []want{
			{"revision_date_order", `c.yaml:7:11: revisions[0].date: 2026-01-01 is after 2025-02-01, the date of the later revisions[1] (version "1.1"); list revisions oldest first`},
		}},
		{"duplicate escalation level", valid + "escalation:\n  contacts:\n    - level: 1\n    - level: 1\n", []want{
			{"duplicate_level", `c.yaml:11:14: escalation.contacts[1].level: level 1 is already used by escalation.contacts[0]; give each contact its own level`},
		}},
		{"levels not ascending", valid + "escalation:\n  contacts:\n    - level: 2\n    - level: 1\n", []want{
			{"levels_not_ascending", `c.yaml:11:14: escalation.contacts[1].level: level 1 comes after level 2; list contacts from the lowest level up`},
		}},
		{"level zero", valid + "escalation:\n  contacts:\n    - level: 0\n", []want{
			{"bad_level", `c.yaml:10:14: escalation.contacts[0].level: expected a whole number from 1 to 1000 (1 is contacted first), found the number 0`},
		}},
		{"unknown language in languages", valid + "languages: [en, de]\n", []want{
			{"unknown_language", `c.yaml:8:17: languages[1]: unknown language "de"; known languages: en, pl, fi, cs, zh`},
		}},
		{"unknown language in a translation", strings.Replace(valid, "vision: V", "vision: {en: V, de: W}", 1), []want{
			{"unknown_language", `c.yaml:3:19: company.vision.de: unknown language "de" in a translation; use one of en, pl, fi, cs, zh`},
		}},
		{"number as a language in a translation", strings.Replace(valid, "vision: V", "vision: {en: V, 1: W}", 1), []want{
			{"unknown_language", `c.yaml:3:19: company.vision.1: unknown language "1" in a translation; use one of en, pl, fi, cs, zh`},
		}},
		{"list as a language in a translation", strings.Replace(valid, "vision: V", "vision: {en: V, ? [a, b] : W}", 1), []want{
			{"unknown_language", `c.yaml:3:21: company.vision: a list is not a language in a translation; use one of en, pl, fi, cs, zh`},
		}},
		{"alias without anchor", strings.Replace(valid, "vision: V", "vision: *missing", 1), []want{
			{"syntax_error", `c.yaml:3:11: invalid YAML: the alias *missing refers to no anchor; write the value out, or mark it with &missing before this line`},
		}},
		{"default language not published", valid + "languages: [en, pl]\ndefault_language: fi\n", []want{
			{"default_not_in_languages", `c.yaml:9:19: default_language: "fi" is not in languages (en, pl); add it there or choose one of them`},
		}},
		{"translation without default text", strings.Replace(valid, "vision: V", "vision: {pl: W}", 1) + "languages: [en, pl]\n", []want{
			{"missing_text", `c.yaml:3:11: company.vision: no English text (default_language); add an entry for "en"; it is used for every language the translation leaves out`},
		}},
		{"bad cadence with suggestion", valid + "complaints:\n  review: mothly\n", []want{
			{"bad_cadence", `c.yaml:9:11: complaints.review: unknown cadence "mothly"; did you mean "monthly"?`},
		}},
		{"bad metric", valid + "performance:\n  metrics: [csat, happiness]\n", []want{
			{"bad_metric", `c.yaml:9:19: performance.metrics[1]: unknown metric "happiness"; use one of first_response_time, resolution_time, first_contact_resolution, csat, nps, complaint_rate`},
		}},
		{"bad contact_by", valid + "escalation:\n  contacts:\n    - level: 1\n      contact_by: fax\n", []want{
			{"bad_contact_by", `c.yaml:11:19: escalation.contacts[0].contact_by: unknown contact method "fax"; use one of email, phone`},
		}},
		{"control character", strings.Replace(valid, "name: Acme", `name: "Ac\u0007me"`, 1), []want{
			{"control_character", `c.yaml:2:9: company.name: the text contains an invisible control character (U+0007); remove it`},
		}},
		{"latin-1 bytes", "company:\n  name: Caf\xe9\n", []want{
			{"not_utf8", `c.yaml:2:12: byte 0xE9 is not UTF-8 (the file may be saved as Latin-1 or Windows-1250); save it as UTF-8`},
		}},
		{"utf-16 with bom", "\xff\xfec\x00o\x00m\x00", []want{
			{"not_utf8", `c.yaml:1:1: the file is saved as UTF-16; save it as UTF-8 (in most editors: "Save as", encoding "UTF-8")`},
		}},
		{"utf-16 without bom", "c\x00o\x00m\x00p\x00", []want{
			{"not_utf8", `c.yaml:1:1: the file is saved as UTF-16; save it as UTF-8 (in most editors: "Save as", encoding "UTF-8")`},
		}},
		{"binary garbage", "\x00\x01\x02garbage\x89PNG", []want{
			{"binary_data", `c.yaml:1:1: the file contains binary data (a NUL byte), not text; a company file must be a plain UTF-8 text file`},
		}},
		{"alias bomb", billion, []want{
			{"too_many_aliases", `c.yaml: YAML aliases (*name) expand the file to more than 100000 values; this is refused to protect against alias bombs`},
		}},
		{"too many aliases", manyAliases, []want{
			{"too_many_aliases", `c.yaml: the file uses 102 YAML aliases (*name); the limit is 100`},
		}},
		{"nested 65 levels", deep, []want{
			{"too_deep", `c.yaml:1:65: lists and maps are nested more than 64 levels deep; a company file needs fewer than ten`},
		}},
		{"over 10 MiB", huge, []want{
			{"too_large", `c.yaml: the file is larger than 10 MiB; the limit is 10 MiB`},
		}},
		{"two documents", valid + "---\ncompany: x\n", []want{
			{"multiple_documents", `c.yaml:8:1: the file holds more than one YAML document; remove the "---" line and everything after it, or merge the two`},
		}},
		{"many problems at once", "company:\n  nmae: Acme\n  vision: V\n  mission: M\n  website: ftp://x\nchannels:\n  email:\n    respond_within: 0m\nrevisions:\n  - version: \"1.0\"\n    date: 2026-13-01\n", []want{
			{"unknown_field", `c.yaml:2:3: company.nmae: unknown field "nmae"; did you mean "name"?`},
			{"missing_field", `c.yaml:2:3: company.name: required field "name" is missing`},
			{"bad_url", `c.yaml:5:12: company.website: "ftp://x" is not a web address; write a full address starting with https://, like https://www.example.com`},
			{"duration_not_positive", `c.yaml:8:21: channels.email.respond_within: "0m" is not more than zero; give a positive amount`},
			{"bad_date", `c.yaml:11:11: revisions[0].date: "2026-13-01" is not a valid date; write it as YYYY-MM-DD, like 2026-11-20`},
		}},
	}
	if len(tests) < 30 {
		t.Fatalf("only %d cases", len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, _, err := Load("c.yaml", []byte(tc.in), Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if f != nil {
				t.Error("a file was returned with errors")
			}
			got := asProblems(err)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(got), len(tc.want), err)
			}
			for i, w := range tc.want {
				if got[i].String() != w.text || got[i].Code != w.code {
					t.Errorf("problem %d:\n got  [%s] %s\n want [%s] %s", i, got[i].Code, got[i], w.code, w.text)
				}
				if got[i].Warning {
					t.Errorf("problem %d is a warning", i)
				}
			}
		})
	}
}

func TestLoadWarnings(t *testing.T) {
	in := strings.Replace(valid, "vision: V", "vision: {en: V, fi: W}", 1) + "languages: [en, pl]\n"
	f, warnings, err := Load("c.yaml", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`c.yaml:3:11: company.vision: no Polish text; the English text (default_language) will be used`,
		`c.yaml:3:19: company.vision.fi: Finnish text is given but "fi" is not in languages, so it is not published`,
		`c.yaml:4:12: company.mission: a plain string is English text (default_language), so the Polish documents will show it untranslated; write it per language, like {en: …, pl: …}`,
	}
	codes := []string{"text_fallback", "unused_text", "text_fallback"}
	if len(warnings) != len(want) {
		t.Fatalf("got %v", warnings)
	}
	for i := range want {
		if warnings[i].String() != want[i] || warnings[i].Code != codes[i] || !warnings[i].Warning {
			t.Errorf("warning %d = [%s] %s", i, warnings[i].Code, warnings[i])
		}
	}
	if s, fell := f.Company.Vision.Resolve("pl", "en"); s != "V" || !fell {
		t.Errorf("Resolve(pl) = %q, %v", s, fell)
	}
}

func TestLoadKnownLanguagesOption(t *testing.T) {
	in := valid + "languages: [en, de]\n"
	if _, _, err := Load("c.yaml", []byte(in), Options{KnownLanguages: []string{"en", "de"}}); err != nil {
		t.Errorf("de from --locales refused: %v", err)
	}
}

func TestLoadBOMAndCRLF(t *testing.T) {
	in := "\xef\xbb\xbf" + strings.ReplaceAll(valid+"channels:\n  email:\n    respond_within: 3 rings\n", "\n", "\r\n")
	_, _, err := Load("c.yaml", []byte(in), Options{})
	want := `c.yaml:10:21: channels.email.respond_within: "3 rings": rings only apply to the phone answer time (channels.phone.answer_within); use a time unit here`
	if ps := asProblems(err); len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("got %v", err)
	}
	f, _, err := Load("c.yaml", []byte("\xef\xbb\xbf"+strings.ReplaceAll(valid, "\n", "\r\n")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Company.Mission.All != "M" {
		t.Errorf("mission = %q", f.Company.Mission.All)
	}
}

func TestLoadKeepsTextLiterally(t *testing.T) {
	in := strings.Replace(valid, "vision: V", `vision: "{{ .Secret }} **bold** <script>x</script>"`, 1)
	f, _, err := Load("c.yaml", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Company.Vision.All; got != "{{ .Secret }} **bold** <script>x</script>" {
		t.Errorf("vision = %q", got)
	}
}

func TestLoadAliasesWithinLimits(t *testing.T) {
	in := strings.Replace(valid, "vision: V", "vision: &v V", 1)
	in = strings.Replace(in, "mission: M", "mission: *v", 1)
	f, _, err := Load("c.yaml", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Company.Mission.All != "V" {
		t.Errorf("mission = %q", f.Company.Mission.All)
	}
}

func TestLoadLongRevisionLog(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("company:\n  name: Acme\n  vision: V\n  mission: M\nrevisions:\n")
	for i := range 10000 {
		b.WriteString("  - version: \"1." + strconv.Itoa(i) + "\"\n    date: 2026-01-01\n")
	}
	f, _, err := Load("c.yaml", b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Revisions) != 10000 {
		t.Errorf("%d revisions", len(f.Revisions))
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.yaml", Line: 3, Col: 5, Field: "x.y", Message: "m"}, "a.yaml:3:5: x.y: m"},
		{Problem{File: "a.yaml", Line: 3, Message: "m"}, "a.yaml:3: m"},
		{Problem{File: "-", Message: "m"}, "-: m"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	if got := (Problems{{File: "a", Message: "x"}, {File: "b", Message: "y"}}).Error(); got != "a: x\nb: y" {
		t.Errorf("Problems.Error() = %q", got)
	}
}
