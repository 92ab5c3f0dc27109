package config

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// decoder walks the YAML node tree, filling a File and collecting every problem on the way.
type decoder struct {
	file        string
	known       []string            // known language tags
	baseDir     string              // folder of the company file, for the logo
	sectionIDs  map[string][]string // per variant, the built-in section ids new sections may follow
	src         []byte              // the file as parsed, for positions inside multi-line values
	problems    Problems
	sectionRefs []sectionRefs // per own section, where its parts are
	texts       []textRef     // every localized text, checked against languages at the end
	// dropped counts the problems left out to keep memory bounded: only the first
	// MaxProblems of each kind (by position) are listed.
	droppedErrs, droppedWarnings int
}

// textRef remembers where a localized text was and, for a translation map, where each of its
// keys was. A plain string has no keys: it is default_language text.
type textRef struct {
	field string
	at    *yaml.Node
	keys  map[string]*yaml.Node
	plain bool
}

// field is one key a map accepts, with the function that decodes its value.
type field struct {
	key      string
	required bool
	decode   func(value *yaml.Node, path string)
}

func (d *decoder) add(n *yaml.Node, path, code, msg, hint string) {
	d.record(n, Problem{File: d.file, Field: path, Code: code, Message: msg, Hint: hint})
}

func (d *decoder) warn(n *yaml.Node, path, code, msg string) {
	d.record(n, Problem{File: d.file, Field: path, Code: code, Message: msg, Warning: true})
}

// record keeps a problem. When many have piled up, only the first MaxProblems of each kind
// are kept, so that a file with a million mistakes costs no more memory than one with a few.
func (d *decoder) record(n *yaml.Node, p Problem) {
	p.Field = pathKey(p.Field) // already quoted where built from a key; this is a backstop
	if n != nil {
		p.Line, p.Col = n.Line, n.Column
	}
	d.problems = append(d.problems, p)
	if len(d.problems) >= 10*MaxProblems {
		d.compact()
	}
}

func (d *decoder) compact() {
	var e, w int
	d.problems, e, w = d.problems.keepFirst(MaxProblems)
	d.droppedErrs += e
	d.droppedWarnings += w
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// keyPath is path.key for a scalar key, path otherwise.
func keyPath(path string, k *yaml.Node) string {
	if k.Kind == yaml.ScalarNode {
		return join(path, pathKey(k.Value))
	}
	return path
}

// pathKey is key as written in a field path: quoted when it holds a character that does not
// print (a line break, a control or bidi character), so that a quoted key in the file cannot
// start a new line, and forge another problem, in the list of problems.
func pathKey(key string) string {
	if strings.IndexFunc(key, func(r rune) bool { return !unicode.IsGraphic(r) && r != ' ' }) >= 0 {
		return strconv.Quote(key)
	}
	return key
}

func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = resolve(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// describe says what a node is, for "expected …, found …" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a group of fields"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!bool":
			return "true/false"
		case "!!int", "!!float":
			return "the number " + shorten(n.Value)
		}
		return strconv.Quote(shorten(n.Value))
	}
	return "an unexpected value"
}

func (d *decoder) wrongType(n *yaml.Node, path, expected, hint string) {
	d.add(n, path, "wrong_type", fmt.Sprintf("expected %s, found %s", expected, describe(n)), hint)
}

