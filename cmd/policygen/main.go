// Command policygen turns a company file into a customer-service policy in several languages
// and formats. See README.md.
package main

import (
	"os"

	"github.com/policygen/policygen/internal/cli"
)

func main() { os.Exit(cli.Main()) }
