package pdf

import "strings"

// theme is the typography and colour of a document. Sizes are in points.
type theme struct {
	body, small, table, footer float64 // font sizes
	heading                    [5]float64
	leading                    float64 // line height as a multiple of the font size
	accent, text, muted, rule  rgb
	headerFill, zebraFill      rgb
	quoteBar                   rgb
}

var defaultTheme = theme{
	body:       10.5,
	small:      9,
	table:      9.5,
	footer:     8,
	heading:    [5]float64{0, 26, 16, 12.5, 11},
	leading:    1.45,
	accent:     rgb{0x1F, 0x4E, 0x79},
	text:       rgb{0x22, 0x22, 0x22},
	muted:      rgb{0x6B, 0x72, 0x7A},
	rule:       rgb{0xC5, 0xCD, 0xD6},
	headerFill: rgb{0xE4, 0xEC, 0xF4},
	zebraFill:  rgb{0xF6, 0xF8, 0xFA},
	quoteBar:   rgb{0x9F, 0xB6, 0xCD},
}

// paper is the page size and the text box on it, in points.
type paper struct {
	width, height            float64
	left, right, top, bottom float64 // margins
}

func paperFor(name string) (paper, string, error) {
	switch strings.ToLower(name) {
	case "", "a4":
		return paper{width: 595.28, height: 841.89, left: 66, right: 66, top: 82, bottom: 76}, "A4", nil
	case "letter":
		return paper{width: 612, height: 792, left: 72, right: 72, top: 78, bottom: 72}, "Letter", nil
	}
	return paper{}, "", errUnknownPaper(name)
}

func (p paper) textWidth() float64  { return p.width - p.left - p.right }
func (p paper) textHeight() float64 { return p.height - p.top - p.bottom }

type errUnknownPaper string

func (e errUnknownPaper) Error() string {
	return "unknown paper size " + quote(string(e)) + ": use a4 or letter"
}

func quote(s string) string { return "\"" + s + "\"" }
