package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.shikaku.domain.ShikakuIdo;
import jp.kikan.kokuho.shikaku.domain.ShikakuJiyu;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.shikaku.IdoKubun;

/** The qualification history (append-only) and the 届出 on record. Callers hold the person's head locked. */
@ApplicationScoped
public class ShikakuStore {

    @Inject
    AgroalDataSource ds;

    /** An entry as stored; {@code tenshutsusaki} the destination of a 県内転居. */
    public record Entry(int rirekibango, ShikakuIdo ido, LocalDate shorinengappi, String legalBasis, Long henkoBango,
            Long todokedeId, String todokedeShubetsu, String tenshutsusaki) {
    }

    private static final String ENTRIES = "select r.*, t.todokede_shubetsu, k.tenshutsusaki_shikuchosonkodo from shikaku_rireki r "
            + "left join shikaku_todokede t on t.todokede_id = r.todokede_id "
            + "left join shikaku_kennai_ido k on r.shikaku_ido_jiyu = 'kennai_ido' and k.lg_code = r.lg_code "
            + "and k.atenabango = r.atenabango and k.idonengappi = r.idonengappi where r.lg_code = ? ";

    public List<Entry> entries(String lgCode, String atenabango) {
        return Sql.list(ds, ENTRIES + "and r.atenabango = ? order by r.rirekibango", ShikakuStore::row, lgCode, atenabango)
                .stream().map(Row::entry).toList();
    }

    /** {@link #entries} of each of these persons in one read (absent: no entry). */
    public Map<String, List<Entry>> entries(String lgCode, Collection<String> atenabango) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        if (atenabango.isEmpty()) {
            return out;
        }
        for (Row r : Sql.list(ds, ENTRIES + "and r.atenabango = any (?) order by r.atenabango, r.rirekibango",
                ShikakuStore::row, lgCode, atenabango.toArray(String[]::new))) {
            out.computeIfAbsent(r.atenabango(), x -> new ArrayList<>()).add(r.entry());
        }
        return out;
    }

    private record Row(String atenabango, Entry entry) {
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        ShikakuJiyu j = ShikakuJiyu.of(rs.getString("shikaku_ido_jiyu"));
        LocalDate bi = j.kubun() == IdoKubun.SHUTOKU ? Sql.date(rs, "shikaku_shutokubi")
                : j.kubun() == IdoKubun.SOSHITSU ? Sql.date(rs, "shikaku_soshitsubi") : null;
        long hb = rs.getLong("henko_bango");
        Long henko = rs.wasNull() ? null : hb;
        long tid = rs.getLong("todokede_id");
        Long todokede = rs.wasNull() ? null : tid;
        return new Row(rs.getString("atenabango"), new Entry(rs.getInt("rirekibango"),
                ShikakuIdo.of(j, bi, Sql.date(rs, "idonengappi")), Sql.date(rs, "shorinengappi"), rs.getString("legal_basis"),
                henko, todokede, rs.getString("todokede_shubetsu"), rs.getString("tenshutsusaki_shikuchosonkodo")));
    }

    public void append(String lgCode, String atenabango, ShikakuIdo ido, LocalDate shorinengappi, Long henkoBango,
            Long todokedeId, Instant now, String actor) {
        ShikakuJiyu j = ido.jiyu();
        Sql.update(ds, "insert into shikaku_rireki (lg_code, atenabango, rirekibango, ido_kubun, shikaku_ido_jiyu, "
                + "shikaku_shutokubi, shikaku_soshitsubi, idonengappi, shorinengappi, legal_basis, henko_bango, todokede_id, "
                + "shori_at, actor) select ?, ?, coalesce(max(rirekibango), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "from shikaku_rireki where lg_code = ? and atenabango = ?",
                lgCode, atenabango, j.kubun().code(), j.code(), ido.shutoku() ? ido.shikakuBi() : null,
                ido.soshitsu() ? ido.shikakuBi() : null, ido.idonengappi(), shorinengappi, j.legalBasis(), henkoBango,
                todokedeId, now, actor, lgCode, atenabango);
    }

    /** A 県内転居 as the clerk entered it (its history entry is appended with {@link #append}). */
    public void recordKennaiIdo(String lgCode, String atenabango, LocalDate tenshutsubi, String tenshutsusaki,
            LocalDate todokedenengappi, String biko, Instant now, String actor) {
        Sql.update(ds, "insert into shikaku_kennai_ido (lg_code, atenabango, idonengappi, tenshutsusaki_shikuchosonkodo, "
                + "todokedenengappi, biko, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?)", lgCode, atenabango, tenshutsubi,
                tenshutsusaki, todokedenengappi, biko, now, actor);
    }

    /** The 届出 types on record for the person, in the order received. */
    public List<String> todokede(String lgCode, String atenabango) {
        return Sql.list(ds, "select todokede_shubetsu from shikaku_todokede where lg_code = ? and atenabango = ? "
                + "order by todokede_id", rs -> rs.getString(1), lgCode, atenabango);
    }

    public long recordTodokede(String lgCode, String atenabango, String shubetsu, LocalDate idonengappi,
            LocalDate todokedenengappi, String biko, Instant now, String actor) {
        return Sql.one(ds, "insert into shikaku_todokede (lg_code, atenabango, todokede_shubetsu, idonengappi, "
                + "todokedenengappi, biko, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?) returning todokede_id",
                rs -> rs.getLong(1), lgCode, atenabango, shubetsu, idonengappi, todokedenengappi, biko, now, actor)
                .orElseThrow();
    }
}
