package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import jp.kikan.kokuho.infrastructure.HihokenshaBangoStore;
import jp.kikan.kokuho.infrastructure.HokenjaConfig;
import jp.kikan.kokuho.infrastructure.KokuhoShomeiKofuStore;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.infrastructure.pdf.ShikakuKakuninshoPdf;
import jp.kikan.kokuho.shikaku.domain.ShikakuKakuninshoPolicy;
import jp.kikan.kokuho.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * 資格確認書の交付 (x-kikan-function kokuho.shikaku-kakuninsho; 国民健康保険法第9条): for a person insured on the business
 * date — 支援措置 applied first ({@link Jumins#require}) — with the 被保険者記号・番号・枝番 (given now if the person has
 * none), the 一部負担金の割合 and the 有効期限 of {@link ShikakuKakuninshoPolicy}; the issuance goes to the 交付履歴 (with the
 * PDF's SHA-256) and the access log in the same transaction. A person not insured that day gets none (422).
 */
@ApplicationScoped
public class ShikakuKakuninshoHakko {

    static final String ACTION = "kokuho.shikaku-kakuninsho";
    static final String ACTION_OSHIRASE = "kokuho.shikaku-joho-oshirase";
    private static final WarekiCalendar WAREKI = WarekiCalendar.standard();

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuStore shikaku;

    @Inject
    HihokenshaBangoStore bangoStore;

    @Inject
    KokuhoShomeiKofuStore kofu;

    @Inject
    HokenjaConfig hokenja;

    @Inject
    Municipalities municipalities;

    @Inject
    ShikakuKakuninshoPdf pdf;

    @Inject
    AccessLog accessLog;

    @Inject
    KoreiJukyushaFutanHantei futanHantei;

    @Inject
    BusinessCalendar calendar;

    /** A document issued: its number and the PDF. */
    public record Issued(String hakkoBango, byte[] pdf) {
    }

    /** 資格確認書. */
    @Transactional
    public Issued kakuninsho(Caller caller, JsonNode request) {
        return issue(caller, request, ShikakuKakuninshoPdf.Yoshiki.KAKUNINSHO);
    }

    /** 資格情報のお知らせ (x-kikan-function kokuho.shikaku-joho-oshirase): the same items for a マイナ保険証 holder. */
    @Transactional
    public Issued oshirase(Caller caller, JsonNode request) {
        return issue(caller, request, ShikakuKakuninshoPdf.Yoshiki.OSHIRASE);
    }

    private Issued issue(Caller caller, JsonNode request, ShikakuKakuninshoPdf.Yoshiki yoshiki) {
        boolean oshirase = yoshiki == ShikakuKakuninshoPdf.Yoshiki.OSHIRASE;
        String action = oshirase ? ACTION_OSHIRASE : ACTION;
        String code = oshirase ? "shikaku-joho-oshirase" : "shikaku-kakuninsho";
        String atenabango = request.path("atenabango").asText();
        Boolean genekinami = request.hasNonNull("genekinami") ? request.get("genekinami").asBoolean() : null;
        Jumin j = jumins.require(caller, atenabango, action);
        LocalDate today = calendar.today();
        ShikakuRireki r = new ShikakuRireki(shikaku.entries(caller.lgCode(), atenabango).stream()
                .map(ShikakuStore.Entry::ido).toList());
        if (!HihokenshaShokai.hihokensha(j, r, today)) {
            throw new RuleViolationException("hihokensha-denai", "atenabango", StandardErrorCode.E0004,
                    "宛名番号 " + atenabango + " の方は本日（" + WAREKI.format(today) + "）国民健康保険の被保険者ではないため、"
                            + (oshirase ? "資格情報のお知らせを" : "資格確認書を") + "交付できません");
        }
        HokenjaConfig.Hokenja h = hokenja.hokenja().get(caller.lgCode());
        if (h == null) {
            throw new RuleViolationException("hokenja-settei-nashi", "atenabango", StandardErrorCode.E0004,
                    "この団体の保険者番号・被保険者記号が設定されていません（kikan.kokuho.hokenja）");
        }
        // from 70: the household's 課税所得 decides, unless the clerk gives the judgement (a 基準収入額適用申請)
        KoreiJukyushaFutanHantei.Kekka hantei = genekinami == null
                && !today.isBefore(ShikakuKakuninshoPolicy.koreiJukyuKaishi(j.seinengappi()))
                ? futanHantei.hantei(caller.lgCode(), j, today) : null;
        ShikakuKakuninshoPolicy.Futan futan = hantei != null ? hantei.futan()
                : ShikakuKakuninshoPolicy.futan(j.seinengappi(), today, genekinami);
        JsonNode item = juminStore.latestItem(caller.lgCode(), atenabango).orElse(MissingNode.getInstance());
        LocalDate zairyu = item.hasNonNull("zairyukikan_manryonengappi")
                ? LocalDate.parse(item.get("zairyukikan_manryonengappi").asText()) : null;
        MonthDay koshinbi = MonthDay.parse("--" + h.koshinKigen());
        ShikakuKakuninshoPolicy.YukoKigen kigen = oshirase ? ShikakuKakuninshoPolicy.oshiraseYukoKigen(today, j.seinengappi(),
                koshinbi) : ShikakuKakuninshoPolicy.yukoKigen(today, j.seinengappi(), koshinbi, zairyu);
        HihokenshaBangoStore.Bango bango = bangoStore.assign(caller.lgCode(), atenabango, j.setaibango(), h.kigo(),
                h.bangoKeta(), calendar.now());
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        String hakkoBango = kofu.nextHakkoBango(caller.lgCode(), today);
        List<ShikakuRireki.Kikan> kikan = r.kikan();
        byte[] document = pdf.render(new ShikakuKakuninshoPdf.Model(yoshiki, hakkoBango, WAREKI.format(today),
                kigen == null ? "なし" : WAREKI.format(kigen.kigen()),
                kigen == null ? "なし（70歳以上の方は一部負担金の割合の変わる日まで）" : kigen.riyu(), bango.hyoki(), j.shimei(), j.shimeiFurigana(),
                WAREKI.format(j.seinengappi()), seibetsu(item.path("seibetsu").asText()), jusho(item),
                item.path("setainushi_shimei").asText(""), WAREKI.format(kikan.get(kikan.size() - 1).shutokubi()),
                futan.wari() + "割" + (futan.hakkoKijitsu() == null ? "" : "（発効期日 " + WAREKI.format(futan.hakkoKijitsu()) + "）"),
                h.bango(), m.name(), m.shucho())).pdf();
        kofu.record(caller.lgCode(), new KokuhoShomeiKofuStore.Kofu(hakkoBango, code, atenabango,
                bango.kigo() + "-" + bango.bango() + "-" + bango.edaban(), futan.wari(), kigen == null ? null : kigen.kigen(),
                HakkoBango.sha256(document), caller.actor(), calendar.now()));
        accessLog.record(caller, action, Jumins.TARGET, atenabango, "hakko_bango=" + hakkoBango + " yoshiki=" + code
                + " futan_wariai=" + futan.wari() + " yuko_kigen=" + (kigen == null ? "nashi" : kigen.kigen()));
        if (hantei != null && hantei.yomikomi().size() > 1) {
            // the other members' incomes were read for the judgement: a read of their personal data
            accessLog.record(caller, action, Jumins.TARGET, new java.util.ArrayList<>(hantei.yomikomi()),
                    "hakko_bango=" + hakkoBango + " korei_jukyusha_futan_hantei: " + hantei.hantei().riyu());
        }
        return new Issued(hakkoBango, document);
    }

    static String seibetsu(String code) {
        return switch (code) {
            case "1" -> "男";
            case "2" -> "女";
            default -> "";
        };
    }

    /** 住所 as the resident record writes it (都道府県 市区町村 町字 番地, then 方書). */
    static String jusho(JsonNode item) {
        String base = String.join("", Stream.of("jusho_todofuken", "jusho_shikugunchosonmei", "jusho_choaza",
                "jusho_banchigohyoki").map(k -> item.path(k).asText("")).toList());
        String katagaki = item.path("jusho_katagaki").asText("");
        return katagaki.isBlank() ? base : base + "　" + katagaki;
    }
}
