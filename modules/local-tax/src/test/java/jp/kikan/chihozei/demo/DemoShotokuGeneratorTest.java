package jp.kikan.chihozei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import jp.kikan.chihozei.demo.DemoShotoku.Kyuyo;
import jp.kikan.chihozei.demo.DemoShotoku.Shinkoku;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.KojinJuminzeiKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.quarkus.config.StandardJson;
import jp.kikan.platform.test.ContractApi;
import org.junit.jupiter.api.Test;

/**
 * The demo incomes without a database: deterministic, a plausible shape over a synthetic city of 10,000 (an aging
 * pyramid like Japan's: 29 % 65+, 11 % under 15) and households with family, every 申告 within the contract and every
 * person's 課税資料 assessed by the engine without a refusal.
 */
class DemoShotokuGeneratorTest {

    static final String CITY = "999997";
    static final int NENDO = 2026;
    static final long SEED = 20261125L;
    static final LocalDate NENMATSU = LocalDate.of(NENDO - 1, 12, 31);
    /** Share of the population by 5-year band 0–4 … 95–99 (総務省 人口推計 2024, rounded). */
    static final double[] PYRAMID = {3.4, 3.9, 4.2, 4.4, 5.0, 5.1, 5.0, 5.5, 6.1, 7.2, 7.6, 6.5, 6.0, 5.8, 7.0, 5.7, 4.7, 3.0,
        1.4, 0.5};

    static final ParameterRepository PARAMETERS = ParameterLoader.loadDefaults();
    static final KojinJuminzeiKeisan ENGINE = new KojinJuminzeiKeisan(PARAMETERS);
    static final TaxJson TAX_JSON = new TaxJson(standardMapper());
    static final OpenApiInteractionValidator CONTRACT = OpenApiInteractionValidator
            .createForSpecificationUrl(ContractApi.SERVED_CONTRACT).build();

    private static ObjectMapper standardMapper() {
        ObjectMapper m = new ObjectMapper();
        new StandardJson().customize(m);
        return m;
    }

