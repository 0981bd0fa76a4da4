package jp.kikan.jumin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kikan.jumin.application.shien.ShienSochi;
import jp.kikan.jumin.application.shien.ShienSochiRepository;
import org.hibernate.Session;

@ApplicationScoped
public class JdbcShienSochiRepository implements ShienSochiRepository {

    private static final String SELECT = "select s.sochi_id, s.atenabango, s.kaishibi, s.shuryoyoteibi, e.shuryobi, s.taisho, s.biko "
            + "from shien_sochi s left join shien_sochi_shuryo e on e.lg_code = s.lg_code and e.sochi_id = s.sochi_id ";

    @Inject
    EntityManager em;

    @Override
    public List<ShienSochi> of(String lgCode, String atenabango) {
        return rows(em.createNativeQuery(SELECT + "where s.lg_code = ?1 and s.atenabango = ?2 order by s.kaishibi")
                .setParameter(1, lgCode).setParameter(2, atenabango).getResultList());
    }

    /**
     * One statement of fixed text (an array parameter, plain JDBC on the transaction's connection): it runs for
     * every search and every 異動, where a query with a list parameter would be re-planned, and would flush the
     * session, each time.
     */
    @Override
    public Set<String> blocked(String lgCode, Collection<String> atenabango, String process, LocalDate day) {
        if (atenabango.isEmpty()) {
            return Set.of();
        }
        List<ShienSochi> measures = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "where s.lg_code = ? and s.atenabango = any(?)")) {
                ps.setString(1, lgCode);
                ps.setArray(2, c.createArrayOf("varchar", atenabango.toArray()));
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)});
                    }
                }
                return rows(rows);
            }
        });
        Set<String> out = new HashSet<>();
        for (ShienSochi s : measures) {
            if (process == null ? s.isNotEndedOn(day) : s.blocks(process, day)) {
                out.add(s.atenabango());
            }
        }
        return out;
    }

    @Override
    public Optional<ShienSochi> find(String lgCode, UUID sochiId) {
        return rows(em.createNativeQuery(SELECT + "where s.lg_code = ?1 and s.sochi_id = ?2")
                .setParameter(1, lgCode).setParameter(2, sochiId).getResultList()).stream().findFirst();
    }

    @Override
    public void register(String lgCode, ShienSochi s, String actor, Instant at) {
        em.createNativeQuery("insert into shien_sochi (lg_code, sochi_id, atenabango, kaishibi, shuryoyoteibi, taisho, "
                        + "biko, registered_by, registered_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, lgCode).setParameter(2, s.sochiId()).setParameter(3, s.atenabango())
                .setParameter(4, s.kaishibi()).setParameter(5, s.shuryoyoteibi())
                .setParameter(6, String.join(",", s.taisho())).setParameter(7, s.biko()).setParameter(8, actor)
                .setParameter(9, at).executeUpdate();
    }

    @Override
    public void end(String lgCode, UUID sochiId, LocalDate shuryobi, String actor, Instant at) {
        em.createNativeQuery("insert into shien_sochi_shuryo (lg_code, sochi_id, shuryobi, ended_by, ended_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, lgCode).setParameter(2, sochiId).setParameter(3, shuryobi).setParameter(4, actor)
                .setParameter(5, at).executeUpdate();
    }

    @SuppressWarnings("rawtypes")
    private static List<ShienSochi> rows(List result) {
        List<ShienSochi> out = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            out.add(new ShienSochi((UUID) r[0], (String) r[1], date(r[2]), date(r[3]), date(r[4]), taisho((String) r[5]),
                    (String) r[6]));
        }
        return out;
    }

    /**
     * The stored processes. Before the check compared exactly, a measure could be stored with a padded name
     * (" hakko "); such a row is read as the process it plainly meant, so that it blocks as registered
     * (failing safe: a protected person's record must never be issued because of a space).
     */
    static Set<String> taisho(String stored) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : stored.split(",")) {
            out.add(t.strip());
        }
        return out;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((Date) o).toLocalDate();
    }

}
