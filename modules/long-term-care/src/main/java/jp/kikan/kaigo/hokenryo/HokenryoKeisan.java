package jp.kikan.kaigo.hokenryo;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.hokenryo.domain.HokenryoKekka;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.hokenryo.parameter.Dankai;
import jp.kikan.kaigo.hokenryo.parameter.HokenryoParameters;
import jp.kikan.kaigo.hokenryo.parameter.Taisho;
import jp.kikan.kaigo.hokenryo.policy.DankaiPolicy;
import jp.kikan.kaigo.hokenryo.policy.HanteiShotokuPolicy;
import jp.kikan.kaigo.hokenryo.policy.HokenryoGakuPolicy;
import jp.kikan.kaigo.hokenryo.policy.TsukiwariPolicy;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.platform.santei.SanteiKonkyo.Input;
import jp.kikan.platform.santei.SanteiKonkyo.Step;

/**
 * 第1号被保険者の介護保険料 for a 年度: 課税状況 → 判定所得 → 段階 → 年額 (公費軽減) → 月割, each step in the 算定根拠 with its
 * rule, article and the parameters it used.
 */
public final class HokenryoKeisan {

    static final String DANKAI = "段階";
    private static final String REI_38 = "介護保険法施行令第38条（保険料率の算定に関する基準）";

    private HokenryoKeisan() {
    }

