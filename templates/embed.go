// Package templates holds the built-in document templates: one <variant>.md.tmpl per document
// variant and the partials/*.md.tmpl sections they share.
package templates

import "embed"

//go:embed *.md.tmpl partials/*.md.tmpl
var files embed.FS

// FS returns the built-in templates.
func FS() embed.FS { return files }
