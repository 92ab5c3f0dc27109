package markdown_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// bakery is a one-town company with a single revision, no website, no live chat and no
// feedback section; its approver is also its policy owner and an escalation contact.
const bakery = "testdata/bakery.yaml"

// plainText drops the typography marks the content tests do not read.
func plainText(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u2060", "", "\\", "").Replace(s)
}

// The approver is named with their job title when the company file lists them as a contact,
// and with the name alone otherwise; never with the company's name after a person.
func TestApproverNamedWithTitle(t *testing.T) {
	data, err := os.ReadFile(bakery)
	if err != nil {
		t.Fatal(err)
	}
	stranger := writeCompany(t, strings.Replace(string(data), "approved_by: Magdalena Zając", "approved_by: Jan Nowak", 1))
	roles := map[string]string{"en": "Head of Shops", "pl": "kierowniczka sieci sklepów", "fi": "myymäläketjun päällikkö", "cs": "vedoucí prodejen", "zh": "门店总监"}
	for _, lang := range languages {
		got, _ := renderIn(t, bakery, "guidelines", lang)
		got = plainText(got)
		want := message(t, lang, "guidelines.closing.approved", map[string]any{
			"Name": message(t, lang, "common.person.name_role", map[string]any{"Name": "Magdalena Zając", "Role": roles[lang]}),
			"Date": "\x00",
		})
		head, _, _ := strings.Cut(want, "\x00")
		if !strings.Contains(got, head) {
			t.Errorf("%s: approval block lacks %q:\n%s", lang, head, got)
		}
		if strings.Contains(got, "Zając, Piekarnia") || strings.Contains(got, "Zając（Piekarnia") {
			t.Errorf("%s: the company name follows the approver", lang)
		}
		got, _ = renderIn(t, stranger, "guidelines", lang)
		got = plainText(got)
		line := regexp.MustCompile(`Jan Nowak[^\n]*`).FindString(got)
		if line != "Jan Nowak" {
			t.Errorf("%s: an approver who is no contact is named %q, want the name alone", lang, line)
		}
	}
}

// Every row of the escalation table lists the phone before the e-mail, and the way the
// contact prefers is marked right after it.
func TestEscalationCellPhoneFirst(t *testing.T) {
	for _, lang := range languages {
		got, _ := renderIn(t, bakery, "handbook", lang)
		mark := message(t, lang, "common.contact.preferred", nil)
		rows, marked := 0, 0
		for _, row := range strings.Split(got, "\n") {
			if !strings.HasPrefix(row, "| ") || !strings.Contains(row, "mailto:") || !strings.Contains(row, "tel:") {
				continue
			}
			rows++
			tel, mail := strings.Index(row, "(tel:"), strings.Index(row, "(mailto:")
			if tel > mail {
				t.Errorf("%s: e-mail before phone in %q", lang, row)
			}
			at := strings.Index(row, mark)
			switch {
			case strings.Contains(row, "Ewa Król"): // contact_by: phone
				marked++
				if !(at > tel && at < mail) {
					t.Errorf("%s: phone not marked as preferred in %q", lang, row)
				}
			case strings.Contains(row, "Magdalena Zając"): // contact_by: email
				marked++
				if at < mail {
					t.Errorf("%s: e-mail not marked as preferred in %q", lang, row)
				}
			}
		}
		if rows != 2 || marked != 2 {
			t.Errorf("%s: %d escalation rows with phone and e-mail, %d of them Ewa Król's or Magdalena Zając's, want 2 and 2", lang, rows, marked)
		}
	}
}

// The acknowledgement form says what to do with it before the lines to sign.
func TestAcknowledgementInstructionBeforeSignature(t *testing.T) {
	for _, lang := range languages {
		got, _ := renderIn(t, bakery, "handbook", lang)
		got = plainText(got)
		ret := strings.Index(got, message(t, lang, "handbook.ack.return", nil))
		sig := strings.Index(got, strings.TrimSpace(message(t, lang, "handbook.ack.name", nil)))
		if ret < 0 || sig < 0 || ret > sig {
			t.Errorf("%s: instruction at %d, signature lines at %d: the instruction must come first", lang, ret, sig)
		}
	}
}

// The documents may serve a company in any country: the enforcement and consumer-complaint
// clauses name no statute and no number of days, whatever the language.
func TestLegalClausesJurisdictionNeutral(t *testing.T) {
	statutes := regexp.MustCompile(`(?i)[0-9]|työsopimuslai|kuluttajansuojalaki|zákoník|zákon č|kodeks|ustaw|labour code|act\b|劳动合同法|消费者权益保护法|民法典`)
	for _, lang := range languages {
		for _, id := range []string{"handbook.enforcement.breaches", "handbook.enforcement.contractors", "handbook.revisions.changes", "common.complaints.follow_up", "common.complaints.follow_up_plain"} {
			if s := message(t, lang, id, nil); statutes.MatchString(s) {
				t.Errorf("%s %s cites %q: %s", lang, id, statutes.FindString(s), s)
			}
		}
		if s := message(t, lang, "common.complaints.respond_within", map[string]any{"Within": "W"}); statutes.MatchString(s) {
			t.Errorf("%s common.complaints.respond_within cites %q: %s", lang, statutes.FindString(s), s)
		}
	}
}

// "Every interaction… falls under this policy" follows the sentence on who the policy binds, before the
// contractors' paragraph, so that its subject is the policy.
func TestScopeCoversSentenceFollowsWhoItBinds(t *testing.T) {
	for _, lang := range languages {
		got, _ := renderIn(t, bakery, "handbook", lang)
		got = plainText(got)
		people := message(t, lang, "handbook.scope.people", nil)
		covers := message(t, lang, "handbook.scope.interactions", nil)
		if !strings.Contains(got, people+"\n\n"+covers+"\n\n"+message(t, lang, "handbook.scope.contractors", nil)) {
			t.Errorf("%s: scope is not: who it binds, what it covers, contractors", lang)
		}
	}
}

// Business day is defined, since shops and phones may open on Saturdays.
func TestBusinessDayDefined(t *testing.T) {
	for _, lang := range languages {
		got, _ := renderIn(t, bakery, "handbook", lang)
		got = plainText(got)
		if !strings.Contains(got, "**"+message(t, lang, "handbook.definitions.business_day", nil)+"**") {
			t.Errorf("%s: no definition of business day", lang)
		}
	}
}
