package model

import (
	"testing"

	"github.com/policygen/policygen/internal/config"
)

func TestServesInBusinessHours(t *testing.T) {
	every := config.Duration{Amount: "3", Unit: config.Hours}
	for _, c := range []struct {
		name string
		ch   Channels
		want bool
	}{
		{"no channel", Channels{}, false},
		{"channels without hours: no hours column", Channels{Phone: &Phone{}, Email: &Email{}}, false},
		{"every channel has hours", Channels{Phone: &Phone{Hours: "9–17"}, LiveChat: &LiveChat{Hours: "9–17"}}, false},
		{"phone hours beside e-mail", Channels{Phone: &Phone{Hours: "9–17"}, Email: &Email{}}, true},
		{"chat hours beside a phone without", Channels{Phone: &Phone{}, LiveChat: &LiveChat{Hours: "9–17"}}, true},
		{"chat hours beside the counter", Channels{LiveChat: &LiveChat{Hours: "9–17"}, InPerson: &config.InPersonChannel{}}, true},
		{"chat hours beside social media", Channels{LiveChat: &LiveChat{Hours: "9–17"}, SocialMedia: &config.SocialMediaChannel{}}, true},
		{"voicemail checked at intervals", Channels{Phone: &Phone{VoicemailCheckEvery: every}}, true},
	} {
		d := Document{Channels: c.ch}
		if got := d.ServesInBusinessHours(); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
