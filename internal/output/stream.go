package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
)

// Publication is a publication under way. Start takes the output folder in the background
// (lock, repair, journal, folders); Add writes a file into its temp file as soon as the caller
// has it, while the rest is still being rendered, so that the disk works while the CPUs do;
// Finish puts every file in place at once, and Abandon leaves the folder as it was. Nothing
// is renamed into place before Finish: until then the folder shows no change but temp files,
// which Abandon, a signal or the next build's repair remove.
type Publication struct {
	ctx      context.Context
	cancel   context.CancelCauseFunc // ends a wait for the lock once the publication is abandoned
	dir      string
	opts     Options
	prepared chan struct{} // closed when prepare is done
	err      error         // prepare's error: nothing was changed
	res      Result

	// Set by prepare, when it succeeds.
	root    *os.Root
	lock    *folderLock
	created []string // folders above and including dir that makeFolder created
	t       *transaction
	step    map[string]int // path → index into t.j.Steps

	queue   chan File
	written chan int // steps whose temp file is written, for sync to wait for
	writers sync.WaitGroup
	syncer  sync.WaitGroup
	once    sync.Once // stops the writers and the syncer
	mu      sync.Mutex
	wrong   []string // files Add was given that the publication does not list
	settled bool     // Finish or Abandon has run
}

// streamWriters is how many files Add writes at once: a few, since each mostly waits for
// the disk, and the CPUs are busy rendering.
const streamWriters = 4

// errAbandoned ends a publication's wait for the lock when the build gives up.
var errAbandoned = errors.New("the build was abandoned")

// Start begins publishing into dir the files named paths (relative, with slashes, the
// manifest included, each once); see Publication. Start does not wait: an error of taking the
// folder is returned by Finish.
func Start(ctx context.Context, dir string, paths []string, opts Options) *Publication {
	p := &Publication{dir: dir, opts: opts, prepared: make(chan struct{}),
		queue: make(chan File, len(paths)), written: make(chan int, len(paths))}
	p.ctx, p.cancel = context.WithCancelCause(ctx)
	go p.prepare(paths)
	for range streamWriters {
		p.writers.Go(p.write)
	}
	p.syncer.Go(p.sync)
	return p
}

// Add hands over a file to write into its temp file; it does not wait for the write. Any
// goroutine may call it, in any order, once per file, until Finish or Abandon.
func (p *Publication) Add(f File) {
	select {
	case p.queue <- f:
	default: // more files than the publication lists: Finish fails
		p.mu.Lock()
		p.wrong = append(p.wrong, f.Path)
		p.mu.Unlock()
	}
}

// write writes the files Add hands over, once the folder is ready; after a failure or a
// cancellation it only drains the queue, and Finish reports the failure.
func (p *Publication) write() {
	<-p.prepared
	for f := range p.queue {
		if p.err != nil {
			continue
		}
		i, ok := p.step[f.Path]
		if !ok || !p.t.j.Steps[i].isWrite() {
			p.mu.Lock()
			p.wrong = append(p.wrong, f.Path)
			p.mu.Unlock()
			continue
		}
		p.t.j.Steps[i].data = f.Data // each step is Added once, so written by one goroutine
		if p.ctx.Err() != nil {
			continue
		}
		if p.t.failed[i] = p.t.create(i); p.t.failed[i] == nil {
			p.written <- i
		}
	}
}

// sync waits for the temp files written to be on disk, all those written meanwhile at once:
// the first sync of a batch waits for the file system's journal, which then holds the
// others too.
func (p *Publication) sync() {
	for i := range p.written {
		batch := []int{i}
		for more := true; more; {
			select {
			case j, ok := <-p.written:
				if ok {
					batch = append(batch, j)
				}
				more = ok
			default:
				more = false
			}
		}
		for _, i := range batch {
			if p.ctx.Err() == nil {
				p.t.failed[i] = p.t.sync(i)
			}
		}
	}
}

func (p *Publication) stopAdding() {
	p.once.Do(func() {
		close(p.queue)
		p.writers.Wait()
		close(p.written)
		p.syncer.Wait()
	})
	<-p.prepared
}

// prepare makes the folder ready for the temp files: lock, repair, plan, journal, folders.
// On an error it leaves the folder as it found it.
func (p *Publication) prepare(paths []string) {
	defer close(p.prepared)
	err := p.take(paths)
	if err != nil {
		p.err = err
		p.release(true)
	}
}

