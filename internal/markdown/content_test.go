package markdown_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/internal/typography"
	"github.com/policygen/policygen/locales"
	"github.com/policygen/policygen/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var variants = []string{"standards", "guidelines", "procedures", "handbook", "checklist"}

// companies are the company files every variant is rendered for.
var companies = map[string]string{
	"complete": "../../examples/complete.yaml",
	"minimal":  "../../examples/minimal.yaml",
	"partial":  "testdata/partial.yaml",
}

func loadCompany(t *testing.T, path string) *config.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, _, err := config.Load(path, data, config.Options{KnownLanguages: []string{"en", "pl", "fi", "cs", "zh"}})
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	return f
}

var (
	sharedOnce sync.Once
	sharedCat  *i18n.Catalog
	sharedTmpl *markdown.Templates
	sharedErr  error
)

// shared loads the built-in locales and templates once for all tests: both are read-only.
func shared(t *testing.T) (*i18n.Catalog, *markdown.Templates) {
	t.Helper()
	sharedOnce.Do(func() {
		if sharedCat, sharedErr = i18n.Load(locales.FS(), ""); sharedErr == nil {
			sharedTmpl, sharedErr = markdown.LoadTemplates(templates.FS(), "")
		}
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedCat, sharedTmpl
}

// languages are the built-in languages every variant is rendered in.
var languages = []string{"en", "pl", "fi", "cs", "zh"}

// render renders variant for the company file at path in English and fails on any i18n warning.
func render(t *testing.T, path, variant string) (string, *model.Document) {
	t.Helper()
	return renderIn(t, path, variant, "en")
}

// renderIn renders variant for the company file at path in lang and fails on any i18n warning.
func renderIn(t *testing.T, path, variant, lang string) (string, *model.Document) {
	t.Helper()
	body, doc := renderExact(t, path, variant, lang)
	// The content tests read words; the no-break spaces of typography are tested on their own.
	return strings.ReplaceAll(body, "\u00a0", " "), doc
}

// renderExact is renderIn with the document's exact bytes.
func renderExact(t *testing.T, path, variant, lang string) (string, *model.Document) {
	t.Helper()
	f := loadCompany(t, path)
	doc, _ := model.New(f, lang)
	cat, tmpls := shared(t)
	lz, err := cat.Localizer(lang)
	if err != nil {
		t.Fatal(err)
	}
	out, err := tmpls.Render(variant, doc, lz)
	if err != nil {
		t.Fatalf("render %s for %s: %v", variant, path, err)
	}
	for _, w := range lz.Warnings() {
		t.Errorf("%s/%s: i18n warning: %s", path, variant, w.Message)
	}
	return string(out.Body), doc
}

// goldenCase is one golden file: every variant in English, the handbook in every language.
type goldenCase struct{ company, lang, variant string }

func goldenCases() []goldenCase {
	var cases []goldenCase
	for _, company := range []string{"complete", "minimal"} {
		for _, variant := range variants {
			cases = append(cases, goldenCase{company, "en", variant})
		}
		for _, lang := range languages[1:] {
			cases = append(cases, goldenCase{company, lang, "handbook"})
		}
	}
	return cases
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases() {
		company, lang, variant := c.company, c.lang, c.variant
		{
			t.Run(company+"/"+lang+"/"+variant, func(t *testing.T) {
				got, _ := renderExact(t, companies[company], variant, lang)
				golden := filepath.Join("testdata", "golden", company, lang, variant+".md")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the rendered output; run go test -update and review the diff\n%s", golden, firstDiff(string(want), got))
				}
			})
		}
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return ""
}

var (
	headingRE   = regexp.MustCompile(`^(#{1,6}) (.*)$`)
	slotRE      = regexp.MustCompile(`\[(X|Y|insert[^\]]*|[A-Za-z ]*(name|date|time|email|e-mail|company|method|website)[^\]]*)\]`)
	listItemRE  = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])(?: \[[ xX]\])?\s*$`)
	tableRowRE  = regexp.MustCompile(`^\|.*\|$`)
	delimRowRE  = regexp.MustCompile(`^\|(\s*:?-+:?\s*\|)+$`)
	listStartRE = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)]) `)
)

