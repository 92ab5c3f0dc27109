package markdown_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestFinnishDocumentNames: a Finnish reader must know which document a sentence means. The
// handbook calls itself "käsikirja"; the checklist names the handbook, its form and the whole
// set ("ohjeisto"); neither speaks of a "toimintaohje", which no document is titled. Only the
// handbook defines "eskalointi": the other documents say "siirtää eteenpäin".
func TestFinnishDocumentNames(t *testing.T) {
	for name, path := range companies {
		for _, variant := range variants {
			body, _ := renderIn(t, path, variant, "fi")
			low := strings.ToLower(body)
			if (variant == "handbook" || variant == "checklist") && strings.Contains(low, "toimintaohje") {
				t.Errorf("%s/fi/%s names a document \"toimintaohje\":\n%s", name, variant, linesWith(body, "oimintaohje"))
			}
			if variant != "handbook" && strings.Contains(low, "eskal") {
				t.Errorf("%s/fi/%s uses \"eskaloida\", which only the handbook defines:\n%s", name, variant, linesWith(body, "skal"))
			}
		}
		if body, _ := renderIn(t, path, "checklist", "fi"); !strings.Contains(body, "asiakaspalvelun käsikirjan ja allekirjoittanut sen kuittauslomakkeen") {
			t.Errorf("%s/fi/checklist does not say which document and which form the acknowledgement item means", name)
		}
	}
}

// TestChineseTerms: the Chinese handbook gives the staff no second name (never 客户服务人员 or
// 服务客户的人员), and every definition opens with 指, as Chinese definitions do.
func TestChineseTerms(t *testing.T) {
	definition := regexp.MustCompile(`(?m)^- \*\*[^*]+\*\*：(.*)$`)
	for name, path := range companies {
		body, _ := renderIn(t, path, "handbook", "zh")
		for _, other := range []string{"客户服务人员", "服务客户的人员", "服务顾客的人员"} {
			if strings.Contains(body, other) {
				t.Errorf("%s/zh/handbook calls the staff %s, not 客服人员:\n%s", name, other, linesWith(body, other))
			}
		}
		start := strings.Index(body, "## 术语定义")
		if start < 0 {
			t.Fatalf("%s/zh/handbook has no definitions section", name)
		}
		section := body[start:]
		if end := strings.Index(section[1:], "\n## "); end >= 0 {
			section = section[:end+1]
		}
		defs := definition.FindAllStringSubmatch(section, -1)
		if len(defs) < 8 {
			t.Fatalf("%s/zh/handbook: %d definitions found, want 8", name, len(defs))
		}
		for _, d := range defs {
			if !strings.HasPrefix(d[1], "指") {
				t.Errorf("%s/zh/handbook: a definition without 指: %s", name, d[0])
			}
		}
	}
}

// linesWith returns the lines of body that contain s, for an error message.
func linesWith(body, s string) string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if strings.Contains(line, s) {
			out = append(out, "  "+line)
		}
	}
	return strings.Join(out, "\n")
}
