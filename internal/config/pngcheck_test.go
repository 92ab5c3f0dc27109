package config

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"testing"
)

// pngChunk is one chunk of a PNG file.
type pngChunk struct {
	typ  string
	body []byte
}

func splitPNG(t *testing.T, data []byte) []pngChunk {
	t.Helper()
	var out []pngChunk
	for at := 8; at < len(data); {
		n := int(binary.BigEndian.Uint32(data[at:]))
		out = append(out, pngChunk{string(data[at+4 : at+8]), data[at+8 : at+8+n]})
		at += 12 + n
	}
	return out
}

func joinPNG(chunks []pngChunk) []byte {
	b := []byte("\x89PNG\r\n\x1a\n")
	for _, c := range chunks {
		b = binary.BigEndian.AppendUint32(b, uint32(len(c.body)))
		start := len(b)
		b = append(append(b, c.typ...), c.body...)
		b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
	}
	return b
}

// withPixels replaces the IDAT chunks by the zlib stream of raw (filter bytes and rows), cut
// into chunks of at most size bytes, with tail appended to the stream.
func withPixels(chunks []pngChunk, raw, tail []byte, size int) []pngChunk {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(raw)
	w.Close()
	stream := append(z.Bytes(), tail...)
	var out []pngChunk
	for _, c := range chunks {
		if c.typ != "IDAT" {
			out = append(out, c)
			continue
		}
		if stream == nil {
			continue
		}
		for len(stream) > 0 {
			n := min(size, len(stream))
			out = append(out, pngChunk{"IDAT", stream[:n]})
			stream = stream[n:]
		}
		stream = nil
	}
	return out
}

