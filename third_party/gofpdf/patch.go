package gofpdf

// Additions of this vendored copy; each is listed in PATCHES.

import (
	"strconv"
	"sync"
)

type colorKey struct {
	r, g, b          int
	grayStr, fullStr string
}

// colorStrings caches the operator strings of colours: a document sets the same few
// colours thousands of times.
var colorStrings = struct {
	sync.Mutex
	m map[colorKey]string
}{m: map[colorKey]string{}}

// textFast writes the operators of Text without fmt: the same bytes as
// sprintf("BT %.2f %.2f Td (%s) Tj ET"), wrapped in the text colour when one is set.
func (f *Fpdf) textFast(x, y float64, txt string) {
	b := f.scratch[:0]
	if f.colorFlag {
		b = append(b, "q "...)
		b = append(b, f.color.text.str...)
		b = append(b, ' ')
	}
	b = append(b, "BT "...)
	b = strconv.AppendFloat(b, x*f.k, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (f.h-y)*f.k, 'f', 2, 64)
	b = append(b, " Td ("...)
	b = append(b, txt...)
	b = append(b, ") Tj ET"...)
	if f.colorFlag {
		b = append(b, " Q"...)
	}
	if f.state == 2 {
		f.pages[f.page].Write(b)
		f.pages[f.page].WriteByte('\n')
	} else {
		f.buffer.Write(b)
		f.buffer.WriteByte('\n')
	}
	f.scratch = b
}
