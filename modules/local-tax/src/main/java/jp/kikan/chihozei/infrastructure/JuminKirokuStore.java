package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.client.jumin.model.RenkeiJumin;
import jp.kikan.chihozei.nozeigimusha.domain.JuminKirokuVersion;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The residents' changes taken from the resident records feed, and the taxpayers' heads they keep current.
 * Both statements are idempotent: a change already taken (same 変更番号) adds nothing, and a head only moves
 * forward to a higher 変更番号 — a snapshot re-sent after a diff never moves a person back to an older version.
 */
@ApplicationScoped
public class JuminKirokuStore {

    @Inject
    AgroalDataSource ds;

    @Inject
    TaxJson json;

    public void apply(RenkeiJumin j, Instant now) {
        String lg = j.getShikuchosonkodo();
        LocalDate kaishi = j.getJumintonattanengappi() != null ? j.getJumintonattanengappi()
                : j.getGaikokujinjumintonattanengappi();
        boolean shien = Boolean.TRUE.equals(j.getShienSochiTaisho());
        Sql.update(ds, "insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, rirekibango, jumin_jotai, "
                + "idojiyu, idonengappi, jumin_kaishibi, shien_sochi_taisho, item, torikomi_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                lg, j.getAtenabango(), j.getHenkoBango(), j.getHenkoShubetsu().value(), j.getRirekibango(),
                j.getJuminJotai().value(), j.getIdojiyu(), j.getIdonengappi(), kaishi, shien, new Sql.Json(json.write(j)), now);
        Sql.update(ds, "insert into nozeigimusha as n (lg_code, atenabango, kubun, henko_bango, shimei, shimei_furigana, "
                + "seinengappi, seibetsu, jusho, jumin_jotai, shien_sochi_taisho, kana_key, kojinbango) "
                + "values (?, ?, 'jumin', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (lg_code, atenabango) do update set "
                + "henko_bango = excluded.henko_bango, shimei = excluded.shimei, shimei_furigana = excluded.shimei_furigana, "
                + "seinengappi = excluded.seinengappi, seibetsu = excluded.seibetsu, jusho = excluded.jusho, "
                + "jumin_jotai = excluded.jumin_jotai, shien_sochi_taisho = excluded.shien_sochi_taisho, "
                + "kana_key = excluded.kana_key, kojinbango = coalesce(excluded.kojinbango, n.kojinbango) "
                + "where n.kubun = 'jumin' and n.henko_bango < excluded.henko_bango",
                lg, j.getAtenabango(), j.getHenkoBango(), j.getShimei(), j.getShimeiFurigana(), j.getSeinengappi(),
                j.getSeibetsu() == null ? null : j.getSeibetsu().value(), jusho(j), j.getJuminJotai().value(), shien,
                j.getShimeiFurigana(), j.getKojinbango());
    }

    public List<JuminKirokuVersion> versions(String lgCode, String atenabango) {
        return Sql.list(ds, "select henko_bango, jumin_jotai, idonengappi, jumin_kaishibi, henko_shubetsu from jumin_kiroku "
                + "where lg_code = ? and atenabango = ? order by henko_bango",
                rs -> new JuminKirokuVersion(rs.getLong("henko_bango"), rs.getString("jumin_jotai"),
                        Sql.date(rs, "idonengappi"), Sql.date(rs, "jumin_kaishibi"),
                        "shien_sochi".equals(rs.getString("henko_shubetsu"))),
                lgCode, atenabango);
    }

    /** The address as one line, as printed (都道府県 市区町村 町字 番地 方書). */
    static String jusho(RenkeiJumin j) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {j.getJushoTodofuken(), j.getJushoShikugunchosonmei(), j.getJushoChoaza(),
                j.getJushoBanchigohyoki()}) {
            if (part != null) {
                sb.append(part);
            }
        }
        if (j.getJushoKatagaki() != null) {
            sb.append('　').append(j.getJushoKatagaki());
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
