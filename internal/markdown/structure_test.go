package markdown_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// writeCompany writes a company file for one test and returns its path.
func writeCompany(t *testing.T, yaml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "company.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// message is a message of the built-in locale lang as the documents print it (spaces plain,
// the language's apostrophe).
func message(t *testing.T, lang, id string, data map[string]any) string {
	t.Helper()
	cat, _ := shared(t)
	lz, err := cat.Localizer(lang)
	if err != nil {
		t.Fatal(err)
	}
	s, err := lz.Message(id, data)
	if err != nil {
		t.Fatal(err)
	}
	if ap := lz.Typography().Apostrophe; ap != "" {
		s = strings.ReplaceAll(s, "'", ap) // as typography prints "company's"
	}
	return strings.ReplaceAll(s, "\u00a0", " ")
}

const structureCompany = `company:
  name: Acme Ltd
  vision: We lead.
  mission: We help.
contacts:
  manager: {name: Jan Nowak, role: Head of Service}
channels:
  phone:
    answer_within: 3 rings
    voicemail_check_every: 2h
    callback: %s
%s
revisions:
  - {version: "1.0", date: 2026-03-02%s}
`

// structureFile is a small company file: phone with voicemail and the given callback and
// phone lines (indented under phone:), and the first revision's extra fields.
func structureFile(t *testing.T, callback, phone, revision string) string {
	t.Helper()
	return writeCompany(t, fmt.Sprintf(structureCompany, callback, phone, revision))
}

// Without a callback the documents say nothing about one: no rule for staff can come from a
// feature the company does not have, and the voicemail rule is the only state of a missed call.
func TestNoCallbackSentenceWithoutCallback(t *testing.T) {
	off, on := structureFile(t, "false", "", ""), structureFile(t, "true", "", "")
	for _, lang := range languages {
		yes := message(t, lang, "common.phone.callback_yes", nil)
		for _, variant := range []string{"procedures", "handbook"} {
			got, _ := renderIn(t, off, variant, lang)
			if strings.Contains(got, yes) {
				t.Errorf("%s/%s: callback rule printed with callback: false", lang, variant)
			}
			if lang == "en" && regexp.MustCompile(`(?i)call(ed)? back|callback`).MatchString(got) {
				t.Errorf("en/%s speaks of a callback the company does not offer", variant)
			}
			got, _ = renderIn(t, on, variant, lang)
			if n := strings.Count(got, yes); n != 1 {
				t.Errorf("%s/%s: callback rule printed %d times with callback: true, want 1", lang, variant, n)
			}
		}
	}
}

// The checklist checks staffing once per channel that has opening hours, with those hours, and
// never with a blanket "every channel is staffed throughout its opening hours", which repeated
// the channel's own item and spoke of hours for channels that have none.
func TestOpeningHoursItemOnlyWithHours(t *testing.T) {
	without := structureFile(t, "false", "", "")
	with := structureFile(t, "false", "    hours: Mon–Fri 8–16", "")
	for _, lang := range languages {
		blanket := message(t, lang, "checklist.accessibility.monitored", nil)
		phone, _, _ := strings.Cut(message(t, lang, "checklist.response.phone_hours", map[string]any{"Hours": "\x00"}), "\x00")
		got, _ := renderIn(t, without, "checklist", lang)
		if strings.Contains(got, blanket) {
			t.Errorf("%s: blanket opening-hours item without hours", lang)
		}
		got, _ = renderIn(t, with, "checklist", lang)
		if strings.Contains(got, blanket) {
			t.Errorf("%s: blanket opening-hours item repeats the phone-hours item", lang)
		}
		if n := strings.Count(strings.NewReplacer("\u00a0", " ", "\u2060", "").Replace(got), phone); n != 1 {
			t.Errorf("%s: phone-hours item printed %d times with phone hours, want 1:\n%s", lang, n, got)
		}
	}
}

// genericRoles are role names nobody in a company file holds: the documents must name the
// real person by their own title, or phrase the step without a role.
var genericRoles = map[string][]string{
	"en": {"customer service manager", "supervisor", "manager on duty", "customer service management"},
	"pl": {"kierownik działu obsługi klienta", "kierownika działu obsługi klienta", "kierownikowi działu", "kierownikiem działu", "kierownictwo działu", "pełniącym dyżur"},
	"cs": {"vedoucí zákaznického servisu", "vedoucímu zákaznického servisu", "vedoucím zákaznického servisu", "vedoucího směny", "vedení zákaznického servisu"},
	"fi": {"asiakaspalvelupäällik", "vuorossa oleva", "asiakaspalvelun johto"},
	"zh": {"客户服务经理", "值班主管", "客户服务管理部"},
}

func TestNoGenericRoleNames(t *testing.T) {
	for name, path := range companies {
		for _, lang := range languages {
			for _, variant := range variants {
				got, doc := renderIn(t, path, variant, lang)
				// The company's own job titles may say anything: take them out first.
				var own []string
				if c := doc.Contacts; c != nil {
					if c.Manager != nil {
						own = append(own, string(c.Manager.Role))
					}
					if c.PolicyOwner != nil {
						own = append(own, string(c.PolicyOwner.Role))
					}
				}
				if e := doc.Escalation; e != nil {
					for _, c := range e.Contacts {
						own = append(own, string(c.Role))
					}
				}
				text := strings.ToLower(got)
				for _, r := range own {
					if r != "" {
						text = strings.ReplaceAll(text, strings.ToLower(r), "")
					}
				}
				for _, role := range genericRoles[lang] {
					if strings.Contains(text, role) {
						t.Errorf("%s/%s/%s names the generic role %q", name, lang, variant, role)
					}
				}
			}
		}
	}
}

// The complaint steps hand the complaint to the manager by name and title when there is one;
// the standing review is a sentence after the steps, not a step.
func TestComplaintStepsNameThePersonAndEndWithTheProcedure(t *testing.T) {
	withManager := structureFile(t, "false", "", "")
	step := regexp.MustCompile(`(?m)^\d+\. `)
	for _, lang := range languages {
		for _, variant := range []string{"procedures", "handbook"} {
			got, _ := renderIn(t, withManager, variant, lang)
			person := message(t, lang, "common.person.name_role", map[string]any{"Name": "Jan Nowak", "Role": "Head of Service"})
			if !strings.Contains(got, person) {
				t.Errorf("%s/%s: the complaint steps do not name %q", lang, variant, person)
			}
			review := message(t, lang, "common.complaints.review", nil)
			i := strings.Index(got, review)
			if i < 0 {
				t.Fatalf("%s/%s: no complaint review sentence", lang, variant)
			}
			line := got[strings.LastIndex(got[:i], "\n")+1:]
			if step.MatchString(line) {
				t.Errorf("%s/%s: the complaint review is a numbered step: %q", lang, variant, line[:40])
			}
		}
	}
}

// Contractors are bound through their contracts: one sentence in the scope and one in the
// enforcement clause, also when the company file words the scope itself.
func TestHandbookBindsContractorsThroughTheirContracts(t *testing.T) {
	for _, name := range []string{"complete", "minimal"} {
		for _, lang := range languages {
			got, _ := renderIn(t, companies[name], "handbook", lang)
			for _, id := range []string{"handbook.scope.contractors", "handbook.enforcement.contractors"} {
				if n := strings.Count(got, message(t, lang, id, nil)); n != 1 {
					t.Errorf("%s/%s: %s printed %d times, want 1", name, lang, id, n)
				}
			}
		}
	}
}

// The checklist gives the person responsible and the deadline of each unticked item a place,
// and a sign-off block.
func TestChecklistHasFollowUpTableAndSignOff(t *testing.T) {
	for _, lang := range languages {
		got, _ := renderIn(t, companies["minimal"], "checklist", lang)
		header := "| " + message(t, lang, "checklist.followup.col_item", nil) + " | " +
			message(t, lang, "checklist.followup.col_person", nil) + " | " +
			message(t, lang, "checklist.followup.col_deadline", nil) + " |\n|---|---|---|\n"
		i := strings.Index(got, header)
		if i < 0 {
			t.Fatalf("%s: no follow-up table", lang)
		}
		rows := 0
		for _, l := range strings.Split(got[i+len(header):], "\n") {
			if !strings.HasPrefix(l, "|") {
				break
			}
			rows++
		}
		if rows < 3 {
			t.Errorf("%s: %d blank rows in the follow-up table, want at least 3", lang, rows)
		}
		for _, id := range []string{"checklist.followup.checked_by", "checklist.followup.date", "checklist.followup.signature"} {
			if !strings.Contains(got[i:], message(t, lang, id, nil)) {
				t.Errorf("%s: no %s line after the table", lang, id)
			}
		}
	}
}

// The handbook ends with the day the policy takes effect: its effective date when the company
// file gives one, else the newest revision's date; never the issue date and version again.
func TestHandbookSaysWhenThePolicyTakesEffect(t *testing.T) {
	for name, want := range map[string]string{
		"complete": "This policy takes effect on 1 March 2025.",
		"minimal":  "This policy takes effect on 15 January 2026.",
	} {
		got, _ := render(t, companies[name], "handbook")
		if !strings.Contains(got, want) {
			t.Errorf("%s: no %q", name, want)
		}
		if strings.Contains(got, "(version") {
			t.Errorf("%s: the handbook repeats its version in running text", name)
		}
	}
}

// The guidelines end with an approval block, not a letter closing: the newest revision's
// approver and date, else the company and the date.
func TestGuidelinesEndWithApproval(t *testing.T) {
	approved := structureFile(t, "false", "", ", approved_by: Eva Black")
	unapproved := structureFile(t, "false", "", "")
	for _, lang := range languages {
		got, _ := renderIn(t, approved, "guidelines", lang)
		date := message(t, lang, "date.pattern", map[string]any{"Day": 2, "Month": message(t, lang, "date.month_3", nil), "Year": 2026})
		if !strings.Contains(got, "Eva Black") || !strings.Contains(got, date) {
			t.Errorf("%s: the approval block lacks the approver or the date %q", lang, date)
		}
		got, _ = renderIn(t, unapproved, "guidelines", lang)
		tail := got[strings.LastIndex(got, "\n\n"):]
		if !strings.Contains(tail, "Acme Ltd") || !strings.Contains(tail, date) {
			t.Errorf("%s: without an approver the guidelines do not end with the company and date: %q", lang, tail)
		}
	}
	got, _ := render(t, approved, "guidelines")
	for _, closing := range []string{"Yours sincerely", "Kind regards", "**Jan Nowak**"} {
		if strings.Contains(got, closing) {
			t.Errorf("the guidelines end like a letter: %q", closing)
		}
	}
}
