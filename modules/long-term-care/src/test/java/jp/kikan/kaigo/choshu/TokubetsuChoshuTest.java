package jp.kikan.kaigo.choshu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 特別徴収 of a 年度 (みなみ市 2026, 基準額 80,400円): 仮徴収 4・6・8月 = the previous February's amount (介護保険法第140条;
 * 秋田市), 本徴収 10・12・2月 = (年額 − 仮徴収額) ÷ 3, the pension bound 18万円 one yen either side (下呂市), 普通徴収 for one
 * insured during the 年度, the 平準化 of 庄原市, and the 更正 rules of 下呂市 (増額分は普通徴収, 減額は特別徴収を停止).
 */
@Tag("fn:kaigo.hokenryo.tokubetsu-choshu")
class TokubetsuChoshuTest {

    private static final ChoshuParameters P = FutsuChoshuTest.params(false);
    private static final TokubetsuChoshuTsuchi NENKIN = new TokubetsuChoshuTsuchi(1_200_000, LocalDate.of(2026, 5, 15), "日本年金機構", null);

    private static ChoshuJokyo jokyo(TokubetsuChoshuTsuchi t, Long nigatsu) {
        return new ChoshuJokyo(2026, true, null, null, t, nigatsu);
    }

    private static ChoshuKeikaku.Choshu tosho(long nengaku, ChoshuJokyo j, String kijun) {
        return ChoshuKeikaku.tosho(nengaku, j, P, YearMonth.parse(kijun));
    }

    private static List<Long> gaku(List<ChoshuKi> ki) {
        return ki.stream().map(ChoshuKi::gaku).toList();
    }

    private static List<ChoshuKubun> kubun(List<ChoshuKi> ki) {
        return ki.stream().map(ChoshuKi::kubun).toList();
    }

