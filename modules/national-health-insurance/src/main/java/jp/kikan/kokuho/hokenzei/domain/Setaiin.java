package jp.kikan.kokuho.hokenzei.domain;

import java.time.LocalDate;

/**
 * A member of the household for the 年度: the 世帯主 (liable even when not insured), an insured member, or a
 * 特定同一世帯所属者 (moved to 後期高齢者医療, counted for 軽減 only).
 *
 * @param shikakuShutokubi  資格取得日 within the 年度 (null: insured from before the 年度 began)
 * @param shikakuSoshitsubi 資格喪失日 within the 年度 (null: still insured at its end)
 * @param tokurei           産前産後 and 非自発的失業者 (null: neither)
 */
public record Setaiin(LocalDate seinengappi, boolean setainushi, boolean kokuho, boolean tokuteiDoitsuSetaiShozokusha,
        LocalDate shikakuShutokubi, LocalDate shikakuSoshitsubi, Shotoku shotoku, Tokurei tokurei) {

    public Setaiin(LocalDate seinengappi, boolean setainushi, boolean kokuho, boolean tokuteiDoitsuSetaiShozokusha,
            LocalDate shikakuShutokubi, LocalDate shikakuSoshitsubi, Shotoku shotoku) {
        this(seinengappi, setainushi, kokuho, tokuteiDoitsuSetaiShozokusha, shikakuShutokubi, shikakuSoshitsubi, shotoku, null);
    }

    /**
     * 前年の所得 (円). {@code nenkinShotoku} and {@code kyuyoShotoku} are the parts of 総所得金額等 that are 公的年金等に係る
     * 雑所得 and 給与所得.
     */
    public record Shotoku(long soshoKingakuTo, long kyuyoShunyu, long nenkinShunyu, long nenkinShotoku, long kyuyoShotoku) {

        public Shotoku(long soshoKingakuTo, long kyuyoShunyu, long nenkinShunyu, long nenkinShotoku) {
            this(soshoKingakuTo, kyuyoShunyu, nenkinShunyu, nenkinShotoku, 0);
        }
    }

    /**
     * @param shussanYoteibi  出産予定日 (or 出産日) of an insured mother — 産前産後の免除
     * @param tatai           多胎妊娠
     * @param rishokubi       離職日 of a 非自発的失業者
     * @param rishokuRiyuKodo 雇用保険受給資格者証の離職理由コード (11, 12, 21, 22, 31, 32, 23, 33, 34)
     */
    public record Tokurei(LocalDate shussanYoteibi, boolean tatai, LocalDate rishokubi, String rishokuRiyuKodo) {
    }
}
