package i18n

import (
	"testing"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/locales"
)

// Chinese has one plural form (other): the phrase differs only in the number, with no space
// between the number and the characters.
func TestDurationsZH(t *testing.T) {
	expectPhrases(t, "zh", []phraseRow{
		{"within", config.Seconds, [11]string{"1秒内", "2秒内", "3秒内", "4秒内", "5秒内", "12秒内", "21秒内", "22秒内", "25秒内", "100秒内", "1.5秒内"}},
		{"within", config.Minutes, [11]string{"1分钟内", "2分钟内", "3分钟内", "4分钟内", "5分钟内", "12分钟内", "21分钟内", "22分钟内", "25分钟内", "100分钟内", "90秒内"}},
		{"within", config.Hours, [11]string{"1小时内", "2小时内", "3小时内", "4小时内", "5小时内", "12小时内", "21小时内", "22小时内", "25小时内", "100小时内", "1.5小时内"}},
		{"within", config.Days, [11]string{"1天内", "2天内", "3天内", "4天内", "5天内", "12天内", "21天内", "22天内", "25天内", "100天内", "1.5天内"}},
		{"within", config.BusinessDays, [11]string{"1个工作日内", "2个工作日内", "3个工作日内", "4个工作日内", "5个工作日内", "12个工作日内", "21个工作日内", "22个工作日内", "25个工作日内", "100个工作日内", "1.5个工作日内"}},
		{"within", config.Weeks, [11]string{"1周内", "2周内", "3周内", "4周内", "5周内", "12周内", "21周内", "22周内", "25周内", "100周内", "1.5周内"}},
		{"within", config.Rings, [11]string{"响铃一声内", "响铃2声内", "响铃3声内", "响铃4声内", "响铃5声内", "响铃12声内", "响铃21声内", "响铃22声内", "响铃25声内", "响铃100声内", "响铃1.5声内"}},
		{"every", config.Seconds, [11]string{"每秒", "每2秒", "每3秒", "每4秒", "每5秒", "每12秒", "每21秒", "每22秒", "每25秒", "每100秒", "每1.5秒"}},
		{"every", config.Minutes, [11]string{"每分钟", "每2分钟", "每3分钟", "每4分钟", "每5分钟", "每12分钟", "每21分钟", "每22分钟", "每25分钟", "每100分钟", "每90秒"}},
		{"every", config.Hours, [11]string{"每小时", "每2小时", "每3小时", "每4小时", "每5小时", "每12小时", "每21小时", "每22小时", "每25小时", "每100小时", "每1.5小时"}},
		{"every", config.Days, [11]string{"每天", "每2天", "每3天", "每4天", "每5天", "每12天", "每21天", "每22天", "每25天", "每100天", "每1.5天"}},
		{"every", config.BusinessDays, [11]string{"每个工作日", "每2个工作日", "每3个工作日", "每4个工作日", "每5个工作日", "每12个工作日", "每21个工作日", "每22个工作日", "每25个工作日", "每100个工作日", "每1.5个工作日"}},
		{"every", config.Weeks, [11]string{"每周", "每2周", "每3周", "每4周", "每5周", "每12周", "每21周", "每22周", "每25周", "每100周", "每1.5周"}},
		{"every", config.Rings, [11]string{"每响1声", "每响2声", "每响3声", "每响4声", "每响5声", "每响12声", "每响21声", "每响22声", "每响25声", "每响100声", "每响1.5声"}},
		{"plain", config.Seconds, [11]string{"1秒", "2秒", "3秒", "4秒", "5秒", "12秒", "21秒", "22秒", "25秒", "100秒", "1.5秒"}},
		{"plain", config.Minutes, [11]string{"1分钟", "2分钟", "3分钟", "4分钟", "5分钟", "12分钟", "21分钟", "22分钟", "25分钟", "100分钟", "90秒"}},
		{"plain", config.Hours, [11]string{"1小时", "2小时", "3小时", "4小时", "5小时", "12小时", "21小时", "22小时", "25小时", "100小时", "1.5小时"}},
		{"plain", config.Days, [11]string{"1天", "2天", "3天", "4天", "5天", "12天", "21天", "22天", "25天", "100天", "1.5天"}},
		{"plain", config.BusinessDays, [11]string{"1个工作日", "2个工作日", "3个工作日", "4个工作日", "5个工作日", "12个工作日", "21个工作日", "22个工作日", "25个工作日", "100个工作日", "1.5个工作日"}},
		{"plain", config.Weeks, [11]string{"1周", "2周", "3周", "4周", "5周", "12周", "21周", "22周", "25周", "100周", "1.5周"}},
		{"plain", config.Rings, [11]string{"1声", "2声", "3声", "4声", "5声", "12声", "21声", "22声", "25声", "100声", "1.5声"}},
	})
}

