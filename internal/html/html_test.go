package html

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/policygen/policygen/internal/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var sampleMeta = map[string]markdown.Meta{
	"en": {
		Lang: "en", BCP47: "en", Font: "latin", Company: "Northwind Trading Ltd.",
		Title: "Customer Service Handbook", Variant: "handbook", Version: "1.2",
		Date: "20 November 2026", ISODate: "2026-11-20", Website: "https://www.northwind.example",
		Labels: markdown.Labels{Contents: "Contents", Version: "Version", LastRevised: "Last revised",
			PageOf: "Page {page} of {pages}"},
		Language: "English",
	},
	"pl": {
		Lang: "pl", BCP47: "pl", Font: "latin", Company: "Przedsiębiorstwo Łódzkie „Żuraw” sp. z o.o.",
		Title: "Standardy obsługi klienta", Variant: "standards", Version: "2.0",
		Date: "20 listopada 2026", ISODate: "2026-11-20", Website: "zuraw.example",
		Labels: markdown.Labels{Contents: "Spis treści", Version: "Wersja", LastRevised: "Ostatnia zmiana",
			PageOf: "Strona {page} z {pages}"},
		Language: "Polski",
	},
	"zh": {
		Lang: "zh", BCP47: "zh-Hans", Font: "cjk", Company: "北风贸易有限公司",
		Title: "客户服务标准", Variant: "standards", Version: "1.2",
		Date: "2026年11月20日", ISODate: "2026-11-20", Website: "https://beifeng.example/",
		Labels: markdown.Labels{Contents: "目录", Version: "版本", LastRevised: "最后修订",
			PageOf: "第 {page} 页，共 {pages} 页"},
		Language: "中文",
	},
}

func sample(t testing.TB, lang string) *markdown.Document {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", lang+".md"))
	if err != nil {
		t.Fatal(err)
	}
	return markdown.NewDocument(sampleMeta[lang], body)
}

func render(t testing.TB, doc *markdown.Document) []byte {
	t.Helper()
	out, err := Render(doc)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	return out
}

func parse(t *testing.T, page []byte) *nethtml.Node {
	t.Helper()
	root, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse output: %v", err)
	}
	return root
}

// elements returns every element below n, in document order.
func elements(n *nethtml.Node) []*nethtml.Node {
	var all []*nethtml.Node
	for c := range n.Descendants() {
		if c.Type == nethtml.ElementNode {
			all = append(all, c)
		}
	}
	return all
}

func find(n *nethtml.Node, a atom.Atom) []*nethtml.Node {
	var found []*nethtml.Node
	for _, e := range elements(n) {
		if e.DataAtom == a {
			found = append(found, e)
		}
	}
	return found
}

func attr(n *nethtml.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *nethtml.Node, class string) bool {
	v, _ := attr(n, "class")
	return strings.Contains(" "+v+" ", " "+class+" ")
}

