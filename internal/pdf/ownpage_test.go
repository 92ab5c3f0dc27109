package pdf

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// TestAcknowledgementStartsAPage: the section named by Labels.OwnPage (the acknowledgement
// form) is the first thing on its page, wherever the text before it ends.
func TestAcknowledgementStartsAPage(t *testing.T) {
	pp := defaultPaper()
	for _, n := range []int{3, 40, 200, 700} {
		src := "# T\n\nb\n\n## Revision history\n\n" + strings.Repeat("word ", n) + "\n\n## Acknowledgement form\n\nI have read it.\n\nSignature: ____\n"
		meta := markdown.Meta{Font: "latin", Labels: markdown.Labels{OwnPage: "Acknowledgement\u00a0form"}}
		doc := markdown.NewDocument(meta, []byte(src))
		fs, err := loadFontSet()
		if err != nil {
			t.Fatal(err)
		}
		lo := newLayouter(doc.Body, fs, false, pp.textWidth())
		lo.ownPage = meta.Labels.OwnPage
		lo.document(doc.Root)
		pages := paginate(lo.items, lo.th, pp, 1)
		var ack *anchor
		for _, a := range lo.anchors {
			if a.title == "Acknowledgement form" {
				ack = a
			}
		}
		if ack == nil || ack.page < 2 || ack.y != pp.top || pages[ack.page-1].anchors[0] != ack {
			t.Errorf("filler %d: acknowledgement heading not first on its own page: %+v", n, ack)
		}
	}
}
