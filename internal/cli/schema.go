package cli

import (
	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/config"
)

func newSchemaCmd(s Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the company file",
		Long: `Print the JSON Schema (draft 2020-12) of the company file. Editors with YAML support
(VS Code, JetBrains) use it for completion and to underline mistakes as you type; policygen init
writes the comment line that points them to it.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := s.Out.Write(config.Schema())
			return err
		},
	}
}
