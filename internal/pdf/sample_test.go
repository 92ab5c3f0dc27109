package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// sampleLangs are the languages of the sample handbooks in testdata.
var sampleLangs = []string{"en", "pl", "cs", "fi", "zh"}

var sampleMeta = map[string]markdown.Meta{
	"en": {Lang: "en", BCP47: "en", Font: "latin", Title: "Customer Service Handbook", Date: "20 November 2026",
		Labels: markdown.Labels{Contents: "Contents", Version: "Version", LastRevised: "Last revised", PageOf: "Page {page} of {pages}"}},
	"pl": {Lang: "pl", BCP47: "pl", Font: "latin", Title: "Podręcznik obsługi klienta", Date: "20 listopada 2026",
		Labels: markdown.Labels{Contents: "Spis treści", Version: "Wersja", LastRevised: "Ostatnia zmiana", PageOf: "Strona {page} z {pages}"}},
	"cs": {Lang: "cs", BCP47: "cs", Font: "latin", Title: "Příručka zákaznického servisu", Date: "20. listopadu 2026",
		Labels: markdown.Labels{Contents: "Obsah", Version: "Verze", LastRevised: "Poslední revize", PageOf: "Strana {page} z {pages}"}},
	"fi": {Lang: "fi", BCP47: "fi", Font: "latin", Title: "Asiakaspalvelun käsikirja", Date: "20. marraskuuta 2026",
		Labels: markdown.Labels{Contents: "Sisällys", Version: "Versio", LastRevised: "Viimeksi päivitetty", PageOf: "Sivu {page}/{pages}"}},
	"zh": {Lang: "zh", BCP47: "zh-Hans", Font: "cjk", Title: "客户服务手册", Date: "2026年11月20日",
		Labels: markdown.Labels{Contents: "目录", Version: "版本", LastRevised: "最后修订", PageOf: "第 {page} 页，共 {pages} 页"}},
}

// sampleDoc loads testdata/<lang>.md as a handbook of Northwind Trading.
func sampleDoc(tb testing.TB, lang string) *markdown.Document {
	tb.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", lang+".md"))
	if err != nil {
		tb.Fatal(err)
	}
	meta := sampleMeta[lang]
	meta.Company = "Northwind Trading Ltd"
	meta.Variant = "handbook"
	meta.Version = "2.4"
	meta.ISODate = "2026-11-20"
	meta.Website = "https://northwind.example"
	meta.Subject = meta.Title + " — Northwind Trading Ltd"
	return markdown.NewDocument(meta, body)
}
