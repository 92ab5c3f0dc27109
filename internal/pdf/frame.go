package pdf

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"

	"github.com/policygen/policygen/internal/markdown"
)

// cover lays out the first page: company, title and the version block.
func (lo *layouter) cover(meta markdown.Meta, pp paper) page {
	th := lo.th
	var pg page
	pg.elems = append(pg.elems,
		element{kind: elemFill, x: 0, y: 0, w: pp.width, h: 14, color: th.accent},
		element{kind: elemFill, x: pp.left, y: 170, w: 4, h: 0, color: th.accent}) // height set below
	bar := len(pg.elems) - 1
	if w, h := logoBox(lo.logo, 56, pp.textWidth()/2); w > 0 {
		pg.elems = append(pg.elems, element{kind: elemImage, x: pp.left + 20, y: 160 - h, w: w, h: h})
	}
	y := 180.0
	put := func(spans []span, size float64, gap float64) {
		ls := lo.br.lines(spans, pp.textWidth()-20)
		h := th.lineHeight(size) * 0.92
		for _, l := range ls {
			pg.elems = appendTextElems(pg.elems, l, pp.left+20, y, h)
			y += h
		}
		y += gap
	}
	company := textStyle{size: 14, bold: true, color: th.accent}
	put([]span{{text: lo.ts.clean(meta.Company), style: company}}, company.size, 14)
	title := lo.title
	if len(title) == 0 {
		title = []span{{text: lo.ts.clean(meta.Title), style: textStyle{size: th.heading[1], bold: true, color: th.accent}}}
	}
	for i := range title {
		title[i].style.color = th.text
	}
	titleTop := y
	put(title, th.heading[1], 16)
	pg.anchors = append(pg.anchors, &anchor{level: 1, title: plain(title), page: 1, y: titleTop})
	// The byline (company, version, date) is not shown: the company stands above the title
	// and the version block below states the version and date, each fact once.
	pg.elems[bar].h = y - 170 + 6

	// The version block at the foot of the cover.
	label := textStyle{size: th.small, color: th.muted}
	value := textStyle{size: th.body, color: th.text}
	rows := [][2]string{
		{meta.Labels.Version, meta.Version},
		{meta.Labels.LastRevised, cmp.Or(meta.DateText, meta.Date)},
	}
	if meta.Website != "" {
		rows = append(rows, [2]string{meta.Labels.Website, meta.Website})
	}
	y = pp.height - pp.bottom - float64(len(rows))*th.lineHeight(th.body)*1.25 - 10
	pg.elems = append(pg.elems, element{kind: elemLine, x: pp.left, y: y - 10, w: pp.textWidth(), color: th.rule, lineW: 0.6})
	for _, r := range rows {
		if r[1] == "" {
			continue
		}
		h := th.lineHeight(th.body) * 1.25
		if ls := lo.br.lines([]span{{text: lo.ts.clean(r[0]), style: label}}, 120); len(ls) > 0 {
			pg.elems = appendTextElems(pg.elems, ls[0], pp.left, y, h)
		}
		if ls := lo.br.lines([]span{{text: lo.ts.clean(r[1]), style: value}}, pp.textWidth()-130); len(ls) > 0 {
			pg.elems = appendTextElems(pg.elems, ls[0], pp.left+130, y, h)
		}
		y += h
	}
	return pg
}

