package jp.kikan.chihozei.application.shomei;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.application.KeijidoshazeiViews;
import jp.kikan.chihozei.application.Nozeigimushas;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiFukaStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.ShomeiKofuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.pdf.KeijidoshaNozeiTsuchishoPdf;
import jp.kikan.chihozei.infrastructure.pdf.ZeiShomeiModel;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.domain.Kodo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.domain.ZeiritsuKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 軽自動車税（種別割）の納税通知書 (x-kikan-function keijidoshazei.nozei-tsuchisho): of one assessment version, the latest
 * unless asked, printed from what was stored (never recomputed), with the 発行番号 and 交付履歴 and the access log of
 * the other forms ({@link ShomeiHakko}'s scheme); a protected taxpayer only for the 支援措置 role. A 0円 version (全額減免)
 * has nothing to collect: refused (nozei-gaku-nashi).
 */
@ApplicationScoped
public class KeijidoshaNozeiTsuchisho {

    static final String ACTION = "keijidoshazei.shomei.nozei-tsuchisho";
    static final String YOSHIKI = "keijidosha-nozei-tsuchisho";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KeijidoshazeiFukaStore store;

    @Inject
    ShomeiKofuStore kofu;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Municipalities municipalities;

    @Inject
    FukaYomitori yomitori;

    @Inject
    KeijidoshazeiKeisan engine;

    @Inject
    KeijidoshaNozeiTsuchishoPdf pdf;

    @Inject
    TaxJson json;

    @Transactional
    public ShomeiHakko.Issued issue(Caller caller, JsonNode r) {
        String atenabango = r.path("atenabango").asText();
        int nendo = r.path("nendo").asInt();
        NozeigimushaEntity person = nozeigimushas.require(caller, atenabango, ACTION);
        List<KeijidoshazeiViews.Fuka> all = store.versions(caller.lgCode(), atenabango, nendo).stream()
                .map(t -> json.mapper().convertValue(json.tree(t), KeijidoshazeiViews.Fuka.class)).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("nendo", nendo + "年度の軽自動車税の賦課がないため発行できません");
        }
        KeijidoshazeiViews.Fuka v = r.hasNonNull("version")
                ? all.stream().filter(x -> x.version() == r.get("version").asInt()).findFirst().orElseThrow(() -> new NotFoundException(
                        "version", nendo + "年度の軽自動車税の賦課に第" + r.get("version").asInt() + "版はありません（最新は第" + all.size() + "版）"))
                : all.get(all.size() - 1);
        if (v.nenzeigaku() == 0 && v.maeNenzeigaku() == null) {
            throw new RuleViolationException("nozei-gaku-nashi", "nendo", StandardErrorCode.E0004,
                    "この版の税額は0円のため、納税通知書は発行しません");
        }
        var p = engine.parameters().parameters(nendo);
        LocalDate nokigen = YearMonth.of(nendo, p.nokiTsuki().value()).atEndOfMonth();
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        LocalDate today = calendar.today();
        String hakkoBango = kofu.nextHakkoBango(caller.lgCode(), today);
        ZeiShomeiModel.Hakko hakko = new ZeiShomeiModel.Hakko(hakkoBango, ShomeiHakko.WAREKI.format(today), m.name(), m.shucho(),
                ZeimokuMei.shi(m.name()), ZeimokuMei.ken(m.name()));
        List<KeijidoshaNozeiTsuchishoPdf.Daisu> daisu = new ArrayList<>();
        List<String> konkyo = new ArrayList<>();
        for (KeijidoshazeiViews.FukaSharyo s : v.sharyo()) {
            KeijidoshazeiViews.Zeigaku z = s.zeigaku();
            String kubun = Kodo.of(ZeiritsuKubun.class, z.zeiritsuKubun()).map(ZeiritsuKubun::nameJa).orElse(z.zeiritsuKubun());
            daisu.add(new KeijidoshaNozeiTsuchishoPdf.Daisu(s.hyoshikiBango(),
                    ShashuKubun.of(z.shashuKubun()).map(ShashuKubun::nameJa).orElse(z.shashuKubun()), kubun, z.zeiritsuGaku(),
                    z.keikaGaku(), z.genmenGaku(), z.zeigaku()));
            z.santeiKonkyo().forEach(step -> konkyo.add("【" + s.hyoshikiBango() + "】" + step.setsumei()));
        }
        Nendo label = new Nendo(nendo);
        byte[] bytes = pdf.render(hakko, yomitori.tsuchiAtesaki(caller, person, ACTION), new KeijidoshaNozeiTsuchishoPdf.Tsuchi(label.label(),
                ShomeiHakko.WAREKI.format(p.fukaKijitsu().value().atYear(nendo)), (int) v.version(),
                ShomeiHakko.WAREKI.format(LocalDate.parse(v.shorinengappi())), v.riyu(), v.maeNenzeigaku(), v.nenzeigaku(),
                ShomeiHakko.WAREKI.format(nokigen), daisu, konkyo)).pdf();
        kofu.record(caller.lgCode(), new ShomeiKofuStore.Kofu(hakkoBango, YOSHIKI, atenabango, nendo, (int) v.version(), null,
                HakkoBango.sha256(bytes), caller.actor(), calendar.now()));
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango,
                "hakko_bango=" + hakkoBango + " yoshiki=" + YOSHIKI + " nendo=" + nendo + " version=" + v.version());
        return new ShomeiHakko.Issued(hakkoBango, bytes);
    }
}
