package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.shotoku.domain.HokokuTotsugoPolicy;
import jp.kikan.chihozei.shotoku.domain.NenkinHokokuCsv;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 公的年金等支払報告書 rows (their files: {@link HokokuFileStore}) and each person's totals for a 年度. */
@ApplicationScoped
public class KotekiNenkinHokokuStore {

    @Inject
    AgroalDataSource ds;

    public void record(String lgCode, String fileId, NenkinHokokuCsv.Gyo g, HokokuTotsugoPolicy.Kekka k) {
        Sql.update(ds, "insert into koteki_nenkin_hokoku (lg_code, file_id, line_no, nendo, atenabango, totsugo, "
                + "shiharaisha_meisho, shimei, shimei_furigana, seinengappi, jusho, koteki_nenkin_shunyu, shakai_hokenryo) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, fileId, g.lineNo(), g.nendo(), k.atenabango(),
                k.hoho().name().toLowerCase(java.util.Locale.ROOT), g.shiharaishaMeisho(), g.shimei(), g.shimeiFurigana(),
                g.seinengappi(), g.jusho(), g.kotekiNenkinShunyu(), g.shakaiHokenryo());
    }

    /** The pensions of one person added up (several payers: 日本年金機構 and a 共済組合, …). */
    public record Gokei(int ken, long kotekiNenkinShunyu, long shakaiHokenryo) {
    }

    static final String GOKEI_COLUMNS = "count(*), coalesce(sum(koteki_nenkin_shunyu), 0), coalesce(sum(shakai_hokenryo), 0)";

    static Gokei gokei(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
        return new Gokei(rs.getInt(from), rs.getLong(from + 1), rs.getLong(from + 2));
    }

    public Optional<Gokei> gokei(String lgCode, String atenabango, int nendo) {
        return Sql.one(ds, "select " + GOKEI_COLUMNS + " from koteki_nenkin_hokoku_kazei where lg_code = ? "
                + "and taishosha = ? and nendo = ?", rs -> gokei(rs, 1), lgCode, atenabango, nendo).filter(g -> g.ken() > 0);
    }

    public record Mitotsugo(String fileId, int lineNo, String shiharaishaMeisho, String shimei, String shimeiFurigana,
            String seinengappi, String jusho, long kotekiNenkinShunyu) {
    }

    public List<Mitotsugo> mitotsugo(String lgCode, int nendo, int limit) {
        return Sql.list(ds, "select file_id, line_no, shiharaisha_meisho, shimei, shimei_furigana, seinengappi, jusho, "
                + "koteki_nenkin_shunyu from koteki_nenkin_hokoku k where lg_code = ? and nendo = ? and atenabango is null "
                + "and " + HokokuTotsugoStore.NOT_ASSIGNED.formatted("koteki_nenkin") + " order by file_id, line_no limit ?",
                rs -> new Mitotsugo(rs.getString(1), rs.getInt(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), Sql.date(rs, "seinengappi").toString(),
                        rs.getString(7), rs.getLong(8)),
                lgCode, nendo, limit);
    }
}