func text(n *nethtml.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == nethtml.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func one(t *testing.T, root *nethtml.Node, a atom.Atom) *nethtml.Node {
	t.Helper()
	found := find(root, a)
	if len(found) != 1 {
		t.Fatalf("want exactly one <%s>, got %d", a, len(found))
	}
	return found[0]
}

func TestRenderPage(t *testing.T) {
	for _, lang := range []string{"en", "pl", "zh"} {
		t.Run(lang, func(t *testing.T) {
			doc := sample(t, lang)
			m := doc.Meta
			root := parse(t, render(t, doc))

			if lang, _ := attr(one(t, root, atom.Html), "lang"); lang != m.BCP47 {
				t.Errorf("html lang = %q, want %q", lang, m.BCP47)
			}
			if got, want := text(one(t, root, atom.Title)), m.Title+" — "+m.Company; got != want {
				t.Errorf("title = %q, want %q", got, want)
			}
			one(t, root, atom.Style)
			for _, a := range []atom.Atom{atom.Script, atom.Link, atom.Img, atom.Iframe, atom.Object} {
				if n := len(find(root, a)); n != 0 {
					t.Errorf("found %d <%s> elements", n, a)
				}
			}
			var generator, charset bool
			for _, meta := range find(root, atom.Meta) {
				if v, _ := attr(meta, "name"); v == "generator" {
					c, _ := attr(meta, "content")
					generator = c == "policygen"
				}
				if v, _ := attr(meta, "charset"); v == "utf-8" {
					charset = true
				}
			}
			if !generator || !charset {
				t.Errorf("generator meta %v, charset meta %v; want both", generator, charset)
			}

			ids := map[string]bool{}
			for _, e := range elements(root) {
				for _, a := range e.Attr {
					switch {
					case a.Key == "src" || strings.HasPrefix(a.Key, "on"):
						t.Errorf("<%s> has attribute %s=%q", e.Data, a.Key, a.Val)
					case a.Key == "href" && !allowedInTest(a.Val, m.Website):
						t.Errorf("href %q is not #…, mailto:, tel: or on %s", a.Val, m.Website)
					case a.Key == "id":
						if ids[a.Val] {
							t.Errorf("duplicate id %q", a.Val)
						}
						if a.Val == "" {
							t.Error("empty id")
						}
						ids[a.Val] = true
					}
				}
			}

			header := one(t, root, atom.Header)
			for _, want := range []string{m.Company, m.Title, m.Version, m.Date, m.Labels.Version, m.Labels.LastRevised} {
				if !strings.Contains(text(header), want) {
					t.Errorf("header %q lacks %q", text(header), want)
				}
			}
			footer := one(t, root, atom.Footer)
			for _, want := range []string{m.Company, m.Title, m.Version, m.Date} {
				if !strings.Contains(text(footer), want) {
					t.Errorf("footer %q lacks %q", text(footer), want)
				}
			}
			if got := text(one(t, root, atom.H1)); got != m.Title {
				t.Errorf("h1 = %q, want the title once", got)
			}
			main := one(t, root, atom.Main)
			if byline := m.Company + " · "; strings.Contains(text(main), byline) {
				t.Errorf("main repeats the byline %q", byline)
			}

			nav := one(t, root, atom.Nav)
			if !strings.Contains(text(nav), m.Labels.Contents) {
				t.Errorf("nav lacks its heading %q", m.Labels.Contents)
			}
			var tocTargets []string
			for _, a := range find(nav, atom.A) {
				href, _ := attr(a, "href")
				if !strings.HasPrefix(href, "#") || !ids[href[1:]] {
					t.Errorf("toc link %q does not resolve to an id", href)
				}
				tocTargets = append(tocTargets, href[1:])
			}
			var headings []string
			for _, e := range elements(main) {
				if e.DataAtom == atom.H2 || e.DataAtom == atom.H3 {
					id, _ := attr(e, "id")
					headings = append(headings, id)
				}
			}
			if strings.Join(tocTargets, " ") != strings.Join(headings, " ") {
				t.Errorf("toc links %q, want every h2 and h3 of main %q", tocTargets, headings)
			}
			if len(find(nav, atom.Ol)) < 2 {
				t.Error("toc has no nested list for h3 headings")
			}

			tables := find(main, atom.Table)
			if len(tables) < 3 {
				t.Errorf("%d tables, want the sample's 3", len(tables))
			}
			for i, table := range tables {
				thead := find(table, atom.Thead)
				if len(thead) != 1 || len(find(thead[0], atom.Th)) == 0 {
					t.Errorf("table %d has no <thead> with <th>", i)
				}
				if !hasClass(table.Parent, "table-wrap") {
					t.Errorf("table %d is not inside div.table-wrap", i)
				}
			}

			boxes := 0
			labels := map[string]string{}
			for _, l := range find(main, atom.Label) {
				if f, ok := attr(l, "for"); ok {
					labels[f] = strings.TrimSpace(text(l))
				}
			}
			seen := map[string]bool{}
			for _, in := range find(main, atom.Input) {
				typ, _ := attr(in, "type")
				_, disabled := attr(in, "disabled")
				id, _ := attr(in, "id")
				if typ != "checkbox" || disabled || !hasClass(in.Parent, "task") {
					t.Errorf("input %v is not an enabled checkbox in li.task", in.Attr)
				}
				if id == "" || seen[id] || labels[id] == "" {
					t.Errorf("input %v has no unique id with a label holding text", in.Attr)
				}
				seen[id] = true
				boxes++
			}
			if boxes < 4 {
				t.Errorf("%d checkboxes, want the sample's task list", boxes)
			}
		})
	}
}

// allowedInTest is the link rule, stated independently of the code under test.
func allowedInTest(href, website string) bool {
	host := strings.TrimPrefix(strings.TrimPrefix(website, "https://"), "http://")
	host, _, _ = strings.Cut(host, "/")
	switch {
	case strings.HasPrefix(href, "#") && len(href) > 1,
		strings.HasPrefix(href, "mailto:"), strings.HasPrefix(href, "tel:"):
		return true
	}
	for _, scheme := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(href, scheme); ok {
			h, _, _ := strings.Cut(rest, "/")
			return host != "" && h == host
		}
	}
	return false
}

