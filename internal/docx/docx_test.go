package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	east "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/markdown"
)

var plMeta = markdown.Meta{
	Lang: "pl", BCP47: "pl", Font: "latin", Company: "Przedsiębiorstwo „Żuraw” Sp. z o.o. & <Synowie>",
	Title: "Podręcznik obsługi klienta", Variant: "handbook", Version: "2.0",
	Date: "20 listopada 2026", ISODate: "2026-11-20", Website: "https://www.zuraw.example",
	Labels: markdown.Labels{Contents: "Spis treści", Version: "Wersja", LastRevised: "Ostatnia zmiana",
		PageOf: "Strona {page} z {pages}"},
	Subject: "Podręcznik obsługi klienta — Żuraw", Language: "Polski",
}

const plBody = "# Podręcznik obsługi klienta\n\n" +
	"Żuraw · Wersja 2.0 · Ostatnia zmiana: 20 listopada 2026\n\n" +
	"## Witamy\n\n" +
	"Tekst z *kursywą*, **pogrubieniem**, `kodem` i twardą spacją: 3\u00a0dni, w\u00a0ciągu.\n" +
	"Druga linia akapitu.\n\n" +
	"### Kanały\n\n" +
	"| Kanał | Zobowiązanie |\n|---|--:|\n| Telefon | 3 sygnały |\n| E-mail | 4 godziny |\n\n" +
	"#### Szczegóły\n\n" +
	"- punkt [strona](https://zuraw.example/a?b=1&c=2)\n" +
	"  - zagnieżdżony [obca](https://evil.example/) [skrypt](javascript:alert(1))\n" +
	"- [napisz](mailto:pomoc@zuraw.example) lub [zadzwoń](tel:+48123456789) albo [wróć](#witamy)\n\n" +
	"3. trzeci\n4. czwarty\n\n" +
	"- [ ] do zrobienia\n- [x] zrobione\n\n" +
	"> cytat\n\n---\n\n" +
	"Znaki sterujące: a\x01b\x0bc, \\<tag\\> & \"cudzysłów\"\n\n" +
	"## Zakres\n\nTekst.\n\n## Definicje\n\nTekst.\n\n## Standardy\n\nTekst.\n\n" +
	"## Eskalacja\n\nTekst.\n\n## Reklamacje\n\nTekst.\n\n## Szkolenia\n\nTekst.\n"

func plDoc() *markdown.Document { return markdown.NewDocument(plMeta, []byte(plBody)) }

func render(t testing.TB, doc *markdown.Document, opts Options) []byte {
	t.Helper()
	out, err := Render(doc, opts)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	return out
}

// unpack returns the parts of a .docx by name, in archive order.
func unpack(t testing.TB, data []byte) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip archive: %v", err)
	}
	var names []string
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		parts[f.Name] = b
	}
	return names, parts
}

// wellFormed fails the test when an XML part does not parse.
func wellFormed(t *testing.T, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
	}
}

// para is what a reader finds in one paragraph.
type para struct {
	style    string
	text     string
	runs     int
	langRuns int // runs with a w:lang
	lang     string
}

// paragraphs reads the paragraphs of a WordprocessingML part.
func paragraphs(t *testing.T, data []byte) []para {
	t.Helper()
	var out []para
	var cur *para
	inRun, inText := false, false
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			switch tk.Name.Local {
			case "p":
				out = append(out, para{})
				cur = &out[len(out)-1]
			case "pStyle":
				cur.style = attrVal(tk, "val")
			case "r":
				inRun = true
				cur.runs++
			case "lang":
				if inRun {
					cur.langRuns++
					cur.lang = attrVal(tk, "val")
				}
			case "t":
				inText = true
			case "tab":
				if inRun {
					cur.text += "\t"
				}
			}
		case xml.EndElement:
			switch tk.Name.Local {
			case "r":
				inRun = false
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText && cur != nil {
				cur.text += string(tk)
			}
		}
	}
}

