package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/model"
)

// render executes variant's template for doc into w; Render runs it under a watchdog.
func (t *Templates) render(variant string, doc *model.Document, lz *i18n.Localizer, w *boundedWriter) (*Document, error) {
	tmpl := t.set.Lookup(variant)
	if tmpl == nil {
		return nil, fmt.Errorf("no template for variant %q", variant)
	}
	set, err := t.set.Clone()
	if err != nil {
		return nil, err
	}
	var m mentions
	set.Funcs(withSections(funcsCounting(lz, doc, &m), doc, variant))
	if err := set.ExecuteTemplate(w, variant, doc); err != nil {
		if errors.Is(err, errTooLarge) || errors.Is(err, errStopped) {
			return nil, err
		}
		return nil, fmt.Errorf("template %s: %w", t.file(variant), err)
	}
	md := m.resolve(w.buf.Bytes())
	meta, err := documentMeta(variant, doc, lz)
	if err != nil {
		return nil, err
	}
	body, root := typesetTree(Tidy(md), lz.Typography())
	out := &Document{Meta: meta, Body: body, Root: root}
	if err := checkSafe(variant, out); err != nil {
		return nil, err
	}
	return out, nil
}

func documentMeta(variant string, doc *model.Document, lz *i18n.Localizer) (Meta, error) {
	var firstErr error
	msg := func(id string, data map[string]any) string {
		s, err := lz.Message(id, data)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return s
	}
	date, err := lz.Date(doc.Latest.Date)
	if err != nil {
		return Meta{}, err
	}
	dateText, err := lz.DateInText(doc.Latest.Date)
	if err != nil {
		return Meta{}, err
	}
	m := Meta{
		Lang:      lz.Tag(),
		BCP47:     lz.Meta("tag"),
		Font:      lz.Meta("font"),
		Language:  lz.Meta("name"),
		Company:   string(doc.Company.Name),
		Title:     lz.Typography().Text(msg(variant+".title", nil)),
		Variant:   variant,
		Version:   string(doc.Latest.Version),
		Date:      date,
		DateText:  dateText,
		ISODate:   doc.Latest.Date.String(),
		Website:   string(doc.Company.Website),
		Separator: lz.Typography().Separator,
		Labels: Labels{
			Contents:    msg("frame.contents", nil),
			Version:     msg("frame.version", nil),
			LastRevised: lastRevised(doc, msg),
			Website:     strings.TrimRight(msg("handbook.cover.website", nil), ":： "),
			PageOf:      msg("frame.page_of", map[string]any{"Page": "{page}", "Pages": "{pages}"}),
		},
	}
	if variant == "handbook" {
		m.Labels.OwnPage = msg("handbook.ack.heading", nil)
	}
	m.Subject = m.Title + " — " + m.Company
	if l := doc.Branding.Logo; l != nil {
		m.Logo = &Image{Data: l.Data, Format: l.Format, Width: l.Width, Height: l.Height}
	}
	m.Accent = doc.Branding.Color
	return m, firstErr
}

// Tidy removes the blank lines and trailing spaces that template conditionals leave behind:
// no line ends in spaces, no more than one blank line in a row, one newline at the end.
func Tidy(src []byte) []byte {
	lines := bytes.Split(src, []byte("\n"))
	out := make([]byte, 0, len(src))
	blank := true // drop blank lines at the start
	for _, line := range lines {
		line = bytes.TrimRight(line, " \t\r")
		if len(line) == 0 {
			if !blank {
				out = append(out, '\n')
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, line...)
		out = append(out, '\n')
	}
	return append(bytes.TrimRight(out, "\n"), '\n')
}

// lastRevised is the frame's label for the document date: a first edition was issued, not
// revised.
func lastRevised(doc *model.Document, msg func(string, map[string]any) string) string {
	if len(doc.Revisions) > 1 {
		return msg("frame.last_revised", nil)
	}
	return msg("frame.issued", nil)
}
