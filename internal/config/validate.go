package config

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// decodeFile decodes the whole file, then checks what spans several fields.
func (d *decoder) decodeFile(root *yaml.Node) *File {
	f := &File{}
	var langsNode, defaultNode *yaml.Node
	d.mapping(root, "", []field{
		{"company", true, func(n *yaml.Node, p string) { d.mapping(n, p, d.companyFields(&f.Company)) }},
		{"languages", false, func(n *yaml.Node, p string) { langsNode = n; f.Languages = d.languages(n, p) }},
		{"default_language", false, func(n *yaml.Node, p string) {
			defaultNode = resolve(n)
			if s, ok := d.text(n, p); ok {
				f.DefaultLanguage = s
			}
		}},
		{"policy", false, func(n *yaml.Node, p string) { f.Policy = &Policy{}; d.mapping(n, p, d.policyFields(f.Policy)) }},
		{"contacts", false, func(n *yaml.Node, p string) { f.Contacts = &Contacts{}; d.mapping(n, p, d.contactsFields(f.Contacts)) }},
		{"channels", false, func(n *yaml.Node, p string) { d.mapping(n, p, d.channelsFields(&f.Channels)) }},
		{"inquiries", false, func(n *yaml.Node, p string) {
			f.Inquiries = &Inquiries{}
			d.mapping(n, p, []field{
				{"acknowledge_within", false, d.duration(&f.Inquiries.AcknowledgeWithin, false)},
				{"respond_within", false, d.duration(&f.Inquiries.RespondWithin, false)},
			})
		}},
		{"complaints", false, func(n *yaml.Node, p string) {
			f.Complaints = &Complaints{}
			d.mapping(n, p, d.complaintsFields(f.Complaints))
		}},
		{"escalation", false, func(n *yaml.Node, p string) { f.Escalation = &Escalation{}; d.escalation(n, p, f.Escalation) }},
		{"feedback", false, func(n *yaml.Node, p string) {
			f.Feedback = &Feedback{}
			d.mapping(n, p, []field{
				{"methods", false, func(n *yaml.Node, p string) {
					d.list(n, p, "texts", func(n *yaml.Node, p string) {
						f.Feedback.Methods = append(f.Feedback.Methods, d.localizedValue(n, p))
					})
				}},
				{"survey", false, d.cadence(&f.Feedback.Survey)},
			})
		}},
		{"training", false, func(n *yaml.Node, p string) {
			f.Training = &Training{}
			d.mapping(n, p, []field{
				{"onboarding", false, d.localized(&f.Training.Onboarding)},
				{"refresher", false, d.cadence(&f.Training.Refresher)},
			})
		}},
		{"performance", false, func(n *yaml.Node, p string) {
			f.Performance = &Performance{}
			d.mapping(n, p, []field{
				{"review", false, d.cadence(&f.Performance.Review)},
				{"metrics", false, d.metrics(&f.Performance.Metrics)},
			})
		}},
		{"revisions", true, func(n *yaml.Node, p string) { f.Revisions = d.revisions(n, p) }},
		{"branding", false, func(n *yaml.Node, p string) {
			if d.mapping(n, p, d.branding(&f.Branding)) {
				d.commentedColor(resolve(n), p)
			}
		}},
		{"sections", false, func(n *yaml.Node, p string) { f.Sections = d.sections(n, p) }},
	})
	d.checkLanguages(f, langsNode, defaultNode)
	d.checkTexts(f)
	d.checkSections(f)
	return f
}

func (d *decoder) companyFields(c *Company) []field {
	return []field{
		{"name", true, d.str(&c.Name)},
		{"short_name", false, d.str(&c.ShortName)},
		{"offering", false, d.localized(&c.Offering)},
		{"website", false, d.url(&c.Website)},
		{"vision", true, d.localized(&c.Vision)},
		{"mission", true, d.localized(&c.Mission)},
	}
}

func (d *decoder) policyFields(p *Policy) []field {
	return []field{
		{"applies_to", false, d.localized(&p.AppliesTo)},
		{"expectations", false, d.localized(&p.Expectations)},
		{"effective_date", false, d.date(&p.EffectiveDate)},
	}
}

