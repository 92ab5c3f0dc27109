// Package output writes built documents into the output folder: every file atomically (a temp
// file in the same folder, then a rename), all-or-nothing for a build, with a manifest, and
// compares a build with what is on disk for --check.
package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
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
	for _, f := range files {
		sum := sha256.Sum256(f.Data)
		m.Files = append(m.Files, Entry{
			Path: f.Path, Lang: f.Lang, Variant: f.Variant, Format: f.Format,
			Bytes: len(f.Data), SHA256: hex.EncodeToString(sum[:]), Version: f.Version, Date: f.Date,
		})
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	return m
}

// JSON returns the manifest as indented JSON with a final newline.
func (m Manifest) JSON() []byte {
	out, _ := json.MarshalIndent(m, "", "  ")
	return append(out, '\n')
}

// WithManifest returns files plus the manifest file describing them.
func WithManifest(generator string, files []File) []File {
	m := NewManifest(generator, files)
	return append(append([]File(nil), files...), File{Path: ManifestName, Format: "json", Data: m.JSON()})
}

// Write writes every file under dir. All files are first written to temp files beside their
// targets; only when all of them are written are they renamed into place, so a failure leaves
// the files that were there before untouched and no temp file behind.
func Write(dir string, files []File) error {
	type pending struct{ tmp, target string }
	var done []pending
	cleanup := func() {
		for _, p := range done {
			os.Remove(p.tmp)
		}
	}
	for _, f := range files {
		target, err := Target(dir, f.Path)
		if err != nil {
			cleanup()
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			cleanup()
			return fmt.Errorf("create folder: %w", err)
		}
		tmp, err := writeTemp(target, f.Data)
		if err != nil {
			cleanup()
			return err
		}
		done = append(done, pending{tmp, target})
	}
	for i, p := range done {
		if err := os.Rename(p.tmp, p.target); err != nil {
			for _, q := range done[i:] {
				os.Remove(q.tmp)
			}
			return fmt.Errorf("write %s: %w", p.target, err)
		}
	}
	return nil
}

func writeTemp(target string, data []byte) (string, error) {
	t, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", target, err)
	}
	_, werr := t.Write(data)
	cerr := t.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(t.Name())
		return "", fmt.Errorf("write %s: %w", target, err)
	}
	if err := os.Chmod(t.Name(), 0o644); err != nil {
		os.Remove(t.Name())
		return "", fmt.Errorf("write %s: %w", target, err)
	}
	return t.Name(), nil
}

// Target returns where rel goes under dir, refusing any path that would leave dir.
func Target(dir, rel string) (string, error) {
	if rel == "" || path.IsAbs(rel) || !filepath.IsLocal(filepath.FromSlash(rel)) {
		return "", fmt.Errorf("output path %q would leave the output folder", rel)
	}
	return filepath.Join(dir, filepath.FromSlash(rel)), nil
}

// Stale returns the paths of files that are missing under dir or differ from what is there.
func Stale(dir string, files []File) ([]string, error) {
	var stale []string
	for _, f := range files {
		target, err := Target(dir, f.Path)
		if err != nil {
			return nil, err
		}
		have, err := os.ReadFile(target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			stale = append(stale, f.Path)
		case err != nil:
			return nil, err
		case !bytes.Equal(have, f.Data):
			stale = append(stale, f.Path)
		}
	}
	sort.Strings(stale)
	return stale, nil
}
