package jp.kikan.jumin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kikan.platform.checkdigit.JuminhyoCode;
import jp.kikan.platform.checkdigit.KojinBango;
import jp.kikan.platform.checkdigit.Modulus11;
import org.junit.jupiter.api.Test;

class DemoCityGeneratorTest {

    private static final long SEED = DemoCityConfig.DEFAULT_SEED;
    private static final Set<String> ZOKUGARA =
            Set.of("世帯主", "妻", "夫", "子", "父", "母", "子の妻", "子の子", "同居人");
    private static final Pattern ZAIRYU_CARD = Pattern.compile("[A-Z]{2}[0-9]{8}[A-Z]{2}");

    private static List<DemoHousehold> city(int residents, long seed) {
        return DemoCityGenerator.households(DemoCityConfig.demoCity(residents, seed)).toList();
    }

    private static String hashOfFirst(int n, long seed) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        DemoCityGenerator.households(DemoCityConfig.demoCity(50_000, seed))
                .flatMap(h -> h.members().stream().map(p -> h.setaibango() + h.jusho() + h.kaisetsubi() + p))
                .limit(n)
                .forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void sameSeedGivesTheSameCityAndAnotherSeedAnotherCity() throws Exception {
        String first = hashOfFirst(2_000, SEED);
        assertThat(hashOfFirst(2_000, SEED)).isEqualTo(first);
        assertThat(hashOfFirst(2_000, SEED + 1)).isNotEqualTo(first);
    }

    @Test
    void theCityHasExactlyTheConfiguredNumberOfResidents() {
        for (int n : new int[] {1, 2, 1_000, 12_345}) {
            assertThat(DemoCityGenerator.residents(DemoCityConfig.demoCity(n, SEED)).count()).isEqualTo(n);
        }
    }

    @Test
    void everyHouseholdHasExactlyOneSetainushiFirstAndStandardZokugara() {
        for (DemoHousehold h : city(20_000, SEED)) {
            assertThat(h.members().stream().filter(DemoResident::setainushi)).hasSize(1);
            assertThat(h.setainushi().setainushi()).isTrue();
            assertThat(h.setainushi().zokugara()).isEqualTo("世帯主");
            for (int i = 0; i < h.members().size(); i++) {
                DemoResident p = h.members().get(i);
                assertThat(p.kisaiJunjo()).isEqualTo(i + 1);
                assertThat(p.zokugara()).isIn(ZOKUGARA);
                if (i > 0) {
                    assertThat(p.zokugara()).isNotEqualTo("世帯主");
                }
            }
        }
    }

    @Test
    void numbersCarryValidCheckDigitsAndAreUnique() {
        Set<String> atena = new HashSet<>();
        Set<String> setai = new HashSet<>();
        Set<String> kojin = new HashSet<>();
        Set<String> juminhyo = new HashSet<>();
        int residents = 0;
        for (DemoHousehold h : city(30_000, SEED)) {
            assertThat(h.setaibango()).hasSize(10);
            assertThat(Modulus11.isValid(h.setaibango())).as(h.setaibango()).isTrue();
            assertThat(setai.add(h.setaibango())).isTrue();
            for (DemoResident p : h.members()) {
                residents++;
                assertThat(p.atenabango()).hasSize(10);
                assertThat(Modulus11.isValid(p.atenabango())).as(p.atenabango()).isTrue();
                assertThat(KojinBango.isValid(p.kojinbango())).as(p.kojinbango()).isTrue();
                assertThat(JuminhyoCode.isValid(p.juminhyokodo())).as(p.juminhyokodo()).isTrue();
                atena.add(p.atenabango());
                kojin.add(p.kojinbango());
                juminhyo.add(p.juminhyokodo());
            }
        }
        assertThat(atena).hasSize(residents);
        assertThat(kojin).hasSize(residents);
        assertThat(juminhyo).hasSize(residents);
        assertThat(atena).contains(DemoCityGenerator.number(1), DemoCityGenerator.number(residents));
        assertThat(setai).contains(DemoCityGenerator.number(1), DemoCityGenerator.number(setai.size()));
    }

    @Test
    void serialsCanStartAfterExistingNumbers() {
        DemoHousehold first = DemoCityGenerator.households(DemoCityConfig.demoCity(10, SEED), 501, 77)
                .findFirst().orElseThrow();
        DemoHousehold plain = DemoCityGenerator.households(DemoCityConfig.demoCity(10, SEED)).findFirst().orElseThrow();
        assertThat(first.setaibango()).isEqualTo(DemoCityGenerator.number(77));
        assertThat(first.setainushi().atenabango()).isEqualTo(DemoCityGenerator.number(501));
        assertThat(first.setainushi().shimei()).isEqualTo(plain.setainushi().shimei());
    }

