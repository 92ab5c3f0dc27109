package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
)

// part is one file of the package, as the pieces it is written from.
type part struct {
	name   string
	pieces [][]byte
}

func newPart(name string, data []byte) part { return part{name: name, pieces: [][]byte{data}} }

// zipEpoch is the earliest time a zip file header can hold.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// pack writes the parts, in the order given, into a zip archive whose every entry carries
// the same fixed time, so that the same parts always give the same bytes.
func pack(parts []part, modified time.Time) ([]byte, error) {
	if modified.Before(zipEpoch) {
		modified = zipEpoch
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var used []*flate.Writer
	defer func() {
		for _, fw := range used {
			compressors.Put(fw)
		}
	}()
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		fw := compressors.Get().(*flate.Writer)
		fw.Reset(w)
		used = append(used, fw)
		return fw, nil
	})
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return nil, err
		}
		for _, piece := range p.pieces {
			if _, err := w.Write(piece); err != nil {
				return nil, err
			}
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// compressors are deflate writers to reuse: a new one is some hundreds of kilobytes to
// allocate and clear, and a document has a dozen parts. klauspost/compress (already built in
// for the PDF streams) compresses the parts about twice as fast as compress/flate, at the
// same level, to sizes a few per cent apart: the bytes differ from those compress/flate
// would give, and are the same on every run.
var compressors = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(nil, flate.DefaultCompression) // cannot fail at a valid level
	return fw
}}
