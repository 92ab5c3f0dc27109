package build

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/policygen/policygen/internal/config"
)

// reportedCompany holds the values from the bug reports: a vision that was an H1, a mission
// that was a list item, a name with live HTML, a support address that added a Cc.
func reportedCompany() *config.File {
	f := scaledCompany(scale{revisions: 1, contacts: 1})
	f.Company.Name = "Acme <b onmouseover=alert(0)>"
	f.Company.Vision = text("#\nWe lead")
	f.Company.Mission = text("-\nWe help\n===\n1) x | y")
	f.Contacts = &config.Contacts{
		SupportEmail: "support?cc=attacker@evil.example",
		Manager:      &config.Person{Name: "[Ann](https://evil.example)", Email: "ann&bcc=x@acme.example"},
	}
	return f
}

var rawTag = regexp.MustCompile(`(^|[^\\])<b `)

func TestHostileValuesKeepTheirPlace(t *testing.T) {
	in := inputs(t, "../../examples/minimal.yaml", nil)
	in.File = reportedCompany()
	res, err := Run(in, Options{Variants: in.Templates.Variants(), Langs: []string{"en"}, Formats: []string{"md", "html"}, Paper: "a4"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		switch f.Format {
		case "md":
			if n := bytes.Count(f.Data, []byte("\n# ")); n != 1 {
				t.Errorf("%s: %d level-1 headings, want only the title", f.Path, n)
			}
			if bytes.Contains(f.Data, []byte("\n- We help")) || rawTag.Match(f.Data) {
				t.Errorf("%s: a value changed the structure:\n%s", f.Path, f.Data)
			}
		case "html":
			checkHostileHTML(t, f.Path, f.Data)
		}
	}
}

func checkHostileHTML(t *testing.T, path string, page []byte) {
	t.Helper()
	doc, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *nethtml.Node)
	h1 := 0
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode {
			switch n.DataAtom {
			case atom.H1:
				h1++
			case atom.B:
				t.Errorf("%s: a <b> element from the company name", path)
			case atom.A:
				for _, a := range n.Attr {
					if a.Key != "href" {
						continue
					}
					if strings.Contains(a.Val, "evil.example") && !strings.HasPrefix(a.Val, "mailto:") {
						t.Errorf("%s: a link to %s from a value", path, a.Val)
					}
					if strings.HasPrefix(strings.ToLower(a.Val), "mailto:") {
						checkOneRecipient(t, path, a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if h1 != 1 {
		t.Errorf("%s: %d <h1> elements, want only the title", path, h1)
	}
}

// checkOneRecipient parses a mailto: link as a mail program would (RFC 6068): it must name
// exactly the address it was made from, with no header fields.
func checkOneRecipient(t *testing.T, path, href string) {
	t.Helper()
	u, err := url.Parse(href)
	if err != nil {
		t.Errorf("%s: %q: %v", path, href, err)
		return
	}
	to, err := url.PathUnescape(u.Opaque)
	if err != nil || u.RawQuery != "" || u.Fragment != "" || strings.Count(to, "@") != 1 ||
		(to != "support?cc=attacker@evil.example" && to != "ann&bcc=x@acme.example" && !strings.HasSuffix(to, "@big.example")) {
		t.Errorf("%s: mailto link %q: to %q, headers %q", path, href, to, u.RawQuery)
	}
}
