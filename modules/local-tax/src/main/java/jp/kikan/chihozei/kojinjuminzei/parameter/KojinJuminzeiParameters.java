package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;

/**
 * The parameters of one 年度 for one municipality: the national values with the prefecture's and the
 * municipality's overlays already applied. Immutable; built by the parameter repository.
 */
public final class KojinJuminzeiParameters {

    private final Nendo nendo;
    private final Dantai dantai;
    private final Map<ParameterId, Param<?>> values;

    public KojinJuminzeiParameters(Nendo nendo, Dantai dantai, Map<ParameterId, Param<?>> values) {
        this.nendo = nendo;
        this.dantai = dantai;
        this.values = new EnumMap<>(values);
        for (ParameterId id : ParameterId.values()) {
            if (id.scope().national() && !this.values.containsKey(id)) {
                throw new IllegalArgumentException(nendo.label() + ": national parameter " + id.key() + " is missing");
            }
        }
    }

    public Nendo nendo() {
        return nendo;
    }

    public Dantai dantai() {
        return dantai;
    }

    public Set<ParameterId> ids() {
        return values.keySet();
    }

    @SuppressWarnings("unchecked")
    public <T> Param<T> get(ParameterId id) {
        Param<?> p = values.get(id);
        if (p == null) {
            throw new IllegalStateException(nendo.label() + " " + dantai.label() + ": no value for " + id.key());
        }
        return (Param<T>) p;
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<Param<T>> find(ParameterId id) {
        return Optional.ofNullable((Param<T>) values.get(id));
    }

    // ---- 所得 ----
    public Param<BracketTable<ShotokuParams.KyuyoShotokuRow>> kyuyoShotoku() {
        return get(ParameterId.KYUYO_SHOTOKU);
    }

    public Param<Hasu> kyuyoShotokuHasu() {
        return get(ParameterId.KYUYO_SHOTOKU_HASU);
    }

    public Param<ShotokuParams.NenkinKojo> kotekiNenkinKojo() {
        return get(ParameterId.KOTEKI_NENKIN_KOJO);
    }

    public Param<ShotokuParams.ChoseiKojoKosodate> choseiKojoKosodate() {
        return get(ParameterId.SHOTOKU_KINGAKU_CHOSEI_KOJO_KOSODATE);
    }

    public Param<ShotokuParams.ChoseiKojoKyuyoNenkin> choseiKojoKyuyoNenkin() {
        return get(ParameterId.SHOTOKU_KINGAKU_CHOSEI_KOJO_KYUYO_NENKIN);
    }

    // ---- 所得控除 ----
    public Param<Long> shinzokuGokeiShotokuYoken() {
        return get(ParameterId.SHINZOKU_GOKEI_SHOTOKU_YOKEN);
    }

    public Param<BracketTable<Long>> kisoKojo() {
        return get(ParameterId.KISO_KOJO);
    }

    public Param<KojoParams.HaigushaKojo> haigushaKojo() {
        return get(ParameterId.HAIGUSHA_KOJO);
    }

    public Param<KojoParams.HaigushaTokubetsuKojo> haigushaTokubetsuKojo() {
        return get(ParameterId.HAIGUSHA_TOKUBETSU_KOJO);
    }

    public Param<KojoParams.FuyoKojo> fuyoKojo() {
        return get(ParameterId.FUYO_KOJO);
    }

    public Param<KojoParams.TokuteiShinzoku> tokuteiShinzokuTokubetsuKojo() {
        return get(ParameterId.TOKUTEI_SHINZOKU_TOKUBETSU_KOJO);
    }

    public Param<KojoParams.ShogaishaKojo> shogaishaKojo() {
        return get(ParameterId.SHOGAISHA_KOJO);
    }

    public Param<KojoParams.KafuKojo> kafuKojo() {
        return get(ParameterId.KAFU_KOJO);
    }

    public Param<KojoParams.HitorioyaKojo> hitorioyaKojo() {
        return get(ParameterId.HITORIOYA_KOJO);
    }

    public Param<KojoParams.KinroGakuseiKojo> kinroGakuseiKojo() {
        return get(ParameterId.KINRO_GAKUSEI_KOJO);
    }

    public Param<KojoParams.SeimeiHokenryo> seimeiHokenryoKojo() {
        return get(ParameterId.SEIMEI_HOKENRYO_KOJO);
    }

    public Param<KojoParams.JishinHokenryo> jishinHokenryoKojo() {
        return get(ParameterId.JISHIN_HOKENRYO_KOJO);
    }

    public Param<KojoParams.IryohiKojo> iryohiKojo() {
        return get(ParameterId.IRYOHI_KOJO);
    }

    public Param<KojoParams.ZassonKojo> zassonKojo() {
        return get(ParameterId.ZASSON_KOJO);
    }

    // ---- 課税標準, 税率, 税額控除 ----
    public Param<Hasu> kazeiHyojunHasu() {
        return get(ParameterId.KAZEI_HYOJUN_HASU);
    }

    public Param<Hasu> shotokuwariHasu() {
        return get(ParameterId.SHOTOKUWARI_HASU);
    }

    /** True when the municipality is a 指定都市 (overlay shitei_toshi; default: not). */
    public boolean shiteiToshi() {
        return this.<Boolean>find(ParameterId.SHITEI_TOSHI).map(Param::value).orElse(false);
    }

    /** The national rate table that applies: the 指定都市 one or the standard one. */
    public Param<ShiKen<Ritsu>> shotokuwariHyojunZeiritsu() {
        return get(shiteiToshi() ? ParameterId.SHOTOKUWARI_ZEIRITSU_SHITEI_TOSHI : ParameterId.SHOTOKUWARI_ZEIRITSU);
    }

    public Optional<Param<Ritsu>> shotokuwariZeiritsuShi() {
        return find(ParameterId.SHOTOKUWARI_ZEIRITSU_SHI);
    }

    public Optional<Param<Ritsu>> shotokuwariZeiritsuKen() {
        return find(ParameterId.SHOTOKUWARI_ZEIRITSU_KEN);
    }

    public Param<ZeigakuParams.ChoseiKojo> choseiKojo() {
        return get(ParameterId.CHOSEI_KOJO);
    }

    public Param<ZeigakuParams.JintekiKojoSa> jintekiKojoSa() {
        return get(ParameterId.JINTEKI_KOJO_SA);
    }

    public Param<ZeigakuParams.HaitoKojo> haitoKojo() {
        return get(ParameterId.HAITO_KOJO);
    }

    public Param<ZeigakuParams.JutakuLoan> jutakuLoanKojo() {
        return get(ParameterId.JUTAKU_LOAN_KOJO);
    }

    public Param<ShiKen<Ritsu>> jutakuLoanBunpaiShiteiToshi() {
        return get(ParameterId.JUTAKU_LOAN_KOJO_BUNPAI_SHITEI_TOSHI);
    }

    public Param<ZeigakuParams.Kifukin> kifukinZeigakuKojo() {
        return get(ParameterId.KIFUKIN_ZEIGAKU_KOJO);
    }

    public Param<ShiKen<Ritsu>> kifukinTokureiBunpaiShiteiToshi() {
        return get(ParameterId.KIFUKIN_TOKUREI_BUNPAI_SHITEI_TOSHI);
    }

    public Param<ZeigakuParams.TokureiRitsu> kifukinTokureiKojoRitsu() {
        return get(ParameterId.KIFUKIN_TOKUREI_KOJO_RITSU);
    }

    public Param<ZeigakuParams.TokureiRitsu> shinkokuTokureiKojoRitsu() {
        return get(ParameterId.SHINKOKU_TOKUREI_KOJO_RITSU);
    }

    public Param<ZeigakuParams.TeigakuGenzei> teigakuGenzei() {
        return get(ParameterId.TEIGAKU_GENZEI);
    }

    // ---- 非課税, 均等割 ----
    public Param<Long> hikazeiZengaku() {
        return get(ParameterId.HIKAZEI_ZENGAKU);
    }

    public Param<Integer> miseinenNenrei() {
        return get(ParameterId.MISEINEN_NENREI);
    }

    public Param<HikazeiParams.KintowariHikazei> hikazeiKintowari() {
        return get(ParameterId.HIKAZEI_KINTOWARI);
    }

    public Param<HikazeiParams.GendoSanshiki> hikazeiShotokuwari() {
        return get(ParameterId.HIKAZEI_SHOTOKUWARI);
    }

    /** The municipality's 級地, when its overlay gives one. */
    public Optional<Param<Integer>> kyuchi() {
        return find(ParameterId.KYUCHI);
    }

    public Param<ShiKen<Long>> kintowari() {
        return get(ParameterId.KINTOWARI);
    }

    public Optional<Param<Long>> kintowariShiChokakazei() {
        return find(ParameterId.KINTOWARI_SHI_CHOKAKAZEI);
    }

    public Optional<Param<Long>> kintowariKenChokakazei() {
        return find(ParameterId.KINTOWARI_KEN_CHOKAKAZEI);
    }

    public Param<Long> shinrinKankyozei() {
        return get(ParameterId.SHINRIN_KANKYOZEI);
    }

    public Param<Boolean> kaokushikiShinrinKankyozei() {
        return get(ParameterId.KAOKUSHIKI_SHINRIN_KANKYOZEI);
    }

    public Param<HikazeiParams.KaokushikiHikazei> kaokushikiHikazei() {
        return get(ParameterId.KAOKUSHIKI_HIKAZEI);
    }

    // ---- 徴収 ----
    public Param<ChoshuParams.Bunkatsu> futsuChoshu() {
        return get(ParameterId.FUTSU_CHOSHU);
    }

    public Param<ChoshuParams.Bunkatsu> kyuyoTokubetsuChoshu() {
        return get(ParameterId.KYUYO_TOKUBETSU_CHOSHU);
    }

    public Param<ChoshuParams.NenkinChoshu> nenkinTokubetsuChoshu() {
        return get(ParameterId.NENKIN_TOKUBETSU_CHOSHU);
    }
}
