package config

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Branding is the company's look: a logo and an accent colour. Both are optional.
type Branding struct {
	Logo  *Logo
	Color string // "#rrggbb", lower case; "" when absent
}

// Logo is a validated logo image, read from beside the company file.
type Logo struct {
	Path          string // as written in the company file
	Data          []byte // PNG or JPEG bytes, ready to embed (8-bit, non-interlaced for PNG)
	Format        string // "png" or "jpeg"
	Width, Height int    // in pixels
}

// Limits on a logo.
const (
	MaxLogoSize    = 2 << 20 // bytes
	minLogoPixels  = 16      // the shorter side, at least
	maxLogoPixels  = 4096    // the longer side, at most
	maxLogoAspect  = 8.0     // longer side over shorter side
	minContrast    = 4.5     // WCAG AA for body text, against white
	logoSizeAdvice = "a logo of a few hundred pixels saved as PNG is usually well under 100 KiB"
)

func (d *decoder) branding(b *Branding) []field {
	return []field{
		{"logo", false, func(n *yaml.Node, p string) { b.Logo = d.logo(n, p) }},
		{"color", false, func(n *yaml.Node, p string) { b.Color = d.color(n, p) }},
	}
}

// logo reads and checks the logo file named by n, relative to the company file's folder.
func (d *decoder) logo(n *yaml.Node, path string) *Logo {
	rel, ok := d.text(n, path)
	if !ok {
		return nil
	}
	rel = strings.TrimSpace(rel)
	n = resolve(n)
	full := rel
	if !filepath.IsAbs(rel) {
		full = filepath.Join(d.baseDir, filepath.FromSlash(rel))
	}
	bad := func(code, msg, hint string) *Logo { d.add(n, path, code, msg, hint); return nil }
	fi, err := os.Stat(full)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return bad("logo_not_found", fmt.Sprintf("the logo %q does not exist (looked for %s); the path is relative to the company file's folder", rel, full),
			"put the image beside the company file and write only its name, like logo: logo.png")
	case err != nil:
		return bad("logo_unreadable", fmt.Sprintf("cannot read the logo %q: %v", rel, unwrapPathError(err)), "")
	case fi.IsDir():
		return bad("logo_not_file", fmt.Sprintf("the logo %q is a folder; name the image file inside it", rel), "")
	case !fi.Mode().IsRegular():
		return bad("logo_not_file", fmt.Sprintf("the logo %q is not a regular file; name a PNG or JPEG image", rel), "")
	case fi.Size() > MaxLogoSize:
		return bad("logo_too_large", fmt.Sprintf("the logo %q is %.1f MiB; the limit is 2 MiB", rel, float64(fi.Size())/(1<<20)), logoSizeAdvice)
	}
	data, err := readLimited(full, MaxLogoSize)
	if err != nil {
		return bad("logo_unreadable", fmt.Sprintf("cannot read the logo %q: %v", rel, unwrapPathError(err)), "")
	}
	logo, msg := decodeLogo(data)
	if msg != "" {
		return bad("bad_logo", fmt.Sprintf("the logo %q %s", rel, msg), "save the logo as PNG (best for a drawn logo) or JPEG")
	}
	logo.Path = rel
	return logo
}

func readLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = errors.New("the file grew past 2 MiB while it was read")
	}
	return data, err
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// decodeLogo checks that data is a whole PNG or JPEG image of a sensible size. It returns a
// message completing "the logo X …" when it is not.
func decodeLogo(data []byte) (*Logo, string) {
	var format string
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		format = "png"
	case bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}):
		format = "jpeg"
	default:
		return nil, "is not a PNG or JPEG image" + guessFormat(data)
	}
	cfg, err := decodeConfig(format, data)
	if err != nil {
		return nil, fmt.Sprintf("is not a valid %s image (%v)", strings.ToUpper(format), err)
	}
	short, long := min(cfg.Width, cfg.Height), max(cfg.Width, cfg.Height)
	switch {
	case short < minLogoPixels:
		return nil, fmt.Sprintf("is %d×%d pixels; it needs at least %d pixels on each side to print sharply", cfg.Width, cfg.Height, minLogoPixels)
	case long > maxLogoPixels:
		return nil, fmt.Sprintf("is %d×%d pixels; at most %d on the longer side is enough for print", cfg.Width, cfg.Height, maxLogoPixels)
	case float64(long)/float64(short) > maxLogoAspect:
		return nil, fmt.Sprintf("is %d×%d pixels, more than %g times wider than high (or higher than wide); crop it to the logo itself", cfg.Width, cfg.Height, maxLogoAspect)
	}
	// A truncated or corrupt file is refused now, not in a renderer. A PNG that every renderer
	// can embed as it is needs only checking; any other is decoded whole.
	if format == "png" && plainPNG(data) {
		if err := checkPlainPNG(data); err != nil {
			return nil, fmt.Sprintf("is damaged: %v", err)
		}
		return &Logo{Data: data, Format: format, Width: cfg.Width, Height: cfg.Height}, ""
	}
	img, err := decodeImage(format, data)
	if err != nil {
		return nil, fmt.Sprintf("is damaged: %v", err)
	}
	if format == "png" {
		// 16-bit and interlaced PNGs are re-encoded once, so every renderer can embed them.
		flat := image.NewNRGBA(img.Bounds())
		draw.Draw(flat, flat.Bounds(), img, img.Bounds().Min, draw.Src)
		var buf bytes.Buffer
		if err := png.Encode(&buf, flat); err != nil {
			return nil, fmt.Sprintf("cannot be re-encoded: %v", err)
		}
		data = buf.Bytes()
	}
	return &Logo{Data: data, Format: format, Width: cfg.Width, Height: cfg.Height}, ""
}

