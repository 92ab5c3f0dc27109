package config

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
)

// checkPlainPNG refuses a damaged 8-bit (or less), non-interlaced PNG exactly when png.Decode
// would, without building the image: validate needs to know only that the logo is whole, and
// unfiltering every pixel into an image was a third of its work. png.DecodeConfig must have
// accepted data: it checked everything before the first IDAT chunk. This checks the rest as
// png.Decode reads it: the IDAT chunks' zlib stream (with its checksum) holds exactly one
// filter byte and one row per line, each chunk's CRC is right and the chunks after the
// pixels come in an allowed order up to IEND. pngcheck_test.go compares the two on every
// truncation and many corruptions of several images.
func checkPlainPNG(data []byte) error {
	width, height := binary.BigEndian.Uint32(data[16:]), binary.BigEndian.Uint32(data[20:])
	depth, colorType := int(data[24]), data[25]
	channels := map[byte]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colorType]
	rowBytes := (int(width)*depth*channels + 7) / 8

	c := &chunks{data: data, at: 8}
	for {
		typ, body, err := c.next()
		if err != nil {
			return err
		}
		if typ == "IDAT" {
			c.idat = body
			break
		}
	}
	z, err := zlib.NewReader(c)
	if err != nil {
		return err
	}
	row := make([]byte, 1+rowBytes)
	for range height {
		if _, err := io.ReadFull(z, row); err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return errors.New("png: invalid format: not enough pixel data")
			}
			return err
		}
		if row[0] > 4 {
			return errors.New("png: invalid format: bad filter type")
		}
	}
	n, err := z.Read(row[:1])
	for i := 0; n == 0 && err == nil; i++ {
		if i == 100 {
			return io.ErrNoProgress
		}
		n, err = z.Read(row[:1])
	}
	if err != nil && err != io.EOF {
		return err
	}
	if n != 0 || len(c.idat) != 0 {
		return errors.New("png: invalid format: too much pixel data")
	}
	if err := c.checksum(); err != nil {
		return err
	}
	for { // after the pixels: further IDAT chunks are ignored, then IEND ends the image
		typ, _, err := c.next()
		switch {
		case err != nil:
			return err
		case typ == "IHDR" || typ == "PLTE" || typ == "tRNS":
			return errors.New("png: invalid format: chunk out of order")
		case typ == "IDAT":
			if err := c.checksum(); err != nil {
				return err
			}
		case typ == "IEND":
			if c.length != 0 {
				return errors.New("png: invalid format: bad IEND length")
			}
			return nil
		}
	}
}

// chunks reads a PNG's chunks from data[at:]. While idat is set it is also the io.Reader
// of the image data, which runs on into the following IDAT chunks, as png.Decode reads it.
type chunks struct {
	data   []byte
	at     int    // the offset of the current chunk's CRC once next has read it
	start  int    // the offset of the current chunk's type
	length uint32 // the current chunk's length, as its header says
	idat   []byte // the unread rest of the current IDAT chunk's data
}

// next reads the next chunk's header and checks its CRC, except for an IDAT chunk (which
// Read and checksum check) and IEND (whose length is checked first).
func (c *chunks) next() (typ string, body []byte, err error) {
	if len(c.data)-c.at < 8 {
		return "", nil, io.ErrUnexpectedEOF
	}
	c.length = binary.BigEndian.Uint32(c.data[c.at:])
	c.start = c.at + 4
	typ = string(c.data[c.start : c.start+4])
	if c.length > 0x7fffffff && typ != "IDAT" && typ != "IEND" {
		return "", nil, errors.New("png: invalid format: Bad chunk length")
	}
	end := len(c.data)
	if rest := int64(end - c.start - 4); int64(c.length) <= rest {
		end = c.start + 4 + int(c.length)
	} else if typ != "IDAT" {
		return "", nil, io.ErrUnexpectedEOF
	} // else png.Decode reads what there is and fails at its end
	body = c.data[c.start+4 : end]
	c.at = end
	if typ == "IDAT" || typ == "IEND" && c.length != 0 {
		return typ, body, nil
	}
	return typ, body, c.checksum()
}

// checksum checks the CRC of the chunk that next read last.
func (c *chunks) checksum() error {
	if len(c.data)-c.at < 4 {
		return io.ErrUnexpectedEOF
	}
	if crc32.ChecksumIEEE(c.data[c.start:c.at]) != binary.BigEndian.Uint32(c.data[c.at:]) {
		return errors.New("png: invalid format: invalid checksum")
	}
	c.at += 4
	return nil
}

// Read reads the image data, moving on to the next chunk, which must be IDAT, when one ends.
func (c *chunks) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for len(c.idat) == 0 {
		if err := c.checksum(); err != nil {
			return 0, err
		}
		if len(c.data)-c.at < 8 {
			return 0, io.ErrUnexpectedEOF
		}
		if !bytes.Equal(c.data[c.at+4:c.at+8], []byte("IDAT")) {
			return 0, errors.New("png: invalid format: not enough pixel data")
		}
		typ, body, err := c.next()
		if err != nil || typ != "IDAT" {
			return 0, err
		}
		c.idat = body
	}
	n := copy(p, c.idat)
	c.idat = c.idat[n:]
	return n, nil
}
