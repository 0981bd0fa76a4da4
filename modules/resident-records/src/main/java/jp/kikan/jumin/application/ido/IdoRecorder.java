package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kikan.jumin.application.BusinessCalendar;
import jp.kikan.jumin.application.Caller;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.shien.ShienSochiGuard;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.platform.problem.RuleViolationException;

/**
 * Runs an 異動 command as one transaction: the idempotency key is checked first (a retry returns
 * the first result and writes nothing), then the versions, their events (outbox) and the command
 * record (audit) commit together — or, on any refusal, none of them.
 */
@ApplicationScoped
public class IdoRecorder {

    @Inject
    JuminRepository repo;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ShienSochiGuard guard;

    @Inject
    IdempotencyStore idempotency;

    /** The outcome and whether it is the replay of an earlier identical request. */
    public record Outcome(IdoKekka kekka, boolean replayed) {
    }

    @Transactional
    public Outcome record(Caller caller, String idempotencyKey, String commandType, Object command, IdoJiyu jiyu,
            LocalDate idobi, LocalDate todokedebi, Consumer<IdoSession> work) {
        String hash = idempotency.hash(commandType, command);
        // a retry racing the first attempt waits here for it to commit, then replays its result
        idempotency.claim(caller.lgCode(), idempotencyKey);
        Optional<IdempotencyStore.Stored> earlier = idempotency.find(caller.lgCode(), idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash) || !earlier.get().commandType().equals(commandType)) {
                throw new RuleViolationException("idempotency-key-reused",
                        "この冪等キーは別の内容の処理に使われています。新しいキーで送信してください。");
            }
            return new Outcome(earlier.get().kekka(), true);
        }
        IdoSession session = new IdoSession(caller, repo, guard, jiyu, idobi, todokedebi, calendar.today(),
                calendar.now());
        work.accept(session);
        IdoKekka kekka = session.finish();
        idempotency.save(caller, idempotencyKey, commandType, hash, kekka, calendar.now());
        return new Outcome(kekka, false);
    }
}
