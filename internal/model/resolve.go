package model

import (
	"fmt"

	"github.com/policygen/policygen/internal/config"
)

// New resolves f for one language. Every text missing in lang falls back to the file's
// default language and is reported in the returned fallbacks, in file order.
func New(f *config.File, lang string) (*Document, []Fallback) {
	r := resolver{lang: lang, def: f.DefaultLanguage}
	if r.def == "" {
		r.def = "en"
	}
	d := &Document{
		Lang: lang,
		Company: Company{
			Name:     Text(f.Company.Name),
			Short:    Text(f.Company.ShortName),
			Offering: r.text("company.offering", f.Company.Offering),
			Website:  Text(f.Company.Website),
			Vision:   r.text("company.vision", f.Company.Vision),
			Mission:  r.text("company.mission", f.Company.Mission),
		},
		Inquiries: f.Inquiries,
	}
	if p := f.Policy; p != nil {
		d.Policy = &Policy{
			AppliesTo:     r.text("policy.applies_to", p.AppliesTo),
			Expectations:  r.text("policy.expectations", p.Expectations),
			EffectiveDate: p.EffectiveDate,
		}
	}
	if c := f.Contacts; c != nil {
		d.Contacts = &Contacts{
			SupportEmail: Text(c.SupportEmail),
			PolicyOwner:  r.person("contacts.policy_owner", c.PolicyOwner),
			Manager:      r.person("contacts.manager", c.Manager),
		}
	}
	d.Channels = r.channels(f.Channels)
	if c := f.Complaints; c != nil {
		d.Complaints = &Complaints{
			AcknowledgeWithin: c.AcknowledgeWithin,
			RespondWithin:     c.RespondWithin,
			Review:            c.Review,
			TrackingSystem:    Text(c.TrackingSystem),
			ReviewSite:        Text(c.ReviewSite),
		}
	}
	if e := f.Escalation; e != nil {
		d.Escalation = &Escalation{ResolveWithin: e.ResolveWithin}
		for i, c := range e.Contacts {
			field := fmt.Sprintf("escalation.contacts[%d]", i)
			d.Escalation.Contacts = append(d.Escalation.Contacts, EscalationContact{
				Level:     c.Level,
				Role:      r.text(field+".role", c.Role),
				Name:      Text(c.Name),
				Email:     Text(c.Email),
				Phone:     Text(c.Phone),
				ContactBy: c.ContactBy,
				Available: r.text(field+".available", c.Available),
			})
		}
	}
	if fb := f.Feedback; fb != nil {
		d.Feedback = &Feedback{Survey: fb.Survey}
		for i, m := range fb.Methods {
			d.Feedback.Methods = append(d.Feedback.Methods, r.text(fmt.Sprintf("feedback.methods[%d]", i), m))
		}
	}
	if t := f.Training; t != nil {
		d.Training = &Training{Onboarding: r.text("training.onboarding", t.Onboarding), Refresher: t.Refresher}
	}
	if p := f.Performance; p != nil {
		d.Performance = &Performance{Review: p.Review, Metrics: p.Metrics}
	}
	d.Revisions = make([]Revision, len(f.Revisions))
	for i, rev := range f.Revisions {
		d.Revisions[i] = r.revision(i, rev)
	}
	d.Branding = f.Branding
	for i, s := range f.Sections {
		field := fmt.Sprintf("sections[%d]", i)
		d.Sections = append(d.Sections, Section{ID: s.ID, After: s.After, In: s.In,
			Title: r.text(field+".title", s.Title), Body: string(r.text(field+".body", s.Body))})
	}
	latest := f.Latest()
	for i, rev := range f.Revisions {
		if rev.Version == latest.Version {
			d.Latest = d.Revisions[i]
		}
	}
	return d, r.fallbacks
}

type resolver struct {
	lang, def string
	fallbacks []Fallback
}

func (r *resolver) text(field string, t config.LocalizedText) Text {
	s, fellBack := t.Resolve(r.lang, r.def)
	if fellBack {
		r.fallbacks = append(r.fallbacks, Fallback{Field: field, Pos: t.Pos, Lang: r.lang, Used: r.def, Plain: t.ByLang == nil})
	}
	return Text(s)
}

func (r *resolver) person(field string, p *config.Person) *Person {
	if p == nil {
		return nil
	}
	return &Person{Name: Text(p.Name), Role: r.text(field+".role", p.Role), Email: Text(p.Email), Phone: Text(p.Phone)}
}

func (r *resolver) channels(c config.Channels) Channels {
	var out Channels
	if p := c.Phone; p != nil {
		out.Phone = &Phone{
			AnswerWithin:          p.AnswerWithin,
			VoicemailCheckEvery:   p.VoicemailCheckEvery,
			VoicemailReturnWithin: p.VoicemailReturnWithin,
			Callback:              p.Callback,
			Hours:                 r.text("channels.phone.hours", p.Hours),
		}
	}
	if e := c.Email; e != nil {
		out.Email = &Email{RespondWithin: e.RespondWithin, AutoReply: e.AutoReply}
	}
	if l := c.LiveChat; l != nil {
		out.LiveChat = &LiveChat{RespondWithin: l.RespondWithin, OfflineMessage: l.OfflineMessage, Hours: r.text("channels.live_chat.hours", l.Hours)}
	}
	out.InPerson = c.InPerson
	out.SocialMedia = c.SocialMedia
	out.OpeningHours = r.text("channels.opening_hours", c.OpeningHours)
	out.Any = out.Phone != nil || out.Email != nil || out.LiveChat != nil || out.InPerson != nil || out.SocialMedia != nil
	return out
}

func (r *resolver) revision(i int, rev config.Revision) Revision {
	out := Revision{Version: Text(rev.Version), Date: rev.Date, Author: Text(rev.Author), ApprovedBy: Text(rev.ApprovedBy)}
	for j, c := range rev.Changes {
		out.Changes = append(out.Changes, r.text(fmt.Sprintf("revisions[%d].changes[%d]", i, j), c))
	}
	return out
}