func rawPixels(t *testing.T, chunks []pngChunk) []byte {
	t.Helper()
	var idat []byte
	for _, c := range chunks {
		if c.typ == "IDAT" {
			idat = append(idat, c.body...)
		}
	}
	r, err := zlib.NewReader(bytes.NewReader(idat))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// testImages are small images of each kind the PNG encoder writes: RGBA, RGB, grey, and
// palettes of 1, 2, 4 and 8 bits per pixel.
func testImages() []image.Image {
	const w, h = 23, 13
	nrgba := image.NewNRGBA(image.Rect(0, 0, w, h))
	rgb := image.NewRGBA(image.Rect(0, 0, w, h))
	gray := image.NewGray(image.Rect(0, 0, w, h))
	var out []image.Image
	for _, colours := range []int{2, 4, 16, 200} {
		pal := make(color.Palette, colours)
		for i := range pal {
			pal[i] = color.NRGBA{uint8(i * 7), uint8(i * 13), uint8(i * 29), uint8(255 - i%3)}
		}
		p := image.NewPaletted(image.Rect(0, 0, w, h), pal)
		for i := range p.Pix {
			p.Pix[i] = uint8((i * i / 7) % colours)
		}
		out = append(out, p)
	}
	for y := range h {
		for x := range w {
			v := uint8(x*x + y*3 + x*y)
			nrgba.SetNRGBA(x, y, color.NRGBA{v, v / 2, 255 - v, uint8(x * 7)})
			rgb.SetRGBA(x, y, color.RGBA{v, 255 - v, v / 3, 255})
			gray.SetGray(x, y, color.Gray{v})
		}
	}
	return append(out, nrgba, rgb, gray)
}

// TestCheckPlainPNGAgreesWithDecode: the check refuses a PNG exactly when png.Decode does, on
// whole images, every truncation, corrupted bytes (with and without the chunk's CRC mended),
// and damage to the pixel data and the chunks after it.
func TestCheckPlainPNGAgreesWithDecode(t *testing.T) {
	var inputs [][]byte
	for _, img := range testImages() {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		whole := buf.Bytes()
		chunks := splitPNG(t, whole)
		raw := rawPixels(t, chunks)
		iend := chunks[len(chunks)-1]
		body := chunks[:len(chunks)-1]
		text := pngChunk{"tEXt", []byte("Comment\x00made for a test")}
		split := withPixels(chunks, raw, nil, 50) // many IDAT chunks
		variants := [][]pngChunk{
			chunks, split,
			withPixels(chunks, raw[:len(raw)-1], nil, 1<<20),              // a byte short
			withPixels(chunks, append(raw, 0), nil, 1<<20),                // a byte too many
			withPixels(chunks, raw, []byte("trailing"), 1<<20),            // garbage after the stream
			withPixels(chunks, raw, bytes.Repeat([]byte{7}, 5000), 100),   // a lot of it, over chunks
			withPixels(chunks, raw, bytes.Repeat([]byte{7}, 5000), 1<<20), // more than is read ahead
			withPixels(chunks, raw, nil, 1<<20),
			append(append(append([]pngChunk{}, body...), text), iend),
			append(append(append([]pngChunk{}, body...), pngChunk{"IDAT", []byte("extra")}), iend),
			append(append(append([]pngChunk{}, body...), pngChunk{"IDAT", nil}), iend),
			append(append(append([]pngChunk{}, body...), chunks[0]), iend), // IHDR again
			append(append(append([]pngChunk{}, body...), pngChunk{"tRNS", []byte{0, 1}}), iend),
			append(append(append([]pngChunk{}, body...), pngChunk{"PLTE", []byte{1, 2, 3}}), iend),
			append(append([]pngChunk{}, body...), pngChunk{"IEND", []byte{0}}),
			body, // no IEND
		}
		for row := 0; row < len(raw); row += len(raw) / 13 { // each row's filter byte, made bad
			bad := append([]byte(nil), raw...)
			bad[row] = 5
			variants = append(variants, withPixels(chunks, bad, nil, 1<<20))
		}
		for _, v := range variants {
			inputs = append(inputs, joinPNG(v))
		}
		data := joinPNG(split)
		for n := 8; n < len(data); n++ {
			inputs = append(inputs, data[:n])
		}
		// Corrupt bytes everywhere, and in the chunks after an ignored extra IDAT chunk.
		extra := joinPNG(append(append(append([]pngChunk{}, body...), pngChunk{"IDAT", []byte("extra")}), iend))
		for _, f := range []struct {
			data []byte
			from int
		}{{whole, 8}, {extra, len(extra) - 29}} {
			for i := f.from; i < len(f.data); i++ {
				for _, mask := range []byte{0x01, 0xff} {
					bad := append([]byte(nil), f.data...)
					bad[i] ^= mask
					inputs = append(inputs, bad)
				}
			}
		}
		for ci, c := range split { // corrupt a byte of each chunk, and mend its CRC
			for i := 0; i < len(c.body); i += 1 + len(c.body)/8 {
				mended := append([]pngChunk(nil), split...)
				b := append([]byte(nil), c.body...)
				b[i] ^= 0x5a
				mended[ci] = pngChunk{c.typ, b}
				inputs = append(inputs, joinPNG(mended))
			}
		}
	}
	checked, refused := 0, 0
	for _, data := range inputs {
		// decodeLogo checks only what passes DecodeConfig, plainPNG and the size limits.
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil || !plainPNG(data) || max(cfg.Width, cfg.Height) > maxLogoPixels {
			continue
		}
		checked++
		_, decodeErr := png.Decode(bytes.NewReader(data))
		checkErr := checkPlainPNG(data)
		if (decodeErr == nil) != (checkErr == nil) {
			t.Errorf("png.Decode: %v, checkPlainPNG: %v, for %d bytes % x", decodeErr, checkErr, len(data), data)
		}
		if decodeErr != nil {
			refused++
		}
	}
	if checked < 1000 || refused < checked/2 {
		t.Errorf("only %d inputs reached the check, %d of them damaged", checked, refused)
	}
}

// FuzzCheckPlainPNG: checkPlainPNG refuses what png.Decode refuses, and only that.
func FuzzCheckPlainPNG(f *testing.F) {
	for _, img := range testImages() {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil || !plainPNG(data) || max(cfg.Width, cfg.Height) > maxLogoPixels {
			return
		}
		_, decodeErr := png.Decode(bytes.NewReader(data))
		if checkErr := checkPlainPNG(data); (decodeErr == nil) != (checkErr == nil) {
			t.Errorf("png.Decode: %v, checkPlainPNG: %v", decodeErr, checkErr)
		}
	})
}

// BenchmarkLogo is the check validate makes of the example's logo.
func BenchmarkLogo(b *testing.B) {
	data, err := os.ReadFile("../../examples/logo.png")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, msg := decodeLogo(data); msg != "" {
			b.Fatal(msg)
		}
	}
}
