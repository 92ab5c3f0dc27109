package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

func TestZZDump(t *testing.T) {
	dir := os.Getenv("DUMP")
	if dir == "" {
		t.Skip()
	}
	os.MkdirAll(dir, 0o755)
	for _, lang := range sampleLangs {
		for _, paper := range []string{"a4", "letter"} {
			res, err := Render(sampleDoc(t, lang), Options{Paper: paper})
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, lang+"-"+paper+".pdf"), res.PDF, 0o644)
		}
	}
	body, _ := os.ReadFile("testdata/constructs.md")
	for _, m := range []markdown.Meta{sampleMeta["en"], sampleMeta["zh"]} {
		res, err := Render(markdown.NewDocument(m, body), Options{})
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "constructs-"+m.Lang+".pdf"), res.PDF, 0o644)
	}
	res, err := Render(tableDoc(300, "Rewrote the complaint procedure — 客户服务 — ąę"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "table.pdf"), res.PDF, 0o644)
}
