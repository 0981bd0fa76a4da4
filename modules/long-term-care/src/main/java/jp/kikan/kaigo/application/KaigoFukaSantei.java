package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.client.chihozei.model.ShotokuJoho;
import jp.kikan.kaigo.hokenryo.HokenryoKeisan;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.jumin.Jumin;

/**
 * The 賦課 of one 第1号被保険者 for a 年度 from data already read (介護保険法第129条; the stage by 施行令第38条): his periods
 * in the 年度 from this service's history, his and the other 世帯 residents' income and 課税状況 from local tax; a result
 * that differs from the last version is a new version with its 期別 and an outbox event (a 更正 keeps the old
 * versions and states the difference). The one copy of these rules, for the single 賦課 ({@link KaigoFukaKettei}) and
 * the annual run ({@link NenjiFukaJob}); each caller reads the data, holds the person's lock and logs the access.
 * An unknown income (未申告, or unknown to local tax) is a {@link Jotai#SHOTOKU_FUMEI}: never an income of 0.
 */
@ApplicationScoped
public class KaigoFukaSantei {

    @Inject
    HokenryoParameterStore parameters;

    @Inject
    FukaStore store;

    @Inject
    ShikakuStore shikaku;

    @Inject
    FukaChoshu choshu;

    @Inject
    KaigoFukaEvents events;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** What was read for the person: his head, history, the 世帯's residents now, their incomes and his last version. */
    public record Nyuryoku(Jumin honnin, ShikakuRireki rireki, List<Jumin> setai, Map<String, ShotokuJoho> shotoku,
            FukaStore.Version last) {
    }

    public enum Jotai {
        /** A new version was written (当初, or a 更正 with its difference). */
        FUKA,
        /** The result equals the last version: nothing written. */
        HENKO_NASHI,
        /** An income needed is unknown: nothing written, the persons in {@code fumei}. */
        SHOTOKU_FUMEI,
        /** No period of qualification touches the 年度: nothing written. */
        HIHOKENSHA_NASHI
    }

    /** The outcome; {@code version} is the new or the unchanged last one, {@code yomikomi} the persons whose data was read. */
    public record Kekka(Jotai jotai, FukaStore.Version version, List<FieldViolation> fumei, List<String> yomikomi) {
    }

    public Kekka santei(String lgCode, String actor, int nendo, Nyuryoku in, LocalDate today) {
        String a = in.honnin().atenabango();
        List<Taishosha.Kikan> kikan = kikan(in.rireki(), nendo);
        if (kikan.isEmpty()) {
            return new Kekka(Jotai.HIHOKENSHA_NASHI, null, List.of(), List.of());
        }
        var params = parameters.parameters(lgCode, nendo);
        ObjectNode used = mapper.createObjectNode();
        List<FieldViolation> fumei = new ArrayList<>();
        ShotokuJoho honnin = known(in.shotoku(), a, nendo, "honnin", fumei, used);
        boolean setaiKazei = false;
        List<String> ids = new ArrayList<>(List.of(a));
        for (Jumin m : in.setai()) {
            if (!m.atenabango().equals(a)) {
                ids.add(m.atenabango());
                ShotokuJoho s = known(in.shotoku(), m.atenabango(), nendo, "setaiin", fumei, used);
                setaiKazei |= s != null && Boolean.TRUE.equals(s.getKintowariKazei());
            }
        }
        if (!fumei.isEmpty()) {
            return new Kekka(Jotai.SHOTOKU_FUMEI, null, List.copyOf(fumei), ids);
        }
        Taishosha t = new Taishosha(Boolean.TRUE.equals(honnin.getKintowariKazei()), setaiKazei, honnin.getGokeiShotokuKingaku(),
                orZero(honnin.getKotekiNenkinShunyu()), orZero(honnin.getKotekiNenkinShotoku()), honnin.getKyuyoShotoku(),
                false, false, kikan);
        // as text and back, so that it compares equal to a stored version read from the database
        JsonNode kekka = json(KaigoShisan.view(HokenryoKeisan.keisan(nendo, t, params), "municipality"));
        FukaStore.Version last = in.last();
        if (last != null && last.kekka().equals(kekka)) {
            return new Kekka(Jotai.HENKO_NASHI, last, List.of(), ids);
        }
        long nengaku = kekka.get("nengaku").asLong();
        JsonNode kibetsu = choshu.choshu(lgCode, a, nendo, nengaku, last, kikan, today);
        FukaStore.Version v = new FukaStore.Version(a, nendo, last == null ? 1 : last.version() + 1,
                shikaku.hihokenshaBango(lgCode, a).orElse(null), kekka.get("dankai").asInt(), nengaku,
                nengaku - (last == null ? 0L : last.nengaku()), kekka, today, kibetsu);
        store.insert(lgCode, v, used, clock.instant(), actor);
        events.append(lgCode, v);
        return new Kekka(Jotai.FUKA, v, List.of(), ids);
    }

    /** The persons whose income the assessment of {@code honnin} reads: he and the residents of his 世帯 now. */
    static List<String> shotokuTaisho(Jumin honnin, List<Jumin> setai) {
        List<String> out = new ArrayList<>(List.of(honnin.atenabango()));
        setai.stream().map(Jumin::atenabango).filter(x -> !x.equals(honnin.atenabango())).forEach(out::add);
        return out;
    }

    /**
     * The periods as a 第1号被保険者 that touch the 年度 (April to March). A 第2号's months never count: the municipality
     * levies no premium on them (介護保険法第129条第4項; their premium is collected with the medical insurance, 第150条 —
     * articles from general knowledge).
     */
    static List<Taishosha.Kikan> kikan(ShikakuRireki r, int nendo) {
        LocalDate start = LocalDate.of(nendo, 4, 1);
        LocalDate end = LocalDate.of(nendo + 1, 4, 1);
        return r.dai1go().kikan().stream().filter(k -> k.shutokubi().isBefore(end) && (k.soshitsubi() == null || k.soshitsubi().isAfter(start)))
                .map(k -> new Taishosha.Kikan(k.shutokubi(), k.soshitsubi())).toList();
    }

    private ShotokuJoho known(Map<String, ShotokuJoho> shotoku, String a, int nendo, String field, List<FieldViolation> fumei,
            ObjectNode used) {
        ShotokuJoho s = shotoku.get(a);
        if (s == null || Boolean.TRUE.equals(s.getMishinkoku()) || s.getGokeiShotokuKingaku() == null) {
            fumei.add(new FieldViolation(field, StandardErrorCode.E0001, "shotoku-fumei", "宛名番号 " + a + " の" + (nendo - 1)
                    + "年分の所得が分かりません（" + (s == null ? "所得情報なし" : "未申告") + "）。簡易申告などで所得を確認してください"));
            return null;
        }
        used.set(a, mapper.valueToTree(s));
        return s;
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private JsonNode json(Object o) {
        try {
            return mapper.readTree(mapper.writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
