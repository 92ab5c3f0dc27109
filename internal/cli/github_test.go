package cli

import "testing"

func TestAnnotation(t *testing.T) {
	tests := []struct {
		kind string
		m    reportMessage
		want string
	}{
		{"error", reportMessage{Message: "plain"}, "::error::plain"},
		{"warning", reportMessage{File: "c.yaml", Line: 3, Column: 7, Field: "company.name", Message: "m"},
			"::warning file=c.yaml,line=3,col=7::company.name: m"},
		{"error", reportMessage{File: "c.yaml", Message: "no line"}, "::error file=c.yaml::no line"},
		{"error", reportMessage{File: "d:\\x,y%\r\n.yaml", Line: 1, Message: "100%\r\nnext: a,b", Hint: " say so "},
			"::error file=d%3A\\x%2Cy%25%0D%0A.yaml,line=1::100%25%0D%0Anext: a,b%0Ahint: say so"},
	}
	for _, tt := range tests {
		if got := annotation(tt.kind, tt.m); got != tt.want {
			t.Errorf("annotation(%q, %+v)\n got %q\nwant %q", tt.kind, tt.m, got, tt.want)
		}
	}
}
