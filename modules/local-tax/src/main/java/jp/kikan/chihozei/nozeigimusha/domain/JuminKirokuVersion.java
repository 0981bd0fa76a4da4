package jp.kikan.chihozei.nozeigimusha.domain;

import java.time.LocalDate;

/**
 * One change of a resident as taken from the resident records feed: its change number there (commit order),
 * the state it leaves the person in and the date it took effect (異動日).
 *
 * @param henkoBango   the feed's 変更番号 (unique and commit-ordered per municipality)
 * @param juminJotai   住民状態 after the change: jumin, tenshutsu, shibo, shokken_shojo
 * @param idonengappi  異動年月日 (the day the change took effect), null if unknown
 * @param juminKaishibi the day the person became a resident here (住民となった年月日 / 外国人住民となった年月日), or null
 * @param shienSochi   whether a change of the 支援措置 only (the person's record is otherwise as before)
 */
public record JuminKirokuVersion(long henkoBango, String juminJotai, LocalDate idonengappi, LocalDate juminKaishibi,
        boolean shienSochi) {

    public static final String JUMIN = "jumin";

    public boolean jumin() {
        return JUMIN.equals(juminJotai);
    }
}
