package markdown_test

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/model"
)

// A channel without hours of its own is served in the company's opening hours: the table shows
// them when the company file gives them, else says so in words, never a bare dash; the
// procedures give the counter its hours.
func TestChannelsWithoutHoursUseTheOpeningHours(t *testing.T) {
	cat, tmpls := shared(t)
	lz, _ := cat.Localizer("en")
	render := func(f *config.File, variant string) string {
		doc, _ := model.New(f, "en")
		out, err := tmpls.Render(variant, doc, lz)
		if err != nil {
			t.Fatal(err)
		}
		return string(out.Body)
	}
	f := loadCompany(t, "../../examples/complete.yaml")
	f.Channels.OpeningHours = config.LocalizedText{All: "monday to Friday, 7:00–19:00"}
	std := render(f, "standards")
	for _, row := range []string{"| E-", "| In person |", "| Social media |"} {
		line := strings.TrimSpace(linesWith(std, row))
		if !strings.HasSuffix(line, "| Monday to Friday, 7:00–\u206019:00 |") {
			t.Errorf("with opening hours, the row %q reads %q", row, line)
		}
	}
	if !strings.Contains(render(f, "procedures"), "throughout its published hours: monday to Friday, 7:00–\u206019:00.") {
		t.Error("the procedures do not give the counter its opening hours")
	}

	f.Channels.OpeningHours = config.LocalizedText{}
	std = render(f, "standards")
	if line := strings.TrimSpace(linesWith(std, "| In person |")); !strings.HasSuffix(line, "| During opening hours |") {
		t.Errorf("without opening hours, the counter's row reads %q", line)
	}
	proc := render(f, "procedures")
	counter := proc[strings.Index(proc, "### In person"):]
	counter = counter[:strings.Index(counter[1:], "###")+1]
	if strings.Contains(counter, "published hours") {
		t.Errorf("without opening hours, the counter still names published hours:\n%s", counter)
	}
}
