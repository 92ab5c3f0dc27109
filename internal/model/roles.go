package model

// RoleOf is the job title the company file gives the person named name: as policy owner,
// else as manager, else as an escalation contact; "" when no contact has that name or it has
// no title. Approval lines use it to follow a name with its title.
func (d *Document) RoleOf(name Text) Text {
	if name == "" {
		return ""
	}
	if c := d.Contacts; c != nil {
		for _, p := range []*Person{c.PolicyOwner, c.Manager} {
			if p != nil && p.Name == name && p.Role != "" {
				return p.Role
			}
		}
	}
	if e := d.Escalation; e != nil {
		for _, c := range e.Contacts {
			if c.Name == name && c.Role != "" {
				return c.Role
			}
		}
	}
	return ""
}
