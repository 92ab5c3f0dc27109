package build

import (
	"github.com/policygen/policygen/internal/html"
	"github.com/policygen/policygen/internal/output"
)

// IndexName is the file, at the top of the output folder, that links every document.
const IndexName = "index.html"

// indexFile renders index.html for the documents built, in build order: by language, then
// variant.
func indexFile(jobs []job, results []done) (output.File, error) {
	var ix html.Index
	for i, j := range jobs {
		r := results[i]
		if n := len(ix.Languages); n == 0 || ix.Languages[n-1].Meta.Lang != j.lang {
			ix.Languages = append(ix.Languages, html.IndexLanguage{Meta: r.meta})
		}
		l := &ix.Languages[len(ix.Languages)-1]
		d := html.IndexDocument{Title: r.meta.Title}
		for _, f := range r.files {
			d.Files = append(d.Files, html.IndexFile{Path: f.Path, Format: f.Format})
		}
		l.Documents = append(l.Documents, d)
	}
	data, err := html.RenderIndex(ix)
	if err != nil {
		return output.File{}, err
	}
	first := results[0].meta
	return output.File{Path: IndexName, Format: "html", Version: first.Version, Date: first.ISODate, Data: data}, nil
}
