package jp.kikan.chihozei.koteishisanzei.domain;

/**
 * The previous 年度's 課税標準額 of a parcel, by part (住宅用地 / 非住宅用地) and tax, for the 負担調整措置 (負担水準 =
 * 前年度課税標準額 ÷ …, 地方税法附則第18条). A null part had none (a new parcel or part): its 本則 applies.
 */
public record Zennendo(Long koteiJutaku, Long koteiHijutaku, Long toshiJutaku, Long toshiHijutaku) {

    public static final Zennendo NASHI = new Zennendo(null, null, null, null);
}
