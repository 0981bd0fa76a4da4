package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.shikaku.IdoKubun;

/**
 * 特定同一世帯所属者 (佐倉市 https://www.city.sakura.lg.jp/soshiki/kenkohokenka/89/5720.html; 地方税法第703条の5 and
 * 地方税法施行令第56条の89 — article numbers from general knowledge): a person who lost this municipality's 国保 by joining
 * 後期高齢者医療 and has belonged to the same household since; the 世帯主 must not have changed since (if he was the
 * 世帯主 he must still be). Since 平成25年度 without a time limit. Counted for the 軽減 judgement, and behind 特定世帯.
 */
public final class TokuteiDoitsuPolicy {

    private TokuteiDoitsuPolicy() {
    }

    /** The day the person joined 後期高齢者医療, when that is how his last qualification here ended. */
    public static Optional<LocalDate> kokiIkobi(ShikakuRireki r) {
        ShikakuIdo last = null;
        for (ShikakuIdo i : r.idos()) {
            if (i.kubun() != IdoKubun.KEIZOKU) {
                last = i;
            }
        }
        return last != null && last.jiyu() == ShikakuJiyu.KOKI_KOREI ? Optional.of(last.shikakuBi()) : Optional.empty();
    }

    /** Whether the person is a 特定同一世帯所属者 of {@code setai} on {@code d} (a day on or after the move to 後期). */
    public static boolean tokuteiDoitsu(ShikakuRireki r, List<SetaiRireki.Kiroku> person, SetaiRireki setai, LocalDate d) {
        Optional<LocalDate> koki = kokiIkobi(r);
        if (koki.isEmpty() || koki.get().isAfter(d)) {
            return false;
        }
        LocalDate kokiMae = koki.get().minusDays(1);
        return setai.zokushiteIta(person, kokiMae, d) && !setai.setainushiHenko(kokiMae, d);
    }
}
