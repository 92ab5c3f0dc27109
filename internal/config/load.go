package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Limits on what Load accepts, so that no input can exhaust memory or time.
const (
	MaxFileSize  = 10 << 20 // bytes
	MaxDepth     = 64       // nested maps and lists
	MaxAliases   = 100      // *alias references
	maxExpansion = 100_000  // nodes in the tree with every alias expanded
)

// BuiltinLanguages are the languages with a locale inside the binary.
var BuiltinLanguages = []string{"en", "pl", "fi", "cs", "zh"}

// Options configure Load.
type Options struct {
	// KnownLanguages are the language tags that exist (built-in locales plus --locales);
	// "languages", "default_language" and the keys of translation maps are checked
	// against it. Empty means BuiltinLanguages.
	KnownLanguages []string
	// BaseDir is the folder a logo's path is relative to. Empty means the folder of the
	// file named in Load (the current folder for a name without one, such as "<stdin>").
	BaseDir string
	// SectionIDs are, per variant, the ids of the built-in sections an own section may be
	// placed after (from the templates). Empty: "after" and "in" are not checked.
	SectionIDs map[string][]string
	// Size is the size of the whole input when the caller read only its first
	// MaxFileSize+1 bytes; 0 when unknown (then the message says "more than").
	Size int64
}

// Load reads and validates a company file. name is used in messages ("company.yaml", or "-"
// for standard input). When the file is valid it returns it with its warnings. When it is
// not, the file is nil, the warnings are still returned, and err is a Problems listing every
// error found (warnings are not repeated in it), sorted by line and column.
func Load(name string, data []byte, opts Options) (*File, Problems, error) {
	known := opts.KnownLanguages
	if len(known) == 0 {
		known = BuiltinLanguages
	}
	base := opts.BaseDir
	if base == "" {
		base = filepath.Dir(name)
	}
	d := &decoder{file: name, known: known, baseDir: base, sectionIDs: opts.SectionIDs}
	root := d.parse(data, opts.Size)
	var f *File
	if root != nil {
		f = d.decodeFile(root)
	}
	d.compact()
	errs, warnings := d.problems.split()
	if d.droppedErrs > 0 {
		errs = append(errs, moreProblems(name, d.droppedErrs, false))
	}
	if d.droppedWarnings > 0 {
		warnings = append(warnings, moreProblems(name, d.droppedWarnings, true))
	}
	if len(errs) > 0 {
		return nil, warnings, errs
	}
	f.Path = name
	return f, warnings, nil
}

