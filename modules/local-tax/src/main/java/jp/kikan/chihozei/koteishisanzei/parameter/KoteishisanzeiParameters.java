package jp.kikan.chihozei.koteishisanzei.parameter;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Dantai;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;

/** The parameters of 固定資産税・都市計画税 of one 年度 and municipality (national values with its overlay). */
public final class KoteishisanzeiParameters {

    private final Nendo nendo;
    private final Dantai dantai;
    private final Map<KoteiParameterId, Param<?>> values;

    public KoteishisanzeiParameters(Nendo nendo, Dantai dantai, Map<KoteiParameterId, Param<?>> values) {
        this.nendo = nendo;
        this.dantai = dantai;
        this.values = new EnumMap<>(values);
    }

    public Nendo nendo() {
        return nendo;
    }

    public Dantai dantai() {
        return dantai;
    }

    /** The 固定資産税 rate: the municipality's where its 条例 sets one, else the standard 1.4%. */
    public Param<Ritsu> zeiritsu() {
        Optional<Param<Ritsu>> own = opt(KoteiParameterId.ZEIRITSU);
        return own.orElseGet(() -> get(KoteiParameterId.HYOJUN_ZEIRITSU));
    }

    /** The 都市計画税 rate, empty where the municipality levies none. */
    public Optional<Param<Ritsu>> toshiKeikakuZeiritsu() {
        return opt(KoteiParameterId.TOSHI_KEIKAKU_ZEIRITSU);
    }

    public Param<Ritsu> toshiKeikakuSeigenZeiritsu() {
        return get(KoteiParameterId.TOSHI_KEIKAKU_SEIGEN_ZEIRITSU);
    }

    public Param<Hasu> kazeiHyojunHasu() {
        return get(KoteiParameterId.KAZEI_HYOJUN_HASU);
    }

    public Param<Hasu> zeigakuHasu() {
        return get(KoteiParameterId.ZEIGAKU_HASU);
    }

    public Param<KoteiParams.Menzeiten> menzeiten() {
        return get(KoteiParameterId.MENZEITEN);
    }

    public Param<KoteiParams.JutakuYochiTokurei> jutakuYochiTokurei() {
        return get(KoteiParameterId.JUTAKU_YOCHI_TOKUREI);
    }

    public Param<KoteiParams.FutanChoseiJutaku> futanChoseiJutaku() {
        return get(KoteiParameterId.FUTAN_CHOSEI_JUTAKU);
    }

    public Param<KoteiParams.FutanChoseiShogyo> futanChoseiShogyo() {
        return get(KoteiParameterId.FUTAN_CHOSEI_SHOGYO);
    }

    public Param<KoteiParams.ShinchikuGengaku> shinchikuGengaku() {
        return get(KoteiParameterId.SHINCHIKU_JUTAKU_GENGAKU);
    }

    public Param<KoteiParams.ShokyakuHyoka> shokyakuHyoka() {
        return get(KoteiParameterId.SHOKYAKU_HYOKA);
    }

    public Param<KoteiParams.Noki> noki() {
        return get(KoteiParameterId.NOKI);
    }

    public Param<KoteiParams.KoseiKikan> koseiKikan() {
        return get(KoteiParameterId.KOSEI_KIKAN);
    }

    @SuppressWarnings("unchecked")
    private <T> Param<T> get(KoteiParameterId id) {
        Param<?> p = values.get(id);
        if (p == null) {
            throw new IllegalStateException("parameter " + id.key() + " has no value for " + nendo.label());
        }
        return (Param<T>) p;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<Param<T>> opt(KoteiParameterId id) {
        return Optional.ofNullable((Param<T>) values.get(id));
    }
}
