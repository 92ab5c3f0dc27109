package model

import (
	"testing"

	"github.com/policygen/policygen/internal/config"
)

func TestCountsBusinessDays(t *testing.T) {
	bd := config.Duration{Amount: "2", Unit: config.BusinessDays}
	hours := config.Duration{Amount: "2", Unit: config.Hours}
	for _, tc := range []struct {
		name string
		doc  Document
		want bool
	}{
		{"nothing set", Document{}, false},
		{"hours only", Document{Complaints: &Complaints{RespondWithin: hours}, Escalation: &Escalation{ResolveWithin: hours}}, false},
		{"complaints", Document{Complaints: &Complaints{RespondWithin: bd}}, true},
		{"escalation", Document{Escalation: &Escalation{ResolveWithin: bd}}, true},
		{"enquiries", Document{Inquiries: &config.Inquiries{AcknowledgeWithin: bd}}, true},
		{"channel", Document{Channels: Channels{Email: &Email{RespondWithin: bd}}}, true},
		// A unit without an amount is an absent time.
		{"unit without amount", Document{Complaints: &Complaints{RespondWithin: config.Duration{Unit: config.BusinessDays}}}, false},
	} {
		if got := tc.doc.CountsBusinessDays(); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
