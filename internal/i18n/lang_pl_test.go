package i18n

import (
	"testing"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/locales"
)

// plAmounts are the amounts every Polish duration row is checked at: one (1), few (2–4, 22),
// many (5, 12, 21, 25, 100) and other (1.5, a decimal).
var plAmounts = []string{"1", "2", "3", "4", "5", "12", "21", "22", "25", "100", "1.5"}

// localizerFor is the built-in locale tag's localizer.
func localizerFor(t *testing.T, tag string) *Localizer {
	t.Helper()
	cat, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	lz, err := cat.Localizer(tag)
	if err != nil {
		t.Fatal(err)
	}
	return lz
}

func TestDurationsPL(t *testing.T) {
	lz := localizerFor(t, "pl")
	rows := []struct {
		ctx  string
		unit config.Unit
		want [11]string
	}{
		{"within", config.Seconds, [11]string{"w ciągu sekundy", "w ciągu dwóch sekund", "w ciągu trzech sekund", "w ciągu czterech sekund", "w ciągu pięciu sekund", "w ciągu 12 sekund", "w ciągu 21 sekund", "w ciągu 22 sekund", "w ciągu 25 sekund", "w ciągu 100 sekund", "w ciągu 1,5 sekundy"}},
		{"within", config.Minutes, [11]string{"w ciągu minuty", "w ciągu dwóch minut", "w ciągu trzech minut", "w ciągu czterech minut", "w ciągu pięciu minut", "w ciągu 12 minut", "w ciągu 21 minut", "w ciągu 22 minut", "w ciągu 25 minut", "w ciągu 100 minut", "w ciągu 90 sekund"}},
		{"within", config.Hours, [11]string{"w ciągu godziny", "w ciągu dwóch godzin", "w ciągu trzech godzin", "w ciągu czterech godzin", "w ciągu pięciu godzin", "w ciągu 12 godzin", "w ciągu 21 godzin", "w ciągu 22 godzin", "w ciągu 25 godzin", "w ciągu 100 godzin", "w ciągu 1,5 godziny"}},
		{"within", config.Days, [11]string{"w ciągu doby", "w ciągu dwóch dni", "w ciągu trzech dni", "w ciągu czterech dni", "w ciągu pięciu dni", "w ciągu 12 dni", "w ciągu 21 dni", "w ciągu 22 dni", "w ciągu 25 dni", "w ciągu 100 dni", "w ciągu 1,5 dnia"}},
		{"within", config.BusinessDays, [11]string{"najpóźniej następnego dnia roboczego", "w ciągu dwóch dni roboczych", "w ciągu trzech dni roboczych", "w ciągu czterech dni roboczych", "w ciągu pięciu dni roboczych", "w ciągu 12 dni roboczych", "w ciągu 21 dni roboczych", "w ciągu 22 dni roboczych", "w ciągu 25 dni roboczych", "w ciągu 100 dni roboczych", "w ciągu 1,5 dnia roboczego"}},
		{"within", config.Weeks, [11]string{"w ciągu tygodnia", "w ciągu dwóch tygodni", "w ciągu trzech tygodni", "w ciągu czterech tygodni", "w ciągu pięciu tygodni", "w ciągu 12 tygodni", "w ciągu 21 tygodni", "w ciągu 22 tygodni", "w ciągu 25 tygodni", "w ciągu 100 tygodni", "w ciągu 1,5 tygodnia"}},
		{"within", config.Rings, [11]string{"najpóźniej po pierwszym sygnale", "najpóźniej po drugim sygnale", "najpóźniej po trzecim sygnale", "najpóźniej po czwartym sygnale", "najpóźniej po piątym sygnale", "najpóźniej po 12. sygnale", "najpóźniej po 21. sygnale", "najpóźniej po 22. sygnale", "najpóźniej po 25. sygnale", "najpóźniej po 100. sygnale", "najpóźniej po 1,5 sygnałach"}},

		{"every", config.Seconds, [11]string{"co sekundę", "co dwie sekundy", "co trzy sekundy", "co cztery sekundy", "co pięć sekund", "co 12 sekund", "co 21 sekund", "co 22 sekundy", "co 25 sekund", "co 100 sekund", "co 1,5 sekundy"}},
		{"every", config.Minutes, [11]string{"co minutę", "co dwie minuty", "co trzy minuty", "co cztery minuty", "co pięć minut", "co 12 minut", "co 21 minut", "co 22 minuty", "co 25 minut", "co 100 minut", "co 90 sekund"}},
		{"every", config.Hours, [11]string{"co godzinę", "co dwie godziny", "co trzy godziny", "co cztery godziny", "co pięć godzin", "co 12 godzin", "co 21 godzin", "co 22 godziny", "co 25 godzin", "co 100 godzin", "co 1,5 godziny"}},
		{"every", config.Days, [11]string{"codziennie", "co dwa dni", "co trzy dni", "co cztery dni", "co pięć dni", "co 12 dni", "co 21 dni", "co 22 dni", "co 25 dni", "co 100 dni", "co 1,5 dnia"}},
		{"every", config.BusinessDays, [11]string{"w każdy dzień roboczy", "co dwa dni robocze", "co trzy dni robocze", "co cztery dni robocze", "co pięć dni roboczych", "co 12 dni roboczych", "co 21 dni roboczych", "co 22 dni robocze", "co 25 dni roboczych", "co 100 dni roboczych", "co 1,5 dnia roboczego"}},
		{"every", config.Weeks, [11]string{"co tydzień", "co dwa tygodnie", "co trzy tygodnie", "co cztery tygodnie", "co pięć tygodni", "co 12 tygodni", "co 21 tygodni", "co 22 tygodnie", "co 25 tygodni", "co 100 tygodni", "co 1,5 tygodnia"}},
		{"every", config.Rings, [11]string{"przy każdym sygnale", "co dwa sygnały", "co trzy sygnały", "co cztery sygnały", "co pięć sygnałów", "co 12 sygnałów", "co 21 sygnałów", "co 22 sygnały", "co 25 sygnałów", "co 100 sygnałów", "co 1,5 sygnału"}},

		{"plain", config.Seconds, [11]string{"1 sekunda", "dwie sekundy", "trzy sekundy", "cztery sekundy", "pięć sekund", "12 sekund", "21 sekund", "22 sekundy", "25 sekund", "100 sekund", "1,5 sekundy"}},
		{"plain", config.Minutes, [11]string{"1 minuta", "dwie minuty", "trzy minuty", "cztery minuty", "pięć minut", "12 minut", "21 minut", "22 minuty", "25 minut", "100 minut", "90 sekund"}},
		{"plain", config.Hours, [11]string{"1 godzina", "dwie godziny", "trzy godziny", "cztery godziny", "pięć godzin", "12 godzin", "21 godzin", "22 godziny", "25 godzin", "100 godzin", "1,5 godziny"}},
		{"plain", config.Days, [11]string{"1 dzień", "dwa dni", "trzy dni", "cztery dni", "pięć dni", "12 dni", "21 dni", "22 dni", "25 dni", "100 dni", "1,5 dnia"}},
		{"plain", config.BusinessDays, [11]string{"1 dzień roboczy", "dwa dni robocze", "trzy dni robocze", "cztery dni robocze", "pięć dni roboczych", "12 dni roboczych", "21 dni roboczych", "22 dni robocze", "25 dni roboczych", "100 dni roboczych", "1,5 dnia roboczego"}},
		{"plain", config.Weeks, [11]string{"1 tydzień", "dwa tygodnie", "trzy tygodnie", "cztery tygodnie", "pięć tygodni", "12 tygodni", "21 tygodni", "22 tygodnie", "25 tygodni", "100 tygodni", "1,5 tygodnia"}},
		{"plain", config.Rings, [11]string{"1 sygnał", "dwa sygnały", "trzy sygnały", "cztery sygnały", "pięć sygnałów", "12 sygnałów", "21 sygnałów", "22 sygnały", "25 sygnałów", "100 sygnałów", "1,5 sygnału"}},
	}
	for _, r := range rows {
		for i, n := range plAmounts {
			got, err := lz.Duration(r.ctx, config.Duration{Amount: n, Unit: r.unit})
			if err != nil {
				t.Errorf("%s %s %s: %v", r.ctx, r.unit, n, err)
				continue
			}
			if got != r.want[i] {
				t.Errorf("%s %s %s = %q, want %q", r.ctx, r.unit, n, got, r.want[i])
			}
		}
	}
	for _, w := range lz.Warnings() {
		t.Errorf("warning: %s", w.Message)
	}
}

