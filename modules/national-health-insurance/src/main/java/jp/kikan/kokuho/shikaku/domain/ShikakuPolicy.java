package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.time.Nenrei;

/**
 * When the 国保 qualification is acquired and lost (国民健康保険法第5条〜第8条, as restated by 広島市
 * https://www.city.hiroshima.lg.jp/soshiki/71/3083.html): from a change of the resident record, and from a 届出.
 * It only adds entries after the recorded ones: a past entry is never rewritten (a correction is a new entry).
 */
public final class ShikakuPolicy {

    private ShikakuPolicy() {
    }

    /** The exclusions of 第6条 on record from 届出: covered by employee insurance; receiving 生活保護. */
    public record Jogai(boolean shaho, boolean hogo) {
        public static final Jogai NASHI = new Jogai(false, false);
    }

    /** A version of the person's resident record as the feed carries it. */
    public record JuminIdo(String juminJotai, String idojiyu, LocalDate idonengappi, LocalDate juminKaishibi,
            LocalDate seinengappi) {
        boolean jumin() {
            return "jumin".equals(juminJotai);
        }
    }

    /**
     * 後期高齢者医療の被保険者となる日: the 75th birthday itself (国保 is lost that day — 神戸市 FAQ
     * https://faq.city.kobe.lg.jp/print/faq/1707?site_domain=default). For a 29 February birth that is 1 March in a
     * common year: the age is reached at the end of 28 February (年齢計算ニ関スル法律; platform {@link Nenrei}).
     */
    public static LocalDate kokiKanyubi(LocalDate seinengappi) {
        return seinengappi == null ? null : Nenrei.tanjobi(seinengappi, 75);
    }

    /** The entries one change of the resident record adds, then the 75歳 loss if it is due by {@code today}. */
    public static List<ShikakuIdo> juminIdo(ShikakuRireki rireki, boolean wasJumin, JuminIdo now, Jogai jogai,
            LocalDate today) {
        List<ShikakuIdo> out = new ArrayList<>();
        LocalDate koki = kokiKanyubi(now.seinengappi());
        if (!wasJumin && now.jumin()) {
            boolean shussei = now.idojiyu().contains("出生");
            boolean ido = shussei || now.idojiyu().contains("転入");
            // a 転入 or a birth is acquired on its day; a resident first seen in a snapshot (a migration, the demo
            // city) on the day he became a resident here (住民となった年月日)
            LocalDate d = ido && now.idonengappi() != null ? now.idonengappi()
                    : now.juminKaishibi() != null ? now.juminKaishibi() : now.idonengappi();
            LocalDate lost = rireki.lastSoshitsubi();
            if (d != null && !rireki.shikakuAri() && !jogai.shaho() && !jogai.hogo() && (koki == null || d.isBefore(koki))
                    && (lost == null || !d.isBefore(lost))) {
                out.add(ShikakuIdo.of(shussei ? ShikakuJiyu.SHUSSEI : ShikakuJiyu.TENNYU, d, now.idonengappi()));
            }
        } else if (wasJumin && !now.jumin() && rireki.shikakuAri() && now.idonengappi() != null) {
            LocalDate soshitsubi = now.idonengappi().plusDays(1);
            if (koki != null && !koki.isAfter(soshitsubi)) {
                out.add(ShikakuIdo.of(ShikakuJiyu.KOKI_KOREI, koki, koki));
            } else {
                out.add(ShikakuIdo.of("shibo".equals(now.juminJotai()) ? ShikakuJiyu.SHIBO : ShikakuJiyu.TENSHUTSU,
                        soshitsubi, now.idonengappi()));
            }
        }
        ShikakuRireki after = with(rireki, out);
        kokiDue(after, now.seinengappi(), today).ifPresent(out::add);
        return out;
    }

    /** The 75歳 loss when the person still holds the qualification and the birthday has come by {@code today}. */
    public static java.util.Optional<ShikakuIdo> kokiDue(ShikakuRireki rireki, LocalDate seinengappi, LocalDate today) {
        LocalDate koki = kokiKanyubi(seinengappi);
        if (rireki.shikakuAri() && koki != null && !koki.isAfter(today)) {
            return java.util.Optional.of(ShikakuIdo.of(ShikakuJiyu.KOKI_KOREI, koki, koki));
        }
        return java.util.Optional.empty();
    }