// mapping decodes a map with exactly the given fields. A missing required field is reported
// at the map (no position for the top level). It reports false when n is not a map.
func (d *decoder) mapping(n *yaml.Node, path string, fields []field) bool {
	n = resolve(n)
	at := n
	if path == "" {
		at = nil
	}
	if n.Kind != yaml.MappingNode {
		d.wrongType(n, path, "a group of fields ("+fieldNames(fields)+")", "")
		return false
	}
	seen := map[string]*yaml.Node{}
	var likely []string // field names, those the map does not have first; made on the first unknown key
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.add(k, path, "wrong_type", "expected a field name, found "+describe(k), "")
			continue
		}
		f, ok := findField(fields, k.Value)
		if !ok {
			if likely == nil {
				likely = absentFirst(fields, n)
			}
			d.unknownField(k, path, fields, likely)
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.add(k, join(path, pathKey(k.Value)), "duplicate_field",
				fmt.Sprintf("field %q appears twice (first on line %d); keep only one", k.Value, first.Line), "")
			continue
		}
		seen[k.Value] = k
		if isNull(v) || isEmptyString(v) {
			continue // an empty optional field is absent; required ones are reported below
		}
		if d.tooLong(v, join(path, k.Value)) {
			continue
		}
		f.decode(v, join(path, k.Value))
	}
	for _, f := range fields {
		if !f.required {
			continue
		}
		if k, ok := seen[f.key]; !ok {
			d.add(at, join(path, f.key), "missing_field", fmt.Sprintf("required field %q is missing", f.key), "")
		} else if v := n.Content[indexOfKey(n, k)+1]; isNull(v) || isEmptyString(v) {
			d.add(k, join(path, f.key), "missing_field", fmt.Sprintf("required field %q is empty", f.key), "")
		}
	}
	return true
}

func indexOfKey(n, k *yaml.Node) int {
	for i := 0; i < len(n.Content); i += 2 {
		if resolve(n.Content[i]) == k {
			return i
		}
	}
	return 0
}

func isEmptyString(n *yaml.Node) bool {
	n = resolve(n)
	return n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "" && n.Tag == "!!str"
}

func findField(fields []field, key string) (field, bool) {
	for _, f := range fields {
		if f.key == key {
			return f, true
		}
	}
	return field{}, false
}

func fieldNames(fields []field) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.key
	}
	return quoteList(names)
}

// absentFirst lists the field names so that those the mapping does not have yet come first:
// a typo ("mision") is more likely the missing "mission" than the "vision" already there.
func absentFirst(fields []field, n *yaml.Node) []string {
	present := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		present[n.Content[i].Value] = true
	}
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		if !present[f.key] {
			out = append(out, f.key)
		}
	}
	for _, f := range fields {
		if present[f.key] {
			out = append(out, f.key)
		}
	}
	return out
}

// unknownField reports key k, which is not one of fields; guesses are the field names in the
// order a typo most likely meant them.
func (d *decoder) unknownField(k *yaml.Node, path string, fields []field, guesses []string) {
	if k.Value == "<<" {
		d.add(k, path, "unknown_field", "YAML merge keys (<<) are not supported; write the fields out", "")
		return
	}
	p := join(path, pathKey(shorten(k.Value)))
	if home := homeOf(k.Value, path); home != "" {
		// A field of the company file in the wrong place: say where it goes.
		here := "at the top level"
		if path != "" {
			here = "under " + path
		}
		d.add(k, p, "unknown_field", fmt.Sprintf("%q does not belong %s; move it to %s", shorten(k.Value), here, home), "")
		return
	}
	if guess, ok := closest(k.Value, guesses); ok {
		d.add(k, p, "unknown_field", fmt.Sprintf("unknown field %q; did you mean %q?", shorten(k.Value), guess), "")
		return
	}
	d.add(k, p, "unknown_field", fmt.Sprintf("unknown field %q; allowed fields: %s", shorten(k.Value), fieldNames(fields)), "")
}

// text decodes a plain string (no translation map). ok is false after a problem.
func (d *decoder) text(n *yaml.Node, path string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.wrongType(n, path, "a text", "")
		return "", false
	}
	if i := strings.IndexFunc(n.Value, isControl); i >= 0 {
		d.add(n, path, "control_character", fmt.Sprintf("the text contains an invisible control character (U+%04X); remove it",
			[]rune(n.Value[i:])[0]), "")
		return "", false
	}
	return n.Value, true
}

func isControl(r rune) bool { return r != '\n' && r != '\t' && unicode.IsControl(r) }

func (d *decoder) str(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if s, ok := d.text(n, path); ok && d.plainValue(n, path, s) {
			*dst = strings.TrimSpace(s)
		}
	}
}

// localized decodes a text that is either one string or a map of language tags to strings.
func (d *decoder) localized(dst *LocalizedText) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) { *dst = d.localizedValue(n, path) }
}

