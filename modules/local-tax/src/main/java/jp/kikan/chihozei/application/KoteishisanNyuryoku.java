package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * A parcel's or house's version as a clerk enters it (schemas TochiNyuryoku, KaokuNyuryoku), checked beyond the contract:
 * dates that exist and are not after today, areas to 2 decimals, the 住宅用地's 戸数 and floor area, the owners — each a
 * taxpayer of this municipality (resident or 住登外者), none twice, shares adding up to 1, the 代表者 one of them. Every
 * refusal names its field and nothing is stored.
 */
@ApplicationScoped
public class KoteishisanNyuryoku {

    static final String RULE = "koteishisan-nyuryoku";
    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    BusinessCalendar calendar;

    /** The checked owners, their key (宛名番号 in order, joined by +) and the 代表者. */
    record Shoyu(List<KoteishisanDaichoStore.Shoyusha> shoyusha, String key, String daihyosha) {
    }

    KoteishisanDaichoStore.TochiHan tochi(Caller caller, JsonNode r, int version) {
        List<FieldViolation> v = new ArrayList<>();
        LocalDate idoBi = date(r, "ido_bi", v);
        BigDecimal chiseki = menseki(r, "chiseki", v, true);
        String kubun = r.get("kazei_kubun").asText();
        int kosu = r.path("kosu").asInt(0);
        BigDecimal yuka = r.hasNonNull("jutaku_yuka_menseki") ? menseki(r, "jutaku_yuka_menseki", v, false) : null;
        if ("jutaku-yochi".equals(kubun)) {
            if (kosu < 1) {
                v.add(violation("kosu", "住宅用地には住宅の戸数（1以上）を入力してください"));
            }
            if (yuka == null || yuka.signum() <= 0) {
                v.add(violation("jutaku_yuka_menseki", "住宅用地には住宅の床面積を入力してください（その10倍までが住宅用地）"));
            }
        }
        Shoyu s = shoyu(caller, r, v);
        refuse(v);
        return new KoteishisanDaichoStore.TochiHan(version, idoBi, r.get("ido_jiyu").asText(), r.path("shometsu").asBoolean(false),
                r.get("shozai").asText(), r.get("chiban").asText(), r.get("chimoku_genkyo").asText(),
                r.get("chimoku_toki").asText(), chiseki, r.get("hyokagaku").asLong(), kubun, kosu, yuka,
                r.get("shigaika_kuiki").asBoolean(), s.shoyusha(), s.key(), s.daihyosha(),
                r.hasNonNull("zennendo") ? r.get("zennendo").toString() : null, calendar.today());
    }

    KoteishisanDaichoStore.KaokuHan kaoku(Caller caller, JsonNode r, int version) {
        List<FieldViolation> v = new ArrayList<>();
        LocalDate idoBi = date(r, "ido_bi", v);
        LocalDate shinchiku = date(r, "shinchiku_nengappi", v);
        BigDecimal yuka = menseki(r, "yuka_menseki", v, true);
        BigDecimal kyoju = menseki(r, "kyoju_menseki", v, false);
        if (yuka != null && kyoju != null && kyoju.compareTo(yuka) > 0) {
            v.add(violation("kyoju_menseki", "居住部分の床面積が床面積を超えています"));
        }
        Shoyu s = shoyu(caller, r, v);
        refuse(v);
        return new KoteishisanDaichoStore.KaokuHan(version, idoBi, r.get("ido_jiyu").asText(), r.path("shometsu").asBoolean(false),
                r.get("shozai").asText(), r.get("kaoku_bango").asText(), r.get("shurui").asText(), r.get("kozo").asText(),
                r.get("taika_kozo").asBoolean(), yuka, kyoju, r.path("kashiya").asBoolean(false), shinchiku,
                r.get("kaisu").asInt(), r.get("hyokagaku").asLong(), r.get("shigaika_kuiki").asBoolean(), s.shoyusha(), s.key(),
                s.daihyosha(), calendar.today());
    }

    /** The owners as 宛名番号 of this municipality's taxpayers (a protected person only by the 支援措置 role). */
    private Shoyu shoyu(Caller caller, JsonNode r, List<FieldViolation> v) {
        List<KoteishisanDaichoStore.Shoyusha> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        JsonNode list = r.get("shoyusha");
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String a = o.get("atenabango").asText();
            if (seen.contains(a)) {
                v.add(violation("shoyusha[" + i + "].atenabango", "同じ所有者が2回指定されています: " + a));
                continue;
            }
            seen.add(a);
            nozeigimushas.require(caller, a, "koteishisanzei.daicho");
            String mochibun = o.hasNonNull("mochibun") ? o.get("mochibun").asText() : list.size() == 1 ? "1/1" : null;
            if (mochibun == null) {
                v.add(violation("shoyusha[" + i + "].mochibun", "共有では各共有者の持分を入力してください"));
                continue;
            }
            String[] f = mochibun.split("/");
            BigInteger n = new BigInteger(f[0]);
            BigInteger d = new BigInteger(f[1]);
            if (n.compareTo(d) > 0) {
                v.add(violation("shoyusha[" + i + "].mochibun", "持分は1以下です: " + mochibun));
            }
            num = num.multiply(d).add(n.multiply(den));
            den = den.multiply(d);
            out.add(new KoteishisanDaichoStore.Shoyusha(a, mochibun));
        }
        if (v.isEmpty() && num.compareTo(den) != 0) {
            v.add(violation("shoyusha", "持分の合計が1になりません（" + num.divide(num.gcd(den)) + "/" + den.divide(num.gcd(den)) + "）"));
        }
        String daihyosha = r.hasNonNull("daihyosha") ? r.get("daihyosha").asText() : seen.isEmpty() ? null : seen.get(0);
        if (daihyosha != null && !seen.contains(daihyosha)) {
            v.add(violation("daihyosha", "代表者は所有者（共有者）のいずれかです"));
        }
        String key = String.join("+", seen.stream().sorted().toList());
        return new Shoyu(out, key, daihyosha);
    }

    private LocalDate date(JsonNode r, String field, List<FieldViolation> v) {
        String text = r.get(field).asText();
        LocalDate d;
        try {
            d = CALENDAR.parse(text.strip());
        } catch (RuntimeException e) {
            v.add(new FieldViolation(field, StandardErrorCode.E0004, "date-exists", "「" + text + "」は暦に存在しない日付です"));
            return null;
        }
        if (d.isAfter(calendar.today()) || d.getYear() < 1868) {
            v.add(new FieldViolation(field, StandardErrorCode.E0004, "date-plausible", "日付が業務日付より後か、明治より前です"));
            return null;
        }
        return d;
    }

    private static BigDecimal menseki(JsonNode r, String field, List<FieldViolation> v, boolean positive) {
        BigDecimal m = r.get(field).decimalValue();
        if (m.stripTrailingZeros().scale() > 2) {
            v.add(violation(field, "面積は小数2桁までです"));
            return null;
        }
        if (positive && m.signum() <= 0) {
            v.add(violation(field, "面積は0より大きくしてください"));
            return null;
        }
        return m.setScale(2);
    }

    static FieldViolation violation(String field, String message) {
        return new FieldViolation(field, StandardErrorCode.E0004, RULE, message);
    }

    static void refuse(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, RULE, v.get(0).message(), v);
        }
    }
}
