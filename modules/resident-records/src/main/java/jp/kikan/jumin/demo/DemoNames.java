package jp.kikan.jumin.demo;

import java.util.List;

/** Name, place and building lists of the demo city (all fictional places; common real names). */
final class DemoNames {

    private DemoNames() {
    }

    /** A written form and its katakana reading. */
    record Name(String kaki, String yomi) {
    }

    /**
     * A surname, its weight and optionally a variant-character spelling used by {@link
     * DemoCityGenerator#VARIANT_SURNAME_SHARE} of its holders.
     */
    record Surname(String kaki, String yomi, int weight, String variantKaki, String variantYomi) {
        boolean hasVariant() {
            return variantKaki != null;
        }
    }

    static final String YOSHI = new String(Character.toChars(0x20BB7)); // 𠮷 (つちよし), outside the BMP
    static final String IVS_E0100 = new String(Character.toChars(0xE0100));

    /** ~60 common surnames, weights roughly following their frequency ranking. */
    static final List<Surname> SURNAMES = List.of(
            s("佐藤", "サトウ", 180), s("鈴木", "スズキ", 165), v("高橋", "タカハシ", 135, "髙橋", "タカハシ"),
            s("田中", "タナカ", 128), s("伊藤", "イトウ", 105), v("渡辺", "ワタナベ", 103, "渡邉", "ワタナベ"),
            s("山本", "ヤマモト", 102), s("中村", "ナカムラ", 100), s("小林", "コバヤシ", 98), s("加藤", "カトウ", 86),
            v("吉田", "ヨシダ", 80, YOSHI + "田", "ヨシダ"), s("山田", "ヤマダ", 78), s("佐々木", "ササキ", 67),
            s("山口", "ヤマグチ", 61), s("松本", "マツモト", 60), s("井上", "イノウエ", 58), s("木村", "キムラ", 55),
            s("林", "ハヤシ", 51), v("斎藤", "サイトウ", 50, "齋藤", "サイトウ"), s("清水", "シミズ", 49),
            v("山崎", "ヤマザキ", 47, "山﨑", "ヤマサキ"), s("森", "モリ", 45), s("池田", "イケダ", 43),
            s("橋本", "ハシモト", 42), s("阿部", "アベ", 42), s("石川", "イシカワ", 41), s("山下", "ヤマシタ", 40),
            s("中島", "ナカジマ", 39), s("石井", "イシイ", 38), s("小川", "オガワ", 37), s("前田", "マエダ", 36),
            s("岡田", "オカダ", 36), s("長谷川", "ハセガワ", 35), s("藤田", "フジタ", 35), s("後藤", "ゴトウ", 34),
            s("近藤", "コンドウ", 33), s("村上", "ムラカミ", 32), s("遠藤", "エンドウ", 31), s("青木", "アオキ", 30),
            s("坂本", "サカモト", 30), s("斉藤", "サイトウ", 30), s("福田", "フクダ", 29), s("太田", "オオタ", 29),
            s("西村", "ニシムラ", 28), s("藤井", "フジイ", 28), s("金子", "カネコ", 27), s("岡本", "オカモト", 27),
            s("藤原", "フジワラ", 27), s("中野", "ナカノ", 26), s("三浦", "ミウラ", 26), s("原田", "ハラダ", 25),
            s("中川", "ナカガワ", 25), s("松田", "マツダ", 25), s("竹内", "タケウチ", 24), s("小野", "オノ", 24),
            s("田村", "タムラ", 24), s("中山", "ナカヤマ", 23), s("和田", "ワダ", 23), s("石田", "イシダ", 23),
            s("森田", "モリタ", 22), s("上田", "ウエダ", 22), v("辻", "ツジ", 20, "辻" + IVS_E0100, "ツジ"));

