package jp.kikan.kaigo.choshu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.hokenryo.parameter.Param;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 普通徴収の期別 with みなみ市's 納期 (as 佐世保市: 10期 6月〜翌3月, 納期限 月末・12月は25日; 100円未満 to the first 期): the
 * split one yen either side of an even amount, the 期 left at a mid-year assessment, 随時 after the last 期, and a 更正
 * keeping what is due.
 */
@Tag("fn:kaigo.hokenryo.kibetsu")
class FutsuChoshuTest {

    static final Nokigen NOKIGEN = new Nokigen(List.of(6, 7, 8, 9, 10, 11, 12, 1, 2, 3), Map.of(12, 25), 100, 1);
    static final ChoshuParameters PARAMS = params(false);

    static ChoshuParameters params(boolean heijunka) {
        return new ChoshuParameters(2026, new Param<>("nokigen", "普通徴収の納期", 2026, "999997", NOKIGEN, "介護保険法第133条",
                "佐世保市 http://www.city.sasebo.lg.jp/hokenhukusi/iryoho/futsuchoshu.html", "inferred", null),
                new Param<>("tokubetsu_choshu", "特別徴収の対象と月", 2026, "kuni", new TokubetsuChoshuKijun(180_000, List.of(4, 6, 8),
                        List.of(10, 12, 2)), "介護保険法第135条・第140条", "下呂市 https://www.city.gero.lg.jp/site/houkatsu/974.html",
                        "confirmed", null),
                new Param<>("tokubetsu_choshu", "特別徴収の本徴収の端数と平準化", 2026, "999997", new TokubetsuChoshuHoshiki(100, heijunka),
                        "介護保険法第140条", "庄原市 https://www.city.shobara.hiroshima.jp/main/life/post_1715.html", "unconfirmed", null));
    }

    /** A 第1号被保険者 on 4月1日 with no pension notice: 普通徴収 only. */
    static final ChoshuJokyo FUTSU = new ChoshuJokyo(2026, true, null, null, null, null);

    private static List<Long> gaku(List<ChoshuKi> ki) {
        return ki.stream().map(ChoshuKi::gaku).toList();
    }

    private static ChoshuKeikaku.Choshu tosho(long nengaku, String kijun) {
        return ChoshuKeikaku.tosho(nengaku, FUTSU, PARAMS, YearMonth.parse(kijun));
    }

