package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/build"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/templates"
)

// completeList completes one item of a comma list ("en,p" → "en,pl"), offering the items
// not yet in the list and, first, "all". Each candidate may carry a description after a tab.
func completeList(candidates func() []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		done, last := "", toComplete
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			done, last = toComplete[:i+1], toComplete[i+1:]
		}
		taken := strings.Split(strings.TrimSuffix(done, ","), ",")
		var out []string
		if done == "" && strings.HasPrefix("all", last) {
			out = append(out, "all\tevery one")
		}
		for _, c := range candidates() {
			name, _, _ := strings.Cut(c, "\t")
			if strings.HasPrefix(name, last) && !slices.Contains(taken, name) {
				out = append(out, done+c)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// completeValues completes a flag that takes one of a few fixed values.
func completeValues(values ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range values {
			if strings.HasPrefix(v, toComplete) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// languageCandidates lists the built-in languages and those of localesDir, with their
// native names. A broken locale folder completes nothing rather than failing.
func languageCandidates(localesDir *string) func() []string {
	return func() []string {
		cat, err := loadCatalog(*localesDir)
		if err != nil {
			return nil
		}
		var out []string
		for _, tag := range cat.Tags() {
			lz, err := cat.Localizer(tag)
			if err != nil {
				out = append(out, tag)
				continue
			}
			out = append(out, tag+"\t"+lz.Meta("name"))
		}
		return out
	}
}

// variantCandidates lists the built-in variants and those of templatesDir.
func variantCandidates(templatesDir *string) func() []string {
	return func() []string {
		tmpl, err := markdown.LoadTemplates(templates.FS(), *templatesDir)
		if err != nil {
			return nil
		}
		return tmpl.Variants()
	}
}

// registerBuildCompletions offers the values of -v, -l, -f and --paper.
func registerBuildCompletions(cmd *cobra.Command, opts *buildOptions) {
	for flag, fn := range map[string]cobra.CompletionFunc{
		"variants":  completeList(variantCandidates(&opts.TemplatesDir)),
		"languages": completeList(languageCandidates(&opts.LocalesDir)),
		"formats":   completeList(build.FormatNames),
		"paper":     completeValues("a4", "letter"),
		"format":    completeValues(formatText, formatJSON, formatGitHub),
		"templates": dirsOnly,
		"locales":   dirsOnly,
		"out":       dirsOnly,
	} {
		// Registering can only fail for a flag that does not exist: a programming error.
		if err := cmd.RegisterFlagCompletionFunc(flag, fn); err != nil {
			panic(err)
		}
	}
}

func dirsOnly(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}
