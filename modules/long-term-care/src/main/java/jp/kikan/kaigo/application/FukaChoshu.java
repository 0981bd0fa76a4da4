package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.choshu.ChoshuJokyo;
import jp.kikan.kaigo.choshu.ChoshuKeikaku;
import jp.kikan.kaigo.choshu.ChoshuKi;
import jp.kikan.kaigo.choshu.ChoshuKubun;
import jp.kikan.kaigo.choshu.ChoshuHoho;
import jp.kikan.kaigo.choshu.ChoshuParameters;
import jp.kikan.kaigo.choshu.TokubetsuChoshuTsuchi;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.kaigo.infrastructure.TokubetsuChoshuStore;

/**
 * 期別 (調定) of a version of the 介護保険料 (x-kikan-function kaigo.hokenryo.kibetsu, kaigo.hokenryo.tokubetsu-choshu):
 * the 当初 — 特別徴収 from the pension insurer's notice entered for the 年度 and the previous 年度's February as assessed
 * here, the rest split over the insurer's 納期 —, a 更正 from the last version's instalments (those of the business
 * month and before are due), by {@link ChoshuKeikaku};
 * as JSON in the contract's shape (KaigoFuka: choshu_hoho, choshu_riyu, kibetsu, kosei_sagaku, zuiji, kanpu,
 * choshu_konkyo), stored with the version.
 */
@ApplicationScoped
public class FukaChoshu {

    @Inject
    HokenryoParameterStore parameters;

    @Inject
    ObjectMapper mapper;

    @Inject
    TokubetsuChoshuStore tokubetsu;

    @Inject
    FukaStore fuka;

    record KiView(String kibetsu, String nengetsu, String choshuHoho, String choshuKubun, String nokigen, long hokenryogaku) {
    }

    record SagakuView(String kibetsu, String nengetsu, String choshuHoho, String choshuKubun, long genzai, long koseigo,
            long sagaku, boolean torai, Boolean teishi) {
    }

    record View(String choshuHoho, List<String> choshuRiyu, List<KiView> kibetsu, List<SagakuView> koseiSagaku, long zuiji,
            long kanpu, List<KaigoShisan.Step> choshuKonkyo) {
    }

    /**
     * The collection of a new version of {@code nengaku}: a 当初 when there is no earlier version (or it was assessed
     * before 期別 were stored), else a 更正 of the last one's instalments.
     */
    JsonNode choshu(String lgCode, String atenabango, int nendo, long nengaku, FukaStore.Version last, List<Taishosha.Kikan> kikan,
            LocalDate today) {
        ChoshuParameters p = parameters.choshu(lgCode, nendo);
        YearMonth kijun = YearMonth.from(today);
        ChoshuJokyo j = jokyo(lgCode, atenabango, nendo, kikan);
        ChoshuKeikaku.Choshu c = last == null || last.choshu() == null ? ChoshuKeikaku.tosho(nengaku, j, p, kijun)
                : ChoshuKeikaku.kosei(nengaku, last.nengaku(), kibetsu(last.choshu()), j, p, kijun);
        return mapper.valueToTree(view(c));
    }

    /**
     * The 基準日 (4月1日) qualification, a 取得 or 喪失 during the 年度, the notice entered for it and the 特別徴収 of the
     * previous 年度's February (its latest version here).
     */
    ChoshuJokyo jokyo(String lgCode, String atenabango, int nendo, List<Taishosha.Kikan> kikan) {
        LocalDate kijunbi = LocalDate.of(nendo, 4, 1);
        LocalDate end = LocalDate.of(nendo + 1, 4, 1);
        boolean onKijunbi = kikan.stream().anyMatch(k -> (k.shutokubi() == null || !k.shutokubi().isAfter(kijunbi))
                && (k.soshitsubi() == null || k.soshitsubi().isAfter(kijunbi)));
        LocalDate shutokubi = onKijunbi || kikan.isEmpty() ? null : kikan.get(0).shutokubi();
        LocalDate soshitsubi = kikan.stream().map(Taishosha.Kikan::soshitsubi).filter(d -> d != null && d.isBefore(end)).findFirst()
                .orElse(null);
        TokubetsuChoshuTsuchi tsuchi = tokubetsu.latest(lgCode, atenabango, nendo).map(TokubetsuChoshuStore.Todokede::tsuchi)
                .orElse(null);
        Long nigatsu = fuka.latest(lgCode, atenabango, nendo - 1).filter(v -> v.choshu() != null)
                .flatMap(v -> kibetsu(v.choshu()).stream().filter(k -> k.hoho() == ChoshuHoho.TOKUBETSU
                        && k.nengetsu().equals(YearMonth.of(nendo, 2)) && k.gaku() > 0).findFirst())
                .map(ChoshuKi::gaku).orElse(null);
        return new ChoshuJokyo(nendo, onKijunbi, shutokubi, soshitsubi, tsuchi, nigatsu);
    }

    /** The instalments of a stored version. */
    static List<ChoshuKi> kibetsu(JsonNode choshu) {
        List<ChoshuKi> out = new ArrayList<>();
        choshu.path("kibetsu").forEach(k -> out.add(new ChoshuKi(k.get("kibetsu").asText(), YearMonth.parse(k.get("nengetsu").asText()),
                ChoshuKubun.of(k.get("choshu_kubun").asText()), k.get("hokenryogaku").asLong(),
                k.hasNonNull("nokigen") ? LocalDate.parse(k.get("nokigen").asText()) : null)));
        return out;
    }

    static View view(ChoshuKeikaku.Choshu c) {
        return new View(c.hoho().code(), c.riyu(), c.kibetsu().stream().map(FukaChoshu::ki).toList(),
                c.koseiSagaku() == null ? null : c.koseiSagaku().stream().map(s -> new SagakuView(s.ki().kibetsu(),
                        s.ki().nengetsu().toString(), s.ki().hoho().code(), s.ki().kubun().code(), s.genzai(), s.koseigo(), s.sagaku(),
                        s.torai(), s.teishi() ? Boolean.TRUE : null)).toList(),
                c.zuiji(), c.kanpu(), c.konkyo().steps().stream().map(s -> new KaigoShisan.Step(s.ruleId(), s.nameJa(),
                        s.legalBasis(), s.bubun(), s.value(), s.tani(), s.inputs(), s.parameters(), s.note(), s.setsumei())).toList());
    }

    private static KiView ki(ChoshuKi k) {
        return new KiView(k.kibetsu(), k.nengetsu().toString(), k.hoho().code(), k.kubun().code(),
                k.nokigen() == null ? null : k.nokigen().toString(), k.gaku());
    }
}
