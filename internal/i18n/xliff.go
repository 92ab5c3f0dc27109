package i18n

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

const xliffNS = "urn:oasis:names:tc:xliff:document:1.2"

// WriteXLIFF writes x as an XLIFF 1.2 file: one trans-unit per message (resname = id, note =
// description), and for a plural message a group of restype x-gettext-plurals with one
// trans-unit per plural form of the language, in CLDR order, as translate-toolkit's PO-XLIFF
// lays plurals out (id "ID[0]", "ID[1]" …; resname "ID[one]" …). A target missing means not
// translated; state="needs-translation" marks a text to review (fuzzy in PO).
func WriteXLIFF(x *Exchange) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	fmt.Fprintf(&b, "<!-- %s messages of policygen, from %s. Plural forms in CLDR order: %s. Bring the file back with `policygen locales import FILE`. -->\n",
		x.Tag, strings.ReplaceAll(x.Source, "--", "- -"), strings.Join(x.Forms, ", "))
	fmt.Fprintf(&b, "<xliff version=\"1.2\" xmlns=\"%s\">\n", xliffNS)
	fmt.Fprintf(&b, "  <file original=%s source-language=\"%s\" target-language=\"%s\" datatype=\"plaintext\">\n", xmlAttr(x.Source), Reference, x.Tag)
	b.WriteString("    <body>\n")
	for _, u := range x.Units {
		for _, s := range append(append([]string{u.ID, u.Description}, u.English...), u.Text...) {
			if err := xmlSafe(s); err != nil {
				return nil, fmt.Errorf("%s: %w", u.ID, err)
			}
		}
		if !u.Plural() {
			writeTransUnit(&b, "      ", u.ID, u.ID, u.English[0], u.Text[0], u.Fuzzy, u.Description)
			continue
		}
		fmt.Fprintf(&b, "      <group id=%s resname=%s restype=\"x-gettext-plurals\"%s>\n", xmlAttr(u.ID), xmlAttr(u.ID), approved(strings.Join(u.Text, ""), u.Fuzzy))
		if u.Description != "" {
			fmt.Fprintf(&b, "        <note from=\"developer\">%s</note>\n", xmlText(u.Description))
		}
		for i, f := range u.Forms {
			src := u.English[1]
			if f == "one" {
				src = u.English[0]
			}
			writeTransUnit(&b, "        ", fmt.Sprintf("%s[%d]", u.ID, i), u.ID+"["+f+"]", src, u.Text[i], u.Fuzzy, "")
		}
		b.WriteString("      </group>\n")
	}
	b.WriteString("    </body>\n  </file>\n</xliff>\n")
	return b.Bytes(), nil
}

func writeTransUnit(b *bytes.Buffer, indent, id, resname, source, target string, fuzzy bool, note string) {
	fmt.Fprintf(b, "%s<trans-unit id=%s resname=%s%s xml:space=\"preserve\">\n", indent, xmlAttr(id), xmlAttr(resname), approved(target, fuzzy))
	fmt.Fprintf(b, "%s  <source>%s</source>\n", indent, xmlText(source))
	if target != "" {
		state := "translated"
		if fuzzy {
			state = "needs-translation"
		}
		fmt.Fprintf(b, "%s  <target state=\"%s\">%s</target>\n", indent, state, xmlText(target))
	}
	if note != "" {
		fmt.Fprintf(b, "%s  <note from=\"developer\">%s</note>\n", indent, xmlText(note))
	}
	fmt.Fprintf(b, "%s</trans-unit>\n", indent)
}

// approved is the approved attribute of a unit with a target: translate-toolkit counts a
// target not approved as fuzzy.
func approved(target string, fuzzy bool) string {
	switch {
	case target == "":
		return ""
	case fuzzy:
		return ` approved="no"`
	}
	return ` approved="yes"`
}

var xmlEscaper = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\r", "&#xD;")
})

func xmlText(s string) string { return xmlEscaper().Replace(s) }

func xmlAttr(s string) string { return `"` + xmlText(s) + `"` }

// xmlSafe refuses characters XML 1.0 cannot hold.
func xmlSafe(s string) error {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xfffe || r == 0xffff {
			return fmt.Errorf("the control character %U cannot be written to XLIFF: use --format po", r)
		}
	}
	return nil
}

