package config

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestSchemaLimits checks that the JSON Schema states the limits Load applies: maxLength for
// every text field, maxItems for every list.
func TestSchemaLimits(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(Schema(), &root); err != nil {
		t.Fatal(err)
	}
	defs := root["$defs"].(map[string]any)
	deref := func(node map[string]any) map[string]any {
		for {
			ref, ok := node["$ref"].(string)
			if !ok {
				return node
			}
			node = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		}
	}
	texts, lists := map[string]bool{}, map[string]bool{}
	var walk func(node map[string]any, path string)
	walk = func(node map[string]any, path string) {
		node = deref(node)
		if props, ok := node["properties"].(map[string]any); ok {
			for k, v := range props {
				walk(v.(map[string]any), join(path, k))
			}
			return
		}
		if items, ok := node["items"].(map[string]any); ok {
			lists[path] = true
			if got, want := node["maxItems"], itemLimits[path]; got != float64(want) {
				t.Errorf("%s: schema maxItems %v, Load accepts %d", path, got, want)
			}
			walk(items, path+"[]")
			return
		}
		if _, isEnum := node["enum"]; isEnum || node["type"] == "boolean" || node["type"] == "integer" {
			return // bounded by its values
		}
		texts[path] = true
		want, ok := textLimit(path)
		if !ok {
			t.Errorf("%s: no limit in textLimits", path)
			return
		}
		if translations, ok := node["patternProperties"].(map[string]any); ok { // a text: a string or a map of translations
			for _, v := range translations {
				if got := v.(map[string]any)["maxLength"]; got != float64(want) {
					t.Errorf("%s (translations): schema maxLength %v, Load accepts %d", path, got, want)
				}
			}
		}
		if got := node["maxLength"]; got != float64(want) {
			t.Errorf("%s: schema maxLength %v, Load accepts %d", path, got, want)
		}
	}
	walk(root, "")
	for p := range itemLimits {
		if !lists[p] {
			t.Errorf("itemLimits has %s, which the schema does not list", p)
		}
	}
	for p, n := range textLimits {
		if !texts[p] && n != shortLength {
			t.Errorf("textLimits has %s, which the schema does not have as a text", p)
		}
	}
}

func TestLimits(t *testing.T) {
	base := "company:\n  name: %s\n  vision: %s\n  mission: M\nrevisions:\n  - {version: \"1\", date: 2026-01-01, changes: %s}\n"
	long := func(n int) string { return strings.Repeat("ż", n) }
	tests := []struct {
		name, doc, want string
	}{
		{"name", fmt.Sprintf(base, long(301), "V", "[]"),
			"c.yaml:2:9: company.name: at most 300 characters; this one has 301"},
		{"vision translation", fmt.Sprintf(base, "A", "{en: "+long(5001)+"}", "[]"),
			"c.yaml:3:16: company.vision.en: at most 5,000 characters; this one has 5,001"},
		{"list item", fmt.Sprintf(base, "A", "V", "["+long(5001)+"]"),
			"c.yaml:6:48: revisions[0].changes[0]: at most 5,000 characters; this one has 5,001"},
		{"list", fmt.Sprintf(base, "A", "V", "["+strings.Repeat("x,", 1000)+"x]"),
			"c.yaml:6:47: revisions[0].changes: at most 1,000 items; this list has 1,001"},
		{"10 MB name", fmt.Sprintf(base, strings.Repeat("A", 10_000_000), "V", "[]"),
			"c.yaml:2:9: company.name: at most 300 characters; this one has 10,000,000"},
		{"2.6M-item list", "company: {name: A, vision: V, mission: M}\nperformance:\n  metrics: [" + strings.Repeat("x,", 2_600_000) + "x]\n",
			"c.yaml:3:"},
		{"long unknown key", "company: {name: A, vision: V, mission: M}\n" + strings.Repeat("k", 1000) + ": 1\nrevisions: [{version: '1', date: 2026-01-01}]\n",
			`c.yaml:2:1: kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…: unknown field "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…"; allowed fields: company,`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Load("c.yaml", []byte(tc.doc), Options{})
			ps := asProblems(err)
			if len(ps) == 0 || !strings.HasPrefix(ps[0].String(), tc.want) {
				t.Fatalf("got %v\nwant a first problem starting %q", shortErr(err), tc.want)
			}
			if len(ps[0].String()) > 400 {
				t.Errorf("message is %d bytes long", len(ps[0].String()))
			}
		})
	}
}

