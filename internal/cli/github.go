package cli

import (
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/output"
)

// Report formats for --format.
const (
	formatText   = "text"
	formatJSON   = "json"
	formatGitHub = "github"
)

// addFormatFlags adds --json and --format to a command that reports problems.
func addFormatFlags(f *pflag.FlagSet, asJSON *bool, format *string) {
	f.BoolVar(asJSON, "json", false, "print one JSON report on standard output (same as --format json)")
	f.StringVar(format, "format", formatText,
		"how to report problems: text, json, or github (workflow commands that annotate the pull request's lines)")
}

// reportFormat settles --json and --format into one format.
func reportFormat(asJSON bool, format string) (string, error) {
	switch format {
	case formatText, formatJSON, formatGitHub:
	default:
		return "", usagef("use --format text, --format json or --format github", "--format: unknown report format %q", format)
	}
	if asJSON && format == formatGitHub {
		return "", usagef("choose one of them", "--json and --format github cannot be combined")
	}
	if asJSON {
		return formatJSON, nil
	}
	return format, nil
}

// writeAnnotations prints every error and warning of rep as a GitHub Actions workflow
// command, one line each: ::error file=F,line=L,col=C::field: message.
func writeAnnotations(w io.Writer, rep *report) {
	for _, m := range rep.Errors {
		fmt.Fprintln(w, annotation("error", m))
	}
	for _, m := range rep.Warnings {
		fmt.Fprintln(w, annotation("warning", m))
	}
}

func annotation(kind string, m reportMessage) string {
	var props []string
	if m.File != "" {
		props = append(props, "file="+escapeProperty(m.File))
		if m.Line > 0 {
			props = append(props, "line="+strconv.Itoa(m.Line))
			if m.Column > 0 {
				props = append(props, "col="+strconv.Itoa(m.Column))
			}
		}
	}
	msg := m.Message
	if m.Field != "" {
		msg = m.Field + ": " + msg
	}
	if m.Hint != "" {
		msg += "\nhint: " + strings.TrimSpace(m.Hint)
	}
	line := "::" + kind
	if len(props) > 0 {
		line += " " + strings.Join(props, ",")
	}
	return line + "::" + escapeData(msg)
}

// escapeData escapes a workflow command's message (as @actions/core does).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// staleMessages lists each file --check found out of date, for an annotation on that file.
func staleMessages(outDir string, check *output.Report) []reportMessage {
	if check == nil {
		return nil
	}
	var out []reportMessage
	for _, p := range check.Stale() {
		out = append(out, reportMessage{Code: "stale_output", File: path.Join(filepath.ToSlash(outDir), p),
			Message: fmt.Sprintf("out of date (%s): run policygen build to update it", check.Kind(p))})
	}
	return out
}

// finishGitHub reports as workflow commands on w. Problems in the company file appear only
// as annotations; any other error is also printed as usual, with its hint.
func finishGitHub(w io.Writer, quiet bool, s Streams, rep *report, err error, start time.Time) error {
	rep.OK = err == nil
	writeAnnotations(w, rep)
	if err == nil {
		summary := &report{Command: rep.Command, Files: rep.Files, Stale: rep.Stale, outDir: rep.outDir}
		return finish(false, quiet, s, summary, nil, start)
	}
	var probs config.Problems
	if errors.As(err, &probs) {
		return &reportedError{err}
	}
	return err
}
