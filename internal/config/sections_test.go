package config

import (
	"strings"
	"testing"
)

var testSectionIDs = map[string][]string{
	"handbook":   {"welcome", "complaints", "escalation", "ack"},
	"procedures": {"purpose", "complaints"},
	"standards":  {"vision", "questions"},
}

const withSite = "company:\n  name: Acme\n  website: https://www.acme.example\n  vision: V\n  mission: M\nrevisions:\n  - version: \"1.0\"\n    date: 2026-01-01\n"

func loadSections(t *testing.T, sections string) (*File, error) {
	t.Helper()
	f, _, err := Load("c.yaml", []byte(withSite+"sections:\n"+sections), Options{SectionIDs: testSectionIDs})
	return f, err
}

func TestSectionsValid(t *testing.T) {
	f, err := loadSections(t, `  - id: refunds
    after: complaints
    in: [handbook, procedures]
    title: {en: Refunds}
    body:
      en: |
        Money back **within 14 days**: write to [refunds](mailto:refunds@acme.example),
        call [+48 12 345 67 89](tel:+48123456789) or see [our terms](https://acme.example/terms).

        | Item | Days |
        |---|---|
        | Shoes | 30 |
`)
	if err != nil {
		t.Fatal(err)
	}
	s := f.Sections[0]
	if s.ID != "refunds" || s.After != "complaints" || len(s.In) != 2 || !strings.Contains(s.Body.ByLang["en"], "| Shoes | 30 |") {
		t.Errorf("section = %+v", s)
	}
}

func TestSectionsProblems(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown after", "  - {id: refunds, after: complaint, title: T, body: B}\n",
			`c.yaml:10:26: sections[0].after: unknown section "complaint"; did you mean "complaints"?`},
		{"far after", "  - {id: refunds, after: zzzzzzzz, title: T, body: B}\n",
			`c.yaml:10:26: sections[0].after: unknown section "zzzzzzzz"; run "policygen list sections" to see the ids each variant offers`},
		{"unknown variant", "  - {id: refunds, after: complaints, in: [handbok], title: T, body: B}\n",
			`c.yaml:10:43: sections[0].in[0]: unknown variant "handbok"; did you mean "handbook"?`},
		{"not in variant", "  - {id: refunds, after: complaints, in: [standards], title: T, body: B}\n",
			`c.yaml:10:43: sections[0].in[0]: the standards variant has no section "complaints" to place this one after; its sections: vision, questions`},
		{"built-in id", "  - {id: welcome, after: complaints, title: T, body: B}\n",
			`c.yaml:10:10: sections[0].id: "welcome" is the id of a built-in section; choose another id`},
		{"bad id", "  - {id: My Section, after: complaints, title: T, body: B}\n",
			`c.yaml:10:10: sections[0].id: "My Section" is not a section id`},
		{"raw html in a block", "  - id: x\n    after: ack\n    title: T\n    body: |\n      First line.\n\n      Then <b>bold</b> text.\n",
			`c.yaml:16:12: sections[0].body: raw HTML is not allowed in a section`},
		{"html block", "  - id: x\n    after: ack\n    title: T\n    body: |\n      <div>\n      x\n      </div>\n",
			`c.yaml:14:7: sections[0].body: raw HTML is not allowed in a section`},
		{"image in a translation", "  - id: x\n    after: ack\n    title: T\n    body:\n      en: \"See ![map](https://acme.example/map.png).\"\n",
			`c.yaml:14:16: sections[0].body.en: images are not allowed in a section`},
		{"foreign link", "  - id: x\n    after: ack\n    title: T\n    body: Ask on [the intranet](https://intranet.local/hr).\n",
			`c.yaml:13:18: sections[0].body: the link to "https://intranet.local/hr" is not allowed: links may only go to mailto: and tel: addresses and to pages of www.acme.example`},
		{"javascript link", "  - id: x\n    after: ack\n    title: T\n    body: \"[x](javascript:alert(1))\"\n",
			`c.yaml:13:12: sections[0].body: the link to "javascript:alert(1)" is not allowed`},
		{"autolink", "  - id: x\n    after: ack\n    title: T\n    body: \"Go to <https://evil.example/>.\"\n",
			`c.yaml:13:18: sections[0].body: the link to "https://evil.example/" is not allowed`},
		{"bare address", "  - id: x\n    after: ack\n    title: T\n    body: \"Go to https://evil.example/x now.\"\n",
			`c.yaml:13:18: sections[0].body: the link to "https://evil.example/x" is not allowed`},
		{"bare www address", "  - id: x\n    after: ack\n    title: T\n    body: \"Go to www.evil.example now.\"\n",
			`c.yaml:13:18: sections[0].body: the link to "http://www.evil.example" is not allowed`},
		{"big heading", "  - id: x\n    after: ack\n    title: T\n    body: |\n      Intro.\n\n      ## Part\n",
			`c.yaml:16:7: sections[0].body: a heading inside a section starts with ###`},
		{"code fence", "  - id: x\n    after: ack\n    title: T\n    body: |\n      ```\n      code\n",
			`c.yaml:14:7: sections[0].body: code blocks are not supported in a section`},
		{"missing body", "  - {id: x, after: ack, title: T}\n",
			`c.yaml:10:5: sections[0].body: required field "body" is missing`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadSections(t, tc.in)
			ps := asProblems(err)
			if len(ps) != 1 || !strings.HasPrefix(ps[0].String(), tc.want) {
				t.Errorf("got %v\nwant %s", err, tc.want)
			}
		})
	}
}

func TestSectionsDuplicateID(t *testing.T) {
	_, err := loadSections(t, "  - {id: x, after: ack, title: T, body: B}\n  - {id: x, after: ack, title: T, body: B}\n")
	ps := asProblems(err)
	if len(ps) != 1 || ps[0].Code != "duplicate_section" || ps[0].Line != 11 {
		t.Errorf("got %v", err)
	}
}
