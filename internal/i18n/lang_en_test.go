package i18n

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/config"
)

// referenceAmounts are the amounts every language's duration table is checked at: each plural
// form of each built-in language, the teens, 21/22/25 and a decimal.
var referenceAmounts = []string{"1", "2", "3", "4", "5", "12", "21", "22", "25", "100", "1.5"}

// phraseRow is the expected phrase for each of referenceAmounts.
type phraseRow struct {
	context string
	unit    config.Unit
	want    [11]string
}

func expectPhrases(t *testing.T, tag string, rows []phraseRow) {
	t.Helper()
	lz := localizerFor(t, tag)
	seen := map[string]bool{}
	for _, row := range rows {
		seen[row.context+"."+string(row.unit)] = true
		for i, n := range referenceAmounts {
			got, err := lz.Duration(row.context, config.Duration{Amount: n, Unit: row.unit})
			if err != nil || got != row.want[i] {
				t.Errorf("%s %s.%s N=%s: got %q (%v), want %q", tag, row.context, row.unit, n, got, err, row.want[i])
			}
		}
	}
	for _, ctx := range []string{"within", "every", "plain"} {
		for _, u := range config.Units {
			if !seen[ctx+"."+string(u)] {
				t.Errorf("%s: no test row for %s.%s", tag, ctx, u)
			}
		}
	}
	for _, w := range lz.Warnings() {
		t.Errorf("%s: %s", tag, w.Message)
	}
}

func expectLongDates(t *testing.T, tag string, want [12]string, firstOfJanuary string) {
	t.Helper()
	lz := localizerFor(t, tag)
	// A date never breaks across lines: its spaces are no-break spaces.
	for m := 1; m <= 12; m++ {
		got, err := lz.Date(config.Date{Year: 2026, Month: m, Day: 23})
		if err != nil || got != nbsp(want[m-1]) {
			t.Errorf("%s month %d: got %q (%v), want %q", tag, m, got, err, want[m-1])
		}
	}
	if got, _ := lz.Date(config.Date{Year: 2026, Month: 1, Day: 1}); got != nbsp(firstOfJanuary) {
		t.Errorf("%s 1 January: got %q, want %q", tag, got, firstOfJanuary)
	}
	for _, w := range lz.Warnings() {
		t.Errorf("%s: %s", tag, w.Message)
	}
}

