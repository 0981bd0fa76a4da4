package jp.kikan.jumin.application.shomei;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.domain.JuminVersion;

/**
 * A 住民票の写し to print: who is on it, in the standard's order, with the options the requester
 * asked for (住民記録 1.0 §5.1: 本籍・筆頭者, 続柄, 住民票コード, 個人番号 omitted unless asked).
 */
public record Juminhyo(String hakkoBango, LocalDate hakkoBi, Hakkosha hakkosha, boolean setaiRenki, List<JuminVersion> persons,
        String setainushiShimei, Options options, Map<String, List<JuminVersion>> history) {

    /** The issuing municipality as printed under the 認証文: its own name and 首長, never another's. */
    public record Hakkosha(String dantaiMei, String shucho) {
    }

    public record Options(boolean honsekiHittosha, boolean setainushiZokugara, boolean juminhyokodo,
            boolean kojinbango, boolean rireki) {
    }
}