func (d *decoder) contactsFields(c *Contacts) []field {
	return []field{
		{"support_email", false, d.email(&c.SupportEmail)},
		{"policy_owner", false, func(n *yaml.Node, p string) {
			c.PolicyOwner = &Person{}
			d.mapping(n, p, d.personFields(c.PolicyOwner))
		}},
		{"manager", false, func(n *yaml.Node, p string) { c.Manager = &Person{}; d.mapping(n, p, d.personFields(c.Manager)) }},
	}
}

func (d *decoder) personFields(p *Person) []field {
	return []field{
		{"name", false, d.str(&p.Name)},
		{"role", false, d.localized(&p.Role)},
		{"email", false, d.email(&p.Email)},
		{"phone", false, d.phone(&p.Phone)},
	}
}

func (d *decoder) channelsFields(c *Channels) []field {
	return []field{
		{"phone", false, func(n *yaml.Node, p string) {
			c.Phone = &PhoneChannel{}
			d.mapping(n, p, []field{
				{"answer_within", false, d.duration(&c.Phone.AnswerWithin, true)},
				{"voicemail_check_every", false, d.duration(&c.Phone.VoicemailCheckEvery, false)},
				{"voicemail_return_within", false, d.duration(&c.Phone.VoicemailReturnWithin, false)},
				{"callback", false, d.boolean(&c.Phone.Callback)},
				{"hours", false, d.localized(&c.Phone.Hours)},
			})
		}},
		{"email", false, func(n *yaml.Node, p string) {
			c.Email = &EmailChannel{}
			d.mapping(n, p, []field{
				{"respond_within", false, d.duration(&c.Email.RespondWithin, false)},
				{"auto_reply", false, d.boolean(&c.Email.AutoReply)},
			})
		}},
		{"live_chat", false, func(n *yaml.Node, p string) {
			c.LiveChat = &LiveChatChannel{}
			d.mapping(n, p, []field{
				{"respond_within", false, d.duration(&c.LiveChat.RespondWithin, false)},
				{"offline_message", false, d.boolean(&c.LiveChat.OfflineMessage)},
				{"hours", false, d.localized(&c.LiveChat.Hours)},
			})
		}},
		{"in_person", false, func(n *yaml.Node, p string) {
			c.InPerson = &InPersonChannel{}
			d.mapping(n, p, []field{{"greet_within", false, d.duration(&c.InPerson.GreetWithin, false)}})
		}},
		{"social_media", false, func(n *yaml.Node, p string) {
			c.SocialMedia = &SocialMediaChannel{}
			d.mapping(n, p, []field{{"respond_within", false, d.duration(&c.SocialMedia.RespondWithin, false)}})
		}},
		{"opening_hours", false, d.localized(&c.OpeningHours)},
	}
}

func (d *decoder) complaintsFields(c *Complaints) []field {
	return []field{
		{"acknowledge_within", false, d.duration(&c.AcknowledgeWithin, false)},
		{"respond_within", false, d.duration(&c.RespondWithin, false)},
		{"review", false, d.cadence(&c.Review)},
		{"tracking_system", false, d.str(&c.TrackingSystem)},
		{"review_site", false, d.str(&c.ReviewSite)},
	}
}

func (d *decoder) escalation(n *yaml.Node, path string, e *Escalation) {
	var levelNodes []*yaml.Node
	d.mapping(n, path, []field{
		{"resolve_within", false, d.duration(&e.ResolveWithin, false)},
		{"contacts", false, func(n *yaml.Node, p string) {
			d.list(n, p, "escalation contacts", func(n *yaml.Node, p string) {
				var c EscalationContact
				var levelNode *yaml.Node
				d.mapping(n, p, []field{
					{"level", true, func(n *yaml.Node, p string) { levelNode = resolve(n); c.Level = d.level(n, p) }},
					{"role", false, d.localized(&c.Role)},
					{"name", false, d.str(&c.Name)},
					{"email", false, d.email(&c.Email)},
					{"phone", false, d.phone(&c.Phone)},
					{"contact_by", false, d.contactBy(&c.ContactBy)},
					{"available", false, d.localized(&c.Available)},
				})
				e.Contacts = append(e.Contacts, c)
				levelNodes = append(levelNodes, levelNode)
			})
		}},
	})
	d.checkLevels(e.Contacts, levelNodes, join(path, "contacts"))
}

