package output

import (
	"crypto/rand"
	"encoding/hex"
	"path"
	"path/filepath"
	"regexp"
	"strings"
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
var sidePattern = regexp.MustCompile(`^\.(.+)\.[0-9a-f]+\.(tmp|bak)$`)

// isLeftover reports whether a file name in the output folder or a folder under it is a
// temp or backup file of policygen's, or its journal.
func isLeftover(name string) bool {
	if name == JournalName || name == journalTemp {
		return true
	}
	m := sidePattern.FindStringSubmatch(name)
	return m != nil && (m[1] == ManifestName || IsDocumentName(m[1]))
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

// langFolder matches a folder named like a language tag: "en", "pl", "zh-Hans", "pt-BR".
var langFolder = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

func filepathLocal(rel string) bool { return rel != "" && filepath.IsLocal(filepath.FromSlash(rel)) }
