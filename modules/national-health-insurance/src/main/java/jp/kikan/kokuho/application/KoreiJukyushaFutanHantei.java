package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.client.chihozei.model.ShotokuJoho;
import jp.kikan.kokuho.infrastructure.ShotokuJohoClient;
import jp.kikan.kokuho.shikaku.domain.KoreiJukyushaFutanPolicy;
import jp.kikan.kokuho.shikaku.domain.ShikakuKakuninshoPolicy;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.santei.ParameterFiles;

/**
 * The 一部負担金の割合 of a 高齢受給者 judged from the household ({@link KoreiJukyushaFutanPolicy}): the members of the
 * person's 住民票の世帯 who are insured on the day and in their 高齢受給者 months, with their 課税所得 and 総所得金額等 of the
 * 年度 that decides (local tax's income information, through the client generated from its contract).
 */
@ApplicationScoped
public class KoreiJukyushaFutanHantei {

    private static final String PARAMETER = "korei_jukyusha_futan";

    private final ParameterFiles files = new ParameterFiles(new ObjectMapper(new YAMLFactory()), "parameters/kokuho/");

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    ShotokuJohoClient shotoku;

    /** @param yomikomi the members whose income was read (the caller logs them) */
    public record Kekka(ShikakuKakuninshoPolicy.Futan futan, KoreiJukyushaFutanPolicy.Hantei hantei, List<String> yomikomi) {
    }

    public Kekka hantei(String lgCode, Jumin person, LocalDate on) {
        int nendoNow = on.getMonthValue() >= 4 ? on.getYear() : on.getYear() - 1;
        int kirikae = value(nendoNow).get("kirikae_tsuki").asInt();
        int nendo = KoreiJukyushaFutanPolicy.hanteiNendo(on, kirikae);
        JsonNode v = value(nendo);
        long kisoKojo = ParameterFiles.value(files.kuni(), "kiso_kojo", nendo, "legal_basis", "国民健康保険").value().asLong();
        KoreiJukyushaFutanPolicy.Kijun kijun = new KoreiJukyushaFutanPolicy.Kijun(v.get("kazei_shotoku").asLong(),
                v.get("kiso_kojogo_gokei").asLong(), kisoKojo, kirikae);
        List<Jumin> setai = juminStore.setai(lgCode, person.setaibango()).stream()
                .filter(m -> m.atenabango().equals(person.atenabango()) || koreiJukyusha(lgCode, m, on)).toList();
        List<String> ids = setai.stream().map(Jumin::atenabango).toList();
        Map<String, ShotokuJoho> s = shotoku.shotokuJoho(lgCode, ids, nendo);
        List<KoreiJukyushaFutanPolicy.Taishosha> taisho = ids.stream().map(a -> taishosha(a, s.get(a))).toList();
        KoreiJukyushaFutanPolicy.Hantei h = KoreiJukyushaFutanPolicy.hantei(taisho, kijun);
        return new Kekka(ShikakuKakuninshoPolicy.futan(person.seinengappi(), on, h.genekinami()), h, ids);
    }

    /** Insured on the day and in the months from the one after the 70歳到達日. */
    private boolean koreiJukyusha(String lgCode, Jumin m, LocalDate on) {
        return m.jumin() && !on.isBefore(ShikakuKakuninshoPolicy.koreiJukyuKaishi(m.seinengappi()))
                && HihokenshaShokai.hihokensha(m, rirekis.rireki(lgCode, m.atenabango()), on);
    }

    private static KoreiJukyushaFutanPolicy.Taishosha taishosha(String atenabango, ShotokuJoho s) {
        boolean known = s != null && !Boolean.TRUE.equals(s.getMishinkoku());
        return new KoreiJukyushaFutanPolicy.Taishosha(atenabango, known ? s.getKazeiSoshotokuKingaku() : null,
                known ? s.getSoShotokuKingakuTo() : null);
    }

    private JsonNode value(int nendo) {
        return ParameterFiles.value(files.kuni(), PARAMETER, nendo, "legal_basis", "国民健康保険").value();
    }
}
