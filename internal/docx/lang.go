package docx

import "golang.org/x/text/language"

// wordLang returns the language tag Word and LibreOffice expect on a run: a language with its
// region, "pl-PL", "zh-CN", taken from the locale's BCP 47 tag ("pl", "zh-Hans") with the
// region most likely for it. Plain "en" becomes "en-GB", the spelling of the built-in English.
func wordLang(bcp47 string) string {
	if bcp47 == "en" {
		return "en-GB"
	}
	tag, err := language.Parse(bcp47)
	if err != nil {
		return "en-GB"
	}
	base, _ := tag.Base()
	region, _ := tag.Region()
	return base.String() + "-" + region.String()
}
