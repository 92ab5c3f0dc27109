package config

import (
	"strings"
	"testing"
)

func TestBidiControlsRefusedInNamesAndAddresses(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"override in an e-mail", valid + "contacts:\n  support_email: \"ab\\u202ecd@acme.example\"\n",
			`c.yaml:9:18: contacts.support_email: character 3 is an invisible bidirectional control, U+202E (right-to-left override), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"raw override in an e-mail", valid + "contacts:\n  support_email: ab\u202ecd@acme.example\n",
			`c.yaml:9:18: contacts.support_email: character 3 is an invisible bidirectional control, U+202E (right-to-left override), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"isolate in a web address", strings.Replace(valid, "  vision: V\n", "  vision: V\n  website: \"https://acme.example/\\u2067x\"\n", 1),
			`c.yaml:4:12: company.website: character 22 is an invisible bidirectional control, U+2067 (right-to-left isolate), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"mark in the company name", strings.Replace(valid, "name: Acme", "name: \"Ac\\u200fme\"", 1),
			`c.yaml:2:9: company.name: character 3 is an invisible bidirectional control, U+200F (right-to-left mark), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"embedding in a person's name", valid + "contacts:\n  manager: {name: \"\\u202bAnn\"}\n",
			`c.yaml:9:19: contacts.manager.name: character 1 is an invisible bidirectional control, U+202B (right-to-left embedding), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"override in a manager's e-mail", valid + "contacts:\n  manager: {email: \"a\\u202db@acme.example\"}\n",
			`c.yaml:9:20: contacts.manager.email: character 2 is an invisible bidirectional control, U+202D (left-to-right override), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"arabic letter mark in an escalation name", valid + "escalation:\n  contacts:\n    - {level: 1, name: \"A\\u061cB\"}\n",
			`c.yaml:10:24: escalation.contacts[0].name: character 2 is an invisible bidirectional control, U+061C (arabic letter mark), ` +
				`which makes the text display in a different order than it is written; remove it`},
		{"isolate in a revision author", strings.Replace(valid, "date: 2026-01-01", "date: 2026-01-01\n    author: \"\\u2066Ann\\u2069\"", 1),
			`c.yaml:8:13: revisions[0].author: character 1 is an invisible bidirectional control, U+2066 (left-to-right isolate), ` +
				`which makes the text display in a different order than it is written; remove it`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Load("c.yaml", []byte(tc.in), Options{})
			problems := asProblems(err)
			if len(problems) != 1 || problems[0].Code != "bidi_control" || problems[0].Warning || problems[0].String() != tc.want {
				t.Errorf("got %v\nwant %s", err, tc.want)
			}
		})
	}
}

func TestBidiControlsRemovedFromProse(t *testing.T) {
	in := strings.Replace(valid, "vision: V", "vision: {en: \"We \\u202elead\\u202c\"}", 1) +
		"feedback:\n  methods: [\"\\u2067Survey\\u2069\"]\ntraining:\n  onboarding: \"On\\u200fline\"\n"
	f, warnings, err := Load("c.yaml", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Company.Vision.ByLang["en"]; got != "We lead" {
		t.Errorf("vision = %q, want the controls removed", got)
	}
	if got := f.Feedback.Methods[0].All; got != "Survey" {
		t.Errorf("method = %q, want the controls removed", got)
	}
	want := []string{
		`c.yaml:3:16: company.vision.en: 2 invisible bidirectional controls are removed, the first U+202E (right-to-left override) ` +
			`at character 4, since they would make the text display in a different order than it is written`,
		`c.yaml:9:13: feedback.methods[0]: 2 invisible bidirectional controls are removed, the first U+2067 (right-to-left isolate) ` +
			`at character 1, since they would make the text display in a different order than it is written`,
		`c.yaml:11:15: training.onboarding: character 3, U+200F (right-to-left mark), is an invisible bidirectional control; ` +
			`it is removed, since it would make the text display in a different order than it is written`,
	}
	var bidi Problems
	for _, w := range warnings {
		if w.Code == "bidi_control" {
			bidi = append(bidi, w)
		}
	}
	if len(bidi) != len(want) {
		t.Fatalf("warnings: %v", warnings)
	}
	for i, w := range bidi {
		if w.String() != want[i] || w.Code != "bidi_control" || !w.Warning {
			t.Errorf("warning %d:\n got  %s\n want %s", i, w, want[i])
		}
	}
}

// IsBidiControl answers most text without looking in bidiNames: it must still say yes to
// exactly the named controls.
func TestIsBidiControlIsTheNamedSet(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if IsBidiControl(r) {
			n++
			if _, ok := bidiNames[r]; !ok {
				t.Errorf("U+%04X is a control but has no name", r)
			}
		}
	}
	if n != len(bidiNames) {
		t.Errorf("%d controls, %d named", n, len(bidiNames))
	}
}
