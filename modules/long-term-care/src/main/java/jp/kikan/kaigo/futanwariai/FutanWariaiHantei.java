package jp.kikan.kaigo.futanwariai;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.hokenryo.parameter.Param;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.platform.santei.SanteiKonkyo.Input;
import jp.kikan.platform.santei.SanteiKonkyo.Step;

/**
 * 利用者負担の割合 of a 第1号被保険者 (介護保険法第49条の2・第59条の2; as restated by 栃木市
 * https://www.city.tochigi.lg.jp/soshiki/28/432.html and 富士市 http://www.city.fuji.shizuoka.jp/kenkou/c0501/fmervo000001mb2i.html):
 * 1割 for one not taxed or on 生活保護; else 3割 when the person's 合計所得金額 and the household's 第1号被保険者' 年金収入＋
 * その他の合計所得金額 reach the 3割 bounds, 2割 when they reach the 2割 bounds, 1割 otherwise.
 */
public final class FutanWariaiHantei {

    private static final String HO = "介護保険法第49条の2・第59条の2; 介護保険法施行令第22条の2・第29条の2";

    private FutanWariaiHantei() {
    }

    /** A 第1号被保険者 of the household as the 年度's 住民税 sees him. */
    public record Dai1go(long gokeiShotoku, long nenkinShunyu, long nenkinShotoku) {
        /** 年金収入 + その他の合計所得金額 (合計所得金額 − 公的年金等に係る雑所得, not below 0). */
        long nenkinSonota() {
            return nenkinShunyu + Math.max(0, gokeiShotoku - nenkinShotoku);
        }
    }

    public record Kekka(int wari, long gokeiShotoku, long setaiNenkinSonota, int dai1goSu, List<String> riyu,
            SanteiKonkyo konkyo) {
    }

    /**
     * @param honnin the person
     * @param kazei  the person is taxed (住民税)
     * @param hogo   the person receives 生活保護
     * @param others the other 第1号被保険者 of the 世帯
     */
    public static Kekka hantei(Dai1go honnin, boolean kazei, boolean hogo, List<Dai1go> others,
            Param<FutanWariaiKijun[]> kijun) {
        List<Step> steps = new ArrayList<>();
        List<String> riyu = new ArrayList<>();
        FutanWariaiKijun ni = kijun.value()[0];
        FutanWariaiKijun san = kijun.value()[1];
        int n = others.size() + 1;
        long sum = honnin.nenkinSonota() + others.stream().mapToLong(Dai1go::nenkinSonota).sum();
        steps.add(new Step("setai-nenkin-sonota", "世帯の第1号被保険者の年金収入＋その他の合計所得金額", HO, null, sum, Step.YEN,
                List.of(Input.of("第1号被保険者の人数", n), Input.of("本人の年金収入＋その他の合計所得金額", honnin.nenkinSonota())),
                List.of(), null));
        int wari;
        if (!kazei || hogo) {
            wari = 1;
            riyu.add(hogo ? "生活保護を受給" : "本人が住民税非課税");
        } else if (honnin.gokeiShotoku() >= san.gokeiShotoku() && sum >= san.setai(n)) {
            wari = 3;
            riyu.add(String.format("合計所得金額 %,d円 ≥ %,d円、世帯（%d人）の年金収入＋その他の合計所得金額 %,d円 ≥ %,d円",
                    honnin.gokeiShotoku(), san.gokeiShotoku(), n, sum, san.setai(n)));
        } else if (honnin.gokeiShotoku() >= ni.gokeiShotoku() && sum >= ni.setai(n)) {
            wari = 2;
            riyu.add(String.format("合計所得金額 %,d円 ≥ %,d円、世帯（%d人）の年金収入＋その他の合計所得金額 %,d円 ≥ %,d円",
                    honnin.gokeiShotoku(), ni.gokeiShotoku(), n, sum, ni.setai(n)));
        } else {
            wari = 1;
            riyu.add(honnin.gokeiShotoku() < ni.gokeiShotoku()
                    ? String.format("合計所得金額 %,d円 < %,d円", honnin.gokeiShotoku(), ni.gokeiShotoku())
                    : String.format("世帯（%d人）の年金収入＋その他の合計所得金額 %,d円 < %,d円", n, sum, ni.setai(n)));
        }
        steps.add(new Step("futan-wariai", "利用者負担の割合", HO, null, wari, "割",
                List.of(Input.of("本人の合計所得金額", honnin.gokeiShotoku()), Input.text("本人", kazei ? "課税" : "非課税"),
                        Input.of("世帯の年金収入＋その他の合計所得金額", sum)),
                List.of(kijun.use(String.format("2割: %,d円・単身 %,d円・2人以上 %,d円; 3割: %,d円・単身 %,d円・2人以上 %,d円",
                        ni.gokeiShotoku(), ni.tanshin(), ni.fukusu(), san.gokeiShotoku(), san.tanshin(), san.fukusu()))),
                riyu.get(0)));
        return new Kekka(wari, honnin.gokeiShotoku(), sum, n, riyu, new SanteiKonkyo(steps));
    }
}
