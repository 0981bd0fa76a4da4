package jp.kikan.platform.quarkus.shotoku;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.feed.consumer.Saikeisan;
import jp.kikan.platform.quarkus.feed.consumer.StartedFeedConsumer;

/**
 * A service's consumer of local tax's feed (庁内データ連携 010:kojin-juminzei-renkei:Read, {@code KojinJuminzeiRenkei} in
 * contracts/local-tax/v1.yaml): each item is a new version of a person's assessment (当初・更正, 期限後申告) with its
 * 所得情報, which is kept as this service's copy ({@link ShotokuJohoKiroku}), and every record of this service whose
 * result of that 年度 used the person's income is computed again by the service's own command — each in its own transaction, idempotent per change ({@link Saikeisan}). The
 * recomputation is not a disclosure to a person: it acts for every record, protected or not (支援措置 restricts who
 * may look a person up, not which amounts follow the law).
 */
public abstract class ShotokuKoseiFeed<T> extends StartedFeedConsumer<T> {

    public static final String NAME = "kojin-juminzei";

    /** Who the access log and the stored versions name: the service acting on local tax's feed, not a clerk. */
    public static final String ACTOR = "feed:kojin-juminzei";

    @Inject
    ObjectMapper mapper;

    @Inject
    ShotokuJohoKiroku kiroku;

    /** The item as far as this consumer reads it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShotokuKosei(@JsonProperty("shikuchosonkodo") String lgCode, @JsonProperty("atenabango") String atenabango,
            @JsonProperty("nendo") int nendo, @JsonProperty("henko_bango") long henkoBango,
            @JsonProperty("shotoku_joho") JsonNode shotokuJoho) {
    }

    /**
     * What the service does with an item: the model class it generated from contracts/local-tax/v1.yaml, the field its
     * command names the record by, the roles the command runs with, which records of the 年度 used the person's income,
     * and the command that computes one again.
     */
    public record Settei<T>(Class<T> type, String kirokuField, Set<String> systemRoles, Taisho taisho, Meirei meirei) {
    }

    /** The records (households, insured persons …) whose result of the 年度 used the person's income. */
    @FunctionalInterface
    public interface Taisho {
        List<String> kiroku(String lgCode, String atenabango, int nendo);
    }

    /** The service's own command for one record ({@code {<kirokuField>, nendo}}) with the idempotency key given. */
    @FunctionalInterface
    public interface Meirei {
        void run(Caller system, String idempotencyKey, JsonNode request);
    }

    /** This service's part (called once the bean's injections are done). */
    protected abstract Settei<T> settei();

    @Override
    protected Class<T> type() {
        return settei().type();
    }

    @Override
    protected final String name() {
        return NAME;
    }

    @Override
    protected final String changeId(T item) {
        ShotokuKosei k = kosei(item);
        return k.lgCode() + ":" + k.henkoBango();
    }

    @Override
    protected final void apply(T item) {
        ShotokuKosei k = kosei(item);
        if (k.lgCode() == null) {
            throw new IllegalStateException("local tax's feed item " + k.henkoBango() + " names no municipality");
        }
        if (k.shotokuJoho() != null && !k.shotokuJoho().isNull()) {
            // the copy first, committed on its own (forward-only, so a re-delivery changes nothing): the recomputations
            // below run in transactions of their own and read the income from it
            QuarkusTransaction.requiringNew().run(() -> kiroku.keep(k.lgCode(), k.atenabango(), k.nendo(), k.henkoBango(),
                    k.shotokuJoho()));
        }
        Settei<T> s = settei();
        Caller system = new Caller(k.lgCode(), ACTOR, s.systemRoles(), "local-tax-feed");
        Saikeisan.rerun(NAME, k.henkoBango(), s.taisho().kiroku(k.lgCode(), k.atenabango(), k.nendo()),
                (key, r) -> s.meirei().run(system, key, mapper.createObjectNode().put(s.kirokuField(), r).put("nendo", k.nendo())));
    }

    private ShotokuKosei kosei(T item) {
        return mapper.convertValue(item, ShotokuKosei.class);
    }
}