func (p *Publication) take(paths []string) (err error) {
	if p.dir == "" {
		return errors.New("the output folder is an empty name")
	}
	if p.created, err = makeFolder(p.dir); err != nil {
		return err
	}
	if p.root, err = os.OpenRoot(p.dir); err != nil {
		return fmt.Errorf("open the output folder: %w", err)
	}
	wait := p.opts.LockWait
	if wait == 0 {
		wait = DefaultLockWait
	}
	if p.lock, err = lockFolder(p.ctx, p.root, p.dir, wait, func() { p.hook(Event{Stage: "lock-busy"}) }); err != nil {
		return err
	}
	p.hook(Event{Stage: "locked"})

	var fsys FS = rootFS{p.root}
	if p.opts.WrapFS != nil {
		fsys = p.opts.WrapFS(fsys)
	}
	if p.res.Notices, err = repair(fsys); err != nil {
		return fmt.Errorf("repair %s after an interrupted build: %w", p.dir, err)
	}
	old, notice := previousManifest(fsys)
	if notice != "" {
		p.res.Notices = append(p.res.Notices, notice)
	}
	j, err := plan(fsys, p.dir, paths, old)
	if err != nil {
		return err
	}
	if len(j.kept) > 0 {
		p.res.Notices = append(p.res.Notices, fmt.Sprintf("kept %d file(s) the previous manifest lists that are no longer as policygen wrote them: %s; remove them by hand if they are not wanted", len(j.kept), strings.Join(j.kept, ", ")))
	}
	p.step = make(map[string]int, len(j.Steps))
	for i, s := range j.Steps {
		p.step[s.Path] = i
		if !s.isWrite() {
			p.res.Removed = append(p.res.Removed, s.Path)
		}
	}
	p.t = newTransaction(p.ctx, fsys, p.dir, j, true, p.hook)
	return p.t.begin()
}

func (p *Publication) hook(e Event) {
	if p.opts.Hook != nil {
		e.Cancelled = p.ctx.Done()
		p.opts.Hook(e)
	}
}

// release lets the folder go: the lock, and after a failure the folders makeFolder created
// (only if empty).
func (p *Publication) release(failed bool) {
	if p.lock != nil {
		p.lock.unlock()
	}
	if p.root != nil {
		p.root.Close()
	}
	if failed {
		removeFolders(p.created)
	}
}

// Finish publishes files, which must be exactly the files Start named (those given to Add
// need not be, and should not be, written again): it writes what Add has not, then puts every
// file in place at once. If anything fails or the context is cancelled, the folder is as it
// was.
func (p *Publication) Finish(files []File) (Result, error) {
	p.stopAdding()
	if p.err != nil {
		return p.res, p.err
	}
	if p.settle() {
		return p.res, errors.New("the publication is already finished")
	}
	err := p.fill(files)
	if err == nil {
		err = p.t.finish()
	} else {
		err = p.t.undo(err)
	}
	p.release(err != nil)
	if err != nil {
		p.res.Removed = nil
	}
	return p.res, err
}

// fill gives every write step its data and checks that files are the planned ones.
func (p *Publication) fill(files []File) error {
	if len(p.wrong) > 0 {
		return fmt.Errorf("internal error: %s is not among the files to publish", p.wrong[0])
	}
	writes := 0
	for _, s := range p.t.j.Steps {
		if s.isWrite() {
			writes++
		}
	}
	seen := make(map[string]bool, len(files))
	for _, f := range files {
		i, ok := p.step[f.Path]
		if !ok || seen[f.Path] || !p.t.j.Steps[i].isWrite() {
			return fmt.Errorf("internal error: %s is not among the files to publish, or is there twice", f.Path)
		}
		seen[f.Path] = true
		p.t.j.Steps[i].data = f.Data
	}
	if len(seen) != writes {
		return fmt.Errorf("internal error: %d file(s) to publish, %d planned", len(seen), writes)
	}
	return nil
}

// Abandon gives the publication up: every temp file goes, and the folder is as it was. The
// result holds what the repair of an earlier build did; the error says only that undoing
// failed (the next build finishes it).
func (p *Publication) Abandon() (Result, error) {
	p.cancel(errAbandoned)
	p.stopAdding()
	p.res.Removed = nil
	if p.err != nil || p.settle() {
		return p.res, nil
	}
	p.t.closeAll()
	_, _, err := rollBack(p.t.fsys, p.t.j)
	err = finishJournal(p.t.fsys, err)
	p.release(true)
	return p.res, err
}

// settle reports whether Finish or Abandon has run already, and marks it run.
func (p *Publication) settle() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	was := p.settled
	p.settled = true
	return was
}