type xliffDoc struct {
	XMLName xml.Name `xml:"xliff"`
	Version string   `xml:"version,attr"`
	Files   []struct {
		Target string       `xml:"target-language,attr"`
		Groups []xliffGroup `xml:"body>group"`
		Units  []xliffUnit  `xml:"body>trans-unit"`
	} `xml:"file"`
}

type xliffGroup struct {
	ID      string      `xml:"id,attr"`
	Resname string      `xml:"resname,attr"`
	Restype string      `xml:"restype,attr"`
	Notes   []string    `xml:"note"`
	Units   []xliffUnit `xml:"trans-unit"`
}

type xliffUnit struct {
	ID       string       `xml:"id,attr"`
	Resname  string       `xml:"resname,attr"`
	Approved string       `xml:"approved,attr"`
	Source   string       `xml:"source"`
	Target   *xliffTarget `xml:"target"`
	Notes    []string     `xml:"note"`
}

type xliffTarget struct {
	State string `xml:"state,attr"`
	Text  string `xml:",chardata"`
}

func (u *xliffUnit) name() string {
	if u.Resname != "" {
		return u.Resname
	}
	return u.ID
}

// reviewStates are the XLIFF 1.2 target states of a text still to translate or review.
var reviewStates = []string{"new", "needs-translation", "needs-adaptation", "needs-l10n",
	"needs-review-translation", "needs-review-adaptation", "needs-review-l10n"}

// ReadXLIFF reads an XLIFF 1.2 file written by WriteXLIFF and edited in any translation tool.
func ReadXLIFF(name string, data []byte) (*Exchange, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8: save the file as UTF-8", name)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc xliffDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not an XLIFF file: %v", name, err)
	}
	if doc.XMLName.Space != xliffNS || doc.Version != "1.2" {
		return nil, fmt.Errorf("%s: XLIFF version %q (namespace %q): only XLIFF 1.2 as `policygen locales export --format xliff` writes it is read", name, doc.Version, doc.XMLName.Space)
	}
	if len(doc.Files) != 1 {
		return nil, fmt.Errorf("%s: %d <file> elements: expected exactly one, for one language", name, len(doc.Files))
	}
	f := doc.Files[0]
	tag, err := canonicalTag(f.Target)
	if err != nil {
		return nil, fmt.Errorf("%s: target-language: %w", name, err)
	}
	forms, ok := PluralForms(tag)
	if !ok {
		return nil, fmt.Errorf("%s: go-i18n knows no plural rules for %q", name, tag)
	}
	x := &Exchange{Tag: tag, Forms: forms, Source: name}
	for _, xu := range f.Units {
		u := Unit{ID: xu.name(), Description: strings.Join(xu.Notes, "\n"), English: []string{xu.Source}, Forms: []string{"other"}}
		text, fuzzy := xu.target()
		u.Text, u.Fuzzy = []string{text}, fuzzy
		x.Units = append(x.Units, u)
	}
	for _, g := range f.Groups {
		id := g.Resname
		if id == "" {
			id = g.ID
		}
		u := Unit{ID: id, Description: strings.Join(g.Notes, "\n"), Forms: forms, Text: make([]string, len(forms))}
		english := map[string]string{}
		for _, xu := range g.Units {
			form := strings.TrimSuffix(strings.TrimPrefix(xu.name(), id+"["), "]")
			i := slices.Index(forms, form)
			if n, err := strconv.Atoi(form); err == nil && n >= 0 && n < len(forms) {
				i, form = n, forms[n] // id="ID[2]": the gettext index, as translate-toolkit writes it
			}
			if i < 0 {
				return nil, fmt.Errorf("%s: trans-unit %q: %q is not a plural form of %s (%s)", name, xu.name(), form, tag, strings.Join(forms, ", "))
			}
			english[form] = xu.Source
			text, fuzzy := xu.target()
			u.Text[i] = text
			u.Fuzzy = u.Fuzzy || fuzzy
		}
		// A language without "one" (zh) does not show the English singular: "" is unknown.
		u.English = []string{english["one"], english["other"]}
		x.Units = append(x.Units, u)
	}
	return x, nil
}

func (u *xliffUnit) target() (text string, fuzzy bool) {
	if u.Target == nil {
		return "", false
	}
	review := slices.Contains(reviewStates, u.Target.State) || u.Target.State == "" && u.Approved == "no"
	return u.Target.Text, u.Target.Text != "" && review
}