    // Given names by birth cohort: [0] born before 1960, [1] 1960–1989, [2] 1990 and later.
    static final List<List<Name>> MALE = List.of(
            n("清", "キヨシ", "茂", "シゲル", "博", "ヒロシ", "勇", "イサム", "進", "ススム", "実", "ミノル", "正", "タダシ",
                    "明", "アキラ", "勝", "マサル", "豊", "ユタカ", "武", "タケシ", "修", "オサム", "和夫", "カズオ",
                    "正雄", "マサオ", "幸雄", "ユキオ", "義雄", "ヨシオ", "三郎", "サブロウ", "一郎", "イチロウ",
                    "昭", "アキラ", "稔", "ミノル"),
            n("誠", "マコト", "大輔", "ダイスケ", "健一", "ケンイチ", "哲也", "テツヤ", "直樹", "ナオキ", "和也", "カズヤ",
                    "拓也", "タクヤ", "剛", "ツヨシ", "学", "マナブ", "隆", "タカシ", "聡", "サトシ", "達也", "タツヤ",
                    "秀樹", "ヒデキ", "浩二", "コウジ", "健太", "ケンタ", "翔太", "ショウタ", "裕介", "ユウスケ",
                    "雄一", "ユウイチ", "亮", "リョウ", "淳", "ジュン"),
            n("蓮", "レン", "陽翔", "ハルト", "湊", "ミナト", "大翔", "ヒロト", "悠真", "ユウマ", "蒼", "アオイ",
                    "樹", "イツキ", "悠人", "ユウト", "颯太", "ソウタ", "陸", "リク", "奏太", "カナタ", "翼", "ツバサ",
                    "大和", "ヤマト", "海斗", "カイト", "律", "リツ", "朝陽", "アサヒ", "颯", "ハヤテ", "健斗", "ケント",
                    "瑛太", "エイタ", "結翔", "ユイト"));
    static final List<List<Name>> FEMALE = List.of(
            n("和子", "カズコ", "幸子", "サチコ", "節子", "セツコ", "洋子", "ヨウコ", "京子", "キョウコ", "恵子", "ケイコ",
                    "美智子", "ミチコ", "久子", "ヒサコ", "弘子", "ヒロコ", "悦子", "エツコ", "良子", "ヨシコ",
                    "静子", "シズコ", "文子", "フミコ", "千代子", "チヨコ", "信子", "ノブコ", "昭子", "アキコ",
                    "ハル", "ハル", "キヨ", "キヨ", "貞子", "サダコ", "澄子", "スミコ"),
            n("裕子", "ユウコ", "陽子", "ヨウコ", "真由美", "マユミ", "久美子", "クミコ", "智子", "トモコ", "直美", "ナオミ",
                    "由美子", "ユミコ", "恵美", "エミ", "美穂", "ミホ", "愛", "アイ", "麻衣", "マイ", "香織", "カオリ",
                    "さゆり", "サユリ", "綾", "アヤ", "理恵", "リエ", "沙織", "サオリ", "千尋", "チヒロ", "奈美", "ナミ",
                    "由紀", "ユキ", "恵", "メグミ"),
            n("陽葵", "ヒマリ", "凛", "リン", "結菜", "ユイナ", "芽依", "メイ", "葵", "アオイ", "紬", "ツムギ",
                    "結衣", "ユイ", "澪", "ミオ", "莉子", "リコ", "さくら", "サクラ", "杏", "アン", "彩花", "アヤカ",
                    "花", "ハナ", "詩", "ウタ", "陽菜", "ヒナ", "美咲", "ミサキ", "七海", "ナナミ", "心春", "コハル",
                    "楓", "カエデ", "美桜", "ミオ"));

    /** A foreign name part: romaji, katakana, and kanji where the nationality writes names in kanji. */
    record ForeignPart(String romaji, String kana, String kanji) {
    }

    /** Names, weight and residence statuses (weights for household heads) of one nationality. */
    record Nationality(String name, int weight, List<ForeignPart> surnames, List<ForeignPart> male,
            List<ForeignPart> female, List<Status> statuses, String middleMale, String middleMaleKana,
            String middleFemale, String middleFemaleKana) {
    }