func attrVal(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func TestPackage(t *testing.T) {
	data := render(t, plDoc(), Options{})
	names, parts := unpack(t, data)
	want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
		"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
		"word/fontTable.xml", "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("parts:\n%v\nwant\n%v", names, want)
	}
	for name, b := range parts {
		wellFormed(t, name, b)
	}
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	for _, f := range zr.File {
		if f.Method != zip.Deflate {
			t.Errorf("%s is stored, not deflated", f.Name)
		}
		if !f.Modified.Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s dated %v, want the document date", f.Name, f.Modified)
		}
	}
}

func TestReproducible(t *testing.T) {
	a := render(t, plDoc(), Options{})
	b := render(t, plDoc(), Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings differ")
	}
	// SOURCE_DATE_EPOCH's date replaces the revision date, in the zip and the properties.
	c := render(t, plDoc(), Options{Created: time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)})
	_, parts := unpack(t, c)
	if core := string(parts["docProps/core.xml"]); !strings.Contains(core, ">2030-05-06T07:08:09Z</dcterms:created>") {
		t.Errorf("core.xml ignores Created:\n%s", core)
	}
	// Before 1980 a zip cannot date a file: the earliest time it can hold is used.
	if _, err := Render(plDoc(), Options{Created: time.Unix(0, 0)}); err != nil {
		t.Errorf("a 1970 date: %v", err)
	}
}

func TestStylesAndLanguage(t *testing.T) {
	_, parts := unpack(t, render(t, plDoc(), Options{}))
	ps := paragraphs(t, parts["word/document.xml"])
	styleOf := map[string]string{}
	for _, p := range ps {
		if p.runs > 0 && p.langRuns != p.runs {
			t.Errorf("paragraph %q: %d of %d runs carry a language", p.text, p.langRuns, p.runs)
		}
		if p.lang != "" && p.lang != "pl-PL" {
			t.Errorf("paragraph %q has language %q, want pl-PL", p.text, p.lang)
		}
		if _, seen := styleOf[p.text]; !seen {
			styleOf[p.text] = p.style
		}
	}
	for text, style := range map[string]string{
		"Podręcznik obsługi klienta":                              "Title",
		"Żuraw · Wersja 2.0 · Ostatnia zmiana: 20 listopada 2026": "Subtitle",
		"Spis treści": "TOCHeading",
		"Witamy":      "TOC1", // the first paragraph with this text is its contents entry
		"Kanały":      "TOC2",
		"Szczegóły":   "TOC3",
		"trzeci":      "ListNumber",
		"cytat":       "Quote",
	} {
		if got := styleOf[text]; got != style {
			t.Errorf("%q has style %q, want %q", text, got, style)
		}
	}
	headings := map[string]string{}
	for _, p := range ps {
		if strings.HasPrefix(p.style, "Heading") {
			headings[p.text] = p.style
		}
	}
	for text, style := range map[string]string{"Witamy": "Heading1", "Kanały": "Heading2", "Szczegóły": "Heading3"} {
		if headings[text] != style {
			t.Errorf("heading %q has style %q, want %q", text, headings[text], style)
		}
	}
	styles := string(parts["word/styles.xml"])
	for _, want := range []string{
		`w:styleId="Heading1"><w:name w:val="heading 1"/>`, `<w:outlineLvl w:val="0"/>`,
		`w:styleId="Heading3"><w:name w:val="heading 3"/>`, `<w:outlineLvl w:val="2"/>`,
		`<w:name w:val="Title"/>`, `<w:name w:val="List Bullet"/>`, `<w:name w:val="List Number"/>`,
		`<w:name w:val="toc 1"/>`, `w:type="table" w:styleId="PolicyTable"`,
		`<w:lang w:val="pl-PL" w:eastAsia="zh-CN"/>`, `w:eastAsia="Microsoft YaHei"`,
	} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
}

