package html

import (
	"encoding/base64"
	"fmt"
	"strconv"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/markdown"
)

// logo writes the company logo as an image inside the page (a data: URI: the page stays one
// self-contained file). Its alt text is empty: the company name follows it as text.
func (p *page) logo(img *markdown.Image) {
	if img == nil || len(img.Data) == 0 {
		return
	}
	mime := "image/png"
	if img.Format == "jpeg" {
		mime = "image/jpeg"
	}
	p.str("<img class=\"logo\" alt=\"\" width=\"" + strconv.Itoa(img.Width) + "\" height=\"" + strconv.Itoa(img.Height) + "\" src=\"data:")
	p.str(mime)
	p.str(";base64,")
	enc := base64.NewEncoder(base64.StdEncoding, p.w)
	_, _ = enc.Write(img.Data)
	_ = enc.Close()
	p.str("\">\n")
}

// accentStyle overrides the stylesheet's accent with the company colour "#rrggbb": as it is
// on light pages and in print, a lighter tint of it on dark pages.
func accentStyle(accent string) string {
	r, g, b, ok := config.ParseHexColor(accent)
	if !ok {
		return ""
	}
	return fmt.Sprintf(":root { --accent: %s; --accent-soft: %s; }\n"+
		"@media (prefers-color-scheme: dark) { :root { --accent: %s; --accent-soft: %s; } }\n"+
		"@media print { :root { --accent: %s; --accent-soft: #fff; } }\n",
		accent, tint(r, g, b, 0.92), tint(r, g, b, 0.5), shade(r, g, b, 0.75), accent)
}

// tint mixes the colour with white (f = 1 is white); shade mixes it with black.
func tint(r, g, b uint8, f float64) string {
	mix := func(v uint8) uint8 { return uint8(float64(v) + (255-float64(v))*f + 0.5) }
	return fmt.Sprintf("#%02x%02x%02x", mix(r), mix(g), mix(b))
}

func shade(r, g, b uint8, f float64) string {
	mix := func(v uint8) uint8 { return uint8(float64(v)*(1-f) + 0.5) }
	return fmt.Sprintf("#%02x%02x%02x", mix(r), mix(g), mix(b))
}
