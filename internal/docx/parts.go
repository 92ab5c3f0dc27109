package docx

import (
	"strconv"
	"time"
)

// Namespaces of the WordprocessingML parts.
const (
	nsW   = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR   = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	nsWP  = `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`
	nsMC  = `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`
	nsW14 = `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`

	// partNamespaces are declared on the root of the document, header and footer.
	partNamespaces = nsW + ` ` + nsR + ` ` + nsWP + ` ` + nsMC + ` ` + nsW14 + ` mc:Ignorable="w14"`
)

// parts returns every part of the package, in a fixed order, dated date.
func (d *document) parts(date time.Time) []part {
	ps := []part{
		newPart("[Content_Types].xml", d.contentTypes()),
		newPart("_rels/.rels", []byte(packageRels)),
		newPart("docProps/core.xml", d.coreProps(date)),
		newPart("docProps/app.xml", d.appProps()),
		{"word/document.xml", [][]byte{[]byte(documentStart), d.body.Bytes(), []byte(documentEnd)}},
		newPart("word/styles.xml", d.styles()),
		newPart("word/numbering.xml", d.numbering()),
		newPart("word/settings.xml", d.settings()),
		newPart("word/fontTable.xml", []byte(fontTable)),
		newPart("word/header1.xml", d.header()),
		newPart("word/footer1.xml", d.footer()),
	}
	if d.logo != nil {
		ps = append(ps, newPart("word/media/"+d.logoName(), d.logo.Data))
	}
	return append(ps, newPart("word/_rels/document.xml.rels", d.documentRels()))
}

func (d *document) contentTypes() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	w.str(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	w.str(`<Default Extension="xml" ContentType="application/xml"/>`)
	if d.logo != nil {
		w.str(`<Default Extension="` + d.logo.Format + `" ContentType="image/` + d.logo.Format + `"/>`)
	}
	const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	for _, o := range [...][2]string{
		{"/word/document.xml", wml + "document.main+xml"},
		{"/word/styles.xml", wml + "styles+xml"},
		{"/word/numbering.xml", wml + "numbering+xml"},
		{"/word/settings.xml", wml + "settings+xml"},
		{"/word/fontTable.xml", wml + "fontTable+xml"},
		{"/word/header1.xml", wml + "header+xml"},
		{"/word/footer1.xml", wml + "footer+xml"},
		{"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
		{"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
	} {
		w.str(`<Override PartName="` + o[0] + `" ContentType="` + o[1] + `"/>`)
	}
	w.str("</Types>")
	return w.Bytes()
}

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

func (d *document) documentRels() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	const base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	for _, r := range [...][3]string{
		{"rIdStyles", "styles", "styles.xml"},
		{"rIdNumbering", "numbering", "numbering.xml"},
		{"rIdSettings", "settings", "settings.xml"},
		{"rIdFontTable", "fontTable", "fontTable.xml"},
		{"rIdHeader", "header", "header1.xml"},
		{"rIdFooter", "footer", "footer1.xml"},
	} {
		w.str(`<Relationship Id="` + r[0] + `" Type="` + base + r[1] + `" Target="` + r[2] + `"/>`)
	}
	if d.logo != nil {
		w.str(`<Relationship Id="rIdLogo" Type="` + relImage + `" Target="media/` + d.logoName() + `"/>`)
	}
	for i, target := range d.links {
		w.str(`<Relationship Id="rIdL` + itoa(i+1) + `" Type="` + relHyperlink + `" Target="`)
		w.esc(target)
		w.str(`" TargetMode="External"/>`)
	}
	w.str("</Relationships>")
	return w.Bytes()
}

// word/document.xml is the body between these.
const (
	documentStart = xmlHeader + `<w:document ` + partNamespaces + `><w:body>`
	documentEnd   = `</w:body></w:document>`
)

// coreProps is docProps/core.xml: title, subject, creator (the company), language, version,
// and the document's date as its creation and modification time.
func (d *document) coreProps(date time.Time) []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	elem := func(name, value string) {
		if value == "" {
			return
		}
		w.str("<" + name + ">")
		w.esc(value)
		w.str("</" + name + ">")
	}
	elem("dc:title", d.title())
	elem("dc:subject", d.meta.Subject)
	elem("dc:creator", d.meta.Company)
	elem("cp:lastModifiedBy", d.meta.Company)
	elem("dc:language", d.lang)
	elem("cp:version", d.meta.Version)
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	w.str(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
	w.str(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	w.str("</cp:coreProperties>")
	return w.Bytes()
}

func (d *document) appProps() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>policygen</Application>`)
	if d.meta.Company != "" {
		w.str("<Company>")
		w.esc(d.meta.Company)
		w.str("</Company>")
	}
	w.str("</Properties>")
	return w.Bytes()
}

// settings is word/settings.xml; the elements are in the schema's order.
func (d *document) settings() []byte {
	var w xmlWriter
	w.str(xmlHeader)
	w.str(`<w:settings ` + nsW + `><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>`)
	w.str(`<w:characterSpacingControl w:val="doNotCompress"/>`)
	w.str(`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`)
	w.str(`<w:themeFontLang w:val="` + d.lang + `" w:eastAsia="` + d.eastAsiaLang() + `"/>`)
	w.str("</w:settings>")
	return w.Bytes()
}

// Fonts: a sans-serif for Latin text, a Chinese sans-serif for East Asian text (LibreOffice
// and other systems substitute one they have for the language), the font Word itself uses for
// check boxes, and a monospace font.
const (
	latinFont  = "Calibri"
	cjkFont    = "Microsoft YaHei"
	symbolFont = "MS Gothic"
	monoFont   = "Consolas"
)

const fontTable = xmlHeader + `<w:fonts ` + nsW + `>` +
	`<w:font w:name="` + latinFont + `"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="` + cjkFont + `"><w:altName w:val="微软雅黑"/><w:panose1 w:val="020B0503020204020204"/><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="` + symbolFont + `"><w:altName w:val="ＭＳ ゴシック"/><w:panose1 w:val="020B0609070205080204"/><w:charset w:val="80"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>` +
	`<w:font w:name="` + monoFont + `"><w:panose1 w:val="020B0609020204030204"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>` +
	`</w:fonts>`

func (d *document) logoName() string {
	if d.logo.Format == "jpeg" {
		return "logo.jpeg"
	}
	return "logo.png"
}

// drawing writes the logo as an inline picture 1.5 cm high (at most 6 cm wide).
func (d *document) drawing(w *xmlWriter) {
	const emuPerCm = 360000
	cy := int64(1.5 * emuPerCm)
	cx := cy * int64(d.logo.Width) / int64(d.logo.Height)
	if limit := int64(6 * emuPerCm); cx > limit {
		cx, cy = limit, limit*int64(d.logo.Height)/int64(d.logo.Width)
	}
	ext := `cx="` + i64(cx) + `" cy="` + i64(cy) + `"`
	w.str(`<w:r><w:rPr>` + d.langProp() + `</w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ` + ext + `/>`)
	w.str(`<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Logo"/>`)
	w.str(`<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>`)
	w.str(`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`)
	w.str(`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="` + d.logoName() + `"/><pic:cNvPicPr/></pic:nvPicPr>`)
	w.str(`<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`)
	w.str(`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`)
	w.str(`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`)
}

func i64(n int64) string { return strconv.FormatInt(n, 10) }
