package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// maxManifest bounds what is read of a manifest or a journal.
const maxManifest = 64 << 20

// repair finishes or undoes what an interrupted build left in the folder (the caller holds
// its lock) and removes policygen's temp files that no journal lists. It says what it did.
func repair(fsys FS) ([]string, error) {
	var notices []string
	j, err := loadJournal(fsys)
	if err != nil {
		return nil, fmt.Errorf("%w; move it out of the output folder and check the folder by hand", err)
	}
	if j != nil {
		if j.Committed {
			if err := finishJournal(fsys, rollForward(fsys, j, false)); err != nil {
				return nil, err
			}
			notices = append(notices, "an earlier build was interrupted after its files were in place: removed the backups it left")
		} else {
			restored, removed, err := rollBack(fsys, j)
			if err = finishJournal(fsys, err); err != nil {
				return nil, err
			}
			notices = append(notices, fmt.Sprintf("an earlier build was interrupted while publishing: undid it (%d file(s) restored, %d new file(s) removed), the folder is as that build found it", restored, removed))
		}
	}
	left, err := leftovers(fsys)
	if err != nil {
		return nil, err
	}
	var gone []string
	for _, name := range left {
		if err := removeIfThere(fsys, name); err != nil {
			return nil, err
		}
		gone = append(gone, name)
	}
	if len(gone) > 0 {
		notices = append(notices, fmt.Sprintf("removed %d temp file(s) an interrupted build left: %s", len(gone), strings.Join(gone, ", ")))
	}
	return notices, nil
}

// leftovers lists policygen's temp, backup and journal files in the folder, and the temp and
// backup files of documents in the real folders directly under it. A folder policygen may not
// read is not one it wrote into: it is skipped.
func leftovers(fsys FS) ([]string, error) {
	var out []string
	top, err := fsys.ReadDir(".")
	if err != nil {
		return nil, err
	}
	for _, e := range top {
		switch {
		case e.Type().IsRegular() && isLeftover(e.Name()):
			out = append(out, e.Name())
		case e.IsDir():
			sub, err := fsys.ReadDir(e.Name())
			if errors.Is(err, fs.ErrPermission) {
				continue
			}
			if err != nil {
				return nil, err
			}
			for _, f := range sub {
				if f.Type().IsRegular() && isDocumentLeftover(f.Name()) {
					out = append(out, path.Join(e.Name(), f.Name()))
				}
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// previousManifest reads the manifest of the build before, if there is one policygen can
// read; otherwise it says why no file of the previous build will be removed.
func previousManifest(fsys FS) (*Manifest, string) {
	fi, err := fsys.Lstat(ManifestName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ""
	}
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > maxManifest {
		return nil, ManifestName + " is not a regular file policygen wrote: files of the previous build were not removed"
	}
	data, err := fsys.ReadFile(ManifestName, maxManifest)
	var m Manifest
	if err == nil {
		err = json.Unmarshal(data, &m)
	}
	if err != nil {
		return nil, ManifestName + " cannot be read (" + err.Error() + "): files of the previous build were not removed"
	}
	return &m, ""
}
