package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
)

// journal is what a publication is about to change, written into the output folder before
// the first change and removed after the last, so that a build that dies in between (SIGKILL,
// power loss) can be undone by the next one.
type journal struct {
	Committed bool     `json:"committed"`      // every rename is done and on disk
	Dirs      []string `json:"dirs,omitempty"` // folders this publication creates
	Steps     []step   `json:"steps"`

	kept []string // files the previous manifest lists that are no longer as policygen wrote them
}

// step is one file of a publication. A write has a Temp (the new content until it is
// renamed into place); a removal has none. Backup is where the file that was there is kept
// until the publication is done; it is empty when there was none.
type step struct {
	Path   string `json:"path"`
	Temp   string `json:"temp,omitempty"`
	Backup string `json:"backup,omitempty"`

	data []byte
	mode fs.FileMode // of the file replaced, kept by its replacement; 0 for a new file
}

func (s step) isWrite() bool { return s.Temp != "" }

// saveJournal writes j into the folder atomically and durably.
func saveJournal(fsys FS, j *journal) error {
	data, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return err
	}
	if err := removeIfThere(fsys, journalTemp); err != nil {
		return err
	}
	if err := fsys.WriteFile(journalTemp, append(data, '\n'), 0); err != nil {
		return err
	}
	if err := fsys.Rename(journalTemp, JournalName); err != nil {
		removeIfThere(fsys, journalTemp)
		return err
	}
	return fsys.SyncDir(".")
}

// loadJournal reads the journal a build left behind; nil when there is none.
func loadJournal(fsys FS) (*journal, error) {
	fi, err := fsys.Lstat(JournalName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", JournalName)
	}
	data, err := fsys.ReadFile(JournalName, maxManifest)
	if err != nil {
		return nil, err
	}
	var j journal
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, fmt.Errorf("%s: %w", JournalName, err)
	}
	if err := j.valid(); err != nil {
		return nil, fmt.Errorf("%s: %w", JournalName, err)
	}
	return &j, nil
}

// valid checks that a journal read from disk names only files inside the folder, spelt as
// policygen spells them, and temp and backup files only beside the file they belong to and
// by its name, so that acting on it can touch nothing but policygen's own files.
func (j *journal) valid() error {
	for _, d := range j.Dirs {
		if !canonical(d) {
			return fmt.Errorf("folder %q is outside the output folder", d)
		}
	}
	for _, s := range j.Steps {
		base := path.Base(s.Path)
		ours := canonical(s.Path) && (base == ManifestName || IsDocumentName(base))
		if !ours || (s.Temp != "" && !isSideOf(s.Temp, s.Path, "tmp")) || (s.Backup != "" && !isSideOf(s.Backup, s.Path, "bak")) {
			return fmt.Errorf("entry %q is not one of policygen's files", s.Path)
		}
	}
	return nil
}

// rollBack puts the folder back as it was before the publication j describes, however far it
// got: every replaced or removed file is back, every new file and temp file is gone. It can
// be run again after it was interrupted.
func rollBack(fsys FS, j *journal) (restored, removed int, err error) {
	var errs []error
	for i := len(j.Steps) - 1; i >= 0; i-- {
		s := j.Steps[i]
		switch {
		case s.Backup != "":
			errs = append(errs, restore(fsys, s, &restored))
		case s.isWrite():
			// A new file: it is ours once its temp file has been renamed into place.
			tempThere, err := exists(fsys, s.Temp)
			errs = append(errs, err)
			if err == nil && !tempThere {
				if there, err := exists(fsys, s.Path); err != nil {
					errs = append(errs, err)
				} else if there {
					errs = append(errs, fsys.Remove(s.Path))
					removed++
				}
			}
		}
		if s.isWrite() {
			errs = append(errs, removeIfThere(fsys, s.Temp))
		}
	}
	for i := len(j.Dirs) - 1; i >= 0; i-- {
		fsys.Remove(j.Dirs[i]) // only if empty; a folder the user filled meanwhile stays
	}
	return restored, removed, errors.Join(errs...)
}

// rollForward finishes a publication whose renames are all done: the backups go, and any
// temp file left, unless renamed says that this process renamed every one into place.
func rollForward(fsys FS, j *journal, renamed bool) error {
	var errs []error
	for _, s := range j.Steps {
		if s.Backup != "" {
			errs = append(errs, removeIfThere(fsys, s.Backup))
		}
		if s.isWrite() {
			if !renamed {
				errs = append(errs, removeIfThere(fsys, s.Temp))
			}
		} else if d := path.Dir(s.Path); d != "." {
			fsys.Remove(d) // a folder the removal left empty; one with other files stays
		}
	}
	return errors.Join(errs...)
}

// finishJournal removes the journal once the steps it lists are settled; after an error it
// stays, for the next build to finish the work.
func finishJournal(fsys FS, err error) error {
	if err != nil {
		return err
	}
	if err := removeIfThere(fsys, JournalName); err != nil {
		return err
	}
	return fsys.SyncDir(".")
}

func removeIfThere(fsys FS, name string) error {
	err := fsys.Remove(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// restore puts the backup of s back in its place.
func restore(fsys FS, s step, restored *int) error {
	b, err := fsys.Lstat(s.Backup)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // not yet made: the file was never touched
	}
	if err != nil {
		return err
	}
	if p, err := fsys.Lstat(s.Path); err == nil && os.SameFile(b, p) {
		// The backup is a hard link to the file still in place (the new one never replaced
		// it), and rename(2) does nothing between two links of one file.
		return fsys.Remove(s.Backup)
	}
	*restored++
	return fsys.Rename(s.Backup, s.Path)
}