func TestTextPassesThroughEscapedAndClean(t *testing.T) {
	_, parts := unpack(t, render(t, plDoc(), Options{}))
	doc := string(parts["word/document.xml"])
	var all strings.Builder
	for _, p := range paragraphs(t, parts["word/document.xml"]) {
		all.WriteString(p.text + "\n")
	}
	text := all.String()
	for _, want := range []string{
		"3\u00a0dni, w\u00a0ciągu.",                   // no-break spaces stay
		"ciągu. Druga linia",                          // a soft line break is a space
		"Znaki sterujące: abc, <tag> & \"cudzysłów\"", // controls dropped, markup characters kept as text
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(doc, "<tag>") || strings.Contains(doc, "\x01") {
		t.Error("document.xml carries raw markup or control characters")
	}
	header := paragraphs(t, parts["word/header1.xml"])
	if len(header) != 1 || header[0].text != "Przedsiębiorstwo „Żuraw” Sp. z o.o. & <Synowie> · Podręcznik obsługi klienta\tWersja 2.0" {
		t.Errorf("header = %+v", header)
	}
	core := string(parts["docProps/core.xml"])
	for _, want := range []string{
		"<dc:title>Podręcznik obsługi klienta</dc:title>", "<dc:creator>Przedsiębiorstwo „Żuraw” Sp. z o.o. &amp; &lt;Synowie&gt;</dc:creator>",
		"<dc:language>pl-PL</dc:language>", "<dc:subject>Podręcznik obsługi klienta — Żuraw</dc:subject>",
		">2026-11-20T00:00:00Z</dcterms:modified>",
	} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core)
		}
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"a<b>&\"c\"":           "a&lt;b&gt;&amp;&quot;c&quot;",
		"tab\tnl\ncr\r":        "tab\tnl\ncr\r",
		"\x00\x01\x1f\x7f":     "\x7f",
		"\uFFFE\uFFFF\uFFFD":   "\uFFFD",
		"bad \xff\xfe utf8":    "bad  utf8",
		"𝄞 emoji 😀 nbsp\u00a0": "𝄞 emoji 😀 nbsp\u00a0",
	} {
		var w xmlWriter
		w.esc(in)
		if got := w.String(); got != want {
			t.Errorf("esc(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFooterPageFields(t *testing.T) {
	_, parts := unpack(t, render(t, plDoc(), Options{}))
	footer := string(parts["word/footer1.xml"])
	page := strings.Index(footer, "> PAGE </w:instrText>")
	pages := strings.Index(footer, "> NUMPAGES </w:instrText>")
	strona := strings.Index(footer, ">Strona </w:t>")
	z := strings.Index(footer, "> z </w:t>")
	if strona < 0 || page < 0 || z < 0 || pages < 0 || !(strona < page && page < z && z < pages) {
		t.Errorf("footer is not \"Strona PAGE z NUMPAGES\":\n%s", footer)
	}
	if !strings.Contains(footer, ">Ostatnia zmiana 20 listopada 2026</w:t>") {
		t.Errorf("footer lacks the date:\n%s", footer)
	}
}

func TestLinks(t *testing.T) {
	_, parts := unpack(t, render(t, plDoc(), Options{}))
	rels := string(parts["word/_rels/document.xml.rels"])
	for _, want := range []string{
		`Target="https://zuraw.example/a?b=1&amp;c=2" TargetMode="External"`,
		`Target="mailto:pomoc@zuraw.example" TargetMode="External"`,
		`Target="tel:+48123456789" TargetMode="External"`,
	} {
		if !strings.Contains(rels, want) {
			t.Errorf("relationships lack %s", want)
		}
	}
	for _, refused := range []string{"evil.example", "javascript"} {
		if strings.Contains(rels, refused) {
			t.Errorf("relationships link %s:\n%s", refused, rels)
		}
	}
	doc := string(parts["word/document.xml"])
	if !strings.Contains(doc, `<w:hyperlink w:anchor="_Toc1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>`) {
		t.Error("the #witamy link does not point at the Witamy heading's bookmark")
	}
	for _, text := range []string{">obca</w:t>", ">skrypt</w:t>"} {
		if !strings.Contains(doc, text) {
			t.Errorf("the text of a refused link is gone: %s", text)
		}
	}
}

func TestTablesListsAndCheckBoxes(t *testing.T) {
	_, parts := unpack(t, render(t, plDoc(), Options{}))
	doc := string(parts["word/document.xml"])
	// The contents and the text each start a page, as in the PDF.
	if n := strings.Count(doc, "<w:pageBreakBefore/>"); n != 2 ||
		!strings.Contains(doc, `<w:pStyle w:val="TOCHeading"/><w:pageBreakBefore/>`) ||
		!strings.Contains(doc, `<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>`) {
		t.Errorf("%d page breaks, want one before the contents and one before the text", n)
	}
	if !strings.Contains(doc, "<w:titlePg/>") {
		t.Error("the title page carries the running header and footer")
	}
	if n := strings.Count(doc, "<w:tblHeader/>"); n != 1 {
		t.Errorf("%d repeating header rows, want 1", n)
	}
	if !strings.Contains(doc, `<w:tblStyle w:val="PolicyTable"/>`) || !strings.Contains(doc, `<w:jc w:val="right"/>`) {
		t.Error("the table lacks its style or its right-aligned column")
	}
	if n := strings.Count(doc, "<w14:checkbox>"); n != 2 {
		t.Errorf("%d check boxes, want 2", n)
	}
	if !strings.Contains(doc, `<w14:checked w14:val="1"/>`) || !strings.Contains(doc, ">☒</w:t>") || !strings.Contains(doc, ">☐</w:t>") {
		t.Error("the ticked item is not shown ticked")
	}
	if !strings.Contains(doc, `<w:ilvl w:val="1"/><w:numId w:val="1"/>`) {
		t.Error("the nested bullet is not on list level 1")
	}
	numbering := string(parts["word/numbering.xml"])
	if !strings.Contains(numbering, `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>`) {
		t.Errorf("the numbered list does not start at 3:\n%s", numbering)
	}
}

func TestChinese(t *testing.T) {
	meta := plMeta
	meta.Lang, meta.BCP47, meta.Font, meta.Title = "zh", "zh-Hans", "cjk", "客户服务标准"
	body := "# 客户服务标准\n\n北风 · 版本 1.2\n\n## 愿景\n\n让可持续生活\n成为轻松之选。\n"
	_, parts := unpack(t, render(t, markdown.NewDocument(meta, []byte(body)), Options{}))
	doc := string(parts["word/document.xml"])
	if !strings.Contains(doc, `<w:rFonts w:hint="eastAsia"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>`) {
		t.Error("Chinese runs lack the East Asian hint and language")
	}
	var text strings.Builder
	for _, p := range paragraphs(t, parts["word/document.xml"]) {
		text.WriteString(p.text)
	}
	if !strings.Contains(text.String(), "让可持续生活成为轻松之选。") {
		t.Errorf("a line break between Chinese characters became a space: %s", text.String())
	}
}

func TestBadInput(t *testing.T) {
	if _, err := Render(nil, Options{}); err == nil {
		t.Error("no error for a nil document")
	}
	if _, err := Render(plDoc(), Options{Paper: "a5"}); err == nil || !strings.Contains(err.Error(), "a5") {
		t.Errorf("paper a5: %v", err)
	}
	if _, err := Render(plDoc(), Options{Accent: "red"}); err == nil {
		t.Error("no error for an accent colour that is not hex")
	}
	if _, err := Render(plDoc(), Options{Logo: &Image{Data: []byte{1}, Format: "gif", Width: 1, Height: 1}}); err == nil {
		t.Error("no error for a GIF logo")
	}
	// A document without a title heading or any heading still renders.
	empty := markdown.NewDocument(markdown.Meta{}, []byte("just text\n"))
	_, parts := unpack(t, render(t, empty, Options{}))
	wellFormed(t, "document.xml", parts["word/document.xml"])
	if strings.Contains(string(parts["word/document.xml"]), "pageBreakBefore") ||
		strings.Contains(string(parts["word/document.xml"]), "titlePg") {
		t.Error("a document without headings has a title page of its own")
	}
}

func TestLogo(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\nnot really")
	data := render(t, plDoc(), Options{Logo: &Image{Data: png, Format: "png", Width: 400, Height: 100}, Accent: "1f6f43"})
	names, parts := unpack(t, data)
	if !bytes.Equal(parts["word/media/logo.png"], png) {
		t.Errorf("logo not stored; parts %v", names)
	}
	if !strings.Contains(string(parts["word/_rels/document.xml.rels"]), `Id="rIdLogo"`) ||
		!strings.Contains(string(parts["[Content_Types].xml"]), `Extension="png" ContentType="image/png"`) ||
		!strings.Contains(string(parts["word/document.xml"]), `<a:blip r:embed="rIdLogo"/>`) {
		t.Error("the logo is not wired up")
	}
	// 6 cm wide at most: 400×100 px would be 6 cm × 1.5 cm.
	if !strings.Contains(string(parts["word/document.xml"]), `cx="2160000" cy="540000"`) {
		t.Error("logo size is wrong")
	}
	if !strings.Contains(string(parts["word/styles.xml"]), `<w:color w:val="1f6f43"/>`) {
		t.Error("accent colour unused")
	}
}

func TestRenderConcurrent(t *testing.T) {
	doc := plDoc()
	want := render(t, doc, Options{})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got, err := Render(doc, Options{}); err != nil || !bytes.Equal(got, want) {
				t.Error("a concurrent rendering differs")
			}
		}()
	}
	wg.Wait()
}

