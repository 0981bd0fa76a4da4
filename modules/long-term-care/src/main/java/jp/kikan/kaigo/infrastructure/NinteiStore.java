package jp.kikan.kaigo.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.kaigo.nintei.Dai2goShinsei;
import jp.kikan.kaigo.nintei.Shinsei;
import jp.kikan.kaigo.nintei.ShinseiKubun;
import jp.kikan.kaigo.nintei.Tetsuzuki;
import jp.kikan.kaigo.nintei.TokuteiShippei;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The certification applications and their steps (append-only). Callers hold the person's head locked. */
@ApplicationScoped
public class NinteiStore {

    @Inject
    AgroalDataSource ds;

    private record Head(long id, String atenabango, ShinseiKubun kubun, LocalDate shinseibi, Dai2goShinsei dai2go) {
    }

    public List<Shinsei> shinsei(String lgCode, String atenabango) {
        return load("s.lg_code = ? and s.atenabango = ?", lgCode, atenabango);
    }

    public Optional<Shinsei> find(String lgCode, long shinseiId) {
        List<Shinsei> l = load("s.lg_code = ? and s.shinsei_id = ?", lgCode, shinseiId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The applications of the municipality not yet decided. */
    public List<Shinsei> mikettei(String lgCode) {
        return load("s.lg_code = ? and not exists (select 1 from nintei_tetsuzuki k where k.shinsei_id = s.shinsei_id "
                + "and k.shubetsu = 'kettei')", lgCode);
    }

    private List<Shinsei> load(String where, Object... args) {
        Map<Long, Head> heads = new LinkedHashMap<>();
        Sql.list(ds, "select * from nintei_shinsei s where " + where + " order by s.shinsei_id", rs -> new Head(
                rs.getLong("shinsei_id"), rs.getString("atenabango"), ShinseiKubun.of(rs.getString("shinsei_kubun")),
                Sql.date(rs, "shinseibi"), "dai2go".equals(rs.getString("hihokensha_kubun"))
                        ? new Dai2goShinsei(rs.getString("iryo_hokensha_mei"), rs.getString("iryo_hokensha_bango"),
                                rs.getString("iryo_hoken_kigo_bango"), TokuteiShippei.find(rs.getString("tokutei_shippei")))
                        : null), args).forEach(h -> heads.put(h.id(), h));
        Map<Long, List<Tetsuzuki>> steps = new LinkedHashMap<>();
        heads.keySet().forEach(id -> steps.put(id, new ArrayList<>()));
        if (!heads.isEmpty()) {
            Sql.list(ds, "select t.* from nintei_tetsuzuki t join nintei_shinsei s on s.shinsei_id = t.shinsei_id where " + where
                    + " order by t.shinsei_id, t.seq", rs -> Map.entry(rs.getLong("shinsei_id"), new Tetsuzuki(
                            Tetsuzuki.Shubetsu.of(rs.getString("shubetsu")), Sql.date(rs, "jisshibi"), rs.getString("tantosha"),
                            rs.getString("kekka"), Sql.date(rs, "yuko_kaishibi"), Sql.date(rs, "yuko_shuryobi"),
                            rs.getString("encho_riyu"), Sql.date(rs, "mikomibi"), rs.getString("biko"))), args)
                    .forEach(e -> steps.get(e.getKey()).add(e.getValue()));
        }
        return heads.values().stream().map(h -> new Shinsei(h.id(), h.atenabango(), h.kubun(), h.shinseibi(), steps.get(h.id()),
                h.dai2go()))
                .toList();
    }

    /** Records an application; {@code dai2go} is the 第2号's 医療保険者 and 特定疾病 (null for a 第1号). */
    public long insert(String lgCode, String atenabango, ShinseiKubun kubun, LocalDate shinseibi, Dai2goShinsei dai2go,
            Instant now, String actor) {
        return Sql.one(ds, "insert into nintei_shinsei (lg_code, atenabango, shinsei_kubun, shinseibi, hihokensha_kubun, "
                + "iryo_hokensha_mei, iryo_hokensha_bango, iryo_hoken_kigo_bango, tokutei_shippei, shori_at, actor) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning shinsei_id", rs -> rs.getLong(1), lgCode, atenabango,
                kubun.code(), shinseibi, dai2go == null ? "dai1go" : "dai2go", dai2go == null ? null : dai2go.iryoHokenshaMei(),
                dai2go == null ? null : dai2go.iryoHokenshaBango(), dai2go == null ? null : dai2go.kigoBango(),
                dai2go == null ? null : dai2go.tokuteiShippei().code(), now, actor).orElseThrow();
    }

    public void append(long shinseiId, Tetsuzuki t, LocalDate shorinengappi, Instant now) {
        Sql.update(ds, "insert into nintei_tetsuzuki (shinsei_id, seq, shubetsu, jisshibi, tantosha, kekka, yuko_kaishibi, "
                + "yuko_shuryobi, encho_riyu, mikomibi, biko, shorinengappi, shori_at) select ?, coalesce(max(seq), 0) + 1, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from nintei_tetsuzuki where shinsei_id = ?", shinseiId, t.shubetsu().code(),
                t.jisshibi(), t.tantosha(), t.kekka(), t.yukoKaishibi(), t.yukoShuryobi(), t.enchoRiyu(), t.mikomibi(), t.biko(),
                shorinengappi, now, shinseiId);
    }
}
