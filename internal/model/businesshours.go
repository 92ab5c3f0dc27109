package model

// ServesInBusinessHours reports whether the documents say that something happens "during
// business hours": a channel table with an hours column lists a channel whose hours the
// company file does not give, or the phone's voicemail is checked at set intervals. The
// documents then say what business hours are.
func (d *Document) ServesInBusinessHours() bool {
	c := d.Channels
	phone, chat := c.Phone != nil, c.LiveChat != nil
	hoursColumn := (phone && c.Phone.Hours != "") || (chat && c.LiveChat.Hours != "")
	without := (phone && c.Phone.Hours == "") || (chat && c.LiveChat.Hours == "") ||
		c.Email != nil || c.InPerson != nil || c.SocialMedia != nil
	return hoursColumn && without || phone && !c.Phone.VoicemailCheckEvery.IsZero()
}
