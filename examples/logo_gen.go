//go:build ignore

// logo_gen draws examples/logo.png, the logo of the example company: a white basket in a
// green disc. Run it from the repository root: go run examples/logo_gen.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size = 256

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	green := color.NRGBA{0x1f, 0x6f, 0x43, 0xff}
	white := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	c := float64(size) / 2
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			// 4×4 supersampling for smooth edges.
			var hits [3]int
			for sy := 0; sy < 4; sy++ {
				for sx := 0; sx < 4; sx++ {
					px, py := float64(x)+(float64(sx)+0.5)/4, float64(y)+(float64(sy)+0.5)/4
					hits[shade(px, py, c)]++
				}
			}
			img.SetNRGBA(x, y, mix(hits, green, white))
		}
	}
	f, err := os.Create("examples/logo.png")
	if err != nil {
		log.Fatal(err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// shade is 0 outside the disc, 1 for the disc, 2 for the basket.
func shade(x, y, c float64) int {
	dx, dy := x-c, y-c
	if math.Hypot(dx, dy) > c-2 {
		return 0
	}
	// The basket: a trapezoid from y=120 to y=196 with three slats cut out, and a handle arc.
	if y >= 120 && y <= 196 {
		half := 76 - (y-120)*0.3
		if math.Abs(dx) <= half {
			if y > 140 && y < 182 && (math.Abs(dx) < 4 || math.Abs(math.Abs(dx)-30) < 4) {
				return 2
			}
			if y >= 140 && y <= 182 {
				return 1 + boolInt(math.Abs(dx) > half-8)
			}
			return 2
		}
	}
	if r := math.Hypot(dx, y-122); y < 122 && r >= 44 && r <= 56 {
		return 2
	}
	// A leaf above the handle.
	if lx, ly := dx-4, y-58; (lx*lx)/(22*22)+(ly*ly)/(12*12) <= 1 && y > 46 {
		return 2
	}
	return 1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func mix(hits [3]int, green, white color.NRGBA) color.NRGBA {
	cols := [3]color.NRGBA{{0, 0, 0, 0}, green, white}
	var r, g, b, a float64
	for i, n := range hits {
		w := float64(n) / 16
		ca := float64(cols[i].A) / 255
		r += float64(cols[i].R) * ca * w
		g += float64(cols[i].G) * ca * w
		b += float64(cols[i].B) * ca * w
		a += ca * w
	}
	if a == 0 {
		return color.NRGBA{}
	}
	return color.NRGBA{uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(a*255 + 0.5)}
}
