package pdf

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// TestContentsPageOnlyForLongerDocuments: a document of up to six sections has no contents
// page; one of seven or more has one.
func TestContentsPageOnlyForLongerDocuments(t *testing.T) {
	pageObj := regexp.MustCompile(`/Type /Page\b`)
	for _, tc := range []struct{ sections, pages int }{{3, 2}, {6, 2}, {7, 3}} {
		var b strings.Builder
		b.WriteString("# T\n\nb\n\n")
		for i := 0; i < tc.sections; i++ {
			fmt.Fprintf(&b, "## S%d\n\nShort text.\n\n", i)
		}
		res, err := Render(markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(b.String())), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(pageObj.FindAll(res.PDF, -1)); got != tc.pages {
			t.Errorf("%d sections: %d pages, want %d (cover, contents?, body)", tc.sections, got, tc.pages)
		}
	}
}