func TestDatesZH(t *testing.T) {
	expectLongDates(t, "zh", [12]string{
		"2026年1月23日", "2026年2月23日", "2026年3月23日", "2026年4月23日", "2026年5月23日", "2026年6月23日",
		"2026年7月23日", "2026年8月23日", "2026年9月23日", "2026年10月23日", "2026年11月23日", "2026年12月23日",
	}, "2026年1月1日")
}

// "Every 1 hour" drops the 1 and a half unit becomes a whole smaller one: 每小时, 30分钟内.
func TestDurationIdiomZH(t *testing.T) {
	cat, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, ctx string
		d         config.Duration
		want      string
	}{
		{"zh", "every", config.Duration{Amount: "1", Unit: config.Hours}, "每小时"},
		{"zh", "every", config.Duration{Amount: "2", Unit: config.Hours}, "每2小时"},
		{"zh", "every", config.Duration{Amount: "1", Unit: config.Days}, "每天"},
		{"zh", "within", config.Duration{Amount: "0.5", Unit: config.Hours}, "30分钟内"},
		{"zh", "within", config.Duration{Amount: "1.5", Unit: config.Minutes}, "90秒内"},
		{"pl", "within", config.Duration{Amount: "1", Unit: config.Hours}, "w ciągu godziny"},
		{"pl", "within", config.Duration{Amount: "1.5", Unit: config.Hours}, "w ciągu 1,5 godziny"},
		{"pl", "within", config.Duration{Amount: "3", Unit: config.Rings}, "najpóźniej po trzecim sygnale"},
		{"pl", "within", config.Duration{Amount: "8", Unit: config.Rings}, "najpóźniej po ósmym sygnale"},
		{"pl", "within", config.Duration{Amount: "10", Unit: config.Rings}, "najpóźniej po dziesiątym sygnale"},
		{"pl", "within", config.Duration{Amount: "11", Unit: config.Rings}, "najpóźniej po 11. sygnale"},
		{"pl", "within", config.Duration{Amount: "10000", Unit: config.Hours}, "w ciągu 10\u00a0000 godzin"},
		{"fi", "within", config.Duration{Amount: "1", Unit: config.Hours}, "tunnin kuluessa"},
		{"fi", "within", config.Duration{Amount: "0.5", Unit: config.Hours}, "30 minuutin kuluessa"},
		{"fi", "within", config.Duration{Amount: "5", Unit: config.BusinessDays}, "viiden työpäivän kuluessa"},
		{"cs", "within", config.Duration{Amount: "12", Unit: config.Hours}, "během 12 hodin"},
		{"cs", "within", config.Duration{Amount: "3", Unit: config.Rings}, "do 3. zazvonění"},
		{"en", "within", config.Duration{Amount: "10000", Unit: config.Hours}, "within 10,000 hours"},
	} {
		lz, _ := cat.Localizer(tc.lang)
		if got, err := lz.Duration(tc.ctx, tc.d); err != nil || got != tc.want {
			t.Errorf("%s %s %s %s = %q, %v; want %q", tc.lang, tc.ctx, tc.d.Amount, tc.d.Unit, got, err, tc.want)
		}
	}
}
