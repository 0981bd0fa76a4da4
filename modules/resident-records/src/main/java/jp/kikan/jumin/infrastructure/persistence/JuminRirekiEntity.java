package jp.kikan.jumin.infrastructure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.jumin.domain.Gaikokujin;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.IdoKiroku;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminShubetsu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.jumin.domain.Seinengappi;
import jp.kikan.jumin.domain.Shimei;

/** One immutable version row (jumin_rireki). Insert-only: the table refuses UPDATE and DELETE. */
@Entity
@Table(name = "jumin_rireki")
@IdClass(JuminRirekiId.class)
public class JuminRirekiEntity extends PanacheEntityBase {
    @Id @Column(name = "lg_code") public String lgCode;
    @Id public String atenabango;
    @Id public Integer rirekibango;
    @Column(name = "ido_id") public UUID idoId;
    public String setaibango;
    @Column(name = "jumin_shubetsu") public String juminShubetsu;
    @Column(name = "jumin_jotai") public String juminJotai;
    public String shimei;
    @Column(name = "shimei_furigana") public String shimeiFurigana;
    @Column(name = "uji_nihonjin") public String ujiNihonjin;
    @Column(name = "na_nihonjin") public String naNihonjin;
    public String kyuji;
    @Column(name = "kyuji_furigana") public String kyujiFurigana;
    public LocalDate seinengappi;
    @Column(name = "seinengappi_fushohyoki") public String seinengappiFushohyoki;
    public String seibetsu;
    public boolean setainushi;
    public String zokugara;
    @Column(name = "kisai_junjo") public int kisaiJunjo;
    public String honseki;
    public String hittosha;
    @Column(name = "jusho_shikuchosonkodo") public String jushoShikuchosonkodo;
    @Column(name = "jusho_choazakodo") public String jushoChoazakodo;
    @Column(name = "jusho_yubinbango") public String jushoYubinbango;
    @Column(name = "jusho_todofuken") public String jushoTodofuken;
    @Column(name = "jusho_shikugunchosonmei") public String jushoShikugunchosonmei;
    @Column(name = "jusho_choaza") public String jushoChoaza;
    @Column(name = "jusho_banchigohyoki") public String jushoBanchigohyoki;
    @Column(name = "jusho_katagaki") public String jushoKatagaki;
    @Column(name = "jusho_katagaki_furigana") public String jushoKatagakiFurigana;
    public LocalDate jumintonattanengappi;
    public LocalDate jushoosadametanengappi;
    public String tennyumaejusho;
    public String tenshutsusakijusho;
    public String kojinbango;
    public String juminhyokodo;
    @Column(name = "shimei_gaikokujinromaji") public String shimeiGaikokujinromaji;
    @Column(name = "shimei_gaikokujinkanji") public String shimeiGaikokujinkanji;
    public String tsusho;
    @Column(name = "tsusho_furigana") public String tsushoFurigana;
    @Column(name = "kokuseki_chiiki") public String kokusekiChiiki;
    public String hodai30jono45kubun;
    public String zairyushikaku;
    public String zairyukikan;
    @Column(name = "zairyukikan_manryonengappi") public LocalDate zairyukikanManryonengappi;
    public String zairyukadobango;
    public String idojiyu;
    public LocalDate idonengappi;
    public LocalDate todokedenengappi;
    public LocalDate shorinengappi;
    @Column(name = "shori_nichiji") public Instant shoriNichiji;
    @Column(name = "torikeshi_rirekibango") public Integer torikeshiRirekibango;
    public String sosasha;
    public String biko;