    @Test
    void shouldSplitOverTheTenNokigenWithTheRestOfTheRoundingOnTheFirst() {
        ChoshuKeikaku.Choshu c = tosho(80_400, "2026-04");
        assertThat(c.kibetsu()).hasSize(10);
        assertThat(gaku(c.kibetsu())).containsExactly(8_400L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L);
        assertThat(c.kibetsu().get(0).kibetsu()).isEqualTo("第1期");
        assertThat(c.kibetsu().get(0).nengetsu()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(c.kibetsu().get(9).nengetsu()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(c.hoho()).isEqualTo(ChoshuKeikaku.Matome.FUTSU_CHOSHU);
        assertThat(c.konkyo().find("futsu-choshu")).isPresent();
    }

    @Test
    void shouldSplitAnAmountOneYenEitherSideOfAnEvenOne() {
        assertThat(gaku(tosho(80_000, "2026-04").kibetsu())).containsOnly(8_000L);
        // 79,999 ÷ 10 = 7,999.9 → 7,900 for 第2期〜第10期; 第1期 takes 79,999 − 71,100
        assertThat(gaku(tosho(79_999, "2026-04").kibetsu())).startsWith(8_899L, 7_900L).endsWith(7_900L);
        assertThat(gaku(tosho(80_001, "2026-04").kibetsu())).startsWith(8_001L, 8_000L).endsWith(8_000L);
        assertThat(gaku(tosho(79_999, "2026-04").kibetsu()).stream().mapToLong(Long::longValue).sum()).isEqualTo(79_999L);
    }

    @Test
    void shouldPrintTheNokigenOfTheOrdinanceAndTheMonthsEndOtherwise() {
        List<ChoshuKi> ki = tosho(80_400, "2026-04").kibetsu();
        assertThat(ki.get(6).nokigen()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(ki.get(8).nokigen()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ki.get(0).nokigen()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void shouldSplitOnlyOverTheNokigenFromTheBusinessMonthOn() {
        // assessed in the month of 第1期: all 10; a month later: from 第2期
        assertThat(tosho(52_200, "2026-06").kibetsu()).hasSize(10);
        List<ChoshuKi> july = tosho(52_200, "2026-07").kibetsu();
        assertThat(july).hasSize(9);
        assertThat(july.get(0).kibetsu()).isEqualTo("第2期");
        // became 65 in October, assessed in December: 第7期〜第10期, 52,200 ÷ 4 = 13,050 → 13,000, the rest on 第7期
        List<ChoshuKi> dec = tosho(52_200, "2026-12").kibetsu();
        assertThat(dec).extracting(ChoshuKi::kibetsu).containsExactly("第7期", "第8期", "第9期", "第10期");
        assertThat(gaku(dec)).containsExactly(13_200L, 13_000L, 13_000L, 13_000L);
    }

    @Test
    void shouldPutTheWholeAmountOnOneZuijiWhenEveryNokigenHasPassed() {
        assertThat(tosho(22_900, "2027-03").kibetsu()).extracting(ChoshuKi::kibetsu).containsExactly("第10期");
        List<ChoshuKi> after = tosho(22_900, "2027-04").kibetsu();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).kubun()).isEqualTo(ChoshuKubun.ZUIJI);
        assertThat(after.get(0).nengetsu()).isEqualTo(YearMonth.of(2027, 5));
        assertThat(after.get(0).nokigen()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(after.get(0).gaku()).isEqualTo(22_900L);
    }

    @Test
    void shouldKeepTheInstalmentsDueAndSplitTheRestOnACorrection() {
        List<ChoshuKi> genzai = tosho(80_400, "2026-04").kibetsu();
        ChoshuKeikaku.Choshu k = ChoshuKeikaku.kosei(100_000, 80_400, genzai, FUTSU, PARAMS, YearMonth.of(2026, 12));
        // 6月〜12月 due (8,400 + 6 × 8,000 = 56,400); 43,600 over 1月〜3月: 14,500 and the rest on 第8期
        assertThat(k.koseiSagaku()).extracting(ChoshuKeikaku.Sagaku::torai).containsExactly(true, true, true, true, true, true, true,
                false, false, false);
        assertThat(gaku(k.kibetsu())).containsExactly(8_400L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 14_600L, 14_500L,
                14_500L);
        assertThat(k.koseiSagaku().get(7).sagaku()).isEqualTo(6_600L);
        assertThat(k.zuiji()).isZero();
        assertThat(k.kanpu()).isZero();
    }

    @Test
    void shouldRefundWhatWasDueBeyondTheNewAmount() {
        List<ChoshuKi> genzai = tosho(80_400, "2026-04").kibetsu();
        ChoshuKeikaku.Choshu k = ChoshuKeikaku.kosei(50_000, 80_400, genzai, FUTSU, PARAMS, YearMonth.of(2026, 12));
        assertThat(k.kanpu()).isEqualTo(6_400L);
        assertThat(gaku(k.kibetsu())).hasSize(7).containsOnly(8_400L, 8_000L);
        assertThat(k.koseiSagaku().subList(7, 10)).extracting(ChoshuKeikaku.Sagaku::koseigo).containsOnly(0L);
    }

    @Test
    void shouldCollectACorrectionAfterTheLastNokigenAtOnce() {
        List<ChoshuKi> genzai = tosho(80_400, "2026-04").kibetsu();
        ChoshuKeikaku.Choshu k = ChoshuKeikaku.kosei(90_000, 80_400, genzai, FUTSU, PARAMS, YearMonth.of(2027, 4));
        assertThat(k.zuiji()).isEqualTo(9_600L);
        ChoshuKi last = k.kibetsu().get(k.kibetsu().size() - 1);
        assertThat(last.kubun()).isEqualTo(ChoshuKubun.ZUIJI);
        assertThat(last.nengetsu()).isEqualTo(YearMonth.of(2027, 5));
        assertThat(gaku(k.kibetsu()).stream().mapToLong(Long::longValue).sum()).isEqualTo(90_000L);
    }
}
