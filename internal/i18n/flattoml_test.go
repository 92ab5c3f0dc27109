package i18n

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/policygen/policygen/locales"
)

// Every built-in file must decode through the fast path, to what the TOML reader makes.
func TestFlatTOMLMatchesReader(t *testing.T) {
	names, err := fs.Glob(locales.FS(), "*.toml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no built-in locale files: %v", err)
	}
	for _, name := range names {
		src, err := fs.ReadFile(locales.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeFlat(src)
		if err != nil {
			t.Errorf("%s: the fast decoder does not take it (%v): keep built-in files to headers, comments and key = \"string\" lines, or extend decodeFlat", name, err)
			continue
		}
		var want any
		if err := toml.Unmarshal(src, &want); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Errorf("%s: the fast decoder and the TOML reader disagree", name)
		}
		fast, err := parseMessagesWith(src, unmarshalBuiltin)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		full, err := parseMessages(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(fast, full) {
			t.Errorf("%s: messages differ between the fast and the full path", name)
		}
	}
}

// Anything outside the flat part, or anything the reader refuses, goes to the reader: the
// fast path never accepts what the reader would refuse and never decodes differently.
func TestFlatTOMLFallsBack(t *testing.T) {
	for _, src := range []string{
		"[a]\nother = \"x\"\nother = \"y\"\n",          // duplicate key
		"[a]\nother = \"x\"\n[a]\none = \"y\"\n",       // duplicate table
		"[a]\nother = \"x\"\n[a.other]\none = \"y\"\n", // table over a string
		"[a]\nother = \"x\\q\"\n",                      // unknown escape
		"[a]\nother = \"x\\uD800\"\n",                  // surrogate
		"[a]\nother = \"x\ty\x01\"\n",                  // control character
		"[a]\r\nother = \"x\"\r\n",                     // CRLF
		"[a]\nother = \"x\" # note\n",                  // trailing comment
		"[a]\nother = '''x'''\n",                       // literal string
		"[a]\nother = \"\"\"x\"\"\"\n",                 // multi-line string
		"[a]\nother = 1\n",                             // not a string
		"[[a]]\nother = \"x\"\n",                       // array of tables
		"[a . b]\nother = \"x\"\n",                     // spaced header
		"[a]\n\"q\" = \"x\"\n",                         // quoted key
		"[a]\nother = \"x\n",                           // unterminated
		"# \x01\n",                                     // control character in a comment
		"[a]\nother = \"\xff\"\n",                      // not UTF-8
	} {
		if _, err := decodeFlat([]byte(src)); err == nil {
			t.Errorf("%q: decoded by the fast path", src)
		}
		var fast, full any
		errFast := unmarshalBuiltin([]byte(src), &fast)
		errFull := toml.Unmarshal([]byte(src), &full)
		if (errFast == nil) != (errFull == nil) || !reflect.DeepEqual(fast, full) {
			t.Errorf("%q: fast path %v %v, reader %v %v", src, fast, errFast, full, errFull)
		}
	}
	// And what it takes, it decodes as the reader does, escapes included.
	src := "# c\n\n  [a.b]\nother = \"q\\\"\\\\\\n\\t\\r\\b\\f\\u00e9\\U0001F600 é\"\t\none=\"\"\n[a]\nx = \"1\"\n"
	got, err := decodeFlat([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var want any
	if err := toml.Unmarshal([]byte(src), &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(any(got), want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if !strings.Contains(got["a"].(map[string]any)["b"].(map[string]any)["other"].(string), "😀") {
		t.Errorf("escape not decoded: %v", got)
	}
}

// FuzzFlatTOML: whatever the fast path accepts, the reader accepts and decodes the same way.
func FuzzFlatTOML(f *testing.F) {
	f.Add([]byte("[a.b]\nother = \"x\\u00e9\"\n"))
	f.Add([]byte("# c\n[a]\ndescription = \"d\"\none = \"\\\"\"\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		got, err := decodeFlat(src)
		if err != nil {
			return
		}
		var want any
		if err := toml.Unmarshal(src, &want); err != nil {
			t.Fatalf("%q: fast path took what the reader refuses: %v", src, err)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Fatalf("%q: fast %v, reader %v", src, got, want)
		}
	})
}