    /**
     * The entry a 届出 adds, dated by its fact: 社保加入 → 喪失 the next day (他保険加入日の翌日); 社保喪失 → 取得 that
     * day (the 社保 喪失日 is the day after leaving the job); 生活保護の開始 → 喪失 that day; 廃止 → 取得 that day.
     * A 届出 the recorded history contradicts is refused (422), nothing recorded.
     */
    public static ShikakuIdo todokede(ShikakuRireki rireki, boolean jumin, Jogai jogai, String shubetsu, LocalDate d,
            LocalDate seinengappi) {
        if (seinengappi != null && d.isBefore(seinengappi)) {
            throw mujun("date-before-birth", "事実の日が生年月日より前です");
        }
        LocalDate shutoku = rireki.currentShutokubi();
        switch (shubetsu) {
            case "shaho_kanyu" -> {
                if (shutoku == null || d.isBefore(shutoku)) {
                    throw mujun("shikaku-nashi", "社会保険の加入日に国保の資格がありません（資格の取得日より前か、既に喪失しています）");
                }
                return ShikakuIdo.of(ShikakuJiyu.SHAHO_KANYU, d.plusDays(1), d);
            }
            case "seikatsu_hogo_kaishi" -> {
                if (shutoku == null || !d.isAfter(shutoku)) {
                    throw mujun("shikaku-nashi", "保護開始日に国保の資格がありません（資格の取得日以前か、既に喪失しています）");
                }
                return ShikakuIdo.of(ShikakuJiyu.SEIKATSU_HOGO_KAISHI, d, d);
            }
            case "shaho_soshitsu", "seikatsu_hogo_haishi" -> {
                boolean hogo = shubetsu.equals("seikatsu_hogo_haishi");
                if (!jumin) {
                    throw mujun("jumin-nashi", "この団体の住民ではないため国保の資格を取得できません（国民健康保険法第5条）");
                }
                if (shutoku != null) {
                    throw mujun("shikaku-ari", "既に国保の資格があります（取得日 " + shutoku + "）");
                }
                if (hogo != jogai.hogo()) {
                    throw mujun(hogo ? "hogo-nashi" : "hogo-chu", hogo ? "生活保護の開始の届出が記録されていません"
                            : "生活保護の開始が記録されています。先に生活保護の廃止を届け出てください");
                }
                LocalDate lost = rireki.lastSoshitsubi();
                if (lost != null && d.isBefore(lost)) {
                    throw mujun("shikaku-kasanari", "前の資格の喪失日 " + lost + " より前には取得できません");
                }
                LocalDate koki = kokiKanyubi(seinengappi);
                if (koki != null && !d.isBefore(koki)) {
                    throw mujun("koki-korei", "75歳以上のため後期高齢者医療の被保険者です（国民健康保険法第6条）");
                }
                return ShikakuIdo.of(hogo ? ShikakuJiyu.SEIKATSU_HOGO_HAISHI : ShikakuJiyu.SHAHO_SOSHITSU, d, d);
            }
            default -> throw new IllegalArgumentException(shubetsu);
        }
    }

    /** The exclusions the 届出 on record leave in force (the last of each pair wins). */
    public static Jogai jogai(List<String> todokedeInOrder) {
        boolean shaho = false;
        boolean hogo = false;
        for (String t : todokedeInOrder) {
            switch (t) {
                case "shaho_kanyu" -> shaho = true;
                case "shaho_soshitsu" -> shaho = false;
                case "seikatsu_hogo_kaishi" -> hogo = true;
                case "seikatsu_hogo_haishi" -> hogo = false;
                default -> throw new IllegalArgumentException(t);
            }
        }
        return new Jogai(shaho, hogo);
    }

    /**
     * 県内転居 (国民健康保険法第5条: the prefecture is the insurer with its municipalities since 平成30年度): a move to
     * another municipality of the same prefecture continues the qualification; this municipality records the transfer
     * and its part ends the day after the 転出日. Either the person still holds this municipality's qualification on the
     * 転出日, or the feed's 転出 already closed it that same day (the entry then marks that loss as a transfer). Refused
     * (422) otherwise, and for a destination outside the prefecture or this municipality itself.
     *
     * @param lgCode       this municipality (地方公共団体コード: its first two digits are the prefecture)
     * @param tenshutsusaki the destination's 地方公共団体コード (check digit verified by the caller)
     */
    public static ShikakuIdo kennaiIdo(ShikakuRireki rireki, String lgCode, String tenshutsusaki, LocalDate tenshutsubi) {
        if (tenshutsusaki.equals(lgCode)) {
            throw new RuleViolationException("kennai-ido-jichitai", "tenshutsusaki_shikuchosonkodo", StandardErrorCode.E0004,
                    "転出先がこの市区町村です。市区町村の中の転居は資格に影響しません");
        }
        if (!tenshutsusaki.substring(0, 2).equals(lgCode.substring(0, 2))) {
            throw new RuleViolationException("kennai-ido-kengai", "tenshutsusaki_shikuchosonkodo", StandardErrorCode.E0004,
                    "転出先が他の都道府県です。県外への転出は資格の喪失（転出日の翌日）で、住民異動から記録されます");
        }
        if (rireki.kennaiIdo(tenshutsubi)) {
            throw mujun("kennai-ido-zumi", "この転出日の県内転居は既に記録されています");
        }
        LocalDate shutoku = rireki.currentShutokubi();
        boolean holds = shutoku != null && !tenshutsubi.isBefore(shutoku);
        ShikakuIdo last = rireki.idos().isEmpty() ? null : rireki.idos().get(rireki.idos().size() - 1);
        boolean moved = last != null && last.jiyu() == ShikakuJiyu.TENSHUTSU && tenshutsubi.equals(last.idonengappi());
        if (!holds && !moved) {
            throw mujun("shikaku-nashi", "転出日に国保の資格がありません（資格の取得日より前か、記録された転出と日付が違います）");
        }
        return ShikakuIdo.of(ShikakuJiyu.KENNAI_IDO, null, tenshutsubi);
    }

    public static ShikakuRireki with(ShikakuRireki r, List<ShikakuIdo> more) {
        List<ShikakuIdo> all = new ArrayList<>(r.idos());
        all.addAll(more);
        return new ShikakuRireki(all);
    }

    private static RuleViolationException mujun(String rule, String message) {
        return new RuleViolationException(rule, "idonengappi", StandardErrorCode.E0004, message);
    }
}
