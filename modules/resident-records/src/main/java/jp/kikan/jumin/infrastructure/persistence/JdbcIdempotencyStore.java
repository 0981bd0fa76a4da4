package jp.kikan.jumin.infrastructure.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.kikan.jumin.application.Caller;
import jp.kikan.jumin.application.ido.IdempotencyStore;
import jp.kikan.jumin.application.ido.IdoKekka;

@ApplicationScoped
public class JdbcIdempotencyStore implements IdempotencyStore {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Override
    public String hash(String commandType, Object command) {
        try {
            byte[] body = mapper.writeValueAsBytes(command);
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(commandType.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void claim(String lgCode, String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, lgCode + "/" + key).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Stored> find(String lgCode, String key) {
        List<Object[]> rows = em.createNativeQuery("select command_type, request_hash, cast(result as text) from ido_command "
                        + "where lg_code = ?1 and idempotency_key = ?2")
                .setParameter(1, lgCode).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        try {
            return Optional.of(new Stored((String) r[0], ((String) r[1]).trim(),
                    mapper.readValue((String) r[2], IdoKekka.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void save(Caller caller, String key, String commandType, String requestHash, IdoKekka kekka, Instant at) {
        try {
            em.createNativeQuery("insert into ido_command (lg_code, idempotency_key, command_type, request_hash, result, "
                            + "actor, client_address, recorded_at) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8)")
                    .setParameter(1, caller.lgCode()).setParameter(2, key).setParameter(3, commandType)
                    .setParameter(4, requestHash).setParameter(5, mapper.writeValueAsString(kekka))
                    .setParameter(6, caller.actor()).setParameter(7, caller.clientAddress()).setParameter(8, at)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
