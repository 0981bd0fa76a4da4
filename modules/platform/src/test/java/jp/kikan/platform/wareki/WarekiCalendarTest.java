package jp.kikan.platform.wareki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WarekiCalendarTest {

    private final WarekiCalendar calendar = WarekiCalendar.standard();

    @AfterEach
    void clearConfiguration() {
        System.clearProperty("kikan.wareki.additional-gengo");
    }

    @Test
    void shouldLoadTheFiveModernGengoFromTheBundledTable() {
        assertThat(calendar.gengoList()).extracting(Gengo::name).containsExactly("明治", "大正", "昭和", "平成", "令和");
        assertThat(calendar.gengoList().get(4)).isEqualTo(new Gengo("令和", "Reiwa", "R", LocalDate.of(2019, 5, 1)));
        assertThat(calendar.gengoList().get(0).start()).isEqualTo(LocalDate.of(1868, 10, 23));
    }

    @ParameterizedTest
    @CsvSource({
        "2019-05-01, 令和元年5月1日, R01.05.01",
        "2019-04-30, 平成31年4月30日, H31.04.30",
        "1989-01-08, 平成元年1月8日, H01.01.08",
        "1989-01-07, 昭和64年1月7日, S64.01.07",
        "1926-12-25, 昭和元年12月25日, S01.12.25",
        "1926-12-24, 大正15年12月24日, T15.12.24",
        "1912-07-30, 大正元年7月30日, T01.07.30",
        "1912-07-29, 明治45年7月29日, M45.07.29",
        "2024-04-01, 令和6年4月1日, R06.04.01",
    })
    void shouldConvertSeirekiToWarekiAtEraBoundaries(LocalDate date, String kanji, String numeric) {
        WarekiDate wareki = calendar.toWareki(date);
        assertThat(wareki.toString()).isEqualTo(kanji);
        assertThat(wareki.toNumeric()).isEqualTo(numeric);
        assertThat(calendar.format(date)).isEqualTo(kanji);
        assertThat(calendar.parse(kanji)).isEqualTo(date);
        assertThat(calendar.parse(numeric)).isEqualTo(date);
    }

    @Test
    void shouldRejectADateBeforeTheFirstGengo() {
        assertThatThrownBy(() -> calendar.toWareki(LocalDate.of(1868, 10, 22)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldConvertWarekiToSeireki() {
        assertThat(calendar.toSeireki("令和", 1, 5, 1)).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(calendar.toSeireki("平成", 31, 4, 30)).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(calendar.toSeireki("R", 6, 2, 29)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.toSeireki("Showa", 64, 1, 7)).isEqualTo(LocalDate.of(1989, 1, 7));
    }

    @ParameterizedTest
    @CsvSource({
        "令和, 6, 2, 30",   // 2月30日 does not exist
        "令和, 5, 2, 29",   // 2023 is not a leap year
        "令和, 1, 4, 1",    // before 令和 started
        "平成, 31, 5, 1",   // 令和 had started
        "平成, 32, 1, 1",   // 平成32年 never existed
        "昭和, 64, 1, 8",   // 平成 had started
        "令和, 0, 5, 1",    // year 0
        "令和, 6, 13, 1",
        "未来, 1, 1, 1",    // unknown 元号
    })
    void shouldRejectNonexistentDate(String gengo, int year, int month, int day) {
        assertThatThrownBy(() -> calendar.toSeireki(gengo, year, month, day))
                .isInstanceOf(InvalidWarekiDateException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "令和元年5月1日, 2019-05-01",
        "令和6年4月1日, 2024-04-01",
        "R6.4.1, 2024-04-01",
        "r6.4.1, 2024-04-01",
        "H31.04.30, 2019-04-30",
        "令和６年４月１日, 2024-04-01",
        "Ｒ６．４．１, 2024-04-01",
        "㋿6年4月1日, 2024-04-01",
        "2024-04-01, 2024-04-01",
        "2024/4/1, 2024-04-01",
        "２０２４－０４－０１, 2024-04-01",
        "' 令和 6年 4月 1日 ', 2024-04-01",
    })
    void shouldParseWarekiAndSeirekiNotations(String text, LocalDate expected) {
        assertThat(calendar.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "令和", "令和6年", "R6.4", "2024-02-30", "平成32年1月1日", "X6.4.1", "令和元年4月30日", "abc"})
    void shouldRejectUnparseableOrNonexistentText(String text) {
        assertThatThrownBy(() -> calendar.parse(text)).isInstanceOf(InvalidWarekiDateException.class);
    }

    @Test
    void shouldAddANewGengoByConfigurationWithoutCodeChange() {
        System.setProperty("kikan.wareki.additional-gengo", "新元:Shingen:N:2040-01-01; 次元:Jigen:J:2070-04-01");

        WarekiCalendar configured = WarekiCalendar.standard();

        assertThat(configured.gengoList()).extracting(Gengo::name).endsWith("令和", "新元", "次元");
        assertThat(configured.format(LocalDate.of(2040, 1, 1))).isEqualTo("新元元年1月1日");
        assertThat(configured.format(LocalDate.of(2039, 12, 31))).isEqualTo("令和21年12月31日");
        assertThatThrownBy(() -> configured.toSeireki("令和", 22, 1, 1)).isInstanceOf(InvalidWarekiDateException.class);
        assertThat(configured.parse("N2.1.1")).isEqualTo(LocalDate.of(2041, 1, 1));
    }

    @Test
    void shouldFailFastOnMalformedGengoConfiguration() {
        System.setProperty("kikan.wareki.additional-gengo", "新元:Shingen:2040-01-01");
        assertThatThrownBy(WarekiCalendar::standard).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WarekiCalendar.parseGengoSpec("新元:Shingen:N:2040/01/01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAddGengoWithoutChangingTheOriginalCalendar() {
        Gengo next = new Gengo("新元", "Shingen", "N", LocalDate.of(2040, 1, 1));

        WarekiCalendar extended = calendar.withGengo(next);

        assertThat(extended.gengoList()).hasSize(6).last().isEqualTo(next);
        assertThat(calendar.gengoList()).hasSize(5);
        assertThat(calendar.format(LocalDate.of(2040, 1, 1))).isEqualTo("令和22年1月1日");
    }

    @Test
    void shouldRejectAGengoThatClashesWithAnExistingOne() {
        assertThatThrownBy(() -> calendar.withGengo(new Gengo("新元", "Shingen", "R", LocalDate.of(2040, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.withGengo(new Gengo("令和", "Reiwa2", "X", LocalDate.of(2040, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldBuildACalendarFromAnExplicitList() {
        WarekiCalendar two = WarekiCalendar.of(List.of(
                new Gengo("令和", "Reiwa", "R", LocalDate.of(2019, 5, 1)),
                new Gengo("平成", "Heisei", "H", LocalDate.of(1989, 1, 8))));

        assertThat(two.gengoList()).extracting(Gengo::abbreviation).containsExactly("H", "R");
        assertThatThrownBy(() -> two.toWareki(LocalDate.of(1989, 1, 7))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRenderFirstYearAsGannen() {
        Gengo reiwa = calendar.gengoList().get(4);
        assertThat(new WarekiDate(reiwa, 1, 12, 31)).hasToString("令和元年12月31日");
        assertThat(new WarekiDate(reiwa, 10, 1, 2).toNumeric()).isEqualTo("R10.01.02");
    }

    /** One plausible range for every date field: year 0000 once recorded a 転入 dated 0000-01-01. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0001-01-01", "1867-12-31", "3000-01-01", "9999-12-31", "0000年1月1日"})
    void shouldRefuseDatesOutsideThePlausibleRange(String text) {
        assertThatThrownBy(() -> WarekiCalendar.standard().parse(text)).isInstanceOf(InvalidWarekiDateException.class)
                .hasMessageContaining("1868-01-01");
    }

    @Test
    void shouldAcceptTheBoundsOfThePlausibleRange() {
        assertThat(WarekiCalendar.standard().parse("1868-01-01")).isEqualTo(LocalDate.of(1868, 1, 1));
        assertThat(WarekiCalendar.standard().parse("2999-12-31")).isEqualTo(LocalDate.of(2999, 12, 31));
    }
}
