package jp.kikan.jumin.infrastructure.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to print one 住民票の写し. A pure print model: all dates arrive already formatted
 * (和暦 for Japanese residents, 西暦 for foreign residents), so the renderer makes no decisions about
 * calendars or code lists. {@code null} or blank strings are printed as empty cells.
 *
 * @param hakkoBango       発行番号, printed in the footer of every page
 * @param hakkoBi          発行日 (used for the PDF metadata and as a fallback for {@code hakkoBiWareki})
 * @param hakkoBiWareki    発行日 in 和暦 as printed under the 認証文, e.g. "令和7年4月1日"; if null it is
 *                         derived from {@code hakkoBi} with the JDK Japanese chronology
 * @param layout           個人票 or 世帯連記式
 * @param municipalityName issuing municipality, e.g. "架空県みなみ市"
 * @param mayorTitle       signer of the 認証文, e.g. "みなみ市長　山田　太郎"
 * @param jusho            the household address (incl. 方書)
 * @param setainushiShimei 世帯主の氏名 (printed only with {@link Options#setainushiZokugara()})
 * @param persons          the members to print, already in the standard order (世帯主 → 配偶者 → 子 …)
 * @param options          what to print; {@code null} means {@link Options#defaults()} (everything optional omitted)
 */
public record JuminhyoPrintModel(
        String hakkoBango,
        LocalDate hakkoBi,
        String hakkoBiWareki,
        Layout layout,
        String municipalityName,
        String mayorTitle,
        Address jusho,
        String setainushiShimei,
        List<Person> persons,
        Options options) {

    public JuminhyoPrintModel {
        Objects.requireNonNull(hakkoBango, "hakkoBango");
        Objects.requireNonNull(hakkoBi, "hakkoBi");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(jusho, "jusho");
        Objects.requireNonNull(persons, "persons");
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a 住民票の写し needs at least one person");
        }
        persons = List.copyOf(persons);
        options = options == null ? Options.defaults() : options;
    }

    /** The two layouts the standard allows. */
    public enum Layout {
        /** 個人票: one person per page (A4 portrait). */
        KOJIN,
        /** 世帯連記式: household address and 世帯主 once, then one block per member. */
        SETAI_RENKI
    }

    /**
     * Household address.
     *
     * @param jusho    address up to the 番地/号, e.g. "架空県みなみ市中央一丁目2番3号"
     * @param katagaki 方書 (building/room), e.g. "みなみハイツ101号室"; may be null
     */
    public record Address(String jusho, String katagaki) {
        public Address {
            Objects.requireNonNull(jusho, "jusho");
        }

        /** 住所 and 方書 separated by a full-width space, as printed. */
        public String fullText() {
            return katagaki == null || katagaki.isBlank() ? jusho : jusho + "\u3000" + katagaki;
        }
    }

    /**
     * Print options (住民記録 標準仕様 §5.1). Every flag defaults to {@code false} = omitted; in particular
     * 個人番号 is printed only when specially requested.
     */
    public record Options(
            boolean honsekiHittosha,
            boolean setainushiZokugara,
            boolean juminhyoCode,
            boolean kojinBango,
            boolean rireki) {

        /** Everything optional omitted. */
        public static Options defaults() {
            return new Options(false, false, false, false, false);
        }

        /** Everything optional printed (本籍・筆頭者, 世帯主・続柄, 住民票コード, 個人番号, 履歴). */
        public static Options all() {
            return new Options(true, true, true, true, true);
        }
    }

    /**
     * One 異動 history line, printed only with {@link Options#rireki()}.
     *
     * @param idoBi       異動日, formatted
     * @param idojiyu     異動事由, e.g. "転入", "転居"
     * @param description free text, e.g. the previous address
     */
    public record HistoryLine(String idoBi, String idojiyu, String description) {
    }

    /**
     * One member. A person is treated as a foreign resident when {@code kokusekiChiiki} is non-blank:
     * then 本籍・筆頭者 are never printed and the foreign-resident items are.
     *
     * @param shimei                 氏名 (for foreigners: the name as on the 在留カード)
     * @param shimeiFurigana         フリガナ
     * @param seinengappiWareki      生年月日, formatted (和暦 for Japanese, 西暦 for foreign residents)
     * @param seibetsu               "男" / "女"
     * @param zokugara               続柄 (printed with {@link Options#setainushiZokugara()})
     * @param honseki                本籍 (Japanese only, {@link Options#honsekiHittosha()})
     * @param hittosha               筆頭者 (Japanese only, {@link Options#honsekiHittosha()})
     * @param jumintonattanengappi   住民となった年月日, formatted
     * @param jushoosadametanengappi 住所を定めた年月日, formatted
     * @param todokedeInfo           届出日 / 届出の情報, e.g. "令和6年4月5日届出"
     * @param tennyumaejusho         転入前住所 (blank when unknown or too old)
     * @param kojinbango             個人番号, 12 digits ({@link Options#kojinBango()})
     * @param juminhyokodo           住民票コード, 11 digits ({@link Options#juminhyoCode()})
     * @param kokusekiChiiki         国籍・地域 (foreign residents)
     * @param zairyushikaku          在留資格
     * @param zairyukikan            在留期間
     * @param zairyukikanManryobi    在留期間の満了の日, formatted
     * @param zairyukadobango        在留カード等の番号
     * @param hodai30jono45kubun     法第30条の45に規定する区分, e.g. "中長期在留者"
     * @param tsusho                 通称
     * @param rireki                 history lines ({@link Options#rireki()})
     */
    public record Person(
            String shimei,
            String shimeiFurigana,
            String seinengappiWareki,
            String seibetsu,
            String zokugara,
            String honseki,
            String hittosha,
            String jumintonattanengappi,
            String jushoosadametanengappi,
            String todokedeInfo,
            String tennyumaejusho,
            String kojinbango,
            String juminhyokodo,
            String kokusekiChiiki,
            String zairyushikaku,
            String zairyukikan,
            String zairyukikanManryobi,
            String zairyukadobango,
            String hodai30jono45kubun,
            String tsusho,
            List<HistoryLine> rireki) {

        public Person {
            Objects.requireNonNull(shimei, "shimei");
            rireki = rireki == null ? List.of() : List.copyOf(rireki);
        }

        /** True when this member is a foreign resident (国籍・地域 present). */
        public boolean isForeign() {
            return kokusekiChiiki != null && !kokusekiChiiki.isBlank();
        }

        public static Builder builder(String shimei) {
            return new Builder(shimei);
        }

        /** Convenience builder; the record has many optional items. */
        public static final class Builder {
            private final String shimei;
            private String shimeiFurigana;
            private String seinengappiWareki;
            private String seibetsu;
            private String zokugara;
            private String honseki;
            private String hittosha;
            private String jumintonattanengappi;
            private String jushoosadametanengappi;
            private String todokedeInfo;
            private String tennyumaejusho;
            private String kojinbango;
            private String juminhyokodo;
            private String kokusekiChiiki;
            private String zairyushikaku;
            private String zairyukikan;
            private String zairyukikanManryobi;
            private String zairyukadobango;
            private String hodai30jono45kubun;
            private String tsusho;
            private List<HistoryLine> rireki = List.of();

            private Builder(String shimei) {
                this.shimei = shimei;
            }

            public Builder shimeiFurigana(String v) { this.shimeiFurigana = v; return this; }
            public Builder seinengappiWareki(String v) { this.seinengappiWareki = v; return this; }
            public Builder seibetsu(String v) { this.seibetsu = v; return this; }
            public Builder zokugara(String v) { this.zokugara = v; return this; }
            public Builder honseki(String v) { this.honseki = v; return this; }
            public Builder hittosha(String v) { this.hittosha = v; return this; }
            public Builder jumintonattanengappi(String v) { this.jumintonattanengappi = v; return this; }
            public Builder jushoosadametanengappi(String v) { this.jushoosadametanengappi = v; return this; }
            public Builder todokedeInfo(String v) { this.todokedeInfo = v; return this; }
            public Builder tennyumaejusho(String v) { this.tennyumaejusho = v; return this; }
            public Builder kojinbango(String v) { this.kojinbango = v; return this; }
            public Builder juminhyokodo(String v) { this.juminhyokodo = v; return this; }
            public Builder kokusekiChiiki(String v) { this.kokusekiChiiki = v; return this; }
            public Builder zairyushikaku(String v) { this.zairyushikaku = v; return this; }
            public Builder zairyukikan(String v) { this.zairyukikan = v; return this; }
            public Builder zairyukikanManryobi(String v) { this.zairyukikanManryobi = v; return this; }
            public Builder zairyukadobango(String v) { this.zairyukadobango = v; return this; }
            public Builder hodai30jono45kubun(String v) { this.hodai30jono45kubun = v; return this; }
            public Builder tsusho(String v) { this.tsusho = v; return this; }
            public Builder rireki(List<HistoryLine> v) { this.rireki = v; return this; }

            public Person build() {
                return new Person(shimei, shimeiFurigana, seinengappiWareki, seibetsu, zokugara, honseki,
                        hittosha, jumintonattanengappi, jushoosadametanengappi, todokedeInfo, tennyumaejusho,
                        kojinbango, juminhyokodo, kokusekiChiiki, zairyushikaku, zairyukikan,
                        zairyukikanManryobi, zairyukadobango, hodai30jono45kubun, tsusho, rireki);
            }
        }
    }
}
