package jp.kikan.kokuho.hokenzei.domain;

import java.time.LocalDate;

/**
 * A member of the household for the 年度: the 世帯主 (liable even when not insured), an insured member, or a
 * 特定同一世帯所属者 (moved to 後期高齢者医療, counted for 軽減 only).
 *
 * @param shikakuShutokubi  資格取得日 within the 年度 (null: insured from before the 年度 began)
 * @param shikakuSoshitsubi 資格喪失日 within the 年度 (null: still insured at its end)
 */
public record Setaiin(LocalDate seinengappi, boolean setainushi, boolean kokuho, boolean tokuteiDoitsuSetaiShozokusha,
        LocalDate shikakuShutokubi, LocalDate shikakuSoshitsubi, Shotoku shotoku) {

    /** 前年の所得 (円). {@code nenkinShotoku} is the part of 総所得金額等 that is 公的年金等に係る雑所得. */
    public record Shotoku(long soshoKingakuTo, long kyuyoShunyu, long nenkinShunyu, long nenkinShotoku) {
    }
}
