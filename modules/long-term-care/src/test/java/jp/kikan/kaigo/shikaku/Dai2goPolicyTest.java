package jp.kikan.kaigo.shikaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.kaigo.shikaku.domain.Dai2goPolicy;
import jp.kikan.kaigo.shikaku.domain.HihokenshaKubun;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuJiyu;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * 第2号被保険者 (介護保険法第9条第2号): aged 40 to 64 on the 申請日 (ages reached the day before the birthday, 年齢計算ニ関スル
 * 法律), resident; the 第1号 history alone counts for the premium; a 第2号 reaching 65 becomes 第1号 on the 到達日.
 */
class Dai2goPolicyTest {

    private static final ShikakuRireki NONE = new ShikakuRireki(List.of());
    private static final LocalDate BORN = LocalDate.of(1986, 11, 20); // 40歳到達日 2026-11-19, 65歳到達日 2051-11-19

    @Test
    void shouldTakeA40YearOldFromThe40thTotatsubiAndRefuseTheDayBefore() {
        assertThatThrownBy(() -> Dai2goPolicy.shinsei(NONE, true, BORN, LocalDate.of(2026, 11, 18)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("40歳未満");
        assertThat(Dai2goPolicy.shinsei(NONE, true, BORN, LocalDate.of(2026, 11, 19)))
                .contains(new ShikakuIdo(ShikakuJiyu.DAI2GO_SHINSEI, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19)));
    }

    @Test
    void shouldRefuseFromThe65thTotatsubiAndANonResident() {
        LocalDate born = LocalDate.of(1961, 11, 20); // 65歳到達日 2026-11-19
        assertThat(Dai2goPolicy.shinsei(NONE, true, born, LocalDate.of(2026, 11, 18))).isPresent();
        assertThatThrownBy(() -> Dai2goPolicy.shinsei(NONE, true, born, LocalDate.of(2026, 11, 19)))
                .hasMessageContaining("65歳以上");
        assertThatThrownBy(() -> Dai2goPolicy.shinsei(NONE, false, born, LocalDate.of(2026, 11, 18)))
                .hasMessageContaining("住所がない");
    }

    @Test
    void shouldAddNothingForOneAlreadyDai2go() {
        ShikakuRireki r = NONE.with(List.of(new ShikakuIdo(ShikakuJiyu.DAI2GO_SHINSEI, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))));
        assertThat(Dai2goPolicy.shinsei(r, true, LocalDate.of(1976, 5, 5), LocalDate.of(2026, 11, 10))).isEmpty();
    }

    @Test
    void shouldEndTheDai2goPeriodOnThe65thTotatsubiAndCountOnlyTheDai1goPeriod() {
        LocalDate born = LocalDate.of(1961, 11, 20);
        ShikakuRireki r = NONE.with(List.of(new ShikakuIdo(ShikakuJiyu.DAI2GO_SHINSEI, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 15))));
        ShikakuIdo totatsu = ShikakuPolicy.nenreiTotatsu(r, born, LocalDate.of(2026, 12, 1)).orElseThrow();
        assertThat(totatsu.koryokubi()).isEqualTo(LocalDate.of(2026, 11, 19));
        r = r.with(List.of(totatsu));
        assertThat(r.kubun()).containsExactly(HihokenshaKubun.DAI2GO, HihokenshaKubun.DAI1GO);
        assertThat(r.dai1go().kikan()).containsExactly(new ShikakuRireki.Kikan(LocalDate.of(2026, 11, 19), null));
        assertThat(r.dai2goKikan()).containsExactly(new ShikakuRireki.Kikan(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 19)));
        assertThat(r.dai2goOn(LocalDate.of(2026, 11, 18))).isTrue();
        assertThat(r.dai2goOn(LocalDate.of(2026, 11, 19))).isFalse();
        assertThat(ShikakuPolicy.nenreiTotatsu(r, born, LocalDate.of(2026, 12, 1))).as("once").isEmpty();
    }

    @Test
    void shouldLoseTheDai2goTheDayAfterMovingOut() {
        ShikakuRireki r = NONE.with(List.of(new ShikakuIdo(ShikakuJiyu.DAI2GO_SHINSEI, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 15))));
        List<ShikakuIdo> out = ShikakuPolicy.juminIdo(r, true, new ShikakuPolicy.JuminIdo("tenshutsu", "国内転出",
                LocalDate.of(2026, 10, 31), null, LocalDate.of(1976, 5, 5)), LocalDate.of(2026, 12, 1));
        assertThat(out).containsExactly(new ShikakuIdo(ShikakuJiyu.TENSHUTSU, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 31)));
        r = r.with(out);
        assertThat(r.kubun()).containsExactly(HihokenshaKubun.DAI2GO, HihokenshaKubun.DAI2GO);
        assertThat(r.dai2goKikan()).containsExactly(new ShikakuRireki.Kikan(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 1)));
        assertThat(r.dai1go().kikan()).isEmpty();
    }
}
