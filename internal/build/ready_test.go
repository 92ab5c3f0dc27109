package build

import (
	"bytes"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/policygen/policygen/internal/output"
)

// TestPathsAndReady: Paths names, in order, exactly the files Run produces, and Ready is
// handed every document file once, the same bytes Run returns, whatever the parallelism:
// the output folder starts writing from Paths and Ready before Run returns.
func TestPathsAndReady(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	for _, workers := range []int{1, 3} {
		opts := Options{Variants: []string{"standards", "checklist"}, Langs: []string{"pl", "zh"},
			Formats: []string{"md", "html", "pdf", "docx"}, Paper: "a4", Workers: workers, Index: true}
		var mu sync.Mutex
		ready := map[string][]byte{}
		opts.Ready = func(f output.File) {
			mu.Lock()
			defer mu.Unlock()
			if _, twice := ready[f.Path]; twice {
				t.Errorf("%s handed over twice", f.Path)
			}
			ready[f.Path] = f.Data
		}
		res, err := Run(in, opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Files {
			got = append(got, f.Path)
			if data, ok := ready[f.Path]; f.Path != IndexName && (!ok || !bytes.Equal(data, f.Data)) {
				t.Errorf("%d workers: %s was not handed over as Run returns it", workers, f.Path)
			}
		}
		if want := Paths(opts); !slices.Equal(got, want) {
			t.Errorf("%d workers: Run produced\n%q, Paths says\n%q", workers, got, want)
		}
		if len(ready) != len(res.Files)-1 {
			t.Errorf("%d workers: %d files handed over, want %d", workers, len(ready), len(res.Files)-1)
		}
	}
}

// TestStop: a build whose Stop is closed (by a signal) starts no more tasks and returns ErrStopped, from
// before the first task or from the middle of the build.
func TestStop(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	for _, after := range []int{0, 3} {
		opts := everything(in)
		stop := make(chan struct{})
		n := 0
		if after == 0 {
			close(stop)
		}
		opts.Stop = stop
		opts.Ready = func(output.File) { // one worker: one call at a time
			if n++; n == after {
				close(stop)
			}
		}
		opts.Workers = 1
		res, err := Run(in, opts)
		if !errors.Is(err, ErrStopped) || len(res.Files) != 0 {
			t.Errorf("stopped after %d files: Run = %d files, %v; want ErrStopped", after, len(res.Files), err)
		}
		if n != after {
			t.Errorf("stopped after %d files: %d rendered", after, n)
		}
	}
}
