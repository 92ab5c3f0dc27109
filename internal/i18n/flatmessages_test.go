package i18n

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/policygen/policygen/locales"
)

// TestFlatMessagesMatchGoI18n: every built-in file is read by the direct path, and its
// messages are exactly those go-i18n makes of what the TOML reader decodes.
func TestFlatMessagesMatchGoI18n(t *testing.T) {
	names, err := fs.Glob(locales.FS(), "*.toml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no built-in locale files: %v", err)
	}
	for _, name := range names {
		src, err := fs.ReadFile(locales.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		direct, err := flatMessages(src)
		if err != nil {
			t.Errorf("%s: the direct path does not take it (%v): keep built-in files to one [message.id] table per message, or extend flatMessages", name, err)
			continue
		}
		full, err := parseMessages(src)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(direct, full) {
			t.Errorf("%s: the direct path and go-i18n disagree", name)
		}
		if built, err := parseBuiltinMessages(src); err != nil || !reflect.DeepEqual(built, full) {
			t.Errorf("%s: parseBuiltinMessages = %v", name, err)
		}
	}
}

// TestBuiltinMessagesPassTheChecks: the built-in files hold nothing a file of --locales may
// not (parseBuiltinMessages does not check them when a build loads them).
func TestBuiltinMessagesPassTheChecks(t *testing.T) {
	names, _ := fs.Glob(locales.FS(), "*.toml")
	for _, name := range names {
		src, err := fs.ReadFile(locales.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parseMessages(src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad := "[a]\nother = \"{{range .N}}x{{end}}\"\n"
	if _, err := parseMessages([]byte(bad)); err == nil {
		t.Errorf("a loop in a message passes the checks")
	}
}

// Anything but the usual shape goes to the reader and go-i18n, which decide: the direct path
// never takes what they would read differently or refuse.
func TestFlatMessagesFallBack(t *testing.T) {
	for _, src := range []string{
		"other = \"x\"\n",           // a key at the top
		"[a]\n",                     // an empty table
		"[a]\nother = \"x\"\n[b]\n", // an empty table at the end
		"[a]\nother = \"x\"\n[a.b]\nother = \"y\"\n",    // a table inside a message
		"[a.b]\nother = \"y\"\n[a]\nother = \"x\"\n",    // the same, the other way round
		"[a]\nid = \"b\"\nother = \"x\"\n",              // an id of its own
		"[a]\nleftDelim = \"<<\"\nother = \"<<.N>>\"\n", // delimiters
		"[a]\nOther = \"x\"\n",                          // a key in capitals
		"[a]\ntranslation = \"x\"\n",                    // the first release's key
		"[a]\nother = \"x\"\nfoo = \"y\"\n",             // mixed keys
		"[a]\nother = \"x\"\nother = \"y\"\n",           // duplicate key
		"[a]\nother = \"x\"\n[a]\none = \"y\"\n",        // duplicate table
		"[a]\nother = \"x\" # note\n",                   // trailing comment
		"[a]\nother = 1\n",                              // not a string
		"[a . b]\nother = \"x\"\n",                      // spaced header
		"[a]\nother = \"\xff\"\n",                       // not UTF-8

		"[a]\nother = \"x\"\n[a.other]\none = \"y\"\n", // table over a string
		"[a]\nother = \"x\\q\"\n",                      // unknown escape
		"[a]\nother = \"x\\uD800\"\n",                  // surrogate
		"[a]\nother = \"x\ty\x01\"\n",                  // control character
		"[a]\r\nother = \"x\"\r\n",                     // CRLF
		"[a]\nother = 'x'\n",                           // literal string
		"[a]\nother = \"\"\"x\"\"\"\n",                 // multi-line string
		"[[a]]\nother = \"x\"\n",                       // array of tables
		"[a]\n\"q\" = \"x\"\n",                         // quoted key
		"[a]\nother = \"x\n",                           // unterminated
		"# \x01\n[a]\nother = \"x\"\n",                 // control character in a comment
	} {
		if _, err := flatMessages([]byte(src)); err == nil {
			t.Errorf("%q: taken by the direct path", src)
		}
		got, errGot := parseBuiltinMessages([]byte(src))
		want, errWant := parseMessages([]byte(src))
		if (errGot == nil) != (errWant == nil) || errGot == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%q: built-in path %v %v, reader %v %v", src, got, errGot, want, errWant)
		}
	}
	// What it takes, it reads as go-i18n does, every escape and plural form included.
	src := "# c\n\n  [a.b]\nother = \"q\\\"\\\\\\n\\t\\r\\b\\f\\u00e9\\U0001F600 é\"\t\none=\"\"\ndescription = \"d\"\nhash = \"same\"\n[a.c]\nzero = \"0\"\ntwo = \"2\"\nfew = \"f\"\nmany = \"m\"\n"
	got, err := flatMessages([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := parseMessages([]byte(src)); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if !strings.Contains(got["a.b"].Other, "😀") {
		t.Errorf("escape not decoded: %q", got["a.b"].Other)
	}
}

// FuzzFlatMessages: whatever the direct path takes, go-i18n reads from the TOML reader's
// decoding as the same messages.
func FuzzFlatMessages(f *testing.F) {
	f.Add([]byte("[a.b]\nother = \"x\\u00e9\"\n"))
	f.Add([]byte("# c\n[a]\ndescription = \"d\"\none = \"\\\"\"\n[a.c]\nother = \"y\"\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		got, err := flatMessages(src)
		if err != nil {
			return
		}
		list, err := goi18n.ParseMessageBytes(src, toml.Unmarshal)
		if err != nil {
			t.Fatalf("%q: the direct path took what the reader or go-i18n refuse: %v", src, err)
		}
		want := map[string]*goi18n.Message{}
		for _, m := range list {
			want[m.ID] = m
		}
		if len(got) != len(list) || !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: direct %+v, go-i18n %+v", src, got, want)
		}
	})
}