// checkLevels requires levels to be unique and listed from the lowest up.
func (d *decoder) checkLevels(contacts []EscalationContact, nodes []*yaml.Node, path string) {
	firstAt := map[int]int{}
	highest := 0
	for i, c := range contacts {
		if c.Level <= 0 {
			continue
		}
		p := join(index(path, i), "level")
		if j, dup := firstAt[c.Level]; dup {
			d.add(nodes[i], p, "duplicate_level", fmt.Sprintf("level %d is already used by %s; give each contact its own level",
				c.Level, index(path, j)), "")
			continue
		}
		firstAt[c.Level] = i
		if c.Level < highest {
			d.add(nodes[i], p, "levels_not_ascending", fmt.Sprintf("level %d comes after level %d; list contacts from the lowest level up",
				c.Level, highest), "")
		}
		highest = max(highest, c.Level)
	}
}

func (d *decoder) revisions(n *yaml.Node, path string) []Revision {
	var revs []Revision
	var versionNodes, dateNodes []*yaml.Node
	d.list(n, path, "revisions", func(n *yaml.Node, p string) {
		var r Revision
		var vn, dn *yaml.Node
		d.mapping(n, p, []field{
			{"version", true, func(n *yaml.Node, p string) { vn = resolve(n); d.str(&r.Version)(n, p) }},
			{"date", true, func(n *yaml.Node, p string) { dn = resolve(n); d.date(&r.Date)(n, p) }},
			{"author", false, d.str(&r.Author)},
			{"approved_by", false, d.str(&r.ApprovedBy)},
			{"changes", false, func(n *yaml.Node, p string) {
				d.list(n, p, "texts", func(n *yaml.Node, p string) { r.Changes = append(r.Changes, d.localizedValue(n, p)) })
			}},
		})
		revs = append(revs, r)
		versionNodes, dateNodes = append(versionNodes, vn), append(dateNodes, dn)
	})
	if resolve(n).Kind == yaml.SequenceNode && len(revs) == 0 {
		d.add(resolve(n), path, "missing_field", "at least one revision is required", `for example: - {version: "1.0", date: 2026-01-15}`)
	}
	firstAt := map[string]int{}
	for i, r := range revs {
		if r.Version == "" {
			continue
		}
		if j, dup := firstAt[r.Version]; dup {
			d.add(versionNodes[i], join(index(path, i), "version"), "duplicate_version",
				fmt.Sprintf("version %q is already used by %s; give each revision its own version", r.Version, index(path, j)), "")
			continue
		}
		firstAt[r.Version] = i
	}
	d.checkRevisionDates(revs, dateNodes, path)
	return revs
}

// checkRevisionDates reports each revision dated after a later one. Linear: it compares
// each date with the earliest date that follows it.
func (d *decoder) checkRevisionDates(revs []Revision, nodes []*yaml.Node, path string) {
	earliest := -1 // index of the earliest dated revision after i
	for i := len(revs) - 1; i >= 0; i-- {
		if revs[i].Date.IsZero() {
			continue
		}
		if earliest >= 0 && revs[i].Date.Time().After(revs[earliest].Date.Time()) {
			later := revs[earliest]
			d.add(nodes[i], join(index(path, i), "date"), "revision_date_order",
				fmt.Sprintf("%s is after %s, the date of the later %s (version %q); list revisions oldest first",
					revs[i].Date, later.Date, index(path, earliest), later.Version), "")
		}
		if earliest < 0 || !revs[i].Date.Time().After(revs[earliest].Date.Time()) {
			earliest = i
		}
	}
}

func (d *decoder) languages(n *yaml.Node, path string) []string {
	var langs []string
	d.list(n, path, "language tags", func(n *yaml.Node, p string) {
		s, ok := d.text(n, p)
		if !ok {
			return
		}
		switch {
		case !d.isKnown(s):
			d.add(resolve(n), p, "unknown_language", fmt.Sprintf("unknown language %q; known languages: %s", s, quoteList(d.known)),
				d.languageHint(s))
		case slices.Contains(langs, s):
			d.add(resolve(n), p, "duplicate_language", fmt.Sprintf("language %q is listed twice; keep only one", s), "")
		default:
			langs = append(langs, s)
		}
	})
	return langs
}

