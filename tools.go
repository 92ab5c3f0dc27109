//go:build tools

package tools
import (
 _ "github.com/spf13/cobra"
 _ "gopkg.in/yaml.v3"
 _ "github.com/yuin/goldmark"
 _ "github.com/jung-kurt/gofpdf"
 _ "github.com/nicksnyder/go-i18n/v2/i18n"
 _ "github.com/BurntSushi/toml"
 _ "github.com/go-fonts/dejavu/dejavusans"
 _ "github.com/rivo/uniseg"
 _ "golang.org/x/text/language"
 _ "golang.org/x/image/font/sfnt"
 _ "golang.org/x/net/html"
 _ "github.com/rogpeppe/go-internal/testscript"
)
