package build

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/internal/testtool"
	"github.com/policygen/policygen/internal/typography"
)

// TestTypographyInEveryFormat builds the handbook of the complete example in each language
// and finds the language's typography in the Markdown, the HTML and the PDF's text: no-break
// spaces after one-letter words, inside the legal form, dates and phone numbers; the
// language's quotation marks and dash; Chinese without spaces after full-width colons.
func TestTypographyInEveryFormat(t *testing.T) {
	const nb = "\u00a0"
	in := inputs(t, "../../examples/complete.yaml", nil)
	for _, tc := range []struct {
		lang string
		want []string // in the Markdown and the HTML, exactly
		pdf  []string // in the PDF's text, spaces normalised
	}{
		{"pl", []string{"w" + nb + "spółce", "Zielony Koszyk" + nb + "Sp." + nb + "z" + nb + "o.o.", "1" + nb + "marca" + nb + "2025" + nb + "r.", "+48" + nb + "12" + nb + "345" + nb + "67" + nb + "89", "(dalej: „Zielony Koszyk”)", "**Klient**" + nb + "– ", "w" + nb + "ciągu 24" + nb + "godzin"},
			// The footer reads as a phrase and takes the running-text date ("r."), the cover's
			// version block the table form.
			[]string{"1 marca 2025 r.", "Ostatnia aktualizacja 20 listopada 2026 r. Strona 2", "(dalej: „Zielony Koszyk”)", "Klient – każdy"}},
		{"cs", []string{"s" + nb + "našimi", "20." + nb + "listopadu" + nb + "2026", "(dále jen „Zielony Koszyk“)", "**Zákazník**" + nb + "– ", "do 3." + nb + "zazvonění"},
			[]string{"(dále jen „Zielony Koszyk“)", "Zákazník – kdokoli"}},
		{"fi", []string{"20." + nb + "marraskuuta" + nb + "2026", "(jäljempänä ”Zielony Koszyk”)", "**Asiakas**" + nb + "– ", "24" + nb + "tunnin kuluessa", "viiden työpäivän kuluessa"},
			[]string{"(jäljempänä ”Zielony Koszyk”)"}},
		{"zh", []string{"**顾客**：", "（以下简称“本公司”）", "**批准人**：", "**政策负责人**：", "每小时"},
			[]string{"（以下简称“本公司”）", "顾客：指购买或咨询"}},
		{"en", []string{"Zielony Koszyk" + nb + "Sp." + nb + "z" + nb + "o.o. (“Zielony Koszyk”)", "**Customer**" + nb + "– ", "8:00–\u206018:00", "customer’s"},
			[]string{"(“Zielony Koszyk”)", "Customer – anyone", "customer’s", "8:00–18:00"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			lz, err := in.Catalog.Localizer(tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			m, _ := model.New(in.File, tc.lang)
			doc, err := in.Templates.Render("handbook", m, lz)
			if err != nil {
				t.Fatal(err)
			}
			md, _, _ := formatByName("md").render(doc, Options{})
			html, _, err := formatByName("html").render(doc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(html), "**") {
				t.Error("HTML shows literal asterisks: some bold did not close")
			}
			// The Markdown file leaves out the word joiners, which only line breaking needs.
			if strings.Contains(string(md), typography.WordJoiner) {
				t.Error("Markdown carries a word joiner (U+2060)")
			}
			for _, w := range tc.want {
				if mw := strings.ReplaceAll(w, typography.WordJoiner, ""); !strings.Contains(string(md), mw) {
					t.Errorf("Markdown lacks %q", mw)
				}
				plain := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(w)
				for strings.Contains(plain, "**") {
					plain = strings.Replace(strings.Replace(plain, "**", "<strong>", 1), "**", "</strong>", 1)
				}
				plain = strings.ReplaceAll(plain, "[", "<a")
				if !strings.Contains(string(html), plain) {
					t.Errorf("HTML lacks %q", plain)
				}
			}
			testtool.Require(t, "apt-get install poppler-utils", "pdftotext")
			path := writePDF(t, doc, "a4", filepath.Join(t.TempDir(), "h.pdf"))
			text := strings.Join(strings.Fields(strings.ReplaceAll(pdfText(t, path, "-raw"), nb, " ")), " ")
			for _, w := range tc.pdf {
				if !strings.Contains(text, w) {
					t.Errorf("PDF text lacks %q", w)
				}
			}
			if tc.lang == "pl" {
				// The cover and every footer write the date as the text does, with "r." (the
				// revision table keeps the table form).
				label := "Ostatnia aktualizacja 20 listopada 2026"
				if all, withR := strings.Count(text, label), strings.Count(text, label+" r."); all < 2 || all != withR {
					t.Errorf("the cover and footers give the date %d times, only %d of them with \"r.\"", all, withR)
				}
				if !strings.Contains(string(html), "20\u00a0listopada\u00a02026\u00a0r.</time>") {
					t.Error("the HTML header gives the date without \"r.\"")
				}
			}
			// The word joiner keeps a range together when lines are broken; it is not drawn,
			// so copied or searched text does not carry it.
			if strings.Contains(text, typography.WordJoiner) {
				t.Errorf("PDF text carries a word joiner (U+2060)")
			}
		})
	}
}
