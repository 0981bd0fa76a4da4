package jp.kikan.jumin.application.ido;

import java.util.List;

/**
 * The 異動 commands as received (contracts/resident-records/v1.yaml). Dates arrive as text because
 * clerks may give 西暦 or 和暦; {@link IdoInput} turns them into checked values or refuses them.
 */
public final class Commands {

    private Commands() {
    }

    public record JushoInput(String jushoShikuchosonkodo, String jushoChoazakodo, String jushoYubinbango,
            String jushoTodofuken, String jushoShikugunchosonmei, String jushoChoaza, String jushoBanchigohyoki,
            String jushoKatagaki, String jushoKatagakiFurigana) {
    }

    public record GaikokujinInput(String shimeiGaikokujinromaji, String shimeiGaikokujinkanji, String tsusho,
            String tsushoFurigana, String kokusekiChiiki, String hodai30jono45kubun, String zairyushikaku,
            String zairyukikan, String zairyukikanManryonengappi, String zairyukadobango) {
    }

    public record ShinkiJumin(String juminShubetsu, String shimei, String shimeiFurigana, String ujiNihonjin,
            String naNihonjin, String kyuji, String kyujiFurigana, String seinengappi, String seinengappiFushohyoki,
            String seibetsu, String zokugara, String honseki, String hittosha, String kojinbango, String juminhyokodo,
            String jumintonattanengappi, GaikokujinInput gaikokujin) {
    }

    public record ZokugaraShitei(String atenabango, String zokugara) {
    }

    public record Tennyu(String tennyuKubun, String idonengappi, String todokedenengappi, String setaibango,
            JushoInput jusho, String tennyumaejusho, List<ShinkiJumin> members) {
    }

    public record Shussei(String setaibango, String idonengappi, String todokedenengappi, ShinkiJumin member) {
    }

    public record Tenkyo(String setaibango, String idonengappi, String todokedenengappi, JushoInput jusho) {
    }

    public record Tenshutsu(List<String> atenabango, String idonengappi, String todokedenengappi,
            String tenshutsusakijusho, String shinSetainushi, List<ZokugaraShitei> zokugara) {
    }

    public record Shibo(String atenabango, String idonengappi, String todokedenengappi, String shinSetainushi,
            List<ZokugaraShitei> zokugara) {
    }

    public record SetaiBunri(List<String> atenabango, String idonengappi, String todokedenengappi,
            String shinSetainushi, List<ZokugaraShitei> zokugara) {
    }

    public record SetaiGappei(String setaibango, String gappeisakiSetaibango, String idonengappi,
            String todokedenengappi, List<ZokugaraShitei> zokugara) {
    }

    public record SetaiHenko(List<String> atenabango, String henkosakiSetaibango, String idonengappi,
            String todokedenengappi, String shinSetainushi, List<ZokugaraShitei> zokugara) {
    }

    public record SetainushiHenko(String setaibango, String shinSetainushi, String idonengappi,
            String todokedenengappi, List<ZokugaraShitei> zokugara) {
    }

    public record ShokkenShojo(String atenabango, String idonengappi, String riyu, String shinSetainushi,
            List<ZokugaraShitei> zokugara) {
    }

    public record Shusei(String atenabango, String shuseiKubun, String idonengappi, String riyu, String shimei,
            String shimeiFurigana, String ujiNihonjin, String naNihonjin, String kyuji, String kyujiFurigana,
            String seinengappi, String seibetsu, String honseki, String hittosha, String kojinbango,
            String juminhyokodo, GaikokujinInput gaikokujin) {
    }

    public record Torikeshi(String atenabango, Integer rirekibango, String riyu) {
    }
}