    @Test
    void householdSizesAgesAndForeignResidentsLookLikeAnAgingJapaneseCity() {
        List<DemoHousehold> city = city(100_000, SEED);
        int[] sizes = new int[6];
        int total = 0;
        int aged65 = 0;
        int under15 = 0;
        int foreign = 0;
        for (DemoHousehold h : city) {
            sizes[Math.min(h.members().size(), 5)]++;
            for (DemoResident p : h.members()) {
                total++;
                int age = Period.between(p.seinengappi(), DemoCityGenerator.AS_OF).getYears();
                if (age >= 65) {
                    aged65++;
                }
                if (age < 15) {
                    under15++;
                }
                if (p.gaikokujin() != null) {
                    foreign++;
                }
            }
        }
        double households = city.size();
        assertThat(sizes[1] / households).isBetween(0.35, 0.41);
        assertThat(sizes[2] / households).isBetween(0.25, 0.31);
        assertThat(sizes[3] / households).isBetween(0.14, 0.20);
        assertThat(sizes[4] / households).isBetween(0.09, 0.15);
        assertThat(sizes[5] / households).isBetween(0.03, 0.08);
        assertThat(aged65 / (double) total).isBetween(0.26, 0.32);
        assertThat(under15 / (double) total).isBetween(0.09, 0.15);
        assertThat(foreign / (double) total).isBetween(0.02, 0.04);
    }

    @Test
    void datesAreConsistent() {
        for (DemoHousehold h : city(20_000, SEED)) {
            assertThat(h.kaisetsubi()).isBeforeOrEqualTo(DemoCityGenerator.AS_OF);
            for (DemoResident p : h.members()) {
                assertThat(p.seinengappi()).isBeforeOrEqualTo(p.idonengappi());
                assertThat(p.idonengappi()).isBeforeOrEqualTo(DemoCityGenerator.AS_OF)
                        .isAfterOrEqualTo(h.kaisetsubi());
                assertThat(p.jumintonattanengappi()).isEqualTo(p.idonengappi());
                assertThat(p.jushoosadametanengappi()).isEqualTo(p.idonengappi());
                assertThat(p.idojiyu()).isIn("国内転入", "国外転入等", "出生");
                if (p.idojiyu().equals("出生")) {
                    assertThat(p.idonengappi()).isEqualTo(p.seinengappi());
                    assertThat(p.tennyumaejusho()).isNull();
                } else {
                    assertThat(p.tennyumaejusho()).isNotBlank();
                }
                if (p.setainushi()) {
                    assertThat(Period.between(p.seinengappi(), p.idonengappi()).getYears()).isGreaterThanOrEqualTo(18);
                }
            }
        }
    }

    @Test
    void foreignAndJapaneseItemsAreFilledAsTheirKindRequires() {
        int foreign = 0;
        Set<String> statuses = new HashSet<>();
        for (DemoHousehold h : city(50_000, SEED)) {
            for (DemoResident p : h.members()) {
                DemoResident.Gaikokujin g = p.gaikokujin();
                if (g == null) {
                    assertThat(p.juminShubetsu()).isEqualTo("nihonjin");
                    assertThat(p.shimei()).isEqualTo(p.ujiNihonjin() + "　" + p.naNihonjin());
                    assertThat(p.honseki()).isNotBlank();
                    assertThat(p.hittosha()).isNotBlank();
                    continue;
                }
                foreign++;
                boolean tokubetsu = "tokubetsu_eijusha".equals(g.hodai30jono45kubun());
                statuses.add(tokubetsu ? "特別永住者" : g.zairyushikaku());
                assertThat(p.juminShubetsu()).isEqualTo("gaikokujin");
                assertThat(p.honseki()).isNull();
                assertThat(p.hittosha()).isNull();
                assertThat(p.ujiNihonjin()).isNull();
                assertThat(g.romaji()).isEqualTo(p.shimei()).matches("[A-Z ]+");
                assertThat(p.shimeiFurigana()).matches("[\\p{InKatakana}　]+");
                assertThat(g.zairyukadobango()).matches(ZAIRYU_CARD);
                assertThat(g.kokusekiChiiki()).isIn("中国", "ベトナム", "韓国", "フィリピン", "ブラジル", "ネパール",
                        "インドネシア", "米国");
                // a 特別永住者 has no 在留資格; everyone else here is a 中長期在留者 with one
                assertThat(g.hodai30jono45kubun()).isIn("tokubetsu_eijusha", "chukyo_zairyusha");
                if (tokubetsu) {
                    assertThat(g.zairyushikaku()).isNull();
                    assertThat(g.zairyukikan()).isNull();
                } else {
                    assertThat(g.zairyushikaku()).isNotBlank();
                }
                if (g.zairyukikan() == null) {
                    assertThat(tokubetsu || "永住者".equals(g.zairyushikaku())).isTrue();
                    assertThat(g.zairyukikanManryonengappi()).isNull();
                } else {
                    assertThat(g.zairyukikanManryonengappi()).isAfter(DemoCityGenerator.AS_OF);
                }
            }
        }
        assertThat(foreign).isGreaterThan(1_000);
        assertThat(statuses).containsExactlyInAnyOrder("永住者", "技能実習", "特定技能", "留学", "家族滞在", "特別永住者");
    }

