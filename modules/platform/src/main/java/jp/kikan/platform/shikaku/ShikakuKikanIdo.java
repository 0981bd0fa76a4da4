package jp.kikan.platform.shikaku;

import java.time.LocalDate;

/** One entry of a qualification history as its periods read it: what it does and the day it takes effect. */
public interface ShikakuKikanIdo {

    IdoKubun kubun();

    /** 資格取得日, 資格喪失日 (the first day without), or the day a continuing qualification changed. */
    LocalDate koryokubi();

    default boolean shutoku() {
        return kubun() == IdoKubun.SHUTOKU;
    }

    default boolean soshitsu() {
        return kubun() == IdoKubun.SOSHITSU;
    }
}
