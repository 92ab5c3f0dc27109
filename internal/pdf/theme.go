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

// themeFor is the default theme in the company's colour ("#rrggbb"; "" keeps the default):
// headings, rules under table headers and the cover bar take it, and the table header fill
// and quote bar are tints of it.
func themeFor(accent string) theme {
	th := defaultTheme
	c, ok := parseColor(accent)
	if !ok {
		return th
	}
	th.accent = c
	th.headerFill = tint(c, 0.86)
	th.quoteBar = tint(c, 0.5)
	return th
}

func parseColor(s string) (rgb, bool) {
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, false
	}
	var v [3]uint8
	for i := range v {
		hi, ok1 := hexDigit(s[1+2*i])
		lo, ok2 := hexDigit(s[2+2*i])
		if !ok1 || !ok2 {
			return rgb{}, false
		}
		v[i] = hi<<4 | lo
	}
	return rgb{v[0], v[1], v[2]}, true
}

func hexDigit(c byte) (uint8, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// tint mixes c with white: f = 0 is c, f = 1 is white.
func tint(c rgb, f float64) rgb {
	mix := func(v uint8) uint8 { return uint8(float64(v) + (255-float64(v))*f + 0.5) }
	return rgb{mix(c.r), mix(c.g), mix(c.b)}
}
