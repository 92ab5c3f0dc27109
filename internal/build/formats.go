package build

import (
	"github.com/policygen/policygen/internal/markdown"
)

// Format is an output format.
type Format struct {
	Name   string // as given to -f
	Ext    string // file extension
	render func(doc *markdown.Document, opts Options) ([]byte, []string, error)
}

// Formats lists the output formats in build order.
var Formats = []Format{
	{Name: "md", Ext: "md", render: renderMarkdown},
}

// FormatNames returns the names of Formats.
func FormatNames() []string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return names
}

func formatByName(name string) Format {
	for _, f := range Formats {
		if f.Name == name {
			return f
		}
	}
	panic("unknown format " + name) // names are checked before a build starts
}

func renderMarkdown(doc *markdown.Document, _ Options) ([]byte, []string, error) {
	fm := markdown.FrontMatter(doc.Meta)
	return append(fm, doc.Body...), nil, nil
}
