// Package output owns the output folder (SPEC §9.1): one build at a time under a lock, every
// build published all or nothing with a manifest, repaired after a crash, and compared with
// what is on disk for --check.
package output

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
)

// File is one built document.
type File struct {
	Path    string // relative to the output folder, with slashes: "pl/handbook.pdf"
	Lang    string
	Variant string
	Format  string
	Version string // document version
	Date    string // document date, YYYY-MM-DD
	Data    []byte
}

// Entry is one file in the manifest.
type Entry struct {
	Path    string `json:"path"`
	Lang    string `json:"lang"`
	Variant string `json:"variant"`
	Format  string `json:"format"`
	Bytes   int    `json:"bytes"`
	SHA256  string `json:"sha256"`
	Version string `json:"version"`
	Date    string `json:"date"`
}

// ManifestName is the manifest's file name in the output folder.
const ManifestName = "manifest.json"

// Manifest is the index of a build's files.
type Manifest struct {
	Generator string  `json:"generator"`
	Files     []Entry `json:"files"`
}

// NewManifest describes files, sorted by path.
func NewManifest(generator string, files []File) Manifest {
	m := Manifest{Generator: generator, Files: make([]Entry, 0, len(files))}
	sums := checksums(files)
	for i, f := range files {
		sum := sums[i]
		m.Files = append(m.Files, Entry{
			Path: f.Path, Lang: f.Lang, Variant: f.Variant, Format: f.Format,
			Bytes: len(f.Data), SHA256: hex.EncodeToString(sum[:]), Version: f.Version, Date: f.Date,
		})
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	return m
}

// checksums returns the SHA-256 of every file's data, computed on every CPU: a build's
// files are several megabytes, hashed after every document is rendered.
func checksums(files []File) [][sha256.Size]byte {
	sums := make([][sha256.Size]byte, len(files))
	workers := min(runtime.GOMAXPROCS(0), len(files))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(files); i += workers {
				sums[i] = sha256.Sum256(files[i].Data)
			}
		})
	}
	wg.Wait()
	return sums
}

// JSON returns the manifest as indented JSON with a final newline.
func (m Manifest) JSON() []byte {
	out, _ := json.MarshalIndent(m, "", "  ")
	return append(out, '\n')
}

// WithManifest returns files plus the manifest file describing them.
func WithManifest(generator string, files []File) []File {
	all, _ := WithManifestEntries(generator, files)
	return all
}

// WithManifestEntries is WithManifest, and the entries of every file it returns, the
// manifest's own included, sorted by path as the manifest is: for a report of the build,
// without hashing every file again.
func WithManifestEntries(generator string, files []File) ([]File, []Entry) {
	m := NewManifest(generator, files)
	mf := File{Path: ManifestName, Format: "json", Data: m.JSON()}
	entries := append(append([]Entry(nil), m.Files...), NewManifest("", []File{mf}).Files...)
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Path < entries[j].Path })
	return append(append([]File(nil), files...), mf), entries
}

// Target returns where rel goes under dir, refusing any path that would leave dir.
func Target(dir, rel string) (string, error) {
	if rel == "" || path.IsAbs(rel) || !filepath.IsLocal(filepath.FromSlash(rel)) {
		return "", fmt.Errorf("output path %q would leave the output folder", rel)
	}
	return filepath.Join(dir, filepath.FromSlash(rel)), nil
}
