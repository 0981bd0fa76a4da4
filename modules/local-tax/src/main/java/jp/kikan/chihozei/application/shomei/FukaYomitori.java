package jp.kikan.chihozei.application.shomei;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.pdf.ZeiShomeiModel;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuHoho;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ZeigakuBubun;

/**
 * Reads a stored assessment version (the contract's KojinJuminzeiFuka JSON as decided then, schema Fuka of
 * contracts/local-tax/v1.yaml) into what the forms print: nothing is recomputed, so a paper shows what was decided.
 */
@ApplicationScoped
public class FukaYomitori {

    @Inject
    TaxJson json;

    @Inject
    jp.kikan.chihozei.application.SanteiKonkyoStorage storage;

    @Inject
    jp.kikan.chihozei.application.SozokuninDaihyoshas sozokunin;

    /**
     * Whom a notice (納税通知書) goes to: the taxpayer, or for a deceased one the 相続人代表者 in force (地方税法第9条の2), named
     * with the deceased ("代表者名（故 被相続人名 相続人代表者）") at the representative's address.
     */
    ZeiShomeiModel.Atesaki tsuchiAtesaki(jp.kikan.platform.caller.Caller caller, NozeigimushaEntity n, String action) {
        return sozokunin.uketorinin(caller, n, action).map(d -> new ZeiShomeiModel.Atesaki(n.atenabango,
                d.shimei + "（故 " + n.shimei + " 相続人代表者）", d.shimeiFurigana, d.jusho, atesaki(n).seinengappi()))
                .orElseGet(() -> atesaki(n));
    }

    ZeiShomeiModel.Atesaki atesaki(NozeigimushaEntity n) {
        return new ZeiShomeiModel.Atesaki(n.atenabango, n.shimei, n.shimeiFurigana, n.jusho,
                n.seinengappi == null ? "" : ShomeiHakko.WAREKI.format(n.seinengappi));
    }

    ZeiShomeiModel.Fuka fuka(int nendo, FukaStore.Version v) {
        JsonNode f = storage.expand(v.kekka());
        Nendo n = new Nendo(nendo);
        List<String> konkyo = new ArrayList<>();
        f.path("santei_konkyo").forEach(s -> konkyo.add(setsumei(s)));
        if (v.kosei() != null) {
            json.tree(v.kosei()).path("santei_konkyo").forEach(s -> konkyo.add(setsumei(s)));
        }
        return new ZeiShomeiModel.Fuka(n.label(), n.shotokuNenLabel(), v.version(), ShomeiHakko.WAREKI.format(v.shorinengappi()),
                read(f, "shotoku", ShotokuKeisan.class), read(f, "kojo", ShotokuKojoKeisan.class),
                f.path("kazei_soshotoku_kingaku").asLong(), read(f, "hikazei", HikazeiHantei.class),
                read(f, "shi", ZeigakuBubun.class), read(f, "ken", ZeigakuBubun.class), f.path("shinrin_kankyozei").asLong(),
                f.path("nenzeigaku").asLong(), fuyo(f), konkyo);
    }

    /**
     * 扶養の状況 from the 算定根拠: a 配偶者控除 or 配偶者特別控除 step means a spouse counted; each input of the 扶養控除
     * step is one 扶養親族 named with its 区分 in brackets (FuyoKojoPolicy writes 「…の年齢（tokutei）」).
     */
    static ZeiShomeiModel.Fuyo fuyo(JsonNode f) {
        boolean haigusha = false;
        int[] n = new int[4];
        for (JsonNode s : f.path("santei_konkyo")) {
            String rule = s.path("rule_id").asText();
            if ((rule.equals("haigusha-kojo") || rule.equals("haigusha-tokubetsu-kojo")) && s.path("value").asLong() > 0) {
                haigusha = true;
            }
            if (rule.equals("fuyo-kojo")) {
                for (JsonNode in : s.path("inputs")) {
                    String name = in.path("name").asText();
                    n[name.endsWith("（tokutei）") ? 1 : name.endsWith("（rojin）") ? 2 : name.endsWith("（dokyo_roshin）") ? 3 : 0]++;
                }
            }
        }
        return new ZeiShomeiModel.Fuyo(haigusha, n[0], n[1], n[2], n[3]);
    }

    /** How the version is collected (its 徴収方法 as stored: the 当初's, which a 更正 keeps). */
    ChoshuHoho choshuHoho(FukaStore.Version v) {
        return ChoshuHoho.valueOf(json.tree(v.choshu()).path("hoho").asText().toUpperCase(java.util.Locale.ROOT));
    }

    /** The 普通徴収 of the version: its instalments (and for a 更正 the amounts before and the differences). */
    ZeiShomeiModel.Futsu futsu(FukaStore.Version v) {
        List<ZeiShomeiModel.Ki> ki = new ArrayList<>();
        if (v.kosei() == null) {
            for (JsonNode k : json.tree(v.choshu()).path("kibetsu")) {
                ki.add(new ZeiShomeiModel.Ki(k.path("kibetsu").asText(), nokigen(k.path("nengetsu").asText()),
                        k.path("zeigaku").asLong(), null, null, false));
            }
            return new ZeiShomeiModel.Futsu(false, null, ki, 0, 0);
        }
        JsonNode kosei = json.tree(v.kosei());
        for (JsonNode s : kosei.path("sagaku")) {
            ki.add(new ZeiShomeiModel.Ki(s.path("kibetsu").asText(), nokigen(s.path("nengetsu").asText()),
                    s.path("koseigo").asLong(), s.path("genzai").asLong(), s.path("sagaku").asLong(), s.path("torai").asBoolean()));
        }
        return new ZeiShomeiModel.Futsu(true, v.riyu(), ki, kosei.path("zuiji").asLong(), kosei.path("kanpu").asLong());
    }

    /**
     * A step's explanation for a citizen: the parameters' status is written in the engine's codes (confirmed,
     * inferred, unconfirmed) and printed in Japanese, so that an unconfirmed value is visible as such on paper too.
     */
    static String setsumei(JsonNode step) {
        return step.path("setsumei").asText().replaceAll("\\bunconfirmed\\b", "未確認").replaceAll("\\binferred\\b", "推定")
                .replaceAll("\\bconfirmed\\b", "確認済");
    }

    /** 納期限: the last day of the 期's month (地方税法第320条; the day is the 条例's, Kikan prints the month's end). */
    static String nokigen(String nengetsu) {
        return ShomeiHakko.WAREKI.format(YearMonth.parse(nengetsu).atEndOfMonth());
    }

    private <T> T read(JsonNode f, String field, Class<T> type) {
        try {
            return json.mapper().treeToValue(f.get(field), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment item " + field + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
