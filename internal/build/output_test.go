package build

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestEveryHTMLFile parses every HTML document of the complete example: one <html lang> that
// matches the locale, no script, no link but to an anchor, mailto:, tel: or the company's own
// website, every table of contents link resolves, every table has a header row.
func TestEveryHTMLFile(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	opts.Formats = []string{"html"}
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	wantLang := map[string]string{"en": "en", "pl": "pl", "fi": "fi", "cs": "cs", "zh": "zh-Hans"}
	for _, f := range res.Files {
		if n := checkHTML(t, f.Path, f.Data, wantLang[f.Lang], in.File.Company.Website); n != 1 {
			t.Errorf("%s: %d images, want the logo once", f.Path, n)
		}
	}
	if len(res.Files) != 25 {
		t.Errorf("%d HTML files, want 25", len(res.Files))
	}
}

// checkHTML checks one page and returns how many images it holds (all data: URIs).
func checkHTML(t *testing.T, name string, data []byte, lang, website string) (images int) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	ids := map[string]bool{}
	var anchors []string
	htmlTags, logos := 0, 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				htmlTags++
				if got := attr(n, "lang"); got != lang {
					t.Errorf("%s: <html lang=%q>, want %q", name, got, lang)
				}
			case atom.Script, atom.Iframe, atom.Object, atom.Embed, atom.Link:
				t.Errorf("%s: <%s> element", name, n.Data)
			case atom.Img:
				logos++
				if src := attr(n, "src"); !strings.HasPrefix(src, "data:image/png;base64,") && !strings.HasPrefix(src, "data:image/jpeg;base64,") {
					t.Errorf("%s: an image that is not a data: URI: %.60q", name, src)
				}
			case atom.Table:
				if !hasHeaderRow(n) {
					t.Errorf("%s: a table without a header row", name)
				}
			}
			for _, a := range n.Attr {
				switch {
				case a.Key == "id":
					if ids[a.Val] {
						t.Errorf("%s: duplicate id %q", name, a.Val)
					}
					ids[a.Val] = true
				case a.Key == "src" && n.DataAtom != atom.Img || strings.HasPrefix(a.Key, "on"):
					t.Errorf("%s: attribute %s=%q", name, a.Key, a.Val)
				case a.Key == "href":
					switch {
					case strings.HasPrefix(a.Val, "#"):
						anchors = append(anchors, a.Val[1:])
					case strings.HasPrefix(a.Val, "mailto:"), strings.HasPrefix(a.Val, "tel:"):
					case website != "" && (a.Val == website || strings.HasPrefix(a.Val, strings.TrimSuffix(website, "/")+"/")):
					default:
						t.Errorf("%s: link to %q", name, a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if htmlTags != 1 {
		t.Errorf("%s: %d <html> elements", name, htmlTags)
	}
	if len(anchors) < 3 {
		t.Errorf("%s: only %d anchor links; the table of contents is missing", name, len(anchors))
	}
	for _, a := range anchors {
		if !ids[a] {
			t.Errorf("%s: link #%s points nowhere", name, a)
		}
	}
	return logos
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasHeaderRow(table *html.Node) bool {
	for c := table.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Thead {
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				for cell := r.FirstChild; cell != nil; cell = cell.NextSibling {
					if cell.DataAtom == atom.Th {
						return true
					}
				}
			}
		}
	}
	return false
}

// hostileCompany tries to inject markup through every kind of company-file value.
const hostileCompany = `company:
  name: "<script>alert(1)</script> **Acme** {{.X}} | #"
  vision: "<img src=x onerror=alert(1)> [click](javascript:alert(1))"
  mission: "<b>bold</b> & <i>more</i>"
  offering: "# heading\n- list"
languages: [en, zh]
contacts:
  support_email: help@acme.example
  policy_owner: {name: "<svg onload=alert(1)>", email: owner@acme.example}
revisions:
  - {version: "1<br>", date: 2026-01-01, changes: ["<iframe src=//evil.example>"]}
`

// TestHostileCompanyFileShowsLiterally builds every variant in HTML and Markdown from a
// company file full of markup: the text shows literally and no live markup comes from it.
func TestHostileCompanyFileShowsLiterally(t *testing.T) {
	in := inputs(t, "hostile.yaml", []byte(hostileCompany))
	opts := everything(in)
	opts.Langs = []string{"en", "zh"}
	opts.Formats = []string{"md", "html"}
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		if f.Format != "html" {
			continue
		}
		checkHTML(t, f.Path, f.Data, map[string]string{"en": "en", "zh": "zh-Hans"}[f.Lang], "")
		page := string(f.Data)
		literals := []string{"&lt;script&gt;alert(1)&lt;/script&gt; **Acme** {{.X}} | #"}
		if f.Variant == "standards" || f.Variant == "handbook" { // the ones that show the vision
			literals = append(literals, "&lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1))")
		}
		for _, literal := range literals {
			if !strings.Contains(page, literal) {
				t.Errorf("%s: %q is not shown literally", f.Path, literal)
			}
		}
		for _, live := range []string{"<script", "<img", "<b>", "<svg", "<iframe", "=\"javascript:", "1<br>"} {
			if strings.Contains(page, live) {
				t.Errorf("%s: live markup %q", f.Path, live)
			}
		}
	}
}
