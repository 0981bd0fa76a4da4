package jp.kikan.kaigo.infrastructure;

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
import java.util.Optional;
import jp.kikan.kaigo.shikaku.domain.HihokenshaKubun;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuJiyu;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The qualification history (append-only), the 届出 on record and the 被保険者番号. Callers hold the person's head
 * locked.
 */
@ApplicationScoped
public class ShikakuStore {

    @Inject
    AgroalDataSource ds;

    /** An entry as stored, with the 届出 it came from (if any). */
    public record Entry(int rirekibango, ShikakuIdo ido, LocalDate shorinengappi, String legalBasis, Long henkoBango,
            String todokedeShubetsu, String shisetsuMei, String shisetsuShozaichi) {
    }

    public List<Entry> entries(String lgCode, String atenabango) {
        return Sql.list(ds, "select r.*, t.todokede_shubetsu, t.shisetsu_mei, t.shisetsu_shozaichi from shikaku_rireki r "
                + "left join shikaku_todokede t on t.todokede_id = r.todokede_id where r.lg_code = ? and r.atenabango = ? "
                + "order by r.rirekibango", rs -> {
                    long hb = rs.getLong("henko_bango");
                    Long henko = rs.wasNull() ? null : hb;
                    return new Entry(rs.getInt("rirekibango"), new ShikakuIdo(ShikakuJiyu.of(rs.getString("shikaku_ido_jiyu")),
                            Sql.date(rs, "koryokubi"), Sql.date(rs, "idonengappi")), Sql.date(rs, "shorinengappi"),
                            rs.getString("legal_basis"), henko, rs.getString("todokede_shubetsu"), rs.getString("shisetsu_mei"),
                            rs.getString("shisetsu_shozaichi"));
                }, lgCode, atenabango);
    }

    public ShikakuRireki rireki(String lgCode, String atenabango) {
        return new ShikakuRireki(entries(lgCode, atenabango).stream().map(Entry::ido).toList());
    }

    /** The histories of these persons (one read for a batch of the annual run), by 宛名番号; none recorded: absent. */
    public Map<String, ShikakuRireki> rireki(String lgCode, Collection<String> atenabango) {
        Map<String, List<ShikakuIdo>> idos = new LinkedHashMap<>();
        if (!atenabango.isEmpty()) {
            Sql.list(ds, "select atenabango, shikaku_ido_jiyu, koryokubi, idonengappi from shikaku_rireki where lg_code = ? "
                    + "and atenabango = any (string_to_array(?, ',')) order by atenabango, rirekibango",
                    rs -> Map.entry(rs.getString(1), new ShikakuIdo(ShikakuJiyu.of(rs.getString(2)), Sql.date(rs, "koryokubi"),
                            Sql.date(rs, "idonengappi"))), lgCode, String.join(",", atenabango))
                    .forEach(e -> idos.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        Map<String, ShikakuRireki> out = new LinkedHashMap<>();
        idos.forEach((k, v) -> out.put(k, new ShikakuRireki(v)));
        return out;
    }

    public void append(String lgCode, String atenabango, ShikakuIdo ido, LocalDate shorinengappi, Long henkoBango,
            Long todokedeId, Instant now, String actor) {
        append(lgCode, atenabango, ido, shorinengappi, henkoBango, todokedeId, null, now, actor);
    }

    /**
     * Appends an entry with its 被保険者区分 as the history gives it (stored for the annual run's SQL, which reads the
     * 第1号 periods alone) and, for a 第2号 entry, the 認定申請 it was recorded from.
     */
    public void append(String lgCode, String atenabango, ShikakuIdo ido, LocalDate shorinengappi, Long henkoBango,
            Long todokedeId, Long ninteiShinseiId, Instant now, String actor) {
        ShikakuJiyu j = ido.jiyu();
        List<HihokenshaKubun> kubun = rireki(lgCode, atenabango).with(List.of(ido)).kubun();
        Sql.update(ds, "insert into shikaku_rireki (lg_code, atenabango, rirekibango, ido_kubun, shikaku_ido_jiyu, koryokubi, "
                + "idonengappi, shorinengappi, legal_basis, henko_bango, todokede_id, hihokensha_kubun, nintei_shinsei_id, "
                + "shori_at, actor) select ?, ?, coalesce(max(rirekibango), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "from shikaku_rireki where lg_code = ? and atenabango = ?",
                lgCode, atenabango, j.kubun().code(), j.code(), ido.koryokubi(), ido.idonengappi(), shorinengappi,
                j.legalBasis(), henkoBango, todokedeId, kubun.get(kubun.size() - 1).code(), ninteiShinseiId, now, actor,
                lgCode, atenabango);
    }

    public long recordTodokede(String lgCode, String atenabango, String shubetsu, LocalDate idonengappi,
            LocalDate todokedenengappi, String shisetsuMei, String shisetsuShozaichi, String biko, Instant now, String actor) {
        return Sql.one(ds, "insert into shikaku_todokede (lg_code, atenabango, todokede_shubetsu, idonengappi, todokedenengappi, "
                + "shisetsu_mei, shisetsu_shozaichi, biko, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "returning todokede_id", rs -> rs.getLong(1), lgCode, atenabango, shubetsu, idonengappi, todokedenengappi,
                shisetsuMei, shisetsuShozaichi, biko, now, actor).orElseThrow();
    }

    public Optional<String> hihokenshaBango(String lgCode, String atenabango) {
        return Sql.one(ds, "select hihokensha_bango from hihokensha_bango where lg_code = ? and atenabango = ?",
                rs -> rs.getString(1), lgCode, atenabango);
    }

    /**
     * Issues the person's 被保険者番号 unless one was issued before (the number the 被保険者証 of 介護保険法第12条
     * carries — article from general knowledge): 10 digits, the next of the municipality's counter, never reused. The
     * standard's numbering rule (機能ID 0230275 被保険者番号自動付番) was not found; see standard-specs/long-term-care.
     */
    public String issueBango(String lgCode, String atenabango, Instant now) {
        Optional<String> had = hihokenshaBango(lgCode, atenabango);
        if (had.isPresent()) {
            return had.get();
        }
        long next = Sql.one(ds, "insert into hihokensha_bango_saiban as s (lg_code, last_bango) values (?, 1) "
                + "on conflict (lg_code) do update set last_bango = s.last_bango + 1 returning last_bango",
                rs -> rs.getLong(1), lgCode).orElseThrow();
        String bango = String.format("%010d", next);
        Sql.update(ds, "insert into hihokensha_bango (lg_code, atenabango, hihokensha_bango, hakko_at) values (?, ?, ?, ?)",
                lgCode, atenabango, bango, now);
        return bango;
    }

    /**
     * The residents born on or before {@code born} never qualified here as 第1号, by 宛名番号 (the 65歳到達 run's
     * candidates; a 第2号被保険者 among them becomes 第1号).
     */
    public List<String> bornBy(String lgCode, LocalDate born) {
        return Sql.list(ds, "select atenabango from jumin j where lg_code = ? and jumin_jotai = 'jumin' and seinengappi <= ? "
                + "and not exists (select 1 from shikaku_rireki r where r.lg_code = j.lg_code and r.atenabango = j.atenabango "
                + "and r.ido_kubun = 'shutoku' and r.hihokensha_kubun = 'dai1go') order by atenabango", rs -> rs.getString(1), lgCode, born);
    }
}
