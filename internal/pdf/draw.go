package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/typography"
)

// docInfo is the PDF's metadata.
type docInfo struct {
	title, author, subject string
	creator                string
	date                   time.Time
}

// painter replays laid-out pages into gofpdf, setting state only when it changes.
type painter struct {
	pdf     *gofpdf.Fpdf
	font    face
	size    float64
	fontSet bool
	text    rgb
	textSet bool
	levels  int // outline level of the last bookmark, for clamping
	anyFace face
	logo    string          // name of the registered logo, "" when there is none
	goTo    map[*anchor]int // internal link ids, one per heading linked to
}

// draw writes pages as a PDF.
func draw(pages []page, pp paper, fonts *fontSet, info docInfo, logo *markdown.Image) (out []byte, err error) {
	// gofpdf panics on some input it should reject; no input may crash the program.
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("write pdf: %v", r)
		}
	}()
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "pt",
		Size:           gofpdf.SizeType{Wd: pp.width, Ht: pp.height},
	})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(info.date)
	pdf.SetModificationDate(info.date)
	pdf.SetCompression(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(info.title, true)
	pdf.SetAuthor(info.author, true)
	pdf.SetSubject(info.subject, true)
	creator := info.creator
	if creator == "" {
		creator = "policygen"
	}
	pdf.SetCreator(creator, true)
	pdf.SetProducer("policygen", true)

	used := usedRunes(pages)
	p := &painter{pdf: pdf, levels: -1}
	outlineOnly := used[faceSans].len() == 0
	if outlineOnly { // outline titles need a UTF-8 font even on a blank document
		used[faceSans] = new(runeSet)
		used[faceSans].add(' ')
	}
	registered := false
	var files [numFaces]*[]byte // the subsets' font files, reused once the PDF is written
	for f := range numFaces {
		if used[f].len() == 0 {
			continue
		}
		ff := fontFiles[f]
		file, _ := subsetFiles[f].Get().(*[]byte)
		if file == nil {
			file = new([]byte)
		}
		files[f] = file
		if err := embedFont(pdf, f, used[f], fonts.m[f], file, outlineOnly && f == faceSans); err != nil {
			return nil, fmt.Errorf("embed font %s%s: %w", ff.family, ff.style, err)
		}
		if !registered {
			p.anyFace, registered = f, true
		}
	}
	if logo != nil {
		p.logo = registerLogo(pdf, logo)
		if err := pdf.Error(); err != nil {
			return nil, fmt.Errorf("embed logo: %w", err)
		}
	}
	for _, pg := range pages {
		pdf.AddPage()
		p.fontSet = false
		p.textSet = false
		for _, a := range pg.anchors {
			p.bookmark(a)
		}
		for _, e := range pg.elems {
			p.element(e)
		}
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("draw: %w", err)
	}
	out, err = pdf.OutputBytes()
	if err != nil {
		return nil, fmt.Errorf("write pdf: %w", err)
	}
	for f, file := range files { // the PDF holds them compressed: gofpdf is done with them
		if file != nil {
			subsetFiles[f].Put(file)
		}
	}
	return out, nil
}

// subsetFiles holds the buffers each face's subsets are written into, for later documents:
// a Chinese subset is about 150 KB, garbage as soon as the PDF is written.
var subsetFiles [numFaces]sync.Pool

// embedFont adds face f to the document, cut down to runes. gofpdf is given the subset's
// characters and the face's metrics, so it embeds the font without parsing it again. The
// font file is written into *file when it has room, and *file set to it.
//
// Every character of runes is drawn with Text (run.drawn), unless undrawn says none is: the
// face is only there for the outline's titles.
func embedFont(pdf *gofpdf.Fpdf, f face, runes *runeSet, m *metrics, file *[]byte, undrawn bool) error {
	ff := fontFiles[f]
	fm, err := faceDescriptors[f]()
	if err != nil {
		return err
	}
	sub, cmap, err := subsetFont(ff.ttf(), runes, m.glyphID, *file)
	if err != nil {
		return err
	}
	*file = sub
	chars := make([]gofpdf.PrecutChar, len(cmap))
	for i, e := range cmap {
		chars[i] = gofpdf.PrecutChar{Char: e.r, Glyph: e.g, Advance: e.adv, Undrawn: undrawn}
	}
	pdf.AddUTF8FontPrecut(ff.family, ff.style, sub, fm, chars)
	pdf.SetFont(ff.family, ff.style, 10)
	return pdf.Error()
}

// faceDescriptors reads what the PDF's font descriptor says of each face, and the widths
// of all its characters, once per process: a subset keeps the tables they come from.
var faceDescriptors = func() [numFaces]func() (gofpdf.UTF8FontMetrics, error) {
	var fns [numFaces]func() (gofpdf.UTF8FontMetrics, error)
	for i := range fns {
		fns[i] = sync.OnceValues(func() (gofpdf.UTF8FontMetrics, error) { return pdfMetrics(face(i)) })
	}
	return fns
}()

func pdfMetrics(f face) (gofpdf.UTF8FontMetrics, error) {
	ttf := fontFiles[f].ttf()
	fm, err := gofpdf.ReadUTF8FontMetrics(ttf)
	if err != nil {
		return fm, err
	}
	m, err := faceMetrics[f]()
	if err != nil {
		return fm, err
	}
	tables, err := tableDirectory(ttf)
	if err != nil {
		return fm, err
	}
	hmtx, numMetrics := tables["hmtx"], int(binary.BigEndian.Uint16(tables["hhea"][34:])) // checked by loadMetrics
	var chars []gofpdf.PrecutChar
	for r, g := range m.glyph {
		if g != 0 {
			// A glyph past the long metrics has the last one's advance, as in the subset.
			adv := binary.BigEndian.Uint16(hmtx[4*min(int(g), numMetrics-1):])
			chars = append(chars, gofpdf.PrecutChar{Char: rune(r), Glyph: g, Advance: adv})
		}
	}
	return fm.WithCharWidths(chars), nil
}

