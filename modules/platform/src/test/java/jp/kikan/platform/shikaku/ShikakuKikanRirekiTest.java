package jp.kikan.platform.shikaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShikakuKikanRirekiTest {

    enum Jiyu implements ShikakuIdoJiyu {
        TENNYU("tennyu", IdoKubun.SHUTOKU), TENSHUTSU("tenshutsu", IdoKubun.SOSHITSU), KENNAI("kennai", IdoKubun.KEIZOKU);

        private final JiyuTeigi teigi;

        Jiyu(String code, IdoKubun kubun) {
            this.teigi = new JiyuTeigi(code, code, kubun, "test");
        }

        @Override
        public JiyuTeigi teigi() {
            return teigi;
        }
    }

    record Ido(Jiyu jiyu, LocalDate koryokubi) implements ShikakuKikanIdo {
        @Override
        public IdoKubun kubun() {
            return jiyu.kubun();
        }
    }

    record Rireki(List<Ido> idos) implements ShikakuKikanRireki<Ido> {
    }

    private static final LocalDate APR1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUL11 = LocalDate.of(2026, 7, 11);
    private static final LocalDate OCT1 = LocalDate.of(2026, 10, 1);

    @Test
    void shouldReadTheLossDayAsTheFirstDayWithoutTheQualification() {
        Rireki r = new Rireki(List.of(new Ido(Jiyu.TENNYU, APR1), new Ido(Jiyu.TENSHUTSU, JUL11)));
        assertThat(r.kikan()).containsExactly(new ShikakuKikanRireki.Kikan(APR1, JUL11));
        assertThat(r.hihokenshaOn(JUL11.minusDays(1))).isTrue();
        assertThat(r.hihokenshaOn(JUL11)).isFalse();
        assertThat(r.hihokenshaOn(APR1.minusDays(1))).isFalse();
        assertThat(r.shikakuAri()).isFalse();
        assertThat(r.lastSoshitsubi()).isEqualTo(JUL11);
        assertThat(r.currentShutokubi()).isNull();
    }

    @Test
    void shouldOpenANewPeriodOnRegainingAndKeepContinuingEntriesAsData() {
        Rireki r = new Rireki(List.of(new Ido(Jiyu.TENNYU, APR1), new Ido(Jiyu.KENNAI, LocalDate.of(2026, 5, 1)),
                new Ido(Jiyu.TENSHUTSU, JUL11), new Ido(Jiyu.TENNYU, OCT1)));
        assertThat(r.kikan()).containsExactly(new ShikakuKikanRireki.Kikan(APR1, JUL11), new ShikakuKikanRireki.Kikan(OCT1, null));
        assertThat(r.shikakuAri()).isTrue();
        assertThat(r.currentShutokubi()).isEqualTo(OCT1);
        assertThat(r.everShutoku()).isTrue();
        assertThat(new Rireki(List.of()).everShutoku()).isFalse();
    }

    @Test
    void shouldIgnoreALossWithoutAnOpenPeriod() {
        Rireki r = new Rireki(List.of(new Ido(Jiyu.TENSHUTSU, APR1)));
        assertThat(r.kikan()).isEmpty();
        assertThat(r.lastSoshitsubi()).isNull();
    }

    @Test
    void shouldFindAReasonByItsCodeAndRefuseAnUnknownOne() {
        assertThat(ShikakuIdoJiyu.of(Jiyu.class, "tenshutsu")).isEqualTo(Jiyu.TENSHUTSU);
        assertThat(Jiyu.TENSHUTSU.kubun()).isEqualTo(IdoKubun.SOSHITSU);
        assertThatThrownBy(() -> ShikakuIdoJiyu.of(Jiyu.class, "tensyutsu")).isInstanceOf(IllegalArgumentException.class);
    }
}
