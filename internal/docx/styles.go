package docx

import (
	"strings"
	"sync"
)

// Colours, as in the PDF.
const (
	defaultAccent = "1F4E79"
	textColour    = "1A1A1A"
	mutedColour   = "6B727A"
	ruleColour    = "C5CDD6"
	linkColour    = "0563C1"
)

// listIndent is the indent of one list level, in twentieths of a point.
const listIndent = 360

// styles is word/styles.xml. The paragraph and character styles carry Word's built-in names
// ("heading 1", "Title", "List Bullet", "toc 1" …), so Word and LibreOffice treat them as
// their own: the headings have outline levels for the navigation pane and the table of
// contents. Automatic spacing between Chinese and Latin letters or digits is off: the text
// already has the spacing the language's typography rules chose, as in every other format.
func (d *document) styles() []byte {
	var w xmlWriter
	w.Grow(8 << 10)
	lang := d.langProp()
	tab := itoa(d.page.textWidth())
	r := strings.NewReplacer("{accent}", d.accent, "{tab}", tab, "{lang}", lang)
	w.str(xmlHeader)
	w.str(`<w:styles ` + nsW + `>`)
	w.str(r.Replace(`<w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="` + latinFont + `" w:eastAsia="` + cjkFont + `" w:hAnsi="` + latinFont + `" w:cs="` + latinFont + `"/>` +
		`<w:color w:val="` + textColour + `"/><w:sz w:val="22"/><w:szCs w:val="22"/>{lang}</w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`))
	for _, s := range paragraphStyles() {
		w.str(r.Replace(s))
	}
	w.str("</w:styles>")
	return w.Bytes()
}

