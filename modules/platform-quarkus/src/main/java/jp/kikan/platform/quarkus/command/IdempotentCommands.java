package jp.kikan.platform.quarkus.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.command.JdbcCommandLog;
import jp.kikan.platform.command.StoredCommand;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.time.BusinessCalendar;
import org.hibernate.Session;

/**
 * Runs a command once per idempotency key (scoped to the municipality and the caller). The key is
 * claimed first, so a retry racing the first attempt waits for it and then replays its result; the
 * command's writes, its events and its audit record (the stored result) commit in one transaction — or,
 * on any refusal, none of them.
 */
@ApplicationScoped
public class IdempotentCommands {

    @Inject
    EntityManager em;

    @Inject
    JdbcCommandLog log;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public <R> CommandOutcome<R> run(Caller caller, String idempotencyKey, String commandType, Object request,
            ResultType<R> resultType, Supplier<R> work) {
        return run(caller, idempotencyKey, commandType, request, resultType, work, () -> {
        });
    }

    /**
     * As {@link #run(Caller, String, String, Object, ResultType, Supplier)}, with {@code last} run after the
     * command is recorded, as the transaction's last statements: where a command appends its events to the
     * outbox, whose counter serialises the municipality's writers from the append to the commit, so that nothing
     * but the commit follows the append.
     */
    @Transactional
    public <R> CommandOutcome<R> run(Caller caller, String idempotencyKey, String commandType, Object request,
            ResultType<R> resultType, Supplier<R> work, Runnable last) {
        String key = IdempotencyKeys.require(idempotencyKey);
        String hash = log.hash(commandType, request);
        Session session = em.unwrap(Session.class);
        session.doWork(c -> log.claim(c, caller.lgCode(), caller.actor(), key));
        Optional<StoredCommand> earlier = session.doReturningWork(c -> log.find(c, caller.lgCode(), caller.actor(), key));
        if (earlier.isPresent()) {
            return new CommandOutcome<>(replay(earlier.get(), commandType, hash, resultType), true);
        }
        R result = work.get();
        StoredCommand record = new StoredCommand(caller.lgCode(), caller.actor(), key, commandType, hash,
                resultType.name(), resultType.version(), log.toJson(result), caller.clientAddress(), calendar.now());
        session.doWork(c -> log.record(c, record));
        last.run();
        return new CommandOutcome<>(result, false);
    }

    private <R> R replay(StoredCommand earlier, String commandType, String hash, ResultType<R> resultType) {
        if (!earlier.requestHash().equals(hash) || !earlier.commandType().equals(commandType)) {
            throw new RuleViolationException("idempotency-key-reused",
                    "この冪等キーは別の内容の処理に使われています。新しいキーで送信してください。");
        }
        if (!earlier.resultType().equals(resultType.name()) || earlier.resultVersion() != resultType.version()) {
            throw new RuleViolationException(409, "idempotency-result-version",
                    "この冪等キーの処理結果は旧い形式で保存されています。結果は照会で確認してください。", java.util.List.of());
        }
        return log.read(earlier.result(), resultType.type());
    }
}
