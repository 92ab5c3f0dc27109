// Package links holds the one rule every renderer applies to a link destination, and that
// the company file's own sections and the templates are checked against: an in-page anchor,
// a mailto: URI for one recipient, a tel: number, or an http(s) address on the company
// website's host. Anything else (javascript:,
// data:, file:, other hosts, relative paths) never becomes a link.
package links

import (
	"net/url"
	"strings"
)

// Rule decides which destinations may become links in one company's documents.
type Rule struct {
	site string // lower-case host of the company website, "" when there is none
}

// NewRule returns the rule for a company whose website is website ("" for none).
func NewRule(website string) Rule {
	u := parseWebURL(strings.TrimSpace(website))
	if u == nil {
		return Rule{}
	}
	return Rule{site: strings.ToLower(u.Hostname())}
}

// Site is the lower-case host name of the company website, "" when there is none.
func (r Rule) Site() string { return r.site }

// Allowed reports whether dest may become a link and returns it as the target.
func (r Rule) Allowed(dest string) (string, bool) {
	if dest == "" || !plainURL(dest) {
		return "", false
	}
	if dest[0] == '#' {
		return dest, len(dest) > 1
	}
	scheme, rest, ok := strings.Cut(dest, ":")
	if !ok || rest == "" {
		return "", false
	}
	switch strings.ToLower(scheme) {
	case "mailto":
		return dest, oneRecipient(rest)
	case "tel":
		return dest, true
	case "http", "https":
		u := parseWebURL(dest)
		if u == nil || r.site == "" || u.User != nil || !sameSite(strings.ToLower(u.Hostname()), r.site) {
			return "", false
		}
		return dest, true
	}
	return "", false
}

// Why says, for a destination Allowed refuses, what would be allowed instead.
func (r Rule) Why(dest string) string {
	if scheme, _, ok := strings.Cut(dest, ":"); ok && strings.EqualFold(scheme, "mailto") {
		return "a mailto: link may name only one address, with nothing after it (no ?cc=, ?subject= or second address)"
	}
	what := "links may only go to mailto: and tel: addresses"
	if r.site != "" {
		what += " and to pages of " + r.site
	} else {
		what += " (add company.website to link to your own site)"
	}
	return what
}

// oneRecipient reports whether the part of a mailto: URI after the colon is exactly one
// address and nothing else: no header fields ("?cc=", "?subject="), no second address (RFC
// 6068 separates addresses with "," or "%2C"), no fragment.
func oneRecipient(to string) bool {
	return strings.Count(to, "@") == 1 && !strings.ContainsAny(to, "?#,;=&/ \t\r\n<>\"\\[]()") &&
		!strings.Contains(strings.ToLower(to), "%2c") && !strings.HasPrefix(to, "@") && !strings.HasSuffix(to, "@")
}

// plainURL reports whether s has no space, control character or backslash, the characters
// browsers strip or reinterpret when they read a URL.
func plainURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == 0x7f || c == '\\' {
			return false
		}
	}
	return true
}

// parseWebURL parses an http(s) URL, or a bare host name as an https URL; it returns nil for
// anything else.
func parseWebURL(s string) *url.URL {
	if s == "" || !plainURL(s) {
		return nil
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return nil
	}
	if sch := strings.ToLower(u.Scheme); sch != "http" && sch != "https" {
		return nil
	}
	return u
}

// sameSite reports whether two lowercase host names are the same site: "www.example.com" and
// "example.com" are, "example.com.evil.example" is not.
func sameSite(a, b string) bool {
	return strings.TrimPrefix(a, "www.") == strings.TrimPrefix(b, "www.")
}