    @Test
    void variantSurnamesAppearAtTheConfiguredShareAndAreKeptIntact() {
        String yoshi = new String(Character.toChars(0x20BB7)) + "田";
        String tsujiIvs = "辻" + new String(Character.toChars(0xE0100));
        List<String> base = List.of("吉田", "高橋", "渡辺", "斎藤", "山崎", "辻");
        List<String> variant = List.of(yoshi, "髙橋", "渡邉", "齋藤", "山﨑", tsujiIvs);
        int[] baseCount = new int[6];
        int[] variantCount = new int[6];
        for (DemoHousehold h : city(100_000, SEED)) {
            DemoResident head = h.setainushi(); // one draw per household: members share the surname
            if (head.ujiNihonjin() == null) {
                continue;
            }
            int bi = base.indexOf(head.ujiNihonjin());
            if (bi >= 0) {
                baseCount[bi]++;
            }
            int v = variant.indexOf(head.ujiNihonjin());
            if (v >= 0) {
                variantCount[v]++;
            }
        }
        int b = 0;
        int v = 0;
        for (int i = 0; i < 6; i++) {
            assertThat(variantCount[i]).as(variant.get(i)).isPositive();
            b += baseCount[i];
            v += variantCount[i];
        }
        assertThat(v / (double) (b + v)).isCloseTo(DemoCityGenerator.VARIANT_SURNAME_SHARE,
                org.assertj.core.data.Offset.offset(0.03));

        List<DemoResident> yoshida = DemoCityGenerator.residents(DemoCityConfig.demoCity(20_000, SEED))
                .filter(p -> yoshi.equals(p.ujiNihonjin()) || tsujiIvs.equals(p.ujiNihonjin()))
                .collect(Collectors.toList());
        assertThat(yoshida).isNotEmpty();
        for (DemoResident p : yoshida) {
            assertThat(p.shimei()).startsWith(p.ujiNihonjin());
            assertThat(p.shimei().codePoints().anyMatch(cp -> cp == 0x20BB7 || cp == 0xE0100)).isTrue();
        }
    }

    @Test
    void addressesAreWellFormed() {
        for (DemoHousehold h : city(5_000, SEED)) {
            DemoAddress a = h.jusho();
            assertThat(a.shikuchosonkodo()).isEqualTo("999997");
            assertThat(a.choazakodo()).matches("[0-9]{7}");
            assertThat(a.yubinbango()).matches("[0-9]{7}");
            assertThat(a.todofuken()).isEqualTo("架空県");
            assertThat(a.shikugunchosonmei()).isEqualTo("みなみ市");
            assertThat(a.banchigohyoki()).matches("[0-9]+(番[0-9]+号|番地([0-9]+)?|-[0-9]+(-[0-9]+)?)");
            assertThat(a.katagaki() == null).isEqualTo(a.katagakiFurigana() == null);
            assertThat(a.fullText()).startsWith("架空県みなみ市" + a.choaza());
        }
    }

    @Test
    void configIsValidated() {
        assertThat(DemoCityConfig.demoCity(1_000, 1).lgCode()).isEqualTo("999997");
        assertThatThrownBy(() -> new DemoCityConfig("999990", "架空県", "みなみ市", 1000, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoCityConfig.demoCity(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoCityConfig.demoCity(1_000_001, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoCityConfig("999997", "架空県架空県", "みなみ市", 1000, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthDatesMatchTheDrawnAges() {
        LocalDate asOf = DemoCityGenerator.AS_OF;
        DemoCityGenerator.residents(DemoCityConfig.demoCity(5_000, SEED)).forEach(p -> {
            assertThat(p.seinengappi()).isBeforeOrEqualTo(asOf).isAfter(asOf.minusYears(106));
            assertThat(p.seibetsu()).isIn("1", "2");
        });
    }
}
