package jp.kikan.chihozei.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.kikan.platform.checkdigit.HojinBango;
import jp.kikan.platform.demo.DemoRandom;

/**
 * The demo city's businesses (fictional 法人, deterministic by seed) and the 償却資産 each declares for a 年度 (地方税法
 * 第383条): a few machines, fixtures and structures with their 取得年月 and 耐用年数, so that some exceed the 免税点
 * (150万円) and some do not. Their 法人番号 use 登記所 9999, which no 法務局 has (then the seed's last two digits and a
 * serial), with the check digit of the 省令 第2条.
 */
final class DemoShokyaku {

    private static final String[] GYOSHU = {"製作所", "商事", "運輸", "食品", "建設", "印刷", "電機", "工業"};
    private static final String[] CHIMEI = {"みなみ", "本町", "東", "西", "川端", "桜", "中央", "港"};
    private static final String[][] SHISAN = {
        {"1", "舗装路面", "10"}, {"1", "看板", "10"}, {"2", "工作機械", "10"}, {"2", "食品製造設備", "10"},
        {"5", "フォークリフト", "4"}, {"6", "パソコン", "4"}, {"6", "応接セット", "8"}, {"6", "冷蔵ショーケース", "6"},
    };

    record Hojin(int ban, String hojinBango, String meisho, String kana, Map<String, Object> shinkoku) {
    }

    private final long seed;

    DemoShokyaku(long seed) {
        this.seed = seed;
    }

    List<Hojin> of(int count, int nendo) {
        List<Hojin> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            SplittableRandom r = DemoRandom.of(seed, "hojin", Integer.toString(i));
            String meisho = "株式会社" + CHIMEI[r.nextInt(CHIMEI.length)] + GYOSHU[r.nextInt(GYOSHU.length)] + i;
            out.add(new Hojin(i, HojinBango.withCheckDigit(String.format("9999%02d%06d", Math.floorMod(seed, 100), i)), meisho, "カブシキガイシャデモ",
                    shinkoku(r, nendo)));
        }
        return out;
    }

    private static Map<String, Object> shinkoku(SplittableRandom r, int nendo) {
        List<Map<String, Object>> lines = new ArrayList<>();
        int n = 1 + r.nextInt(5);
        for (int k = 0; k < n; k++) {
            String[] s = SHISAN[r.nextInt(SHISAN.length)];
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("shurui", s[0]);
            line.put("meisho", s[1]);
            line.put("suryo", 1 + r.nextInt(3));
            // acquired in one of the ten years before the 賦課期日
            line.put("shutoku_nengetsu", String.format("%d-%02d", nendo - 1 - r.nextInt(10), 1 + r.nextInt(12)));
            line.put("shutoku_kakaku", DemoRandom.lognormal(r, 1_200_000, 1.0, 100_000, 30_000_000));
            line.put("taiyo_nensu", Integer.parseInt(s[2]));
            lines.add(line);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nendo", nendo);
        body.put("shinkoku_bi", nendo + "-01-25");
        body.put("shisan", lines);
        return body;
    }
}
