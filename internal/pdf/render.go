// Package pdf renders a policy document as a printable PDF, natively from its goldmark AST,
// with embedded subset fonts: DejaVu Sans for Latin scripts and WenQuanYi Micro Hei for
// Chinese, each the per-character fallback of the other.
//
// Rendering runs in three steps: lay out (break text into lines by UAX #14 and turn blocks
// into a flow of items), paginate (place items on pages, keeping headings with what follows
// and repeating table headers), and draw (replay the pages into gofpdf). Only draw.go knows
// gofpdf.
package pdf

import (
	"fmt"
	"time"

	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
)

// Options chooses how a document is printed.
type Options struct {
	Paper   string    // "a4" (default) or "letter"
	Created time.Time // creation and modification date; zero: the document's revision date
	Creator string    // the producing program, e.g. "policygen 1.2.0"; empty: "policygen"
}

// Result is a rendered PDF and what the reader should know about it.
type Result struct {
	PDF      []byte
	Warnings []string
}

// Render renders doc as a PDF. Safe for concurrent use on different documents.
func Render(doc *markdown.Document, opts Options) (Result, error) {
	if doc == nil || doc.Root == nil {
		return Result{}, fmt.Errorf("render pdf: no document")
	}
	pp, _, err := paperFor(opts.Paper)
	if err != nil {
		return Result{}, fmt.Errorf("render pdf: %w", err)
	}
	fonts, err := loadFontSet()
	if err != nil {
		return Result{}, fmt.Errorf("render pdf: %w", err)
	}
	meta := doc.Meta
	lo := newLayouter(doc.Body, fonts, meta.Font == "cjk", pp.textWidth())
	lo.th = themeFor(meta.Accent)
	lo.ts.links = links.NewRule(meta.Website)
	lo.logo = meta.Logo
	lo.ownPage = meta.Labels.OwnPage

	// 1. Lay the body out as a flow of items; a short section stays on one page.
	lo.document(doc.Root)
	keepShortSections(lo.items, pp.textHeight()*shortSection)
	// 2. Lay out the contents: its height depends only on the headings, not on page numbers.
	contents := meta.Labels.Contents
	if contents == "" {
		contents = "Contents"
	}
	var tocPages []page
	if sections(lo.anchors) >= minContents {
		tocPages = paginateIn(lo.arena, lo.tocItems(contents, lo.anchors), lo.th, pp, 2)
	}
	// 3. Paginate the body after the cover and the contents, then fill in the page numbers.
	bodyPages := paginateIn(lo.arena, lo.items, lo.th, pp, 2+len(tocPages))
	pages := append([]page{lo.cover(meta, pp)}, tocPages...)
	pages = append(pages, bodyPages...)
	lo.br.resolveRefs(pages)
	// 4. Frame every page but the cover with the running header and footer.
	lo.frame(pages, meta, pp)

	info := docInfo{
		creator: opts.Creator,
		title:   lo.ts.clean(meta.Title),
		author:  lo.ts.clean(meta.Company),
		subject: lo.ts.clean(meta.Subject),
		date:    docDate(meta.ISODate),
	}
	if !opts.Created.IsZero() {
		info.date = opts.Created.UTC()
	}
	out, err := draw(pages, pp, fonts, info, meta.Logo)
	if err != nil {
		return Result{}, fmt.Errorf("render pdf: %w", err)
	}
	return Result{PDF: out, Warnings: lo.ts.warnList}, nil
}

// minContents is the fewest level-2 sections for which a document gets a contents page: a
// short standard or guideline (two or three pages, up to six sections) reads better
// without a page that lists them; the PDF outline still does.
const minContents = 7

func sections(anchors []*anchor) int {
	n := 0
	for _, a := range anchors {
		if a.level == 2 {
			n++
		}
	}
	return n
}

func newLayouter(src []byte, fonts *fontSet, cjk bool, width float64) *layouter {
	return &layouter{
		th:      defaultTheme,
		br:      &breaker{fonts: fonts, cjk: cjk, cells: newChunks[cluster](512), lineBuf: newChunks[line](256)},
		arena:   newElemArena(),
		spanBuf: newChunks[span](256),
		ts:      newTextSource(src, fonts),
		width:   width,
	}
}

// docDate is the document's date for the PDF's creation and modification dates: its
// last-revised date, or a fixed date, never the clock.
func docDate(iso string) time.Time {
	if t, err := time.Parse("2006-01-02", iso); err == nil {
		return t
	}
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
}
