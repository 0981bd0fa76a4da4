/**
 * The 国民健康保険税 engine: plain Java, no framework imports (guarded by LayeringTest). Dated, per-insurer
 * parameters ({@link jp.kikan.kokuho.hokenzei.parameter}) in, each 区分's amount with its 算定根拠 out
 * ({@link jp.kikan.kokuho.hokenzei.HokenzeiKeisan}). Rules and their public sources: levy rules B1–B6 as restated by
 * the municipal pages each policy cites.
 */
package jp.kikan.kokuho.hokenzei;
