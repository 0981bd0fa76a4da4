package jp.kikan.platform.quarkus.shotoku;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * This service's copy of local tax's 所得情報 as local tax's feed delivered it (the item's {@code shotoku_joho}), one row
 * per person and 年度 ({@code shotoku_joho_kiroku}, in the service's own migrations:
 * {@code (lg_code char(6), nendo integer, atenabango text, henko_bango bigint, shotoku_joho jsonb, kiroku_at timestamptz,
 * primary key (lg_code, nendo, atenabango))}). A projection, not a record of its own: local tax keeps the history; the
 * copy only moves forward by the feed's 変更番号, so a re-delivered or older item never replaces a newer income. It lets
 * a whole-city run (本算定, the annual premium run) read a batch's incomes in one statement instead of one HTTP read per
 * person.
 */
@ApplicationScoped
public class ShotokuJohoKiroku {

    @Inject
    AgroalDataSource ds;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** Keeps the income of a feed item unless a newer change of the person's 年度 is already kept. */
    public void keep(String lgCode, String atenabango, int nendo, long henkoBango, JsonNode shotokuJoho) {
        Sql.update(ds, "insert into shotoku_joho_kiroku (lg_code, nendo, atenabango, henko_bango, shotoku_joho, kiroku_at) "
                + "values (?, ?, ?, ?, ?::jsonb, ?) on conflict (lg_code, nendo, atenabango) do update set "
                + "henko_bango = excluded.henko_bango, shotoku_joho = excluded.shotoku_joho, kiroku_at = excluded.kiroku_at "
                + "where shotoku_joho_kiroku.henko_bango < excluded.henko_bango", lgCode, nendo, atenabango, henkoBango,
                json(shotokuJoho), java.sql.Timestamp.from(clock.instant()));
    }

    /** The kept incomes of these persons for the 年度 (a person without one is absent). */
    public Map<String, JsonNode> read(String lgCode, Collection<String> atenabango, int nendo) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (atenabango.isEmpty()) {
            return out;
        }
        List<String[]> rows = Sql.list(ds, "select atenabango, shotoku_joho::text from shotoku_joho_kiroku "
                + "where lg_code = ? and nendo = ? and atenabango = any (string_to_array(?, ','))",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, lgCode, nendo, String.join(",", atenabango));
        for (String[] r : rows) {
            try {
                out.put(r[0], mapper.readTree(r[1]));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable 所得情報 of " + r[0], e);
            }
        }
        return out;
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write 所得情報", e);
        }
    }
}
