package pdf

import (
	"os"
	"testing"
)

func TestRenderSamples(t *testing.T) {
	for _, lang := range sampleLangs {
		if _, err := os.Stat("testdata/" + lang + ".md"); err != nil {
			continue
		}
		t.Run(lang, func(t *testing.T) {
			res, err := Render(sampleDoc(t, lang), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if dir := os.Getenv("PDF_OUT"); dir != "" {
				os.WriteFile(dir+"/"+lang+".pdf", res.PDF, 0o644)
			}
			for _, w := range res.Warnings {
				t.Log(w)
			}
		})
	}
}
