package output

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Stream is a publication (as Publish makes one) that starts before its files are made: it
// takes the lock, repairs and plans at once, and writes each file to its temp file as soon as
// Add hands it over, while the build goes on making the others. Commit then only has to write
// what came last, sync and rename; Abort undoes it all. Either must be called, once.
//
// A build spends most of a publication's time creating files and waiting for the disk;
// streaming does that while the processors render.
type Stream struct {
	mu      sync.Mutex
	wake    *sync.Cond
	queue   []File
	added   map[string]bool
	step    map[string]int // the journal step of each path to write
	ended   bool           // Commit or Abort was called: Add takes nothing more
	aborted bool
	err     error // of begin or of the first file that could not be written
	p       *publication
	done    chan struct{} // the writer has stopped
}

// NewStream starts a publication into dir of the files named paths (relative, with slashes;
// the manifest's among them when there will be one). The lock, the repair and the plan are
// done in the background; their errors come from Commit.
func NewStream(ctx context.Context, dir string, paths []string, opts Options) *Stream {
	s := &Stream{added: map[string]bool{}, done: make(chan struct{})}
	s.wake = sync.NewCond(&s.mu)
	files := make([]File, len(paths))
	for i, p := range paths {
		files[i] = File{Path: p}
	}
	go s.write(ctx, dir, files, opts)
	return s
}

// Add hands over a made file to be written. It does not wait for the disk.
func (s *Stream) Add(f File) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended || s.added[f.Path] {
		return
	}
	s.added[f.Path] = true
	s.queue = append(s.queue, f)
	s.wake.Signal()
}

// write is the stream's one writer: it begins the publication, then writes each file Add
// queues, in the order they came, until Commit or Abort and the queue is empty.
func (s *Stream) write(ctx context.Context, dir string, files []File, opts Options) {
	defer close(s.done)
	p, err := begin(ctx, dir, files, opts)
	if err == nil {
		if err = p.t.start(); err != nil {
			p.close(err)
			p = nil
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.p, s.err = p, err
	if p != nil {
		s.step = map[string]int{}
		for i, st := range p.t.j.Steps {
			if st.isWrite() {
				s.step[st.Path] = i
			}
		}
	}
	for {
		for len(s.queue) == 0 && !s.ended {
			s.wake.Wait()
		}
		if len(s.queue) == 0 || s.aborted {
			return
		}
		f := s.queue[0]
		s.queue = s.queue[1:]
		if s.err != nil {
			continue // nothing more is written; Commit undoes what was
		}
		i, ok := s.step[f.Path]
		if !ok {
			s.err = fmt.Errorf("%s is not among the files planned", f.Path)
			continue
		}
		s.mu.Unlock()
		err := p.t.create(i, f.Data)
		s.mu.Lock()
		if err == nil {
			err = p.t.cancelled()
		}
		if err != nil && s.err == nil {
			s.err = err
		}
	}
}

// Commit writes the files of all not handed over yet, then finishes the publication as
// Publish does: all or nothing. all must be every file of the paths NewStream was given.
func (s *Stream) Commit(all []File) (Result, error) {
	for _, f := range all {
		s.Add(f)
	}
	s.end(false)
	if s.p == nil {
		return Result{}, s.err
	}
	err := s.p.t.finish(s.err)
	s.p.close(err)
	return s.p.res, err
}

// Abort undoes whatever the stream has done: the folder is as it was. Its error says only
// what could not be undone (the next build finishes undoing it).
func (s *Stream) Abort() error {
	s.end(true)
	if s.p == nil {
		return nil
	}
	err := s.p.t.finish(errAborted)
	s.p.close(err)
	if errors.As(err, new(undoFailedError)) {
		return err
	}
	return nil
}

var errAborted = errors.New("the build failed")

// end stops Add and waits for the writer: with abort, it writes nothing more.
func (s *Stream) end(abort bool) {
	s.mu.Lock()
	s.ended, s.aborted = true, abort
	s.wake.Signal()
	s.mu.Unlock()
	<-s.done
}
