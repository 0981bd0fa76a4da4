package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.shotoku.domain.KyuyoHokokuCsv;
import jp.kikan.chihozei.shotoku.domain.HokokuTotsugoPolicy;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 給与支払報告書 rows (their files: {@link HokokuFileStore}) and each person's totals for a 年度. */
@ApplicationScoped
public class KyuyoHokokuStore {

    @Inject
    AgroalDataSource ds;

    public void record(String lgCode, String fileId, KyuyoHokokuCsv.Gyo g, HokokuTotsugoPolicy.Kekka k) {
        Sql.update(ds, "insert into kyuyo_hokoku (lg_code, file_id, line_no, nendo, atenabango, totsugo, shiharaisha_meisho, "
                + "shimei, shimei_furigana, seinengappi, jusho, kyuyo_shunyu, shakai_hokenryo, shokibo_kigyo_kyosai_kakekin, "
                + "shiteibango, futsu_choshu_riyu) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, fileId, g.lineNo(), g.nendo(), k.atenabango(),
                k.hoho().name().toLowerCase(java.util.Locale.ROOT), g.shiharaishaMeisho(), g.shimei(), g.shimeiFurigana(),
                g.seinengappi(), g.jusho(), g.kyuyoShunyu(), g.shakaiHokenryo(), g.shokiboKigyoKyosaiKakekin(),
                g.shiteibango(), g.futsuChoshuRiyu());
    }

    /**
     * The reports of one taxpayer added up, and the employer who collects the tax from the salary (null: none does,
     * every report carries a 普通徴収切替理由).
     */
    public record Gokei(int ken, long kyuyoShunyu, long shakaiHokenryo, long shokiboKigyoKyosaiKakekin,
            TokubetsuChoshuGimusha gimusha) {
    }

    /**
     * The columns of {@link #gokei}: sums over the reports, and the 特別徴収 employer — the report with the largest
     * salary of those without a 普通徴収切替理由. Only one employer collects (全国統一基準 普B: 他の事業所で特別徴収); that
     * the 主たる給与 is the one is Kikan's choice where two reports claim it, to be confirmed with the city.
     */
    static final String GOKEI_COLUMNS = "count(*), coalesce(sum(kyuyo_shunyu), 0), coalesce(sum(shakai_hokenryo), 0), "
            + "coalesce(sum(shokibo_kigyo_kyosai_kakekin), 0), "
            + "(array_agg(shiharaisha_meisho order by kyuyo_shunyu desc, file_id, line_no) filter (where futsu_choshu_riyu is null))[1], "
            + "(array_agg(coalesce(shiteibango, '') order by kyuyo_shunyu desc, file_id, line_no) filter (where futsu_choshu_riyu is null))[1]";

    static Gokei gokei(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
        String meisho = rs.getString(from + 4);
        String bango = rs.getString(from + 5);
        return new Gokei(rs.getInt(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
                meisho == null ? null : new TokubetsuChoshuGimusha(meisho, bango == null || bango.isEmpty() ? null : bango));
    }

    public Optional<Gokei> gokei(String lgCode, String atenabango, int nendo) {
        return Sql.one(ds, "select " + GOKEI_COLUMNS + " from kyuyo_hokoku_kazei where lg_code = ? and taishosha = ? "
                + "and nendo = ?", rs -> gokei(rs, 1), lgCode, atenabango, nendo).filter(g -> g.ken() > 0);
    }

    public record Mitotsugo(String fileId, int lineNo, String shiharaishaMeisho, String shimei, String shimeiFurigana,
            String seinengappi, String jusho, long kyuyoShunyu) {
    }

    public List<Mitotsugo> mitotsugo(String lgCode, int nendo, int limit) {
        return Sql.list(ds, "select file_id, line_no, shiharaisha_meisho, shimei, shimei_furigana, seinengappi, jusho, "
                + "kyuyo_shunyu from kyuyo_hokoku k where lg_code = ? and nendo = ? and atenabango is null "
                + "and " + HokokuTotsugoStore.NOT_ASSIGNED.formatted("kyuyo") + " order by file_id, line_no limit ?",
                rs -> new Mitotsugo(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Sql.date(rs, "seinengappi").toString(), rs.getString(7), rs.getLong(8)),
                lgCode, nendo, limit);
    }
}
