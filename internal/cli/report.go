package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/policygen/policygen/internal/build"
	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/output"
)

// report is what --json prints: one object, nothing else on standard output.
type report struct {
	Command  string          `json:"command"`
	OK       bool            `json:"ok"`
	Files    []output.Entry  `json:"files"`
	Stale    []string        `json:"stale,omitempty"`
	Check    *output.Report  `json:"check,omitempty"`   // --check: why each stale file is stale
	Removed  []string        `json:"removed,omitempty"` // files of the previous build this one does not produce
	Warnings []reportMessage `json:"warnings"`
	Errors   []reportMessage `json:"errors"`
	outDir   string
}

// reportMessage is a warning or an error, with where it is when it is in an input file.
type reportMessage struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Hint    string `json:"hint,omitempty"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Field   string `json:"field,omitempty"`
	Count   int    `json:"count,omitempty"` // for code more_problems: how many are not listed
}

// String formats a message as FILE:LINE:COL: field: message.
func (m reportMessage) String() string {
	p := config.Problem{File: m.File, Line: m.Line, Col: m.Column, Field: m.Field, Code: m.Code, Message: m.Message}
	if m.File == "" {
		return m.Message
	}
	return p.String()
}

func (r *report) addProblems(ps config.Problems) {
	for _, p := range ps {
		m := reportMessage{Code: p.Code, Message: p.Message, Hint: p.Hint, File: p.File, Line: p.Line, Column: p.Col, Field: p.Field, Count: p.More}
		if p.Warning {
			r.Warnings = append(r.Warnings, m)
		} else {
			r.Errors = append(r.Errors, m)
		}
	}
}

func (r *report) addWarnings(ws []build.Warning) {
	for _, w := range ws {
		r.Warnings = append(r.Warnings, reportMessage{Code: w.Code, Message: w.Message, File: w.File, Line: w.Line, Column: w.Column, Field: w.Field})
	}
}

func (r *report) addFiles(files []output.File, dir string) {
	r.addEntries(output.NewManifest("", files).Files, dir)
}

// addEntries lists the files a build wrote into dir, described as the manifest describes them.
func (r *report) addEntries(entries []output.Entry, dir string) {
	r.outDir = dir
	r.Files = entries
	if dir != "" {
		for i := range r.Files {
			r.Files[i].Path = filepath.ToSlash(filepath.Join(dir, r.Files[i].Path))
		}
	}
}

func (r *report) addError(err error) {
	var probs config.Problems
	if errors.As(err, &probs) {
		r.addProblems(errorsOnly(probs))
		return
	}
	m := reportMessage{Code: errorCode(err), Message: err.Error()}
	var usage *usageError
	if errors.As(err, &usage) {
		m.Hint = usage.hint
	}
	r.Errors = append(r.Errors, m)
}

func errorsOnly(ps config.Problems) config.Problems {
	var out config.Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

func errorCode(err error) string {
	switch exitCode(err) {
	case exitUsage:
		return "usage"
	case exitInvalid:
		return "invalid_input"
	case exitStale:
		return "stale_output"
	}
	var stopped *interruptedError
	if errors.As(err, &stopped) {
		return "interrupted"
	}
	return "build_failed"
}

// write prints the report; an error means standard output did not take it.
func (r *report) write(w io.Writer) error {
	if r.Files == nil {
		r.Files = []output.Entry{}
	}
	if r.Warnings == nil {
		r.Warnings = []reportMessage{}
	}
	if r.Errors == nil {
		r.Errors = []reportMessage{}
	}
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		_, err = fmt.Fprintf(w, `{"ok":false,"errors":[{"code":"internal","message":%q}]}`+"\n", err.Error())
		return err
	}
	_, err = w.Write(append(out, '\n'))
	return err
}
