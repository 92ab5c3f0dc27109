package output

import (
	"context"
	"fmt"
	"path"
	"sync"
)

// transaction carries out a planned publication, or undoes it.
type transaction struct {
	ctx       context.Context
	fsys      FS
	dir       string
	j         *journal
	journaled bool
	hook      func(Event)
}

func (t *transaction) run() error {
	if t.journaled {
		if err := saveJournal(t.fsys, t.j); err != nil {
			removeIfThere(t.fsys, journalTemp)
			removeIfThere(t.fsys, JournalName)
			return fmt.Errorf("write %s: %w", display(t.dir, JournalName), err)
		}
	}
	if err := t.apply(); err != nil {
		_, _, uerr := rollBack(t.fsys, t.j)
		if t.journaled {
			uerr = finishJournal(t.fsys, uerr)
		}
		if uerr != nil {
			return fmt.Errorf("%w; undoing it failed too, the next build will finish undoing it: %v", err, uerr)
		}
		return fmt.Errorf("%w (nothing changed: %s is as it was)", err, t.dir)
	}
	err := rollForward(t.fsys, t.j, true) // apply renamed every temp file into place
	if t.journaled {
		err = finishJournal(t.fsys, err)
	}
	if err != nil {
		// Every file is in place; only the clean-up failed, and the next build will redo it.
		return fmt.Errorf("clean up after publishing into %s: %w", t.dir, err)
	}
	return nil
}

// apply does every step; an error leaves the rest to rollBack.
func (t *transaction) apply() error {
	for _, d := range t.j.Dirs {
		if err := t.fsys.Mkdir(d); err != nil {
			return fmt.Errorf("create %s: %w", display(t.dir, d), err)
		}
	}
	if err := t.writeTemps(); err != nil {
		return err
	}
	// Every file to be replaced gets its backup before any is replaced, and the backups are
	// on disk before the first rename, whatever order the file system keeps.
	for _, s := range t.j.Steps {
		if err := t.cancelled(); err != nil {
			return err
		}
		if err := t.backUp(s); err != nil {
			return fmt.Errorf("back up %s: %w", display(t.dir, s.Path), err)
		}
	}
	if err := t.syncFolders(); err != nil {
		return err
	}
	t.hook(Event{Stage: "written"})
	for i, s := range t.j.Steps {
		if err := t.cancelled(); err != nil {
			return err
		}
		if err := t.put(s); err != nil {
			return fmt.Errorf("publish %s: %w", display(t.dir, s.Path), err)
		}
		t.hook(Event{Stage: "renamed", N: i + 1, Path: s.Path})
	}
	if err := t.cancelled(); err != nil {
		return err
	}
	if err := t.syncFolders(); err != nil {
		return err
	}
	// A signal during the last folder sync, the slowest step after the renames, still undoes
	// the publication: only the commit below makes it final.
	if err := t.cancelled(); err != nil {
		return err
	}
	if t.journaled {
		t.j.Committed = true
		if err := saveJournal(t.fsys, t.j); err != nil {
			t.j.Committed = false
			return fmt.Errorf("write %s: %w", display(t.dir, JournalName), err)
		}
	}
	t.hook(Event{Stage: "committed"})
	return nil
}

func (t *transaction) cancelled() error {
	if t.ctx.Err() != nil {
		return fmt.Errorf("interrupted: %w", context.Cause(t.ctx))
	}
	return nil
}

// backUp keeps the file a write replaces as its backup: a hard link, so the old file stays
// in place until the new one replaces it in one rename; moved aside where the file system
// has no hard links.
func (t *transaction) backUp(s step) error {
	if !s.isWrite() || s.Backup == "" {
		return nil
	}
	if err := t.fsys.Link(s.Path, s.Backup); err != nil {
		return t.fsys.Rename(s.Path, s.Backup)
	}
	return nil
}

// put moves one file into place, or a file to remove aside.
func (t *transaction) put(s step) error {
	if !s.isWrite() {
		return t.fsys.Rename(s.Path, s.Backup)
	}
	return t.fsys.Rename(s.Temp, s.Path)
}

// writeTemps writes every new file beside its target and syncs it to disk. All are written
// before the first sync, a few at a time: the kernel starts writing each to disk as soon as
// it is written (on Linux), so that the syncs, a few at a time too, mostly find their data
// on its way, and wait together for fewer journal commits.
func (t *transaction) writeTemps() error {
	var writes []step
	for _, s := range t.j.Steps {
		if s.isWrite() {
			writes = append(writes, s)
		}
	}
	files := make([]PendingFile, len(writes))
	failed := func(i int, err error) error {
		return fmt.Errorf("write %s: %w", display(t.dir, writes[i].Path), err)
	}
	err := t.each(len(writes), true, func(i int) error {
		f, err := t.fsys.CreateFile(writes[i].Temp, writes[i].data, writes[i].mode)
		if err != nil {
			return failed(i, err)
		}
		files[i] = f
		return nil
	})
	sync := err == nil && t.ctx.Err() == nil
	serr := t.each(len(writes), false, func(i int) error {
		f := files[i]
		if f == nil {
			return nil
		}
		var err error
		if sync {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return failed(i, err)
		}
		return nil
	})
	if err == nil {
		err = serr
	}
	if err != nil {
		return err
	}
	return t.cancelled()
}

// each calls fn for 0 … n-1, eight at a time, and returns the error of the first call that
// failed. With stop, no call starts after a failure or once the publication is cancelled.
func (t *transaction) each(n int, stop bool, fn func(i int) error) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		at    = n
		next  = make(chan int)
	)
	for range 8 {
		wg.Go(func() {
			for i := range next {
				if err := fn(i); err != nil {
					mu.Lock()
					if i < at {
						first, at = err, i
					}
					mu.Unlock()
				}
			}
		})
	}
	for i := range n {
		mu.Lock()
		failed := first != nil
		mu.Unlock()
		if stop && (failed || t.ctx.Err() != nil) {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return first
}

// syncFolders makes every rename durable before the publication counts as done. The folders
// are synced side by side: one after another, each waits for its own journal commit.
func (t *transaction) syncFolders() error {
	var dirs []string
	seen := map[string]bool{}
	for _, s := range t.j.Steps {
		if d := path.Dir(s.Path); !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	errs := make([]error, len(dirs))
	var wg sync.WaitGroup
	for i, d := range dirs {
		wg.Go(func() { errs[i] = t.fsys.SyncDir(d) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("sync %s: %w", display(t.dir, dirs[i]), err)
		}
	}
	return nil
}
