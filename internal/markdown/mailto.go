package markdown

import (
	"strings"
)

// Mailto returns the mailto: URI (RFC 6068) that writes to the one address addr. Every
// character that could end the address or add to the message is percent-encoded: "?", "&",
// "=", "#", "%", ",", "/", ";", brackets, spaces, quotes, every non-ASCII byte and every "@"
// but the last, so "support?cc=attacker@evil.example" stays one recipient and adds no Cc.
// The result is also a safe Markdown link destination.
func Mailto(addr string) string {
	last := strings.LastIndexByte(addr, '@')
	var b strings.Builder
	b.Grow(len("mailto:") + len(addr) + 8)
	b.WriteString("mailto:")
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("-._~!$'*+", c) >= 0 || c == '@' && i == last {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// SafeMailto reports whether dest is a mailto: URI for exactly one recipient and nothing
// else: no header fields ("?cc=", "?subject="), no second address (RFC 6068 separates
// addresses with "," or "%2C", so an address holding a comma is never linked), no fragment.
// Renderers link only such URIs.
func SafeMailto(dest string) bool {
	scheme, to, ok := strings.Cut(dest, ":")
	if !ok || !strings.EqualFold(scheme, "mailto") {
		return false
	}
	lower := strings.ToLower(to)
	return to != "" && strings.Count(to, "@") == 1 && !strings.ContainsAny(to, "?#,;=&/ \t\r\n<>\"\\[]()") &&
		!strings.Contains(lower, "%2c") && !strings.HasPrefix(to, "@") && !strings.HasSuffix(to, "@")
}
