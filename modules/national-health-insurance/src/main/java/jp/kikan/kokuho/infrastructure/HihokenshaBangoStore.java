package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * 被保険者記号・番号・枝番 (tables kokuho_setai_bango, kokuho_hihokensha_bango): the 番号 is given per household the first
 * time one of its members needs it, from the municipality's counter; the 枝番 per person within the 番号 (01, 02 …, the
 * individual number since 令和3年: 国民健康保険法施行規則 as amended by 令和2年厚生労働省令第208号 — article from general
 * knowledge). A person keeps the number first given.
 */
@ApplicationScoped
public class HihokenshaBangoStore {

    @Inject
    AgroalDataSource ds;

    /** 記号・番号・枝番; {@link #hyoki()} as printed (記号　番号（枝番 nn）). */
    public record Bango(String kigo, String bango, String edaban) {
        public String hyoki() {
            return kigo + "　" + bango + "（枝番 " + edaban + "）";
        }
    }

    public Optional<Bango> find(String lgCode, String atenabango) {
        return Sql.one(ds, "select kigo, bango, edaban from kokuho_hihokensha_bango where lg_code = ? and atenabango = ?",
                rs -> new Bango(rs.getString(1), rs.getString(2), rs.getString(3)), lgCode, atenabango);
    }

    /** The person's number, given now if it has none (the household's 番号, given now if the household has none). */
    public Bango assign(String lgCode, String atenabango, String setaibango, String kigo, int keta, Instant now) {
        // one household at a time: two members asked for at once must not take the same 枝番
        Sql.one(ds, "select pg_advisory_xact_lock(hashtext(?))", rs -> 0, "kokuho-bango:" + lgCode + ":" + setaibango);
        Optional<Bango> mine = find(lgCode, atenabango);
        if (mine.isPresent()) {
            return mine.get();
        }
        String bango = Sql.one(ds, "select bango from kokuho_setai_bango where lg_code = ? and setaibango = ? and kigo = ?",
                rs -> rs.getString(1), lgCode, setaibango, kigo).orElseGet(() -> {
                    long serial = Sql.one(ds, "insert into kokuho_bango_saiban (lg_code, last_value) values (?, 1) "
                            + "on conflict (lg_code) do update set last_value = kokuho_bango_saiban.last_value + 1 "
                            + "returning last_value", rs -> rs.getLong(1), lgCode).orElseThrow();
                    String b = String.format("%0" + keta + "d", serial);
                    Sql.update(ds, "insert into kokuho_setai_bango (lg_code, setaibango, kigo, bango, assigned_at) "
                            + "values (?, ?, ?, ?, ?)", lgCode, setaibango, kigo, b, now);
                    return b;
                });
        int next = Sql.one(ds, "select coalesce(max(edaban::int), 0) + 1 from kokuho_hihokensha_bango "
                + "where lg_code = ? and kigo = ? and bango = ?", rs -> rs.getInt(1), lgCode, kigo, bango).orElse(1);
        Bango b = new Bango(kigo, bango, String.format("%02d", next));
        Sql.update(ds, "insert into kokuho_hihokensha_bango (lg_code, atenabango, kigo, bango, edaban, assigned_at) "
                + "values (?, ?, ?, ?, ?, ?)", lgCode, atenabango, kigo, bango, b.edaban(), now);
        return b;
    }
}
