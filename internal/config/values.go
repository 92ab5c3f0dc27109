package config

import (
	"errors"
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

func (d *decoder) duration(dst *Duration, allowRings bool) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		n = resolve(n)
		if n.Kind != yaml.ScalarNode {
			d.wrongType(n, path, `a duration such as "4h" or "2 business days"`, "")
			return
		}
		v, err := ParseDuration(n.Value, allowRings)
		var de *durationError
		if errors.As(err, &de) {
			d.add(n, path, de.code, de.msg, de.hint)
			return
		}
		*dst = v
	}
}

// oneOf checks a word against a fixed set, suggesting the closest on a typo.
func (d *decoder) oneOf(n *yaml.Node, path, what, code string, allowed []string) (string, bool) {
	s, ok := d.text(n, path)
	if !ok {
		return "", false
	}
	s = strings.TrimSpace(s)
	if slices.Contains(allowed, s) {
		return s, true
	}
	if lower := strings.ToLower(s); slices.Contains(allowed, lower) {
		return lower, true
	}
	msg := fmt.Sprintf("unknown %s %q; ", what, shorten(s))
	if guess, ok := closest(s, allowed); ok {
		msg += fmt.Sprintf("did you mean %q?", guess)
	} else {
		msg += "use one of " + quoteList(allowed)
	}
	d.add(resolve(n), path, code, msg, "")
	return "", false
}

func (d *decoder) cadence(dst *Cadence) func(*yaml.Node, string) {
	names := make([]string, len(Cadences))
	for i, c := range Cadences {
		names[i] = string(c)
	}
	return func(n *yaml.Node, path string) {
		if s, ok := d.oneOf(n, path, "cadence", "bad_cadence", names); ok {
			*dst = Cadence(s)
		}
	}
}

func (d *decoder) metrics(dst *[]Metric) func(*yaml.Node, string) {
	names := make([]string, len(Metrics))
	for i, m := range Metrics {
		names[i] = string(m)
	}
	return func(n *yaml.Node, path string) {
		d.list(n, path, "metrics", func(n *yaml.Node, p string) {
			s, ok := d.oneOf(n, p, "metric", "bad_metric", names)
			switch {
			case !ok:
			case slices.Contains(*dst, Metric(s)):
				d.add(resolve(n), p, "duplicate_metric", fmt.Sprintf("metric %q is listed twice; keep only one", s), "")
			default:
				*dst = append(*dst, Metric(s))
			}
		})
	}
}

func (d *decoder) contactBy(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if s, ok := d.oneOf(n, path, "contact method", "bad_contact_by", []string{"email", "phone"}); ok {
			*dst = s
		}
	}
}

func (d *decoder) email(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		s, ok := d.text(n, path)
		if !ok {
			return
		}
		s = strings.TrimSpace(s)
		if !d.plainValue(n, path, s) {
			return
		}
		if !validEmail(s) {
			d.add(resolve(n), path, "bad_email", fmt.Sprintf("%q is not an email address; write only the address, like name@example.com", shorten(s)),
				"")
			return
		}
		*dst = s
	}
}

func validEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	_, domain, _ := strings.Cut(s, "@")
	if strings.ContainsAny(s, " <>\"") || !strings.Contains(domain, ".") {
		return false
	}
	// The domain is a host name: labels of letters, digits and hyphens (or any non-ASCII
	// letter of an international name), separated by single dots.
	for _, label := range strings.Split(domain, ".") {
		if label == "" || strings.IndexFunc(label, func(r rune) bool {
			return r < 0x80 && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-')
		}) >= 0 {
			return false
		}
	}
	return true
}

func (d *decoder) url(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		s, ok := d.text(n, path)
		if !ok {
			return
		}
		s = strings.TrimSpace(s)
		if !d.plainValue(n, path, s) {
			return
		}
		u, err := url.Parse(s)
		scheme := ""
		if err == nil {
			scheme = strings.ToLower(u.Scheme)
		}
		if err != nil || (scheme != "http" && scheme != "https") || u.Host == "" || u.User != nil ||
			strings.ContainsAny(s, " \t\n<>\"'`\\") {
			d.add(resolve(n), path, "bad_url", fmt.Sprintf("%q is not a web address; write a full address starting with https://, "+
				"like https://www.example.com", shorten(s)), "")
			return
		}
		*dst = s
	}
}

func (d *decoder) phone(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		s, ok := d.text(n, path)
		if !ok {
			return
		}
		s = strings.TrimSpace(s)
		digits := 0
		for _, r := range s {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case strings.ContainsRune(" +-().", r):
			default:
				digits = -1 << 20
			}
		}
		if digits < 6 || digits > 20 {
			d.add(resolve(n), path, "bad_phone", fmt.Sprintf("%q is not a phone number; use 6 to 20 digits, "+
				"with spaces, +, -, dots or brackets if you like, like +48 12 345 67 89", shorten(s)), "")
			return
		}
		*dst = s
	}
}

func (d *decoder) date(dst *Date) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		n = resolve(n)
		if n.Kind != yaml.ScalarNode {
			d.wrongType(n, path, "a date like 2026-11-20", "")
			return
		}
		s := strings.TrimSpace(n.Value)
		t, err := time.Parse("2006-01-02", s)
		if err != nil || t.Year() < 1900 {
			d.add(n, path, "bad_date", fmt.Sprintf("%q is not a valid date; write it as YYYY-MM-DD, like 2026-11-20", shorten(s)), "")
			return
		}
		*dst = Date{t.Year(), int(t.Month()), t.Day()}
	}
}

// maxLevel is the highest escalation level.
const maxLevel = 1000

// level decodes an escalation level: a whole number from 1 up. It returns 0 after a problem.
func (d *decoder) level(n *yaml.Node, path string) int {
	n = resolve(n)
	var v float64 // "2.0" is the whole number 2, as it is in JSON (and to the JSON Schema)
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || n.Decode(&v) != nil ||
		v != math.Trunc(v) || v < 1 || v > maxLevel {
		d.add(n, path, "bad_level", fmt.Sprintf("expected a whole number from 1 to %d (1 is contacted first), found %s", maxLevel, describe(n)), "")
		return 0
	}
	return int(v)
}
