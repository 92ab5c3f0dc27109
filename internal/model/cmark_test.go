package model_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/internal/testtool"
)

// escapeCorpus is every value the escaper is tested with: the hostile list and the fuzz
// corpus kept in testdata/fuzz/FuzzEscape.
func escapeCorpus(t *testing.T) []string {
	t.Helper()
	values := append([]string(nil), hostile...)
	files, err := filepath.Glob("testdata/fuzz/FuzzEscape/*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("the fuzz corpus holds only %d files", len(files))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		header, body, _ := strings.Cut(string(data), "\n")
		body = strings.TrimSpace(body)
		if header != "go test fuzz v1" || !strings.HasPrefix(body, "string(") || !strings.HasSuffix(body, ")") {
			t.Fatalf("%s: not a fuzz corpus file of one string", file)
		}
		s, err := strconv.Unquote(body[len("string(") : len(body)-1])
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		values = append(values, s)
	}
	return values
}

// gfmExtensions are GitHub's extensions. The autolink extension is checked apart: it turns
// every e-mail address in plain text into a mailto: (or xmpp:) link, and no escape can stop
// it, since it works on the text after escapes are resolved; the link's text is the address.
var gfmExtensions = []string{"table", "strikethrough", "tagfilter", "tasklist"}

var mailtoAutolink = regexp.MustCompile(`<a href="(?:mailto|xmpp):[^"<>]*">([^<]*)</a>`)

// TestEscapeCmarkGFM renders the escaper's whole corpus with cmark-gfm, the engine GitHub
// uses, as paragraphs, list items, headings and table cells: each value must come out as its
// text, with no tag but the context's own.
func TestEscapeCmarkGFM(t *testing.T) {
	var values, wants []string
	for _, s := range escapeCorpus(t) {
		if w := normalized(s); w != "" {
			values, wants = append(values, model.Escape(s)), append(wants, w)
		}
	}
	contexts := []struct {
		name       string
		doc        func(vals []string) string
		cell       *regexp.Regexp // one match per value; its group is the value's HTML
		extensions []string
		mailto     bool // e-mail addresses may become mailto: or xmpp: links
	}{
		{"paragraph", func(v []string) string { return strings.Join(v, "\n\n") + "\n" },
			regexp.MustCompile(`(?m)^<p>(.*)</p>$`), gfmExtensions, false},
		{"paragraph with autolinks", func(v []string) string { return strings.Join(v, "\n\n") + "\n" },
			regexp.MustCompile(`(?m)^<p>(.*)</p>$`), append([]string{"autolink"}, gfmExtensions...), true},
		{"after a paragraph line", func(v []string) string { return "Text\n" + strings.Join(v, "\n\nText\n") + "\n" },
			regexp.MustCompile(`(?m)^<p>Text\n(.*)</p>$`), gfmExtensions, false},
		{"list item", func(v []string) string { return "- " + strings.Join(v, "\n- ") + "\n" },
			regexp.MustCompile(`(?m)^<li>(.*)</li>$`), gfmExtensions, false},
		{"heading", func(v []string) string { return "## " + strings.Join(v, "\n\n## ") + "\n" },
			regexp.MustCompile(`(?m)^<h2>(.*)</h2>$`), gfmExtensions, false},
		{"table cell", func(v []string) string { return "| h |\n|---|\n| " + strings.Join(v, " |\n| ") + " |\n" },
			regexp.MustCompile(`(?m)^<td>(.*)</td>$`), gfmExtensions, false},
	}
	for _, c := range contexts {
		t.Run(c.name, func(t *testing.T) {
			out := testtool.CmarkGFM(t, c.doc(values), c.extensions...)
			cells := c.cell.FindAllStringSubmatch(out, -1)
			if len(cells) != len(values) {
				// Find the culprit: render each value alone.
				for i, v := range values {
					one := testtool.CmarkGFM(t, c.doc([]string{v}), c.extensions...)
					if n := len(c.cell.FindAllString(one, -1)); n != 1 {
						t.Errorf("%q (escaped %q) changed the structure: %s", wants[i], v, one)
					}
				}
				t.Fatalf("%d values, %d rendered as %s", len(values), len(cells), c.name)
			}
			for i, m := range cells {
				got := m[1]
				if c.mailto {
					got = mailtoAutolink.ReplaceAllString(got, "$1")
				}
				if strings.ContainsAny(got, "<>") {
					t.Errorf("%q (escaped %q) made a tag: %s", wants[i], values[i], m[1])
					continue
				}
				if text := html.UnescapeString(got); text != wants[i] {
					t.Errorf("%q (escaped %q) reads %q", wants[i], values[i], text)
				}
			}
		})
	}
}
