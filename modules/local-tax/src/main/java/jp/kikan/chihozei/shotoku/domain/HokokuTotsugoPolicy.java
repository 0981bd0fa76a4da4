package jp.kikan.chihozei.shotoku.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which taxpayer a 給与支払報告書 or 公的年金等支払報告書 row belongs to (突合): by 個人番号 when the report carries it and a taxpayer has it
 * (番号法 第9条第1項 別表: 地方税の賦課); otherwise by 氏名 + 生年月日 + 住所 together, and only when exactly one
 * taxpayer fits — two people of the same name and birthday at one address go to the clerk, never to a guess.
 * Names and addresses are compared as written, ignoring only spaces (half- and full-width): never normalized,
 * so 髙橋 is not 高橋.
 */
public final class HokokuTotsugoPolicy {

    public enum Hoho { KOJINBANGO, SHIMEI_SEINENGAPPI_JUSHO, MITOTSUGO }

    /** A taxpayer that may be the one. */
    public record Kohosha(String atenabango, String kojinbango, String shimei, LocalDate seinengappi, String jusho) {
    }

    public record Kekka(Hoho hoho, String atenabango) {
    }

    private HokokuTotsugoPolicy() {
    }

    public static Kekka totsugo(HokokuGyo g, List<Kohosha> kohosha) {
        if (g.kojinbango() != null) {
            List<Kohosha> byBango = kohosha.stream().filter(k -> g.kojinbango().equals(k.kojinbango())).toList();
            if (byBango.size() == 1) {
                return new Kekka(Hoho.KOJINBANGO, byBango.get(0).atenabango());
            }
        }
        List<Kohosha> same = kohosha.stream()
                .filter(k -> g.seinengappi().equals(k.seinengappi()) && bare(g.shimei()).equals(bare(k.shimei()))
                        && k.jusho() != null && bare(g.jusho()).equals(bare(k.jusho())))
                .toList();
        Optional<Kohosha> one = same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
        return one.map(k -> new Kekka(Hoho.SHIMEI_SEINENGAPPI_JUSHO, k.atenabango()))
                .orElse(new Kekka(Hoho.MITOTSUGO, null));
    }

    private static String bare(String s) {
        return s.replace(" ", "").replace("\u3000", "");
    }
}