// debris returns every sign of a template slot left unfilled or a section left empty.
func debris(doc string) []string {
	var found []string
	add := func(line int, what, text string) {
		found = append(found, "line "+strconv.Itoa(line+1)+": "+what+": "+text)
	}
	for _, s := range []string{"<no value>", "%!", "{{", "}}", "<nil>"} {
		if i := strings.Index(doc, s); i >= 0 {
			add(strings.Count(doc[:i], "\n"), "template debris", s)
		}
	}
	lines := strings.Split(strings.TrimRight(doc, "\n"), "\n")
	next := func(i int) (int, string) { // the next non-blank line after i
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) != "" {
				return j, lines[j]
			}
		}
		return len(lines), ""
	}
	for i, line := range lines {
		if m := slotRE.FindString(line); m != "" {
			add(i, "unfilled slot", m)
		}
		if m := headingRE.FindStringSubmatch(line); m != nil {
			if strings.TrimSpace(m[2]) == "" {
				add(i, "empty heading", line)
			}
			j, nl := next(i)
			if j == len(lines) {
				add(i, "heading at the end of the document", line)
			} else if n := headingRE.FindStringSubmatch(nl); n != nil && len(n[1]) <= len(m[1]) {
				add(i, "heading without content", line)
			}
		}
		if strings.Contains(strings.ReplaceAll(line, "...", ""), "..") {
			add(i, "doubled full stop", line)
		}
		if listItemRE.MatchString(line) {
			add(i, "empty list item", line)
		}
		trimmed := strings.TrimSpace(line)
		for _, bad := range []string{" .", "within .", " ,", "()", "( )", " :"} {
			if strings.HasSuffix(trimmed, bad) || strings.Contains(line, bad+" ") {
				add(i, "dangling phrase", line)
			}
		}
		if (strings.HasSuffix(trimmed, ";") || strings.HasSuffix(trimmed, "；")) && listStartRE.MatchString(line) &&
			(i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "") {
			// A semicolon says that another item follows: the last item ends the sentence.
			add(i, "list ends in a semicolon", line)
		}
		if strings.HasSuffix(trimmed, ":") {
			// A colon may only end a line that introduces a list or a table.
			_, nl := next(i)
			if !listStartRE.MatchString(nl) && !tableRowRE.MatchString(nl) {
				add(i, "dangling colon", line)
			}
		}
		if delimRowRE.MatchString(line) {
			if i+1 >= len(lines) || !tableRowRE.MatchString(lines[i+1]) {
				add(i, "empty table", lines[i-1])
			}
		}
		if tableRowRE.MatchString(line) && !blankFormRow(lines, i) {
			for _, cell := range strings.Split(strings.Trim(line, "|"), " | ") {
				if strings.TrimSpace(cell) == "" {
					add(i, "empty table cell", line)
				}
			}
		}
	}
	return found
}

// blankFormRow reports whether line i is a row of a table left blank to be filled in by hand:
// the row and every body row of its table are empty.
func blankFormRow(lines []string, i int) bool {
	blank := func(l string) bool { return strings.Trim(l, "| ") == "" && strings.Contains(l, "|") }
	if !blank(lines[i]) {
		return false
	}
	start := i
	for start > 0 && tableRowRE.MatchString(lines[start-1]) && !delimRowRE.MatchString(lines[start-1]) {
		start--
	}
	if start == 0 || !delimRowRE.MatchString(lines[start-1]) {
		return false
	}
	for j := start; j < len(lines) && tableRowRE.MatchString(lines[j]); j++ {
		if !blank(lines[j]) {
			return false
		}
	}
	return true
}

