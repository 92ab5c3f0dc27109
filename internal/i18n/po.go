package i18n

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// WritePO writes x as a gettext PO file: msgctxt is the message id, msgid (and msgid_plural)
// the English text, msgstr[n] the translation in the language's CLDR order of plural forms,
// numbered by the Plural-Forms header, and "#." the description for translators.
func WritePO(x *Exchange, name string) ([]byte, error) {
	pf, err := PluralFormsHeader(x.Tag)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s messages of policygen, from %s.\n", x.Tag, x.Source)
	fmt.Fprintf(&b, "# Plural forms in CLDR order: %s. Bring the file back with `policygen locales import FILE`.\n", strings.Join(x.Forms, ", "))
	b.WriteString("msgid \"\"\nmsgstr \"\"\n")
	for _, h := range []string{
		"Project-Id-Version: policygen",
		"PO-Revision-Date: ",
		"Last-Translator: ",
		"Language-Team: ",
		"Language: " + x.Tag,
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
		"Plural-Forms: " + pf,
	} {
		fmt.Fprintf(&b, "%s\n", poQuote(h+"\n"))
	}
	for _, u := range x.Units {
		b.WriteString("\n")
		for _, line := range strings.Split(u.Description, "\n") {
			if line != "" {
				fmt.Fprintf(&b, "#. %s\n", line)
			}
		}
		if u.Fuzzy && !u.Empty() {
			b.WriteString("#, fuzzy\n")
		}
		writePOString(&b, "msgctxt", u.ID)
		writePOString(&b, "msgid", u.English[0])
		if !u.Plural() {
			writePOString(&b, "msgstr", u.Text[0])
			continue
		}
		writePOString(&b, "msgid_plural", u.English[1])
		for i, t := range u.Text {
			writePOString(&b, fmt.Sprintf("msgstr[%d]", i), t)
		}
	}
	return b.Bytes(), nil
}

// writePOString writes keyword "text", split after each newline as gettext does.
func writePOString(b *bytes.Buffer, keyword, s string) {
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) <= 1 {
		fmt.Fprintf(b, "%s %s\n", keyword, poQuote(s))
		return
	}
	fmt.Fprintf(b, "%s \"\"\n", keyword)
	for _, p := range parts {
		fmt.Fprintf(b, "%s\n", poQuote(p))
	}
}

func poQuote(s string) string {
	return quoteEscaped(s, func(b *strings.Builder, r rune) bool {
		if r < 0x20 || r == 0x7f {
			fmt.Fprintf(b, `\%03o`, r)
			return true
		}
		return false
	})
}

// poEntry is one entry of a PO file as read.
type poEntry struct {
	line        int
	ctx, id     string
	idPlural    string
	hasCtx      bool
	hasPlural   bool
	str         map[int]*string
	flags       []string
	description []string
	obsolete    bool
}

func (e *poEntry) msgstr(i int) string {
	if s := e.str[i]; s != nil {
		return *s
	}
	return ""
}

// ReadPO reads a PO file written by WritePO and edited in any gettext tool.
func ReadPO(name string, data []byte) (*Exchange, error) {
	entries, err := parsePO(name, data)
	if err != nil {
		return nil, err
	}
	var header *poEntry
	for i := range entries {
		if e := &entries[i]; !e.obsolete && !e.hasCtx && e.id == "" {
			header = e
			break
		}
	}
	if header == nil {
		return nil, fmt.Errorf("%s: no header entry (msgid \"\"): export the file again with `policygen locales export`", name)
	}
	fields := poHeaderFields(header.msgstr(0))
	tag, err := canonicalTag(fields["Language"])
	if err != nil {
		return nil, fmt.Errorf("%s: header Language: %w", name, err)
	}
	forms, ok := PluralForms(tag)
	if !ok {
		return nil, fmt.Errorf("%s: go-i18n knows no plural rules for %q", name, tag)
	}
	if n := nplurals(fields["Plural-Forms"]); n != len(forms) {
		want, _ := PluralFormsHeader(tag)
		return nil, fmt.Errorf("%s: Plural-Forms says nplurals=%d, but %s has %d plural forms in CLDR order (%s): set the header back to %q", name, n, tag, len(forms), strings.Join(forms, ", "), want)
	}
	x := &Exchange{Tag: tag, Forms: forms, Source: name}
	seen := map[string]int{}
	for i := range entries {
		e := &entries[i]
		if e.obsolete || e == header {
			continue
		}
		if !e.hasCtx {
			return nil, fmt.Errorf("%s:%d: entry %q has no msgctxt: every message is found by its id in msgctxt", name, e.line, e.id)
		}
		if prev, dup := seen[e.ctx]; dup {
			return nil, fmt.Errorf("%s:%d: msgctxt %q again (first on line %d): keep one entry per message", name, e.line, e.ctx, prev)
		}
		seen[e.ctx] = e.line
		u := Unit{ID: e.ctx, Description: strings.Join(e.description, "\n"), English: []string{e.id}, Forms: []string{"other"}, Text: []string{e.msgstr(0)}}
		for _, f := range e.flags {
			u.Fuzzy = u.Fuzzy || f == "fuzzy"
		}
		if e.hasPlural {
			u.English = append(u.English, e.idPlural)
			u.Forms, u.Text = forms, nil
			for i := range forms {
				u.Text = append(u.Text, e.msgstr(i))
			}
		}
		x.Units = append(x.Units, u)
	}
	return x, nil
}

