package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.outbox.OutboxEvent;

/**
 * Each assessment version announced in the same transaction (outbox): the 調定 of its instalments (税目, 年度, 期別, the
 * differences of a 更正) for the collection service. The feed (api.KokuhoHokenzeiRenkeiResource) gives these events out
 * as they are: the payload is the feed's item (KokuhoHokenzeiRenkei) but for its 変更番号 and municipality.
 */
@ApplicationScoped
public class KokuhoFukaEvents {

    public static final String TYPE = "kokuho-hokenzei.fuka";

    @Inject
    JdbcOutbox outbox;

    @Inject
    AgroalDataSource ds;

    @Inject
    ObjectMapper mapper;

    /** The versions' events in this order, in one statement. */
    void appendAll(String lgCode, List<FukaStore.Version> versions) {
        if (versions.isEmpty()) {
            return;
        }
        List<OutboxEvent> all = versions.stream().map(v -> event(lgCode, v)).toList();
        // the connection of the command's transaction (Agroal enlists it in the JTA transaction)
        try (Connection c = ds.getConnection()) {
            outbox.appendAll(c, all);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot append the assessment's event: " + ex.getMessage(), ex);
        }
    }

    private OutboxEvent event(String lgCode, FukaStore.Version v) {
        ObjectNode p = mapper.createObjectNode();
        p.put("setaibango", v.setaibango());
        p.put("nendo", v.nendo());
        p.put("zeimoku", "kokumin_kenko_hokenzei");
        p.put("fuka_version", v.version());
        p.put("kubun", v.version() == 1 ? "tosho" : "kosei");
        p.put("nozeigimusha_atenabango", v.nozeigimusha());
        p.put("nengaku", v.nengaku());
        ObjectNode chotei = p.putArray("chotei").addObject();
        chotei.put("hoho", "futsu_choshu");
        chotei.put("zeigaku", v.nengaku());
        chotei.set("kibetsu", v.kibetsu());
        if (v.kosei() != null) {
            p.set("kosei_sagaku", v.kosei().get("sagaku"));
            p.put("zuiji", v.kosei().get("zuiji").asLong());
            p.put("kanpu", v.kosei().get("kanpu").asLong());
        }
        if (v.bunpai() != null) {
            // the 世帯主 changed during the 年度: the collection service takes each 納税義務者's own instalments
            p.set("nozeigimusha_choshu", v.bunpai());
        }
        p.put("shorinengappi", v.shorinengappi().toString());
        return new OutboxEvent(lgCode, TYPE, "fuka", v.setaibango() + ":" + v.nendo(), v.version(), p);
    }
}