func TestNoDebris(t *testing.T) {
	for name, path := range companies {
		for _, variant := range variants {
			for _, lang := range languages {
				t.Run(name+"/"+lang+"/"+variant, func(t *testing.T) {
					got, _ := renderIn(t, path, variant, lang)
					for _, d := range debris(got) {
						t.Error(d)
					}
					if n := strings.Count("\n"+got, "\n# "); n != 1 {
						t.Errorf("%d level-1 headings, want 1", n)
					}
				})
			}
		}
	}
}

func TestDebrisDetector(t *testing.T) {
	for _, bad := range []string{
		"# T\n\n## A\n\n## B\n\ntext\n",
		"# T\n\n## \n\ntext\n",
		"# T\n\nWe answer within .\n",
		"# T\n\nContact [insert name here].\n",
		"# T\n\nAnswered within [X] rings.\n",
		"# T\n\nValue: <no value>\n",
		"# T\n\n%!d(string=4)\n",
		"# T\n\nTo escalate:\n\nnothing\n",
		"# T\n\n| a | b |\n|---|---|\n\ntext\n",
		"# T\n\n| a | b |\n|---|---|\n| x | y |\n| | |\n",
		"# T\n\n| a | b |\n|---|---|\n| x | |\n",
		"# T\n\n- \n- [ ] \n",
		"# T\n\n{{.Company}}\n",
		"# T\n\nWelcome to Acme Ltd..\n",
	} {
		if len(debris(bad)) == 0 {
			t.Errorf("no debris found in %q", bad)
		}
	}
}

// TestConfiguredValues checks that every configured value shows up, as its localized phrase,
// in each variant that carries it.
func TestConfiguredValues(t *testing.T) {
	for _, name := range []string{"complete", "partial"} {
		for _, variant := range variants {
			t.Run(name+"/"+variant, func(t *testing.T) {
				got, doc := render(t, companies[name], variant)
				got = strings.ReplaceAll(got, typography.WordJoiner, "") // invisible: "8:00–18:00" is kept on one line
				for _, want := range expected(t, doc, variant) {
					if !strings.Contains(got, want) {
						t.Errorf("missing %q", want)
					}
				}
			})
		}
	}
}

// expected lists what variant must show for doc: the English phrases the data produces.
func expected(t *testing.T, doc *model.Document, variant string) []string {
	t.Helper()
	within := func(d config.Duration) string { return phrase(t, "within", d) }
	every := func(d config.Duration) string { return phrase(t, "every", d) }
	var want []string
	add := func(s ...string) {
		for _, v := range s {
			if v != "" {
				want = append(want, v)
			}
		}
	}
	txt := func(s model.Text) string { return s.String() }
	add(txt(doc.Company.Name), "Version "+string(doc.Latest.Version))

	ch := doc.Channels
	channelTimes := func(withFallbacks bool) {
		if p := ch.Phone; p != nil {
			add(within(p.AnswerWithin), txt(p.Hours))
			if withFallbacks {
				add(every(p.VoicemailCheckEvery), within(p.VoicemailReturnWithin))
			}
		}
		if e := ch.Email; e != nil {
			add(within(e.RespondWithin))
		}
		if l := ch.LiveChat; l != nil {
			add(within(l.RespondWithin), txt(l.Hours))
		}
		if p := ch.InPerson; p != nil {
			add(within(p.GreetWithin))
		}
		if s := ch.SocialMedia; s != nil {
			add(within(s.RespondWithin))
		}
	}
	escalation := func() {
		if e := doc.Escalation; e != nil {
			add(within(e.ResolveWithin))
			for _, c := range e.Contacts {
				add("| "+strconv.Itoa(c.Level)+" |", txt(c.Role), txt(c.Name), txt(c.Email), txt(c.Phone), txt(c.Available))
			}
		}
	}
	complaints := func() {
		if c := doc.Complaints; c != nil {
			add(within(c.AcknowledgeWithin), within(c.RespondWithin), txt(c.TrackingSystem))
		}
	}
	// The complaint steps name the manager, by their own title, as the person who handles them.
	complaintHandler := func() {
		if c := doc.Contacts; c != nil && c.Manager != nil {
			add(txt(c.Manager.Name), txt(c.Manager.Role))
		}
	}
	inquiries := func() {
		if q := doc.Inquiries; q != nil {
			add(within(q.AcknowledgeWithin), within(q.RespondWithin))
		}
	}

	switch variant {
	case "standards":
		channelTimes(false)
		inquiries()
		if e := doc.Escalation; e != nil {
			add(within(e.ResolveWithin))
		}
		add(txt(doc.Company.Offering), txt(doc.Company.Vision))
	case "guidelines":
		inquiries()
		if c := doc.Contacts; c != nil {
			add(txt(c.SupportEmail))
		}
		// The guidelines end with the newest revision's approver, not a signature.
		add(txt(doc.Latest.ApprovedBy))
		if f := doc.Feedback; f != nil {
			for _, m := range f.Methods {
				add(txt(m))
			}
		}
	case "procedures":
		channelTimes(true)
		escalation()
		complaints()
		complaintHandler()
		if p := doc.Policy; p != nil {
			add(txt(p.AppliesTo), txt(p.Expectations))
		}
	case "handbook":
		channelTimes(true)
		escalation()
		complaints()
		complaintHandler()
		inquiries()
		if c := doc.Complaints; c != nil {
			add(txt(c.ReviewSite))
		}
		add(txt(doc.Company.Vision), txt(doc.Company.Mission))
		for _, r := range doc.Revisions {
			add("| "+txt(r.Version)+" |", txt(r.Author), txt(r.ApprovedBy))
			for _, c := range r.Changes {
				add(txt(c))
			}
		}
		if t := doc.Training; t != nil {
			add(txt(t.Onboarding))
		}
	case "checklist":
		channelTimes(true)
		inquiries()
		complaints()
		if e := doc.Escalation; e != nil {
			add(within(e.ResolveWithin))
		}
		if c := doc.Complaints; c != nil {
			add(txt(c.ReviewSite))
		}
	}
	return want
}

