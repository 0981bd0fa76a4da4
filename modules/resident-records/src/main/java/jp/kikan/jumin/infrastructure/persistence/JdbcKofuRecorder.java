package jp.kikan.jumin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kikan.jumin.application.shomei.KofuRecorder;
import jp.kikan.platform.caller.Caller;

@ApplicationScoped
public class JdbcKofuRecorder implements KofuRecorder {

    @Inject
    EntityManager em;

    /** 発行番号: issue date + a serial per municipality and day, e.g. 20261125-000042. */
    @Override
    public String nextHakkoBango(String lgCode, LocalDate day) {
        Object v = em.createNativeQuery("insert into saiban (lg_code, kind, last_value) values (?1, ?2, 1) "
                        + "on conflict (lg_code, kind) do update set last_value = saiban.last_value + 1 returning last_value")
                .setParameter(1, lgCode).setParameter(2, kind(day)).getSingleResult();
        return hakkoBango(day, ((Number) v).longValue());
    }

    @Override
    public String candidateHakkoBango(String lgCode, LocalDate day) {
        List<?> last = em.createNativeQuery("select last_value from saiban where lg_code = ?1 and kind = ?2")
                .setParameter(1, lgCode).setParameter(2, kind(day)).getResultList();
        return hakkoBango(day, (last.isEmpty() ? 0 : ((Number) last.get(0)).longValue()) + 1);
    }

    /**
     * The day's first number creates its counter (a concurrent creator makes this one find the conflict, once
     * that one commits); a later one advances the counter only where it still stands one below — an UPDATE
     * that meets the row locked by another issuance waits for it and then, the row having moved on, changes
     * nothing.
     */
    @Override
    public boolean takeHakkoBango(String lgCode, LocalDate day, String candidate) {
        String prefix = day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        if (!candidate.startsWith(prefix)) {
            throw new IllegalArgumentException("発行番号 " + candidate + " is not of " + day);
        }
        long serial = Long.parseLong(candidate.substring(prefix.length()));
        List<?> taken = serial == 1
                ? em.createNativeQuery("insert into saiban (lg_code, kind, last_value) values (?1, ?2, 1) "
                                + "on conflict (lg_code, kind) do nothing returning last_value")
                        .setParameter(1, lgCode).setParameter(2, kind(day)).getResultList()
                : em.createNativeQuery("update saiban set last_value = last_value + 1 "
                                + "where lg_code = ?1 and kind = ?2 and last_value = ?3 returning last_value")
                        .setParameter(1, lgCode).setParameter(2, kind(day)).setParameter(3, serial - 1).getResultList();
        return !taken.isEmpty();
    }

    private static String kind(LocalDate day) {
        return "hakko" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String hakkoBango(LocalDate day, long serial) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%06d", serial);
    }

    @Override
    public boolean issuedBefore(String lgCode, String yoshiki, List<String> atenabango) {
        Number n = (Number) em.createNativeQuery("select count(*) from shomei_kofu where lg_code = ?1 and yoshiki = ?2 "
                        + "and atenabango = ?3")
                .setParameter(1, lgCode).setParameter(2, yoshiki).setParameter(3, String.join(",", atenabango))
                .getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Kofu> issuedFor(String lgCode, String atenabango, int limit) {
        List<Object[]> rows = em.createNativeQuery("select hakko_bango, yoshiki, atenabango, options, mokuteki, issued_by, "
                        + "issued_at from shomei_kofu where lg_code = ?1 and ?2 = any(string_to_array(atenabango, ',')) "
                        + "order by issued_at desc, hakko_bango desc limit " + limit)
                .setParameter(1, lgCode).setParameter(2, atenabango).getResultList();
        return rows.stream().map(r -> new Kofu((String) r[0], (String) r[1], List.of(((String) r[2]).split(",")),
                (String) r[3], (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }

    @Override
    public void record(Caller caller, String hakkoBango, String yoshiki, List<String> atenabango, String options,
            String mokuteki, String pdfSha256, Instant at) {
        em.createNativeQuery("insert into shomei_kofu (lg_code, hakko_bango, yoshiki, atenabango, options, mokuteki, "
                        + "pdf_sha256, issued_by, issued_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, caller.lgCode()).setParameter(2, hakkoBango).setParameter(3, yoshiki)
                .setParameter(4, String.join(",", atenabango)).setParameter(5, options).setParameter(6, mokuteki)
                .setParameter(7, pdfSha256).setParameter(8, caller.actor()).setParameter(9, at).executeUpdate();
    }
}
