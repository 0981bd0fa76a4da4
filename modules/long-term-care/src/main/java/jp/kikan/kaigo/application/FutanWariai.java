package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.client.chihozei.model.ShotokuJoho;
import jp.kikan.kaigo.futanwariai.FutanWariaiHantei;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.ShotokuJohoClient;
import jp.kikan.kaigo.shikaku.domain.Nenrei;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;

/**
 * 利用者負担の割合 (x-kikan-function kaigo.futan-wariai): as entered (試算), or for a 第1号被保険者 from local tax's income
 * information of the 年度 for him and the other 65歳以上 residents of his 世帯 — computed on each request, so a tax 更正 is
 * reflected at once. The 負担割合証 runs from 8月1日 to the next 7月31日 (富士市); the household is taken as recorded now
 * and its 第1号被保険者 as those 65 or over on that 8月1日.
 */
@ApplicationScoped
public class FutanWariai {

    public static final String ACTION = "kaigo.futan-wariai";

    @Inject
    HokenryoParameterStore parameters;

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuStore shikaku;

    @Inject
    ShotokuJohoClient shotoku;

    @Inject
    AccessLog accessLog;

    public record View(int nendo, int futanWariai, long gokeiShotokuKingaku, long setaiNenkinSonota, int dai1goSu,
            String yukoKaishibi, String yukoShuryobi, List<String> riyu, List<KaigoShisan.Step> santeiKonkyo) {
    }

    public View shisan(JsonNode r) {
        int nendo = r.get("nendo").asInt();
        JsonNode h = r.get("honnin");
        List<FutanWariaiHantei.Dai1go> others = new ArrayList<>();
        r.path("setai_dai1go").forEach(m -> others.add(dai1go(m)));
        return view(nendo, FutanWariaiHantei.hantei(dai1go(h), h.get("kazei").asBoolean(), h.path("seikatsu_hogo").asBoolean(false),
                others, parameters.futanWariai(nendo)));
    }

    @Transactional
    public View hantei(Caller caller, String atenabango, int nendo) {
        Jumin j = jumins.require(caller, atenabango, ACTION);
        var kijun = parameters.futanWariai(nendo);
        LocalDate kijunbi = LocalDate.of(nendo, 8, 1);
        ShikakuRireki r = shikaku.rireki(caller.lgCode(), atenabango);
        boolean due = j.jumin() && ShikakuPolicy.nenreiTotatsu(r, j.seinengappi(), kijunbi).isPresent();
        // 第1号 only (介護保険法第49条の2); a 第2号's share (1割) is not determined here yet
        if (!r.dai1go().hihokenshaOn(kijunbi) && !r.dai1go().shikakuAri() && !due) {
            throw new RuleViolationException("hihokensha-nashi", "nendo", StandardErrorCode.E0004,
                    nendo + "年8月1日に第1号被保険者ではありません");
        }
        List<FieldViolation> fumei = new ArrayList<>();
        List<String> ids = new ArrayList<>(List.of(atenabango));
        ShotokuJoho honnin = known(caller.lgCode(), atenabango, nendo, "honnin", fumei);
        List<FutanWariaiHantei.Dai1go> others = new ArrayList<>();
        for (Jumin m : juminStore.setai(caller.lgCode(), j.setaibango())) {
            LocalDate totatsu = Nenrei.dai1goTotatsubi(m.seinengappi());
            if (!m.atenabango().equals(atenabango) && totatsu != null && !totatsu.isAfter(kijunbi)) {
                ids.add(m.atenabango());
                Optional.ofNullable(known(caller.lgCode(), m.atenabango(), nendo, "setai_dai1go", fumei)).map(FutanWariai::dai1go)
                        .ifPresent(others::add);
            }
        }
        if (!fumei.isEmpty()) {
            throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, "shotoku-fumei",
                    "所得の分からない者がいるため負担割合を判定できません（所得 0 として判定しません）", fumei);
        }
        accessLog.record(caller, ACTION, Jumins.TARGET, ids, "atenabango=" + atenabango + " nendo=" + nendo);
        return view(nendo, FutanWariaiHantei.hantei(dai1go(honnin), Boolean.TRUE.equals(honnin.getKintowariKazei()), false,
                others, kijun));
    }

    private ShotokuJoho known(String lgCode, String a, int nendo, String field, List<FieldViolation> fumei) {
        Optional<ShotokuJoho> s = shotoku.shotokuJoho(lgCode, a, nendo);
        if (s.isEmpty() || Boolean.TRUE.equals(s.get().getMishinkoku()) || s.get().getGokeiShotokuKingaku() == null) {
            fumei.add(new FieldViolation(field, StandardErrorCode.E0001, "shotoku-fumei", "宛名番号 " + a + " の" + (nendo - 1)
                    + "年分の所得が分かりません（" + (s.isEmpty() ? "所得情報なし" : "未申告") + "）"));
            return null;
        }
        return s.get();
    }

    private static FutanWariaiHantei.Dai1go dai1go(ShotokuJoho s) {
        return new FutanWariaiHantei.Dai1go(s.getGokeiShotokuKingaku(), s.getKotekiNenkinShunyu() == null ? 0 : s.getKotekiNenkinShunyu(),
                s.getKotekiNenkinShotoku() == null ? 0 : s.getKotekiNenkinShotoku());
    }

    private static FutanWariaiHantei.Dai1go dai1go(JsonNode m) {
        return new FutanWariaiHantei.Dai1go(m.get("gokei_shotoku_kingaku").asLong(), m.path("nenkin_shunyu").asLong(0),
                m.path("koteki_nenkin_shotoku").asLong(0));
    }

    private static View view(int nendo, FutanWariaiHantei.Kekka k) {
        return new View(nendo, k.wari(), k.gokeiShotoku(), k.setaiNenkinSonota(), k.dai1goSu(),
                LocalDate.of(nendo, 8, 1).toString(), LocalDate.of(nendo + 1, 7, 31).toString(), k.riyu(),
                k.konkyo().steps().stream().map(s -> new KaigoShisan.Step(s.ruleId(), s.nameJa(), s.legalBasis(), s.bubun(),
                        s.value(), s.tani(), s.inputs(), s.parameters(), s.note(), s.setsumei())).toList());
    }
}
