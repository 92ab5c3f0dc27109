package output

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
)

// Report is what --check found: paths relative to the output folder.
type Report struct {
	Missing   []string `json:"missing,omitempty"`   // produced by the build, not on disk
	Differing []string `json:"differing,omitempty"` // on disk with other bytes, or not a regular file
	Extra     []string `json:"extra,omitempty"`     // on disk, not produced: listed in the old manifest or shaped like a document
	Leftover  []string `json:"leftover,omitempty"`  // temp, backup or journal files of an interrupted build
}

// Stale lists every path of the report, sorted.
func (r Report) Stale() []string {
	all := append(append(append(append([]string(nil), r.Missing...), r.Differing...), r.Extra...), r.Leftover...)
	sort.Strings(all)
	return all
}

// Kind says why path is in the report: "missing", "differing", "extra" or "leftover".
func (r Report) Kind(p string) string {
	for kind, list := range map[string][]string{"missing": r.Missing, "differing": r.Differing, "extra": r.Extra, "leftover": r.Leftover} {
		for _, q := range list {
			if q == p {
				return kind
			}
		}
	}
	return ""
}

// Check compares files with the folder dir without changing anything. It reads only regular
// files, never through a symbolic link, and only those whose size is right. langs are the
// languages policygen knows: their folders are searched for documents it did not produce.
func Check(dir string, files []File, langs []string) (Report, error) {
	var r Report
	if dir == "" {
		return r, errors.New("the output folder is an empty name")
	}
	fi, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		for _, f := range files {
			r.Missing = append(r.Missing, f.Path)
		}
		sort.Strings(r.Missing)
		return r, nil
	}
	if err != nil {
		return r, fmt.Errorf("output folder: %w", err)
	}
	if !fi.IsDir() {
		return r, fmt.Errorf("output folder %s is a file, not a folder", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return r, fmt.Errorf("open the output folder: %w", err)
	}
	defer root.Close()
	fsys := rootFS{root}

	produced := map[string]bool{}
	for _, f := range files {
		if _, err := Target(dir, f.Path); err != nil {
			return r, err
		}
		produced[f.Path] = true
		switch compare(fsys, f.Path, f.Data) {
		case "missing":
			r.Missing = append(r.Missing, f.Path)
		case "differing":
			r.Differing = append(r.Differing, f.Path)
		}
	}
	r.Extra = extras(fsys, produced, langs)
	if r.Leftover, err = leftovers(fsys); err != nil {
		return r, fmt.Errorf("read the output folder: %w", err)
	}
	sort.Strings(r.Missing)
	sort.Strings(r.Differing)
	return r, nil
}

// compare says whether rel is "missing", "differing" or "" (the same bytes as data).
func compare(fsys FS, rel string, data []byte) string {
	if d := path.Dir(rel); d != "." {
		missing, err := realFolders(fsys, "", d)
		if err != nil {
			return "differing" // a link or a file where a folder should be
		}
		if len(missing) > 0 {
			return "missing"
		}
	}
	fi, err := fsys.Lstat(rel)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "missing"
	case err != nil, !fi.Mode().IsRegular(), fi.Size() != int64(len(data)):
		return "differing"
	}
	have, err := fsys.ReadFile(rel, int64(len(data))+1)
	if err != nil || !bytes.Equal(have, data) {
		return "differing"
	}
	return ""
}

// extras lists files not produced that the previous manifest lists, or that are shaped like
// documents in the folder of a language policygen knows. Other folders (docs/api/ beside the
// documents) are not policygen's, whatever is in them.
func extras(fsys FS, produced map[string]bool, langs []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !produced[p] && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	isLang := map[string]bool{}
	for _, l := range langs {
		isLang[l] = true
	}
	for p := range produced {
		if d, _ := path.Split(p); d != "" {
			isLang[path.Clean(d)] = true
		}
	}
	if old, _ := previousManifest(fsys); old != nil {
		for _, e := range old.Files {
			if !canonical(e.Path) || produced[e.Path] {
				continue
			}
			if _, err := fsys.Lstat(e.Path); err == nil {
				add(e.Path)
			}
		}
	}
	top, _ := fsys.ReadDir(".")
	for _, d := range top {
		if !d.IsDir() || !isLang[d.Name()] {
			continue
		}
		sub, _ := fsys.ReadDir(d.Name())
		for _, f := range sub {
			if IsDocumentName(f.Name()) && !f.IsDir() {
				add(d.Name() + "/" + f.Name())
			}
		}
	}
	sort.Strings(out)
	return out
}