// checkLanguages settles default_language and checks it against languages.
func (d *decoder) checkLanguages(f *File, langsNode, defaultNode *yaml.Node) {
	if f.DefaultLanguage == "" {
		f.DefaultLanguage = "en"
		if len(f.Languages) > 0 && !slices.Contains(f.Languages, "en") {
			d.add(resolve(langsNode), "default_language", "default_not_in_languages",
				fmt.Sprintf("default_language is not set, so it is \"en\", which is not in languages; set default_language to one of %s",
					quoteList(f.Languages)), "")
		}
		return
	}
	switch {
	case !d.isKnown(f.DefaultLanguage):
		d.add(defaultNode, "default_language", "unknown_language",
			fmt.Sprintf("unknown language %q; known languages: %s", f.DefaultLanguage, quoteList(d.known)), d.languageHint(f.DefaultLanguage))
	case len(f.Languages) > 0 && !slices.Contains(f.Languages, f.DefaultLanguage):
		d.add(defaultNode, "default_language", "default_not_in_languages",
			fmt.Sprintf("%q is not in languages (%s); add it there or choose one of them", f.DefaultLanguage, quoteList(f.Languages)), "")
	}
}

// checkTexts compares every translation map with the languages the file publishes.
func (d *decoder) checkTexts(f *File) {
	def := f.DefaultLanguage
	published := f.Languages
	if len(published) == 0 {
		published = d.known
	}
	for _, t := range d.texts {
		if t.plain {
			d.plainText(t, def, published)
			continue
		}
		if len(t.keys) == 0 {
			continue
		}
		_, hasDefault := t.keys[def]
		for _, lang := range f.Languages {
			if _, ok := t.keys[lang]; ok {
				continue
			}
			if hasDefault {
				d.warn(t.at, t.field, "text_fallback", fmt.Sprintf("no %s text; the %s text (default_language) will be used",
					languageName(lang), languageName(def)))
			}
		}
		if !hasDefault && (len(f.Languages) == 0 || !coversAll(t.keys, f.Languages)) {
			d.add(t.at, t.field, "missing_text", fmt.Sprintf("no %s text (default_language); add an entry for %q; "+
				"it is used for every language the translation leaves out", languageName(def), def), "")
		}
		if len(f.Languages) == 0 {
			continue
		}
		for _, lang := range sortedKeys(t.keys) {
			if !slices.Contains(f.Languages, lang) && d.isKnown(lang) {
				d.warn(t.keys[lang], join(t.field, lang), "unused_text",
					fmt.Sprintf("%s text is given but %q is not in languages, so it is not published", languageName(lang), lang))
			}
		}
	}
}

// plainText warns that a plain string, which is default_language text, will stand untranslated
// in the documents of every other published language.
func (d *decoder) plainText(t textRef, def string, published []string) {
	var others []string
	for _, lang := range published {
		if lang != def {
			others = append(others, languageName(lang))
		}
	}
	if len(others) == 0 {
		return
	}
	d.warn(t.at, t.field, "text_fallback", fmt.Sprintf("a plain string is %s text (default_language), so the %s documents will show it untranslated; "+
		"write it per language, like {%s: …, %s: …}", languageName(def), joinAnd(others), def, firstOther(published, def)))
}

func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func firstOther(langs []string, def string) string {
	for _, l := range langs {
		if l != def {
			return l
		}
	}
	return def
}

func coversAll(keys map[string]*yaml.Node, langs []string) bool {
	for _, l := range langs {
		if _, ok := keys[l]; !ok {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]*yaml.Node) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Resolve returns the text for lang: its own entry, else the defaultLang entry (fellBack is
// then true), else the one text for every language.
func (t LocalizedText) Resolve(lang, defaultLang string) (text string, fellBack bool) {
	if t.ByLang == nil {
		return t.All, t.All != "" && lang != defaultLang
	}
	if s, ok := t.ByLang[lang]; ok {
		return s, false
	}
	if s, ok := t.ByLang[defaultLang]; ok {
		return s, true
	}
	return t.All, true
}
