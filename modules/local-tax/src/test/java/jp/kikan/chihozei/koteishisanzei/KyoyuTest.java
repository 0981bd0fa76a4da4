package jp.kikan.chihozei.koteishisanzei;

import static jp.kikan.chihozei.koteishisanzei.Shisan.ENGINE;
import static jp.kikan.chihozei.koteishisanzei.Shisan.MINAMI;
import static jp.kikan.chihozei.koteishisanzei.Shisan.reiwa;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import org.junit.jupiter.api.Test;

/**
 * 共有: the co-owners of a parcel are jointly liable for its whole tax (地方税法第10条の2) and are one taxpayer of their own,
 * apart from each co-owner's sole property — the 免税点 (第351条, "同一の者") is judged on each taxpayer's own total
 * (practice of the municipal pages; inferred, see the README).
 */
class KyoyuTest {

    @Test
    void shouldTaxTheWholeCoOwnedParcelToTheGroupWithoutSplittingByShare() {
        Tochi kyoyu = Shisan.sonota(800_000);
        var group = ENGINE.fuka(new KazeiTaisho(reiwa(7), MINAMI, List.of(kyoyu), List.of(), List.of()));
        assertThat(group.koteiZeigaku()).isEqualTo(800_000 * 14 / 1000);
    }

    @Test
    void shouldJudgeTheMenzeitenOfTheGroupApartFromACoOwnersSoleParcel() {
        Tochi sole = Shisan.sonota(200_000);
        Tochi kyoyu = new Tochi("t9", "みなみ市9番", sole.kubun(), sole.chiseki(), 200_000, 0, sole.jutakuYukaMenseki(), false, null);
        var owner = ENGINE.fuka(new KazeiTaisho(reiwa(7), MINAMI, List.of(sole), List.of(), List.of()));
        var group = ENGINE.fuka(new KazeiTaisho(reiwa(7), MINAMI, List.of(kyoyu), List.of(), List.of()));
        // together 400,000 would be taxed; as two taxpayers each falls short of 300,000
        assertThat(owner.nenZeigaku()).isZero();
        assertThat(group.nenZeigaku()).isZero();
    }
}
