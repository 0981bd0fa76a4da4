package jp.kikan.kaigo.nintei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * 有効期間 (船橋市 https://www.city.funabashi.lg.jp/kenkou/kaigo/002/p010085.html: 4月1日申請 → 9月30日まで, 4月15日 →
 * 10月31日まで), the renewal window (満了日の60日前から), the 30-day deadline and the order of the steps.
 */
class NinteiPolicyTest {

    static final LocalDate D = LocalDate.of(2026, 4, 15);

    static Shinsei shinsei(ShinseiKubun k, LocalDate shinseibi, List<Tetsuzuki> steps) {
        return new Shinsei(1, "1", k, shinseibi, steps);
    }

    static Tetsuzuki step(Tetsuzuki.Shubetsu s, LocalDate d) {
        return new Tetsuzuki(s, d, "kaigo1", null, null, null, null, null, null);
    }

    /** An application with 調査, 意見書 and 審査会 done. */
    static Shinsei ready(ShinseiKubun k, LocalDate shinseibi) {
        return shinsei(k, shinseibi, List.of(step(Tetsuzuki.Shubetsu.CHOSA, shinseibi), step(Tetsuzuki.Shubetsu.IKENSHO, shinseibi),
                step(Tetsuzuki.Shubetsu.SHINSAKAI, shinseibi.plusDays(20))));
    }

    static Shinsei decided(ShinseiKubun k, LocalDate shinseibi, Integer tsukisu, List<Shinsei> others) {
        Shinsei s = ready(k, shinseibi);
        Tetsuzuki t = NinteiPolicy.tetsuzuki(s, others, Tetsuzuki.Shubetsu.KETTEI, shinseibi.plusDays(25), "kaigo1", "yokaigo2",
                tsukisu, null, null, null);
        List<Tetsuzuki> all = new ArrayList<>(s.tetsuzuki());
        all.add(t);
        return shinsei(k, shinseibi, all);
    }

