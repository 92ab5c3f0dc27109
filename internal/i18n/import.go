package i18n

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// Imported is a locale file made from an exchange file.
type Imported struct {
	Tag    string
	Source []byte   // the whole new locale file
	Notes  []string // units left out or marked for review, and why
}

// Import applies the translations of x to the locale file of x.Tag in c and returns the new
// file. Only the messages x holds change: [meta.tag], comments and any other table of an
// existing file stay as they are. A language without a file starts from the file `locales
// new` would write. An empty unit removes the message, so that export then import gives back
// the same file.
func Import(c *Catalog, x *Exchange) (*Imported, error) {
	if err := validTag(x.Tag); err != nil {
		return nil, err
	}
	if forms, ok := PluralForms(x.Tag); !ok || !slices.Equal(forms, x.Forms) {
		return nil, fmt.Errorf("the plural forms of the file (%s) are not those of %q (%s)", strings.Join(x.Forms, ", "), x.Tag, strings.Join(forms, ", "))
	}
	ref := c.locales[Reference]
	var base []byte
	var baseMsgs map[string]*goi18n.Message
	if loc := c.locales[x.Tag]; loc != nil {
		base, baseMsgs = loc.Source, loc.Messages
	} else {
		var err error
		if base, err = Scaffold(c, x.Tag); err != nil {
			return nil, err
		}
		if baseMsgs, err = parseMessages(base); err != nil {
			return nil, err
		}
	}
	withDescription := false
	for _, m := range baseMsgs {
		withDescription = withDescription || m.Description != ""
	}
	res := &Imported{Tag: x.Tag}
	updates := map[string]*goi18n.Message{}
	for i := range x.Units {
		u := x.Units[i]
		want := ref.Messages[u.ID]
		if _, dup := updates[u.ID]; dup {
			return nil, fmt.Errorf("%s: the message is in the file twice: keep one", u.ID)
		}
		for _, t := range u.Text {
			if !utf8.ValidString(t) {
				return nil, fmt.Errorf("%s: the translation is not valid UTF-8", u.ID)
			}
		}
		switch {
		case want == nil || slices.Contains(notExchanged, u.ID):
			res.Notes = append(res.Notes, fmt.Sprintf("%s: left out: %s has no such message to translate", u.ID, ref.Path))
			continue
		case u.Plural() != isPlural(want):
			res.Notes = append(res.Notes, fmt.Sprintf("%s: left out: the English message has changed between plain and plural since the export; export again", u.ID))
			continue
		case len(u.Text) != len(u.Forms):
			return nil, fmt.Errorf("%s: %d texts for %d plural forms", u.ID, len(u.Text), len(u.Forms))
		}
		if !u.Empty() && !u.Fuzzy && englishChanged(u.English, englishOf(want)) {
			u.Fuzzy = true
			res.Notes = append(res.Notes, fmt.Sprintf("%s: the English text has changed since the export: marked untranslated for review", u.ID))
		}
		// A message keeps its description, or its lack of one; a new message gets one when the
		// file gives them.
		withDesc := withDescription
		if old := baseMsgs[u.ID]; old != nil {
			withDesc = old.Description != ""
		}
		updates[u.ID] = unitMessage(x.Tag, &u, want, withDesc)
	}
	src := rewriteLocale(base, updates, referenceOrder(ref))
	if err := verifyRewrite(src, baseMsgs, updates); err != nil {
		return nil, err
	}
	res.Source = src
	return res, nil
}

// englishOf returns the English text of a message as exchange files hold it.
func englishOf(want *goi18n.Message) []string {
	if !isPlural(want) {
		return []string{want.Other}
	}
	one := want.One
	if one == "" {
		one = want.Other
	}
	return []string{one, want.Other}
}

// englishChanged compares the English text a unit was translated from with today's; an
// empty text is one the exchange format did not carry.
func englishChanged(was, now []string) bool {
	for i := range was {
		if was[i] != "" && was[i] != now[i] {
			return true
		}
	}
	return false
}

// verifyRewrite parses the new file and checks that it holds exactly the old messages with
// the updates applied: a file laid out differently from `locales new` is refused, not broken.
func verifyRewrite(src []byte, before, updates map[string]*goi18n.Message) error {
	got, err := parseMessages(src)
	if err != nil {
		return fmt.Errorf("the updated file would not parse (%v): is the locale file laid out as `locales new` writes it, one [id] table per message?", err)
	}
	want := map[string]*goi18n.Message{}
	for id, m := range before {
		want[id] = m
	}
	for id, m := range updates {
		if m == nil {
			delete(want, id)
		} else {
			want[id] = m
		}
	}
	for _, id := range sortedKeys(want) {
		if g := got[id]; g == nil || !sameMessage(g, want[id]) {
			return fmt.Errorf("message %s would not come out as imported: is the locale file laid out as `locales new` writes it, one [id] table per message?", id)
		}
	}
	for _, id := range sortedKeys(got) {
		if want[id] == nil {
			return fmt.Errorf("message %s would be left in the file: is the locale file laid out as `locales new` writes it, one [id] table per message?", id)
		}
	}
	return nil
}

func sameMessage(a, b *goi18n.Message) bool {
	return a.ID == b.ID && a.Hash == b.Hash && a.Description == b.Description &&
		a.LeftDelim == b.LeftDelim && a.RightDelim == b.RightDelim &&
		a.Zero == b.Zero && a.One == b.One && a.Two == b.Two && a.Few == b.Few && a.Many == b.Many && a.Other == b.Other
}
