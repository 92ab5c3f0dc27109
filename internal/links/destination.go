package links

import "github.com/yuin/goldmark/util"

// Destination is the address a Markdown link's destination, as the parser holds it, stands
// for: backslash escapes removed and entity references ("&amp;", "&#47;") resolved, as every
// CommonMark engine reads it. Renderers and checks use this, not the raw text, so that the
// HTML, PDF and DOCX link to the address the Markdown document links to.
func Destination(raw []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(raw))))
}

// Allows reports whether dest may become a link.
func (r Rule) Allows(dest string) bool {
	_, ok := r.Allowed(dest)
	return ok
}