func BenchmarkRenderHandbookLike(b *testing.B) {
	body := strings.Repeat(plBody[strings.Index(plBody, "## Witamy"):], 30)
	doc := markdown.NewDocument(plMeta, []byte("# Tytuł\n\nbyline\n\n"+body))
	for b.Loop() {
		if _, err := Render(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestColumnWidths(t *testing.T) {
	body := "| Poziom | Stanowisko | Kontakt |\n|---|---|---|\n" +
		"| 1 | Starsza specjalistka ds. obsługi klienta | Adres e-mail: katarzyna.wisniewska@zielonykoszyk.example, Telefon: +48 12 345 67 91 |\n"
	doc := markdown.NewDocument(plMeta, []byte(body))
	d := newDocument(doc, page{width: 11906, height: 16838, margin: 1134}, defaultAccent, nil)
	w := d.columnWidths(doc.Root.FirstChild().(*east.Table))
	sum := 0
	for _, x := range w {
		sum += x
	}
	if len(w) != 3 || sum > 9638 || sum < 9600 {
		t.Fatalf("widths %v (sum %d), want three that fill 9638", w, sum)
	}
	if w[0] < len("Poziom")*columnUnit+cellPad {
		t.Errorf("the first column (%d) breaks the word Poziom", w[0])
	}
	if !(w[2] > w[1] && w[1] > w[0]) {
		t.Errorf("widths %v do not follow how much text each column holds", w)
	}
	for in, want := range map[string]int{"Poziom": 6, "a bb ccc": 3, "3\u00a0dni": 5, "客户服务": 2, "Zendesk系统": 7} {
		if got := longestWord(in); got != want {
			t.Errorf("longestWord(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestPaper(t *testing.T) {
	for paper, want := range map[string]string{
		"":       `<w:pgSz w:w="11906" w:h="16838"/>`,
		"a4":     `<w:pgSz w:w="11906" w:h="16838"/>`,
		"letter": `<w:pgSz w:w="12240" w:h="15840"/>`,
	} {
		_, parts := unpack(t, render(t, plDoc(), Options{Paper: paper}))
		if !strings.Contains(string(parts["word/document.xml"]), want) {
			t.Errorf("paper %q: document lacks %s", paper, want)
		}
	}
}

// TestShortDocumentHasNoContents: a document of six sections or fewer gets no table of
// contents, as in the PDF, and its text still starts after the title page.
func TestShortDocumentHasNoContents(t *testing.T) {
	body := plBody[:strings.Index(plBody, "## Zakres")]
	_, parts := unpack(t, render(t, markdown.NewDocument(plMeta, []byte(body)), Options{}))
	doc := string(parts["word/document.xml"])
	if strings.Contains(doc, "TOCHeading") || strings.Contains(doc, `TOC \o`) {
		t.Error("a one-section document has a table of contents")
	}
	if !strings.Contains(doc, `<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>`) {
		t.Error("the text does not start on a new page after the title")
	}
}
