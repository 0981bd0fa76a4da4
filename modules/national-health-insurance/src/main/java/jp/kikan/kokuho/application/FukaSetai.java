package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.kokuho.client.chihozei.model.ShotokuJoho;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.hokenzei.policy.TsukiwariPolicy;
import jp.kikan.kokuho.infrastructure.JuminKirokuStore;
import jp.kikan.kokuho.infrastructure.ShotokuJohoClient;
import jp.kikan.kokuho.shikaku.domain.SetaiRireki;
import jp.kikan.kokuho.shikaku.domain.TokuteiDoitsuPolicy;
import jp.kikan.kokuho.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.jumin.Jumin;

/**
 * The household of an assessment: who of the 住民票の世帯 enters it (the 世帯主 — also a 擬制世帯主 —, each person insured
 * in the 年度, each 特定同一世帯所属者), with their qualification periods in the 年度 (this service's history) and their incomes (local tax's
 * income information), as the engine's members; the members as the version keeps them (for its notice); and those
 * whose income is unknown (未申告, or unknown to local tax), which stop the assessment.
 */
@ApplicationScoped
public class FukaSetai {

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    ShotokuJohoClient shotoku;

    @Inject
    JuminKirokuStore kiroku;

    @Inject
    ObjectMapper mapper;

    /**
     * @param members      the engine's members
     * @param ids          the 宛名番号 of the people read (for the access log)
     * @param used         the incomes used, by 宛名番号 (the version keeps them: a 更正 in local tax finds the households)
     * @param setaiin      the members as the version keeps them
     * @param nushi        the 世帯主 (納税義務者): the resident one now, else the last recorded; null when none is recorded
     * @param nozeigimusha the 納税義務者 of each month (the 世帯主 at its end), April first; empty when one for the 年度
     * @param fumei        one violation per person whose income is unknown
     */
    public record Shukei(List<Setaiin> members, List<String> ids, ObjectNode used, ArrayNode setaiin, String nushi,
            List<String> nozeigimusha, List<FieldViolation> fumei, List<String> unknown) {

        /** Whether someone of the household is insured for part of the 年度 at least. */
        public boolean hihokenshaAri() {
            for (var m : setaiin) {
                if (m.path("hihokensha").asBoolean()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A person of the household as the 年度 sees him. */
    record Hito(Jumin jumin, List<ShikakuRireki.Kikan> kikan, boolean tokutei) {
    }

    /**
     * What one household's assessment reads — its people, who is liable each month, each person's periods in the 年度
     * and whether he is a 特定同一世帯所属者 — and the incomes of those whose income enters it ({@link #shotokuTaisho}).
     * Built by {@link #yomikomi} for many households at once; the rules stay in {@link #shukei}.
     */
    public record Nyuryoku(List<Hito> hito, List<String> tsuki, String kijunNushi, String nushi,
            Map<String, ShotokuJoho> shotoku) {

        /** Whether the person enters the household's members (the version keeps him). */
        private boolean kept(Hito h) {
            return setainushi(h) || liable(h) || !h.kikan().isEmpty() || h.tokutei();
        }

        /** Whether his income is used: the 軽減's 世帯主, an insured person, a 特定同一世帯所属者. */
        private boolean shotokuAri(Hito h) {
            return setainushi(h) || !h.kikan().isEmpty() || h.tokutei();
        }

        private boolean setainushi(Hito h) {
            return h.jumin().atenabango().equals(kijunNushi);
        }

        private boolean liable(Hito h) {
            return tsuki.contains(h.jumin().atenabango()) || h.jumin().atenabango().equals(nushi);
        }

        /** The persons whose income the assessment reads. */
        List<String> shotokuTaisho() {
            return hito.stream().filter(this::shotokuAri).map(h -> h.jumin().atenabango()).toList();
        }

        Nyuryoku withShotoku(Map<String, ShotokuJoho> s) {
            return new Nyuryoku(hito, tsuki, kijunNushi, nushi, s);
        }
    }

    /** One household as the single 賦課 reads it ({@link #yomikomi} of one). */
    public Shukei shukei(String lgCode, String setaibango, List<Jumin> people, int nendo) {
        return shukei(yomikomi(lgCode, Map.of(setaibango, people), nendo).get(setaibango), nendo);
    }

    /**
     * What the assessments of these households (世帯番号 → everyone recorded in it) read, in a few set-based reads for
     * all of them: the households' versions in resident records' feed, every person's qualification history, the own
     * versions of those who moved to 後期高齢者医療 (the 特定同一世帯所属者 judgement), the incomes that enter.
     */
    public Map<String, Nyuryoku> yomikomi(String lgCode, Map<String, List<Jumin>> people, int nendo) {
        Map<String, SetaiRireki> setai = kiroku.setai(lgCode, people.keySet());
        List<String> all = people.values().stream().flatMap(List::stream).map(Jumin::atenabango).toList();
        Map<String, ShikakuRireki> rireki = rirekis.rireki(lgCode, all);
        LocalDate kijitsu = LocalDate.of(nendo, 4, 1);
        List<String> koki = all.stream().filter(a -> TokuteiDoitsuPolicy.kokiIkobi(rireki.get(a))
                .filter(d -> d.isBefore(kijitsu.plusYears(1))).isPresent()).toList();
        Map<String, List<SetaiRireki.Kiroku>> kojin = kiroku.person(lgCode, koki);
        Map<String, Nyuryoku> plans = new LinkedHashMap<>();
        people.forEach((s, p) -> plans.put(s, keikaku(p, setai.get(s), rireki, kojin, nendo)));
        Map<String, ShotokuJoho> shotokus = shotoku.shotokuJoho(lgCode,
                plans.values().stream().flatMap(n -> n.shotokuTaisho().stream()).toList(), nendo);
        plans.replaceAll((s, n) -> n.withShotoku(shotokus));
        return plans;
    }

    private Nyuryoku keikaku(List<Jumin> people, SetaiRireki setai, Map<String, ShikakuRireki> rireki,
            Map<String, List<SetaiRireki.Kiroku>> kojin, int nendo) {
        String current = people.stream().filter(p -> p.setainushi() && p.jumin()).map(Jumin::atenabango).findFirst().orElse(null);
        List<String> tsuki = TsukiwariPolicy.tsuki(nendo).stream()
                .map(m -> setai.setainushiOn(m.atEndOfMonth()).orElse(current)).toList();
        List<Hito> hito = new ArrayList<>();
        for (Jumin p : people) {
            ShikakuRireki r = rireki.get(p.atenabango());
            hito.add(new Hito(p, FukaKikan.inNendo(r, nendo), tokuteiDoitsu(r, kojin.getOrDefault(p.atenabango(), List.of()),
                    setai, nendo)));
        }
        // the 軽減 is judged with the 世帯主 of its 基準日 (4月1日, or the day the household joins later)
        LocalDate kijunbi = kijunbi(hito, nendo);
        String kijunNushi = setai.setainushiOn(kijunbi).orElse(current);
        // the version's 納税義務者: the resident 世帯主 now, else the last one recorded — a household that moved out (to
        // another municipality of the prefecture, too) or whose 世帯主 died is still assessed 月割 for its months here
        String nushi = current != null ? current : tsuki.get(11);
        return new Nyuryoku(hito, tsuki, kijunNushi, nushi, Map.of());
    }

    /** The household's members, their incomes and whose is unknown, from what {@link #yomikomi} read. */
    public Shukei shukei(Nyuryoku n, int nendo) {
        List<Setaiin> members = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<FieldViolation> fumei = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        ObjectNode used = mapper.createObjectNode();
        ArrayNode setaiin = mapper.createArrayNode();
        for (Hito h : n.hito()) {
            Jumin p = h.jumin();
            if (!n.kept(h)) {
                continue;
            }
            ids.add(p.atenabango());
            ObjectNode kept = kept(p, n.liable(h), h.kikan(), nendo);
            if (h.tokutei()) {
                kept.put("tokutei_doitsu_setai_shozokusha", true);
            }
            setaiin.add(kept);
            if (!n.shotokuAri(h)) {
                continue; // liable for some months only: neither insured nor in the judgement — his income is not used
            }
            Optional<ShotokuJoho> s = Optional.ofNullable(n.shotoku().get(p.atenabango()));
            if (s.isEmpty() || Boolean.TRUE.equals(s.get().getMishinkoku()) || s.get().getSoShotokuKingakuTo() == null) {
                unknown.add(p.atenabango());
                fumei.add(new FieldViolation("setaiin", StandardErrorCode.E0001, "shotoku-fumei",
                        "宛名番号 " + p.atenabango() + " の" + (nendo - 1) + "年分の所得が分かりません（"
                                + (s.isEmpty() ? "所得情報なし" : "未申告") + "）。簡易申告などで所得を確認してください"));
                continue;
            }
            used.set(p.atenabango(), mapper.valueToTree(s.get()));
            members.addAll(FukaKikan.setaiin(p.seinengappi(), n.setainushi(h), h.tokutei(), h.kikan(), s.get(), nendo));
        }
        List<String> tsuki = n.tsuki();
        boolean one = tsuki.stream().distinct().count() == 1 || tsuki.contains(null);
        return new Shukei(members, ids, used, setaiin, n.nushi(), one ? List.of() : tsuki, fumei, unknown);
    }

    /** 4月1日 when someone of the household is insured that day, else the first day one is insured in the 年度. */
    private static LocalDate kijunbi(List<Hito> hito, int nendo) {
        LocalDate april = LocalDate.of(nendo, 4, 1);
        return hito.stream().flatMap(h -> h.kikan().stream()).map(k -> k.contains(april) ? april : k.shutokubi())
                .filter(d -> !d.isBefore(april)).min(LocalDate::compareTo).orElse(april);
    }

    /**
     * Whether the person is a 特定同一世帯所属者 of the household for the 年度: he joined 後期高齢者医療 before the 年度's
     * end and, from then to the 賦課期日 (or to the move, if later), stayed in the household with the same 世帯主.
     */
    private static boolean tokuteiDoitsu(ShikakuRireki rireki, List<SetaiRireki.Kiroku> person, SetaiRireki setai,
            int nendo) {
        LocalDate kijitsu = LocalDate.of(nendo, 4, 1);
        return TokuteiDoitsuPolicy.kokiIkobi(rireki).filter(d -> d.isBefore(kijitsu.plusYears(1)))
                .map(d -> TokuteiDoitsuPolicy.tokuteiDoitsu(rireki, person, setai, d.isAfter(kijitsu) ? d : kijitsu))
                .orElse(false);
    }

    /** A member as the version keeps it: as recorded then, with the periods insured within the 年度. */
    ObjectNode kept(Jumin p, boolean setainushi, List<ShikakuRireki.Kikan> kikan, int nendo) {
        ObjectNode o = mapper.createObjectNode();
        o.put("atenabango", p.atenabango());
        o.put("shimei", p.shimei());
        o.put("seinengappi", p.seinengappi() == null ? null : p.seinengappi().toString());
        o.put("zokugara", p.zokugara());
        o.put("setainushi", setainushi);
        o.put("hihokensha", !kikan.isEmpty());
        ArrayNode k = o.putArray("kikan");
        LocalDate from = LocalDate.of(nendo, 4, 1);
        LocalDate to = from.plusYears(1);
        for (ShikakuRireki.Kikan x : kikan) {
            ObjectNode e = k.addObject();
            e.put("shutokubi", x.shutokubi().isAfter(from) ? x.shutokubi().toString() : null);
            e.put("soshitsubi", x.soshitsubi() != null && x.soshitsubi().isBefore(to) ? x.soshitsubi().toString() : null);
        }
        return o;
    }
}