// parse checks encoding and limits and returns the document's root node, or nil after
// recording why there is none.
func (d *decoder) parse(data []byte, size int64) *yaml.Node {
	if len(data) > MaxFileSize {
		what := "larger than 10 MiB"
		if size > MaxFileSize {
			what = byteSize(size)
		}
		d.add(nil, "", "too_large", fmt.Sprintf("the file is %s; the limit is 10 MiB", what),
			"a company file is normally a few kilobytes; check that this is the right file")
		return nil
	}
	if !d.checkEncoding(data) {
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if at := countValues(data, MaxValues); at >= 0 {
		line, col := offsetPosition(data, at)
		d.problems = append(d.problems, Problem{File: d.file, Line: line, Col: col, Code: "too_many_values",
			Message: fmt.Sprintf("the file holds more than %s values (fields, list items and texts) by here; "+
				"the limit is %s, and a company file needs a few thousand", thousands(MaxValues), thousands(MaxValues)),
			Hint: "check that this is the right file, and that no list was pasted in many times over"})
		return nil
	}
	d.src = data

	docs, err := parseDocuments(data)
	if err != nil {
		d.syntaxError(err)
		return nil
	}
	if len(docs) == 0 || len(docs[0].Content) == 0 || isNull(docs[0].Content[0]) {
		d.add(nil, "", "empty_file", "the file is empty; it needs at least a company section and a revisions list",
			"run \"policygen init\" to create a commented starter file")
		return nil
	}
	if len(docs) > 1 {
		d.add(docs[1], "", "multiple_documents",
			"the file holds more than one YAML document; remove the \"---\" line and everything after it, or merge the two", "")
		return nil
	}
	root := docs[0].Content[0]
	if !d.checkTree(root) {
		return nil
	}
	return root
}

// parseDocuments parses every document, turning a panic inside the YAML library into an error.
func parseDocuments(data []byte) (docs []*yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("yaml: the YAML reader failed on this input (%v)", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for len(docs) < 2 { // a second document is an error: no need to read on
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		docs = append(docs, &doc)
	}
	return docs, nil
}

// checkEncoding reports problems with bytes that are not UTF-8 text.
func (d *decoder) checkEncoding(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) || looksUTF16(data) {
		d.problems = append(d.problems, Problem{File: d.file, Line: 1, Col: 1, Code: "not_utf8",
			Message: "the file is saved as UTF-16; save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\")"})
		return false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := offsetPosition(data, i)
		d.problems = append(d.problems, Problem{File: d.file, Line: line, Col: col, Code: "binary_data",
			Message: "the file contains binary data (a NUL byte), not text; a company file must be a plain UTF-8 text file"})
		return false
	}
	if !utf8.Valid(data) {
		i := firstInvalidUTF8(data)
		line, col := offsetPosition(data, i)
		d.problems = append(d.problems, Problem{File: d.file, Line: line, Col: col, Code: "not_utf8",
			Message: fmt.Sprintf("byte 0x%02X is not UTF-8 (the file may be saved as Latin-1 or Windows-1250); save it as UTF-8", data[i])})
		return false
	}
	return true
}

// looksUTF16 spots UTF-16 without a byte-order mark: ASCII text with a NUL after (or before)
// every character.
func looksUTF16(data []byte) bool {
	n := min(len(data), 64) &^ 1
	if n < 4 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	return even == n/2 && odd == 0 || odd == n/2 && even == 0
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// byteSize formats a size for people: "1.0 GiB", "12.5 MiB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// offsetPosition turns a byte offset into a 1-based line and column (in characters, not
// counting a leading byte-order mark).
func offsetPosition(data []byte, offset int) (line, col int) {
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	text := bytes.TrimPrefix(before[lineStart:], []byte("\xef\xbb\xbf"))
	return line, utf8.RuneCount(text) + 1
}

// checkTree refuses trees that are nested too deeply or whose aliases multiply their size.
func (d *decoder) checkTree(root *yaml.Node) bool {
	aliases := 0
	var deep *yaml.Node
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if deep != nil {
			return
		}
		switch n.Kind {
		case yaml.AliasNode:
			aliases++
			return
		case yaml.MappingNode, yaml.SequenceNode:
			depth++
			if depth > MaxDepth {
				deep = n
				return
			}
		}
		for _, c := range n.Content {
			walk(c, depth)
		}
	}
	walk(root, 0)
	if deep != nil {
		d.add(deep, "", "too_deep", fmt.Sprintf("lists and maps are nested more than %d levels deep; "+
			"a company file needs fewer than ten", MaxDepth), "")
		return false
	}
	if aliases > MaxAliases {
		d.add(nil, "", "too_many_aliases", fmt.Sprintf("the file uses %d YAML aliases (*name); the limit is %d", aliases, MaxAliases),
			"write the values out instead of referring to them with aliases")
		return false
	}
	// Without aliases the tree is as large as the file, which is already limited in size: a
	// 10,000-entry revision log is fine. With aliases, the expanded tree must stay small.
	if aliases > 0 && expandedSize(root, map[*yaml.Node]int{}, map[*yaml.Node]bool{}) > maxExpansion {
		d.add(nil, "", "too_many_aliases", fmt.Sprintf("YAML aliases (*name) expand the file to more than %d values; "+
			"this is refused to protect against alias bombs", maxExpansion), "write the values out instead of referring to them with aliases")
		return false
	}
	return true
}

// expandedSize counts nodes with aliases expanded, saturating just above maxExpansion.
func expandedSize(n *yaml.Node, memo map[*yaml.Node]int, active map[*yaml.Node]bool) int {
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil || active[n.Alias] {
			return maxExpansion + 1
		}
		return expandedSize(n.Alias, memo, active)
	}
	if s, ok := memo[n]; ok {
		return s
	}
	active[n] = true
	size := 1
	for _, c := range n.Content {
		size += expandedSize(c, memo, active)
		if size > maxExpansion {
			size = maxExpansion + 1
			break
		}
	}
	delete(active, n)
	memo[n] = size
	return size
}