func decodeConfig(format string, data []byte) (image.Config, error) {
	if format == "png" {
		return png.DecodeConfig(bytes.NewReader(data))
	}
	return jpeg.DecodeConfig(bytes.NewReader(data))
}

func decodeImage(format string, data []byte) (image.Image, error) {
	if format == "png" {
		return png.Decode(bytes.NewReader(data))
	}
	return jpeg.Decode(bytes.NewReader(data))
}

// plainPNG reports whether a PNG is 8-bit (or less) and not interlaced, read from its header.
func plainPNG(data []byte) bool {
	// signature (8), IHDR length and type (8), width (4), height (4), depth, colour type,
	// compression, filter, interlace.
	if len(data) < 29 {
		return false
	}
	return data[24] <= 8 && data[28] == 0
}

func guessFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("GIF8")):
		return " (it is a GIF)"
	case bytes.HasPrefix(data, []byte("RIFF")) && len(data) > 12 && string(data[8:12]) == "WEBP":
		return " (it is a WebP image)"
	case bytes.HasPrefix(data, []byte("%PDF")):
		return " (it is a PDF)"
	case bytes.Contains(data[:min(len(data), 512)], []byte("<svg")):
		return " (it is an SVG drawing)"
	}
	return ""
}

// color checks an accent colour "#rrggbb" and warns when text in it would be hard to read.
func (d *decoder) color(n *yaml.Node, path string) string {
	s, ok := d.text(n, path)
	if !ok {
		return ""
	}
	s = strings.ToLower(strings.TrimSpace(s))
	n = resolve(n)
	r, g, b, ok := ParseHexColor(s)
	if !ok {
		d.add(n, path, "bad_color", fmt.Sprintf("%q is not a colour; write it as # and six hexadecimal digits, like \"#1f6f43\", in quotes", s),
			"a YAML line starting a value with # is a comment: keep the quotes")
		return ""
	}
	if c := Contrast(r, g, b); c < minContrast {
		d.warn(n, path, "low_contrast", fmt.Sprintf("%s on white has a contrast of %.1f:1, below the %.1f:1 that headings and "+
			"links need to be easy to read; choose a darker shade", s, c, minContrast))
	}
	return s
}

// ParseHexColor reads a colour written "#rrggbb" (lowercase or uppercase hex digits); ok is
// false for anything else. The company file's validation and the HTML accent both read
// colours through it.
func ParseHexColor(s string) (r, g, b uint8, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return 0, 0, 0, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return uint8(v >> 16), uint8(v >> 8), uint8(v), true
}

// Contrast is the WCAG 2 contrast ratio of a colour against white.
func Contrast(r, g, b uint8) float64 {
	l := 0.2126*channel(r) + 0.7152*channel(g) + 0.0722*channel(b)
	return 1.05 / (l + 0.05)
}

func channel(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// commentedColor catches `color: #1f6f43` without quotes, which YAML reads as an empty value
// followed by a comment.
func (d *decoder) commentedColor(n *yaml.Node, path string) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value != "color" || !isNull(v) {
			continue
		}
		comment := strings.TrimSpace(k.LineComment + v.LineComment)
		if _, _, _, ok := ParseHexColor(strings.ToLower(strings.Fields(comment + " x")[0])); ok {
			d.add(k, join(path, "color"), "bad_color", fmt.Sprintf("the colour is read as a comment; put it in quotes: color: %q",
				strings.Fields(comment)[0]), "")
		}
	}
}