    @Test
    void shouldRunFromTheApplicationDayToTheEndOfTheMonthPlusTheMonths() {
        assertThat(YukoKikan.of(LocalDate.of(2026, 4, 1), 6).shuryobi()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(YukoKikan.of(D, 6).shuryobi()).isEqualTo(LocalDate.of(2026, 10, 31));
        Shinsei s = decided(ShinseiKubun.SHINKI, D, null, List.of());
        assertThat(s.yukoKikan().orElseThrow()).isEqualTo(new YukoKikan(D, LocalDate.of(2026, 10, 31)));
    }

    @Test
    void shouldStartARenewalTheDayAfterThePreviousPeriodAndAllowItOnlyFrom60DaysBefore() {
        Shinsei first = decided(ShinseiKubun.SHINKI, D, null, List.of());
        assertThat(first.yukoKikan().orElseThrow().koshinKanobi()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> NinteiPolicy.shinsei(List.of(first), ShinseiKubun.KOSHIN, LocalDate.of(2026, 8, 31), true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("60日前");
        NinteiPolicy.shinsei(List.of(first), ShinseiKubun.KOSHIN, LocalDate.of(2026, 9, 1), true);
        NinteiPolicy.shinsei(List.of(first), ShinseiKubun.KOSHIN, LocalDate.of(2026, 10, 31), true);
        assertThatThrownBy(() -> NinteiPolicy.shinsei(List.of(first), ShinseiKubun.KOSHIN, LocalDate.of(2026, 11, 1), true))
                .isInstanceOf(RuleViolationException.class);
        Shinsei koshin = decided(ShinseiKubun.KOSHIN, LocalDate.of(2026, 9, 20), null, List.of(first));
        assertThat(koshin.yukoKikan().orElseThrow()).isEqualTo(new YukoKikan(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31)));
    }

    @Test
    void shouldKeepThePeriodWithinTheRangeOfTheApplicationKind() {
        decided(ShinseiKubun.SHINKI, D, 12, List.of());
        assertThatThrownBy(() -> decided(ShinseiKubun.SHINKI, D, 13, List.of())).hasMessageContaining("3〜12か月");
        assertThatThrownBy(() -> decided(ShinseiKubun.KUBUN_HENKO, D, 2, List.of())).hasMessageContaining("3〜12か月");
        Shinsei first = decided(ShinseiKubun.SHINKI, D, null, List.of());
        assertThat(decided(ShinseiKubun.KOSHIN, LocalDate.of(2026, 10, 1), 48, List.of(first)).yukoKikan().orElseThrow()
                .shuryobi()).isEqualTo(LocalDate.of(2030, 10, 31));
        assertThatThrownBy(() -> decided(ShinseiKubun.KOSHIN, LocalDate.of(2026, 10, 1), 49, List.of(first)))
                .hasMessageContaining("3〜48か月");
    }

    @Test
    void shouldBeDueThirtyDaysAfterTheApplicationUnlessAnExtensionNoticeMovesIt() {
        Shinsei s = shinsei(ShinseiKubun.SHINKI, LocalDate.of(2026, 11, 1), List.of());
        assertThat(s.shoriKigen()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.chien(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(s.chien(LocalDate.of(2026, 12, 2))).isTrue();
        Tetsuzuki encho = NinteiPolicy.tetsuzuki(s, List.of(), Tetsuzuki.Shubetsu.ENCHO, LocalDate.of(2026, 12, 1), "kaigo1", null,
                null, "主治医意見書が届いていないため", LocalDate.of(2026, 12, 20), null);
        Shinsei extended = shinsei(ShinseiKubun.SHINKI, LocalDate.of(2026, 11, 1), List.of(encho));
        assertThat(extended.kigen()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(extended.chien(LocalDate.of(2026, 12, 2))).isFalse();
        assertThatThrownBy(() -> NinteiPolicy.tetsuzuki(s, List.of(), Tetsuzuki.Shubetsu.ENCHO, LocalDate.of(2026, 12, 2), "kaigo1",
                null, null, "遅れ", LocalDate.of(2026, 12, 20), null)).hasMessageContaining("30日以内");
    }

    @Test
    void shouldRefuseStepsOutOfOrderAndAnApplicationTheValidCertificationForbids() {
        Shinsei s = shinsei(ShinseiKubun.SHINKI, D, List.of(step(Tetsuzuki.Shubetsu.CHOSA, D)));
        assertThatThrownBy(() -> NinteiPolicy.tetsuzuki(s, List.of(), Tetsuzuki.Shubetsu.SHINSAKAI, D, "kaigo1", null, null, null,
                null, null)).hasMessageContaining("主治医意見書の後");
        assertThatThrownBy(() -> NinteiPolicy.tetsuzuki(s, List.of(), Tetsuzuki.Shubetsu.KETTEI, D, "kaigo1", "yokaigo1", null,
                null, null, null)).hasMessageContaining("審査会の後");
        Shinsei first = decided(ShinseiKubun.SHINKI, D, null, List.of());
        assertThatThrownBy(() -> NinteiPolicy.shinsei(List.of(first), ShinseiKubun.SHINKI, LocalDate.of(2026, 6, 1), true))
                .hasMessageContaining("区分変更");
        NinteiPolicy.shinsei(List.of(first), ShinseiKubun.KUBUN_HENKO, LocalDate.of(2026, 6, 1), true);
        assertThatThrownBy(() -> NinteiPolicy.shinsei(List.of(first), ShinseiKubun.KUBUN_HENKO, LocalDate.of(2026, 11, 1), true))
                .hasMessageContaining("新規申請");
        assertThatThrownBy(() -> NinteiPolicy.shinsei(List.of(s), ShinseiKubun.SHINKI, LocalDate.of(2026, 6, 1), true))
                .hasMessageContaining("決定していない申請");
        assertThat(NinteiPolicy.tetsuzuki(ready(ShinseiKubun.SHINKI, D), List.of(), Tetsuzuki.Shubetsu.KETTEI, D, "kaigo1",
                "higaito", null, null, null, null).yukoKaishibi()).as("非該当 has no 有効期間").isNull();
    }
}
