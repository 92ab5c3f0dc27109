package i18n

import (
	"strings"
	"testing"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

func TestCheckNesting(t *testing.T) {
	deep := func(open, close string, n int) string { return strings.Repeat(open, n) + strings.Repeat(close, n) }
	tests := []struct {
		src string
		ok  bool
	}{
		{"x = " + deep("[", "]", 64), true},
		{"x = " + deep("[", "]", 65), false},
		{"x = " + deep("{a = ", "}", 65), false},
		{"x = " + deep("[", "]", 2_000_000), false},
		{strings.Repeat("a.", 70) + "b = 1", false},
		{"[" + strings.Repeat("a.", 70) + "b]", false},
		{`x = "` + strings.Repeat("[", 100) + `"`, true},           // brackets inside a string
		{"x = '''\n" + strings.Repeat("{", 100) + "\n'''", true},   // inside a multi-line literal
		{`x = "a \" ` + strings.Repeat("[", 100) + `"`, true},      // after an escaped quote
		{"# " + strings.Repeat("[", 100) + "\nx = 1", true},        // in a comment
		{"x = \"unclosed\n" + "y = " + deep("[", "]", 100), false}, // a string ends with its line
		{"[meta.name]\nother = \"Deutsch\"\n[a.b]\nc.d = [[1, 2], [3]]", true},
	}
	for _, tc := range tests {
		err := checkNesting([]byte(tc.src))
		if (err == nil) != tc.ok {
			t.Errorf("%.60q: err = %v, want ok=%v", tc.src, err, tc.ok)
		}
	}
}

func TestCheckMessageTemplates(t *testing.T) {
	tests := []struct {
		msg goi18n.Message
		ok  bool
	}{
		{goi18n.Message{Other: "within {{.N}} hours"}, true},
		{goi18n.Message{Other: "{{if .Name}}{{.Name}}, {{else}}—{{end}}{{with .Role}}{{.}}{{end}} {{$.N}} {{\"x\"}}"}, true},
		{goi18n.Message{Other: `{{if ne .N "1"}}{{.N}} {{end}}days{{if and (eq .N "2") true}}!{{end}}`}, false}, // a parenthesised pipe
		{goi18n.Message{Other: `{{if ne .N "1"}}{{.N}} {{end}}days{{if not .X}}!{{else if eq .N "2"}}?{{end}}`}, true},
		{goi18n.Message{Other: `{{if eq (printf "%0999999d" 1) "x"}}{{end}}`}, false},
		{goi18n.Message{Other: `{{if ne .N "1" | printf "%s"}}{{end}}`}, false},
		{goi18n.Message{Other: "{{range 100000000000}}{{end}}"}, false},
		{goi18n.Message{One: "{{range .N}}x{{end}}", Other: "x"}, false},
		{goi18n.Message{Other: `{{printf "%0999999d" 1}}`}, false},
		{goi18n.Message{Other: `{{define "a"}}{{template "a"}}{{end}}`}, false},
		{goi18n.Message{Other: `{{$n := 5}}{{$n}}`}, false},
		{goi18n.Message{Other: `{{.N | len}}`}, false},
		{goi18n.Message{Other: "<<range 100000000000>><<end>>", LeftDelim: "<<", RightDelim: ">>"}, false},
		{goi18n.Message{Other: "{{unclosed"}, true}, // a syntax error is reported by locales check
	}
	for _, tc := range tests {
		m := tc.msg
		err := checkMessageTemplates(map[string]*goi18n.Message{"id": &m})
		if (err == nil) != tc.ok {
			t.Errorf("%+v: err = %v, want ok=%v", tc.msg, err, tc.ok)
		}
	}
}

// The unparsed shortcut takes only texts whose every action is a plain {{.Name}}.
func TestPlainPlaceholders(t *testing.T) {
	for text, want := range map[string]bool{
		"no action":                true,
		"{{.N}} and {{.Name_2}}}}": true,
		"{{.N}}{{.M}}":             true,
		"{{.N.M}}":                 false,
		"{{ .N}}":                  false,
		"{{- .N}}":                 false,
		"{{.1}}":                   false,
		"{{.}}":                    false,
		"{{{.N}}":                  false,
		"{{.N}} {{range .N}}":      false,
		"{{.N":                     false,
		"{{.Ná}}":                  false,
		"{{":                       false,
	} {
		if got := plainPlaceholders(text); got != want {
			t.Errorf("plainPlaceholders(%q) = %v, want %v", text, got, want)
		}
	}
}

// With several bad messages the one reported is the first by ID and form, whatever the
// order the map is walked in.
func TestMessageTemplatesFirstReported(t *testing.T) {
	msgs := map[string]*goi18n.Message{}
	for _, id := range []string{"m", "c", "x", "a.b", "q", "f"} {
		msgs[id] = &goi18n.Message{ID: id, Few: "{{range .N}}{{end}}", One: "{{.N}}", Other: "{{printf .N}}"}
	}
	msgs["ok"] = &goi18n.Message{ID: "ok", Other: "{{.N}}"}
	want := `message "a.b" (form "few")`
	for range 20 {
		err := checkMessageTemplates(msgs)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Fatalf("err = %v, want it to start with %s", err, want)
		}
	}
}
