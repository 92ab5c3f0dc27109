package build

import (
	"reflect"
	"strings"
	"testing"
)

// popAll empties the scheduler's queue the way take does.
func popAll(s *scheduler) []task {
	var out []task
	for len(s.pending) > 0 {
		out = append(out, s.pending[len(s.pending)-1])
		s.pending = s.pending[:len(s.pending)-1]
	}
	return out
}

func TestMarkdownTasksStartOnEveryLanguage(t *testing.T) {
	jobs := []job{{lang: "en", variant: "a"}, {lang: "en", variant: "b"}, {lang: "pl", variant: "a"}, {lang: "pl", variant: "b"}, {lang: "zh", variant: "a"}}
	s := &scheduler{pending: markdownTasks(jobs)}
	var got []int
	for _, t := range popAll(s) {
		got = append(got, t.job)
	}
	if want := []int{0, 2, 4, 1, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("jobs taken in the order %v, want %v", got, want)
	}
}

func TestFormatTasksCostliestFirstAfterMarkdown(t *testing.T) {
	s := &scheduler{pending: []task{{job: 1, format: -1}}} // the Markdown of jobs 0 and 2 is done
	s.enqueue([]task{{job: 0, format: 0, cost: 0}, {job: 0, format: 1, cost: 50}, {job: 0, format: 2, cost: 900}})
	s.enqueue([]task{{job: 2, format: 0, cost: 0}, {job: 2, format: 1, cost: 40}, {job: 2, format: 2, cost: 1200}})
	got := popAll(s)
	want := []task{
		{job: 1, format: -1}, // the Markdown still to do comes first
		{job: 2, format: 2, cost: 1200}, {job: 0, format: 2, cost: 900},
		{job: 0, format: 1, cost: 50}, {job: 2, format: 1, cost: 40},
		{job: 0, format: 0}, {job: 2, format: 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tasks taken in the order\n%v, want\n%v", got, want)
	}
}

// TestFailingFormatStopsTheBuild: a format task that fails (here a format no renderer has,
// which panics inside the task) fails the build on one worker and on several, without
// waiting for ever on tasks that will not start, and names the first document in job order,
// whichever worker met its failure first.
func TestFailingFormatStopsTheBuild(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	for _, workers := range []int{1, 2, 8} {
		opts := Options{Variants: []string{"standards", "handbook"}, Langs: []string{"en", "pl", "zh"},
			Formats: []string{"md", "no-such-format"}, Paper: "a4", Workers: workers}
		res, err := Run(in, opts)
		if err == nil || !strings.HasPrefix(err.Error(), "en/standards: ") || !strings.Contains(err.Error(), "no-such-format") {
			t.Errorf("%d workers: err = %v, want the failing format of en/standards named", workers, err)
		}
		if len(res.Files) != 0 {
			t.Errorf("%d workers: a failed build returned %d files", workers, len(res.Files))
		}
	}
}
