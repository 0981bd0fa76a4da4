package jp.kikan.jumin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of contracts/resident-records/v1.yaml (serialised snake_case). */
public final class Dtos {

    private Dtos() {
    }

    public record JushoDto(String jushoShikuchosonkodo, String jushoChoazakodo, String jushoYubinbango,
            String jushoTodofuken, String jushoShikugunchosonmei, String jushoChoaza, String jushoBanchigohyoki,
            String jushoKatagaki, String jushoKatagakiFurigana) {
    }

    public record GaikokujinDto(String shimeiGaikokujinromaji, String shimeiGaikokujinkanji, String tsusho,
            String tsushoFurigana, String kokusekiChiiki, String hodai30jono45kubun, String zairyushikaku,
            String zairyukikan, LocalDate zairyukikanManryonengappi, String zairyukadobango) {
    }

    public record JuminDto(String atenabango, int rirekibango, String setaibango, String juminShubetsu,
            String juminJotai, String shimei, String shimeiFurigana, String ujiNihonjin, String naNihonjin,
            String kyuji, String kyujiFurigana, LocalDate seinengappi, String seinengappiFushohyoki,
            String seinengappiWareki, String seibetsu, boolean setainushi, String setainushiShimei, String zokugara,
            String honseki, String hittosha, JushoDto jusho, LocalDate jumintonattanengappi,
            LocalDate jushoosadametanengappi, String tennyumaejusho, String tenshutsusakijusho, String kojinbango,
            String juminhyokodo, GaikokujinDto gaikokujin, String idojiyu, LocalDate idonengappi,
            LocalDate todokedenengappi, LocalDate shorinengappi, Integer torikeshiRirekibango) {
    }

    public record JuminSummaryDto(String atenabango, String setaibango, String shimei, String shimeiFurigana,
            LocalDate seinengappi, String seinengappiWareki, String seibetsu, String juminJotai, String juminShubetsu,
            String jushoHyoki, String zokugara) {
    }

    public record JuminSearchResultDto(long total, int suppressed, List<JuminSummaryDto> items) {
    }

    public record JuminRirekiDto(String atenabango, List<JuminDto> items) {
    }

    public record SetaiDto(String setaibango, LocalDate kijunbi, String setainushiAtenabango, JushoDto jusho,
            List<JuminSummaryDto> members) {
    }

    public record ShienSochiDto(UUID sochiId, String atenabango, LocalDate kaishibi, LocalDate shuryoyoteibi,
            LocalDate shuryobi, List<String> taisho, String jotai, String biko) {
    }

    public record ShienSochiListDto(List<ShienSochiDto> items) {
    }

}
