package i18n

import (
	"testing"

	"github.com/policygen/policygen/internal/config"
)

// Czech has four plural forms: one (1), few (2–4), many (decimals such as 1,5) and other
// (0, 5 and up, including 21 and 22). Each context governs its own case: "do" takes the
// genitive (do 1 hodiny, do 5 hodin), "každý" the accusative (každou hodinu, každé 2 hodiny,
// každých 5 hodin), and a bare amount is in the nominative (1 hodina, 2 hodiny, 5 hodin).
// A decimal takes the genitive singular: do 1,5 hodiny, 1,5 hodiny.
func TestDurationsCS(t *testing.T) {
	expectPhrases(t, "cs", []phraseRow{
		{"within", config.Seconds, [11]string{"do sekundy", "do 2 sekund", "do 3 sekund", "do 4 sekund", "do 5 sekund", "do 12 sekund", "do 21 sekund", "do 22 sekund", "do 25 sekund", "do 100 sekund", "do 1,5 sekundy"}},
		{"within", config.Minutes, [11]string{"do minuty", "do 2 minut", "do 3 minut", "do 4 minut", "do 5 minut", "do 12 minut", "do 21 minut", "do 22 minut", "do 25 minut", "do 100 minut", "do 90 sekund"}},
		{"within", config.Hours, [11]string{"během hodiny", "během 2 hodin", "během 3 hodin", "během 4 hodin", "během 5 hodin", "během 12 hodin", "během 21 hodin", "během 22 hodin", "během 25 hodin", "během 100 hodin", "během 1,5 hodiny"}},
		{"within", config.Days, [11]string{"během 24 hodin", "do 2 dnů", "do 3 dnů", "do 4 dnů", "do 5 dnů", "do 12 dnů", "do 21 dnů", "do 22 dnů", "do 25 dnů", "do 100 dnů", "do 1,5 dne"}},
		{"within", config.BusinessDays, [11]string{"nejpozději následující pracovní den", "do 2 pracovních dnů", "do 3 pracovních dnů", "do 4 pracovních dnů", "do 5 pracovních dnů", "do 12 pracovních dnů", "do 21 pracovních dnů", "do 22 pracovních dnů", "do 25 pracovních dnů", "do 100 pracovních dnů", "do 1,5 pracovního dne"}},
		{"within", config.Weeks, [11]string{"do týdne", "do 2 týdnů", "do 3 týdnů", "do 4 týdnů", "do 5 týdnů", "do 12 týdnů", "do 21 týdnů", "do 22 týdnů", "do 25 týdnů", "do 100 týdnů", "do 1,5 týdne"}},
		{"within", config.Rings, [11]string{"hned při prvním zazvonění", "do 2. zazvonění", "do 3. zazvonění", "do 4. zazvonění", "do 5. zazvonění", "do 12. zazvonění", "do 21. zazvonění", "do 22. zazvonění", "do 25. zazvonění", "do 100. zazvonění", "do 1,5. zazvonění"}},
		{"every", config.Seconds, [11]string{"každou sekundu", "každé 2 sekundy", "každé 3 sekundy", "každé 4 sekundy", "každých 5 sekund", "každých 12 sekund", "každých 21 sekund", "každých 22 sekund", "každých 25 sekund", "každých 100 sekund", "každých 1,5 sekundy"}},
		{"every", config.Minutes, [11]string{"každou minutu", "každé 2 minuty", "každé 3 minuty", "každé 4 minuty", "každých 5 minut", "každých 12 minut", "každých 21 minut", "každých 22 minut", "každých 25 minut", "každých 100 minut", "každých 90 sekund"}},
		{"every", config.Hours, [11]string{"každou hodinu", "každé 2 hodiny", "každé 3 hodiny", "každé 4 hodiny", "každých 5 hodin", "každých 12 hodin", "každých 21 hodin", "každých 22 hodin", "každých 25 hodin", "každých 100 hodin", "každých 1,5 hodiny"}},
		{"every", config.Days, [11]string{"každý den", "každé 2 dny", "každé 3 dny", "každé 4 dny", "každých 5 dní", "každých 12 dní", "každých 21 dní", "každých 22 dní", "každých 25 dní", "každých 100 dní", "každých 1,5 dne"}},
		{"every", config.BusinessDays, [11]string{"každý pracovní den", "každé 2 pracovní dny", "každé 3 pracovní dny", "každé 4 pracovní dny", "každých 5 pracovních dní", "každých 12 pracovních dní", "každých 21 pracovních dní", "každých 22 pracovních dní", "každých 25 pracovních dní", "každých 100 pracovních dní", "každých 1,5 pracovního dne"}},
		{"every", config.Weeks, [11]string{"každý týden", "každé 2 týdny", "každé 3 týdny", "každé 4 týdny", "každých 5 týdnů", "každých 12 týdnů", "každých 21 týdnů", "každých 22 týdnů", "každých 25 týdnů", "každých 100 týdnů", "každých 1,5 týdne"}},
		{"every", config.Rings, [11]string{"při každém zazvonění", "každá 2 zazvonění", "každá 3 zazvonění", "každá 4 zazvonění", "každých 5 zazvonění", "každých 12 zazvonění", "každých 21 zazvonění", "každých 22 zazvonění", "každých 25 zazvonění", "každých 100 zazvonění", "každých 1,5 zazvonění"}},
		{"plain", config.Seconds, [11]string{"1 sekunda", "2 sekundy", "3 sekundy", "4 sekundy", "5 sekund", "12 sekund", "21 sekund", "22 sekund", "25 sekund", "100 sekund", "1,5 sekundy"}},
		{"plain", config.Minutes, [11]string{"1 minuta", "2 minuty", "3 minuty", "4 minuty", "5 minut", "12 minut", "21 minut", "22 minut", "25 minut", "100 minut", "90 sekund"}},
		{"plain", config.Hours, [11]string{"1 hodina", "2 hodiny", "3 hodiny", "4 hodiny", "5 hodin", "12 hodin", "21 hodin", "22 hodin", "25 hodin", "100 hodin", "1,5 hodiny"}},
		{"plain", config.Days, [11]string{"1 den", "2 dny", "3 dny", "4 dny", "5 dní", "12 dní", "21 dní", "22 dní", "25 dní", "100 dní", "1,5 dne"}},
		{"plain", config.BusinessDays, [11]string{"1 pracovní den", "2 pracovní dny", "3 pracovní dny", "4 pracovní dny", "5 pracovních dní", "12 pracovních dní", "21 pracovních dní", "22 pracovních dní", "25 pracovních dní", "100 pracovních dní", "1,5 pracovního dne"}},
		{"plain", config.Weeks, [11]string{"1 týden", "2 týdny", "3 týdny", "4 týdny", "5 týdnů", "12 týdnů", "21 týdnů", "22 týdnů", "25 týdnů", "100 týdnů", "1,5 týdne"}},
		{"plain", config.Rings, [11]string{"1 zazvonění", "2 zazvonění", "3 zazvonění", "4 zazvonění", "5 zazvonění", "12 zazvonění", "21 zazvonění", "22 zazvonění", "25 zazvonění", "100 zazvonění", "1,5 zazvonění"}},
	})
}

// Czech long dates put a full stop after the day and the month in the genitive.
func TestDatesCS(t *testing.T) {
	expectLongDates(t, "cs", [12]string{
		"23. ledna 2026", "23. února 2026", "23. března 2026", "23. dubna 2026", "23. května 2026", "23. června 2026",
		"23. července 2026", "23. srpna 2026", "23. září 2026", "23. října 2026", "23. listopadu 2026", "23. prosince 2026",
	}, "1. ledna 2026")
}
