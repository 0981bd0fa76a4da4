package jp.kikan.jumin.infrastructure.pdf;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Address;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.HistoryLine;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Layout;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Options;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Person;

/** Fictitious household used by the renderer tests (架空県みなみ市; all numbers are made up). */
final class JuminhyoTestData {

    /** 辻 followed by IVS selector U+E0100 (1点しんにょう variant). */
    static final String TSUJI_IVS = "辻" + new String(Character.toChars(0xE0100));
    static final String YOSHI = new String(Character.toChars(0x20BB7)); // 𠮷 (つちよし)

    static final String KOJINBANGO_TARO = "123456789018";
    static final String KOJINBANGO_HANAKO = "234567890125";
    static final String KOJINBANGO_SHINNOSUKE = "345678901232";
    static final String KOJINBANGO_SMITH = "456789012349";
    static final List<String> ALL_KOJINBANGO =
            List.of(KOJINBANGO_TARO, KOJINBANGO_HANAKO, KOJINBANGO_SHINNOSUKE, KOJINBANGO_SMITH);

    static final String HAKKO_BANGO = "R7-住-000123";

    private JuminhyoTestData() {
    }

    static List<Person> household() {
        Person taro = Person.builder(YOSHI + "田　太郎")
                .shimeiFurigana("ヨシダ　タロウ")
                .seinengappiWareki("昭和50年4月1日")
                .seibetsu("男")
                .zokugara("世帯主")
                .honseki("架空県みなみ市中央一丁目2番地")
                .hittosha(YOSHI + "田　太郎")
                .jumintonattanengappi("平成22年4月1日")
                .jushoosadametanengappi("令和3年10月15日")
                .todokedeInfo("令和3年10月20日届出")
                .tennyumaejusho("東京都千代田区霞が関一丁目1番1号")
                .kojinbango(KOJINBANGO_TARO)
                .juminhyokodo("10987654321")
                .rireki(List.of(
                        new HistoryLine("平成22年4月1日", "転入", "東京都千代田区霞が関一丁目1番1号から転入"),
                        new HistoryLine("令和3年10月15日", "転居", "みなみ市北町三丁目4番5号から転居")))
                .build();
        Person hanako = Person.builder(YOSHI + "田　花子")
                .shimeiFurigana("ヨシダ　ハナコ")
                .seinengappiWareki("昭和52年11月23日")
                .seibetsu("女")
                .zokugara("妻")
                .honseki("架空県みなみ市中央一丁目2番地")
                .hittosha(YOSHI + "田　太郎")
                .jumintonattanengappi("平成24年6月1日")
                .jushoosadametanengappi("令和3年10月15日")
                .todokedeInfo("令和3年10月20日届出")
                .tennyumaejusho("架空県きた市本町5番地（旧姓　髙橋）")
                .kojinbango(KOJINBANGO_HANAKO)
                .juminhyokodo("21098765432")
                .rireki(List.of(new HistoryLine("平成24年6月1日", "婚姻", "髙橋　花子から氏変更")))
                .build();
        Person shinnosuke = Person.builder("渡邉　" + TSUJI_IVS + "之助")
                .shimeiFurigana("ワタナベ　ツジノスケ")
                .seinengappiWareki("平成2年7月7日")
                .seibetsu("男")
                .zokugara("縁故者")
                .honseki("架空県ひがし町大字髙田１２３番地")
                .hittosha("渡邉　一")
                .jumintonattanengappi("令和5年4月1日")
                .jushoosadametanengappi("令和5年4月1日")
                .todokedeInfo("令和5年4月3日届出")
                .tennyumaejusho("架空県ひがし町大字髙田123番地")
                .kojinbango(KOJINBANGO_SHINNOSUKE)
                .juminhyokodo("32109876543")
                .build();
        Person smith = Person.builder("SMITH JOHN ALEXANDER")
                .shimeiFurigana("スミス　ジョン　アレクサンダー")
                .seinengappiWareki("1990年5月12日")
                .seibetsu("男")
                .zokugara("同居人")
                .jumintonattanengappi("2024年4月1日")
                .jushoosadametanengappi("2024年4月1日")
                .todokedeInfo("2024年4月5日届出")
                .tennyumaejusho("アメリカ合衆国")
                .kojinbango(KOJINBANGO_SMITH)
                .juminhyokodo("43210987654")
                .kokusekiChiiki("アメリカ合衆国")
                .zairyushikaku("技術・人文知識・国際業務")
                .zairyukikan("3年")
                .zairyukikanManryobi("2027年3月31日")
                .zairyukadobango("AB12345678CD")
                .hodai30jono45kubun("中長期在留者")
                .tsusho("須見洲　譲")
                .build();
        return List.of(taro, hanako, shinnosuke, smith);
    }

    static JuminhyoPrintModel model(Layout layout, Options options) {
        return model(layout, options, household());
    }

    static JuminhyoPrintModel model(Layout layout, Options options, List<Person> persons) {
        return new JuminhyoPrintModel(
                HAKKO_BANGO,
                LocalDate.of(2025, 4, 1),
                "令和7年4月1日",
                layout,
                "架空県みなみ市",
                "みなみ市長　山田　太郎",
                new Address("架空県みなみ市中央一丁目2番3号", "みなみハイツ101号室"),
                YOSHI + "田　太郎",
                persons,
                options);
    }
}
