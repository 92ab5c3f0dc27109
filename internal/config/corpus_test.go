package config

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

var updateCorpus = flag.Bool("update-corpus", false, "rewrite testdata/corpus from corpusTable")

const corpusDir = "testdata/corpus"

func corpusPath(e corpusEntry) string {
	dir := "invalid"
	if e.valid {
		dir = "valid"
	}
	return filepath.Join(corpusDir, dir, e.name+".yaml")
}

// TestCorpusFiles keeps the files of testdata/corpus equal to corpusTable
// (go test ./internal/config -run TestCorpusFiles -update-corpus rewrites them).
func TestCorpusFiles(t *testing.T) {
	if *updateCorpus {
		for _, dir := range []string{"valid", "invalid"} {
			if err := os.RemoveAll(filepath.Join(corpusDir, dir)); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Join(corpusDir, dir), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	seen := map[string]bool{}
	for _, e := range corpusTable {
		if seen[e.name] {
			t.Errorf("%s: listed twice", e.name)
		}
		seen[e.name] = true
		path := corpusPath(e)
		if *updateCorpus {
			if err := os.WriteFile(path, []byte(e.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%v (run go test -run TestCorpusFiles -update-corpus)", err)
			continue
		}
		if string(data) != e.yaml {
			t.Errorf("%s differs from corpusTable (run go test -run TestCorpusFiles -update-corpus)", path)
		}
	}
}

// schemaCannotExpress lists the corpus files on which the loader and the JSON Schema
// disagree, and why: rules that span several values, and languages that only --locales adds.
// Every other file must get the same verdict from both.
var schemaCannotExpress = map[string]string{
	"languages-locale-only":         "the schema accepts any language code: --locales may add it",
	"text-locale-only-tag":          "the schema accepts any language code: --locales may add it",
	"default-language-unknown":      "the schema accepts any language code: --locales may add it",
	"default-language-not-listed":   "default_language must be one of languages: a rule across two fields",
	"text-without-default-language": "a translation must include default_language: a rule across two fields",
	"metrics-duplicate-any-case":    "metrics are unique ignoring case: uniqueItems compares exactly",
	"escalation-level-duplicate":    "a level unique across list items",
	"escalation-levels-descending":  "levels listed from the lowest up: an order across list items",
	"revisions-duplicate-version":   "a version unique across list items",
	"revisions-dates-out-of-order":  "revision dates in order: an order across list items",
	"duplicate-key":                 "a key given twice: JSON keeps only the last one",
}

// TestCorpusSchemaAgreesWithLoader checks every file under testdata/corpus against the
// loader and against schema.json with a JSON Schema (2020-12) validator, reading the YAML as
// an editor does (YAML 1.2: unquoted 2026-01-01 is a string, 1.10 a number).
func TestCorpusSchemaAgreesWithLoader(t *testing.T) {
	schema := compileSchema(t)
	files := 0
	for _, dir := range []string{"valid", "invalid"} {
		paths, err := filepath.Glob(filepath.Join(corpusDir, dir, "*.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			files++
			name := strings.TrimSuffix(filepath.Base(path), ".yaml")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			_, _, loadErr := Load(path, data, Options{})
			loaderOK := loadErr == nil
			if loaderOK != (dir == "valid") {
				t.Errorf("%s: loader says valid=%v (%v)", path, loaderOK, loadErr)
			}
			schemaErr := schema.Validate(yamlToJSON(t, data))
			schemaOK := schemaErr == nil
			reason, excepted := schemaCannotExpress[name]
			switch {
			case excepted && schemaOK == loaderOK:
				t.Errorf("%s: listed as a disagreement (%s), but loader and schema agree (valid=%v)", path, reason, loaderOK)
			case !excepted && schemaOK != loaderOK:
				t.Errorf("%s: loader says valid=%v, schema says valid=%v\nloader: %v\nschema: %v", path, loaderOK, schemaOK, loadErr, schemaErr)
			}
		}
	}
	if files < 100 {
		t.Errorf("the corpus has %d files; keep at least 100", files)
	}
	for name := range schemaCannotExpress {
		found := false
		for _, e := range corpusTable {
			found = found || e.name == name
		}
		if !found {
			t.Errorf("schemaCannotExpress lists %s, which is not in the corpus", name)
		}
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "https://policygen.dev/schema/company.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// yamlToJSON reads YAML as a JSON value the way YAML 1.2 tools do.
func yamlToJSON(t *testing.T, data []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Sprintf("not YAML: %v", err) // a string: the schema rejects it, as it should
	}
	if len(doc.Content) == 0 {
		return nil
	}
	v, err := nodeValue(doc.Content[0])
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func nodeValue(n *yaml.Node) (any, error) {
	n = resolve(n)
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := nodeValue(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[resolve(n.Content[i]).Value] = v // a repeated key: the last wins, as in JSON
		}
		return m, nil
	case yaml.SequenceNode:
		l := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := nodeValue(c)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, nil
	}
	switch n.Tag {
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		err := n.Decode(&b)
		return b, err
	case "!!int":
		var i int64
		if err := n.Decode(&i); err != nil {
			return nil, err
		}
		return json.Number(strconv.FormatInt(i, 10)), nil
	case "!!float":
		var f float64
		if err := n.Decode(&f); err != nil {
			return nil, err
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), nil
	}
	return n.Value, nil // strings, and dates (a YAML 1.2 reader has no timestamp type)
}

// TestExamplesMatchSchema: the examples and every starter file are valid to editors too.
func TestExamplesMatchSchema(t *testing.T) {
	schema := compileSchema(t)
	docs := map[string][]byte{}
	for _, path := range []string{"../../examples/complete.yaml", "../../examples/minimal.yaml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		docs[path] = data
	}
	for _, lang := range BuiltinLanguages {
		docs["starter "+lang] = Starter(lang, func(id string) string { return "Sample text: " + id })
	}
	for name, data := range docs {
		if err := schema.Validate(yamlToJSON(t, data)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
