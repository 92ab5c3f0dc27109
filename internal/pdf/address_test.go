package pdf

import (
	"strings"
	"testing"
)

// TestAddressBreaksBeforeNotInside: an e-mail address that fits the width goes whole to the
// next line after its label; one wider than the width breaks after "@" only.
func TestAddressBreaksBeforeNotInside(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	lo := newLayouter(nil, fs, false, 400)
	st := textStyle{size: 9.5}
	mail := st
	mail.link = "mailto:petra.svobodova@horskakola.example"
	spans := []span{{text: "tel.\u00a0+420\u00a0601\u00a0234\u00a0568; e-mail: ", style: st}, {text: "petra.svobodova@horskakola.example", style: mail}}
	addr := lo.breakLines([]span{{text: "petra.svobodova@horskakola.example", style: mail}}, 1e9)[0].width
	for _, width := range []float64{addr + 0.5, addr + 40, addr + 90} {
		ls := lo.breakLines(spans, width)
		found := false
		for _, l := range ls {
			found = found || strings.TrimSpace(l.text()) == "petra.svobodova@horskakola.example" ||
				strings.HasSuffix(l.text(), "e-mail: petra.svobodova@horskakola.example")
		}
		if !found {
			t.Errorf("width %.0f: address broken: %q", width, texts(ls))
		}
	}
	ls := lo.breakLines(spans, addr-10)
	if got := texts(ls); !strings.Contains(strings.Join(got, "|"), "petra.svobodova@|horskakola.example") {
		t.Errorf("narrow: want a break after @ only, got %q", got)
	}
}

// TestContactsOnSeparateLines: in a table cell, the e-mail after a phone number starts a line.
func TestContactsOnSeparateLines(t *testing.T) {
	tel := textStyle{link: "tel:+420601234568"}
	mail := textStyle{link: "mailto:a@b.example"}
	for _, sep := range []string{"; e-mail: ", "；邮箱："} {
		got := contactLines([]span{{text: "tel. "}, {text: "+420 601 234 568", style: tel}, {text: sep}, {text: "a@b.example", style: mail}})
		var b strings.Builder
		for _, s := range got {
			b.WriteString(s.text)
		}
		want := "tel. +420 601 234 568" + strings.TrimRight(sep[:strings.IndexAny(sep, "e邮")], " ") + "\n" + sep[strings.IndexAny(sep, "e邮"):] + "a@b.example"
		if b.String() != want {
			t.Errorf("got %q, want %q", b.String(), want)
		}
	}
}

func texts(ls []line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.text())
	}
	return out
}

// TestPreferredMarkerStaysWithItsContact: the "(preferred)" marker after a phone number ends
// that number's line in the cell; the line break falls after the separator that follows it,
// never before the marker, so it cannot read as marking the e-mail below.
func TestPreferredMarkerStaysWithItsContact(t *testing.T) {
	tel := textStyle{link: "tel:+48612223346"}
	mail := textStyle{link: "mailto:a@b.example"}
	for sep, want := range map[string]string{
		"\u00a0(preferred); e-mail: ":  "phone: +48 61 222 33 46\u00a0(preferred);\ne-mail: a@b.example",
		"\u00a0(přednostně); e-mail: ": "phone: +48 61 222 33 46\u00a0(přednostně);\ne-mail: a@b.example",
		"（首选）；电子邮件：":                   "phone: +48 61 222 33 46（首选）；\n电子邮件：a@b.example",
	} {
		got := contactLines([]span{{text: "phone: "}, {text: "+48 61 222 33 46", style: tel}, {text: sep}, {text: "a@b.example", style: mail}})
		var b strings.Builder
		for _, s := range got {
			b.WriteString(s.text)
		}
		if b.String() != want {
			t.Errorf("got %q, want %q", b.String(), want)
		}
	}
}
