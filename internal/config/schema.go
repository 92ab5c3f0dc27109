package config

import _ "embed"

//go:embed schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of the company file, for editors that
// check YAML as it is typed.
func Schema() []byte { return append([]byte(nil), schema...) }