// registerLogo adds the logo to the document once, under a fixed name, and returns the name.
func registerLogo(pdf *gofpdf.Fpdf, logo *markdown.Image) string {
	typ := "PNG"
	if logo.Format == "jpeg" {
		typ = "JPG"
	}
	const name = "logo"
	pdf.RegisterImageOptionsReader(name, gofpdf.ImageOptions{ImageType: typ}, bytes.NewReader(logo.Data))
	return name
}

// usedRunes lists the characters drawn in each face; nil for a face nothing is drawn in.
// drawn is the text of r as it is drawn: a word joiner has done its work in line breaking and
// is left out, so copied or searched text does not carry it, and no font needs it.
func (r run) drawn() string { return strings.ReplaceAll(r.text, typography.WordJoiner, "") }

func usedRunes(pages []page) [numFaces]*runeSet {
	var used [numFaces]*runeSet
	for _, pg := range pages {
		for _, e := range pg.elems {
			if e.kind != elemText {
				continue
			}
			set := used[e.run.face]
			if set == nil {
				set = new(runeSet)
				used[e.run.face] = set
			}
			for _, r := range e.run.drawn() {
				set.add(r)
			}
		}
	}
	return used
}

// runeSet is a set of BMP characters, the only ones the fonts have.
type runeSet struct {
	bits [1 << 16 / 64]uint64
	n    int
}

// add puts r into the set; a rune beyond the BMP is left out.
func (s *runeSet) add(r rune) {
	if r < 0 || r >= 1<<16 {
		return
	}
	w, b := r>>6, uint64(1)<<(r&63)
	if s.bits[w]&b == 0 {
		s.bits[w] |= b
		s.n++
	}
}

// len is the number of runes in s; a nil set is empty.
func (s *runeSet) len() int {
	if s == nil {
		return 0
	}
	return s.n
}

// each calls fn with every rune of s in increasing order.
func (s *runeSet) each(fn func(rune)) {
	for i, w := range s.bits {
		for w != 0 {
			fn(rune(i<<6 | bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
}

func (p *painter) setFont(f face, size float64) {
	if p.fontSet && p.font == f && p.size == size {
		return
	}
	ff := fontFiles[f]
	p.pdf.SetFont(ff.family, ff.style, size)
	p.font, p.size, p.fontSet = f, size, true
}

// bookmark adds an outline entry; gofpdf needs a UTF-8 font selected to encode the title.
func (p *painter) bookmark(a *anchor) {
	level := a.level - 1
	if level > p.levels+1 {
		level = p.levels + 1
	}
	p.levels = level
	p.setFont(p.anyFace, 10)
	p.pdf.Bookmark(a.title, level, a.y)
}

func (p *painter) element(e element) {
	pdf := p.pdf
	switch e.kind {
	case elemText:
		r := e.run
		p.setFont(r.face, r.style.size)
		c := r.style.color
		if !p.textSet || p.text != c { // the text colour is state, written with each Text
			pdf.SetTextColor(int(c.r), int(c.g), int(c.b))
			p.text, p.textSet = c, true
		}
		fake := r.style.bold && r.face == faceCJK
		if fake {
			pdf.SetDrawColor(int(c.r), int(c.g), int(c.b))
			pdf.SetLineWidth(r.style.size * 0.04)
			pdf.SetTextRenderingMode(2)
		}
		pdf.Text(e.x, e.y, r.drawn())
		if fake {
			pdf.SetTextRenderingMode(0)
		}
		if r.style.link != "" {
			pdf.LinkString(e.x, e.y-r.style.size*0.85, e.w, r.style.size*1.1, r.style.link)
		}
	case elemFill:
		if e.w <= 0 || e.h <= 0 {
			return
		}
		pdf.SetFillColor(int(e.color.r), int(e.color.g), int(e.color.b))
		pdf.Rect(e.x, e.y, e.w, e.h, "F")
	case elemLine:
		if e.dots && e.w <= 2 {
			return
		}
		pdf.SetDrawColor(int(e.color.r), int(e.color.g), int(e.color.b))
		pdf.SetLineWidth(e.lineW)
		if e.dots {
			pdf.SetLineCapStyle("round")
			pdf.SetDashPattern([]float64{0, 3}, 0)
		}
		pdf.Line(e.x, e.y, e.x+e.w, e.y+e.h)
		if e.dots {
			pdf.SetDashPattern(nil, 0)
			pdf.SetLineCapStyle("butt")
		}
	case elemBox:
		pdf.SetDrawColor(int(e.color.r), int(e.color.g), int(e.color.b))
		pdf.SetLineWidth(e.lineW)
		pdf.Rect(e.x, e.y, e.w, e.h, "D")
	case elemImage:
		if p.logo != "" {
			pdf.ImageOptions(p.logo, e.x, e.y, e.w, e.h, false, gofpdf.ImageOptions{}, 0, "")
		}
	case elemGoTo:
		if e.ref == nil || e.ref.page < 1 {
			return
		}
		if p.goTo == nil {
			p.goTo = map[*anchor]int{}
		}
		id, ok := p.goTo[e.ref]
		if !ok {
			id = pdf.AddLink()
			pdf.SetLink(id, e.ref.y, e.ref.page)
			p.goTo[e.ref] = id
		}
		pdf.Link(e.x, e.y, e.w, e.h, id)
	}
}
