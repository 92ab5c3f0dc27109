package i18n

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// The built-in locale files use a small part of TOML: comments, blank lines, [a.b.c] headers
// of bare keys and key = "basic string" lines. Reading that part directly costs a fraction of
// the reflecting TOML reader and go-i18n's walk over what it decodes, and a build reads every
// built-in file. Anything outside that part, and anything the reader or go-i18n would refuse
// or read differently, sends the whole file to them, so the messages are always theirs.

// errNotFlat is a file outside the flat part of TOML: the TOML reader and go-i18n read it.
var errNotFlat = errors.New("not a flat locale file")

// flatMessages reads the messages of a flat locale file straight into go-i18n's messages. It
// takes the usual shape only, one [message.id] table per
// message with nothing but description, hash and plural forms, and leaves anything else to
// the reader (errNotFlat): keys at the top, an id, delimiters or other keys, an empty table, a
// table inside a message's. What it takes, it reads as go-i18n would from what the TOML
// reader gives (TestFlatMessagesMatchGoI18n, FuzzFlatMessages).
func flatMessages(src []byte) (map[string]*goi18n.Message, error) {
	if !utf8.Valid(src) {
		return nil, errNotFlat
	}
	msgs := make(map[string]*goi18n.Message, bytes.Count(src, []byte("\n["))+1)
	var cur *goi18n.Message
	var keys uint8 // the keys cur has, one bit each
	s := string(src)
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
			if cur != nil && keys == 0 {
				return nil, errNotFlat
			}
			end := strings.IndexByte(line, ']')
			if end < 0 || strings.TrimRight(line[end+1:], " \t") != "" {
				return nil, errNotFlat
			}
			id := line[1:end]
			for part := range strings.SplitSeq(id, ".") {
				if !bareKey(part) {
					return nil, errNotFlat
				}
			}
			if msgs[id] != nil {
				return nil, errNotFlat
			}
			cur, keys = &goi18n.Message{ID: id}, 0
			msgs[id] = cur
		default:
			if cur == nil {
				return nil, errNotFlat
			}
			bit, err := flatMessageKey(cur, line)
			if err != nil || keys&bit != 0 {
				return nil, errNotFlat
			}
			keys |= bit
		}
	}
	if cur != nil && keys == 0 {
		return nil, errNotFlat
	}
	for id := range msgs {
		for i := strings.IndexByte(id, '.'); i >= 0; i = next(id, i) {
			if msgs[id[:i]] != nil { // a message that holds another table
				return nil, errNotFlat
			}
		}
	}
	return msgs, nil
}

// next is the index of the next '.' in id after i, or -1.
func next(id string, i int) int {
	j := strings.IndexByte(id[i+1:], '.')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// flatMessageKey sets the field of m that one key = "string" line gives and returns its bit.
func flatMessageKey(m *goi18n.Message, line string) (uint8, error) {
	eq := strings.IndexByte(line, '=')
	if eq < 0 {
		return 0, errNotFlat
	}
	key := strings.TrimRight(line[:eq], " \t")
	rest := strings.TrimLeft(line[eq+1:], " \t")
	if len(rest) < 2 || rest[0] != '"' || strings.HasPrefix(rest, `"""`) {
		return 0, errNotFlat
	}
	val, n, err := flatString(rest[1:])
	if err != nil {
		return 0, err
	}
	if strings.TrimRight(rest[1+n:], " \t") != "" {
		return 0, errNotFlat
	}
	var field *string
	var bit uint8
	switch key {
	case "other":
		field, bit = &m.Other, 1
	case "description":
		field, bit = &m.Description, 2
	case "one":
		field, bit = &m.One, 4
	case "few":
		field, bit = &m.Few, 8
	case "many":
		field, bit = &m.Many, 16
	case "zero":
		field, bit = &m.Zero, 32
	case "two":
		field, bit = &m.Two, 64
	case "hash":
		field, bit = &m.Hash, 128
	default:
		return 0, errNotFlat
	}
	*field = val
	return bit, nil
}

// parseBuiltinMessages parses a built-in locale file: through flatMessages where it can, and
// as any other file otherwise. The checks a file of --locales gets on what its messages may
// hold are left to the tests of the built-in files (TestBuiltinMessagesPassTheChecks), as
// Verify leaves theirs: parsing every message with a condition was a fifth of the time.
func parseBuiltinMessages(src []byte) (map[string]*goi18n.Message, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if err := checkNesting(src); err != nil {
		return nil, err
	}
	msgs, err := flatMessages(src)
	if err != nil || len(msgs) == 0 {
		return parseMessages(src)
	}
	return msgs, nil
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
