package config

import (
	"fmt"
	"strings"
)

// unitWords maps every accepted spelling of a unit (lowercase, single spaces) to the unit.
var unitWords = map[string]Unit{
	"s": Seconds, "sec": Seconds, "second": Seconds, "seconds": Seconds,
	"m": Minutes, "min": Minutes, "minute": Minutes, "minutes": Minutes,
	"h": Hours, "hr": Hours, "hour": Hours, "hours": Hours,
	"d": Days, "day": Days, "days": Days,
	"business day": BusinessDays, "business days": BusinessDays,
	"w": Weeks, "week": Weeks, "weeks": Weeks,
	"ring": Rings, "rings": Rings,
}

// Amounts are bounded so that every later stage can treat them as ordinary numbers.
const (
	maxWholeDigits    = 6
	maxFractionDigits = 3
)

// durationError is a ParseDuration failure with its problem code.
type durationError struct {
	code, msg, hint string
}

func (e *durationError) Error() string { return e.msg }

const durationHint = `for example "4h", "30 minutes" or "2 business days"`

// ParseDuration reads a duration such as "4h", "1.5 hours", "2 business days" or "3 rings".
// Units are seconds, minutes, hours, days, business days, weeks and, only when allowRings is
// set, rings; each may be written in full (singular or plural) or short (s, m, h, d, w).
// Case and spacing do not matter. The amount must be more than zero; it is returned in
// canonical form ("1.50" becomes "1.5", "2.0" becomes "2").
func ParseDuration(s string, allowRings bool) (Duration, error) {
	text := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if text == "" {
		return Duration{}, &durationError{"bad_duration", "empty duration; write an amount and a unit", durationHint}
	}
	i := 0
	if text[0] == '-' || text[0] == '+' {
		i++
	}
	start := i
	for i < len(text) && (text[i] >= '0' && text[i] <= '9' || text[i] == '.') {
		i++
	}
	number, word := text[start:i], strings.TrimSpace(text[i:])
	if number == "" {
		return Duration{}, &durationError{"bad_duration",
			fmt.Sprintf("%q is not a duration; write an amount and a unit", s), durationHint}
	}
	amount, ok := canonicalAmount(number)
	if !ok {
		return Duration{}, &durationError{"bad_duration",
			fmt.Sprintf("%q is not a number; write digits with an optional decimal point, e.g. \"1.5h\"", number), durationHint}
	}
	if word == "" {
		return Duration{}, &durationError{"bad_duration",
			fmt.Sprintf("%q has no unit; add one, e.g. \"%sh\" or \"%s hours\"", s, amount, amount), durationHint}
	}
	unit, known := unitWords[word]
	if !known {
		return Duration{}, unknownUnit(s, word, allowRings)
	}
	if unit == Rings && !allowRings {
		return Duration{}, &durationError{"rings_not_allowed",
			fmt.Sprintf("%q: rings only apply to the phone answer time (channels.phone.answer_within); use a time unit here", s),
			durationHint}
	}
	if text[0] == '-' || amount == "0" {
		return Duration{}, &durationError{"duration_not_positive",
			fmt.Sprintf("%q is not more than zero; give a positive amount", s), durationHint}
	}
	if len(amount) > maxWholeDigits+1+maxFractionDigits || wholeDigits(amount) > maxWholeDigits ||
		fractionDigits(amount) > maxFractionDigits {
		return Duration{}, &durationError{"bad_duration",
			fmt.Sprintf("%q is too long or too precise; use at most %d digits before and %d after the decimal point",
				s, maxWholeDigits, maxFractionDigits), durationHint}
	}
	if unit == Rings && strings.Contains(amount, ".") {
		return Duration{}, &durationError{"bad_duration",
			fmt.Sprintf("%q: rings are counted in whole numbers, e.g. \"3 rings\"", s), `for example "3 rings"`}
	}
	return Duration{Amount: amount, Unit: unit}, nil
}

func unknownUnit(s, word string, allowRings bool) error {
	names := []string{"seconds", "minutes", "hours", "days", "business days", "weeks"}
	if allowRings {
		names = append(names, "rings")
	}
	msg := fmt.Sprintf("unknown unit %q in %q", word, s)
	if guess, ok := closest(word, append(names, "second", "minute", "hour", "day", "business day", "week", "ring")); ok {
		msg += fmt.Sprintf("; did you mean %q?", guess)
	} else {
		msg += "; use " + strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	}
	return &durationError{"bad_duration", msg, durationHint}
}

// canonicalAmount normalises a decimal number: no leading zeros, no trailing fractional
// zeros, no lone point. It reports false when number is not digits with at most one point.
func canonicalAmount(number string) (string, bool) {
	whole, frac, hasPoint := strings.Cut(number, ".")
	if whole == "" || strings.Contains(frac, ".") || (hasPoint && frac == "") {
		return "", false
	}
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return whole, true
	}
	return whole + "." + frac, true
}

func wholeDigits(amount string) int {
	whole, _, _ := strings.Cut(amount, ".")
	return len(whole)
}

func fractionDigits(amount string) int {
	_, frac, _ := strings.Cut(amount, ".")
	return len(frac)
}
