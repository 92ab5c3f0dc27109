// Package locales holds the built-in locale files, one per language, in go-i18n's TOML format.
package locales

import "embed"

//go:embed *.toml
var files embed.FS

// FS returns the built-in locale files.
func FS() embed.FS { return files }
