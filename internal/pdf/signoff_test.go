package pdf

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// TestSignOffBlockOnOnePage: the "Checked by / Date / Signature" lines that close the
// checklist stand on one page wherever they fall, so no one signs a page without the name
// and date that belong to the signature.
func TestSignOffBlockOnOnePage(t *testing.T) {
	pp := defaultPaper()
	for n := 0; n < 1400; n += 23 {
		var b strings.Builder
		b.WriteString("# T\n\nb\n\n## Filler\n\n")
		b.WriteString(strings.Repeat("filler ", n))
		b.WriteString("\n\n" + strings.Repeat("Another paragraph of filler text to move the block down the page.\n\n", 12))
		b.WriteString("## Follow-up\n\n" + strings.Repeat("Long follow-up text. ", 300) + "\n\n")
		b.WriteString("Checked: ______________________________\n\nDated: ______________________________\n\nSigned: ______________________________\n")
		doc := markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(b.String()))
		at := pagesOf(bodyPages(t, doc, pp))
		c, d, s := at["Checked:"], at["Dated:"], at["Signed:"]
		if len(c) != 1 || len(d) != 1 || len(s) != 1 || c[0] != d[0] || d[0] != s[0] {
			t.Fatalf("filler %d: checked by on pages %v, date %v, signature %v", n, c, d, s)
		}
	}
}
