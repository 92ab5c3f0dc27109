package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"text/template"
	"text/template/parse"
	"time"

	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/model"
)

// Limits on running one template for one document. text/template cannot be stopped, so a
// run that goes over them is abandoned: the build fails and names the template.
const (
	DefaultMaxOutput = 32 << 20    // bytes of Markdown per document
	DefaultTimeout   = time.Minute // per document: a backstop; loops over number literals are refused earlier
	MaxRangeCount    = 10_000      // {{range N}} over a number literal
)

// TemplateError is a template that ran too long or wrote too much for one document.
type TemplateError struct {
	Template string // the file, e.g. "my-templates/handbook.md.tmpl"
	Msg      string
}

func (e *TemplateError) Error() string { return "template " + e.Template + ": " + e.Msg }

var (
	errStopped  = errors.New("stopped: the template ran too long")
	errTooLarge = errors.New("output too large")
)

// boundedWriter collects a document's Markdown and fails once it holds max bytes or once it
// is stopped, which ends a template run at its next write.
type boundedWriter struct {
	buf     bytes.Buffer
	max     int
	stopped atomic.Bool
}

func (w *boundedWriter) Write(p []byte) (int, error) {
	if w.stopped.Load() {
		return 0, errStopped
	}
	if w.buf.Len()+len(p) > w.max {
		return 0, errTooLarge
	}
	return w.buf.Write(p)
}

// Render executes variant's template for doc in lz's language and returns the document.
// Fallbacks to English are recorded in lz. A run longer than the timeout is abandoned (lz
// must then not be used again) and reported as a TemplateError.
func (t *Templates) Render(variant string, doc *model.Document, lz *i18n.Localizer) (*Document, error) {
	timeout, maxOut := t.Timeout, t.MaxOutput
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if maxOut <= 0 {
		maxOut = DefaultMaxOutput
	}
	w := &boundedWriter{max: maxOut}
	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("template %s: internal error: %v", t.file(variant), r)}
			}
		}()
		d, err := t.render(variant, doc, lz, w)
		done <- result{d, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if errors.Is(r.err, errTooLarge) {
			return nil, &TemplateError{t.file(variant), fmt.Sprintf("writes more than %d MiB for one document; "+
				"check its {{range}} loops", maxOut>>20)}
		}
		return r.doc, r.err
	case <-timer.C:
		w.stopped.Store(true)
		return nil, &TemplateError{t.file(variant), fmt.Sprintf("ran for more than %v for one document and was stopped; "+
			"check its {{range}} loops, {{template}} calls and any deeply nested Markdown it writes", timeout)}
	}
}

func (t *Templates) file(name string) string {
	if f, ok := t.origin[name]; ok {
		return f
	}
	return name
}

// checkRanges refuses {{range N}} over number literals that, nested, repeat a body more than
// MaxRangeCount times anywhere in a template: it would run for ages, perhaps without writing
// anything. Loops over data are bounded by the company file's limits instead.
func checkRanges(tmpl *template.Template, file string) error {
	var bad *parse.RangeNode
	var walk func(n parse.Node, times float64)
	walk = func(n parse.Node, times float64) {
		if bad != nil || n == nil {
			return
		}
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c, times)
			}
		case *parse.RangeNode:
			if count, ok := literalCount(n.Pipe); ok {
				times *= count
			}
			if times > MaxRangeCount {
				bad = n
				return
			}
			walk(n.List, times)
			walk(n.ElseList, times)
		case *parse.IfNode:
			walk(n.List, times)
			walk(n.ElseList, times)
		case *parse.WithNode:
			walk(n.List, times)
			walk(n.ElseList, times)
		}
	}
	for _, tt := range tmpl.Templates() { // including {{define}}d ones
		if tt.Tree != nil {
			walk(tt.Tree.Root, 1)
		}
	}
	if bad == nil {
		return nil
	}
	loc, _ := tmpl.Tree.ErrorContext(bad)
	return &TemplateError{file, fmt.Sprintf("%s: {{range}} over numbers that repeat its body more than %d times is not allowed",
		lineOf(loc), MaxRangeCount)}
}

// literalCount returns how many times {{range N}} runs when N is a number literal.
func literalCount(p *parse.PipeNode) (float64, bool) {
	if p == nil || len(p.Cmds) == 0 {
		return 0, false
	}
	args := p.Cmds[len(p.Cmds)-1].Args
	if len(args) != 1 {
		return 0, false
	}
	num, ok := args[0].(*parse.NumberNode)
	if !ok {
		return 0, false
	}
	switch {
	case num.IsInt:
		return float64(num.Int64), true
	case num.IsUint:
		return float64(num.Uint64), true
	case num.IsFloat:
		return num.Float64, true
	}
	n, err := strconv.ParseFloat(num.Text, 64)
	if err != nil {
		return MaxRangeCount + 1, true
	}
	return n, true
}

// lineOf turns ErrorContext's "name:line:col" into "line N".
func lineOf(loc string) string {
	for i := len(loc) - 1; i >= 0; i-- {
		if loc[i] == ':' {
			rest := loc[:i]
			for j := len(rest) - 1; j >= 0; j-- {
				if rest[j] == ':' {
					return "line " + rest[j+1:]
				}
			}
		}
	}
	return loc
}