// The patterns below are compiled on first use: nothing is compiled at start-up (see
// cmd/policygen/testdata/script/startup.txtar).
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

var unknownAnchor = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^unknown anchor '(.*)' referenced$`) })

// aliasOffset is the offset of the first alias "*name" in src, or -1.
func aliasOffset(src []byte, name string) int {
	alias := []byte("*" + name)
	for off := 0; ; {
		i := bytes.Index(src[off:], alias)
		if i < 0 {
			return -1
		}
		end := off + i + len(alias)
		if end == len(src) || strings.IndexByte(" \t\n,]}", src[end]) >= 0 {
			return off + i
		}
		off = end
	}
}

// syntaxMessages rewrites the YAML library's wording into advice for the person editing.
var syntaxMessages = map[string]string{
	"mapping values are not allowed in this context": "unexpected colon; a text containing \": \" must be put in quotes, " +
		"and each field must be on its own line with consistent indentation",
	"did not find expected key": "the indentation is inconsistent or a quote is not closed near here; " +
		"fields of one section must start in the same column",
	"could not find expected ':'": "a field is missing its colon, or a quoted text is not closed",
	"found character that cannot start any token": "a character that YAML does not allow here; " +
		"indent with spaces, not tabs, and put text starting with @, ` or % in quotes",
	"found a tab character that violates indentation": "a tab is used for indentation; indent with spaces",
	"did not find expected node content":              "a value is missing or the indentation is wrong",
	"block sequence entries are not allowed in this context": "a list item (\"- \") is not allowed here; " +
		"check the indentation of this line",
	"did not find expected '-' indicator": "the items of a list must all start with \"- \" in the same column",
	"found unknown escape character": "unknown backslash escape in a double-quoted text; " +
		"use single quotes, or write \\\\ for a backslash",
}

// syntaxError turns a YAML library error into a problem with its line.
func (d *decoder) syntaxError(err error) {
	msg := err.Error()
	line := 0
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	if strings.HasPrefix(msg, "exceeded max depth") {
		d.problems = append(d.problems, Problem{File: d.file, Line: line, Code: "too_deep",
			Message: fmt.Sprintf("lists and maps are nested more than %d levels deep; "+
				"a company file needs fewer than ten", MaxDepth)})
		return
	}
	if m := unknownAnchor().FindStringSubmatch(msg); m != nil {
		// The library gives no position: the alias is the first "*name" not followed by more
		// of a name (in a comment or a quoted text it could match too early; rare, and still
		// the name is right).
		p := Problem{File: d.file, Code: "syntax_error", Message: fmt.Sprintf("invalid YAML: the alias *%s refers to no anchor; "+
			"write the value out, or mark it with &%s before this line", m[1], m[1])}
		if at := aliasOffset(d.src, m[1]); at >= 0 {
			p.Line, p.Col = offsetPosition(d.src, at)
		}
		d.problems = append(d.problems, p)
		return
	}
	raw := msg
	for prefix, human := range syntaxMessages {
		if strings.HasPrefix(msg, prefix) {
			msg = human
			break
		}
	}
	col := 0
	for _, n := range []int{line, line + 1} {
		// A tab in the indentation of the line (or, as the library counts, the next one) is
		// the cause, and its column is known.
		if tab := leadingTab(d.src, n); tab > 0 && (strings.Contains(raw, "tab") || strings.Contains(raw, "cannot start any token")) {
			line, col, msg = n, tab, "a tab is used to indent this line; indent with spaces (YAML does not allow tabs there)"
			break
		}
	}
	d.problems = append(d.problems, Problem{File: d.file, Line: line, Col: col, Code: "syntax_error",
		Message: "invalid YAML: " + msg})
}

// leadingTab is the column (from 1) of the first tab in the indentation of line n (from 1)
// of src, or 0.
func leadingTab(src []byte, n int) int {
	if n < 1 {
		return 0
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return 0
		}
		src = src[j+1:]
	}
	for col, c := range src {
		switch c {
		case '\t':
			return col + 1
		case ' ':
			continue
		}
		return 0
	}
	return 0
}