    static List<DemoJinbutsu> people(int n) {
        SplittableRandom r = new SplittableRandom(7);
        double total = 0;
        for (double w : PYRAMID) {
            total += w;
        }
        List<DemoJinbutsu> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble() * total;
            int band = 0;
            while (x >= PYRAMID[band] && band < PYRAMID.length - 1) {
                x -= PYRAMID[band++];
            }
            LocalDate birth = NENMATSU.minusYears(band * 5L + r.nextInt(5)).minusDays(r.nextInt(365));
            out.add(DemoJinbutsu.of(atenabango(i + 1), birth, r.nextBoolean() ? "1" : "2"));
        }
        return out;
    }

    static String atenabango(int serial) {
        return Modulus11.withCheckDigit(String.format("%09d", serial));
    }

    @Test
    void sameSeedSamePeopleOtherSeedOthers() {
        List<DemoJinbutsu> ps = people(500);
        DemoShotokuGenerator a = new DemoShotokuGenerator(SEED, CITY, PARAMETERS);
        DemoShotokuGenerator b = new DemoShotokuGenerator(SEED, CITY, PARAMETERS);
        DemoShotokuGenerator other = new DemoShotokuGenerator(SEED + 1, CITY, PARAMETERS);
        List<DemoShotoku> first = ps.stream().map(p -> a.kojin(p, NENDO)).toList();
        List<DemoJinbutsu> backwards = new ArrayList<>(ps);
        Collections.reverse(backwards);
        List<DemoShotoku> reversed = new ArrayList<>(backwards.stream().map(p -> b.kojin(p, NENDO)).toList());
        Collections.reverse(reversed);
        assertThat(reversed).isEqualTo(first); // the order people come in changes nothing
        assertThat(ps.stream().map(p -> other.kojin(p, NENDO)).toList()).isNotEqualTo(first);
        // the next year: the same jobs, amounts moved a little
        DemoJinbutsu worker = ps.stream().filter(p -> !a.kojin(p, NENDO).kyuyo().isEmpty()
                && p.age(NENMATSU) >= 30 && p.age(NENMATSU) < 55).findFirst().orElseThrow();
        Kyuyo now = a.kojin(worker, NENDO).kyuyo().get(0);
        Kyuyo before = a.kojin(worker, NENDO - 1).kyuyo().get(0);
        assertThat(before.jigyosho()).isEqualTo(now.jigyosho());
        assertThat((double) before.shunyu() / now.shunyu()).isBetween(0.9, 1.1);
    }

    @Test
    void aPlausibleCityWhoseEveryEntryTheEngineAssesses() {
        DemoShotokuGenerator g = new DemoShotokuGenerator(SEED, CITY, PARAMETERS);
        List<DemoJinbutsu> ps = people(10_000);
        int working = 0;
        int withSalary = 0;
        int twoEmployers = 0;
        int adults = 0;
        int mishinkoku = 0;
        int elderly = 0;
        int pension = 0;
        int hogo = 0;
        int women = 0;
        int womenUnder103 = 0;
        List<Long> salaries = new ArrayList<>();
        List<Long> pensions = new ArrayList<>();
        double shakaiRatio = 0;
        int shakaiN = 0;
        for (DemoJinbutsu p : ps) {
            DemoShotoku d = g.kojin(p, NENDO);
            int age = p.age(NENMATSU);
            assessedWithoutRefusal(p, d);
            if (age < 15) {
                assertThat(d.nashi()).as("a child has no income").isTrue();
            }
            if (age >= 20) {
                adults++;
                mishinkoku += d.nashi() ? 1 : 0;
            }
            if (age >= 20 && age < 65) {
                working++;
                if (!d.kyuyo().isEmpty()) {
                    withSalary++;
                    twoEmployers += d.kyuyo().size() > 1 ? 1 : 0;
                    salaries.add(d.kyuyoGokei());
                    if ("2".equals(p.seibetsu())) {
                        women++;
                        womenUnder103 += d.kyuyoGokei() < 1_030_000 ? 1 : 0;
                    }
                    Kyuyo k = d.kyuyo().get(0);
                    if (k.shunyu() >= 3_000_000 && k.shunyu() <= 6_000_000) {
                        shakaiRatio += (double) (k.shakaiHokenryo() - k.shokiboKigyoKyosaiKakekin()) / k.shunyu();
                        shakaiN++;
                    }
                }
            }
            if (age >= 65) {
                elderly++;
                if (d.shinkoku() != null && d.shinkoku().kotekiNenkinShunyu() > 0) {
                    pension++;
                    pensions.add(d.shinkoku().kotekiNenkinShunyu());
                }
            }
            hogo += d.shinkoku() != null && d.shinkoku().seikatsuHogo() ? 1 : 0;
        }
        Collections.sort(salaries);
        Collections.sort(pensions);
        long median = salaries.get(salaries.size() / 2);
        System.out.printf("demo incomes over %d synthetic residents: 20-64 with salary %.1f %% (two employers %.1f %% of them),"
                + " median salary %,d (p10 %,d, p90 %,d), women's salaries under 103万 %.1f %%, 社会保険料 %.1f %% of a 300–600万"
                + " salary, 65+ with a pension %.1f %% (median %,d), 未申告 adults %.1f %%, 生活保護 %.1f %%%n", ps.size(),
                100.0 * withSalary / working, 100.0 * twoEmployers / withSalary, median, salaries.get(salaries.size() / 10),
                salaries.get(salaries.size() * 9 / 10), 100.0 * womenUnder103 / women, 100 * shakaiRatio / shakaiN,
                100.0 * pension / elderly, pensions.get(pensions.size() / 2), 100.0 * mishinkoku / adults, 100.0 * hogo / ps.size());
        assertThat((double) withSalary / working).isBetween(0.65, 0.85);
        assertThat((double) twoEmployers / withSalary).isBetween(0.02, 0.07);
        assertThat(median).isBetween(3_300_000L, 4_500_000L);
        assertThat(salaries.get(salaries.size() / 10)).isBetween(700_000L, 2_000_000L);
        assertThat(salaries.get(salaries.size() * 9 / 10)).isBetween(6_000_000L, 9_500_000L);
        assertThat((double) womenUnder103 / women).isBetween(0.10, 0.35);
        assertThat(shakaiRatio / shakaiN).isBetween(0.14, 0.16);
        assertThat((double) pension / elderly).isGreaterThan(0.85);
        assertThat(pensions.get(pensions.size() / 2)).isBetween(900_000L, 2_000_000L);
        assertThat((double) mishinkoku / adults).isBetween(0.01, 0.08);
        assertThat((double) hogo / ps.size()).isBetween(0.005, 0.03);
    }

    @Test
    void familyOnlyFromTheHouseholdAndEveryDeclarationAssessed() {
        DemoShotokuGenerator g = new DemoShotokuGenerator(SEED, CITY, PARAMETERS);
        SplittableRandom r = new SplittableRandom(11);
        int serial = 100_000;
        int spouses = 0;
        int dependents = 0;
        int parents = 0;
        for (int h = 0; h < 1_500; h++) {
            List<DemoJinbutsu> members = DemoHouseholds.household(r, "S" + h, serial);
            serial += members.size();
            Map<String, DemoShotoku> out = g.setai(members, NENDO);
            assertThat(out.keySet()).containsExactlyElementsOf(members.stream().map(DemoJinbutsu::atenabango).toList());
            Set<String> here = new HashSet<>(out.keySet());
            Set<String> claimed = new HashSet<>();
            for (DemoJinbutsu p : members) {
                DemoShotoku d = out.get(p.atenabango());
                assessedWithoutRefusal(p, d);
                Shinkoku s = d.shinkoku();
                if (s == null) {
                    continue;
                }
                List<DemoShotoku.Shinzoku> family = new ArrayList<>(s.fuyoShinzoku());
                if (s.haigusha() != null) {
                    spouses++;
                    family.add(s.haigusha());
                    assertThat(s.haigusha().gokeiShotoku()).isLessThanOrEqualTo(DemoKazoku.HAIGUSHA_JOGEN);
                    // nobody claims their own claimant as spouse in return
                    Shinkoku back = out.get(s.haigusha().atenabango()).shinkoku();
                    assertThat(back == null || back.haigusha() == null || !back.haigusha().atenabango().equals(p.atenabango()))
                            .isTrue();
                }
                dependents += s.fuyoShinzoku().size();
                parents += (int) s.fuyoShinzoku().stream().filter(DemoShotoku.Shinzoku::chokkeiSonzoku).count();
                for (DemoShotoku.Shinzoku f : family) {
                    assertThat(here).as("a claimed person lives in the household").contains(f.atenabango());
                    assertThat(f.atenabango()).isNotEqualTo(p.atenabango());
                    assertThat(claimed.add(f.atenabango())).as("claimed once").isTrue();
                    DemoJinbutsu m = members.stream().filter(x -> x.atenabango().equals(f.atenabango())).findFirst().orElseThrow();
                    assertThat(f.seinengappi()).isEqualTo(m.seinengappi());
                }
            }
        }
        System.out.printf("demo households: 1,500 → %d spouses and %d dependents claimed (%d of them parents)%n", spouses,
                dependents, parents);
        assertThat(spouses).isGreaterThan(300);
        assertThat(dependents).isGreaterThan(300);
        assertThat(parents).isGreaterThan(20);
    }

    /**
     * What the assessment will read — the stored 申告 through the contract's JSON and TaxJson, as the service does,
     * or the reports added up — is accepted by the engine; the 申告 is a valid ShinkokuRequest (limits included).
     */
    static void assessedWithoutRefusal(DemoJinbutsu p, DemoShotoku d) {
        if (d.nashi()) {
            return;
        }
        for (Kyuyo k : d.kyuyo()) {
            assertThat(k.shunyu()).isPositive();
            assertThat(k.shakaiHokenryo()).isBetween(k.shokiboKigyoKyosaiKakekin(), k.shunyu());
            assertThat(k.shokiboKigyoKyosaiKakekin()).isNotNegative();
        }
        KazeiNyuryoku in = DemoShinkokuJson.nyuryoku(d, NENDO, CITY, p.seinengappi());
        if (d.shinkoku() != null) {
            String naiyo = DemoShinkokuJson.naiyo(d.shinkoku());
            ObjectNode request = (ObjectNode) TAX_JSON.tree(naiyo);
            request.put("atenabango", p.atenabango());
            request.put("nendo", NENDO);
            ValidationReport report = CONTRACT.validateRequest(SimpleRequest.Builder.post("/v1/kojin-juminzei/shinkoku")
                    .withContentType("application/json").withAuthorization("Bearer t")
                    .withHeader("Idempotency-Key", UUID.randomUUID().toString()).withBody(request.toString()).build());
            assertThat(report.getMessages()).as(naiyo).isEmpty();
            // as NyuryokuBuilder makes the engine's input of a stored 申告
            ObjectNode stored = (ObjectNode) TAX_JSON.tree(naiyo);
            stored.put("nendo", NENDO);
            stored.put("shikuchosonkodo", CITY);
            (stored.has("honnin") ? (ObjectNode) stored.get("honnin") : stored.putObject("honnin"))
                    .put("seinengappi", p.seinengappi().toString());
            KazeiNyuryoku viaJson = TAX_JSON.nyuryoku(stored);
            assertThat(viaJson).isEqualTo(in);
        }
        var fuka = ENGINE.fuka(in);
        assertThat(fuka.nenZeigaku()).isNotNegative();
    }
}
