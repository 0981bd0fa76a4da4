package jp.kikan.kaigo.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * When a 第1号被保険者 (65歳以上で市町村の区域内に住所を有する者, 介護保険法第9条第1号) acquires and loses the
 * qualification: from a change of the resident record (第10条 取得, 第11条 喪失), on reaching 65, and from a clerk's
 * 届出 (住所地特例 第13条, 適用除外施設 施行法第11条). It only adds entries after the recorded ones: a past entry is
 * never rewritten (a correction is a new entry).
 */
public final class ShikakuPolicy {

    private ShikakuPolicy() {
    }

    /** A version of the person's resident record as the feed carries it. */
    public record JuminIdo(String juminJotai, String idojiyu, LocalDate idonengappi, LocalDate juminKaishibi,
            LocalDate seinengappi) {
        public boolean jumin() {
            return "jumin".equals(juminJotai);
        }
    }

    /**
     * The entries one change of the resident record adds: 取得 on 転入 when already 65 (第10条第2号), the 65歳到達 due by
     * the last day the person lived here, then 喪失 the day after moving out or dying (第11条) — or, under 住所地特例,
     * the qualification goes on after moving out to the facility's municipality (第13条).
     */
    public static List<ShikakuIdo> juminIdo(ShikakuRireki rireki, boolean wasJumin, JuminIdo now, LocalDate today) {
        List<ShikakuIdo> out = new ArrayList<>();
        LocalDate totatsu = Nenrei.dai1goTotatsubi(now.seinengappi());
        if (!wasJumin && now.jumin()) {
            boolean tennyu = now.idojiyu() != null && now.idojiyu().contains("転入");
            // a 転入 on its day; a resident first seen in a snapshot (a migration) on the day he became a resident here
            LocalDate d = tennyu && now.idonengappi() != null ? now.idonengappi()
                    : now.juminKaishibi() != null ? now.juminKaishibi() : now.idonengappi();
            LocalDate lost = rireki.lastSoshitsubi();
            if (d != null && totatsu != null && !d.isBefore(totatsu) && !d.isAfter(today) && !rireki.shikakuAri()
                    && !rireki.tekiyoJogai() && (lost == null || !d.isBefore(lost))) {
                out.add(new ShikakuIdo(ShikakuJiyu.TENNYU, d, now.idonengappi()));
            }
        }
        if (now.jumin() || wasJumin) {
            LocalDate lastDay = now.jumin() || now.idonengappi() == null ? today : now.idonengappi();
            nenreiTotatsu(rireki.with(out), now.seinengappi(), lastDay.isAfter(today) ? today : lastDay).ifPresent(out::add);
        }
        ShikakuRireki after = rireki.with(out);
        if (wasJumin && !now.jumin() && after.shikakuAri() && now.idonengappi() != null) {
            LocalDate next = now.idonengappi().plusDays(1);
            boolean shibo = "shibo".equals(now.juminJotai());
            if (!shibo && after.jushochiTokurei()) {
                out.add(new ShikakuIdo(ShikakuJiyu.JUSHOCHI_TOKUREI_TENSHUTSU, next, now.idonengappi()));
            } else {
                out.add(new ShikakuIdo(shibo ? ShikakuJiyu.SHIBO : ShikakuJiyu.TENSHUTSU, next, now.idonengappi()));
            }
        }
        return out;
    }

    /**
     * The 65歳到達 (第10条第4号) of a resident who has not held the qualification here, when the 到達日 has come by
     * {@code upTo}: acquired on the 到達日 itself. Once per person: one who was a 第1号 here before and came back
     * acquires on the 転入 instead. A 第2号被保険者 reaching 65 becomes 第1号 by this entry (第9条第1号).
     */
    public static Optional<ShikakuIdo> nenreiTotatsu(ShikakuRireki rireki, LocalDate seinengappi, LocalDate upTo) {
        LocalDate totatsu = Nenrei.dai1goTotatsubi(seinengappi);
        // a 第2号被保険者 becomes 第1号 on the 到達日 (the 第1号 history has no 取得 yet); the number stays the same
        if (totatsu == null || totatsu.isAfter(upTo) || rireki.dai1go().everShutoku() || rireki.tekiyoJogai()) {
            return Optional.empty();
        }
        return Optional.of(new ShikakuIdo(ShikakuJiyu.NENREI_TOTATSU, totatsu, totatsu));
    }

