package jp.kikan.jumin.domain;

import java.time.LocalDate;

/** 外国人住民の記載事項 (住民基本台帳法 第30条の45). */
public record Gaikokujin(
        String shimeiRomaji,
        String shimeiKanji,
        String tsusho,
        String tsushoFurigana,
        String kokusekiChiiki,
        String hodai30jono45kubun,
        String zairyushikaku,
        String zairyukikan,
        LocalDate zairyukikanManryobi,
        String zairyukadobango) {
}
