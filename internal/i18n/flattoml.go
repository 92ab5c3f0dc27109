package i18n

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// The built-in locale files use a small part of TOML: comments, blank lines, [a.b.c] headers
// of bare keys and key = "basic string" lines. Decoding that part directly costs a fraction
// of the reflecting TOML reader, and a built-in file is decoded by every build. Anything
// outside that part, and anything the reader would refuse (a duplicate key or table, a
// control character, an unknown escape), sends the whole file to the TOML reader, so the
// result and the messages are always the reader's; TestFlatTOMLMatchesReader holds every
// built-in file to that.

// errNotFlat is a file outside the flat part of TOML: the TOML reader decodes it.
var errNotFlat = errors.New("not a flat locale file")

// unmarshalBuiltin decodes a built-in locale file into v (a *interface{}, as go-i18n
// passes), through decodeFlat where it can and the TOML reader otherwise.
func unmarshalBuiltin(src []byte, v any) error {
	p, ok := v.(*any)
	if !ok {
		return toml.Unmarshal(src, v)
	}
	m, err := decodeFlat(src)
	if err != nil {
		return toml.Unmarshal(src, v)
	}
	*p = m
	return nil
}

// decodeFlat decodes a flat TOML file into the nested maps the TOML reader makes, or returns
// errNotFlat.
func decodeFlat(src []byte) (map[string]any, error) {
	if !utf8.Valid(src) {
		return nil, errNotFlat
	}
	s := string(src)
	root := map[string]any{}
	defined := map[string]bool{} // tables with a header of their own, by dotted key
	cur := root
	for len(s) > 0 {
		var line string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			line, s = s, ""
		}
		line = strings.TrimLeft(line, " \t")
		switch {
		case line == "":
		case line[0] == '#':
			if !cleanComment(line) {
				return nil, errNotFlat
			}
		case line[0] == '[':
			t, err := flatHeader(root, defined, line)
			if err != nil {
				return nil, err
			}
			cur = t
		default:
			if err := flatKeyValue(cur, line); err != nil {
				return nil, err
			}
		}
	}
	return root, nil
}

// cleanComment reports whether a comment holds no control character but tab.
func cleanComment(c string) bool {
	for i := 0; i < len(c); i++ {
		if b := c[i]; b < 0x20 && b != '\t' || b == 0x7f {
			return false
		}
	}
	return true
}

// flatHeader opens the table of a [a.b.c] header line, creating the tables on the way.
func flatHeader(root map[string]any, defined map[string]bool, line string) (map[string]any, error) {
	end := strings.IndexByte(line, ']')
	if end < 0 || strings.TrimRight(line[end+1:], " \t") != "" {
		return nil, errNotFlat
	}
	name := line[1:end]
	if defined[name] {
		return nil, errNotFlat
	}
	t := root
	for part := range strings.SplitSeq(name, ".") {
		if !bareKey(part) {
			return nil, errNotFlat
		}
		switch next := t[part].(type) {
		case nil:
			m := map[string]any{}
			t[part] = m
			t = m
		case map[string]any:
			t = next
		default:
			return nil, errNotFlat
		}
	}
	defined[name] = true
	return t, nil
}

// flatKeyValue adds one key = "string" line to table t.
func flatKeyValue(t map[string]any, line string) error {
	eq := strings.IndexByte(line, '=')
	if eq < 0 {
		return errNotFlat
	}
	key := strings.TrimRight(line[:eq], " \t")
	if !bareKey(key) {
		return errNotFlat
	}
	if _, dup := t[key]; dup {
		return errNotFlat
	}
	rest := strings.TrimLeft(line[eq+1:], " \t")
	if len(rest) < 2 || rest[0] != '"' || strings.HasPrefix(rest, `"""`) {
		return errNotFlat
	}
	val, n, err := flatString(rest[1:])
	if err != nil {
		return err
	}
	if strings.TrimRight(rest[1+n:], " \t") != "" {
		return errNotFlat
	}
	t[key] = val
	return nil
}

// flatString decodes a basic string whose opening quote has been read, returning it and how
// many bytes it took with its closing quote.
func flatString(s string) (string, int, error) {
	var b []byte // nil until the first escape
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			if b == nil {
				return s[:i], i + 1, nil
			}
			return string(append(b, s[start:i]...)), i + 1, nil
		case c == '\\':
			if i+1 >= len(s) {
				return "", 0, errNotFlat
			}
			b = append(b, s[start:i]...)
			var r rune
			skip := 1
			switch s[i+1] {
			case '"':
				r = '"'
			case '\\':
				r = '\\'
			case 'n':
				r = '\n'
			case 't':
				r = '\t'
			case 'r':
				r = '\r'
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'u', 'U':
				digits := 4
				if s[i+1] == 'U' {
					digits = 8
				}
				if i+2+digits > len(s) {
					return "", 0, errNotFlat
				}
				hex := s[i+2 : i+2+digits]
				if strings.ContainsAny(hex, "+-_") {
					return "", 0, errNotFlat
				}
				v, err := strconv.ParseUint(hex, 16, 32)
				if err != nil || !utf8.ValidRune(rune(v)) {
					return "", 0, errNotFlat
				}
				r, skip = rune(v), 1+digits
			default:
				return "", 0, errNotFlat
			}
			b = utf8.AppendRune(b, r)
			i += skip
			start = i + 1
		case c < 0x20 && c != '\t' || c == 0x7f:
			return "", 0, errNotFlat
		}
	}
	return "", 0, errNotFlat
}
