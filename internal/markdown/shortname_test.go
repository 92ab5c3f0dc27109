package markdown_test

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/model"
)

// The company's full name is defined once, at its first mention in the body, in each
// language's legal style, and the short form follows; the byline and the acknowledgement
// keep the full name.
func TestShortNameDefinedAtFirstMention(t *testing.T) {
	cat, tmpls := shared(t)
	for _, tc := range []struct {
		lang, name, short, defined, after string
	}{
		{"pl", "Acme Sp. z o.o.", "", "Acme Sp. z o.o. (dalej: „Acme”)", "Acme stawia"},
		{"cs", "Acme s.r.o.", "", "Acme s.r.o. (dále jen „Acme“)", "Společnost Acme staví"},
		{"fi", "Acme Oy", "", "Acme Oy (jäljempänä ”Acme”)", "Acme asettaa"},
		// Chinese refers to the company by the locale's common noun (common.company.short_form)
		// unless the company file sets a short name, even for a name without a legal form.
		{"zh", "Acme Ltd", "", "Acme Ltd（以下简称“本公司”）", "本公司始终以顾客为中心"},
		{"zh", "Acme", "", "Acme（以下简称“本公司”）", "本公司始终以顾客为中心"},
		{"zh", "Acme Ltd", "ACME", "Acme Ltd（以下简称“ACME”）", "ACME始终以顾客为中心"},
		{"en", "Acme Ltd", "", "Acme Ltd (“Acme”)", "Acme puts its customers"},
		{"en", "Acme Ltd", "ACME", "Acme Ltd (“ACME”)", "ACME puts its customers"},
	} {
		f := loadCompany(t, "../../examples/minimal.yaml")
		f.Company.Name, f.Company.ShortName = tc.name, tc.short
		doc, _ := model.New(f, tc.lang)
		lz, _ := cat.Localizer(tc.lang)
		out, err := tmpls.Render("handbook", doc, lz)
		if err != nil {
			t.Fatal(err)
		}
		body := strings.ReplaceAll(string(out.Body), "\u00a0", " ")
		if strings.Count(body, tc.defined) != 1 {
			t.Errorf("%s %q: the definition %q appears %d times, want once:\n%s", tc.lang, tc.name, tc.defined, strings.Count(body, tc.defined), body)
		}
		if i, j := strings.Index(body, tc.defined), strings.Index(body, tc.after); j < 0 || j < i {
			t.Errorf("%s: the short form %q does not follow the definition", tc.lang, tc.after)
		}
		if lines := strings.Split(body, "\n"); !strings.HasPrefix(lines[2], tc.name+" ") && !strings.HasPrefix(lines[2], tc.name+"｜") {
			t.Errorf("%s: the byline lacks the full name: %q", tc.lang, lines[2])
		}
	}
	// A name without a known legal form is used whole, never defined.
	f := loadCompany(t, "../../examples/minimal.yaml")
	f.Company.Name = "Zielony Koszyk"
	doc, _ := model.New(f, "pl")
	lz, _ := cat.Localizer("pl")
	out, _ := tmpls.Render("handbook", doc, lz)
	if strings.Contains(string(out.Body), "dalej:") {
		t.Errorf("a name without a legal form got a short form:\n%s", out.Body)
	}
}

// A document whose text names the company once (the standards) uses the short form there,
// since its byline has just given the full name; a language whose short form is a common
// noun (Chinese 本公司) keeps the name there, beside the noun its sentence already has.
func TestLoneMentionUsesTheShortForm(t *testing.T) {
	cat, tmpls := shared(t)
	for _, tc := range []struct{ lang, want, not string }{
		{"en", "\nAcme specialises in", "Acme Ltd specialises"},
		{"pl", "\nAcme to specjalista", "Acme Ltd to"},
		{"zh", "\n本公司（Acme Ltd）主营", "本公司（本公司）"},
	} {
		f := loadCompany(t, "../../examples/complete.yaml")
		f.Company.Name = "Acme Ltd"
		doc, _ := model.New(f, tc.lang)
		lz, _ := cat.Localizer(tc.lang)
		out, err := tmpls.Render("standards", doc, lz)
		if err != nil {
			t.Fatal(err)
		}
		body := strings.ReplaceAll(string(out.Body), "\u00a0", " ")
		if !strings.Contains(body, tc.want) || strings.Contains(body, tc.not) {
			t.Errorf("%s: want %q and no %q in:\n%s", tc.lang, tc.want, tc.not, body)
		}
	}
}