    @Test
    void shouldWithholdThePreviousFebruarysAmountProvisionallyAndTheRestInThirds() {
        ChoshuKeikaku.Choshu c = tosho(80_400, jokyo(NENKIN, 6_700L), "2026-07");
        assertThat(c.hoho()).isEqualTo(ChoshuKeikaku.Matome.TOKUBETSU_CHOSHU);
        assertThat(c.kibetsu()).extracting(ChoshuKi::nengetsu).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 6),
                YearMonth.of(2026, 8), YearMonth.of(2026, 10), YearMonth.of(2026, 12), YearMonth.of(2027, 2));
        // (80,400 − 3 × 6,700) ÷ 3 = 20,100
        assertThat(gaku(c.kibetsu())).containsExactly(6_700L, 6_700L, 6_700L, 20_100L, 20_100L, 20_100L);
        assertThat(kubun(c.kibetsu())).containsExactly(ChoshuKubun.KARICHOSHU, ChoshuKubun.KARICHOSHU, ChoshuKubun.KARICHOSHU,
                ChoshuKubun.HONCHOSHU, ChoshuKubun.HONCHOSHU, ChoshuKubun.HONCHOSHU);
        assertThat(c.kibetsu()).allMatch(k -> k.nokigen() == null);
        assertThat(c.konkyo().find("choshu-hoho").orElseThrow().value()).isEqualTo(1);
        assertThat(c.konkyo().find("karichoshu").orElseThrow().value()).isEqualTo(6_700);
        assertThat(c.konkyo().find("honchoshu").orElseThrow().value()).isEqualTo(60_300);
    }

    /** unconfirmed: the 本徴収's rest of the rounding on 10月 (parameter tokubetsu_choshu.hasu_tani; no source read). */
    @Test
    void shouldPutTheRestOfTheHonchoshusRoundingOnOctober() {
        // (80,500 − 20,100) ÷ 3 = 20,133 → 20,100, 10月 takes 60,400 − 40,200
        assertThat(gaku(tosho(80_500, jokyo(NENKIN, 6_700L), "2026-07").kibetsu()).subList(3, 6))
                .containsExactly(20_200L, 20_100L, 20_100L);
    }

    @Test
    void shouldTakeAPensionOf180000YenButNotOneYenLess() {
        TokubetsuChoshuTsuchi at = new TokubetsuChoshuTsuchi(180_000, LocalDate.of(2026, 5, 15), null, null);
        TokubetsuChoshuTsuchi under = new TokubetsuChoshuTsuchi(179_999, LocalDate.of(2026, 5, 15), null, null);
        assertThat(tosho(80_400, jokyo(at, null), "2026-07").hoho()).isEqualTo(ChoshuKeikaku.Matome.TOKUBETSU_CHOSHU);
        ChoshuKeikaku.Choshu c = tosho(80_400, jokyo(under, null), "2026-07");
        assertThat(c.hoho()).isEqualTo(ChoshuKeikaku.Matome.FUTSU_CHOSHU);
        assertThat(c.riyu()).anyMatch(r -> r.contains("179,999円") && r.contains("未満"));
        // withheld last February: the 仮徴収 goes on whatever the notice (第140条), the rest is 普通徴収
        ChoshuKeikaku.Choshu h = tosho(80_400, jokyo(under, 6_700L), "2026-07");
        assertThat(h.hoho()).isEqualTo(ChoshuKeikaku.Matome.HEIYO);
        assertThat(h.kibetsu()).filteredOn(k -> k.hoho() == ChoshuHoho.TOKUBETSU).extracting(ChoshuKi::kubun).hasSize(3)
                .containsOnly(ChoshuKubun.KARICHOSHU);
        // 60,300 over 第2期〜第10期 (7月〜3月): 6,700 each
        assertThat(h.kibetsu()).filteredOn(k -> k.hoho() == ChoshuHoho.FUTSU).extracting(ChoshuKi::gaku).hasSize(9)
                .containsOnly(6_700L);
    }

    @Test
    void shouldCollectByFutsuChoshuFromOneWhoBecameInsuredDuringTheYear() {
        ChoshuKeikaku.Choshu c = tosho(40_200, new ChoshuJokyo(2026, false, LocalDate.of(2026, 10, 14), null, NENKIN, null),
                "2026-12");
        assertThat(c.hoho()).isEqualTo(ChoshuKeikaku.Matome.FUTSU_CHOSHU);
        assertThat(c.kibetsu()).extracting(ChoshuKi::kibetsu).containsExactly("第7期", "第8期", "第9期", "第10期");
        assertThat(c.riyu().get(0)).contains("年度の途中（2026-10-14）");
        assertThat(c.konkyo().find("choshu-hoho").orElseThrow().value()).isZero();
    }

    /** unconfirmed: the 仮徴収 of one not withheld last February here is the amount entered with the notice (第140条 not read). */
    @Test
    void shouldUseTheNotifiedProvisionalAmountWithoutAFebruaryWithholdingHere() {
        TokubetsuChoshuTsuchi t = new TokubetsuChoshuTsuchi(1_200_000, LocalDate.of(2026, 5, 15), null, 5_000L);
        ChoshuKeikaku.Choshu c = tosho(80_400, jokyo(t, null), "2026-07");
        assertThat(gaku(c.kibetsu())).containsExactly(5_000L, 5_000L, 5_000L, 21_800L, 21_800L, 21_800L);
        assertThat(c.konkyo().find("karichoshu").orElseThrow().note()).contains("届出");
        // 0: no 仮徴収, the whole year in the three 本徴収
        ChoshuKeikaku.Choshu z = tosho(80_400, jokyo(new TokubetsuChoshuTsuchi(1_200_000, LocalDate.of(2026, 5, 15), null, 0L), null),
                "2026-07");
        assertThat(gaku(z.kibetsu())).containsExactly(26_800L, 26_800L, 26_800L);
    }

    @Test
    void shouldRefundWhenTheProvisionalAmountsExceedTheYear() {
        ChoshuKeikaku.Choshu c = tosho(80_400, jokyo(NENKIN, 30_000L), "2026-07");
        assertThat(gaku(c.kibetsu())).containsExactly(30_000L, 30_000L, 30_000L);
        assertThat(c.kanpu()).isEqualTo(9_600L);
        assertThat(c.riyu()).anyMatch(r -> r.contains("還付"));
    }

    @Test
    void shouldNotWithholdHonchoshuMonthsAlreadyPastAndCollectThatPartByFutsu() {
        // assessed in November: 12月・2月 only
        assertThat(gaku(tosho(80_400, jokyo(NENKIN, 6_700L), "2026-11").kibetsu()).subList(3, 5)).containsExactly(30_200L, 30_100L);
        // assessed in March of the next year: no 本徴収 left, the rest on 第10期
        ChoshuKeikaku.Choshu c = tosho(80_400, jokyo(NENKIN, 6_700L), "2027-03");
        assertThat(c.hoho()).isEqualTo(ChoshuKeikaku.Matome.HEIYO);
        assertThat(c.kibetsu().get(c.kibetsu().size() - 1)).extracting(ChoshuKi::kibetsu, ChoshuKi::gaku).containsExactly("第10期", 60_300L);
    }

    @Test
    void shouldStopTheWithholdingFromTheMonthTheQualificationIsLost() {
        // 喪失日 2026-09-04 (死亡 9/3): 4・6・8月 were withheld, no 本徴収; 月割 5か月 33,500 → 普通徴収 13,400 over 10月〜3月
        ChoshuKeikaku.Choshu c = tosho(33_500, new ChoshuJokyo(2026, true, null, LocalDate.of(2026, 9, 4), NENKIN, 6_700L), "2026-10");
        assertThat(c.kibetsu()).filteredOn(k -> k.hoho() == ChoshuHoho.TOKUBETSU).hasSize(3);
        assertThat(c.kibetsu()).filteredOn(k -> k.hoho() == ChoshuHoho.FUTSU).extracting(ChoshuKi::gaku).containsExactly(2_400L, 2_200L,
                2_200L, 2_200L, 2_200L, 2_200L);
        ChoshuKeikaku.Choshu early = tosho(33_500, new ChoshuJokyo(2026, true, null, LocalDate.of(2026, 7, 4), NENKIN, 6_700L),
                "2026-07");
        assertThat(early.kibetsu()).filteredOn(k -> k.hoho() == ChoshuHoho.TOKUBETSU).extracting(ChoshuKi::nengetsu)
                .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 6));
    }

    @Test
    void shouldLevelTheAugustWithholdingWhenTheInsurerDoes() {
        // 庄原市: (80,400 − 4月・6月 13,400) ÷ 4 over 8月・10月・12月・2月 = 16,750 → 16,700, the rest on 8月
        ChoshuKeikaku.Choshu c = ChoshuKeikaku.tosho(80_400, jokyo(NENKIN, 6_700L), FutsuChoshuTest.params(true), YearMonth.of(2026, 7));
        assertThat(gaku(c.kibetsu())).containsExactly(6_700L, 6_700L, 16_900L, 16_700L, 16_700L, 16_700L);
        assertThat(c.kibetsu().get(2).kibetsu()).isEqualTo("8月（仮徴収・平準化）");
        // August already withheld: no 平準化
        assertThat(gaku(ChoshuKeikaku.tosho(80_400, jokyo(NENKIN, 6_700L), FutsuChoshuTest.params(true), YearMonth.of(2026, 8))
                .kibetsu())).startsWith(6_700L, 6_700L, 6_700L);
    }

    @Test
    void shouldKeepTheWithholdingOnAnIncreaseAndCollectTheIncreaseByFutsu() {
        List<ChoshuKi> genzai = tosho(80_400, jokyo(NENKIN, 6_700L), "2026-07").kibetsu();
        ChoshuKeikaku.Choshu k = ChoshuKeikaku.kosei(100_000, 80_400, genzai, jokyo(NENKIN, 6_700L), P, YearMonth.of(2026, 11));
        assertThat(k.hoho()).isEqualTo(ChoshuKeikaku.Matome.HEIYO);
        assertThat(k.kibetsu()).filteredOn(x -> x.hoho() == ChoshuHoho.TOKUBETSU).extracting(ChoshuKi::gaku)
                .containsExactly(6_700L, 6_700L, 6_700L, 20_100L, 20_100L, 20_100L);
        // 19,600 over 第7期〜第10期 (12月〜3月)
        assertThat(k.kibetsu()).filteredOn(x -> x.hoho() == ChoshuHoho.FUTSU).extracting(ChoshuKi::kibetsu, ChoshuKi::gaku)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("第7期", 4_900L), org.assertj.core.groups.Tuple.tuple("第8期", 4_900L),
                        org.assertj.core.groups.Tuple.tuple("第9期", 4_900L), org.assertj.core.groups.Tuple.tuple("第10期", 4_900L));
        assertThat(k.koseiSagaku()).noneMatch(ChoshuKeikaku.Sagaku::teishi);
    }

    @Test
    void shouldStopTheWithholdingNotYetDueOnADecrease() {
        List<ChoshuKi> genzai = tosho(80_400, jokyo(NENKIN, 6_700L), "2026-07").kibetsu();
        ChoshuKeikaku.Choshu k = ChoshuKeikaku.kosei(60_000, 80_400, genzai, jokyo(NENKIN, 6_700L), P, YearMonth.of(2026, 11));
        assertThat(k.koseiSagaku()).filteredOn(ChoshuKeikaku.Sagaku::teishi).extracting(s -> s.ki().nengetsu())
                .containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 2));
        // withheld 40,200 (4・6・8・10月); 19,800 over 12月〜3月: 4,900 and the rest on 第7期
        assertThat(k.kibetsu()).filteredOn(x -> x.hoho() == ChoshuHoho.FUTSU).extracting(ChoshuKi::gaku)
                .containsExactly(5_100L, 4_900L, 4_900L, 4_900L);
        assertThat(k.kibetsu().stream().mapToLong(ChoshuKi::gaku).sum()).isEqualTo(60_000L);
        // below what was withheld: all stopped, the excess refunded
        ChoshuKeikaku.Choshu r = ChoshuKeikaku.kosei(30_000, 80_400, genzai, jokyo(NENKIN, 6_700L), P, YearMonth.of(2026, 11));
        assertThat(r.kanpu()).isEqualTo(10_200L);
        assertThat(r.kibetsu()).allMatch(x -> x.hoho() == ChoshuHoho.TOKUBETSU);
    }
}
