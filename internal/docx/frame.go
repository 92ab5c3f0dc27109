package docx

import (
	"cmp"
	"strings"

	"github.com/policygen/policygen/internal/markdown"
)

// write writes the body: the title block, the table of contents, the text, and the section
// properties that bind the running header and footer.
func (d *document) write() {
	d.titleBlock()
	d.contents()
	d.blocks(d.root, block{})
	d.sectionProps()
}

// titleBlock writes the logo, the title and the byline.
func (d *document) titleBlock() {
	w := &d.body
	if d.logo != nil {
		d.pOpen(w, "Logo", "")
		d.drawing(w)
		w.str("</w:p>")
	}
	d.pOpen(w, "Title", "")
	if d.titleNode != nil && d.meta.Title == "" {
		d.inlines(w, d.titleNode, runStyle{})
	} else {
		d.run(w, d.meta.Title, runStyle{})
	}
	w.str("</w:p>")
	if d.bylineNode != nil {
		d.pOpen(w, "Subtitle", "")
		d.inlines(w, d.bylineNode, runStyle{})
		w.str("</w:p>")
	}
	if d.meta.Website != "" && d.meta.Labels.Website != "" {
		d.pOpen(w, "Subtitle", "")
		d.run(w, markdown.JoinNonEmpty(" ", d.meta.Labels.Website, d.meta.Website), runStyle{})
		w.str("</w:p>")
	}
}

// minContents is the fewest sections for which a document gets a table of contents, as in
// the PDF: a short standard or guideline reads better without one.
const minContents = 7

// contents writes the table of contents on a page of its own after the title page, and
// starts the text on the next page, as in the PDF. It is a TOC field whose result is already
// filled in with one entry per heading, linked to the heading's bookmark, so that it shows
// and works before anyone updates it. The entries carry no page numbers, which only a layout
// can know (LibreOffice shows a field's stored result, and a wrong number is worse than
// none); Word's "Update Table" adds them from the same headings.
func (d *document) contents() {
	sections := 0
	for _, h := range d.headings {
		if h.level == 1 {
			sections++
		}
	}
	if sections < minContents {
		d.pageBreak = len(d.headings) > 0 // the text still starts after the title page
		return
	}
	d.pageBreak = true
	w := &d.body
	label := d.meta.Labels.Contents
	if label == "" {
		label = "Contents"
	}
	d.pOpen(w, "TOCHeading", "")
	d.run(w, label, runStyle{})
	w.str("</w:p>")
	for i, h := range d.headings {
		d.pOpen(w, "TOC"+itoa(h.level), "")
		if i == 0 {
			d.field(w, `TOC \o "1-3" \h \z \u`, "", false)
		}
		w.str(`<w:hyperlink w:anchor="` + h.bookmark + `" w:history="1">`)
		d.run(w, h.text, runStyle{})
		w.str("</w:hyperlink>")
		if i == len(d.headings)-1 {
			d.fieldChar(w, "end")
		}
		w.str("</w:p>")
	}
	d.pageBreak = true
}

// field writes a complex field with instruction instr: its beginning, and when closed also its
// cached result and its end. An open field's result follows in the caller's runs.
func (d *document) field(w *xmlWriter, instr, result string, closed bool) {
	d.fieldChar(w, "begin")
	w.str("<w:r>")
	d.runProps(w, runStyle{})
	w.str(`<w:instrText xml:space="preserve"> `)
	w.esc(instr)
	w.str(" </w:instrText></w:r>")
	d.fieldChar(w, "separate")
	if closed {
		d.run(w, result, runStyle{})
		d.fieldChar(w, "end")
	}
}

func (d *document) fieldChar(w *xmlWriter, kind string) {
	w.str("<w:r>")
	d.runProps(w, runStyle{})
	w.str(`<w:fldChar w:fldCharType="` + kind + `"/></w:r>`)
}

// sectionProps writes the page size and margins and binds the header and footer, which every
// page but a title page of its own carries, as in the PDF.
func (d *document) sectionProps() {
	w := &d.body
	pg := d.page
	w.str(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>`)
	w.str(`<w:pgSz w:w="` + itoa(pg.width) + `" w:h="` + itoa(pg.height) + `"/>`)
	w.str(`<w:pgMar w:top="1418" w:right="` + itoa(pg.margin) + `" w:bottom="1418" w:left="` + itoa(pg.margin) + `" w:header="567" w:footer="567" w:gutter="0"/>`)
	w.str(`<w:cols w:space="708"/>`)
	if len(d.headings) > 0 {
		w.str("<w:titlePg/>") // the title page has the page to itself: no header or footer
	}
	w.str(`<w:docGrid w:linePitch="360"/></w:sectPr>`)
}

// header is word/header1.xml: company and title at the left, the version at the right.
func (d *document) header() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<w:hdr ` + partNamespaces + `><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`)
	d.run(&w, markdown.JoinNonEmpty(d.meta.Sep(), d.meta.Company, d.title()), runStyle{})
	if d.meta.Version != "" {
		d.run(&w, "\t"+markdown.JoinNonEmpty(" ", d.meta.Labels.Version, d.meta.Version), runStyle{})
	}
	w.str("</w:p></w:hdr>")
	return w.Bytes()
}

// footer is word/footer1.xml: the last-revised date at the left, "page X of Y" at the right
// in the locale's words, with PAGE and NUMPAGES fields for the numbers.
func (d *document) footer() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<w:ftr ` + partNamespaces + `><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`)
	if d.meta.Date != "" {
		d.run(&w, markdown.JoinNonEmpty(" ", d.meta.Labels.LastRevised, cmp.Or(d.meta.DateText, d.meta.Date)), runStyle{})
	}
	d.run(&w, "\t", runStyle{})
	pageOf := d.meta.Labels.PageOf
	if !strings.Contains(pageOf, "{page}") {
		pageOf = "{page} / {pages}"
	}
	for pageOf != "" {
		i := strings.Index(pageOf, "{page")
		if i < 0 {
			d.run(&w, pageOf, runStyle{})
			break
		}
		d.run(&w, pageOf[:i], runStyle{})
		rest := pageOf[i:]
		switch {
		case strings.HasPrefix(rest, "{pages}"):
			d.field(&w, "NUMPAGES", "1", true)
			pageOf = rest[len("{pages}"):]
		case strings.HasPrefix(rest, "{page}"):
			d.field(&w, "PAGE", "1", true)
			pageOf = rest[len("{page}"):]
		default:
			d.run(&w, "{page", runStyle{})
			pageOf = rest[len("{page"):]
		}
	}
	w.str("</w:p></w:ftr>")
	return w.Bytes()
}

// title is the document title from Meta, or from the body's leading H1 when Meta has none.
func (d *document) title() string {
	if d.meta.Title != "" || d.titleNode == nil {
		return d.meta.Title
	}
	return plainText(d.titleNode, d.src)
}
