package html

import (
	"net/url"
	"strings"

	"github.com/policygen/policygen/internal/markdown"
)

// allowedHref reports whether dest may become a link and returns it as the href: an in-page
// anchor, a mailto: address of one recipient (markdown.SafeMailto), a tel: number, or an http(s) URL on the company website's host.
// Anything else (javascript:, data:, other hosts, relative paths) is shown as text only.
func (p *page) allowedHref(dest string) (string, bool) {
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
		return dest, markdown.SafeMailto(dest)
	case "tel":
		return dest, true
	case "http", "https":
		u := parseWebURL(dest)
		if u == nil || p.site == "" || u.User != nil || !sameSite(strings.ToLower(u.Hostname()), p.site) {
			return "", false
		}
		return dest, true
	}
	return "", false
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
