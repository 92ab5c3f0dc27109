package cli

import "github.com/policygen/policygen/internal/i18n"

// verifyLocales checks the --locales files of langs as `locales check` does, before any
// rendering: a bad placeholder or a wrong meta.tag is an invalid locale (exit 3), not a Go
// template error halfway through a build.
func verifyLocales(cat *i18n.Catalog, langs []string) error {
	if err := i18n.Verify(cat, langs); err != nil {
		return &invalidError{err}
	}
	return nil
}
