package jp.kikan.jumin.application.ido;

import java.util.Map;

/** The Japanese name of a request field, so a refusal speaks the clerk's language (異動年月日, not idonengappi). */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("idonengappi", "異動年月日"), Map.entry("todokedenengappi", "届出年月日"),
            Map.entry("kijunbi", "基準日"), Map.entry("shimei", "氏名"), Map.entry("shimei_furigana", "氏名フリガナ"),
            Map.entry("uji_nihonjin", "氏"), Map.entry("na_nihonjin", "名"), Map.entry("kyuji", "旧氏"),
            Map.entry("kyuji_furigana", "旧氏フリガナ"), Map.entry("seinengappi", "生年月日"),
            Map.entry("seinengappi_fushohyoki", "生年月日の不詳表記"), Map.entry("seibetsu", "性別"),
            Map.entry("zokugara", "続柄"), Map.entry("honseki", "本籍"), Map.entry("hittosha", "筆頭者"),
            Map.entry("kojinbango", "個人番号"), Map.entry("juminhyokodo", "住民票コード"),
            Map.entry("jumintonattanengappi", "住民となった年月日"), Map.entry("tennyumaejusho", "転入前住所"),
            Map.entry("tenshutsusakijusho", "転出先住所"), Map.entry("atenabango", "宛名番号"),
            Map.entry("setaibango", "世帯番号"), Map.entry("shin_setainushi", "新しい世帯主"),
            Map.entry("gappeisaki_setaibango", "合併先の世帯番号"), Map.entry("henkosaki_setaibango", "変更先の世帯番号"),
            Map.entry("jusho_shikuchosonkodo", "市区町村コード"), Map.entry("jusho_choazakodo", "町字コード"),
            Map.entry("jusho_yubinbango", "郵便番号"), Map.entry("jusho_todofuken", "都道府県"),
            Map.entry("jusho_shikugunchosonmei", "市区郡町村名"), Map.entry("jusho_choaza", "町字"),
            Map.entry("jusho_banchigohyoki", "番地・号"), Map.entry("jusho_katagaki", "方書"),
            Map.entry("jusho_katagaki_furigana", "方書フリガナ"), Map.entry("kokuseki_chiiki", "国籍・地域"),
            Map.entry("hodai30jono45kubun", "法第30条の45の区分"), Map.entry("zairyushikaku", "在留資格"),
            Map.entry("zairyukikan", "在留期間"), Map.entry("zairyukikan_manryonengappi", "在留期間の満了日"),
            Map.entry("zairyukadobango", "在留カード等番号"), Map.entry("tsusho", "通称"),
            Map.entry("tsusho_furigana", "通称フリガナ"), Map.entry("tennyu_kubun", "転入区分"),
            Map.entry("shusei_kubun", "修正区分"), Map.entry("riyu", "理由"), Map.entry("rirekibango", "履歴番号"),
            Map.entry("kana", "カナ"), Map.entry("jusho", "住所"), Map.entry("yoshiki", "様式"),
            Map.entry("mokuteki", "請求の目的"), Map.entry("kaishibi", "開始日"), Map.entry("shuryobi", "終了日"),
            Map.entry("taisho", "抑止する処理"), Map.entry("biko", "備考"), Map.entry("members", "転入する住民"),
            Map.entry("member", "出生した子"), Map.entry("shimei_gaikokujinromaji", "氏名 (ローマ字)"),
            Map.entry("shimei_gaikokujinkanji", "氏名 (漢字)"));

    private FieldLabels() {
    }

    /** "members[1].shimei_furigana" → "転入する住民 2人目の氏名フリガナ". */
    static String of(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : field.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]$", "");
            String label = LABELS.getOrDefault(name, name);
            if (part.endsWith("]")) {
                int n = Integer.parseInt(part.substring(part.lastIndexOf('[') + 1, part.length() - 1)) + 1;
                label = label + " " + n + "人目";
            }
            if (out.length() > 0) {
                out.append("の");
            }
            out.append(label);
        }
        return out.toString();
    }
}
