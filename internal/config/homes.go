package config

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
)

// fieldHomes maps each field name of the company file to where it belongs ("opening_hours" →
// "channels.opening_hours"), read from the JSON Schema the first time a file has a field in
// the wrong place.
var fieldHomes = sync.OnceValue(func() map[string][]string {
	var root schemaNode
	if err := json.Unmarshal(schema, &root); err != nil {
		return nil
	}
	homes := map[string][]string{}
	var walk func(n schemaNode, path string, depth int)
	walk = func(n schemaNode, path string, depth int) {
		if ref, ok := strings.CutPrefix(n.Ref, "#/$defs/"); ok && depth < 8 {
			n = root.Defs[ref]
		}
		keys := make([]string, 0, len(n.Properties))
		for k := range n.Properties {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := join(path, k)
			homes[k] = append(homes[k], p)
			walk(n.Properties[k], p, depth+1)
		}
		if n.Items != nil {
			walk(*n.Items, path+"[]", depth+1)
		}
	}
	walk(root, "", 0)
	return homes
})

type schemaNode struct {
	Ref        string                `json:"$ref"`
	Properties map[string]schemaNode `json:"properties"`
	Items      *schemaNode           `json:"items"`
	Defs       map[string]schemaNode `json:"$defs"`
}

// homeOf says where field key belongs when it is a field of the company file in another
// place than path: "channels.opening_hours", or two places joined by "or"; "" when the key is
// no field, or a field of too many places for a pointer to help (name, role).
func homeOf(key, path string) string {
	homes := fieldHomes()[key]
	if len(homes) == 0 || len(homes) > 2 || slices.Contains(homes, join(path, key)) {
		return ""
	}
	return strings.Join(homes, " or ")
}
