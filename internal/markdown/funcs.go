package markdown

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/internal/typography"
)

// funcStubs gives the parser the names of the template functions; funcs binds them to a
// language for one execution.
var funcStubs = sync.OnceValue(func() template.FuncMap { return withSections(funcs(nil, nil), nil, "") })

// withSections adds {{section "id"}}, which prints the company's own sections placed after
// the built-in section id.
func withSections(fm template.FuncMap, doc *model.Document, variant string) template.FuncMap {
	fm["section"] = func(id string) string {
		if doc == nil {
			return ""
		}
		return ownSections(doc, variant, id)
	}
	return fm
}

// funcs returns the functions templates call. Everything that prints words returns model.Text,
// which is Markdown-escaped when printed; link destinations come back ready to use.
//
//	T "id" ["Key" value …]   the message id, with placeholders filled from the pairs
//	within D | every D | plain D   a duration as a whole phrase: "within 4 hours"
//	date D | shortdate D     a long date in running text ("20 listopada 2026 r.") or in a
//	                         table or list of facts ("20 listopada 2026")
//	cadence C | metric M     the word for a cadence ("weekly") or metric
//	yes P | no P             a *bool that is set and true / set and false
//	mailto E | tel P | url U link destinations for an e-mail, a phone number, a web address
//	label "id"               a label or separator ("E-mail:", ",") with the space that
//	                         follows it, none after full-width punctuation ("电子邮件：")
//	strong "id"              the same label in bold; full-width punctuation stays outside
//	                         the bold ("**网站**："), where CommonMark can close it
//	sep "id"                 a separator between a term and its definition, spaced
//	                         (" — ") unless full-width ("：")
//	inc N                    N+1, for numbering
//	item I N T               T as item I of N of a list that continues its lead-in, with the
//	                         language's list punctuation ("ankieta e-mailowa;")
//	lines T                  T, whose lines are separated by "\n", as lines of one paragraph
//	                         (hard line breaks): an approval block written by the locale
//	company                  the company: at its first mention its full name with the short
//	                         form defined ("Acme Sp. z o.o. (dalej: „Acme”)"), then the short form
func funcs(lz *i18n.Localizer, doc *model.Document) template.FuncMap {
	return funcsCounting(lz, doc, &mentions{})
}