    public static JuminRirekiEntity of(String lgCode, JuminVersion v) {
        JuminRirekiEntity e = new JuminRirekiEntity();
        JuminKisai k = v.kisai();
        e.lgCode = lgCode;
        e.atenabango = v.atenabango();
        e.rirekibango = v.rirekibango();
        e.setaibango = k.setaibango();
        e.juminShubetsu = k.shubetsu().code();
        e.juminJotai = k.jotai().code();
        Shimei s = k.shimei();
        e.shimei = s.shimei();
        e.shimeiFurigana = s.furigana();
        e.ujiNihonjin = s.ujiNihonjin();
        e.naNihonjin = s.naNihonjin();
        e.kyuji = s.kyuji();
        e.kyujiFurigana = s.kyujiFurigana();
        e.seinengappi = k.seinengappi().date();
        e.seinengappiFushohyoki = k.seinengappi().fushohyoki();
        e.seibetsu = k.seibetsu();
        e.setainushi = k.setainushi();
        e.zokugara = k.zokugara();
        e.kisaiJunjo = k.kisaiJunjo();
        e.honseki = k.honseki();
        e.hittosha = k.hittosha();
        Jusho j = k.jusho();
        e.jushoShikuchosonkodo = j.shikuchosonkodo();
        e.jushoChoazakodo = j.choazakodo();
        e.jushoYubinbango = j.yubinbango();
        e.jushoTodofuken = j.todofuken();
        e.jushoShikugunchosonmei = j.shikugunchosonmei();
        e.jushoChoaza = j.choaza();
        e.jushoBanchigohyoki = j.banchigohyoki();
        e.jushoKatagaki = j.katagaki();
        e.jushoKatagakiFurigana = j.katagakiFurigana();
        e.jumintonattanengappi = k.jumintonattanengappi();
        e.jushoosadametanengappi = k.jushoosadametanengappi();
        e.tennyumaejusho = k.tennyumaejusho();
        e.tenshutsusakijusho = k.tenshutsusakijusho();
        e.kojinbango = k.kojinbango();
        e.juminhyokodo = k.juminhyokodo();
        Gaikokujin g = k.gaikokujin();
        if (g != null) {
            e.shimeiGaikokujinromaji = g.shimeiRomaji();
            e.shimeiGaikokujinkanji = g.shimeiKanji();
            e.tsusho = g.tsusho();
            e.tsushoFurigana = g.tsushoFurigana();
            e.kokusekiChiiki = g.kokusekiChiiki();
            e.hodai30jono45kubun = g.hodai30jono45kubun();
            e.zairyushikaku = g.zairyushikaku();
            e.zairyukikan = g.zairyukikan();
            e.zairyukikanManryonengappi = g.zairyukikanManryobi();
            e.zairyukadobango = g.zairyukadobango();
        }
        IdoKiroku i = v.ido();
        e.idoId = i.idoId();
        e.idojiyu = i.idojiyu().label();
        e.idonengappi = i.idonengappi();
        e.todokedenengappi = i.todokedenengappi();
        e.shorinengappi = i.shorinengappi();
        e.shoriNichiji = i.shoriNichiji();
        e.torikeshiRirekibango = i.torikeshiRirekibango();
        e.sosasha = i.sosasha();
        e.biko = i.biko();
        return e;
    }

    public JuminVersion toDomain() {
        JuminShubetsu shubetsu = JuminShubetsu.fromCode(juminShubetsu);
        Gaikokujin g = shubetsu == JuminShubetsu.GAIKOKUJIN
                ? new Gaikokujin(shimeiGaikokujinromaji, shimeiGaikokujinkanji, tsusho, tsushoFurigana, kokusekiChiiki,
                        hodai30jono45kubun, zairyushikaku, zairyukikan, zairyukikanManryonengappi, zairyukadobango)
                : null;
        JuminKisai k = new JuminKisai(setaibango, shubetsu, JuminJotai.fromCode(juminJotai),
                new Shimei(shimei, shimeiFurigana, ujiNihonjin, naNihonjin, kyuji, kyujiFurigana),
                new Seinengappi(seinengappi, seinengappiFushohyoki), seibetsu, setainushi, zokugara, kisaiJunjo,
                honseki, hittosha,
                new Jusho(jushoShikuchosonkodo, jushoChoazakodo, jushoYubinbango, jushoTodofuken,
                        jushoShikugunchosonmei, jushoChoaza, jushoBanchigohyoki, jushoKatagaki, jushoKatagakiFurigana),
                jumintonattanengappi, jushoosadametanengappi, tennyumaejusho, tenshutsusakijusho, kojinbango,
                juminhyokodo, g);
        IdoKiroku i = new IdoKiroku(idoId, IdoJiyu.fromLabel(idojiyu), idonengappi, todokedenengappi, shorinengappi,
                shoriNichiji, sosasha, torikeshiRirekibango, biko);
        return new JuminVersion(atenabango, rirekibango, k, i);
    }
}