func TestDatesPL(t *testing.T) {
	lz := localizerFor(t, "pl")
	for _, c := range []struct {
		month, day int
		want       string
	}{
		{1, 23, "23 stycznia 2026"},
		{2, 23, "23 lutego 2026"},
		{3, 23, "23 marca 2026"},
		{4, 23, "23 kwietnia 2026"},
		{5, 23, "23 maja 2026"},
		{6, 23, "23 czerwca 2026"},
		{7, 23, "23 lipca 2026"},
		{8, 23, "23 sierpnia 2026"},
		{9, 23, "23 września 2026"},
		{10, 23, "23 października 2026"},
		{11, 23, "23 listopada 2026"},
		{12, 23, "23 grudnia 2026"},
		{1, 1, "1 stycznia 2026"},
	} {
		got, err := lz.Date(config.Date{Year: 2026, Month: c.month, Day: c.day})
		if err != nil || got != nbsp(c.want) {
			t.Errorf("Date(2026-%02d-%02d) = %q, %v; want %q", c.month, c.day, got, err, c.want)
		}
		// In running text a Polish date ends in "r." (roku), bound to the year.
		got, err = lz.DateInText(config.Date{Year: 2026, Month: c.month, Day: c.day})
		if err != nil || got != nbsp(c.want+" r.") {
			t.Errorf("DateInText(2026-%02d-%02d) = %q, %v; want %q", c.month, c.day, got, err, c.want+" r.")
		}
	}
	for _, w := range lz.Warnings() {
		t.Errorf("warning: %s", w.Message)
	}
}
