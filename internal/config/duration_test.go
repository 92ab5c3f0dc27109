package config

import (
	"errors"
	"testing"
)

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in    string
		rings bool
		want  Duration
	}{
		{"4h", false, Duration{"4", Hours}},
		{"30m", false, Duration{"30", Minutes}},
		{"45s", false, Duration{"45", Seconds}},
		{"1.5h", false, Duration{"1.5", Hours}},
		{"2d", false, Duration{"2", Days}},
		{"1w", false, Duration{"1", Weeks}},
		{"4 hours", false, Duration{"4", Hours}},
		{"1 hour", false, Duration{"1", Hours}},
		{"30 minutes", false, Duration{"30", Minutes}},
		{"1 minute", false, Duration{"1", Minutes}},
		{"10 seconds", false, Duration{"10", Seconds}},
		{"2 business days", false, Duration{"2", BusinessDays}},
		{"1 business day", false, Duration{"1", BusinessDays}},
		{"  2   Business   Days ", false, Duration{"2", BusinessDays}},
		{"1 week", false, Duration{"1", Weeks}},
		{"3 weeks", false, Duration{"3", Weeks}},
		{"3 rings", true, Duration{"3", Rings}},
		{"1 ring", true, Duration{"1", Rings}},
		{"1.50h", false, Duration{"1.5", Hours}},
		{"2.0 days", false, Duration{"2", Days}},
		{"007 min", false, Duration{"7", Minutes}},
		{"0.25 hours", false, Duration{"0.25", Hours}},
		{"4H", false, Duration{"4", Hours}},
		{"+4h", false, Duration{"4", Hours}},
	} {
		got, err := ParseDuration(tc.in, tc.rings)
		if err != nil || got != tc.want {
			t.Errorf("ParseDuration(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseDurationErrors(t *testing.T) {
	for _, tc := range []struct {
		in    string
		rings bool
		code  string
		msg   string
	}{
		{"", false, "bad_duration", "empty duration; write an amount and a unit"},
		{"4", false, "bad_duration", `"4" has no unit; add one, e.g. "4h" or "4 hours"`},
		{"1.50", false, "bad_duration", `"1.50" has no unit; add one, e.g. "1.5h" or "1.5 hours"`},
		{"soon", false, "bad_duration", `"soon" is not a duration; write an amount and a unit`},
		{"h", false, "bad_duration", `"h" is not a duration; write an amount and a unit`},
		{"1..5h", false, "bad_duration", `"1..5" is not a number; write digits with an optional decimal point, e.g. "1.5h"`},
		{"1.h", false, "bad_duration", `"1." is not a number; write digits with an optional decimal point, e.g. "1.5h"`},
		{".5h", false, "bad_duration", `".5" is not a number; write digits with an optional decimal point, e.g. "1.5h"`},
		{"2 fortnights", false, "bad_duration", `unknown unit "fortnights" in "2 fortnights"; use seconds, minutes, hours, days, business days or weeks`},
		{"2 minuts", false, "bad_duration", `unknown unit "minuts" in "2 minuts"; did you mean "minutes"?`},
		{"2 hours 30 minutes", false, "bad_duration", `unknown unit "hours 30 minutes" in "2 hours 30 minutes"; use seconds, minutes, hours, days, business days or weeks`},
		{"0h", false, "duration_not_positive", `"0h" is not more than zero; give a positive amount`},
		{"0.0 days", false, "duration_not_positive", `"0.0 days" is not more than zero; give a positive amount`},
		{"-2h", false, "duration_not_positive", `"-2h" is not more than zero; give a positive amount`},
		{"3 rings", false, "rings_not_allowed", `"3 rings": rings only apply to the phone answer time (channels.phone.answer_within); use a time unit here`},
		{"1.5 rings", true, "bad_duration", `"1.5 rings": rings are counted in whole numbers, e.g. "3 rings"`},
		{"1234567h", false, "bad_duration", `"1234567h" is too long or too precise; use at most 6 digits before and 3 after the decimal point`},
		{"1.2345h", false, "bad_duration", `"1.2345h" is too long or too precise; use at most 6 digits before and 3 after the decimal point`},
	} {
		_, err := ParseDuration(tc.in, tc.rings)
		var de *durationError
		if !errors.As(err, &de) {
			t.Errorf("ParseDuration(%q): error %v", tc.in, err)
			continue
		}
		if de.code != tc.code || de.msg != tc.msg {
			t.Errorf("ParseDuration(%q):\n got  [%s] %s\n want [%s] %s", tc.in, de.code, de.msg, tc.code, tc.msg)
		}
	}
}
