package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.shotoku.domain.HokokuCsv;
import jp.kikan.chihozei.shotoku.domain.KyuyoHokokuCsv;
import jp.kikan.chihozei.shotoku.domain.HokokuTotsugoPolicy;
import jp.kikan.chihozei.shotoku.domain.HokokuTotsugoPolicy.Kohosha;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The documented CSV of 給与支払報告書 and the matching rule (突合), without a database. */
@Tag("fn:kojin-juminzei.kyuyo-hokoku")
class KyuyoHokokuCsvTest {

    private static final String HEADER = "shimei,nendo,shiharaisha_meisho,seinengappi,jusho,kyuyo_shunyu,kojinbango\r\n";

    @Test
    void shouldReadQuotedFieldsColumnsInAnyOrderAndCrlf() {
        var r = KyuyoHokokuCsv.read("\uFEFF" + HEADER + "\"辻󠄀　太郎\",2026,\"A社, \"\"本店\"\"\",1970-01-31,\"架空県みなみ市1番地\",5000000,\r\n");
        assertThat(r.errors()).isEmpty();
        KyuyoHokokuCsv.Gyo g = r.gyo().get(0);
        assertThat(g.shimei()).isEqualTo("辻󠄀　太郎"); // the IVS selector is kept
        assertThat(g.shiharaishaMeisho()).isEqualTo("A社, \"本店\"");
        assertThat(g.jusho()).isEqualTo("架空県みなみ市1番地");
        assertThat(g.kyuyoShunyu()).isEqualTo(5_000_000);
        assertThat(g.lineNo()).isEqualTo(2);
    }

    @Test
    void shouldRefuseALineBreakInsideAField() {
        var r = KyuyoHokokuCsv.read(HEADER + "山田　一郎,2026,A社,1970-01-31,\"架空県\nみなみ市\",5000000,\n");
        assertThat(r.errors()).extracting(HokokuCsv.Error::field).containsExactly("jusho");
    }

    @Test
    void shouldReportEachBadFieldWithItsLine() {
        var r = KyuyoHokokuCsv.read(HEADER + "山田　一郎,26,A社,1970-13-01,架空県,1.5,123\n");
        assertThat(r.gyo()).isEmpty();
        assertThat(r.errors()).extracting(HokokuCsv.Error::field)
                .containsExactlyInAnyOrder("nendo", "seinengappi", "kyuyo_shunyu", "kojinbango");
        assertThat(r.errors()).allMatch(e -> e.line() == 2);
    }

    private static KyuyoHokokuCsv.Gyo gyo(String kojinbango, String shimei, String jusho) {
        return new KyuyoHokokuCsv.Gyo(2, 2026, "A社", kojinbango, shimei, null, LocalDate.of(1970, 1, 31), jusho, 1, 0, 0, null, null);
    }

    @Test
    void shouldMatchByKojinbangoFirstThenByNameBirthAndAddressOnlyWhenOneFits() {
        var a = new Kohosha("0000000019", "123456789018", "山田　一郎", LocalDate.of(1970, 1, 31), "架空県みなみ市1番地");
        var b = new Kohosha("0000000027", null, "山田　一郎", LocalDate.of(1970, 1, 31), "架空県みなみ市1番地");
        assertThat(HokokuTotsugoPolicy.totsugo(gyo("123456789018", "山田一郎", "どこか"), List.of(a, b)).atenabango())
                .isEqualTo("0000000019");
        // two of the same name, birthday and address: the clerk decides
        assertThat(HokokuTotsugoPolicy.totsugo(gyo(null, "山田 一郎", "架空県 みなみ市1番地"), List.of(a, b)).hoho())
                .isEqualTo(HokokuTotsugoPolicy.Hoho.MITOTSUGO);
        assertThat(HokokuTotsugoPolicy.totsugo(gyo(null, "山田 一郎", "架空県 みなみ市1番地"), List.of(b)).atenabango())
                .isEqualTo("0000000027");
        // another address: not the same person
        assertThat(HokokuTotsugoPolicy.totsugo(gyo(null, "山田一郎", "架空県みなみ市2番地"), List.of(b)).atenabango()).isNull();
    }
}
