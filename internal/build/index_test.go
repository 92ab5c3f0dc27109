package build

import (
	"bytes"
	"slices"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestIndexLinksEveryFile builds the whole matrix with the index and checks that index.html
// comes last and links every other file exactly once, and nothing else.
func TestIndexLinksEveryFile(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	opts.Index = true
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(opts.Variants)*len(opts.Langs)*len(opts.Formats) + 1; len(res.Files) != want {
		t.Fatalf("%d files, want every document and the index: %d", len(res.Files), want)
	}
	index := res.Files[len(res.Files)-1]
	if index.Path != IndexName {
		t.Fatalf("last file is %s, want %s", index.Path, IndexName)
	}
	doc, err := html.Parse(bytes.NewReader(index.Data))
	if err != nil {
		t.Fatal(err)
	}
	var hrefs []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.DataAtom == atom.A {
			hrefs = append(hrefs, attr(n, "href"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var want []string
	for _, f := range res.Files[:len(res.Files)-1] {
		want = append(want, f.Path)
	}
	slices.Sort(hrefs)
	slices.Sort(want)
	if !slices.Equal(hrefs, want) {
		t.Errorf("index links\n%q\nwant\n%q", hrefs, want)
	}
}
