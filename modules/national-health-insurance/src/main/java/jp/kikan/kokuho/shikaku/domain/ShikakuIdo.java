package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import jp.kikan.platform.shikaku.IdoKubun;
import jp.kikan.platform.shikaku.ShikakuKikanIdo;

/**
 * One entry of a person's qualification history: the 異動, its 資格取得日 or 資格喪失日, and the date of the fact
 * it follows (転入日, 死亡日, 社保加入日 …).
 */
public record ShikakuIdo(ShikakuJiyu jiyu, LocalDate shikakuBi, LocalDate idonengappi) implements ShikakuKikanIdo {

    public static ShikakuIdo of(ShikakuJiyu jiyu, LocalDate shikakuBi, LocalDate idonengappi) {
        return new ShikakuIdo(jiyu, shikakuBi, idonengappi);
    }

    @Override
    public IdoKubun kubun() {
        return jiyu.kubun();
    }

    @Override
    public LocalDate koryokubi() {
        return shikakuBi;
    }
}
