package jp.kikan.chihozei.application.shomei;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.application.Nozeigimushas;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.KoteishisanShomeiKofuStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.ShomeiKofuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.pdf.KoteishisanShomeiModel;
import jp.kikan.chihozei.infrastructure.pdf.KoteishisanShomeiPdf;
import jp.kikan.chihozei.infrastructure.pdf.ZeiShomeiModel;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 固定資産税の 納税通知書・課税明細書 (x-kikan-function koteishisanzei.kazei-meisaisho), 評価証明書
 * (koteishisanzei.hyoka-shomeisho) and 公課証明書 (koteishisanzei.kouka-shomeisho) of a taxpayer's stored assessment
 * version (the latest, or the one asked for): every owner checked for 支援措置 first, the 代表者 as addressee, the
 * 発行番号 from the service's counter, the issuance kept in the 交付履歴 with the PDF's SHA-256 and in the access log.
 * Amounts are the stored ones, never recomputed.
 */
@ApplicationScoped
public class KoteishisanShomeiHakko {

    static final String ACTION = "koteishisanzei.shomei";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KoteishisanFukaStore fukaStore;

    @Inject
    ShomeiKofuStore saiban;

    @Inject
    KoteishisanShomeiKofuStore kofu;

    @Inject
    KoteishisanShomeiPdf pdf;

    @Inject
    Municipalities municipalities;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    TaxJson json;

    @Inject
    jp.kikan.chihozei.application.SozokuninDaihyoshas sozokunin;

