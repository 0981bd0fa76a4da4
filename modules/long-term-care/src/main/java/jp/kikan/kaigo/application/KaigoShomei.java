package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.stream.Stream;
import jp.kikan.kaigo.infrastructure.HokenjaConfig;
import jp.kikan.kaigo.infrastructure.KaigoShomeiKofuStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * What this service's documents share: the insurer (保険者番号, 名称, 首長), the person as the resident record writes him
 * (住所, 性別), the 発行番号, and the issuance recorded in the 交付履歴 (証発行履歴管理, 機能ID 0230290; the PDF's SHA-256) and
 * the access log in the issuing transaction.
 */
@ApplicationScoped
public class KaigoShomei {

    static final WarekiCalendar WAREKI = WarekiCalendar.standard();

    @Inject
    HokenjaConfig hokenja;

    @Inject
    Municipalities municipalities;

    @Inject
    JuminStore juminStore;

    @Inject
    KaigoShomeiKofuStore kofu;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    /** A document issued: its number and the PDF. */
    public record Issued(String hakkoBango, byte[] pdf) {
    }

    /** The insurer of the caller's municipality as printed. */
    public record Hokenja(String bango, String meisho, String shucho) {
    }

    /** The person as printed (住所 and 性別 from the resident record's latest item). */
    public record Hito(String jusho, String seibetsu) {
    }

    Hokenja hokenja(Caller caller) {
        HokenjaConfig.Hokenja h = hokenja.all().get(caller.lgCode());
        if (h == null) {
            throw new RuleViolationException("hokenja-settei-nashi", "atenabango", StandardErrorCode.E0004,
                    "この団体の介護保険の保険者番号が設定されていません（kikan.kaigo.hokenja）");
        }
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        return new Hokenja(h.bango(), m.name(), m.shucho());
    }

    Hito hito(Caller caller, String atenabango) {
        JsonNode item = juminStore.latestItem(caller.lgCode(), atenabango).orElse(MissingNode.getInstance());
        String base = String.join("", Stream.of("jusho_todofuken", "jusho_shikugunchosonmei", "jusho_choaza", "jusho_banchigohyoki")
                .map(k -> item.path(k).asText("")).toList());
        String katagaki = item.path("jusho_katagaki").asText("");
        String seibetsu = switch (item.path("seibetsu").asText("")) {
            case "1" -> "男";
            case "2" -> "女";
            default -> "";
        };
        return new Hito(katagaki.isBlank() ? base : base + "　" + katagaki, seibetsu);
    }

    String hakkoBango(Caller caller) {
        return kofu.nextHakkoBango(caller.lgCode(), calendar.today());
    }

    /** Records the issuance (交付履歴 with the PDF's SHA-256, access log) and hands the document out. */
    Issued kofu(Caller caller, String action, String yoshiki, String hakkoBango, String atenabango, String hihokenshaBango,
            Integer nendo, Integer version, Integer wari, byte[] pdf) {
        kofu.record(caller.lgCode(), new KaigoShomeiKofuStore.Kofu(hakkoBango, yoshiki, atenabango, hihokenshaBango, nendo, version,
                wari, HakkoBango.sha256(pdf), caller.actor(), calendar.now()));
        accessLog.record(caller, action, Jumins.TARGET, atenabango, "hakko_bango=" + hakkoBango + " yoshiki=" + yoshiki
                + (nendo == null ? "" : " nendo=" + nendo) + (version == null ? "" : " version=" + version)
                + (wari == null ? "" : " futan_wariai=" + wari));
        return new Issued(hakkoBango, pdf);
    }

    static String wareki(LocalDate d) {
        return d == null ? "" : WAREKI.format(d);
    }

    /** 要介護状態区分等 as printed. */
    static String kekkaMei(String kekka) {
        if (kekka == null) {
            return "";
        }
        return switch (kekka) {
            case "higaito" -> "非該当";
            case "yoshien1" -> "要支援1";
            case "yoshien2" -> "要支援2";
            default -> kekka.startsWith("yokaigo") ? "要介護" + kekka.substring("yokaigo".length()) : kekka;
        };
    }

    static String nendoLabel(int nendo) {
        return nendo >= 2019 ? "令和" + (nendo == 2019 ? "元" : Integer.toString(nendo - 2018)) + "年度" : "平成" + (nendo - 1988) + "年度";
    }
}