func (d *decoder) localizedValue(n *yaml.Node, path string) LocalizedText {
	n = resolve(n)
	t := LocalizedText{Pos: Pos{n.Line, n.Column}}
	if n.Kind == yaml.ScalarNode {
		t.All, _ = d.text(n, path)
		t.All = d.withoutBidi(n, path, t.All)
		if isEmptyString(n) { // a list item: a field left empty never gets here
			d.add(n, path, "empty_value", "the text is empty; write it or remove the line", "")
		}
		if strings.TrimSpace(t.All) != "" {
			d.texts = append(d.texts, textRef{field: path, at: n, plain: true})
		}
		return t
	}
	if n.Kind != yaml.MappingNode {
		d.wrongType(n, path, "a text, or translations like {en: …, pl: …}", "")
		return t
	}
	ref := textRef{field: path, at: n, keys: map[string]*yaml.Node{}}
	t.ByLang = map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode || !d.isKnown(k.Value) {
			what := fmt.Sprintf("unknown language %q", shorten(k.Value)) // a key, even 1 or ~, is a name here
			if k.Kind != yaml.ScalarNode {
				what = describe(k) + " is not a language"
			}
			d.add(k, shorten(keyPath(path, k)), "unknown_language", fmt.Sprintf("%s in a translation; use one of %s",
				what, quoteList(d.known)), d.languageHint(k.Value))
			continue
		}
		p := join(path, k.Value)
		if _, dup := ref.keys[k.Value]; dup {
			d.add(k, p, "duplicate_field", fmt.Sprintf("language %q appears twice; keep only one", k.Value), "")
			continue
		}
		ref.keys[k.Value] = k
		if isNull(v) || isEmptyString(v) {
			d.add(v, p, "empty_value", fmt.Sprintf("the %s text is empty; write it or remove the line", languageName(k.Value)), "")
			continue
		}
		if d.tooLong(v, p) {
			continue
		}
		if s, ok := d.text(v, p); ok {
			t.ByLang[k.Value] = d.withoutBidi(v, p, s)
		}
	}
	if len(ref.keys) == 0 {
		d.wrongType(n, path, "a text, or translations like {en: …, pl: …}", "")
	}
	d.texts = append(d.texts, ref)
	return t
}

// list decodes a list, calling item for each entry.
func (d *decoder) list(n *yaml.Node, path, what string, item func(n *yaml.Node, path string)) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.wrongType(n, path, "a list of "+what, "")
		return
	}
	if d.tooMany(n, path) {
		return
	}
	for i, c := range n.Content {
		p := index(path, i)
		if d.tooLong(c, p) {
			continue
		}
		item(c, p)
	}
}

func (d *decoder) boolean(dst **bool) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		n = resolve(n)
		var b bool
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || n.Decode(&b) != nil {
			d.wrongType(n, path, "true or false", "")
			return
		}
		*dst = &b
	}
}

func (d *decoder) isKnown(lang string) bool {
	for _, k := range d.known {
		if k == lang {
			return true
		}
	}
	return false
}

// languageHint suggests a known tag for common ways of writing one wrongly.
func (d *decoder) languageHint(tag string) string {
	aliases := map[string]string{"cz": "cs", "cze": "cs", "ces": "cs", "eng": "en", "pol": "pl", "fin": "fi",
		"chi": "zh", "zho": "zh", "cn": "zh", "zh-cn": "zh", "zh-hans": "zh", "zh_cn": "zh", "en-us": "en", "en-gb": "en"}
	lower := strings.ToLower(tag)
	if t, ok := aliases[lower]; ok && d.isKnown(t) {
		return fmt.Sprintf("did you mean %q?", t)
	}
	if d.isKnown(lower) {
		return fmt.Sprintf("did you mean %q?", lower)
	}
	return "another language needs its locale file, given with --locales DIR"
}

var languageNames = map[string]string{"en": "English", "pl": "Polish", "fi": "Finnish", "cs": "Czech", "zh": "Chinese"}

func languageName(tag string) string {
	if n, ok := languageNames[tag]; ok {
		return n
	}
	return strconv.Quote(tag)
}