    @Transactional
    public ShomeiHakko.Issued issue(Caller caller, JsonNode r) {
        String yoshiki = r.get("yoshiki").asText();
        int nendo = r.get("nendo").asInt();
        List<String> owners = new ArrayList<>();
        r.get("shoyusha").forEach(a -> owners.add(a.asText()));
        owners.forEach(a -> nozeigimushas.require(caller, a, ACTION));
        String key = String.join("+", owners.stream().sorted().toList());
        List<KoteishisanFukaStore.Version> all = fukaStore.versions(caller.lgCode(), key, nendo);
        if (all.isEmpty()) {
            throw new NotFoundException("nendo", new Nendo(nendo).label() + "の固定資産税の賦課がないため発行できません（賦課の後に発行できます）");
        }
        Integer version = r.hasNonNull("version") ? r.get("version").asInt() : null;
        KoteishisanFukaStore.Version v = version == null ? all.get(all.size() - 1) : all.stream()
                .filter(x -> x.version() == version).findFirst().orElseThrow(() -> new NotFoundException("version",
                        nendo + "年度の賦課に第" + version + "版はありません（最新は第" + all.size() + "版）"));
        NozeigimushaEntity d = nozeigimushas.require(caller, v.daihyosha(), ACTION);
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        String hakkoBango = saiban.nextHakkoBango(caller.lgCode(), calendar.today());
        ZeiShomeiModel.Hakko hakko = new ZeiShomeiModel.Hakko(hakkoBango, ShomeiHakko.WAREKI.format(calendar.today()), m.name(),
                m.shucho(), ZeimokuMei.shi(m.name()), ZeimokuMei.ken(m.name()));
        int others = (int) json.tree(v.shoyusha()).size() - 1;
        KoteishisanShomeiPdf.Yoshiki y = switch (yoshiki) {
            case "hyoka-shomeisho" -> KoteishisanShomeiPdf.Yoshiki.HYOKA_SHOMEISHO;
            case "kouka-shomeisho" -> KoteishisanShomeiPdf.Yoshiki.KOUKA_SHOMEISHO;
            default -> KoteishisanShomeiPdf.Yoshiki.KAZEI_MEISAISHO;
        };
        // the 納税通知書・課税明細書 of a deceased 代表者 goes to the 相続人代表者 (地方税法第9条の2); certificates name the taxpayer
        NozeigimushaEntity uketorinin = y == KoteishisanShomeiPdf.Yoshiki.KAZEI_MEISAISHO
                ? sozokunin.uketorinin(caller, d, ACTION).orElse(null) : null;
        String shimei = uketorinin == null ? d.shimei : uketorinin.shimei + "（故 " + d.shimei + " 相続人代表者）";
        byte[] out = pdf.render(y, hakko, new KoteishisanShomeiModel.Nozeigimusha(key, v.daihyosha(), shimei,
                uketorinin == null ? d.jusho : uketorinin.jusho, others), model(nendo, v)).pdf();
        kofu.record(caller.lgCode(), new KoteishisanShomeiKofuStore.Kofu(hakkoBango, yoshiki, key, nendo, v.version(),
                r.hasNonNull("mokuteki") ? r.get("mokuteki").asText() : null, HakkoBango.sha256(out), caller.actor(),
                calendar.now()));
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, owners,
                "hakko_bango=" + hakkoBango + " yoshiki=" + yoshiki + " nendo=" + nendo + " version=" + v.version());
        return new ShomeiHakko.Issued(hakkoBango, out);
    }

    private KoteishisanShomeiModel.Fuka model(int nendo, KoteishisanFukaStore.Version v) {
        JsonNode k = json.tree(v.kekka());
        List<KoteishisanShomeiModel.Tochi> tochi = new ArrayList<>();
        for (JsonNode t : k.path("tochi")) {
            boolean jutaku = t.get("shokibo_menseki").decimalValue().signum() > 0 || t.get("ippan_menseki").decimalValue().signum() > 0;
            String chiseki = t.get("shokibo_menseki").decimalValue().add(t.get("ippan_menseki").decimalValue())
                    .add(t.get("hijutaku_menseki").decimalValue()).stripTrailingZeros().toPlainString();
            tochi.add(new KoteishisanShomeiModel.Tochi(t.get("label").asText(), kubun(t.get("kubun").asText()), chiseki,
                    t.get("hyokagaku").asLong(), t.get("kotei_jutaku").asLong() + t.get("kotei_hijutaku").asLong(),
                    t.get("toshi_jutaku").asLong() + t.get("toshi_hijutaku").asLong(), jutaku ? "小規模 "
                            + t.get("shokibo_menseki").decimalValue().stripTrailingZeros().toPlainString() + "㎡" : null));
        }
        List<KoteishisanShomeiModel.Kaoku> kaoku = new ArrayList<>();
        for (JsonNode x : k.path("kaoku")) {
            kaoku.add(new KoteishisanShomeiModel.Kaoku(x.get("label").asText(), x.get("kotei_kazei_hyojun").asLong(),
                    x.get("kotei_kazei_hyojun").asLong(), x.get("toshi_kazei_hyojun").asLong(), x.get("shinchiku_gengaku").asLong()));
        }
        List<KoteishisanShomeiModel.Ki> ki = new ArrayList<>();
        for (JsonNode x : k.path("kibetsu")) {
            ki.add(new KoteishisanShomeiModel.Ki(x.get("kibetsu").asText(),
                    ShomeiHakko.WAREKI.format(YearMonth.parse(x.get("nengetsu").asText()).atEndOfMonth()), x.get("zeigaku").asLong()));
        }
        return new KoteishisanShomeiModel.Fuka(new Nendo(nendo).label(), v.version(), v.riyu(), tochi, kaoku,
                k.get("kotei_kazei_hyojungaku").asLong(), k.get("kotei_sanshutsu_zeigaku").asLong(),
                k.get("shinchiku_gengaku").asLong(), k.get("kotei_zeigaku").asLong(), k.get("toshi_kazei_hyojungaku").asLong(),
                k.get("toshi_zeigaku").asLong(), v.nenzeigaku(), ki, shokyaku(k));
    }

    private static KoteishisanShomeiModel.Shokyaku shokyaku(JsonNode k) {
        for (JsonNode s : k.path("shurui")) {
            if ("shokyaku-shisan".equals(s.path("shurui").asText())) {
                return new KoteishisanShomeiModel.Shokyaku(s.get("kotei_gokei").asLong(), s.get("kazei").asBoolean());
            }
        }
        return null;
    }

    private static String kubun(String key) {
        return switch (key) {
            case "jutaku-yochi" -> "住宅用地";
            case "shogyochi-to" -> "商業地等";
            default -> "その他";
        };
    }
}
