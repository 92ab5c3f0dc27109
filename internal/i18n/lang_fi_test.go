package i18n

import (
	"testing"

	"github.com/policygen/policygen/internal/config"
)

// fiAmounts are the amounts every row of TestDurationsFI gives a phrase for, in this order.
var fiAmounts = []string{"1", "2", "3", "4", "5", "12", "21", "22", "25", "100", "1.5"}

func TestDurationsFI(t *testing.T) {
	lz := localizerFor(t, "fi")
	for _, row := range []struct {
		context string
		unit    config.Unit
		want    [11]string
	}{
		{"within", config.Seconds, [11]string{"sekunnin kuluessa", "kahden sekunnin kuluessa", "kolmen sekunnin kuluessa", "neljän sekunnin kuluessa", "viiden sekunnin kuluessa", "12 sekunnin kuluessa", "21 sekunnin kuluessa", "22 sekunnin kuluessa", "25 sekunnin kuluessa", "100 sekunnin kuluessa", "1,5 sekunnin kuluessa"}},
		{"within", config.Minutes, [11]string{"minuutin kuluessa", "kahden minuutin kuluessa", "kolmen minuutin kuluessa", "neljän minuutin kuluessa", "viiden minuutin kuluessa", "12 minuutin kuluessa", "21 minuutin kuluessa", "22 minuutin kuluessa", "25 minuutin kuluessa", "100 minuutin kuluessa", "90 sekunnin kuluessa"}},
		{"within", config.Hours, [11]string{"tunnin kuluessa", "kahden tunnin kuluessa", "kolmen tunnin kuluessa", "neljän tunnin kuluessa", "viiden tunnin kuluessa", "12 tunnin kuluessa", "21 tunnin kuluessa", "22 tunnin kuluessa", "25 tunnin kuluessa", "100 tunnin kuluessa", "1,5 tunnin kuluessa"}},
		{"within", config.Days, [11]string{"vuorokauden kuluessa", "kahden päivän kuluessa", "kolmen päivän kuluessa", "neljän päivän kuluessa", "viiden päivän kuluessa", "12 päivän kuluessa", "21 päivän kuluessa", "22 päivän kuluessa", "25 päivän kuluessa", "100 päivän kuluessa", "1,5 päivän kuluessa"}},
		{"within", config.BusinessDays, [11]string{"yhden työpäivän kuluessa", "kahden työpäivän kuluessa", "kolmen työpäivän kuluessa", "neljän työpäivän kuluessa", "viiden työpäivän kuluessa", "12 työpäivän kuluessa", "21 työpäivän kuluessa", "22 työpäivän kuluessa", "25 työpäivän kuluessa", "100 työpäivän kuluessa", "1,5 työpäivän kuluessa"}},
		{"within", config.Weeks, [11]string{"viikon kuluessa", "kahden viikon kuluessa", "kolmen viikon kuluessa", "neljän viikon kuluessa", "viiden viikon kuluessa", "12 viikon kuluessa", "21 viikon kuluessa", "22 viikon kuluessa", "25 viikon kuluessa", "100 viikon kuluessa", "1,5 viikon kuluessa"}},
		{"within", config.Rings, [11]string{"viimeistään ensimmäisellä hälytyksellä", "viimeistään toisella hälytyksellä", "viimeistään kolmannella hälytyksellä", "viimeistään neljännellä hälytyksellä", "viimeistään viidennellä hälytyksellä", "viimeistään 12. hälytyksellä", "viimeistään 21. hälytyksellä", "viimeistään 22. hälytyksellä", "viimeistään 25. hälytyksellä", "viimeistään 100. hälytyksellä", "viimeistään 1,5. hälytyksellä"}},

		{"every", config.Seconds, [11]string{"sekunnin välein", "kahden sekunnin välein", "kolmen sekunnin välein", "neljän sekunnin välein", "viiden sekunnin välein", "12 sekunnin välein", "21 sekunnin välein", "22 sekunnin välein", "25 sekunnin välein", "100 sekunnin välein", "1,5 sekunnin välein"}},
		{"every", config.Minutes, [11]string{"minuutin välein", "kahden minuutin välein", "kolmen minuutin välein", "neljän minuutin välein", "viiden minuutin välein", "12 minuutin välein", "21 minuutin välein", "22 minuutin välein", "25 minuutin välein", "100 minuutin välein", "90 sekunnin välein"}},
		{"every", config.Hours, [11]string{"tunnin välein", "kahden tunnin välein", "kolmen tunnin välein", "neljän tunnin välein", "viiden tunnin välein", "12 tunnin välein", "21 tunnin välein", "22 tunnin välein", "25 tunnin välein", "100 tunnin välein", "1,5 tunnin välein"}},
		{"every", config.Days, [11]string{"päivittäin", "kahden päivän välein", "kolmen päivän välein", "neljän päivän välein", "viiden päivän välein", "12 päivän välein", "21 päivän välein", "22 päivän välein", "25 päivän välein", "100 päivän välein", "1,5 päivän välein"}},
		{"every", config.BusinessDays, [11]string{"joka työpäivä", "kahden työpäivän välein", "kolmen työpäivän välein", "neljän työpäivän välein", "viiden työpäivän välein", "12 työpäivän välein", "21 työpäivän välein", "22 työpäivän välein", "25 työpäivän välein", "100 työpäivän välein", "1,5 työpäivän välein"}},
		{"every", config.Weeks, [11]string{"viikoittain", "kahden viikon välein", "kolmen viikon välein", "neljän viikon välein", "viiden viikon välein", "12 viikon välein", "21 viikon välein", "22 viikon välein", "25 viikon välein", "100 viikon välein", "1,5 viikon välein"}},
		{"every", config.Rings, [11]string{"joka hälytyksellä", "2 hälytyksen välein", "3 hälytyksen välein", "4 hälytyksen välein", "5 hälytyksen välein", "12 hälytyksen välein", "21 hälytyksen välein", "22 hälytyksen välein", "25 hälytyksen välein", "100 hälytyksen välein", "1,5 hälytyksen välein"}},

		{"plain", config.Seconds, [11]string{"1 sekunti", "2 sekuntia", "3 sekuntia", "4 sekuntia", "5 sekuntia", "12 sekuntia", "21 sekuntia", "22 sekuntia", "25 sekuntia", "100 sekuntia", "1,5 sekuntia"}},
		{"plain", config.Minutes, [11]string{"1 minuutti", "2 minuuttia", "3 minuuttia", "4 minuuttia", "5 minuuttia", "12 minuuttia", "21 minuuttia", "22 minuuttia", "25 minuuttia", "100 minuuttia", "90 sekuntia"}},
		{"plain", config.Hours, [11]string{"1 tunti", "2 tuntia", "3 tuntia", "4 tuntia", "5 tuntia", "12 tuntia", "21 tuntia", "22 tuntia", "25 tuntia", "100 tuntia", "1,5 tuntia"}},
		{"plain", config.Days, [11]string{"1 päivä", "2 päivää", "3 päivää", "4 päivää", "5 päivää", "12 päivää", "21 päivää", "22 päivää", "25 päivää", "100 päivää", "1,5 päivää"}},
		{"plain", config.BusinessDays, [11]string{"1 työpäivä", "2 työpäivää", "3 työpäivää", "4 työpäivää", "5 työpäivää", "12 työpäivää", "21 työpäivää", "22 työpäivää", "25 työpäivää", "100 työpäivää", "1,5 työpäivää"}},
		{"plain", config.Weeks, [11]string{"1 viikko", "2 viikkoa", "3 viikkoa", "4 viikkoa", "5 viikkoa", "12 viikkoa", "21 viikkoa", "22 viikkoa", "25 viikkoa", "100 viikkoa", "1,5 viikkoa"}},
		{"plain", config.Rings, [11]string{"1 hälytys", "2 hälytystä", "3 hälytystä", "4 hälytystä", "5 hälytystä", "12 hälytystä", "21 hälytystä", "22 hälytystä", "25 hälytystä", "100 hälytystä", "1,5 hälytystä"}},
	} {
		for i, amount := range fiAmounts {
			got, err := lz.Duration(row.context, config.Duration{Amount: amount, Unit: row.unit})
			if err != nil {
				t.Errorf("%s %s %s: %v", row.context, row.unit, amount, err)
				continue
			}
			if got != row.want[i] {
				t.Errorf("%s %s %s = %q, want %q", row.context, row.unit, amount, got, row.want[i])
			}
		}
	}
	if w := lz.Warnings(); len(w) != 0 {
		t.Errorf("unexpected warnings: %v", w)
	}
}

