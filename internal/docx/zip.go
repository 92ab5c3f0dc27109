package docx

import (
	"archive/zip"
	"bytes"
	"io"
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
	var fw *flate.Writer // one for every part: zip closes a part's before the next one's starts
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			fw = takeCompressor()
		}
		fw.Reset(w)
		return fw, nil
	})
	defer func() {
		if fw != nil {
			giveCompressor(fw)
		}
	}()
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

// compressors are deflate writers kept for the next document: one is some hundreds of
// kilobytes to allocate and clear, and a build packs documents side by side. A plain list
// rather than a sync.Pool, which the garbage collector empties at random, so that what a
// build allocates does not depend on when a collection happened (TestRenderersScaleLinearly).
// klauspost/compress, built in already for the PDF streams, compresses the parts about twice
// as fast as compress/flate at the same level, to sizes a few per cent apart: the bytes
// differ from those compress/flate would give, and are the same on every run.
var compressors = make(chan *flate.Writer, 8)

func takeCompressor() *flate.Writer {
	select {
	case fw := <-compressors:
		return fw
	default:
		fw, _ := flate.NewWriter(io.Discard, flate.DefaultCompression) // cannot fail at a valid level
		return fw
	}
}

func giveCompressor(fw *flate.Writer) {
	select {
	case compressors <- fw:
	default: // enough kept
	}
}
