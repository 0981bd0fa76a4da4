package jp.kikan.jumin.infrastructure.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to print one 転出証明書 (住民記録システム標準仕様書 第3章 4.1.3.0.3), issued in the 転出
 * flow. A pure print model: all dates arrive already formatted (和暦 for Japanese residents, 西暦 for
 * foreign residents' own dates); {@code null} or blank strings are printed as empty cells.
 *
 * <p><b>再交付:</b> for a re-issue ({@code saikofu = true}) the caller passes the state <i>as at the
 * original issue</i> (address, 世帯主, 転出先, persons and their items); the standard explicitly does not
 * want the latest individual items printed. {@code hakkoBi}/{@code hakkoBiWareki} are the date of this
 * (re-)issue, printed under the 認証文.
 *
 * @param hakkoBango         発行番号, printed in the footer of every page
 * @param hakkoBi            発行日 (fallback for {@code hakkoBiWareki})
 * @param hakkoBiWareki      発行日 in 和暦 as printed under the 認証文; if null derived from {@code hakkoBi}
 * @param saikofu            true for a re-issue: the title reads 「転出証明書（再交付）」
 * @param municipalityName   issuing municipality, e.g. "架空県みなみ市" (footer)
 * @param mayorTitle         signer of the 認証文, e.g. "みなみ市長　山田　太郎"
 * @param jusho              住所 before the 転出, incl. 方書
 * @param setainushiShimei   世帯主の氏名
 * @param tenshutsusakiJusho 転出先 (予定) address
 * @param tenshutsuYoteibi   転出予定年月日, formatted (和暦)
 * @param todokedebi         届出年月日, formatted (和暦)
 * @param persons            the persons moving out, in the standard order (世帯主 → 配偶者 → 子 …)
 */
public record TenshutsuShomeishoPrintModel(
        String hakkoBango,
        LocalDate hakkoBi,
        String hakkoBiWareki,
        boolean saikofu,
        String municipalityName,
        String mayorTitle,
        String jusho,
        String setainushiShimei,
        String tenshutsusakiJusho,
        String tenshutsuYoteibi,
        String todokedebi,
        List<Person> persons) {

    public TenshutsuShomeishoPrintModel {
        Objects.requireNonNull(hakkoBango, "hakkoBango");
        Objects.requireNonNull(hakkoBi, "hakkoBi");
        Objects.requireNonNull(jusho, "jusho");
        Objects.requireNonNull(persons, "persons");
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a 転出証明書 needs at least one person");
        }
        persons = List.copyOf(persons);
    }

    /**
     * One person moving out. A person is treated as a foreign resident when {@code kokusekiChiiki} is
     * non-blank: then 本籍・筆頭者 are not printed and the foreign-resident items are.
     *
     * @param shimei                 氏名 (for foreigners: the name as on the 在留カード)
     * @param shimeiFurigana         フリガナ
     * @param seinengappi            生年月日, formatted
     * @param seibetsu               "男" / "女"
     * @param zokugara               続柄 (to the 世帯主)
     * @param honseki                本籍 (Japanese only)
     * @param hittosha               筆頭者 (Japanese only)
     * @param jumintonattanengappi   住民となった年月日, formatted
     * @param jushoosadametanengappi 住所を定めた年月日, formatted
     * @param juminhyokodo           住民票コード, 11 digits
     * @param kojinbango             個人番号, 12 digits; the row is printed only when non-null (the 転入 side
     *                               needs it; pass null where it must not appear)
     * @param kokusekiChiiki         国籍・地域 (foreign residents)
     * @param zairyushikaku          在留資格
     * @param zairyukikan            在留期間
     * @param zairyukikanManryobi    在留期間の満了の日, formatted
     * @param zairyukadobango        在留カード等の番号
     * @param hodai30jono45kubun     法第30条の45に規定する区分, e.g. "中長期在留者"
     */
    public record Person(
            String shimei,
            String shimeiFurigana,
            String seinengappi,
            String seibetsu,
            String zokugara,
            String honseki,
            String hittosha,
            String jumintonattanengappi,
            String jushoosadametanengappi,
            String juminhyokodo,
            String kojinbango,
            String kokusekiChiiki,
            String zairyushikaku,
            String zairyukikan,
            String zairyukikanManryobi,
            String zairyukadobango,
            String hodai30jono45kubun) {

        public Person {
            Objects.requireNonNull(shimei, "shimei");
        }

        /** True when this person is a foreign resident (国籍・地域 present). */
        public boolean isForeign() {
            return kokusekiChiiki != null && !kokusekiChiiki.isBlank();
        }
    }
}
