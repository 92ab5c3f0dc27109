package docx

import (
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/policygen/policygen/internal/html"
	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/typography"
)

// runStyle is the direct formatting of a run of text.
type runStyle struct {
	charStyle    string // a character style id: "Hyperlink", "HTMLCode", or ""
	bold, italic bool
}

// inlines writes n's inline children as runs.
func (d *document) inlines(w *xmlWriter, n ast.Node, st runStyle) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		d.inline(w, c, st)
	}
}

func (d *document) inline(w *xmlWriter, n ast.Node, st runStyle) {
	switch n := n.(type) {
	case *ast.Text:
		v := textValue(n, d.src)
		if end, start, ok := markdown.ContactBreak(n, d.src); ok {
			raw := n.Value(d.src)
			d.run(w, string(unescape(raw[:end], n.IsRaw())), st)
			w.str("<w:r>")
			d.runProps(w, st)
			w.str("<w:br/></w:r>")
			v = unescape(raw[start:], n.IsRaw())
		}
		switch {
		case n.HardLineBreak():
			d.run(w, string(v), st)
			w.str("<w:r><w:rPr>" + d.langProp() + "</w:rPr><w:br/></w:r>")
		case n.SoftLineBreak() && !joinsWide(v, n.NextSibling(), d.src):
			d.run(w, string(v)+" ", st)
		default:
			d.run(w, string(v), st)
		}
	case *ast.String:
		d.run(w, string(n.Value), st)
	case *ast.CodeSpan:
		st.charStyle = "HTMLCode"
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				v := t.Value(d.src)
				if l := len(v); l > 0 && v[l-1] == '\n' {
					v = append(v[:l-1:l-1], ' ')
				}
				d.run(w, string(v), st)
			}
		}
	case *ast.Emphasis:
		if n.Level >= 2 {
			st.bold = true
		} else {
			st.italic = true
		}
		d.inlines(w, n, st)
	case *ast.Link:
		d.link(w, links.Destination(n.Destination), string(n.Title), st, func(st runStyle) { d.inlines(w, n, st) })
	case *ast.AutoLink:
		label := string(n.Label(d.src))
		dest := string(n.URL(d.src))
		if n.AutoLinkType == ast.AutoLinkEmail {
			dest = "mailto:" + dest
		}
		d.link(w, dest, "", st, func(st runStyle) { d.run(w, label, st) })
	case *ast.Image:
		d.inlines(w, n, st) // its alt text
	case *east.TaskCheckBox:
		d.checkBox(w, n.IsChecked)
	case *ast.RawHTML:
		// Raw HTML is never passed through.
	default:
		d.inlines(w, n, st)
	}
}

// link writes a hyperlink when the HTML page would link dest, otherwise only the text.
func (d *document) link(w *xmlWriter, dest, title string, st runStyle, text func(runStyle)) {
	target, ok := html.LinkTarget(d.meta.Website, dest)
	if !ok {
		text(st)
		return
	}
	if target[0] == '#' {
		bookmark, ok := d.anchorOf[target[1:]]
		if !ok {
			text(st)
			return
		}
		w.str(`<w:hyperlink w:anchor="`)
		w.esc(bookmark)
	} else {
		w.str(`<w:hyperlink r:id="`)
		w.str(d.hyperlinkRel(target))
	}
	w.str(`"`)
	if title != "" {
		w.str(` w:tooltip="`)
		w.esc(title)
		w.str(`"`)
	}
	w.str(` w:history="1">`)
	st.charStyle = "Hyperlink"
	text(st)
	w.str("</w:hyperlink>")
}

// run writes text as one run; tabs become tab elements.
func (d *document) run(w *xmlWriter, text string, st runStyle) {
	if text == "" {
		return
	}
	w.str("<w:r>")
	d.runProps(w, st)
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\t' {
			continue
		}
		if i > start {
			w.str(`<w:t xml:space="preserve">`)
			w.esc(text[start:i])
			w.str("</w:t>")
		}
		if i < len(text) {
			w.str("<w:tab/>")
		}
		start = i + 1
	}
	w.str("</w:r>")
}

// runProps writes the run properties: the character style, East Asian font hint, bold and
// italic, and always the language.
func (d *document) runProps(w *xmlWriter, st runStyle) {
	w.str("<w:rPr>")
	if st.charStyle != "" {
		w.str(`<w:rStyle w:val="` + st.charStyle + `"/>`)
	}
	if d.cjk {
		w.str(`<w:rFonts w:hint="eastAsia"/>`)
	}
	if st.bold {
		w.str("<w:b/><w:bCs/>")
	}
	if st.italic {
		w.str("<w:i/><w:iCs/>")
	}
	w.str(d.langProp())
	w.str("</w:rPr>")
}

// langProp is the w:lang element of every run: the document's language, and Chinese for
// East Asian characters (names in Chinese appear in every language's documents).
func (d *document) langProp() string {
	return `<w:lang w:val="` + d.lang + `" w:eastAsia="` + d.eastAsiaLang() + `"/>`
}

func (d *document) eastAsiaLang() string {
	if d.cjk {
		return d.lang
	}
	return "zh-CN"
}

// checkBox writes a check-box content control: Word and LibreOffice let the reader tick it,
// and any reader shows its box character.
func (d *document) checkBox(w *xmlWriter, checked bool) {
	val, box := "0", "☐"
	if checked {
		val, box = "1", "☒"
	}
	w.str("<w:sdt><w:sdtPr>")
	d.symbolProps(w)
	w.str(`<w:id w:val="`)
	w.str(itoa(d.id()))
	w.str(`"/><w14:checkbox><w14:checked w14:val="` + val + `"/>`)
	w.str(`<w14:checkedState w14:val="2612" w14:font="` + symbolFont + `"/>`)
	w.str(`<w14:uncheckedState w14:val="2610" w14:font="` + symbolFont + `"/>`)
	w.str("</w14:checkbox></w:sdtPr><w:sdtContent><w:r>")
	d.symbolProps(w)
	w.str("<w:t>" + box + "</w:t></w:r></w:sdtContent></w:sdt>")
	w.str("<w:r>")
	d.runProps(w, runStyle{})
	w.str("<w:tab/></w:r>")
}

func (d *document) symbolProps(w *xmlWriter) {
	w.str(`<w:rPr><w:rFonts w:ascii="` + symbolFont + `" w:hAnsi="` + symbolFont + `" w:eastAsia="` + symbolFont + `" w:cs="` + symbolFont + `"/>`)
	w.str(d.langProp())
	w.str("</w:rPr>")
}

// textValue is the text of t with Markdown escapes and entities resolved.
func textValue(t *ast.Text, source []byte) []byte {
	return unescape(t.Value(source), t.IsRaw())
}

func unescape(v []byte, raw bool) []byte {
	if raw {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// joinsWide reports whether a line break falls between two East Asian wide characters, where
// it must vanish rather than become a space, as Chinese does not separate words.
func joinsWide(before []byte, next ast.Node, source []byte) bool {
	t, ok := next.(*ast.Text)
	if !ok || len(before) == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRune(before)
	first, _ := utf8.DecodeRune(t.Value(source))
	return typography.IsWide(last) && typography.IsWide(first)
}
