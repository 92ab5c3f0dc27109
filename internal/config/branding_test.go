package config

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writePNG(t *testing.T, path string, w, h int, depth16, interlace bool) {
	t.Helper()
	var img image.Image
	if depth16 {
		img = image.NewRGBA64(image.Rect(0, 0, w, h))
	} else {
		m := image.NewNRGBA(image.Rect(0, 0, w, h))
		m.Set(0, 0, color.NRGBA{0x1f, 0x6f, 0x43, 0xff})
		img = m
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if interlace {
		data[28] = 1 // claims Adam7: a decoder then reads the data differently
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// loadBranding loads a valid file with a branding section from a folder holding the files.
func loadBranding(t *testing.T, dir, branding string) (*File, Problems, error) {
	t.Helper()
	return Load(filepath.Join(dir, "c.yaml"), []byte(valid+"branding:\n"+branding), Options{})
}

func TestBrandingLogo(t *testing.T) {
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "logo.png"), 200, 100, false, false)
	writePNG(t, filepath.Join(dir, "deep.png"), 64, 64, true, false)
	writePNG(t, filepath.Join(dir, "tiny.png"), 8, 8, false, false)
	writePNG(t, filepath.Join(dir, "strip.png"), 900, 20, false, false)
	var jpg bytes.Buffer
	if err := jpeg.Encode(&jpg, image.NewGray(image.Rect(0, 0, 40, 30)), nil); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"logo.jpg":  jpg.Bytes(),
		"cut.png":   mustRead(t, filepath.Join(dir, "logo.png"))[:60],
		"logo.gif":  []byte("GIF89a\x01\x00\x01\x00"),
		"notes.txt": []byte("not an image"),
		"big.png":   append(mustRead(t, filepath.Join(dir, "logo.png")), make([]byte, MaxLogoSize)...),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.png"), 0o755); err != nil {
		t.Fatal(err)
	}

	f, _, err := loadBranding(t, dir, "  logo: logo.png\n")
	if err != nil {
		t.Fatal(err)
	}
	if l := f.Branding.Logo; l == nil || l.Format != "png" || l.Width != 200 || l.Height != 100 || len(l.Data) == 0 {
		t.Fatalf("logo = %+v", l)
	}
	f, _, err = loadBranding(t, dir, "  logo: logo.jpg\n")
	if err != nil || f.Branding.Logo.Format != "jpeg" {
		t.Fatalf("jpeg logo: %v", err)
	}
	f, _, err = loadBranding(t, dir, "  logo: deep.png\n")
	if err != nil || !plainPNG(f.Branding.Logo.Data) {
		t.Fatalf("a 16-bit PNG is not re-encoded as 8-bit: %v", err)
	}

	bad := []struct{ logo, code, text string }{
		{"missing.png", "logo_not_found", `branding.logo: the logo "missing.png" does not exist`},
		{"folder.png", "logo_not_file", `the logo "folder.png" is a folder`},
		{"big.png", "logo_too_large", `the logo "big.png" is 2.0 MiB; the limit is 2 MiB`},
		{"notes.txt", "bad_logo", `the logo "notes.txt" is not a PNG or JPEG image`},
		{"logo.gif", "bad_logo", `is not a PNG or JPEG image (it is a GIF)`},
		{"cut.png", "bad_logo", `the logo "cut.png" is`},
		{"tiny.png", "bad_logo", `is 8×8 pixels; it needs at least 16 pixels on each side`},
		{"strip.png", "bad_logo", `is 900×20 pixels, more than 8 times wider than high`},
	}
	for _, tc := range bad {
		_, _, err := loadBranding(t, dir, "  logo: "+tc.logo+"\n")
		ps := asProblems(err)
		if len(ps) != 1 || ps[0].Code != tc.code || !strings.Contains(ps[0].String(), tc.text) {
			t.Errorf("%s: got %v, want [%s] …%s…", tc.logo, err, tc.code, tc.text)
			continue
		}
		if ps[0].Line != 9 || ps[0].Col != 9 {
			t.Errorf("%s: at %d:%d, want 9:9", tc.logo, ps[0].Line, ps[0].Col)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestBrandingColor(t *testing.T) {
	dir := t.TempDir()
	f, warnings, err := loadBranding(t, dir, "  color: \"#1F6F43\"\n")
	warnings = brandingOnly(warnings)
	if err != nil || len(warnings) != 0 || f.Branding.Color != "#1f6f43" {
		t.Fatalf("color = %q, warnings %v, err %v", f.Branding.Color, warnings, err)
	}
	// A light colour is a warning, with its place.
	_, warnings, err = loadBranding(t, dir, "  color: \"#9fd3b0\"\n")
	if err != nil {
		t.Fatal(err)
	}
	warnings = brandingOnly(warnings)
	want := `c.yaml:9:10: branding.color: #9fd3b0 on white has a contrast of 1.7:1, below the 4.5:1 that headings and links need to be easy to read; choose a darker shade`
	if len(warnings) != 1 || warnings[0].Code != "low_contrast" || !strings.HasSuffix(warnings[0].String(), want) {
		t.Errorf("warnings = %v\nwant %s", warnings, want)
	}
	for in, text := range map[string]string{
		"  color: green\n":     `c.yaml:9:10: branding.color: "green" is not a colour; write it as # and six hexadecimal digits`,
		"  color: \"#abc\"\n":  `c.yaml:9:10: branding.color: "#abc" is not a colour`,
		"  color: #1f6f43\n":   `c.yaml:9:3: branding.color: the colour is read as a comment; put it in quotes: color: "#1f6f43"`,
		"  colour: \"#000\"\n": `c.yaml:9:3: branding.colour: unknown field "colour"; did you mean "color"?`,
	} {
		_, _, err := loadBranding(t, dir, in)
		ps := asProblems(err)
		if len(ps) != 1 || !strings.HasPrefix(strings.TrimPrefix(ps[0].String(), dir+string(filepath.Separator)), text) {
			t.Errorf("%q: got %v\nwant %s", in, err, text)
		}
	}
}

func TestContrast(t *testing.T) {
	for _, tc := range []struct {
		r, g, b uint8
		want    float64
	}{{0, 0, 0, 21}, {255, 255, 255, 1}, {0x76, 0x76, 0x76, 4.54}} {
		if got := Contrast(tc.r, tc.g, tc.b); got < tc.want-0.01 || got > tc.want+0.01 {
			t.Errorf("Contrast(%d,%d,%d) = %.2f, want %.2f", tc.r, tc.g, tc.b, got, tc.want)
		}
	}
}

// brandingOnly keeps the warnings about branding (the test file's texts are plain strings,
// which warn for themselves).
func brandingOnly(ps Problems) Problems {
	var out Problems
	for _, p := range ps {
		if strings.HasPrefix(p.Field, "branding") {
			out = append(out, p)
		}
	}
	return out
}
