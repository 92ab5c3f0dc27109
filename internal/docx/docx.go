// Package docx renders a policy document as a Word document (Office Open XML), natively from
// its goldmark AST: named styles (Title, Heading 1–3, List Bullet, List Number, a table
// style) so that Word's navigation pane and table of contents work, a table-of-contents
// field, a running header and footer with page fields, the document language on every run,
// core properties, hyperlinks, and the checklist's boxes as check-box content controls.
//
// The package is a small writer of its own over archive/zip: the same document always gives
// the same bytes (fixed part order, fixed zip times, dates from the document, never the
// clock).
package docx

import (
	"errors"
	"fmt"
	"time"

	"github.com/policygen/policygen/internal/markdown"
)

// Options choose how a document is laid out.
type Options struct {
	Paper   string    // "a4" (default) or "letter"
	Created time.Time // creation and modification date; zero: the document's revision date
	Accent  string    // heading and rule colour as six hex digits, e.g. "1F4E79"; "" the default
	Logo    *Image    // shown above the title on the first page; nil: none
}

// Image is a picture to embed, already checked by its owner.
type Image struct {
	Data   []byte
	Format string // "png" or "jpeg"
	Width  int    // in pixels
	Height int    // in pixels
}

// Render renders doc as a .docx file. Safe for concurrent use on different documents; it
// never modifies doc.Root.
func Render(doc *markdown.Document, opts Options) ([]byte, error) {
	if doc == nil || doc.Root == nil {
		return nil, errors.New("render docx: the document has not been parsed")
	}
	pg, err := pageFor(opts.Paper)
	if err != nil {
		return nil, fmt.Errorf("render docx: %w", err)
	}
	accent := defaultAccent
	if opts.Accent != "" {
		if !isHexColour(opts.Accent) {
			return nil, fmt.Errorf("render docx: accent colour %q is not six hex digits", opts.Accent)
		}
		accent = opts.Accent
	}
	if opts.Logo != nil {
		if err := checkImage(opts.Logo); err != nil {
			return nil, fmt.Errorf("render docx: logo: %w", err)
		}
	}
	date := documentDate(doc.Meta.ISODate)
	if !opts.Created.IsZero() {
		date = opts.Created.UTC()
	}

	d := newDocument(doc, pg, accent, opts.Logo)
	d.write()
	return pack(d.parts(date), date)
}

// documentDate is the document's last-revised date, or a fixed date; never the clock.
func documentDate(iso string) time.Time {
	if t, err := time.Parse("2006-01-02", iso); err == nil {
		return t
	}
	return zipEpoch
}

func isHexColour(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func checkImage(img *Image) error {
	if len(img.Data) == 0 {
		return errors.New("no image data")
	}
	if img.Format != "png" && img.Format != "jpeg" {
		return fmt.Errorf("format %q is neither png nor jpeg", img.Format)
	}
	if img.Width <= 0 || img.Height <= 0 {
		return errors.New("no size")
	}
	return nil
}

// page is the paper and the text box on it, in twentieths of a point.
type page struct {
	width, height int
	margin        int
}

func (p page) textWidth() int { return p.width - 2*p.margin }

func pageFor(paper string) (page, error) {
	switch paper {
	case "", "a4":
		return page{width: 11906, height: 16838, margin: 1134}, nil
	case "letter":
		return page{width: 12240, height: 15840, margin: 1080}, nil
	}
	return page{}, fmt.Errorf("unknown paper size %q (a4 or letter)", paper)
}