    static final List<Nationality> NATIONALITIES = List.of(
            new Nationality("中国", 24,
                    f("WANG", "ワン", "王", "LI", "リ", "李", "ZHANG", "チャン", "張", "LIU", "リュウ", "劉", "CHEN", "チェン", "陳",
                            "YANG", "ヤン", "楊", "ZHAO", "チャオ", "趙", "HUANG", "ホアン", "黄"),
                    f("WEI", "ウェイ", "偉", "LEI", "レイ", "磊", "YONG", "ヨン", "勇", "JIE", "ジエ", "傑", "HAO", "ハオ", "浩",
                            "MING", "ミン", "明"),
                    f("FANG", "ファン", "芳", "NA", "ナ", "娜", "MIN", "ミン", "敏", "JING", "ジン", "静", "LI", "リー", "麗",
                            "XIN", "シン", "欣"),
                    st("永住者", 45, "留学", 20, "技能実習", 15, "特定技能", 10), null, null, null, null),
            new Nationality("ベトナム", 17,
                    f("NGUYEN", "グエン", null, "TRAN", "チャン", null, "LE", "レ", null, "PHAM", "ファム", null,
                            "HOANG", "ホアン", null, "VU", "ヴー", null),
                    f("AN", "アン", null, "DUC", "ドゥック", null, "HUNG", "フン", null, "MINH", "ミン", null,
                            "TUAN", "トゥアン", null, "NAM", "ナム", null),
                    f("LAN", "ラン", null, "HOA", "ホア", null, "LINH", "リン", null, "MAI", "マイ", null,
                            "THAO", "タオ", null, "TRANG", "チャン", null),
                    st("技能実習", 45, "特定技能", 30, "留学", 15, "永住者", 10), "VAN", "ヴァン", "THI", "ティ"),
            new Nationality("韓国", 11,
                    f("KIM", "キム", "金", "LEE", "イ", "李", "PARK", "パク", "朴", "CHOI", "チェ", "崔", "JUNG", "チョン", "鄭",
                            "KANG", "カン", "姜"),
                    f("MINJUN", "ミンジュン", "敏俊", "JIHOON", "ジフン", "志勲", "SUNGHO", "ソンホ", "成浩",
                            "YOUNGSOO", "ヨンス", "英洙", "DONGHYUN", "ドンヒョン", "東賢"),
                    f("SEOYEON", "ソヨン", "瑞妍", "MINJI", "ミンジ", "敏智", "JIYOUNG", "ジヨン", "智英",
                            "EUNJI", "ウンジ", "恩智", "SOOJIN", "スジン", "秀珍"),
                    st("特別永住者", 55, "永住者", 30, "留学", 15), null, null, null, null),
            new Nationality("フィリピン", 9,
                    f("SANTOS", "サントス", null, "REYES", "レイエス", null, "CRUZ", "クルス", null, "GARCIA", "ガルシア", null,
                            "BAUTISTA", "バウティスタ", null, "MENDOZA", "メンドーサ", null),
                    f("JOSE", "ホセ", null, "MARK", "マーク", null, "JOHN", "ジョン", null, "CARLO", "カルロ", null),
                    f("MARIA", "マリア", null, "ANGELICA", "アンジェリカ", null, "JOY", "ジョイ", null,
                            "KRISTINE", "クリスティン", null),
                    st("永住者", 60, "技能実習", 20, "特定技能", 20), null, null, null, null),
            new Nationality("ブラジル", 6,
                    f("SILVA", "シルバ", null, "SANTOS", "サントス", null, "OLIVEIRA", "オリベイラ", null,
                            "SOUZA", "ソウザ", null, "PEREIRA", "ペレイラ", null),
                    f("JOAO", "ジョアン", null, "LUCAS", "ルーカス", null, "PEDRO", "ペドロ", null, "RAFAEL", "ハファエル", null),
                    f("ANA", "アナ", null, "JULIANA", "ジュリアナ", null, "FERNANDA", "フェルナンダ", null,
                            "BEATRIZ", "ベアトリス", null),
                    st("永住者", 90, "特定技能", 10), null, null, null, null),
            new Nationality("ネパール", 6,
                    f("SHRESTHA", "シュレスタ", null, "GURUNG", "グルン", null, "TAMANG", "タマン", null, "RAI", "ライ", null,
                            "MAGAR", "マガル", null),
                    f("RAM", "ラム", null, "BIKASH", "ビカス", null, "SURESH", "スレシュ", null, "ANIL", "アニル", null),
                    f("SITA", "シタ", null, "ANJALI", "アンジャリ", null, "PUJA", "プジャ", null, "SABINA", "サビナ", null),
                    st("留学", 45, "特定技能", 35, "永住者", 20), null, null, null, null),
            new Nationality("インドネシア", 5,
                    f("SANTOSO", "サントソ", null, "WIJAYA", "ウィジャヤ", null, "SAPUTRA", "サプトラ", null,
                            "HIDAYAT", "ヒダヤット", null),
                    f("AGUS", "アグス", null, "BUDI", "ブディ", null, "RIZKY", "リズキ", null, "DIMAS", "ディマス", null),
                    f("SITI", "シティ", null, "DEWI", "デウィ", null, "PUTRI", "プトリ", null, "AYU", "アユ", null),
                    st("技能実習", 50, "特定技能", 40, "留学", 10), null, null, null, null),
            new Nationality("米国", 2,
                    f("SMITH", "スミス", null, "JOHNSON", "ジョンソン", null, "WILLIAMS", "ウィリアムズ", null,
                            "BROWN", "ブラウン", null, "JONES", "ジョーンズ", null, "MILLER", "ミラー", null),
                    f("JOHN", "ジョン", null, "MICHAEL", "マイケル", null, "DAVID", "デイビッド", null, "JAMES", "ジェームズ", null),
                    f("MARY", "メアリー", null, "EMILY", "エミリー", null, "SARAH", "サラ", null, "JENNIFER", "ジェニファー", null),
                    st("永住者", 70, "留学", 30), null, null, null, null));

