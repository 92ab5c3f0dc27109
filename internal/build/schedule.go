package build

import (
	"cmp"
	"slices"
	"sync"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/output"
)

// A build is a set of tasks: the Markdown of each document, then each of its formats. Workers
// take the Markdown tasks first, since each one makes several format tasks ready, then the
// format tasks costliest first, so that the small ones fill the gaps at the end instead of
// one large PDF keeping a core busy while the others wait. The order changes no byte of the
// result: every task writes into its own slot.

// task is one step of one document.
type task struct {
	job    int
	format int // index into Options.Formats; -1 for the Markdown from the templates
	cost   int // an estimate: the order of the work, not a measurement
}

// taskCost estimates what rendering doc in the format named name costs, in about the time
// HTML takes per byte of Markdown: a PDF takes some sixteen times that, plus a fixed part
// for its fonts, and half as much again in Chinese, whose characters each are a cluster to
// measure and a glyph to embed.
func taskCost(doc *markdown.Document, name string) int {
	n := len(doc.Body)
	switch name {
	case "pdf":
		n = 16 * (n + 4000)
		if doc.Meta.Font == "cjk" {
			n += n / 2
		}
	case "docx":
		n *= 3
	case "md":
		n = 0
	}
	return n
}

// scheduler hands out tasks to workers and collects their results.
type scheduler struct {
	mu      sync.Mutex
	ready   *sync.Cond
	pending []task // format tasks, cheapest first, then Markdown tasks: take pops from the end
	running int
	// failed is the first job in job order known to have failed (len(jobs) while none has):
	// no task of a later job starts, but earlier jobs finish, so that the error reported is
	// that of the first failing document whatever the number of workers.
	failed int

	in      Inputs
	opts    Options
	jobs    []job
	docs    []*markdown.Document
	results []done
	files   [][]output.File // per job, per format
	fwarn   [][][]Warning   // per job, per format
	ferr    [][]error       // per job, per format
}

// render runs every job on workers goroutines and returns one result per job, in job order.
func render(in Inputs, opts Options, jobs []job, workers int) []done {
	s := &scheduler{
		in: in, opts: opts, jobs: jobs,
		docs:    make([]*markdown.Document, len(jobs)),
		results: make([]done, len(jobs)),
		files:   make([][]output.File, len(jobs)),
		fwarn:   make([][][]Warning, len(jobs)),
		ferr:    make([][]error, len(jobs)),
		failed:  len(jobs),
	}
	s.ready = sync.NewCond(&s.mu)
	s.pending = markdownTasks(jobs)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(s.work)
	}
	wg.Wait()
	for i := range s.results {
		r := &s.results[i]
		if r.err != nil || s.docs[i] == nil {
			continue
		}
		for f := range opts.Formats {
			if err := s.ferr[i][f]; err != nil {
				r.err = err // the first format that failed, as a build in one thread would say
				break
			}
			r.warnings = append(r.warnings, s.fwarn[i][f]...)
		}
		r.files = s.files[i]
	}
	return s.results
}

// markdownTasks lists the Markdown tasks in the order take hands them out (it pops from the
// end): the first document of every language, then the second of every language, and so on,
// so that the workers start on different languages and load their messages side by side.
func markdownTasks(jobs []job) []task {
	nth := make([]int, len(jobs)) // how many jobs of the same language come before
	seen := map[string]int{}
	for i, j := range jobs {
		nth[i] = seen[j.lang]
		seen[j.lang]++
	}
	tasks := make([]task, len(jobs))
	for i := range jobs {
		tasks[i] = task{job: i, format: -1}
	}
	slices.SortStableFunc(tasks, func(a, b task) int {
		if nth[a.job] != nth[b.job] {
			return nth[a.job] - nth[b.job]
		}
		return a.job - b.job
	})
	slices.Reverse(tasks)
	return tasks
}

func (s *scheduler) work() {
	for {
		t, ok := s.take()
		if !ok {
			return
		}
		s.run(t)
	}
}

// take waits for a task; false when there is none left. Tasks of jobs after one that
// failed are dropped.
func (s *scheduler) take() (task, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		for len(s.pending) == 0 && s.running > 0 {
			s.ready.Wait()
		}
		if len(s.pending) == 0 {
			return task{}, false
		}
		t := s.pending[len(s.pending)-1]
		s.pending = s.pending[:len(s.pending)-1]
		if t.job > s.failed {
			continue
		}
		s.running++
		return t, true
	}
}

func (s *scheduler) run(t task) {
	j := s.jobs[t.job]
	var added []task
	var err error
	if t.format < 0 {
		doc, d := markdownStep(s.in, j)
		s.results[t.job] = d
		s.docs[t.job] = doc
		err = d.err
		if err == nil {
			s.files[t.job] = make([]output.File, len(s.opts.Formats))
			s.fwarn[t.job] = make([][]Warning, len(s.opts.Formats))
			s.ferr[t.job] = make([]error, len(s.opts.Formats))
			for f, name := range s.opts.Formats {
				added = append(added, task{job: t.job, format: f, cost: taskCost(doc, name)})
			}
		}
	} else {
		file, ws, ferr := formatStep(s.opts, j, s.docs[t.job], s.opts.Formats[t.format])
		s.files[t.job][t.format], s.fwarn[t.job][t.format], s.ferr[t.job][t.format] = file, ws, ferr
		err = ferr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.running--
	if err != nil {
		s.failed = min(s.failed, t.job)
	}
	s.enqueue(added)
	s.ready.Broadcast()
}

// enqueue adds format tasks below the Markdown tasks still pending, keeping the format tasks
// in increasing cost, since take pops from the end.
func (s *scheduler) enqueue(added []task) {
	if len(added) == 0 {
		return
	}
	split := 0 // pending[:split] are format tasks, pending[split:] Markdown tasks
	for split < len(s.pending) && s.pending[split].format >= 0 {
		split++
	}
	formats := append(append([]task(nil), s.pending[:split]...), added...)
	slices.SortStableFunc(formats, func(a, b task) int {
		if a.cost != b.cost {
			return cmp.Compare(a.cost, b.cost)
		}
		if a.job != b.job {
			return cmp.Compare(b.job, a.job)
		}
		return cmp.Compare(b.format, a.format)
	})
	s.pending = append(formats, s.pending[split:]...)
}
