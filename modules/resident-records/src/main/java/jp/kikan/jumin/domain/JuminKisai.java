package jp.kikan.jumin.domain;

import java.time.LocalDate;

/**
 * Everything recorded about one resident at one version (住民票の記載事項). Immutable: an 異動
 * produces a new value, which becomes a new version (履歴) — nothing is overwritten.
 */
public record JuminKisai(
        String setaibango,
        JuminShubetsu shubetsu,
        JuminJotai jotai,
        Shimei shimei,
        Seinengappi seinengappi,
        String seibetsu,
        boolean setainushi,
        String zokugara,
        int kisaiJunjo,
        String honseki,
        String hittosha,
        Jusho jusho,
        LocalDate jumintonattanengappi,
        LocalDate jushoosadametanengappi,
        String tennyumaejusho,
        String tenshutsusakijusho,
        String kojinbango,
        String juminhyokodo,
        Gaikokujin gaikokujin) {

    public JuminKisai withSetai(String newSetaibango, boolean newSetainushi, String newZokugara, int junjo) {
        return new JuminKisai(newSetaibango, shubetsu, jotai, shimei, seinengappi, seibetsu, newSetainushi,
                newZokugara, junjo, honseki, hittosha, jusho, jumintonattanengappi, jushoosadametanengappi,
                tennyumaejusho, tenshutsusakijusho, kojinbango, juminhyokodo, gaikokujin);
    }

    public JuminKisai withZokugara(boolean newSetainushi, String newZokugara) {
        return withSetai(setaibango, newSetainushi, newZokugara, kisaiJunjo);
    }

    public JuminKisai withJotai(JuminJotai newJotai, String newTenshutsusakijusho) {
        return new JuminKisai(setaibango, shubetsu, newJotai, shimei, seinengappi, seibetsu, setainushi, zokugara,
                kisaiJunjo, honseki, hittosha, jusho, jumintonattanengappi, jushoosadametanengappi, tennyumaejusho,
                newTenshutsusakijusho, kojinbango, juminhyokodo, gaikokujin);
    }

    /** 転居: new address; 住所を定めた年月日 becomes the day of the move. */
    public JuminKisai withJusho(Jusho newJusho, LocalDate jushoSadameta) {
        return new JuminKisai(setaibango, shubetsu, jotai, shimei, seinengappi, seibetsu, setainushi, zokugara,
                kisaiJunjo, honseki, hittosha, newJusho, jumintonattanengappi, jushoSadameta, tennyumaejusho,
                tenshutsusakijusho, kojinbango, juminhyokodo, gaikokujin);
    }

    public JuminKisai withKihon(Shimei newShimei, Seinengappi newSeinengappi, String newSeibetsu, String newHonseki,
            String newHittosha, String newKojinbango, String newJuminhyokodo, Gaikokujin newGaikokujin) {
        return new JuminKisai(setaibango, shubetsu, jotai, newShimei, newSeinengappi, newSeibetsu, setainushi,
                zokugara, kisaiJunjo, newHonseki, newHittosha, jusho, jumintonattanengappi, jushoosadametanengappi,
                tennyumaejusho, tenshutsusakijusho, newKojinbango, newJuminhyokodo, newGaikokujin);
    }
}
