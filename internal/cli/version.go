package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/version"
)

func newVersionCmd(s Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Long: `Print the version: the release, the module version of a 'go install …@version', or
(devel) with the commit of a build from a checkout. Documents and the manifest name the
release or (devel), never the commit, so that every build of one source tree writes the
same bytes.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(s.Out, version.Get())
			return err
		},
	}
}