// escapeMarkdown backslash-escapes every ASCII punctuation character, as company-file text is
// escaped before it reaches a template.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestRenderHostileInput(t *testing.T) {
	const (
		company = `<script>alert(1)</script>`
		img     = `<img src=x onerror=alert(1)>`
		mdLink  = `[x](javascript:alert(1))`
		heading = `<script>alert(4)</script> "quoted" & 'single'`
	)
	body := "# " + escapeMarkdown(`Policy "A" & <B>`) + "\n\n" + escapeMarkdown(company) + " · 1.0\n\n" +
		"## " + escapeMarkdown(heading) + "\n\n" +
		escapeMarkdown(img) + "\n\n" +
		escapeMarkdown(mdLink) + "\n\n" +
		"<script>alert(2)</script>\n\n" +
		"Inline <script>alert(5)</script> and [link](javascript:alert(3)) and [data](data:text/html,x)" +
		" and [other](https://evil.example/) and [site](https://example.com/ok) and ![pic](x.png \"t\")" +
		" and <javascript:alert(6)> and <https://evil.example>.\n\n" +
		"| a | b |\n|---|---|\n| " + escapeMarkdown(img) + " | [c](JavaScript:alert(7)) |\n"
	doc := markdown.NewDocument(markdown.Meta{
		Lang: "en", BCP47: `en" onload="alert(8)`, Company: company, Title: `Policy "A" & <B>`,
		Version: `<i>1</i>`, Date: `<b>today</b>`, Website: "https://example.com",
		Labels: markdown.Labels{Contents: `<u>Contents</u>`, Version: "Version", LastRevised: "Last revised"},
	}, []byte(body))

	out := render(t, doc)
	root := parse(t, out)
	for _, e := range elements(root) {
		switch e.DataAtom {
		case atom.Script, atom.Img, atom.B, atom.I, atom.U:
			t.Errorf("live <%s> element in output", e.Data)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" {
				t.Errorf("<%s> has attribute %s", e.Data, a.Key)
			}
			if a.Key == "href" && a.Val != "https://example.com/ok" && !strings.HasPrefix(a.Val, "#") {
				t.Errorf("<%s> has href %q", e.Data, a.Val)
			}
		}
	}
	if lang, _ := attr(one(t, root, atom.Html), "lang"); lang != doc.Meta.BCP47 {
		t.Errorf("html lang = %q, want it escaped intact", lang)
	}
	if got, want := text(one(t, root, atom.Title)), doc.Meta.Title+" — "+company; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if got := text(find(one(t, root, atom.Header), atom.P)[0]); got != company {
		t.Errorf("header company = %q, want %q", got, company)
	}
	mainText := text(one(t, root, atom.Main))
	for _, want := range []string{img, mdLink, heading, "link", "data", "other", "site", "pic", "javascript:alert(6)"} {
		if !strings.Contains(mainText, want) {
			t.Errorf("main lacks the literal text %q", want)
		}
	}
	if strings.Contains(mainText, "alert(2)") {
		t.Error("the raw HTML block came through as text; it should be dropped")
	}
	if bytes.Contains(bytes.ToLower(out), []byte("javascript:alert(3)")) {
		t.Error("the unescaped javascript: link target appears in the output")
	}
	if !strings.Contains(text(one(t, root, atom.Nav)), heading) {
		t.Errorf("toc lacks the heading text %q", heading)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Obsługa zgłoszeń", "obsluga-zgloszen"},
		{"Zażółć gęślą jaźń", "zazolc-gesla-jazn"},
		{"Řešení stížností", "reseni-stiznosti"},
		{"Käsittely ja seuranta", "kasittely-ja-seuranta"},
		{"Straße & Œuvre", "strasse-oeuvre"},
		{"客户服务标准", "客户服务标准"},
		{"升级处理（电话、邮件）", "升级处理-电话-邮件"},
		{"1. Scope — and Purpose!", "1-scope-and-purpose"},
		{"  --  ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := slug(tt.text); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestHeadingIDs(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"polish", "## Obsługa zgłoszeń\n\n### Czas reakcji\n", []string{"obsluga-zgloszen", "czas-reakcji"}},
		{"chinese", "## 服务标准\n\n### 快速响应\n\n## 修订历史\n", []string{"服务标准", "快速响应", "修订历史"}},
		{"duplicates", "## Scope\n\n### Scope\n\n## Scope\n\n## Scope 2\n",
			[]string{"scope", "scope-2", "scope-3", "scope-2-2"}},
		{"no letters", "## ---\n\n## ?!\n\n## `?`\n", []string{"section-1", "section-2", "section-3"}},
		{"frame ids", "## Contents\n\n## Contents\n", []string{"contents-2", "contents-3"}},
		{"escaped", "## A \\<b\\> \\& *c*\n", []string{"a-b-c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "# Title\n\nCompany · 1.0\n\n" + tt.body
			doc := markdown.NewDocument(markdown.Meta{BCP47: "en", Title: "Title"}, []byte(body))
			root := parse(t, render(t, doc))
			var got []string
			for _, e := range elements(one(t, root, atom.Main)) {
				if id, ok := attr(e, "id"); ok {
					got = append(got, id)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("ids = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRenderGolden(t *testing.T) {
	got := render(t, sample(t, "en"))
	golden := filepath.Join("testdata", "en.golden.html")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff)", golden)
	}
}

// TestRenderConcurrent renders one document from several goroutines, as the build does: the
// race detector catches any write to the shared AST, and every result must be the same bytes.
func TestRenderConcurrent(t *testing.T) {
	doc := sample(t, "pl")
	want := render(t, doc)
	var wg sync.WaitGroup
	results := make([][]byte, 8)
	for i := range results {
		wg.Go(func() {
			out, err := Render(doc)
			if err != nil {
				t.Error(err)
			}
			results[i] = out
		})
	}
	wg.Wait()
	for i, got := range results {
		if !bytes.Equal(got, want) {
			t.Errorf("render %d differs from the first", i)
		}
	}
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Attributes() != nil {
			t.Errorf("%s node gained attributes %v", n.Kind(), n.Attributes())
		}
	}
}

func BenchmarkRender(b *testing.B) {
	en, err := os.ReadFile(filepath.Join("testdata", "en.md"))
	if err != nil {
		b.Fatal(err)
	}
	head, rest, _ := bytes.Cut(en, []byte("\n## "))
	body := append([]byte{}, head...)
	for len(body) < 40<<10 {
		body = append(append(body, "\n## "...), rest...)
	}
	doc := markdown.NewDocument(sampleMeta["en"], body)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSoftLineBreaks(t *testing.T) {
	tests := []struct{ body, want string }{
		{"本标准适用于员工。\n如有疑问，请联系我们。", "<p>本标准适用于员工。如有疑问，请联系我们。</p>"},
		{"Applies to all\nemployees.", "<p>Applies to all\nemployees.</p>"},
		{"适用于 staff\n员工。", "<p>适用于 staff\n员工。</p>"},
	}
	for _, tt := range tests {
		doc := markdown.NewDocument(markdown.Meta{BCP47: "zh-Hans"}, []byte(tt.body+"\n"))
		if out := render(t, doc); !bytes.Contains(out, []byte(tt.want)) {
			t.Errorf("%q renders without %q", tt.body, tt.want)
		}
	}
}

func TestContentsNesting(t *testing.T) {
	body := "# T\n\nB\n\n### Before\n\n## One\n\n### One A\n\n#### Deep\n\n### One B\n\n## Two\n\n## Three\n\n### Three A\n"
	out := render(t, markdown.NewDocument(markdown.Meta{BCP47: "en", Labels: markdown.Labels{Contents: "Contents"}}, []byte(body)))
	nav := string(out[bytes.Index(out, []byte("<nav")):bytes.Index(out, []byte("</nav>"))])
	want := `<ol>
<li><a href="#before">Before</a></li>
<li><a href="#one">One</a>
<ol>
<li><a href="#one-a">One A</a></li>
<li><a href="#one-b">One B</a></li>
</ol>
</li>
<li><a href="#two">Two</a></li>
<li><a href="#three">Three</a>
<ol>
<li><a href="#three-a">Three A</a></li>
</ol>
</li>
</ol>
`
	if !strings.HasSuffix(nav, want) {
		t.Errorf("toc:\n%s\nwant it to end with:\n%s", nav, want)
	}
}
