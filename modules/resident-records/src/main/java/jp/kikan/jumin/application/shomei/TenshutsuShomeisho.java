package jp.kikan.jumin.application.shomei;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.JuminVersion;

/**
 * A 転出証明書: the persons' 転出 versions (the state as at the 転出, which never changes, so a
 * re-issue shows exactly what the first issue showed) and whether this is a 再交付.
 */
public record TenshutsuShomeisho(String hakkoBango, LocalDate hakkoBi, Juminhyo.Hakkosha hakkosha, boolean saikofu, List<JuminVersion> persons,
        String setainushiShimei) {
}
