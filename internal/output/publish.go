package output

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// Options tune a publication. The zero value is what a build uses.
type Options struct {
	LockWait time.Duration // how long to wait for another build; 0 means DefaultLockWait
	// Hook, when set, is called at each stage of the publication (tests only).
	Hook func(Event)
	// WrapFS, when set, wraps the file system the publication works on (tests only).
	WrapFS func(FS) FS
}

// Event is a stage of a publication, for Options.Hook.
type Event struct {
	Stage string // "lock-busy", "locked", "written", "renamed", "committed"
	N     int    // renamed: how many files are in place so far
	Path  string // renamed: the file just renamed into place
	// Cancelled is closed once the publication is cancelled (e.g. by a signal).
	Cancelled <-chan struct{}
}

// Result is what a publication did besides writing the files.
type Result struct {
	Notices []string // what was found and repaired from an earlier, interrupted build
	Removed []string // files of the previous build that this one does not produce
}

// Publish makes the folder dir hold exactly files, plus whatever was there that policygen
// did not write. It takes the folder's lock, repairs what an interrupted build left, then
// writes every file to a temp file and renames them into place, removing the files the
// previous manifest lists that are not among files. If anything fails or ctx is cancelled
// after the first rename, every change is undone: the folder is as it was.
func Publish(ctx context.Context, dir string, files []File, opts Options) (res Result, err error) {
	if dir == "" {
		return res, errors.New("the output folder is an empty name")
	}
	created, err := makeFolder(dir)
	if err != nil {
		return res, err
	}
	defer func() {
		if err != nil {
			removeFolders(created)
		}
	}()
	root, err := os.OpenRoot(dir)
	if err != nil {
		return res, fmt.Errorf("open the output folder: %w", err)
	}
	defer root.Close()
	wait := opts.LockWait
	if wait == 0 {
		wait = DefaultLockWait
	}
	hook := func(e Event) {
		if opts.Hook != nil {
			e.Cancelled = ctx.Done()
			opts.Hook(e)
		}
	}
	lock, err := lockFolder(ctx, root, dir, wait, func() { hook(Event{Stage: "lock-busy"}) })
	if err != nil {
		return res, err
	}
	defer lock.unlock()
	hook(Event{Stage: "locked"})

	var fsys FS = rootFS{root}
	if opts.WrapFS != nil {
		fsys = opts.WrapFS(fsys)
	}
	if res.Notices, err = repair(fsys); err != nil {
		return res, fmt.Errorf("repair %s after an interrupted build: %w", dir, err)
	}
	old, notice := previousManifest(fsys)
	if notice != "" {
		res.Notices = append(res.Notices, notice)
	}
	j, err := plan(fsys, dir, files, old)
	if err != nil {
		return res, err
	}
	if len(j.kept) > 0 {
		res.Notices = append(res.Notices, fmt.Sprintf("kept %d file(s) the previous manifest lists that are no longer as policygen wrote them: %s; remove them by hand if they are not wanted", len(j.kept), strings.Join(j.kept, ", ")))
	}
	for _, s := range j.Steps {
		if !s.isWrite() {
			res.Removed = append(res.Removed, s.Path)
		}
	}
	t := &transaction{ctx: ctx, fsys: fsys, dir: dir, j: j, journaled: true, hook: hook}
	return res, t.run()
}

// Write writes files under dir all or nothing, like Publish, but without a lock, a journal
// or a manifest: for a loose file such as a starter company file.
func Write(dir string, files []File) (err error) {
	if dir == "" {
		dir = "."
	}
	created, err := makeFolder(dir)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			removeFolders(created)
		}
	}()
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	defer root.Close()
	fsys := rootFS{root}
	j, err := plan(fsys, dir, files, nil)
	if err != nil {
		return err
	}
	t := &transaction{ctx: context.Background(), fsys: fsys, dir: dir, j: j, hook: func(Event) {}}
	return t.run()
}

// makeFolder creates dir and any missing parent, returning the folders it created.
func makeFolder(dir string) ([]string, error) {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		_, err := os.Stat(d)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("output folder %s: %w", dir, err)
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	fi, err := os.Stat(dir)
	if err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("output folder %s is a file, not a folder: choose another -o", dir)
	}
	if target, lerr := os.Readlink(dir); lerr == nil && errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("output folder %s is a symbolic link to %s, which does not exist: create that folder, or choose another -o", dir, target)
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("create the output folder: %w", err)
	}
	return missing, nil
}

func removeFolders(created []string) {
	for _, d := range created {
		os.Remove(d) // only if empty
	}
}

