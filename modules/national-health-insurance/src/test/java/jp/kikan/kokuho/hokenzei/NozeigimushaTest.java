package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 世帯主 changes during the 年度 (levy rules B5, 松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html):
 * the old 世帯主 is liable to the month before the change, the new one from the change's month (the 世帯主 at each month's
 * end). 令和7年度 みなみ市, the insured 世帯主 born 1975 with 総所得金額等 300万: 医療分 237,040, 支援金分 83,820, 介護分
 * 68,540 a year.
 */
@Tag("fn:kokuho.hokenzei.tsukiwari")
@Tag("fn:kokuho.hokenzei.fuka")
class NozeigimushaTest {

    private static HokenzeiKekka.BunpaiKubun part(HokenzeiKekka.Bunpai b, Kubun k) {
        return b.kubun().stream().filter(x -> x.kubun() == k).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "change in month {0}: A {1} months, B {2}")
    @CsvSource({"5, 1, 11", "10, 6, 6", "1, 9, 3", "3, 11, 1"})
    void shouldChargeEachHeadTheMonthsHeWasTheHeadAtTheMonthsEnd(int kara, int a, int b) {
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).keisan("A", "B", kara);
        assertThat(k.bunpai()).extracting(HokenzeiKekka.Bunpai::nozeigimusha).containsExactly("A", "B");
        assertThat(k.bunpai().get(0).tsuki()).hasSize(a).first().isEqualTo(4);
        assertThat(k.bunpai().get(1).tsuki()).hasSize(b).first().isEqualTo(kara);
        assertThat(k.bunpai().get(1).tsuki()).last().isEqualTo(3);
        // each share rounded on its own (100円未満切捨て), the 区分 and the year their sums
        long iryoA = 237_040L * a / 12 / 100 * 100;
        assertThat(part(k.bunpai().get(0), Kubun.IRYO).nengaku()).isEqualTo(iryoA);
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(iryoA + 237_040L * b / 12 / 100 * 100);
        assertThat(k.nengaku()).isEqualTo(k.bunpai().get(0).nengaku() + k.bunpai().get(1).nengaku());
        assertThat(k.santeiKonkyo().steps().stream().filter(s -> s.ruleId().equals("nozeigimusha-betsu")).count()).isEqualTo(2);
    }

    @Test
    void shouldSplitAnOctoberChangeInHalves() {
        // 介護分 68,540 × 6/12 = 34,270 → 34,200 each: 68,400 for the year (one 世帯主 throughout: 68,500)
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).keisan("A", "B", 10);
        assertThat(k.bunpai()).allSatisfy(b -> {
            assertThat(part(b, Kubun.IRYO).nengaku()).isEqualTo(118_500);
            assertThat(part(b, Kubun.SHIEN).nengaku()).isEqualTo(41_900);
            assertThat(part(b, Kubun.KAIGO).nengaku()).isEqualTo(34_200);
            assertThat(b.nengaku()).isEqualTo(194_600);
        });
        assertThat(Setai.kubun(k, Kubun.KAIGO).nengaku()).isEqualTo(68_400);
        assertThat(Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).keisan().kubun().get(2).nengaku()).isEqualTo(68_500);
    }

    @Test
    void shouldKeepOneHeadWhenTheChangeFallsInMonthsWithoutInsured() {
        // insured from January only: the change in October touches no charged month
        HokenzeiKekka k = Setai.nendo(2025).kikan("1975-05-05", 3_000_000, "2026-01-10", null).keisan("A", "B", 10);
        assertThat(k.bunpai()).isNull();
        assertThat(Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).keisan("A", "A", 10).bunpai()).isNull();
    }

    @Test
    void shouldEndTheTokuteiSetaiFromTheMonthTheHeadChanges() {
        // 佐倉市: 世帯主が変わった場合は、その日から特定世帯・特定継続世帯ではなくなり、その月以降の平等割は減額されません
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).tokutei("1949-06-20", 0).keisan("A", "B", 11);
        assertThat(Setai.kubun(k, Kubun.IRYO).kikan()).extracting(HokenzeiKekka.Kikan::tsukiKara, HokenzeiKekka.Kikan::tokuteiSetai)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "tokutei"), org.assertj.core.groups.Tuple.tuple(11, null));
    }
}
