package config

import (
	"os"
	"testing"
)

func TestExamplesLoad(t *testing.T) {
	for _, tc := range []struct {
		path       string
		noWarnings bool
	}{
		{"../../examples/complete.yaml", true},
		{"../../examples/minimal.yaml", false},
	} {
		data, err := os.ReadFile(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		f, warnings, err := Load(tc.path, data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if tc.noWarnings && len(warnings) > 0 {
			t.Errorf("%s: unexpected warnings:\n%v", tc.path, warnings)
		}
		if f.Company.Name == "" || len(f.Revisions) == 0 {
			t.Errorf("%s: company name or revisions not loaded", tc.path)
		}
	}
}

func TestCompleteExampleValues(t *testing.T) {
	data, err := os.ReadFile("../../examples/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, _, err := Load("complete.yaml", data, Options{BaseDir: "../../examples"})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Channels.Phone.AnswerWithin; got != (Duration{"3", Rings}) {
		t.Errorf("phone answer_within = %+v", got)
	}
	if got := f.Channels.SocialMedia.RespondWithin; got != (Duration{"1.5", Hours}) {
		t.Errorf("social_media respond_within = %+v", got)
	}
	if got := f.Escalation.ResolveWithin; got != (Duration{"2", BusinessDays}) {
		t.Errorf("escalation resolve_within = %+v", got)
	}
	if got := f.Latest(); got.Version != "1.2" || got.Date != (Date{2026, 11, 20}) {
		t.Errorf("latest revision = %+v", got)
	}
	if len(f.Escalation.Contacts) != 3 || f.Escalation.Contacts[2].Name != "王芳" {
		t.Errorf("escalation contacts = %+v", f.Escalation.Contacts)
	}
	if len(f.Performance.Metrics) != len(Metrics) {
		t.Errorf("metrics = %v", f.Performance.Metrics)
	}
	if s, fell := f.Company.Vision.Resolve("zh", "en"); fell || s != "让可持续生活成为欧洲每个家庭的轻松之选。" {
		t.Errorf("vision zh = %q, %v", s, fell)
	}
	if f.Path != "complete.yaml" || f.DefaultLanguage != "en" || len(f.Languages) != 5 {
		t.Errorf("path/default/languages = %q %q %v", f.Path, f.DefaultLanguage, f.Languages)
	}
}