// plan decides what a publication does: one step per file, the manifest last, one per file
// the previous manifest lists that is not among files. It checks that every folder on the
// way is a real folder and that no folder stands where a file should go.
func plan(fsys FS, dir string, files []File, old *Manifest) (*journal, error) {
	j := &journal{}
	newDirs := map[string]bool{}
	produced := map[string]bool{}
	checked := map[string]bool{} // folders realFolders has checked
	var manifest *step
	for _, f := range files {
		if _, err := Target(dir, f.Path); err != nil {
			return nil, err
		}
		if produced[f.Path] {
			return nil, fmt.Errorf("output path %q is produced twice", f.Path)
		}
		produced[f.Path] = true
		if folder := path.Dir(f.Path); !checked[folder] {
			checked[folder] = true // the same answer for every file in it
			dirs, err := realFolders(fsys, dir, folder)
			if err != nil {
				return nil, err
			}
			for _, d := range dirs {
				if !newDirs[d] {
					newDirs[d] = true
					j.Dirs = append(j.Dirs, d)
				}
			}
		}
		s := step{Path: f.Path, Temp: tempName(f.Path), data: f.Data}
		fi, err := fsys.Lstat(f.Path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("%s: %w", display(dir, f.Path), err)
		case fi.IsDir():
			return nil, fmt.Errorf("%s is a folder, where policygen's file should be: move it out of the output folder", display(dir, f.Path))
		default: // a file to replace: a regular file keeps its mode; a symbolic link is replaced, not followed
			s.Backup = backupName(f.Path)
			if fi.Mode().IsRegular() {
				s.mode = fi.Mode().Perm()
				if s.mode == 0 {
					s.mode = noPermission
				}
			}
		}
		if f.Path == ManifestName {
			manifest = &s
			continue
		}
		j.Steps = append(j.Steps, s)
	}
	if old != nil {
		for _, e := range old.Files {
			if produced[e.Path] {
				continue
			}
			remove, changed := removable(fsys, e)
			if changed {
				j.kept = append(j.kept, e.Path)
			}
			if !remove {
				continue
			}
			produced[e.Path] = true
			j.Steps = append(j.Steps, step{Path: e.Path, Backup: backupName(e.Path)})
		}
	}
	if manifest != nil {
		j.Steps = append(j.Steps, *manifest)
	}
	return j, nil
}

// realFolders checks that every folder of rel is a real folder under the output folder (not
// a symbolic link, not a file) and returns those still to be created, outermost first.
func realFolders(fsys FS, dir, rel string) ([]string, error) {
	if rel == "." {
		return nil, nil
	}
	var missing []string
	parts := ""
	for _, p := range splitPath(rel) {
		parts = path.Join(parts, p)
		fi, err := fsys.Lstat(parts)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			missing = append(missing, parts)
			continue
		case err != nil:
			return nil, fmt.Errorf("%s: %w", display(dir, parts), err)
		case fi.Mode()&fs.ModeSymlink != 0:
			return nil, &FolderLinkError{Path: display(dir, parts)}
		case !fi.IsDir():
			return nil, fmt.Errorf("%s is a file, where policygen needs a folder: move it out of the output folder", display(dir, parts))
		}
		if len(missing) > 0 { // cannot happen: a folder inside a missing one
			return nil, fmt.Errorf("%s: unexpected folder", display(dir, parts))
		}
	}
	return missing, nil
}

// FolderLinkError is a symbolic link where policygen would write into a folder.
type FolderLinkError struct{ Path string }

func (e *FolderLinkError) Error() string {
	return fmt.Sprintf("%s is a symbolic link: policygen writes only into real folders under the output folder; replace the link with a folder, or build with -o into the folder it points to", e.Path)
}

// maxDocument is more than any document policygen writes: a bigger file is not one of its,
// and is not read to find out.
const maxDocument = 64 << 20

// removable reports whether a file the previous manifest lists may be removed: a regular
// file, inside real folders, named as policygen names its files and not one of its
// bookkeeping files, and still as policygen wrote it (the size and SHA-256 the manifest
// gives). changed reports such a file that someone changed since: it is not policygen's any
// more, and stays.
func removable(fsys FS, e Entry) (remove, changed bool) {
	rel := e.Path
	if !canonical(rel) || rel == ManifestName || isLeftover(path.Base(rel)) || path.Base(rel) == LockName {
		return false, false
	}
	if d := path.Dir(rel); d != "." {
		missing, err := realFolders(fsys, "", d)
		if err != nil || len(missing) > 0 {
			return false, false
		}
	}
	fi, err := fsys.Lstat(rel)
	if err != nil || !fi.Mode().IsRegular() {
		return false, false
	}
	if fi.Size() != int64(e.Bytes) || fi.Size() > maxDocument {
		return false, true
	}
	data, err := fsys.ReadFile(rel, int64(e.Bytes)+1)
	sum := sha256.Sum256(data)
	if err != nil || !strings.EqualFold(hex.EncodeToString(sum[:]), e.SHA256) {
		return false, true
	}
	return true, false
}

func splitPath(rel string) []string {
	var parts []string
	for rel != "." && rel != "" {
		d, f := path.Split(rel)
		parts = append([]string{f}, parts...)
		rel = path.Clean(d)
		if d == "" {
			break
		}
	}
	return parts
}

// display is how a file of the output folder is named in messages.
func display(dir, rel string) string {
	if dir == "" {
		return rel
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}
