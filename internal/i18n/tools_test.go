package i18n

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// needTool finds a program the test checks our files with: missing, the test fails in CI
// (CI installs it) and is skipped elsewhere.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: CI must install it (see .ci/run)", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return p
}

// toolkitPython returns the Python that runs translate-toolkit: the one po2csv starts with.
func toolkitPython(t *testing.T) string {
	t.Helper()
	f, err := os.Open(needTool(t, "po2csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	fields := strings.Fields(strings.TrimPrefix(line, "#!"))
	if len(fields) == 0 {
		t.Fatalf("po2csv has no #! line: %q", line)
	}
	if filepath.Base(fields[0]) == "env" && len(fields) > 1 {
		return fields[1]
	}
	return fields[0]
}

func writeExport(t *testing.T, c *Catalog, tag, dir string) string {
	t.Helper()
	x, err := Export(c, tag)
	if err != nil {
		t.Fatal(err)
	}
	data, err := WritePO(x, tag+".po")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, tag+".po")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestMsgfmtAcceptsExports: gettext's msgfmt --check takes every exported PO file without a
// warning, and the compiled catalogue picks, for whole numbers, the plural form go-i18n picks.
func TestMsgfmtAcceptsExports(t *testing.T) {
	msgfmt := needTool(t, "msgfmt")
	python := toolkitPython(t)
	c := builtinCatalog(t)
	wantHeader := map[string]string{
		"en": "nplurals=2; plural=(n != 1);",
		"fi": "nplurals=2; plural=(n != 1);",
		"zh": "nplurals=1; plural=0;",
		"pl": "nplurals=4; plural=(n == 1) ? 0 : (n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14)) ? 1 : 2;",
		"cs": "nplurals=4; plural=(n == 1) ? 0 : (n >= 2 && n <= 4) ? 1 : 3;",
	}
	dir := t.TempDir()
	for _, tag := range append(c.Tags(), "de") {
		po := writeExport(t, c, tag, dir)
		data, _ := os.ReadFile(po)
		if want, ok := wantHeader[tag]; ok && !strings.Contains(string(data), `"Plural-Forms: `+want+`\n"`) {
			t.Errorf("%s: Plural-Forms is not %q", tag, want)
		}
		mo := strings.TrimSuffix(po, ".po") + ".mo"
		out, err := exec.Command(msgfmt, "--check", "--statistics", "-o", mo, po).CombinedOutput()
		if err != nil || strings.Contains(string(out), "warning") {
			t.Errorf("msgfmt --check %s.po: %v\n%s", tag, err, out)
			continue
		}
		if tag == "de" {
			continue
		}
		// Ask the compiled catalogue, through Python's gettext, which form each count takes.
		const id = "duration.within.hours"
		ref := c.locale(Reference).Messages[id]
		script := `import gettext, sys
t = gettext.GNUTranslations(open(sys.argv[1], "rb"))
for n in range(0, 230):
    print(t.npgettext(sys.argv[2], sys.argv[3], sys.argv[4], n))`
		out, err = exec.Command(python, "-c", script, mo, id, ref.One, ref.Other).Output()
		if err != nil {
			t.Fatalf("python gettext: %v", err)
		}
		formOf, _ := cldrForm(tag)
		have := messageForms(c.locale(tag).Messages[id])
		for n, got := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			if want := have[formOf(strconv.Itoa(n))]; got != want {
				t.Errorf("%s: gettext gives %q for %d, go-i18n %q", tag, got, n, want)
			}
		}
	}
}

// TestGettextRulesMatchPython: every plural expression of the table means, to Python's
// gettext (a C expression parser), what its Go twin computes.
func TestGettextRulesMatchPython(t *testing.T) {
	python := toolkitPython(t)
	var exprs []string
	var rules []pluralRule
	for _, key := range sortedKeys(gettextRules) {
		for _, r := range gettextRules[key] {
			exprs = append(exprs, r.expr)
			rules = append(rules, r)
		}
	}
	script := `import gettext, json, sys
exprs = json.loads(sys.argv[1]); ns = json.loads(sys.argv[2])
fs = [gettext.c2py(e) for e in exprs]
print(json.dumps([[f(n) for n in ns] for f in fs]))`
	ejs, _ := json.Marshal(exprs)
	njs, _ := json.Marshal(gettextProbes())
	out, err := exec.Command(python, "-c", script, string(ejs), string(njs)).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var got [][]int
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for i, r := range rules {
		for j, n := range gettextProbes() {
			if want := r.index(n); got[i][j] != want {
				t.Errorf("%q: gettext gives %d for %d, Go %d", r.expr, got[i][j], n, want)
				break
			}
		}
	}
}

// TestTranslateToolkitReads: translate-toolkit (which Weblate and Pootle use) reads the PO and
// the XLIFF export and finds exactly the messages of en.toml, plural ones as plurals with the
// language's plural forms, descriptions as developer notes, untranslated copies as fuzzy.
func TestTranslateToolkitReads(t *testing.T) {
	python := toolkitPython(t)
	c := builtinCatalog(t)
	dir := t.TempDir()
	script := `import json, sys
from translate.storage import factory, poxliff
name = sys.argv[1]
store = poxliff.PoXliffFile.parsefile(name) if name.endswith(".xliff") else factory.getobject(name)
out = []
for u in store.units:
    if u.isheader():
        continue
    plural = u.hasplural()
    out.append({"id": u.getcontext() if name.endswith(".po") else u.getid().split("\x04")[-1],
                "plural": plural,
                "source": list(u.source.strings) if plural else [str(u.source)],
                "target": list(u.target.strings) if plural else [str(u.target)],
                "fuzzy": u.isfuzzy(), "note": u.getnotes("developer")})
print(json.dumps(out))`
	type unit struct {
		ID     string   `json:"id"`
		Plural bool     `json:"plural"`
		Source []string `json:"source"`
		Target []string `json:"target"`
		Fuzzy  bool     `json:"fuzzy"`
		Note   string   `json:"note"`
	}
	ref := c.locale(Reference)
	var want []string
	for _, id := range referenceOrder(ref) {
		if !slices.Contains(notExchanged, id) {
			want = append(want, id)
		}
	}
	de, err := Scaffold(c, "de")
	if err != nil {
		t.Fatal(err)
	}
	c2, err := Load(fstest.MapFS{"en.toml": {Data: ref.Source}, "de.toml": {Data: de}}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		c     *Catalog
		tag   string
		fuzzy bool
	}{{c, "en", false}, {c, "pl", false}, {c, "zh", false}, {c2, "de", true}} {
		for _, format := range []string{"po", "xliff"} {
			x, err := Export(tc.c, tc.tag)
			if err != nil {
				t.Fatal(err)
			}
			var data []byte
			if format == "po" {
				data, err = WritePO(x, "x.po")
			} else {
				data, err = WriteXLIFF(x)
			}
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, tc.tag+"."+format)
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, "-c", script, file).Output()
			if err != nil {
				t.Fatalf("%s.%s: translate-toolkit: %v", tc.tag, format, err)
			}
			var units []unit
			if err := json.Unmarshal(out, &units); err != nil {
				t.Fatal(err)
			}
			forms, _ := PluralForms(tc.tag)
			var ids []string
			for _, u := range units {
				ids = append(ids, u.ID)
				m := ref.Messages[u.ID]
				if m == nil {
					t.Errorf("%s.%s: %s is not a message of en.toml", tc.tag, format, u.ID)
					continue
				}
				english := englishOf(m)
				wantSource := english
				if u.Plural && format == "xliff" { // one source per form of the language
					wantSource = nil
					for _, f := range forms {
						wantSource = append(wantSource, english[len(english)-1])
						if f == "one" {
							wantSource[len(wantSource)-1] = english[0]
						}
					}
				}
				if u.Plural != isPlural(m) || !slices.Equal(u.Source, wantSource) {
					t.Errorf("%s.%s: %s: plural %v, source %q; want %v, %q", tc.tag, format, u.ID, u.Plural, u.Source, isPlural(m), wantSource)
				}
				if u.Plural && len(u.Target) != len(forms) {
					t.Errorf("%s.%s: %s: %d plural forms, want %d (%v)", tc.tag, format, u.ID, len(u.Target), len(forms), forms)
				}
				if u.Fuzzy != tc.fuzzy || u.Target[0] == "" {
					t.Errorf("%s.%s: %s: fuzzy %v, target %q", tc.tag, format, u.ID, u.Fuzzy, u.Target)
				}
				if u.Note != m.Description {
					t.Errorf("%s.%s: %s: note %q, want the description %q", tc.tag, format, u.ID, u.Note, m.Description)
				}
			}
			if !slices.Equal(ids, want) {
				t.Errorf("%s.%s: translate-toolkit finds %d units, en.toml has %d messages to translate", tc.tag, format, len(ids), len(want))
			}
		}
	}
}

// TestGettextRewrapsAndImports: a PO file rewritten by gettext's own msgcat, with lines
// wrapped at 40 columns as editors wrap them, imports to the same locale file.
func TestGettextRewrapsAndImports(t *testing.T) {
	msgcat := needTool(t, "msgcat")
	c := builtinCatalog(t)
	dir := t.TempDir()
	for _, tag := range []string{"pl", "zh"} {
		po := writeExport(t, c, tag, dir)
		wrapped := filepath.Join(dir, tag+"-wrapped.po")
		if out, err := exec.Command(msgcat, "-w", "40", "-o", wrapped, po).CombinedOutput(); err != nil {
			t.Fatalf("msgcat: %v\n%s", err, out)
		}
		data, err := os.ReadFile(wrapped)
		if err != nil {
			t.Fatal(err)
		}
		if orig, _ := os.ReadFile(po); string(orig) == string(data) {
			t.Fatalf("%s: msgcat wrapped nothing", tag)
		}
		x, err := ReadPO(wrapped, data)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Import(c, x)
		if err != nil {
			t.Fatal(err)
		}
		if string(res.Source) != string(c.locale(tag).Source) {
			t.Errorf("%s: the rewrapped PO file imports to another file", tag)
		}
	}
}