    /**
     * The entries a 届出 adds, dated by its fact (入所日, 退所日). One the recorded history contradicts is refused
     * (422) and nothing is recorded.
     */
    public static List<ShikakuIdo> todokede(ShikakuRireki rireki, boolean jumin, String shubetsu, LocalDate d,
            LocalDate seinengappi) {
        if (seinengappi != null && d.isBefore(seinengappi)) {
            throw mujun("date-before-birth", "事実の日が生年月日より前です");
        }
        switch (shubetsu) {
            case "jushochi_tokurei_tekiyo" -> {
                if (rireki.jushochiTokurei()) {
                    throw mujun("tokurei-chu", "既に住所地特例が適用されています");
                }
                if (rireki.shikakuAri()) {
                    if (!rireki.hihokenshaOn(d)) {
                        throw mujun("shikaku-nashi", "入所日に被保険者ではありません（資格の取得日より前です）");
                    }
                    return List.of(new ShikakuIdo(ShikakuJiyu.JUSHOCHI_TOKUREI_TEKIYO, d, d));
                }
                ShikakuIdo last = rireki.idos().isEmpty() ? null : rireki.idos().get(rireki.idos().size() - 1);
                // filed after the 転出 reached this service: the qualification goes on from the 喪失日
                if (last != null && last.jiyu() == ShikakuJiyu.TENSHUTSU && !d.isAfter(last.koryokubi())
                        && rireki.hihokenshaOn(d.isBefore(last.koryokubi()) ? d : last.koryokubi().minusDays(1))) {
                    return List.of(new ShikakuIdo(ShikakuJiyu.JUSHOCHI_TOKUREI_KAIFUKU, last.koryokubi(), d));
                }
                throw mujun("shikaku-nashi", "入所日に被保険者ではありません（住所地特例は被保険者が他の市町村の施設に入所した場合に限ります）");
            }
            case "jushochi_tokurei_shuryo" -> {
                if (!rireki.jushochiTokurei() || !rireki.shikakuAri()) {
                    throw mujun("tokurei-nashi", "住所地特例が適用されていません");
                }
                if (jumin) {
                    throw mujun("jumin-ari", "この団体に住所があるため、住所地特例の終了ではなく住民として資格が続きます");
                }
                if (d.isBefore(rireki.last(tokureiKaishi(rireki)).idonengappi())) {
                    throw mujun("date-before-nyusho", "退所日が入所日より前です");
                }
                return List.of(new ShikakuIdo(ShikakuJiyu.JUSHOCHI_TOKUREI_SHURYO, d.plusDays(1), d));
            }
            case "tekiyo_jogai_nyusho" -> {
                if (rireki.tekiyoJogai()) {
                    throw mujun("jogai-chu", "既に適用除外施設への入所が記録されています");
                }
                if (!jumin && !rireki.shikakuAri()) {
                    throw mujun("jumin-nashi", "この団体の住民でも被保険者でもありません");
                }
                if (rireki.shikakuAri() && !rireki.hihokenshaOn(d)) {
                    throw mujun("shikaku-nashi", "入所日に被保険者ではありません（資格の取得日より前です）");
                }
                return List.of(new ShikakuIdo(ShikakuJiyu.TEKIYO_JOGAI_NYUSHO, d.plusDays(1), d));
            }
            case "tekiyo_jogai_taisho" -> {
                if (!rireki.tekiyoJogai()) {
                    throw mujun("jogai-nashi", "適用除外施設への入所が記録されていません");
                }
                if (d.isBefore(rireki.last(ShikakuJiyu.TEKIYO_JOGAI_NYUSHO).idonengappi())) {
                    throw mujun("date-before-nyusho", "退所日が入所日より前です");
                }
                if (!jumin) {
                    throw mujun("jumin-nashi", "この団体の住民ではないため資格を取得できません（介護保険法第9条）");
                }
                LocalDate totatsu = Nenrei.dai1goTotatsubi(seinengappi);
                if (totatsu == null || d.isBefore(totatsu)) {
                    throw mujun("nenrei-miman", "退所日に65歳未満です（第2号被保険者の資格はこの業務ではまだ扱いません）");
                }
                return List.of(new ShikakuIdo(ShikakuJiyu.TEKIYO_JOGAI_TAISHO, d, d));
            }
            default -> throw new IllegalArgumentException(shubetsu);
        }
    }

    private static ShikakuJiyu tokureiKaishi(ShikakuRireki r) {
        ShikakuIdo a = r.last(ShikakuJiyu.JUSHOCHI_TOKUREI_TEKIYO);
        ShikakuIdo b = r.last(ShikakuJiyu.JUSHOCHI_TOKUREI_KAIFUKU);
        return a == null || (b != null && r.idos().indexOf(b) > r.idos().indexOf(a)) ? ShikakuJiyu.JUSHOCHI_TOKUREI_KAIFUKU
                : ShikakuJiyu.JUSHOCHI_TOKUREI_TEKIYO;
    }

    private static RuleViolationException mujun(String rule, String message) {
        return new RuleViolationException(rule, "idonengappi", StandardErrorCode.E0004, message);
    }
}
