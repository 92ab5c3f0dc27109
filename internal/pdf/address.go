package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// tieLinks keeps every link that reads as one word (an e-mail address, a web address, a
// phone number: link text without a space) on one line when it fits in width: the line
// breaks before it instead. Only an address wider than width may break, after its "@" and,
// when a part is still too wide, after a ".". cs is changed in place.
func tieLinks(cs []cluster, width float64) {
	for start := 0; start < len(cs); {
		end := start + 1
		link := cs[start].style.link
		for end < len(cs) && link != "" && cs[end].style.link == link && !cs[end].hard {
			end++
		}
		if link != "" {
			tieWord(cs[start:end], width, strings.HasPrefix(link, "mailto:"))
		}
		start = end
	}
}

// tieWord ties the clusters of one link's text; the break after its last cluster is left as
// it is.
func tieWord(w []cluster, width float64, mail bool) {
	total := 0.0
	for _, c := range w {
		if c.space || c.hard {
			return // link text of several words breaks between them as usual
		}
		total += c.width
	}
	inner := w[:len(w)-1]
	if total <= width+epsilon {
		for i := range inner {
			inner[i].brk = uniseg.LineDontBreak
		}
		return
	}
	if !mail {
		return // a web address wider than the line keeps the breaks UAX #14 gives it
	}
	// Too wide: break after "@"; a local part or domain still too wide breaks after a ".".
	part, from := 0.0, 0
	for i := range w {
		part += w[i].width
		if i < len(inner) {
			inner[i].brk = uniseg.LineDontBreak
		}
		if w[i].text == "@" || i == len(w)-1 {
			if i < len(inner) && w[i].text == "@" {
				inner[i].brk = uniseg.LineCanBreak
			}
			if part > width+epsilon {
				for j := from; j < i && j < len(inner); j++ {
					if w[j].text == "." {
						inner[j].brk = uniseg.LineCanBreak
					}
				}
			}
			part, from = 0, i+1
		}
	}
}

// breakLines breaks spans into lines of at most width, links tied as tieLinks says.
func (lo *layouter) breakLines(spans []span, width float64) []line {
	link := false
	for _, s := range spans {
		link = link || s.style.link != ""
	}
	if !link {
		return lo.br.lines(spans, width)
	}
	cs := lo.br.clusters(spans)
	tieLinks(cs, width)
	return lo.br.breakClusters(cs, width)
}

// unbroken is a copy of cs with every one-word link tied whole and, with labels, each phone
// number or e-mail address tied to the label word before it ("e-mail: petra.svobodova@…"): what a
// column should hold to show each address on one line after its label.
func unbroken(cs []cluster, labels bool) []cluster {
	link := false
	for i := range cs {
		link = link || cs[i].style.link != ""
	}
	if !link {
		return cs // nothing to tie: no copy
	}
	out := append([]cluster(nil), cs...)
	tieLinks(out, math.Inf(1))
	for i := 1; i < len(out) && labels; i++ {
		if isContact(out[i].style.link) && !isContact(out[i-1].style.link) && !out[i-1].hard {
			out[i-1].brk = uniseg.LineDontBreak
		}
	}
	return out
}

// contactLines puts each way of reaching a contact on its own line in a table cell: where a
// phone or e-mail link follows another, the line breaks after the separator between them
// ("tel. +420 601 234 568;" / "e-mail: petra.svobodova@…").
func contactLines(spans []span) []span {
	contacts := 0
	for _, s := range spans {
		if isContact(s.style.link) {
			contacts++
		}
	}
	if contacts < 2 {
		return spans
	}
	out := make([]span, 0, len(spans)+1)
	seen := false // a contact link came before
	for i, s := range spans {
		if isContact(s.style.link) {
			seen = true
			out = append(out, s)
			continue
		}
		if seen && s.style.link == "" && nextContact(spans[i+1:]) {
			head := markerPrefix(s.text) // "\u00a0(preferred)" stays with the contact it marks
			body := s.text[len(head):]
			cut := len(body) - len(strings.TrimLeftFunc(body, func(r rune) bool {
				return (unicode.IsPunct(r) && !unicode.Is(unicode.Ps, r)) || unicode.IsSpace(r)
			}))
			if cut > 0 {
				sep, rest := strings.TrimRightFunc(body[:cut], unicode.IsSpace), body[cut:]
				s.text = head + sep + "\n" + rest
				seen = false
			}
		}
		out = append(out, s)
	}
	return out
}

// markerPrefix is the bracketed marker that opens s, with the space before it ("\u00a0(preferred)"
// in "\u00a0(preferred); e-mail: "), or "" when s opens with none.
func markerPrefix(s string) string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 || !unicode.Is(unicode.Ps, r) {
		return ""
	}
	if end := strings.IndexFunc(t[n:], func(r rune) bool { return unicode.Is(unicode.Pe, r) }); end >= 0 {
		_, m := utf8.DecodeRuneInString(t[n+end:])
		return s[:len(s)-len(t)+n+end+m]
	}
	return ""
}

func isContact(link string) bool {
	return strings.HasPrefix(link, "mailto:") || strings.HasPrefix(link, "tel:")
}

// nextContact reports whether a contact link comes before any other link in spans.
func nextContact(spans []span) bool {
	for _, s := range spans {
		if s.style.link != "" {
			return isContact(s.style.link)
		}
		if strings.Contains(s.text, "\n") {
			return false
		}
	}
	return false
}
