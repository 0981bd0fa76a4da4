package jp.kikan.chihozei.kojinjuminzei.nyuryoku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bad input is refused with the field, the standard error code and a Japanese message — every problem at once. */
@Tag("fn:kojin-juminzei.nyuryoku")
class KazeiNyuryokuKensaTest {

    private static RuleViolationException refused(Nyuryoku n) {
        try {
            n.fuka();
        } catch (RuleViolationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("負の収入は E0002 (符号なしの項目に '-' は使えない)")
    void shouldRefuseANegativeIncome() {
        RuleViolationException e = refused(Nyuryoku.reiwa(7).kyuyo(-1));
        assertThat(e.rule()).isEqualTo("kazei-nyuryoku");
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code, FieldViolation::rule)
                .containsExactly(tuple("shunyu.kyuyo_shunyu", StandardErrorCode.E0002, "non-negative"));
        assertThat(e.violations().get(0).message()).contains("0以上");
    }

    @Test
    @DisplayName("パラメータのない年度 (令和9年度) は nendo の E0004")
    void shouldRefuseAFiscalYearWithoutParameters() {
        assertThatThrownBy(() -> Nyuryoku.reiwa(9).kyuyo(3_000_000).fuka())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code).containsExactly(tuple("nendo", StandardErrorCode.E0004)));
    }

    @Test
    @DisplayName("暦にない日付 (2023-02-30, 令和元年4月1日) は E0004 date-exists")
    void shouldRefuseImpossibleDates() {
        RuleViolationException e = refused(Nyuryoku.reiwa(7).born("2023-02-30").fuyo("令和元年4月1日", 0));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code, FieldViolation::rule).containsExactly(
                tuple("honnin.seinengappi", StandardErrorCode.E0004, "date-exists"),
                tuple("fuyo_shinzoku[0].seinengappi", StandardErrorCode.E0004, "date-exists"));
        assertThat(e.violations().get(1).message()).contains("令和元年4月1日").contains("暦に存在しない");
    }

    @Test
    @DisplayName("所得年の12月31日より後に生まれた扶養親族は E0004 born-within-year (令和7年度: 2024-12-31 は可, 2025-01-01 は不可)")
    void shouldRefuseADependentBornAfterTheIncomeYear() {
        assertThat(Nyuryoku.reiwa(7).kyuyo(3_000_000).fuyo("2024-12-31", 0).fuka().kojo().fuyo()).isZero();
        RuleViolationException e = refused(Nyuryoku.reiwa(7).kyuyo(3_000_000).fuyo("2025-01-01", 0));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fuyo_shinzoku[0].seinengappi");
            assertThat(v.code()).isEqualTo(StandardErrorCode.E0004);
            assertThat(v.rule()).isEqualTo("born-within-year");
            assertThat(v.message()).contains("令和6年分の12月31日");
        });
    }

    @Test
    @DisplayName("every problem at once: 年度なし (E0001), 市区町村コードの検査数字, 負の保険料, 寡婦とひとり親")
    void shouldCollectEveryProblemAtOnce() {
        KazeiNyuryoku in = Nyuryoku.reiwa(7).kafu().hitorioya(HitorioyaKubun.HAHA).shakaiHokenryo(-5).city("999998").build();
        KazeiNyuryoku noYear = new KazeiNyuryoku(null, in.shikuchosonkodo(), in.honnin(), in.shunyu(), in.shiharai(), null,
                in.fuyoShinzoku(), null, null);
        assertThatThrownBy(() -> Nyuryoku.ENGINE.fuka(noYear)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                        tuple("nendo", StandardErrorCode.E0001), tuple("shikuchosonkodo", StandardErrorCode.E0004),
                        tuple("honnin.kafu", StandardErrorCode.E0004),
                        tuple("shiharai.shakai_hokenryo", StandardErrorCode.E0002)));
    }

    @Test
    @DisplayName("生年月日は必須 (E0001); 和暦 (昭和40年8月8日) も西暦も受け付ける")
    void shouldRequireTheBirthDateInEitherCalendar() {
        RuleViolationException e = refused(Nyuryoku.reiwa(7).born(" "));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("honnin.seinengappi", StandardErrorCode.E0001));
        assertThat(Nyuryoku.reiwa(7).born("昭和40年8月8日").kyuyo(3_000_000).fuka().nenZeigaku())
                .isEqualTo(Nyuryoku.reiwa(7).born("1965-08-08").kyuyo(3_000_000).fuka().nenZeigaku());
    }
}
