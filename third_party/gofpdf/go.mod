module github.com/jung-kurt/gofpdf

go 1.24

require github.com/klauspost/compress v1.18.5