func plain(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.text)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// frame adds the running header and footer to every page but the cover.
func (lo *layouter) frame(pages []page, meta markdown.Meta, pp paper) {
	th := lo.th
	st := textStyle{size: th.footer, color: th.muted}
	pageOf := meta.Labels.PageOf
	if !strings.Contains(pageOf, "{page}") {
		pageOf = "{page} / {pages}"
	}
	total := strconv.Itoa(len(pages))
	left := lo.ts.clean(markdown.JoinNonEmpty(meta.Sep(), meta.Company, meta.Title))
	version, date := "", ""
	if meta.Version != "" {
		version = lo.ts.clean(markdown.JoinNonEmpty(" ", meta.Labels.Version, meta.Version))
	}
	if meta.Date != "" {
		// The footer reads as a phrase, like the line under the title: the date in its
		// running-text form ("Data wydania 5 października 2026 r.").
		date = lo.ts.clean(markdown.JoinNonEmpty(" ", meta.Labels.LastRevised, cmp.Or(meta.DateText, meta.Date)))
	}
	headY, footY := pp.top-34, pp.height-pp.bottom+22
	h := th.lineHeight(st.size)
	// Break the header once, not once per page: its cost must not grow with the page count.
	right := lo.oneLine(version, st, pp.textWidth()*0.3)
	headX := pp.left
	logoW, logoH := logoBox(lo.logo, 14, 60)
	if logoW > 0 {
		headX += logoW + 6
	}
	head := lo.oneLine(left, st, pp.width-pp.right-headX-right.width-16)
	dates := map[float64]line{} // the date line by the width the page number leaves it
	for i := 1; i < len(pages); i++ {
		// The numbers hold neither placeholder: replacing one after the other is replacing both.
		num := lo.ts.clean(strings.ReplaceAll(strings.ReplaceAll(pageOf, "{pages}", total), "{page}", strconv.Itoa(i+1)))
		pg := &pages[i]
		if logoW > 0 {
			pg.elems = append(pg.elems, element{kind: elemImage, x: pp.left, y: headY + h/2 - logoH/2, w: logoW, h: logoH})
		}
		pg.elems = appendTextElems(pg.elems, head, headX, headY, h)
		pg.elems = appendTextElems(pg.elems, right, pp.width-pp.right-right.width, headY, h)
		pg.elems = append(pg.elems, element{kind: elemLine, x: pp.left, y: headY + h + 3, w: pp.textWidth(), color: th.rule, lineW: 0.5})
		pg.elems = append(pg.elems, element{kind: elemLine, x: pp.left, y: footY - 3, w: pp.textWidth(), color: th.rule, lineW: 0.5})
		n := lo.oneLine(num, st, pp.textWidth()*0.4)
		d, ok := dates[n.width]
		if !ok {
			d = lo.oneLine(date, st, pp.textWidth()-n.width-16)
			dates[n.width] = d
		}
		pg.elems = appendTextElems(pg.elems, d, pp.left, footY, h)
		pg.elems = appendTextElems(pg.elems, n, pp.width-pp.right-n.width, footY, h)
	}
}

// logoBox is the size of the logo drawn height points high, or narrower when that would make
// it wider than maxW; zero without a logo.
func logoBox(logo *markdown.Image, height, maxW float64) (w, h float64) {
	if logo == nil || logo.Width <= 0 || logo.Height <= 0 {
		return 0, 0
	}
	w, h = height*float64(logo.Width)/float64(logo.Height), height
	if w > maxW {
		w, h = maxW, maxW*float64(logo.Height)/float64(logo.Width)
	}
	return w, h
}

// lineEnds replaces each line end with a space (a Replacer is safe for concurrent use).
var lineEnds = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// oneLine sets s on a single line no wider than width, cut short with an ellipsis at the last
// break opportunity that leaves room for it (or between clusters when a word is too long).
func (lo *layouter) oneLine(s string, st textStyle, width float64) line {
	s = lineEnds.Replace(s)
	spans := []span{{text: s, style: st}}
	cs := lo.br.clusters(spans)
	w := 0.0
	for _, c := range cs {
		w += c.width
	}
	if w <= width+epsilon {
		if ls := lo.br.breakClusters(cs, 1e9); len(ls) > 0 {
			return ls[0]
		}
		return line{}
	}
	ell := lo.br.lines([]span{{text: "…", style: st}}, 1e9)[0].width
	// Cut in logical order, before the line is put into visual order.
	used, fit, atBreak := 0.0, 0, 0
	for i, c := range cs {
		if c.hard || used+c.width > width-ell+epsilon {
			break
		}
		used += c.width
		fit = i + 1
		if c.brk != uniseg.LineDontBreak {
			atBreak = i + 1
		}
	}
	if atBreak > 0 {
		fit = atBreak
	}
	var b strings.Builder
	for _, c := range cs[:fit] {
		b.WriteString(c.text)
	}
	return lo.br.lines([]span{{text: strings.TrimSpace(b.String()) + "…", style: st}}, 1e9)[0]
}