// funcsCounting is funcs, counting the company's mentions in m.
func funcsCounting(lz *i18n.Localizer, doc *model.Document, m *mentions) template.FuncMap {
	return template.FuncMap{
		"company": func() (model.Text, error) {
			name := doc.Company.Name
			short, noun := shortName(doc.Company, lz)
			if short == "" || short == name {
				return name, nil
			}
			m.n++
			if m.n > 1 {
				return short, nil
			}
			s, err := lz.Message("common.company.defined", map[string]any{"Name": string(name), "Short": string(short)})
			m.short, m.defined = short, model.Text(s)
			if noun {
				// A common noun ("本公司") names no company by itself: a lone mention keeps
				// the name, which the locale's sentence then puts beside the noun.
				m.short = name
			}
			return firstMention, err
		},
		"T": func(id string, pairs ...any) (model.Text, error) {
			data, err := pairsToMap(pairs)
			if err != nil {
				return "", fmt.Errorf("T %q: %w", id, err)
			}
			s, err := lz.Message(id, data)
			return model.Text(noDoubleStop(s, pairs)), err
		},
		"label": func(id string) (string, error) {
			s, err := lz.Message(id, nil)
			return spaced(model.Escape(s)), err
		},
		"strong": func(id string) (string, error) {
			s, err := lz.Message(id, nil)
			return strongLabel(s), err
		},
		"separator":    func() model.Text { return model.Text(lz.Typography().Separator) },
		"businessDays": func() bool { return doc != nil && doc.CountsBusinessDays() },
		// capital starts a company value with a capital letter where it stands alone, as a
		// table cell does beside cells that the locale writes ("od poniedziałku…" beside
		// "W godzinach otwarcia").
		"capital": func(t model.Text) model.Text {
			r, size := utf8.DecodeRuneInString(string(t))
			if !unicode.IsLower(r) {
				return t
			}
			return model.Text(string(unicode.ToUpper(r)) + string(t)[size:])
		},
		"within": func(d config.Duration) (model.Text, error) { return duration(lz, "within", d) },
		"every":  func(d config.Duration) (model.Text, error) { return duration(lz, "every", d) },
		"plain":  func(d config.Duration) (model.Text, error) { return duration(lz, "plain", d) },
		"date": func(d config.Date) (model.Text, error) {
			s, err := lz.DateInText(d)
			return model.Text(s), err
		},
		"shortdate": func(d config.Date) (model.Text, error) {
			s, err := lz.Date(d)
			return model.Text(s), err
		},
		"cadence": func(c config.Cadence) (model.Text, error) {
			s, err := lz.Message("cadence."+string(c), nil)
			return model.Text(s), err
		},
		"metric": func(m config.Metric) (model.Text, error) {
			s, err := lz.Message("metric."+string(m), nil)
			return model.Text(s), err
		},
		"yes":    func(p *bool) bool { return p != nil && *p },
		"no":     func(p *bool) bool { return p != nil && !*p },
		"mailto": func(e model.Text) string { return Mailto(string(e)) },
		"tel":    func(p model.Text) string { return "tel:" + telNumber(string(p)) },
		"url":    func(u model.Text) string { return destination(string(u)) },
		"inc":    func(n int) int { return n + 1 },
		"lines":  hardLines,
		"item": func(i, n int, t model.Text) model.Text {
			return model.Text(lz.Typography().ListItem(i, n, string(t)))
		},
		// mark is a short marker that follows what it qualifies, "(preferred)": a no-break space
		// before it, so it never starts a line of its own, none before full-width punctuation
		// ("（首选）").
		"mark": func(id string) (string, error) {
			s, err := lz.Message(id, nil)
			s = model.Escape(s)
			if r, _ := utf8.DecodeRuneInString(s); s == "" || typography.IsWide(r) {
				return s, err
			}
			return "\u00a0" + s, err
		},
		"sep": func(id string) (string, error) {
			s, err := lz.Message(id, nil)
			s = model.Escape(s)
			if r, _ := utf8.DecodeRuneInString(s); spaced(s) == s || typography.IsWide(r) {
				return s, err
			}
			return " " + s + " ", err
		},
	}
}

func duration(lz *i18n.Localizer, context string, d config.Duration) (model.Text, error) {
	if d.IsZero() {
		return "", fmt.Errorf("%s: the duration is not set; guard it with {{if}}", context)
	}
	s, err := lz.Duration(context, d)
	return model.Text(s), err
}

// pairsToMap turns "Key", value, … into template data. model.Text values are passed raw:
// the message as a whole is escaped when printed.
func pairsToMap(pairs []any) (map[string]any, error) {
	if len(pairs)%2 != 0 {
		return nil, fmt.Errorf("placeholders come in pairs of name and value")
	}
	data := make(map[string]any, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		key, ok := pairs[i].(string)
		if !ok {
			return nil, fmt.Errorf("placeholder name %v is not a string", pairs[i])
		}
		switch v := pairs[i+1].(type) {
		case model.Text:
			data[key] = string(v)
		default:
			data[key] = v
		}
	}
	return data, nil
}

// hardLines escapes each line of t and joins the lines with Markdown hard line breaks, so that
// a message such as "Approved by: {{.Name}}\nDate: {{.Date}}" prints as one paragraph of lines.
func hardLines(t model.Text) string {
	ls := strings.Split(strings.TrimSpace(string(t)), "\n")
	for i, l := range ls {
		ls[i] = model.Escape(strings.TrimSpace(l))
	}
	return strings.Join(ls, "\\\n")
}

