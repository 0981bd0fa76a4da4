package jp.kikan.chihozei.nozeigimusha.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person was a resident of this municipality on the 賦課期日 (1月1日 of the 年度): 個人住民税 is levied by
 * the municipality where the person has an address on that day (地方税法第294条第1項第1号, 第318条 賦課期日), and a
 * move after it does not move the tax. A 転出 dated 1月1日 means the person lived elsewhere that day; a 転入 dated
 * 1月1日 means here.
 *
 * <p>The answer comes from the changes taken from the resident feed. A consumer that started late holds only the
 * person's versions from its snapshot on: when the first known change is dated after the 賦課期日, the person lived
 * here on the day if the residence that change belongs to had begun by then (住民となった年月日 / 外国人住民となった
 * 年月日 on or before 1月1日) — whether the change ends it (転出, 死亡 after the day) or not (a 転居 within the city).
 */
public final class FukakijitsuJuminPolicy {

    private FukakijitsuJuminPolicy() {
    }

    public static boolean jumin(List<JuminKirokuVersion> versions, LocalDate fukakijitsu) {
        List<JuminKirokuVersion> changes = versions.stream().filter(v -> !v.shienSochi()).toList();
        Optional<JuminKirokuVersion> onTheDay = changes.stream()
                .filter(v -> v.idonengappi() != null && !v.idonengappi().isAfter(fukakijitsu))
                .max(Comparator.comparing(JuminKirokuVersion::idonengappi).thenComparingLong(JuminKirokuVersion::henkoBango));
        if (onTheDay.isPresent()) {
            return onTheDay.get().jumin();
        }
        // nothing known up to the day: only a later removal of a residence begun by then can tell
        Optional<JuminKirokuVersion> firstLater = changes.stream()
                .filter(v -> v.idonengappi() != null)
                .min(Comparator.comparing(JuminKirokuVersion::idonengappi).thenComparingLong(JuminKirokuVersion::henkoBango));
        return firstLater.isPresent() && firstLater.get().juminKaishibi() != null
                && !firstLater.get().juminKaishibi().isAfter(fukakijitsu);
    }
}