// phrase renders a duration phrase in English, "" for an absent duration.
func phrase(t *testing.T, context string, d config.Duration) string {
	t.Helper()
	if d.IsZero() {
		return ""
	}
	cat, err := i18n.Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	lz, err := cat.Localizer("en")
	if err != nil {
		t.Fatal(err)
	}
	s, err := lz.Duration(context, d)
	if err != nil {
		t.Fatal(err)
	}
	return model.Escape(s)
}

// TestEscapedValues makes sure a value with Markdown characters cannot change the structure.
func TestEscapedValues(t *testing.T) {
	got, _ := render(t, companies["partial"], "handbook")
	for _, want := range []string{`Partial & Co \<Ltd\>`, `\[Reviews\] \*Site\*`} {
		if !bytes.Contains([]byte(got), []byte(want)) {
			t.Errorf("missing escaped value %q", want)
		}
	}
}

func TestNoDoubleFullStopAfterAValue(t *testing.T) {
	f := loadCompany(t, "../../examples/minimal.yaml")
	f.Company.Name = "Acme Sp. z o.o."
	doc, _ := model.New(f, "en")
	cat, err := i18n.Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	lz, _ := cat.Localizer("en")
	dir := t.TempDir()
	tmpl := "# {{T \"standards.title\"}}\n\n{{template \"partials/byline\" .}}\n\n{{T \"standards.vision.provider\" \"Company\" .Company.Name \"Offering\" .Company.Name}}\n"
	if err := os.WriteFile(filepath.Join(dir, "standards.md.tmpl"), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	tmpls, err := markdown.LoadTemplates(templates.FS(), dir)
	if err != nil {
		t.Fatal(err)
	}
	out, err := tmpls.Render("standards", doc, lz)
	if err != nil {
		t.Fatal(err)
	}
	if body := strings.ReplaceAll(string(out.Body), "\u00a0", " "); strings.Contains(body, "o.o..") || !strings.Contains(body, "specialises in Acme Sp. z o.o.\n") {
		t.Errorf("a value ending in a full stop got another one:\n%s", body)
	}
}