func parseTag(s string) (string, error) {
	t, err := language.Parse(s)
	if err != nil {
		return "", err
	}
	return t.String(), nil
}

// poUnquote reads one C-style quoted PO string.
func poUnquote(s string) (string, error) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", fmt.Errorf("expected a string in double quotes, found %q", s)
	}
	s = s[1 : len(s)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' {
			return "", fmt.Errorf("unescaped \" inside a string: write \\\"")
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(s) {
			return "", fmt.Errorf("string ends with a lone backslash")
		}
		switch c = s[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '\\', '"', '\'', '?':
			b.WriteByte(c)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(s[i:j], 8, 8)
			b.WriteByte(byte(v))
			i = j - 1
		case 'x':
			j := i + 1
			for j < len(s) && j < i+3 && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
				j++
			}
			v, err := strconv.ParseUint(s[i+1:j], 16, 8)
			if err != nil {
				return "", fmt.Errorf("\\x needs hexadecimal digits")
			}
			b.WriteByte(byte(v))
			i = j - 1
		default:
			return "", fmt.Errorf("unknown escape \\%c", c)
		}
	}
	return b.String(), nil
}

func canonicalTag(s string) (string, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if s == "" {
		return "", fmt.Errorf("missing: the file must say which language it is in")
	}
	if i := strings.IndexAny(s, ".@"); i >= 0 { // pt_BR.UTF-8, sr@latin
		s = s[:i]
	}
	t, err := parseTag(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a language tag", s)
	}
	return t, nil
}

func poHeaderFields(h string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(h, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			out[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return out
}

func nplurals(pf string) int {
	for _, part := range strings.Split(pf, ";") {
		k, v, ok := strings.Cut(part, "=")
		if ok && strings.TrimSpace(k) == "nplurals" {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err == nil {
				return n
			}
		}
	}
	return -1
}

// parsePO reads the entries of a PO file.
func parsePO(name string, data []byte) ([]poEntry, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8: save the file as UTF-8 (charset=UTF-8)", name)
	}
	var entries []poEntry
	cur := poEntry{str: map[int]*string{}}
	started, seenStr := false, false
	var target *string
	flush := func() {
		if started {
			entries = append(entries, cur)
		}
		cur = poEntry{str: map[int]*string{}}
		started, seenStr, target = false, false, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, args...))
		}
		obsolete := strings.HasPrefix(line, "#~")
		if obsolete {
			line = strings.TrimSpace(strings.TrimPrefix(line, "#~"))
			if strings.HasPrefix(line, "|") { // #~| previous msgid of an obsolete entry
				continue
			}
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#"):
			if seenStr {
				flush()
			}
			switch {
			case strings.HasPrefix(line, "#."):
				cur.description = append(cur.description, strings.TrimPrefix(strings.TrimPrefix(line, "#."), " "))
			case strings.HasPrefix(line, "#,"):
				for _, f := range strings.Split(strings.TrimPrefix(line, "#,"), ",") {
					cur.flags = append(cur.flags, strings.TrimSpace(f))
				}
			}
			continue
		case strings.HasPrefix(line, `"`):
			if target == nil {
				return nil, errf("a string continues nothing: it must follow msgid, msgstr or another string")
			}
			s, err := poUnquote(line)
			if err != nil {
				return nil, errf("%v", err)
			}
			*target += s
			continue
		}
		keyword, rest, _ := strings.Cut(line, " ")
		s, err := poUnquote(strings.TrimSpace(rest))
		if err != nil {
			return nil, errf("%s: %v", keyword, err)
		}
		if (keyword == "msgctxt" || keyword == "msgid") && seenStr {
			flush()
		}
		if !started {
			cur.line = n
		}
		started = true
		cur.obsolete = cur.obsolete || obsolete
		switch {
		case keyword == "msgctxt":
			cur.ctx, cur.hasCtx = s, true
			target = &cur.ctx
		case keyword == "msgid":
			cur.id = s
			target = &cur.id
		case keyword == "msgid_plural":
			cur.idPlural, cur.hasPlural = s, true
			target = &cur.idPlural
		case keyword == "msgstr" || strings.HasPrefix(keyword, "msgstr["):
			i := 0
			if keyword != "msgstr" {
				i, err = strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(keyword, "msgstr["), "]"))
				if err != nil || i < 0 || i > 5 {
					return nil, errf("%s: not a plural form index 0 to 5", keyword)
				}
			}
			seenStr = true
			v := s
			cur.str[i] = &v
			target = &v
		default:
			return nil, errf("unknown keyword %q", keyword)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	return entries, nil
}
