package build

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/testtool"
)

// TestPDFLinesKeepTogether reads every printed line of the Polish and Czech PDFs back with
// pdftotext -layout, for the complete example and a long one (every text four times as long,
// on Letter paper, so lines break elsewhere): no line ends in a one-letter word, and no
// legal form, date or phone number is split across lines.
func TestPDFLinesKeepTogether(t *testing.T) {
	testtool.Require(t, "apt-get install poppler-utils", "pdftotext")
	oneLetter := map[string]string{"pl": "aiouwz", "cs": "aikosuvz"}
	dir := t.TempDir()
	for _, long := range []bool{false, true} {
		in := inputs(t, "../../examples/complete.yaml", nil)
		paper := "a4"
		if long {
			lengthen(in.File)
			paper = "letter"
		}
		phones := []string{in.File.Contacts.PolicyOwner.Phone, in.File.Contacts.Manager.Phone}
		for _, c := range in.File.Escalation.Contacts {
			phones = append(phones, c.Phone)
		}
		for _, lang := range []string{"pl", "cs"} {
			lz, err := in.Catalog.Localizer(lang)
			if err != nil {
				t.Fatal(err)
			}
			var months []string
			for m := 1; m <= 12; m++ {
				s, _ := lz.Message("date.month_"+string(rune('0'+m/10))+string(rune('0'+m%10)), nil)
				months = append(months, s)
			}
			monthEnd := regexp.MustCompile(`(?i)\d\.?\s+(` + strings.Join(months, "|") + `)$`)
			for _, variant := range in.Templates.Variants() {
				doc := renderDoc(t, in, variant, lang, lz)
				path := writePDF(t, doc, paper, filepath.Join(dir, lang+"-"+variant+".pdf"))
				name := lang + "/" + variant + map[bool]string{false: "", true: " (long)"}[long]
				text := pdfText(t, path, "-layout")
				checkPrintedLines(t, name, text, oneLetter[lang], monthEnd, phones)
				var heads []string
				for _, id := range []string{"common.channels.col_channel", "common.escalation.col_level", "common.revisions.col_version"} {
					h, _ := lz.Message(id, nil)
					heads = append(heads, h)
				}
				checkLeadIns(t, name, text, heads)
			}
		}
	}
}

// chunks splits pdftotext -layout output into printed lines: a table's columns share a text
// line, set apart by two spaces or more.
var columnGap = regexp.MustCompile(`\s{2,}`)

var phoneLike = regexp.MustCompile(`\+\d+(?: \d+)*`)

func checkPrintedLines(t *testing.T, name, text, oneLetter string, monthEnd *regexp.Regexp, phones []string) {
	t.Helper()
	lines := 0
	for _, textLine := range strings.Split(text, "\n") {
		for _, l := range columnGap.Split(strings.ReplaceAll(textLine, "\u00a0", " "), -1) {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			lines++
			words := strings.Fields(l)
			last := words[len(words)-1]
			if len([]rune(last)) == 1 && strings.ContainsAny(strings.ToLower(last), oneLetter) && len(words) > 1 {
				t.Errorf("%s: a line ends in the one-letter word %q: %q", name, last, l)
			}
			if strings.HasPrefix(l, "o.o.") || strings.HasPrefix(l, "z o.o.") || strings.HasSuffix(l, " Sp.") || strings.HasSuffix(l, "Sp. z") {
				t.Errorf("%s: the legal form is split: %q", name, l)
			}
			if monthEnd.MatchString(l) || strings.HasPrefix(l, "r. ") || l == "r." {
				t.Errorf("%s: a date is split: %q", name, l)
			}
			for _, p := range phoneLike.FindAllString(l, -1) {
				if !slices.Contains(phones, p) {
					t.Errorf("%s: a phone number is split: %q", name, l)
				}
			}
		}
	}
	if lines < 40 {
		t.Errorf("%s: only %d printed lines read back", name, lines)
	}
}

// lengthen makes every Polish and Czech prose text four times as long.
func lengthen(f *config.File) {
	for _, t := range []*config.LocalizedText{&f.Company.Vision, &f.Company.Mission, &f.Company.Offering, &f.Policy.AppliesTo, &f.Policy.Expectations} {
		for _, lang := range []string{"pl", "cs"} {
			if s, ok := t.ByLang[lang]; ok {
				t.ByLang[lang] = strings.TrimSpace(strings.Repeat(s+" ", 4))
			}
		}
	}
}

// checkLeadIns checks that no page's last line of text, above the footer, is a lead-in ending
// in a colon or a table's header row: what introduces a list or table is printed on the page
// that shows it.
func checkLeadIns(t *testing.T, name, text string, tableHeads []string) {
	t.Helper()
	for i, page := range strings.Split(text, "\f") {
		var lines []string
		for _, l := range strings.Split(page, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) < 2 {
			continue
		}
		last := lines[len(lines)-2]
		if strings.HasSuffix(last, ":") || strings.HasSuffix(last, "：") {
			t.Errorf("%s: page %d ends with a lead-in, its list on the next page: %q", name, i+1, last)
		}
		for _, h := range tableHeads {
			if strings.HasPrefix(last, h+" ") {
				t.Errorf("%s: page %d ends with a table's header row, its rows on the next page: %q", name, i+1, last)
			}
		}
	}
}

// TestNoStrandedLeadIns checks every page of every PDF of the complete example, on A4 and
// Letter, for a lead-in or a table header row left alone at the foot of a page.
func TestNoStrandedLeadIns(t *testing.T) {
	testtool.Require(t, "apt-get install poppler-utils", "pdftotext")
	in := inputs(t, "../../examples/complete.yaml", nil)
	dir := t.TempDir()
	for _, lang := range in.Catalog.Tags() {
		lz, err := in.Catalog.Localizer(lang)
		if err != nil {
			t.Fatal(err)
		}
		var heads []string
		for _, id := range []string{"common.channels.col_channel", "common.escalation.col_level", "common.revisions.col_version"} {
			h, _ := lz.Message(id, nil)
			heads = append(heads, h)
		}
		for _, variant := range in.Templates.Variants() {
			doc := renderDoc(t, in, variant, lang, lz)
			for _, paper := range []string{"a4", "letter"} {
				path := writePDF(t, doc, paper, filepath.Join(dir, lang+"-"+variant+"-"+paper+".pdf"))
				checkLeadIns(t, lang+"/"+variant+" ("+paper+")", pdfText(t, path, "-layout"), heads)
			}
		}
	}
}