    public static HokenryoKekka keisan(int nendo, Taishosha t, HokenryoParameters p) {
        List<Step> steps = new ArrayList<>();
        List<String> riyu = new ArrayList<>();
        Taisho taisho = DankaiPolicy.taisho(t);
        steps.add(new Step("kazei-jokyo", "本人・世帯の住民税の課税状況", REI_38 + "; 当該年度の住民税（賦課期日1月1日）", null,
                taisho.ordinal() + 1L, Step.HANTEI, List.of(Input.text("本人", t.honninKazei() ? "課税" : "非課税"),
                        Input.text("世帯（本人以外）", t.setaiKazei() ? "課税者あり" : "全員非課税")), List.of(), taisho.nameJa()));
        riyu.add(taisho.nameJa());
        long kyuyoKojo = p.kyuyoKojo().value();
        long nenkinSonota = HanteiShotokuPolicy.nenkinSonota(t, kyuyoKojo);
        long hantei = taisho == Taisho.HONNIN_KAZEI ? t.gokeiShotoku() : nenkinSonota;
        if (taisho == Taisho.HONNIN_KAZEI) {
            steps.add(new Step("hantei-shotoku", "段階判定の所得（合計所得金額）", REI_38, null, hantei, Step.YEN,
                    List.of(Input.of("合計所得金額", t.gokeiShotoku())), List.of(), "土地建物等の譲渡所得の特別控除は未反映"));
        } else {
            steps.add(new Step("hantei-shotoku", "段階判定の所得（課税年金収入額＋その他の合計所得金額）", REI_38, null, hantei, Step.YEN,
                    List.of(Input.of("課税年金収入額", t.kazeiNenkinShunyu()), Input.of("合計所得金額", t.gokeiShotoku()),
                            Input.of("公的年金等に係る雑所得", t.nenkinShotoku()),
                            Input.of("給与所得", t.kyuyoShotoku() == null ? 0 : t.kyuyoShotoku())),
                    List.of(p.kyuyoKojo().use(String.format("給与所得から %,d円まで控除", kyuyoKojo))),
                    "その他の合計所得金額 " + String.format("%,d", HanteiShotokuPolicy.sonotaGokeiShotoku(t, kyuyoKojo)) + "円"));
        }
        long kijunNenkin = p.kijunNenkin().value();
        Dankai d = DankaiPolicy.dankai(p.dankaiHyo().value(), t, nenkinSonota, kijunNenkin);
        String label = d.label(kijunNenkin);
        List<SanteiKonkyo.ParameterUse> dankaiParams = new ArrayList<>(List.of(p.dankaiHyo().use(label)));
        if (d.ikaKijunNenkin() || taisho != Taisho.HONNIN_KAZEI) {
            dankaiParams.add(p.kijunNenkin().use(String.format("%,d円", kijunNenkin)));
        }
        String why = d.seikatsuHogo() && t.seikatsuHogo() ? "生活保護を受給"
                : d.roreiFukushi() && t.roreiFukushiNenkin() ? "老齢福祉年金を受給（世帯全員非課税）" : String.format("判定所得 %,d円", hantei);
        steps.add(new Step("dankai", "所得段階", REI_38, null, d.dankai(), DANKAI, List.of(Input.of("判定所得", hantei),
                Input.text("課税状況", taisho.nameJa())), dankaiParams, why));
        riyu.add(why + " → " + label);
        long kijun = p.kijungaku().value();
        long honrai = HokenryoGakuPolicy.honrai(kijun, d, p.hasu().value());
        steps.add(new Step("honrai-nengaku", "保険料の年額（軽減前）", "介護保険法第129条（保険料）; " + REI_38, null, honrai, Step.YEN,
                List.of(Input.of("基準額", kijun), Input.text("乗率", d.jyoritsu().toPlainString())),
                List.of(p.kijungaku().use(String.format("%,d円", kijun)), p.hasu().use(p.hasu().value().label())), null));
        long keigen = HokenryoGakuPolicy.keigengaku(kijun, d, p.hasu().value());
        long nengaku = honrai - keigen;
        if (d.keigenJyoritsu() != null) {
            steps.add(new Step("kohi-keigen", "公費による軽減", "介護保険法第124条の2（低所得者の保険料の軽減）", null, keigen, Step.YEN,
                    List.of(Input.of("基準額", kijun), Input.text("軽減後の乗率", d.keigenJyoritsu().toPlainString())),
                    List.of(p.dankaiHyo().use("第" + d.dankai() + "段階 公費軽減後 " + d.keigenJyoritsu().toPlainString()),
                            p.hasu().use(p.hasu().value().label())), null));
            riyu.add(String.format("公費による軽減 %,d円（乗率 %s → %s）", keigen, d.jyoritsu().toPlainString(),
                    d.keigenJyoritsu().toPlainString()));
        }
        steps.add(new Step("hokenryo-nengaku", "保険料の年額", "介護保険法第129条", null, nengaku, Step.YEN,
                List.of(Input.of("軽減前", honrai), Input.of("軽減", keigen)), List.of(), null));
        int tsukisu = TsukiwariPolicy.tsukisu(nendo, t.kikan());
        List<Input> kikan = new ArrayList<>();
        for (Taishosha.Kikan k : t.kikan()) {
            kikan.add(Input.text("資格取得日", k.shutokubi() == null ? "年度当初から" : k.shutokubi().toString()));
            kikan.add(Input.text("資格喪失日", k.soshitsubi() == null ? "年度末まで" : k.soshitsubi().toString()));
        }
        steps.add(new Step("tsukisu", "賦課する月数", "月割（取得日の属する月から喪失日の属する月の前月まで）", null, tsukisu, Step.TSUKI,
                kikan, List.of(), null));
        long levied = tsukisu == 12 ? nengaku : p.hasu().value().kirisute(nengaku * tsukisu / 12);
        steps.add(new Step("nengaku", "賦課額（月割後）", "介護保険法第129条; 月割", null, levied, Step.YEN,
                List.of(Input.of("年額", nengaku), Input.of("月数", tsukisu)),
                tsukisu == 12 ? List.of() : List.of(p.hasu().use(p.hasu().value().label())),
                tsukisu == 12 ? null : "月割の端数処理は年額と同じ単位（確認できた資料なし）"));
        if (tsukisu < 12) {
            riyu.add("月割 " + tsukisu + "か月（年額 × " + tsukisu + "/12）");
        }
        return new HokenryoKekka(nendo, d.dankai(), p.dankaiHyo().value().size(), d.jyoritsu(), d.keigenJyoritsu(), kijun,
                hantei, nengaku, tsukisu, levied, nengaku / 12, riyu, new SanteiKonkyo(steps));
    }
}