    /** Kinds of 町字: 住居表示 (N番M号), short form without 丁目 in the name (2-15-8), 大字 (地番, N番地M). */
    enum ChoazaKind { CHOME, HYPHEN, OAZA }

    /** A 町字 of the demo city. {@code place}/{@code placeYomi} name apartment buildings. */
    record Choaza(String name, String code, String yubinbango, ChoazaKind kind, String place, String placeYomi) {
    }

    static final List<Choaza> CHOAZA = buildChoaza();

    private static List<Choaza> buildChoaza() {
        String[] kansuji = {"一", "二", "三", "四"};
        Object[][] chome = {
            {"みなみ町", "ミナミ", 4}, {"中央", "チュウオウ", 3}, {"本町", "ホンマチ", 3}, {"駅前", "エキマエ", 2},
            {"栄町", "サカエマチ", 3}, {"新町", "シンマチ", 2}, {"旭町", "アサヒマチ", 3}, {"港町", "ミナトマチ", 2},
            {"若葉台", "ワカバダイ", 3},
        };
        String[][] hyphen = {{"桜台", "サクラダイ"}, {"緑が丘", "ミドリガオカ"}, {"青葉台", "アオバダイ"},
            {"光が丘", "ヒカリガオカ"}, {"美園", "ミソノ"}};
        String[][] oaza = {{"北川", "キタガワ"}, {"東原", "ヒガシハラ"}, {"西山", "ニシヤマ"}, {"南浜", "ミナミハマ"},
            {"上野", "ウワノ"}, {"下野", "シモノ"}, {"中島", "ナカジマ"}, {"高田", "タカダ"}, {"松原", "マツバラ"},
            {"竹ノ内", "タケノウチ"}};
        java.util.ArrayList<Choaza> list = new java.util.ArrayList<>();
        int machi = 1;
        int idx = 0;
        for (Object[] c : chome) {
            for (int i = 0; i < (int) c[2]; i++) {
                list.add(new Choaza(c[0] + kansuji[i] + "丁目", String.format("%04d%03d", machi, i + 1),
                        String.format("000%04d", 1000 + idx++), ChoazaKind.CHOME, (String) c[0], (String) c[1]));
            }
            machi++;
        }
        for (String[] c : hyphen) {
            list.add(new Choaza(c[0], String.format("%04d000", machi++), String.format("000%04d", 1000 + idx++),
                    ChoazaKind.HYPHEN, c[0], c[1]));
        }
        for (String[] c : oaza) {
            list.add(new Choaza("大字" + c[0], String.format("%04d000", machi++), String.format("000%04d", 1000 + idx++),
                    ChoazaKind.OAZA, c[0], c[1]));
        }
        return List.copyOf(list);
    }

    static final List<Name> BUILDING_PREFIX = n("コーポ", "コーポ", "メゾン", "メゾン", "ハイツ", "ハイツ",
            "レジデンス", "レジデンス", "グランコート", "グランコート", "パレス", "パレス", "サンライズ", "サンライズ",
            "アーバン", "アーバン", "ヴィラ", "ヴィラ", "ルミエール", "ルミエール");

    /** Places people moved in from (fictional). */
    static final List<Name> ELSEWHERE = n("架空県きた市本町", "", "架空県ひがし町大字髙田", "", "架空県にし村大字中山", "",
            "架空県なか市栄", "", "空想都あおぞら区港南", "", "夢見府ゆめの市朝日町", "");

    /** A residence status and its weight (a list, not a Map: Map.of iteration order differs between JVM runs). */
    record Status(String zairyushikaku, int weight) {
    }

    private static List<Status> st(Object... pairs) {
        java.util.ArrayList<Status> list = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Status((String) pairs[i], (Integer) pairs[i + 1]));
        }
        return List.copyOf(list);
    }

    private static Surname s(String kaki, String yomi, int weight) {
        return new Surname(kaki, yomi, weight, null, null);
    }

    private static Surname v(String kaki, String yomi, int weight, String variantKaki, String variantYomi) {
        return new Surname(kaki, yomi, weight, variantKaki, variantYomi);
    }

    private static List<Name> n(String... pairs) {
        java.util.ArrayList<Name> list = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Name(pairs[i], pairs[i + 1]));
        }
        return List.copyOf(list);
    }

    private static List<ForeignPart> f(String... triples) {
        java.util.ArrayList<ForeignPart> list = new java.util.ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            list.add(new ForeignPart(triples[i], triples[i + 1], triples[i + 2]));
        }
        return List.copyOf(list);
    }
}
