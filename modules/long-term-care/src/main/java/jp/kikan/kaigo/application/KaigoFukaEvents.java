package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import jp.kikan.kaigo.choshu.ChoshuHoho;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.outbox.OutboxEvent;

/**
 * Each premium version announced in the same transaction (outbox): the 調定 of its instalments (年度, 期別 with 納期限 and
 * 徴収方法, the differences of a 更正, 随時, 過誤納) for the collection service. The feed (api.KaigoHokenryoRenkeiResource)
 * gives these events out as they are: the payload is the feed's item (KaigoHokenryoRenkei) but for its 変更番号 and
 * municipality.
 */
@ApplicationScoped
public class KaigoFukaEvents {

    public static final String TYPE = "kaigo-hokenryo.fuka";

    @Inject
    JdbcOutbox outbox;

    @Inject
    AgroalDataSource ds;

    @Inject
    ObjectMapper mapper;

    void append(String lgCode, FukaStore.Version v) {
        JsonNode c = v.choshu();
        ObjectNode p = mapper.createObjectNode();
        p.put("atenabango", v.atenabango());
        if (v.hihokenshaBango() != null) {
            p.put("hihokensha_bango", v.hihokenshaBango());
        }
        p.put("nendo", v.nendo());
        p.put("kamoku", "kaigo_hokenryo");
        p.put("fuka_version", v.version());
        p.put("kubun", v.version() == 1 ? "tosho" : "kosei");
        p.put("dankai", v.dankai());
        p.put("nengaku", v.nengaku());
        p.put("sagaku", v.sagaku());
        p.put("choshu_hoho", c.get("choshu_hoho").asText());
        ArrayNode chotei = p.putArray("chotei");
        for (ChoshuHoho h : ChoshuHoho.values()) {
            List<JsonNode> ki = new java.util.ArrayList<>();
            c.get("kibetsu").forEach(k -> {
                if (h.code().equals(k.get("choshu_hoho").asText())) {
                    ki.add(k);
                }
            });
            if (!ki.isEmpty()) {
                ObjectNode o = chotei.addObject();
                o.put("choshu_hoho", h.code());
                o.put("gaku", ki.stream().mapToLong(k -> k.get("hokenryogaku").asLong()).sum());
                ki.forEach(o.putArray("kibetsu")::add);
            }
        }
        if (c.hasNonNull("kosei_sagaku")) {
            p.set("kosei_sagaku", c.get("kosei_sagaku"));
        }
        p.put("zuiji", c.get("zuiji").asLong());
        p.put("kanpu", c.get("kanpu").asLong());
        p.put("shorinengappi", v.shorinengappi().toString());
        OutboxEvent e = new OutboxEvent(lgCode, TYPE, "fuka", v.atenabango() + ":" + v.nendo(), v.version(), p);
        // the connection of the command's transaction (Agroal enlists it in the JTA transaction)
        try (Connection conn = ds.getConnection()) {
            outbox.appendAll(conn, List.of(e));
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot append the premium's event: " + ex.getMessage(), ex);
        }
    }
}