func shortErr(err error) string {
	if err == nil {
		return "no error"
	}
	return shorten(err.Error())
}

func TestTooManyValues(t *testing.T) {
	doc := "company: {name: A, vision: V, mission: M}\nperformance:\n  metrics: [" + strings.Repeat("x,", 2_600_000) + "x]\n"
	_, _, err := Load("c.yaml", []byte(doc), Options{})
	ps := asProblems(err)
	if len(ps) != 1 || ps[0].Code != "too_many_values" || !strings.Contains(ps[0].Message, "500,000") {
		t.Fatalf("got %v", shortErr(err))
	}
}

func TestProblemCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("company: {name: A, vision: V, mission: M}\nrevisions: [{version: '1', date: 2026-01-01}]\n")
	for i := range 250 {
		fmt.Fprintf(&b, "unknown%d: x\n", i)
	}
	_, _, err := Load("c.yaml", []byte(b.String()), Options{})
	ps := asProblems(err)
	if len(ps) != MaxProblems+1 {
		t.Fatalf("got %d problems, want %d and a count", len(ps), MaxProblems)
	}
	if ps[0].Line != 3 || ps[MaxProblems-1].Line != 3+MaxProblems-1 {
		t.Errorf("not the first problems by position: %v … %v", ps[0], ps[MaxProblems-1])
	}
	last := ps[MaxProblems]
	if last.Code != "more_problems" || last.More != 150 || last.String() != "… and 150 more problems" {
		t.Errorf("last = %+v (%s)", last, last)
	}
}

func TestByteSize(t *testing.T) {
	doc := []byte(strings.Repeat("#", MaxFileSize+1))
	_, _, err := Load("c.yaml", doc, Options{Size: 1 << 30})
	if got := asProblems(err); len(got) != 1 || got[0].String() != "c.yaml: the file is 1.0 GiB; the limit is 10 MiB" {
		t.Errorf("got %v", err)
	}
}

func TestDeepFlowNesting(t *testing.T) {
	doc := "company: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n"
	_, _, err := Load("c.yaml", []byte(doc), Options{})
	ps := asProblems(err)
	if len(ps) != 1 || ps[0].Code != "too_deep" || !strings.Contains(ps[0].Message, "64") {
		t.Fatalf("got %v", shortErr(err))
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"mision", "mission", 1}, {"ab", "ba", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}, {"abc", "", 3},
		{"ca", "abc", 3}, {"vison", "vision", 1}, {"żółw", "żołw", 1}, {"same", "same", 0},
		{strings.Repeat("a", 65), "a", 1 << 20},
	}
	for _, tc := range tests {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCountValues(t *testing.T) {
	tests := []struct {
		src  string
		want int // -1: within the limit of 10
	}{
		{"a: b\nc: d\n", -1},
		{"a: [1,2,3,4,5,6,7,8,9]\n", 19},
		{strings.Repeat("# a, b, c, d, e, f\n", 100) + "a: b\n", -1},
		{"  # comment, , , , , , , , , , , ,\n", -1},
		{"a: x # not, at, line, start, , , , , , , , ,\n", 37},
		{strings.Repeat("\n", 1000) + "a: b\n", -1},
	}
	for _, tc := range tests {
		if got := countValues([]byte(tc.src), 10); got != tc.want {
			t.Errorf("countValues(%.40q) = %d, want %d", tc.src, got, tc.want)
		}
	}
}
