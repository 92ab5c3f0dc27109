package cli

import (
	"io"
	"testing"
)

// BenchmarkValidate is `policygen validate` of the complete example in process: everything
// the command does after the program has started (the whole process must stay under 10 ms;
// README's speed table has the figure).
func BenchmarkValidate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if code := Run([]string{"validate", "../../examples/complete.yaml"}, Streams{Out: io.Discard, ErrOut: io.Discard}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkVersion is `policygen version` in process: the cost of setting up the commands.
func BenchmarkVersion(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if code := Run([]string{"version"}, Streams{Out: io.Discard, ErrOut: io.Discard}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
