package jp.kikan.chihozei.kojinjuminzei.rei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.HaitoShurui;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 新潟市 FAQ「配当控除」 https://www.4894.call.city.niigata.jp/faq.asp?faqno=A0269706 — Aさん: 雑所得 6,000,000円,
 * 配当所得 6,000,000円, 社会保険料控除 50,000円 (指定都市の率). The FAQ names no 年度; the rates are those of every
 * 年度 here, run as 令和7年度.
 */
@Tag("fn:kojin-juminzei.zeigaku-kojo")
class NiigataHaitoKojoFaqTest {

    @Test
    @DisplayName("新潟市 FAQ 配当控除: 課税総所得金額等 11,520,000 → 市 17,024 + 100,352, 県 4,256 + 25,088")
    void shouldReproduceTheDividendCreditAboveTenMillionInADesignatedCity() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).city(Nyuryoku.NIIGATA).zatsu(6_000_000).haito(HaitoShurui.RIEKI_HAITO, 6_000_000)
                .shakaiHokenryo(50_000).fuka();
        assertThat(f.shotoku().gokeiShotokuKingaku()).isEqualTo(12_000_000);
        assertThat(f.kojo().gokei()).isEqualTo(480_000);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(11_520_000);
        assertThat(f.shi().haitoKojo()).isEqualTo(17_024 + 100_352);
        assertThat(f.ken().haitoKojo()).isEqualTo(4_256 + 25_088);
    }
}
