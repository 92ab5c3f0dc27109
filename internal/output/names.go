package output

import (
	"crypto/rand"
	"encoding/hex"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// The files policygen keeps in the output folder besides the documents and the manifest.
const (
	LockName    = ".policygen.lock"         // held while a build runs; removed after
	JournalName = ".policygen-journal.json" // what a publication changes, until it is done
	journalTemp = ".policygen-journal.json.tmp"
)

// tempName and backupName are beside their file: ".standards.md.<random>.tmp" and ".bak".
func tempName(rel string) string   { return sideName(rel, "tmp") }
func backupName(rel string) string { return sideName(rel, "bak") }

func sideName(rel, ext string) string {
	var b [6]byte
	rand.Read(b[:])
	dir, base := path.Split(rel)
	return dir + "." + base + "." + hex.EncodeToString(b[:]) + "." + ext
}

// sidePattern matches a temp or backup file of a document or the manifest, including the
// ".name.123456.tmp" files the first release left behind when it was interrupted.
var sidePattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\.(.+)\.[0-9a-f]+\.(tmp|bak)$`) })

// isLeftover reports whether a file name in the output folder is a temp or backup file of
// policygen's, or its journal.
func isLeftover(name string) bool {
	if name == JournalName || name == journalTemp {
		return true
	}
	m := sidePattern().FindStringSubmatch(name)
	return m != nil && (m[1] == ManifestName || IsDocumentName(m[1]))
}

// isDocumentLeftover reports whether a file name in a folder under the output folder is a
// temp or backup file of a document. Only documents go there: a journal or a manifest's temp
// file there belongs to another output folder nested in this one, not to this build.
func isDocumentLeftover(name string) bool {
	m := sidePattern().FindStringSubmatch(name)
	return m != nil && IsDocumentName(m[1])
}

// isSideOf reports whether side is a temp ("tmp") or backup ("bak") name of rel, as
// sideName makes them: in the same folder, named after it.
func isSideOf(side, rel, ext string) bool {
	dir, base := path.Split(rel)
	sdir, sbase := path.Split(side)
	m := sidePattern().FindStringSubmatch(sbase)
	return canonical(side) && sdir == dir && m != nil && m[1] == base && m[2] == ext
}

// docExts are the document formats, present and planned.
var docExts = []string{".md", ".html", ".pdf", ".docx"}

// IsDocumentName reports whether a file name has a document's shape: "<name>.<md|html|pdf|docx>".
func IsDocumentName(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	for _, ext := range docExts {
		if strings.HasSuffix(name, ext) && len(name) > len(ext) {
			return true
		}
	}
	return false
}

// canonical reports whether rel is a path inside the output folder spelt the one way policygen
// spells it: "en/a.md", never "./en/a.md", "en//a.md" or "en/../en/a.md".
func canonical(rel string) bool {
	return rel != "" && path.Clean(rel) == rel && filepath.IsLocal(filepath.FromSlash(rel))
}
