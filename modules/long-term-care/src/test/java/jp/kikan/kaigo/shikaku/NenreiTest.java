package jp.kikan.kaigo.shikaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.kaigo.shikaku.domain.Nenrei;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuJiyu;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * 65歳到達日 (年齢計算ニ関スル法律, 民法第143条: the day before the birthday; a 29 February birthday in a common year ends
 * its year on 28 February) and the qualification the policy derives from the feed.
 */
class NenreiTest {

    @ParameterizedTest(name = "born {0} → reaches 65 on {1}")
    @CsvSource({"1961-04-01,2026-03-31", "1961-04-02,2026-04-01", "1960-02-29,2025-02-28", "1959-03-01,2024-02-29",
            "1960-03-01,2025-02-28", "1961-01-01,2025-12-31"})
    void shouldReach65OnTheDayBeforeTheBirthday(LocalDate born, LocalDate totatsu) {
        assertThat(Nenrei.dai1goTotatsubi(born)).isEqualTo(totatsu);
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static ShikakuPolicy.JuminIdo jumin(String jotai, String jiyu, String ido) {
        return new ShikakuPolicy.JuminIdo(jotai, jiyu, LocalDate.parse(ido), LocalDate.of(2000, 4, 1), LocalDate.of(1950, 5, 5));
    }

    @Test
    void shouldLoseOnDeathEvenUnderJushochiTokurei() {
        ShikakuRireki r = new ShikakuRireki(List.of(new ShikakuIdo(ShikakuJiyu.NENREI_TOTATSU, LocalDate.of(2015, 5, 4), null),
                new ShikakuIdo(ShikakuJiyu.JUSHOCHI_TOKUREI_TEKIYO, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))));
        assertThat(ShikakuPolicy.juminIdo(r, true, jumin("shibo", "死亡", "2026-07-10"), TODAY))
                .containsExactly(new ShikakuIdo(ShikakuJiyu.SHIBO, LocalDate.of(2026, 7, 11), LocalDate.of(2026, 7, 10)));
        assertThat(ShikakuPolicy.juminIdo(r, true, jumin("tenshutsu", "国内転出", "2026-07-10"), TODAY)).extracting(ShikakuIdo::jiyu)
                .containsExactly(ShikakuJiyu.JUSHOCHI_TOKUREI_TENSHUTSU);
    }

    @Test
    void shouldRecordADue65thTotatsuBeforeTheMoveOutThatFollowsIt() {
        // a resident since 2000 who reached 65 on 2015-05-04 and whose first change here is a 転出
        assertThat(ShikakuPolicy.juminIdo(new ShikakuRireki(List.of()), true, jumin("tenshutsu", "国内転出", "2026-07-10"), TODAY))
                .extracting(ShikakuIdo::jiyu).containsExactly(ShikakuJiyu.NENREI_TOTATSU, ShikakuJiyu.TENSHUTSU);
    }

    @Test
    void shouldNotAcquireWhileInAnExcludedFacility() {
        ShikakuRireki r = new ShikakuRireki(List.of(new ShikakuIdo(ShikakuJiyu.TEKIYO_JOGAI_NYUSHO, LocalDate.of(2010, 1, 2),
                LocalDate.of(2010, 1, 1))));
        assertThat(ShikakuPolicy.nenreiTotatsu(r, LocalDate.of(1950, 5, 5), TODAY)).isEmpty();
        assertThat(ShikakuPolicy.nenreiTotatsu(new ShikakuRireki(List.of()), LocalDate.of(1950, 5, 5), TODAY)).isPresent();
    }
}
