package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.infrastructure.NinteiStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.pdf.HihokenshashoPdf;
import jp.kikan.kaigo.nintei.Shinsei;
import jp.kikan.kaigo.nintei.Tetsuzuki;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 介護保険被保険者証の交付 (機能ID 0230286 介護保険被保険者証出力, 帳票ID 0230010; x-kikan-function kaigo.hihokenshasho;
 * 介護保険法第12条第3項 — article from general knowledge): for a 第1号被保険者 on the business date (a 65歳到達 due but
 * not yet run is recorded first, as the 賦課 does) — 支援措置 applied first — with the 被保険者番号 (issued now if none), the 資格取得日, the
 * 住所地特例 in force and the certification valid that day (要介護状態区分等, 認定年月日, 有効期間); the issuance goes to the
 * 交付履歴 and the access log. One not insured that day gets none (422).
 */
@ApplicationScoped
public class HihokenshashoHakko {

    static final String ACTION = "kaigo.hihokenshasho";
    static final String YOSHIKI = "hihokenshasho";

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuStore shikaku;

    @Inject
    NinteiStore nintei;

    @Inject
    KaigoShomei shomei;

    @Inject
    HihokenshashoPdf pdf;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public KaigoShomei.Issued issue(Caller caller, JsonNode request) {
        String a = request.path("atenabango").asText();
        Jumin j = jumins.require(caller, a, ACTION);
        juminStore.lock(caller.lgCode(), a);
        LocalDate today = calendar.today();
        ShikakuPolicy.nenreiTotatsu(shikaku.rireki(caller.lgCode(), a), j.seinengappi(), today).filter(x -> j.jumin())
                .ifPresent(x -> shikaku.append(caller.lgCode(), a, x, today, null, null, calendar.now(), caller.actor()));
        List<ShikakuStore.Entry> entries = shikaku.entries(caller.lgCode(), a);
        HihokenshaShokai.View v = HihokenshaShokai.view(j, entries, shikaku.hihokenshaBango(caller.lgCode(), a).orElse(null), today);
        if (!v.hihokensha()) {
            throw new RuleViolationException("hihokensha-denai", "atenabango", StandardErrorCode.E0004,
                    "宛名番号 " + a + " の方は本日（" + KaigoShomei.wareki(today) + "）第1号被保険者ではないため、被保険者証を交付できません");
        }
        KaigoShomei.Hokenja h = shomei.hokenja(caller);
        String bango = shikaku.issueBango(caller.lgCode(), a, calendar.now());
        LocalDate shutokubi = LocalDate.parse(v.shikakuShutokubi());
        String tokurei = null;
        if (v.jushochiTokurei()) {
            ShikakuStore.Entry e = entries.stream().filter(x -> x.shisetsuMei() != null).reduce((x, y) -> y).orElse(null);
            tokurei = "適用" + (e == null ? "" : "（" + e.shisetsuMei() + (e.shisetsuShozaichi() == null ? "" : "、" + e.shisetsuShozaichi()) + "）");
        }
        Optional<Shinsei> yuko = nintei.shinsei(caller.lgCode(), a).stream()
                .filter(s -> s.yukoKikan().map(k -> k.contains(today)).orElse(false)).reduce((x, y) -> y);
        KaigoShomei.Hito hito = shomei.hito(caller, a);
        String hakkoBango = shomei.hakkoBango(caller);
        byte[] document = pdf.render(new HihokenshashoPdf.Model(hakkoBango, KaigoShomei.wareki(today), bango, hito.jusho(), j.shimei(),
                j.shimeiFurigana(), KaigoShomei.wareki(j.seinengappi()), hito.seibetsu(), KaigoShomei.wareki(shutokubi), tokurei,
                yuko.flatMap(Shinsei::kettei).map(Tetsuzuki::kekka).map(KaigoShomei::kekkaMei).orElse(null),
                yuko.flatMap(Shinsei::kettei).map(k -> KaigoShomei.wareki(k.jisshibi())).orElse(null),
                yuko.flatMap(Shinsei::yukoKikan).map(k -> KaigoShomei.wareki(k.kaishibi()) + "から" + KaigoShomei.wareki(k.shuryobi())
                        + "まで").orElse(null), h.bango(), h.meisho(), h.shucho())).pdf();
        return shomei.kofu(caller, ACTION, YOSHIKI, hakkoBango, a, bango, null, null, null, document);
    }
}