// pstyle is a paragraph style: id, built-in name, what it is based on, and its properties.
func pstyle(id, name, basedOn, next, pPr, rPr string) string {
	var b strings.Builder
	b.WriteString(`<w:style w:type="paragraph" w:styleId="` + id + `"`)
	if id == "Normal" {
		b.WriteString(` w:default="1"`)
	}
	b.WriteString(`><w:name w:val="` + name + `"/>`)
	if basedOn != "" {
		b.WriteString(`<w:basedOn w:val="` + basedOn + `"/>`)
	}
	if next != "" {
		b.WriteString(`<w:next w:val="` + next + `"/>`)
	}
	b.WriteString(`<w:qFormat/>`)
	if pPr != "" {
		b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	if rPr != "" {
		b.WriteString("<w:rPr>" + rPr + "</w:rPr>")
	}
	b.WriteString("</w:style>")
	return b.String()
}

func headingStyle(level int, size, before, after int, colour string) string {
	l := itoa(level)
	return pstyle("Heading"+l, "heading "+l, "Normal", "Normal",
		`<w:keepNext/><w:keepLines/><w:spacing w:before="`+itoa(before)+`" w:after="`+itoa(after)+`"/><w:outlineLvl w:val="`+itoa(level-1)+`"/>`,
		`<w:b/><w:bCs/><w:color w:val="`+colour+`"/><w:sz w:val="`+itoa(size)+`"/><w:szCs w:val="`+itoa(size)+`"/>`)
}

func tocStyle(level int) string {
	l := itoa(level)
	return pstyle("TOC"+l, "toc "+l, "Normal", "Normal",
		`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab}"/></w:tabs><w:spacing w:before="`+itoa(max(0, 80-40*level))+`" w:after="40"/><w:ind w:left="`+itoa(220*(level-1))+`"/>`, "")
}

// paragraphStyles is built on first use, not at start-up.
var paragraphStyles = sync.OnceValue(func() []string {
	return []string{
		pstyle("Normal", "Normal", "", "", "", ""),
		pstyle("Title", "Title", "Normal", "Subtitle", `<w:keepNext/><w:spacing w:before="1800" w:after="240" w:line="240" w:lineRule="auto"/>`,
			`<w:b/><w:bCs/><w:color w:val="{accent}"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>`),
		pstyle("Subtitle", "Subtitle", "Normal", "Normal", `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="8" w:color="{accent}"/></w:pBdr><w:spacing w:after="480"/>`,
			`<w:color w:val="`+mutedColour+`"/><w:sz w:val="24"/><w:szCs w:val="24"/>`),
		pstyle("Logo", "Logo", "Normal", "Title", `<w:spacing w:after="0"/>`, ""),
		headingStyle(1, 32, 360, 120, "{accent}"),
		headingStyle(2, 26, 240, 80, "{accent}"),
		headingStyle(3, 23, 200, 60, textColour),
		pstyle("TOCHeading", "TOC Heading", "Heading1", "Normal", `<w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="9"/>`, ""),
		tocStyle(1), tocStyle(2), tocStyle(3),
		pstyle("ListBullet", "List Bullet", "Normal", "", `<w:numPr><w:numId w:val="`+itoa(bulletNum)+`"/></w:numPr><w:spacing w:after="60"/>`, ""),
		pstyle("ListNumber", "List Number", "Normal", "", `<w:numPr><w:numId w:val="`+itoa(numberNum)+`"/></w:numPr><w:spacing w:after="60"/>`, ""),
		pstyle("ListContinue", "List Continue", "Normal", "", `<w:spacing w:after="60"/><w:ind w:left="`+itoa(listIndent)+`"/>`, ""),
		pstyle("Checklist", "Checklist", "Normal", "", `<w:tabs><w:tab w:val="left" w:pos="`+itoa(listIndent+40)+`"/></w:tabs><w:spacing w:after="80"/><w:ind w:left="`+itoa(listIndent+40)+`" w:hanging="`+itoa(listIndent+40)+`"/>`, ""),
		pstyle("Quote", "Quote", "Normal", "Normal", `<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="`+ruleColour+`"/></w:pBdr><w:ind w:left="360"/>`,
			`<w:i/><w:iCs/><w:color w:val="`+mutedColour+`"/>`),
		pstyle("HTMLPreformatted", "HTML Preformatted", "Normal", "", `<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>`,
			`<w:rFonts w:ascii="`+monoFont+`" w:hAnsi="`+monoFont+`" w:cs="`+monoFont+`"/><w:sz w:val="20"/><w:szCs w:val="20"/>`),
		pstyle("Rule", "Horizontal Line", "Normal", "Normal", `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="`+ruleColour+`"/></w:pBdr><w:spacing w:after="240"/>`, `<w:sz w:val="8"/><w:szCs w:val="8"/>`),
		pstyle("TableText", "Table Text", "Normal", "", `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`, `<w:sz w:val="20"/><w:szCs w:val="20"/>`),
		pstyle("TableHeading", "Table Heading", "TableText", "", "", `<w:b/><w:bCs/>`),
		pstyle("TableSpacer", "Table Spacer", "Normal", "Normal", `<w:spacing w:before="0" w:after="120" w:line="120" w:lineRule="exact"/>`, `<w:sz w:val="8"/><w:szCs w:val="8"/>`),
		pstyle("Header", "header", "Normal", "", `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="`+ruleColour+`"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="{tab}"/></w:tabs><w:spacing w:after="0"/>`,
			`<w:color w:val="`+mutedColour+`"/><w:sz w:val="17"/><w:szCs w:val="17"/>`),
		pstyle("Footer", "footer", "Normal", "", `<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="`+ruleColour+`"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="{tab}"/></w:tabs><w:spacing w:after="0"/>`,
			`<w:color w:val="`+mutedColour+`"/><w:sz w:val="17"/><w:szCs w:val="17"/>`),
		`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
		`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:unhideWhenUsed/><w:rPr><w:color w:val="` + linkColour + `"/><w:u w:val="single"/></w:rPr></w:style>`,
		`<w:style w:type="character" w:styleId="HTMLCode"><w:name w:val="HTML Code"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:rFonts w:ascii="` + monoFont + `" w:hAnsi="` + monoFont + `" w:cs="` + monoFont + `"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>`,
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
		`<w:style w:type="table" w:styleId="PolicyTable"><w:name w:val="Policy Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>` +
			`<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>` +
			`<w:tblPr><w:tblBorders>` + border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV") + `</w:tblBorders>` +
			`<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
			`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="` + headerFill + `"/></w:tcPr></w:tblStylePr></w:style>`,
	}
})

func border(side string) string {
	return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="` + ruleColour + `"/>`
}

// Numbering instances: bulleted lists share one, each numbered list gets its own so that it
// starts again at its first number.
const (
	bulletNum = 1
	numberNum = 2
)

type listInstance struct {
	numID, ilvl, start int
}

func (d *document) newOrderedList(ilvl, start int) int {
	id := numberNum + 1 + len(d.lists)
	d.lists = append(d.lists, listInstance{numID: id, ilvl: ilvl, start: max(start, 0)})
	return id
}

// numbering is word/numbering.xml: one abstract bullet list and one abstract numbered list,
// nine levels each.
func (d *document) numbering() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<w:numbering ` + nsW + `>`)
	bullets := [...]string{"•", "◦", "▪"}
	numbers := [...]string{"decimal", "lowerLetter", "lowerRoman"}
	for abs := 0; abs < 2; abs++ {
		w.str(`<w:abstractNum w:abstractNumId="` + itoa(abs) + `"><w:multiLevelType w:val="hybridMultilevel"/>`)
		for l := 0; l < 9; l++ {
			w.str(`<w:lvl w:ilvl="` + itoa(l) + `"><w:start w:val="1"/>`)
			if abs == 0 {
				w.str(`<w:numFmt w:val="bullet"/><w:lvlText w:val="` + bullets[l%3] + `"/>`)
			} else {
				w.str(`<w:numFmt w:val="` + numbers[l%3] + `"/><w:lvlText w:val="%` + itoa(l+1) + `."/>`)
			}
			w.str(`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="` + itoa(listIndent*(l+1)) + `" w:hanging="` + itoa(listIndent) + `"/></w:pPr>`)
			if abs == 0 {
				w.str(`<w:rPr><w:rFonts w:ascii="` + latinFont + `" w:hAnsi="` + latinFont + `"/></w:rPr>`)
			}
			w.str("</w:lvl>")
		}
		w.str("</w:abstractNum>")
	}
	w.str(`<w:num w:numId="` + itoa(bulletNum) + `"><w:abstractNumId w:val="0"/></w:num>`)
	w.str(`<w:num w:numId="` + itoa(numberNum) + `"><w:abstractNumId w:val="1"/></w:num>`)
	for _, l := range d.lists {
		w.str(`<w:num w:numId="` + itoa(l.numID) + `"><w:abstractNumId w:val="1"/>`)
		w.str(`<w:lvlOverride w:ilvl="` + itoa(l.ilvl) + `"><w:startOverride w:val="` + itoa(l.start) + `"/></w:lvlOverride></w:num>`)
	}
	w.str("</w:numbering>")
	return w.Bytes()
}