// destination makes s usable as a Markdown link destination: nothing in it can end the link.
func destination(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			// CommonMark engines read entity references ("&amp;") in a destination.
			b.WriteString("&amp;")
		case r <= ' ' || r == '(' || r == ')' || r == '<' || r == '>' || r == '\\' || r == '`' || r == '"' || r == '[' || r == ']' || r == 0x7f:
			b.WriteString(url.PathEscape(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// telNumber keeps the characters of a phone number a dialler understands.
func telNumber(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '+' && b.Len() == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// noDoubleStop drops the full stop a message puts after a value that already ends with one,
// so that "Acme Sp. z o.o." at the end of a sentence does not read "o.o..".
func noDoubleStop(s string, pairs []any) string {
	for i := 1; i < len(pairs); i += 2 {
		v, ok := pairs[i].(model.Text)
		if ok && strings.HasSuffix(string(v), ".") && !strings.HasSuffix(string(v), "..") {
			s = strings.ReplaceAll(s, string(v)+".", string(v))
		}
	}
	return s
}

// spaced returns s followed by a space, unless it ends in a full-width character, after
// which Chinese and Japanese text takes no space.
// strongLabel is a label in bold, ready for the value to follow. A label that ends in
// full-width punctuation ("网站：") keeps it outside the bold: CommonMark closes "**" after
// punctuation only when a space or punctuation follows, and no space follows "：".
func strongLabel(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if s == "" || !typography.IsWide(r) {
		return spaced("**" + model.Escape(s) + "**")
	}
	return "**" + model.Escape(s[:len(s)-size]) + "**" + string(r)
}

func spaced(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if s == "" || typography.IsWide(r) {
		return s
	}
	return s + " "
}

// shortName is the short form of the company's name: the company file's, else the locale's
// common noun for it, else the name without a legal form the locale knows ("Acme" for
// "Acme Sp. z o.o."), else "".
func shortName(c model.Company, lz *i18n.Localizer) (short model.Text, noun bool) {
	if c.Short != "" {
		return c.Short, false
	}
	// A language whose legal style refers to the company by a common noun (Chinese 本公司)
	// states it in common.company.short_form; "-" derives the short form from the name.
	if s, err := lz.Message("common.company.short_form", nil); err == nil && s != "" && s != "-" {
		return model.Text(s), true
	}
	name := string(c.Name)
	best := ""
	for _, form := range lz.Typography().LegalForms {
		if len(form) > len(best) && strings.HasSuffix(name, " "+form) {
			best = form
		}
	}
	if best == "" {
		return "", false
	}
	return model.Text(strings.TrimRight(strings.TrimSuffix(name, best), " ,")), false
}

// firstMention stands for the company's first mention in the text until the whole document
// is written: the short form is defined there only when the document goes on to use it, and
// is used alone when that mention is the only one (the byline above has just given the full
// name, and a legal name twice in three lines reads as a form, not a policy).
const firstMention model.Text = "\uE000\uE001\uE000"

// mentions counts how often a document names the company.
type mentions struct {
	n       int
	short   model.Text // the short form
	defined model.Text // the full name with the short form defined
}

// resolve replaces the first mention in md: the definition when the short form follows, else
// the short form alone (without doubling a full stop that ends both name and sentence).
func (m *mentions) resolve(md []byte) []byte {
	at := bytes.Index(md, []byte(firstMention))
	if at < 0 {
		return md
	}
	with := m.defined
	if m.n < 2 {
		with = m.short
	}
	rest := md[at+len(firstMention):]
	text := with.String()
	if strings.HasSuffix(text, ".") && bytes.HasPrefix(rest, []byte(".")) {
		rest = rest[1:]
	}
	out := make([]byte, 0, len(md)+len(text))
	out = append(append(append(out, md[:at]...), text...), rest...)
	return out
}
