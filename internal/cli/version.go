package cli

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
)

// Version is policygen's version; it is written into every manifest and PDF.
const Version = "0.1.0"

func newVersionCmd(s Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(s.Out, "policygen %s (%s, %s/%s)\n", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
