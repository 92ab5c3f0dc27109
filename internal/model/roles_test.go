package model

import "testing"

func TestRoleOf(t *testing.T) {
	d := Document{
		Contacts: &Contacts{PolicyOwner: &Person{Name: "Ann", Role: "Head"}, Manager: &Person{Name: "Bob", Role: "Lead"}},
		Escalation: &Escalation{Contacts: []EscalationContact{
			{Name: "Ann", Role: "Shop manager"}, {Name: "Cy", Role: "Director"}, {Name: "Dee"},
		}},
	}
	for name, want := range map[Text]Text{"Ann": "Head", "Bob": "Lead", "Cy": "Director", "Dee": "", "Eve": "", "": ""} {
		if got := d.RoleOf(name); got != want {
			t.Errorf("RoleOf(%q) = %q, want %q", name, got, want)
		}
	}
	if got := (&Document{}).RoleOf("Ann"); got != "" {
		t.Errorf("without contacts: %q", got)
	}
}
