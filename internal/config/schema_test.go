package config

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestSchemaIsJSON(t *testing.T) {
	var s map[string]any
	if err := json.Unmarshal(Schema(), &s); err != nil {
		t.Fatal(err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" || s["$id"] != "https://policygen.dev/schema/company.json" {
		t.Errorf("$schema/$id = %v %v", s["$schema"], s["$id"])
	}
}

// schemaObject is an object in the schema that lists its properties, with the path of
// YAML keys (and "-" for a list item) that leads to it.
type schemaObject struct {
	path  []string
	props []string
}

func schemaObjects(t *testing.T) []schemaObject {
	var root map[string]any
	if err := json.Unmarshal(Schema(), &root); err != nil {
		t.Fatal(err)
	}
	defs := root["$defs"].(map[string]any)
	var out []schemaObject
	var walk func(node map[string]any, path []string)
	walk = func(node map[string]any, path []string) {
		if ref, ok := node["$ref"].(string); ok {
			walk(defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any), path)
			return
		}
		if props, ok := node["properties"].(map[string]any); ok {
			names := make([]string, 0, len(props))
			for k, v := range props {
				names = append(names, k)
				walk(v.(map[string]any), append(slices.Clone(path), k))
			}
			sort.Strings(names)
			out = append(out, schemaObject{path, names})
		}
		if items, ok := node["items"].(map[string]any); ok {
			walk(items, append(slices.Clone(path), "-"))
		}
		if alts, ok := node["anyOf"].([]any); ok { // an optional field: blank, or the value
			for _, alt := range alts {
				walk(alt.(map[string]any), path)
			}
		}
	}
	walk(root, nil)
	return out
}

// nestedYAML writes a document with key: x inside the object at path.
func nestedYAML(path []string, key string) string {
	var b strings.Builder
	indent := ""
	for _, p := range path {
		if p == "-" {
			b.WriteString(indent + "-\n")
		} else {
			b.WriteString(indent + p + ":\n")
		}
		indent += "  "
	}
	b.WriteString(indent + key + ": x\n")
	return b.String()
}

// TestSchemaMatchesLoader puts an unknown key into every object of the schema and checks
// that Load lists exactly the schema's properties as the allowed fields there.
func TestSchemaMatchesLoader(t *testing.T) {
	objects := schemaObjects(t)
	if len(objects) < 15 {
		t.Fatalf("only %d objects found in the schema", len(objects))
	}
	for _, o := range objects {
		doc := nestedYAML(o.path, "zzqqxxjj")
		_, _, err := Load("s.yaml", []byte(doc), Options{})
		var allowed []string
		for _, p := range asProblems(err) {
			if p.Code == "unknown_field" {
				_, list, ok := strings.Cut(p.Message, "allowed fields: ")
				if !ok {
					t.Fatalf("%v: no list of allowed fields in %q", o.path, p.Message)
				}
				allowed = strings.Split(list, ", ")
			}
		}
		sort.Strings(allowed)
		if !slices.Equal(allowed, o.props) {
			t.Errorf("%v: loader allows %v, schema has %v", o.path, allowed, o.props)
		}
	}
}

func asProblems(err error) Problems {
	ps, _ := err.(Problems)
	return ps
}

func TestStarterLoads(t *testing.T) {
	for _, lang := range BuiltinLanguages {
		data := Starter(lang, func(id string) string {
			if strings.HasPrefix(id, "init.value.") {
				return "Text for " + id + ": with a colon, # and \"quotes\""
			}
			return "Line one of " + id + "\nline two"
		})
		if !strings.HasPrefix(string(data), "# yaml-language-server: $schema=https://policygen.dev/schema/company.json\n") {
			t.Errorf("%s: starter does not begin with the schema line", lang)
		}
		f, warnings, err := Load("company.yaml", data, Options{})
		if err != nil {
			t.Errorf("%s: %v", lang, err)
			continue
		}
		if len(warnings) > 0 {
			t.Errorf("%s: warnings: %v", lang, warnings)
		}
		if f.DefaultLanguage != lang {
			t.Errorf("%s: default_language = %q", lang, f.DefaultLanguage)
		}
	}
}