func TestDatesFI(t *testing.T) {
	lz := localizerFor(t, "fi")
	for _, tc := range []struct {
		month, day int
		want       string
	}{
		{1, 23, "23. tammikuuta 2026"},
		{2, 23, "23. helmikuuta 2026"},
		{3, 23, "23. maaliskuuta 2026"},
		{4, 23, "23. huhtikuuta 2026"},
		{5, 23, "23. toukokuuta 2026"},
		{6, 23, "23. kesäkuuta 2026"},
		{7, 23, "23. heinäkuuta 2026"},
		{8, 23, "23. elokuuta 2026"},
		{9, 23, "23. syyskuuta 2026"},
		{10, 23, "23. lokakuuta 2026"},
		{11, 23, "23. marraskuuta 2026"},
		{12, 23, "23. joulukuuta 2026"},
		{1, 1, "1. tammikuuta 2026"},
	} {
		got, err := lz.Date(config.Date{Year: 2026, Month: tc.month, Day: tc.day})
		if err != nil || got != nbsp(tc.want) {
			t.Errorf("Date(2026-%02d-%02d) = %q, %v; want %q", tc.month, tc.day, got, err, tc.want)
		}
	}
	if w := lz.Warnings(); len(w) != 0 {
		t.Errorf("unexpected warnings: %v", w)
	}
}
