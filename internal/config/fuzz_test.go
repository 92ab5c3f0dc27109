package config

import (
	"os"
	"testing"
)

func FuzzLoad(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte("\xef\xbb\xbfcompany:\r\n  name: x\r\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("company: {name: [}\n"))
	f.Add([]byte(valid + "branding: {color: \"#abcdef\", logo: x.png}\nsections:\n  - id: x\n    after: a\n    title: T\n" +
		"    body: |\n      <b>x</b> [a](https://e.example) ![i](x.png)\n\n      ## H\n"))
	if data, err := os.ReadFile("../../examples/complete.yaml"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, warnings, err := Load("f.yaml", data, Options{})
		if err == nil && file == nil {
			t.Fatal("no file and no error")
		}
		for _, p := range append(asProblems(err), warnings...) {
			if p.File != "f.yaml" || p.Code == "" || p.Message == "" {
				t.Fatalf("incomplete problem: %#v", p)
			}
		}
		if err != nil && len(asProblems(err)) == 0 {
			t.Fatalf("error is not a non-empty Problems: %v", err)
		}
	})
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"4h", "1.5 hours", "2 business days", "3 rings", "-0", "1e3h", " "} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, rings bool) {
		d, err := ParseDuration(s, rings)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if d.Amount == "" || d.Amount == "0" || d.Unit == "" || (d.Unit == Rings && !rings) {
			t.Fatalf("ParseDuration(%q) = %+v", s, d)
		}
		again, err := ParseDuration(d.Amount+" "+string(d.Unit), rings)
		if d.Unit != BusinessDays && (err != nil || again != d) {
			t.Fatalf("canonical form %+v of %q does not parse back: %+v, %v", d, s, again, err)
		}
	})
}
