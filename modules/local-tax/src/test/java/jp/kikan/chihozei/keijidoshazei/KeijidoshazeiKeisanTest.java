package jp.kikan.chihozei.keijidoshazei;

import static jp.kikan.chihozei.keijidoshazei.Kuruma.fuka;
import static jp.kikan.chihozei.keijidoshazei.Kuruma.jikayo;
import static jp.kikan.chihozei.keijidoshazei.Kuruma.yonrin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.KeijidoshazeiFuka;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.domain.ShodoKensa;
import jp.kikan.chihozei.keijidoshazei.domain.ZeiritsuKubun;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * 軽自動車税（種別割） by 年度 at each boundary. Rates: 八代市 https://www.city.yatsushiro.lg.jp/kiji0036652/index.html ;
 * 重課の開始年度: 松戸市 https://www.city.matsudo.chiba.jp/kurashi/zeikin_top/keiji/jukazeiritsu.html ; グリーン化特例: 多良町
 * https://www.town.tara.lg.jp/kurashi/_1020/_3678/_7240.html , 鉾田市 https://www.city.hokota.lg.jp/page/page005734.html .
 */
class KeijidoshazeiKeisanTest {

    @Test
    void shouldTaxAFourWheelerFirstInspectedInMarch2015AtTheOldRateAndOneFromApril2015AtTheNewRate() {
        KeijidoshazeiFuka march = fuka(jikayo(2015, 3), 2025);
        KeijidoshazeiFuka april = fuka(jikayo(2015, 4), 2025);
        assertThat(march.zeiritsuKubun()).isEqualTo(ZeiritsuKubun.KYU);
        assertThat(march.zeigaku()).isEqualTo(7_200);
        assertThat(april.zeiritsuKubun()).isEqualTo(ZeiritsuKubun.HYOJUN);
        assertThat(april.zeigaku()).isEqualTo(10_800);
        // the same boundary for 貨物 営業用 and 三輪
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_KAMOTSU_EIGYOYO, 2015, 3, Nenryo.GASOLINE), 2025).zeigaku()).isEqualTo(3_000);
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_KAMOTSU_EIGYOYO, 2015, 4, Nenryo.GASOLINE), 2025).zeigaku()).isEqualTo(3_800);
        assertThat(fuka(yonrin(ShashuKubun.SANRIN, 2015, 3, Nenryo.GASOLINE), 2025).zeigaku()).isEqualTo(3_100);
        assertThat(fuka(yonrin(ShashuKubun.SANRIN, 2015, 4, Nenryo.GASOLINE), 2025).zeigaku()).isEqualTo(3_900);
    }

    @Test
    void shouldStartTheThirteenYearSurchargeFromTheFiscalYearAfterThirteenYearsHavePassed() {
        // 松戸市: 平成23年4月〜平成24年3月の初度検査 → 令和7年度から, 平成24年4月〜平成25年3月 → 令和8年度から
        assertThat(fuka(jikayo(2012, 3), 2024).zeigaku()).isEqualTo(7_200);
        assertThat(fuka(jikayo(2012, 3), 2025).zeigaku()).isEqualTo(12_900);
        assertThat(fuka(jikayo(2012, 4), 2025).zeigaku()).isEqualTo(7_200);
        assertThat(fuka(jikayo(2012, 4), 2026).zeigaku()).isEqualTo(12_900);
        assertThat(fuka(jikayo(2012, 4), 2026).zeiritsuKubun()).isEqualTo(ZeiritsuKubun.JUKA);
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_KAMOTSU_JIKAYO, 2011, 4, Nenryo.GASOLINE), 2024).zeigaku()).isEqualTo(4_000);
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_KAMOTSU_JIKAYO, 2011, 4, Nenryo.GASOLINE), 2025).zeigaku()).isEqualTo(6_000);
        assertThat(fuka(yonrin(ShashuKubun.SANRIN, 2012, 3, Nenryo.KEIYU), 2025).zeigaku()).isEqualTo(4_600);
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_JOYO_EIGYOYO, 2012, 3, Nenryo.LPG), 2025).zeigaku()).isEqualTo(8_200);
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_KAMOTSU_EIGYOYO, 2012, 3, Nenryo.GASOLINE), 2025).zeigaku()).isEqualTo(4_500);
    }

    @Test
    void shouldExemptElectricGasMethanolAndHybridVehiclesAndTrailersFromTheSurcharge() {
        for (Nenryo n : new Nenryo[] {Nenryo.DENKI, Nenryo.TENNEN_GAS, Nenryo.METHANOL, Nenryo.KONGO_METHANOL,
                Nenryo.GASOLINE_DENRYOKU}) {
            KeijidoshazeiFuka f = fuka(yonrin(ShashuKubun.YONRIN_JOYO_JIKAYO, 2005, 6, n), 2025);
            assertThat(f.zeigaku()).as(n.nameJa()).isEqualTo(7_200);
            assertThat(f.santeiKonkyo().find("keijidosha-juka").orElseThrow().value()).isZero();
        }
        Sharyo hikenin = new Sharyo(ShashuKubun.YONRIN_KAMOTSU_JIKAYO, null, new ShodoKensa(2005, 6), Nenryo.SONOTA, true,
                GreenKubun.NASHI);
        assertThat(fuka(hikenin, 2025).zeigaku()).isEqualTo(4_000);
        assertThat(fuka(yonrin(ShashuKubun.YONRIN_JOYO_JIKAYO, 2005, 6, Nenryo.KEIYU), 2025).zeigaku()).isEqualTo(12_900);
    }

    @Test
    void shouldCountAVehicleWhoseInspectionCertificateShowsOnlyTheYearFromDecember() {
        KeijidoshazeiFuka f = fuka(yonrin(ShashuKubun.YONRIN_JOYO_JIKAYO, 2002, null, Nenryo.GASOLINE), 2023);
        assertThat(f.zeigaku()).isEqualTo(12_900);
        assertThat(f.santeiKonkyo().find("keijidosha-shodo-kensa-minashi").orElseThrow().note()).contains("2002-12");
        // a month shown after 平成15年10月 counts as it is; no month after 2003 cannot be placed
        assertThat(fuka(jikayo(2004, 1), 2023).santeiKonkyo().find("keijidosha-shodo-kensa-minashi")).isEmpty();
        assertThatThrownBy(() -> fuka(yonrin(ShashuKubun.YONRIN_JOYO_JIKAYO, 2010, null, Nenryo.GASOLINE), 2023))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("shodo-kensa-tsuki"));
    }

    @Test
    void shouldReduceANewElectricVehicleOnlyInTheFiscalYearAfterItsFirstInspection() {
        Sharyo ev = Kuruma.green(ShashuKubun.YONRIN_JOYO_JIKAYO, 2024, 6, Nenryo.DENKI, GreenKubun.DENKI_TO);
        KeijidoshazeiFuka r7 = fuka(ev, 2025);
        assertThat(r7.zeigaku()).isEqualTo(2_700);
        assertThat(r7.keikaGaku()).isEqualTo(10_800 - 2_700);
        assertThat(r7.zeiritsuKubun()).isEqualTo(ZeiritsuKubun.KEIKA);
        assertThat(fuka(ev, 2026).zeigaku()).isEqualTo(10_800);
        // 令和7年3月 is in 令和7年度's window, 令和7年4月 in 令和8年度's
        assertThat(fuka(Kuruma.green(ShashuKubun.YONRIN_KAMOTSU_JIKAYO, 2025, 3, Nenryo.DENKI, GreenKubun.DENKI_TO), 2025).zeigaku())
                .isEqualTo(1_300);
        assertThat(fuka(Kuruma.green(ShashuKubun.YONRIN_KAMOTSU_JIKAYO, 2025, 4, Nenryo.DENKI, GreenKubun.DENKI_TO), 2026).zeigaku())
                .isEqualTo(1_300);
        assertThat(fuka(Kuruma.green(ShashuKubun.SANRIN, 2023, 4, Nenryo.DENKI, GreenKubun.DENKI_TO), 2024).zeigaku()).isEqualTo(1_000);
    }

    @Test
    void shouldReduceFuelEfficientCommercialPassengerCarsByTheBandsOfEachFiscalYear() {
        Sharyo r7nenpi70 = Kuruma.green(ShashuKubun.YONRIN_JOYO_EIGYOYO, 2024, 4, Nenryo.GASOLINE, GreenKubun.NENPI_70);
        Sharyo r8nenpi70 = Kuruma.green(ShashuKubun.YONRIN_JOYO_EIGYOYO, 2025, 4, Nenryo.GASOLINE, GreenKubun.NENPI_70);
        Sharyo r8nenpi90 = Kuruma.green(ShashuKubun.YONRIN_JOYO_EIGYOYO, 2025, 4, Nenryo.GASOLINE_DENRYOKU, GreenKubun.NENPI_90);
        assertThat(fuka(r7nenpi70, 2025).zeigaku()).isEqualTo(5_200);
        // the 25% band ended with the 新規検査 of 令和7年3月
        assertThat(fuka(r8nenpi70, 2026).zeigaku()).isEqualTo(6_900);
        assertThat(fuka(r8nenpi90, 2026).zeigaku()).isEqualTo(3_500);
        // a 自家用 gasoline car is not in the fuel-efficiency bands
        assertThat(fuka(Kuruma.green(ShashuKubun.YONRIN_JOYO_JIKAYO, 2024, 4, Nenryo.GASOLINE, GreenKubun.NENPI_90), 2025).zeigaku())
                .isEqualTo(10_800);
    }

    @Test
    void shouldPlaceAMopedInTheBandOfItsDisplacement() {
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, 50), 2025).shashuKubun()).isEqualTo(ShashuKubun.GENTSUKI_50);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, 51), 2025).shashuKubun()).isEqualTo(ShashuKubun.GENTSUKI_90);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, 90), 2025).zeigaku()).isEqualTo(2_000);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, 91), 2025).zeigaku()).isEqualTo(2_400);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, 125), 2025).shashuKubun()).isEqualTo(ShashuKubun.GENTSUKI_125);
        assertThatThrownBy(() -> fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, 126), 2025)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI_50, 80), 2025))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("haikiryo-kubun"));
        assertThatThrownBy(() -> fuka(Kuruma.gentsuki(ShashuKubun.GENTSUKI, null), 2025)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shouldTaxTheOtherClassesAtTheirStandardRate() {
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.MINICAR, null), 2025).zeigaku()).isEqualTo(3_700);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.KEI_NIRIN, 249), 2025).zeigaku()).isEqualTo(3_600);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.NIRIN_KOGATA, 400), 2025).zeigaku()).isEqualTo(6_000);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.KOGATA_TOKUSHU_NOKO, null), 2025).zeigaku()).isEqualTo(2_400);
        assertThat(fuka(Kuruma.gentsuki(ShashuKubun.KOGATA_TOKUSHU_SONOTA, null), 2025).zeigaku()).isEqualTo(5_900);
    }

    @Test
    void shouldRemitTheTaxOfAnApprovedDisabilityExemption() {
        KeijidoshazeiFuka f = fuka(jikayo(2020, 5), 2025, new GenmenKettei("shogaisha", "G-1"));
        assertThat(f.genmenGaku()).isEqualTo(10_800);
        assertThat(f.zeigaku()).isZero();
        var step = f.santeiKonkyo().find("keijidosha-genmen").orElseThrow();
        assertThat(step.parameters().get(0).status()).isEqualTo("unconfirmed");
    }

    @Test
    void shouldExplainEveryStepWithItsArticleAndTheWholeYearOnTheFirstOfApril() {
        KeijidoshazeiFuka f = fuka(jikayo(2012, 3), 2025);
        assertThat(f.fukaKijitsu()).hasToString("2025-04-01");
        assertThat(f.santeiKonkyo().steps()).allSatisfy(s -> assertThat(s.legalBasis()).isNotBlank());
        assertThat(f.santeiKonkyo().setsumei()).anyMatch(l -> l.contains("2025-03"));
        assertThat(f.santeiKonkyo().find("keijidosha-zeigaku").orElseThrow().value()).isEqualTo(f.zeigaku());
    }

    @Test
    void shouldRefuseWhatTheRulesCannotPlace() {
        assertThatThrownBy(() -> fuka(jikayo(2020, 5), 2031))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("nendo-parameters"));
        assertThatThrownBy(() -> fuka(yonrin(ShashuKubun.SANRIN, 2020, 5, null), 2025))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("nenryo-required"));
        assertThatThrownBy(() -> fuka(new Sharyo(ShashuKubun.YONRIN_JOYO_JIKAYO, null, null, Nenryo.GASOLINE, false, null), 2025))
                .isInstanceOf(RuleViolationException.class);
        // first inspected after the 賦課期日: not this 年度's vehicle
        assertThatThrownBy(() -> fuka(jikayo(2025, 5), 2025)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("shodo-kensa-after-fuka-kijitsu"));
        assertThat(fuka(jikayo(2025, 4), 2025).zeigaku()).isEqualTo(10_800);
    }
}
