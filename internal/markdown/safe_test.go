package markdown

import (
	"errors"
	"testing"
)

func TestCheckSafe(t *testing.T) {
	meta := Meta{Website: "https://acme.example"}
	ok := "# T\n\nb\n\n[site](https://www.acme.example/x) [mail](mailto:a@acme.example) [tel](tel:+48123) [top](#t)\n"
	if err := checkSafe("standards", NewDocument(meta, []byte(ok))); err != nil {
		t.Errorf("safe document refused: %v", err)
	}
	for in, line := range map[string]int{
		"# T\n\nb\n\n![logo](logo.png)\n":                 5,
		"# T\n\nb\n\n<div>x</div>\n":                      5,
		"# T\n\nb\n\ntext <b>bold</b>\n":                  5,
		"# T\n\nb\n\n## A\n\n[hr](https://intra.local)\n": 7,
		"# T\n\nb\n\n<https://evil.example>\n":            5,
		"# T\n\nb\n\n[x](javascript:alert(1))\n":          5,
	} {
		err := checkSafe("standards", NewDocument(meta, []byte(in)))
		var ue *UnsafeError
		if !errors.As(err, &ue) || ue.Line != line || ue.Variant != "standards" {
			t.Errorf("%q: got %v, want an UnsafeError on line %d", in, err, line)
		}
	}
}
