package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.HaitoShurui;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.JutakuGendoKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import jp.kikan.platform.checkdigit.ChihoKokyoDantaiCode;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * Checks what was entered and collects every problem before anything is computed, so the clerk sees all
 * mistakes at once: a required item missing (E0001); a negative amount (E0002: the amounts are of the
 * standard's unsigned type 9, so a minus sign is a character they do not allow); a date that does not
 * exist, a person born after the day they are judged on, 寡婦 together with ひとり親, a municipality code
 * whose check digit is wrong (E0004).
 */
public final class KazeiNyuryokuKensa {

    /** The rule id of a refused input (problem+json {@code code}). */
    public static final String RULE = "kazei-nyuryoku";

    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    private final List<FieldViolation> violations = new ArrayList<>();

    private KazeiNyuryokuKensa() {
    }

    /** @throws RuleViolationException with one {@link FieldViolation} per problem */
    public static KazeiKiso kensa(KazeiNyuryoku in) {
        return new KazeiNyuryokuKensa().check(in);
    }

    private KazeiKiso check(KazeiNyuryoku in) {
        Nendo nendo = null;
        if (in.nendo() == null) {
            add("nendo", StandardErrorCode.E0001, "required", "年度は必須です");
        } else {
            try {
                nendo = new Nendo(in.nendo());
            } catch (IllegalArgumentException e) {
                add("nendo", StandardErrorCode.E0004, "nendo-reiwa", "年度 " + in.nendo() + " は計算できません（令和の年度を西暦で指定してください）");
            }
        }
        String code = in.shikuchosonkodo();
        if (code == null || code.isBlank()) {
            add("shikuchosonkodo", StandardErrorCode.E0001, "required", "市区町村コードは必須です");
        } else if (!ChihoKokyoDantaiCode.isValid(code)) {
            add("shikuchosonkodo", StandardErrorCode.E0004, "check-digit", "市区町村コード「" + code + "」の検査数字が一致しません");
        }
        KazeiKiso.Honnin honnin = honnin(in.honnin(), nendo);
        KazeiKiso.Shotoku shotoku = shotoku(in.shunyu());
        KazeiKiso.Shiharai shiharai = shiharai(in.shiharai());
        KazeiKiso.Shinzoku haigusha = in.haigusha() == null ? null : shinzoku("haigusha", -1, in.haigusha(), nendo);
        List<KazeiKiso.Shinzoku> fuyo = new ArrayList<>();
        for (int i = 0; i < in.fuyoShinzoku().size(); i++) {
            fuyo.add(shinzoku("fuyo_shinzoku[" + i + "]", i, in.fuyoShinzoku().get(i), nendo));
        }
        KazeiKiso.Kifukin kifukin = kifukin(in.kifukin());
        KazeiKiso.JutakuLoan jutaku = jutaku(in.jutakuLoan());
        if (!violations.isEmpty()) {
            throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, RULE,
                    "入力内容に誤りがあります（" + violations.size() + "件）", violations);
        }
        return new KazeiKiso(nendo, code, honnin, shotoku, shiharai, haigusha, fuyo, kifukin, jutaku);
    }

    private KazeiKiso.Honnin honnin(KazeiNyuryoku.Honnin h, Nendo nendo) {
        if (h == null) {
            add("honnin", StandardErrorCode.E0001, "required", "本人の情報は必須です");
            return null;
        }
        LocalDate birth = date("honnin.seinengappi", h.seinengappi(), true);
        // the taxpayer must exist on the 賦課期日 (地方税法第318条: 1月1日 現在の住所)
        if (birth != null && nendo != null && birth.isAfter(nendo.fukaKijitsu())) {
            add("honnin.seinengappi", StandardErrorCode.E0004, "born-by-fuka-kijitsu",
                    "本人の生年月日が賦課期日（" + nendo.fukaKijitsu() + "）より後です");
        }
        if (h.kafu() && h.hitorioya() != null && h.hitorioya() != HitorioyaKubun.NASHI) {
            add("honnin.kafu", StandardErrorCode.E0004, "kafu-or-hitorioya", "寡婦とひとり親は同時に指定できません");
        }
        return new KazeiKiso.Honnin(birth, h.shogai() == null ? ShogaiKubun.NASHI : h.shogai(), h.kafu(),
                h.hitorioya() == null ? HitorioyaKubun.NASHI : h.hitorioya(), h.kinroGakusei(), h.seikatsuHogo());
    }

    private KazeiKiso.Shotoku shotoku(KazeiNyuryoku.Shunyu s) {
        KazeiNyuryoku.Shunyu x = s == null ? new KazeiNyuryoku.Shunyu(null, null, null, null, null, null, List.of()) : s;
        List<KazeiKiso.Haito> haito = new ArrayList<>();
        for (int i = 0; i < x.haito().size(); i++) {
            KazeiNyuryoku.Haito h = x.haito().get(i);
            String f = "shunyu.haito[" + i + "]";
            if (h.shurui() == null) {
                add(f + ".shurui", StandardErrorCode.E0001, "required", "配当の種類は必須です");
            }
            haito.add(new KazeiKiso.Haito(h.shurui() == null ? HaitoShurui.RIEKI_HAITO : h.shurui(),
                    amount(f + ".haito_shotoku", h.haitoShotoku())));
        }
        return new KazeiKiso.Shotoku(amount("shunyu.kyuyo_shunyu", x.kyuyoShunyu()),
                amount("shunyu.koteki_nenkin_shunyu", x.kotekiNenkinShunyu()), amount("shunyu.jigyo_shotoku", x.jigyoShotoku()),
                amount("shunyu.fudosan_shotoku", x.fudosanShotoku()),
                amount("shunyu.zatsu_shotoku_sonota", x.zatsuShotokuSonota()), amount("shunyu.sonota_shotoku", x.sonotaShotoku()),
                haito);
    }

    private KazeiKiso.Shiharai shiharai(KazeiNyuryoku.Shiharai s) {
        KazeiNyuryoku.Shiharai x = s == null ? new KazeiNyuryoku.Shiharai(null, null, null, null, null, null, null, null, null) : s;
        KazeiNyuryoku.SeimeiHokenryo h = x.seimeiHokenryo() == null
                ? new KazeiNyuryoku.SeimeiHokenryo(null, null, null, null, null) : x.seimeiHokenryo();
        String p = "shiharai.";
        String sh = p + "seimei_hokenryo.";
        return new KazeiKiso.Shiharai(amount(p + "shakai_hokenryo", x.shakaiHokenryo()),
                amount(p + "shokibo_kigyo_kyosai_kakekin", x.shokiboKigyoKyosaiKakekin()),
                amount(sh + "shin_ippan", h.shinIppan()), amount(sh + "kyu_ippan", h.kyuIppan()),
                amount(sh + "shin_kaigo_iryo", h.shinKaigoIryo()), amount(sh + "shin_kojin_nenkin", h.shinKojinNenkin()),
                amount(sh + "kyu_kojin_nenkin", h.kyuKojinNenkin()), amount(p + "jishin_hokenryo", x.jishinHokenryo()),
                amount(p + "iryohi", x.iryohi()), amount(p + "iryohi_hotenkin", x.iryohiHotenkin()),
                amount(p + "zasson_sonshitsu", x.zassonSonshitsu()), amount(p + "zasson_hotenkin", x.zassonHotenkin()),
                amount(p + "saigai_kanren_shishutsu", x.saigaiKanrenShishutsu()));
    }

    private KazeiKiso.Shinzoku shinzoku(String field, int index, KazeiNyuryoku.Shinzoku s, Nendo nendo) {
        LocalDate birth = date(field + ".seinengappi", s.seinengappi(), true);
        // 扶養・配偶者 are judged on 12月31日 of the income year (所得税法第85条 as applied by 地方税法第314条の2):
        // someone born after it cannot be counted for that year
        if (birth != null && nendo != null && birth.isAfter(nendo.shotokuNenMatsu())) {
            add(field + ".seinengappi", StandardErrorCode.E0004, "born-within-year",
                    (index < 0 ? "配偶者" : "扶養親族") + "の生年月日が" + nendo.shotokuNenLabel() + "の12月31日（"
                            + nendo.shotokuNenMatsu() + "）より後です");
        }
        return new KazeiKiso.Shinzoku(index, birth, amount(field + ".gokei_shotoku_kingaku", s.gokeiShotoku()),
                s.shogai() == null ? ShogaiKubun.NASHI : s.shogai(), s.dokyo(), s.chokkeiSonzoku(), s.kokugaiKyoju());
    }

    private KazeiKiso.Kifukin kifukin(KazeiNyuryoku.Kifukin k) {
        if (k == null) {
            return KazeiKiso.Kifukin.none();
        }
        String p = "kifukin.";
        return new KazeiKiso.Kifukin(amount(p + "furusato_nozei", k.furusatoNozei()), k.onestopTokurei(),
                amount(p + "kyodo_bokin_nisseki", k.kyodoBokinNisseki()), amount(p + "jorei_shitei_shi", k.joreiShiteiShi()),
                amount(p + "jorei_shitei_ken", k.joreiShiteiKen()));
    }

    private KazeiKiso.JutakuLoan jutaku(KazeiNyuryoku.JutakuLoan j) {
        if (j == null) {
            return null;
        }
        String p = "jutaku_loan.";
        if (j.kubun() == null) {
            add(p + "kubun", StandardErrorCode.E0001, "required", "住宅借入金等特別税額控除の控除限度額の区分（居住年）は必須です");
        }
        return new KazeiKiso.JutakuLoan(amount(p + "shotokuzei_kojo_zangaku", j.shotokuzeiKojoZangaku()),
                amount(p + "shotokuzei_kazei_soshotoku_kingaku_to", j.shotokuzeiKazeiSoshotokuKingakuTo()),
                j.kubun() == null ? JutakuGendoKubun.KIHON : j.kubun());
    }

    private long amount(String field, Long value) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            add(field, StandardErrorCode.E0002, "non-negative", "金額は0以上で入力してください（" + value + "）");
            return 0;
        }
        return value;
    }

    private LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, StandardErrorCode.E0001, "required", "生年月日は必須です");
            }
            return null;
        }
        try {
            return CALENDAR.parse(value.strip());
        } catch (RuntimeException e) {
            // the calendar says why (e.g. 令和 began on 2019-05-01), which helps the clerk fix it
            add(field, StandardErrorCode.E0004, "date-exists", "「" + value + "」は暦に存在しない日付です（" + e.getMessage() + "）");
            return null;
        }
    }

    private void add(String field, StandardErrorCode code, String rule, String message) {
        violations.add(new FieldViolation(field, code, rule, message));
    }
}
