package jp.kikan.jumin.api;

import java.time.LocalDate;
import jp.kikan.jumin.api.dto.Dtos;
import jp.kikan.jumin.application.shien.ShienSochi;
import jp.kikan.jumin.domain.Gaikokujin;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.platform.wareki.WarekiCalendar;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain → contract DTOs. Item names follow the standard; codes become their API values. */
@Mapper
public interface JuminApiMapper {

    WarekiCalendar WAREKI = WarekiCalendar.standard();

    @Mapping(target = "jushoShikuchosonkodo", source = "shikuchosonkodo")
    @Mapping(target = "jushoChoazakodo", source = "choazakodo")
    @Mapping(target = "jushoYubinbango", source = "yubinbango")
    @Mapping(target = "jushoTodofuken", source = "todofuken")
    @Mapping(target = "jushoShikugunchosonmei", source = "shikugunchosonmei")
    @Mapping(target = "jushoChoaza", source = "choaza")
    @Mapping(target = "jushoBanchigohyoki", source = "banchigohyoki")
    @Mapping(target = "jushoKatagaki", source = "katagaki")
    @Mapping(target = "jushoKatagakiFurigana", source = "katagakiFurigana")
    Dtos.JushoDto jusho(Jusho jusho);

    @Mapping(target = "shimeiGaikokujinromaji", source = "shimeiRomaji")
    @Mapping(target = "shimeiGaikokujinkanji", source = "shimeiKanji")
    @Mapping(target = "zairyukikanManryonengappi", source = "zairyukikanManryobi")
    Dtos.GaikokujinDto gaikokujin(Gaikokujin g);

    @Mapping(target = "setaibango", source = "kisai.setaibango")
    @Mapping(target = "juminShubetsu", expression = "java(v.kisai().shubetsu().code())")
    @Mapping(target = "juminJotai", expression = "java(v.kisai().jotai().code())")
    @Mapping(target = "shimei", source = "kisai.shimei.shimei")
    @Mapping(target = "shimeiFurigana", source = "kisai.shimei.furigana")
    @Mapping(target = "ujiNihonjin", source = "kisai.shimei.ujiNihonjin")
    @Mapping(target = "naNihonjin", source = "kisai.shimei.naNihonjin")
    @Mapping(target = "kyuji", source = "kisai.shimei.kyuji")
    @Mapping(target = "kyujiFurigana", source = "kisai.shimei.kyujiFurigana")
    @Mapping(target = "seinengappi", source = "kisai.seinengappi.date")
    @Mapping(target = "seinengappiFushohyoki", source = "kisai.seinengappi.fushohyoki")
    @Mapping(target = "seinengappiWareki", expression = "java(wareki(v.kisai().seinengappi().date()))")
    @Mapping(target = "seibetsu", source = "kisai.seibetsu")
    @Mapping(target = "setainushi", source = "kisai.setainushi")
    @Mapping(target = "setainushiShimei", ignore = true)
    @Mapping(target = "zokugara", source = "kisai.zokugara")
    @Mapping(target = "honseki", source = "kisai.honseki")
    @Mapping(target = "hittosha", source = "kisai.hittosha")
    @Mapping(target = "jusho", source = "kisai.jusho")
    @Mapping(target = "jumintonattanengappi", source = "kisai.jumintonattanengappi")
    @Mapping(target = "jushoosadametanengappi", source = "kisai.jushoosadametanengappi")
    @Mapping(target = "tennyumaejusho", source = "kisai.tennyumaejusho")
    @Mapping(target = "tenshutsusakijusho", source = "kisai.tenshutsusakijusho")
    @Mapping(target = "kojinbango", expression = "java(withKojinbango ? v.kisai().kojinbango() : null)")
    @Mapping(target = "juminhyokodo", source = "kisai.juminhyokodo")
    @Mapping(target = "gaikokujin", source = "kisai.gaikokujin")
    @Mapping(target = "idojiyu", expression = "java(v.ido().idojiyu().label())")
    @Mapping(target = "idonengappi", source = "ido.idonengappi")
    @Mapping(target = "todokedenengappi", source = "ido.todokedenengappi")
    @Mapping(target = "shorinengappi", source = "ido.shorinengappi")
    @Mapping(target = "torikeshiRirekibango", source = "ido.torikeshiRirekibango")
    Dtos.JuminDto jumin(JuminVersion v, @Context boolean withKojinbango);

    @Mapping(target = "setaibango", source = "kisai.setaibango")
    @Mapping(target = "shimei", source = "kisai.shimei.shimei")
    @Mapping(target = "shimeiFurigana", source = "kisai.shimei.furigana")
    @Mapping(target = "seinengappi", source = "kisai.seinengappi.date")
    @Mapping(target = "seinengappiWareki", expression = "java(wareki(v.kisai().seinengappi().date()))")
    @Mapping(target = "seibetsu", source = "kisai.seibetsu")
    @Mapping(target = "juminJotai", expression = "java(v.kisai().jotai().code())")
    @Mapping(target = "juminShubetsu", expression = "java(v.kisai().shubetsu().code())")
    @Mapping(target = "jushoHyoki", expression = "java(v.kisai().jusho().hyoki())")
    @Mapping(target = "zokugara", source = "kisai.zokugara")
    Dtos.JuminSummaryDto summary(JuminVersion v);

    default Dtos.ShienSochiDto shienSochi(ShienSochi s) {
        return new Dtos.ShienSochiDto(s.sochiId(), s.atenabango(), s.kaishibi(), s.shuryoyoteibi(), s.shuryobi(),
                java.util.List.copyOf(s.taisho()), s.shuryobi() == null ? "yuko" : "shuryo", s.biko());
    }

    default String wareki(LocalDate d) {
        return d == null ? null : WAREKI.format(d);
    }
}
