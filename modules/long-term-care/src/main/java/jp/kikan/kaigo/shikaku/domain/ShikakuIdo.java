package jp.kikan.kaigo.shikaku.domain;

import java.time.LocalDate;
import jp.kikan.platform.shikaku.IdoKubun;
import jp.kikan.platform.shikaku.ShikakuKikanIdo;

/**
 * One entry of a 第1号被保険者's history: the 異動, the day it takes effect (資格取得日, 資格喪失日, or the day a
 * continuing qualification's circumstances changed), and the date of the fact it follows (転出日, 死亡日, 入所日 …).
 */
public record ShikakuIdo(ShikakuJiyu jiyu, LocalDate koryokubi, LocalDate idonengappi) implements ShikakuKikanIdo {

    @Override
    public IdoKubun kubun() {
        return jiyu.kubun();
    }
}
