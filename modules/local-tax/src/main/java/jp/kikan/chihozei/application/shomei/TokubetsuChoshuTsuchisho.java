package jp.kikan.chihozei.application.shomei;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.application.Nozeigimushas;
import jp.kikan.chihozei.application.TokubetsuChoshuTsuchi;
import jp.kikan.chihozei.infrastructure.ShomeiKofuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.pdf.TokubetsuChoshuTsuchishoPdf;
import jp.kikan.chihozei.infrastructure.pdf.ZeiShomeiModel;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 特別徴収税額の決定通知書（特別徴収義務者用; x-kikan-function kojin-juminzei.tokubetsu-choshu, 地方税法第321条の4第1項・
 * 第321条の6): the employer's notice of {@link TokubetsuChoshuTsuchi} as a PDF — the same employees, versions and 支援措置
 * rule — with a 発行番号 of the service's sequence, its own 交付履歴 (every employee printed, with the version) and the
 * access log naming each employee printed.
 */
@ApplicationScoped
public class TokubetsuChoshuTsuchisho {

    static final String ACTION = "kojin-juminzei.shomei.tokubetsu-choshu-tsuchisho";

    @Inject
    TokubetsuChoshuTsuchi tsuchi;

    @Inject
    TokubetsuChoshuTsuchishoPdf pdf;

    @Inject
    ShomeiKofuStore kofu;

    @Inject
    AccessLog accessLog;

    @Inject
    Municipalities municipalities;

    @Inject
    BusinessCalendar calendar;

    @Inject
    TaxJson json;

    @Transactional
    public ShomeiHakko.Issued issue(Caller caller, JsonNode request) {
        int nendo = request.path("nendo").asInt();
        String kagi = request.path("gimusha").asText();
        TokubetsuChoshuTsuchi.Naiyo n = tsuchi.naiyo(caller, nendo, kagi);
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        String hakkoBango = kofu.nextHakkoBango(caller.lgCode(), calendar.today());
        ZeiShomeiModel.Hakko hakko = new ZeiShomeiModel.Hakko(hakkoBango, ShomeiHakko.WAREKI.format(calendar.today()), m.name(),
                m.shucho(), ZeimokuMei.shi(m.name()), ZeimokuMei.ken(m.name()));
        byte[] bytes = pdf.render(hakko, model(new Nendo(nendo), n.tsuchi())).pdf();
        List<Map<String, Object>> printed = new ArrayList<>();
        n.shown().forEach(j -> printed.add(Map.of("atenabango", j.atenabango(), "fuka_version", j.version())));
        kofu.record(caller.lgCode(), new ShomeiKofuStore.TokuchoKofu(hakkoBango, nendo, kagi, json.write(printed),
                n.yokushiNinzu(), HakkoBango.sha256(bytes), caller.actor(), calendar.now()));
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, new ArrayList<>(n.targets()), "hakko_bango=" + hakkoBango
                + " nendo=" + nendo + " gimusha=" + kagi + " yokushi=" + n.yokushiNinzu());
        return new ShomeiHakko.Issued(hakkoBango, bytes);
    }

    /** The 12 months of the 年度's 給与特別徴収 (6月〜翌年5月), each employee's amount of the month (0 when none). */
    private static TokubetsuChoshuTsuchishoPdf.Tsuchi model(Nendo nendo, JsonNode t) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(nendo.seireki(), 6).plusMonths(i));
        }
        List<TokubetsuChoshuTsuchishoPdf.Jugyoin> rows = new ArrayList<>();
        for (JsonNode j : t.get("jugyoin")) {
            rows.add(new TokubetsuChoshuTsuchishoPdf.Jugyoin(j.get("atenabango").asText(), j.get("shimei").asText(),
                    j.hasNonNull("shimei_furigana") ? j.get("shimei_furigana").asText() : null, j.get("nenzeigaku").asLong(),
                    amounts(months, j.get("tsukiwari")), "kosei".equals(j.path("kubun").asText())));
        }
        JsonNode g = t.path("gimusha");
        return new TokubetsuChoshuTsuchishoPdf.Tsuchi(nendo.label(), g.path("shiharaisha_meisho").asText(),
                g.hasNonNull("shiteibango") ? g.get("shiteibango").asText() : null,
                months.stream().map(ym -> ym.getMonthValue() + "月").toList(), rows, amounts(months, t.get("tsukibetsu_gokei")),
                t.get("nenzeigaku_gokei").asLong(), t.get("yokushi_ninzu").asInt());
    }

    private static List<Long> amounts(List<YearMonth> months, JsonNode kibetsu) {
        Map<YearMonth, Long> by = new HashMap<>();
        kibetsu.forEach(k -> by.merge(YearMonth.parse(k.get("nengetsu").asText()), k.get("zeigaku").asLong(), Long::sum));
        return months.stream().map(ym -> by.getOrDefault(ym, 0L)).toList();
    }
}
