package i18n

import (
	"slices"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// Same is the hash a translator gives a message whose translation is rightly identical to the
// English text ("November" in German): `locales check` then no longer asks to translate it.
const Same = "same"

// Unit is one message as translation tools see it: its id, the English text, the description
// for translators and the translation, form by form.
type Unit struct {
	ID          string
	Description string
	English     []string // [text], or [singular, plural] for a plural message
	Forms       []string // the plural forms of Text: ["other"] for a message without plural
	Text        []string // one per form; "" where nothing is translated
	Fuzzy       bool     // to be reviewed: a copy of English marked untranslated
}

// Plural says whether the unit is a message with plural forms.
func (u *Unit) Plural() bool { return len(u.English) > 1 }

// Empty says whether nothing of the unit is translated.
func (u *Unit) Empty() bool {
	for _, t := range u.Text {
		if t != "" {
			return false
		}
	}
	return true
}

// Exchange is a locale file as translation tools see it: every message of the reference
// locale but meta.tag, which names the file's own language and is never translated.
type Exchange struct {
	Tag    string
	Forms  []string // the language's CLDR plural forms, in CLDR order
	Source string   // the file it was exported from, for a header comment
	Units  []Unit
}

// notExchanged are the messages that stay out of exchange files.
var notExchanged = []string{"meta.tag"}

// Export returns the messages of tag's locale (which need not exist yet) for a translation
// tool. A message missing from the file has empty text; one that needs review is fuzzy.
func Export(c *Catalog, tag string) (*Exchange, error) {
	forms, err := tagForms(tag)
	if err != nil {
		return nil, err
	}
	ref := c.locale(Reference)
	x := &Exchange{Tag: tag, Forms: forms, Source: ref.Path}
	loc := c.locale(tag)
	if loc != nil {
		x.Source = loc.Path
	}
	for _, id := range referenceOrder(ref) {
		if slices.Contains(notExchanged, id) {
			continue
		}
		want := ref.Messages[id]
		var m *goi18n.Message
		if loc != nil {
			m = loc.Messages[id]
		}
		u := Unit{ID: id, Description: want.Description, English: []string{want.Other}, Forms: []string{"other"}}
		if isPlural(want) {
			one := want.One
			if one == "" {
				one = want.Other
			}
			u.English = []string{one, want.Other}
			u.Forms = forms
		}
		if m != nil {
			if m.Description != "" {
				u.Description = m.Description
			}
			have := messageForms(m)
			for _, f := range u.Forms {
				u.Text = append(u.Text, have[f])
			}
			u.Fuzzy = needsReview(tag, id, m, want)
		} else {
			u.Text = make([]string, len(u.Forms))
		}
		x.Units = append(x.Units, u)
	}
	return x, nil
}

// needsReview says whether a message is exported fuzzy: marked untranslated, identical to
// English without hash = "same", or marked "same" while English has changed since.
func needsReview(tag, id string, m, want *goi18n.Message) bool {
	switch {
	case m.Hash == Untranslated:
		return true
	case tag == Reference:
		return false
	case m.Hash == Same:
		return m.Other != want.Other
	}
	return sameAsReference(id, m, want)
}

// unitMessage turns an imported unit back into a message: nil when nothing is translated.
func unitMessage(tag string, u *Unit, want *goi18n.Message, withDescription bool) *goi18n.Message {
	if u.Empty() {
		return nil
	}
	m := &goi18n.Message{ID: u.ID}
	if withDescription {
		m.Description = u.Description
	}
	for i, f := range u.Forms {
		setForm(m, f, u.Text[i])
	}
	switch {
	case u.Fuzzy:
		m.Hash = Untranslated
	case tag != Reference && sameAsReference(u.ID, m, want):
		m.Hash = Same
	}
	return m
}

func setForm(m *goi18n.Message, form, text string) {
	switch form {
	case "zero":
		m.Zero = text
	case "one":
		m.One = text
	case "two":
		m.Two = text
	case "few":
		m.Few = text
	case "many":
		m.Many = text
	case "other":
		m.Other = text
	}
}
