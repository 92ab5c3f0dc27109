package markdown_test

import (
	"regexp"
	"strings"
	"testing"
)

// Words that carry each structural finding, per language.
var (
	formWord  = regexp.MustCompile(`(?i)\bform\b|formularz|formulář|lomake|表格|登记表`)
	queueWord = map[string]string{"en": "queue", "pl": "czek", "cs": "front", "fi": "jono", "zh": "排队"}
	buyWord   = map[string]string{"en": "buys", "pl": "kupuje", "cs": "kupuje", "fi": "ostaa", "zh": "购买"}
	goalBasis = map[string]string{"en": "question", "pl": "pytani", "cs": "otáz", "fi": "kysymyks", "zh": "问题"}
)

// The complaint record says what is written down, not a form that no document supplies; the
// bakery names no tracking system, so its procedure uses this step.
func TestComplaintLogNamesNoForm(t *testing.T) {
	for _, lang := range languages {
		log := message(t, lang, "common.complaints.log", nil)
		if formWord.MatchString(log) {
			t.Errorf("%s: the complaint step refers to a form: %s", lang, log)
		}
		if got, _ := renderIn(t, bakery, "procedures", lang); !strings.Contains(plainText(got), log) {
			t.Errorf("%s: the procedure lacks the complaint record step %q", lang, log)
		}
	}
}

// Voicemail takes the calls nobody answers; a callback is offered to a caller waiting in the
// queue. The two rules never describe the same situation, in procedures, handbook and
// checklist alike.
func TestVoicemailAndCallbackDistinct(t *testing.T) {
	for _, lang := range languages {
		q := queueWord[lang]
		for _, id := range []string{"common.phone.callback_yes", "checklist.response.callback"} {
			if s := message(t, lang, id, nil); !strings.Contains(s, q) {
				t.Errorf("%s %s: the callback is not offered to a caller in the queue (%q): %s", lang, id, q, s)
			}
		}
		for _, id := range []string{"common.phone.voicemail_check", "common.phone.voicemail_return", "common.phone.voicemail_check_return", "checklist.response.voicemail_check", "checklist.response.voicemail_return"} {
			if s := message(t, lang, id, map[string]any{"Every": "E", "Within": "W"}); strings.Contains(s, q) {
				t.Errorf("%s %s: the voicemail rule speaks of the queue: %s", lang, id, s)
			}
		}
		for _, variant := range []string{"procedures", "handbook", "checklist"} {
			if got, _ := renderIn(t, bakery, variant, lang); !strings.Contains(got, q) {
				t.Errorf("%s %s: no queue callback although the bakery offers callbacks", lang, variant)
			}
		}
	}
}

// The "(preferred)" marker is tied to the contact it follows by a no-break space, so no
// renderer can start a line with it; before full-width brackets there is no space at all.
func TestPreferredMarkerTiedToItsContact(t *testing.T) {
	for _, lang := range languages {
		got, _ := renderExact(t, bakery, "handbook", lang)
		mark := message(t, lang, "common.contact.preferred", nil)
		tie := "\u00a0"
		if strings.HasPrefix(mark, "（") {
			tie = ""
		}
		if n := strings.Count(got, ")"+tie+mark); n != 2 {
			t.Errorf("%s: %d markers right after a link with %q before them, want 2", lang, n, tie)
		}
	}
}

// A customer is someone who buys, or asks about, the products or services, not anyone who
// contacts the company (suppliers, authorities).
func TestCustomerDefinitionNarrow(t *testing.T) {
	for _, lang := range languages {
		if s := message(t, lang, "handbook.definitions.customer_text", nil); !strings.Contains(s, buyWord[lang]) {
			t.Errorf("%s: the customer definition does not speak of buying (%q): %s", lang, buyWord[lang], s)
		}
	}
}

// The checklist and the handbook give individual goals one basis: the questions of the
// performance review.
func TestGoalsBasisSameInChecklistAndHandbook(t *testing.T) {
	for _, lang := range languages {
		for _, id := range []string{"checklist.performance.goals", "handbook.performance.plans"} {
			if s := message(t, lang, id, map[string]any{"Section": "S"}); !strings.Contains(s, goalBasis[lang]) {
				t.Errorf("%s %s: goals not based on the review questions (%q): %s", lang, id, goalBasis[lang], s)
			}
		}
	}
}