func TestDurationsEN(t *testing.T) {
	expectPhrases(t, "en", []phraseRow{
		{"within", config.Seconds, [11]string{"within one second", "within two seconds", "within three seconds", "within four seconds", "within five seconds", "within 12 seconds", "within 21 seconds", "within 22 seconds", "within 25 seconds", "within 100 seconds", "within 1.5 seconds"}},
		{"within", config.Minutes, [11]string{"within one minute", "within two minutes", "within three minutes", "within four minutes", "within five minutes", "within 12 minutes", "within 21 minutes", "within 22 minutes", "within 25 minutes", "within 100 minutes", "within 90 seconds"}},
		{"within", config.Hours, [11]string{"within one hour", "within two hours", "within three hours", "within four hours", "within five hours", "within 12 hours", "within 21 hours", "within 22 hours", "within 25 hours", "within 100 hours", "within 1.5 hours"}},
		{"within", config.Days, [11]string{"within one day", "within two days", "within three days", "within four days", "within five days", "within 12 days", "within 21 days", "within 22 days", "within 25 days", "within 100 days", "within 1.5 days"}},
		{"within", config.BusinessDays, [11]string{"within one business day", "within two business days", "within three business days", "within four business days", "within five business days", "within 12 business days", "within 21 business days", "within 22 business days", "within 25 business days", "within 100 business days", "within 1.5 business days"}},
		{"within", config.Weeks, [11]string{"within one week", "within two weeks", "within three weeks", "within four weeks", "within five weeks", "within 12 weeks", "within 21 weeks", "within 22 weeks", "within 25 weeks", "within 100 weeks", "within 1.5 weeks"}},
		{"within", config.Rings, [11]string{"within one ring", "within two rings", "within three rings", "within four rings", "within five rings", "within 12 rings", "within 21 rings", "within 22 rings", "within 25 rings", "within 100 rings", "within 1.5 rings"}},
		{"every", config.Seconds, [11]string{"every second", "every two seconds", "every three seconds", "every four seconds", "every five seconds", "every 12 seconds", "every 21 seconds", "every 22 seconds", "every 25 seconds", "every 100 seconds", "every 1.5 seconds"}},
		{"every", config.Minutes, [11]string{"every minute", "every two minutes", "every three minutes", "every four minutes", "every five minutes", "every 12 minutes", "every 21 minutes", "every 22 minutes", "every 25 minutes", "every 100 minutes", "every 90 seconds"}},
		{"every", config.Hours, [11]string{"every hour", "every two hours", "every three hours", "every four hours", "every five hours", "every 12 hours", "every 21 hours", "every 22 hours", "every 25 hours", "every 100 hours", "every 1.5 hours"}},
		{"every", config.Days, [11]string{"every day", "every two days", "every three days", "every four days", "every five days", "every 12 days", "every 21 days", "every 22 days", "every 25 days", "every 100 days", "every 1.5 days"}},
		{"every", config.BusinessDays, [11]string{"every business day", "every two business days", "every three business days", "every four business days", "every five business days", "every 12 business days", "every 21 business days", "every 22 business days", "every 25 business days", "every 100 business days", "every 1.5 business days"}},
		{"every", config.Weeks, [11]string{"every week", "every two weeks", "every three weeks", "every four weeks", "every five weeks", "every 12 weeks", "every 21 weeks", "every 22 weeks", "every 25 weeks", "every 100 weeks", "every 1.5 weeks"}},
		{"every", config.Rings, [11]string{"every ring", "every two rings", "every three rings", "every four rings", "every five rings", "every 12 rings", "every 21 rings", "every 22 rings", "every 25 rings", "every 100 rings", "every 1.5 rings"}},
		{"plain", config.Seconds, [11]string{"one second", "two seconds", "three seconds", "four seconds", "five seconds", "12 seconds", "21 seconds", "22 seconds", "25 seconds", "100 seconds", "1.5 seconds"}},
		{"plain", config.Minutes, [11]string{"one minute", "two minutes", "three minutes", "four minutes", "five minutes", "12 minutes", "21 minutes", "22 minutes", "25 minutes", "100 minutes", "90 seconds"}},
		{"plain", config.Hours, [11]string{"one hour", "two hours", "three hours", "four hours", "five hours", "12 hours", "21 hours", "22 hours", "25 hours", "100 hours", "1.5 hours"}},
		{"plain", config.Days, [11]string{"one day", "two days", "three days", "four days", "five days", "12 days", "21 days", "22 days", "25 days", "100 days", "1.5 days"}},
		{"plain", config.BusinessDays, [11]string{"one business day", "two business days", "three business days", "four business days", "five business days", "12 business days", "21 business days", "22 business days", "25 business days", "100 business days", "1.5 business days"}},
		{"plain", config.Weeks, [11]string{"one week", "two weeks", "three weeks", "four weeks", "five weeks", "12 weeks", "21 weeks", "22 weeks", "25 weeks", "100 weeks", "1.5 weeks"}},
		{"plain", config.Rings, [11]string{"one ring", "two rings", "three rings", "four rings", "five rings", "12 rings", "21 rings", "22 rings", "25 rings", "100 rings", "1.5 rings"}},
	})
}

func TestDatesEN(t *testing.T) {
	expectLongDates(t, "en", [12]string{
		"23 January 2026", "23 February 2026", "23 March 2026", "23 April 2026", "23 May 2026", "23 June 2026",
		"23 July 2026", "23 August 2026", "23 September 2026", "23 October 2026", "23 November 2026", "23 December 2026",
	}, "1 January 2026")
}

// nbsp writes the spaces of s as no-break spaces, as dates are printed.
func nbsp(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }

// English spells out one to nine and writes figures from 10 on and for decimals.
func TestDurationsENNumberStyle(t *testing.T) {
	lz := localizerFor(t, "en")
	for n, want := range map[string]string{"9": "within nine hours", "10": "within 10 hours", "2.5": "within 2.5 hours", "24": "within 24 hours"} {
		if got, err := lz.Duration("within", config.Duration{Amount: n, Unit: config.Hours}); err != nil || got != want {
			t.Errorf("N=%s: got %q (%v), want %q", n, got, err, want)
		}
	}
}

// British English typography: the typographic apostrophe and the spaced en dash.
func TestTypographyEN(t *testing.T) {
	lz := localizerFor(t, "en")
	r := lz.Typography()
	if r.Apostrophe != "’" || r.Dash != "–" {
		t.Errorf("en: apostrophe %q, dash %q; want ’ and –", r.Apostrophe, r.Dash)
	}
	if got := r.Text("the customer's call — 6:00–14:00"); got != "the customer’s call\u00a0– 6:00–\u206014:00" {
		t.Errorf("en: got %q", got)
	}
}
