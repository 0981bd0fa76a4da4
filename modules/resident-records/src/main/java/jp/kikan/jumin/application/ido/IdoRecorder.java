package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.shien.ShienSochiGuard;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.CommandOutcome;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * Runs an 異動 command as one idempotent command: a retry with the same key returns the first result and
 * writes nothing; otherwise the versions, their events (outbox) and the command record (audit) commit
 * together — or, on any refusal, none of them.
 */
@ApplicationScoped
public class IdoRecorder {

    /** The stored shape of an 異動's result; bump the version when {@link IdoKekka} changes shape. */
    static final ResultType<IdoKekka> KEKKA = ResultType.of(IdoKekka.class, 1);

    @Inject
    JuminRepository repo;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ShienSochiGuard guard;

    @Inject
    IdempotentCommands commands;

    /**
     * 異動 of one municipality in progress at once (in this process). They serialise anyway from their outbox
     * append to their commit (the municipality's event counter); more of them at once only add threads that
     * compete for the CPU with the one holding the counter, which then takes longer to commit — under load, a
     * convoy. The others wait here, before their transaction begins, in arrival order.
     */
    static final int CONCURRENT_PER_MUNICIPALITY = 4;

    private final ConcurrentHashMap<String, Semaphore> admission = new ConcurrentHashMap<>();

    public CommandOutcome<IdoKekka> record(Caller caller, String idempotencyKey, String commandType, Object command,
            IdoJiyu jiyu, LocalDate idobi, LocalDate todokedebi, Consumer<IdoSession> work) {
        Semaphore permits = admission.computeIfAbsent(caller.lgCode(),
                lg -> new Semaphore(CONCURRENT_PER_MUNICIPALITY, true));
        permits.acquireUninterruptibly();
        try {
            return run(caller, idempotencyKey, commandType, command, jiyu, idobi, todokedebi, work);
        } finally {
            permits.release();
        }
    }

    private CommandOutcome<IdoKekka> run(Caller caller, String idempotencyKey, String commandType, Object command,
            IdoJiyu jiyu, LocalDate idobi, LocalDate todokedebi, Consumer<IdoSession> work) {
        IdoSession[] session = new IdoSession[1];
        // the events go to the outbox last, after the command record: only the commit follows the append
        return commands.run(caller, idempotencyKey, "ido." + commandType, command, KEKKA, () -> {
            session[0] = new IdoSession(caller, repo, guard, jiyu, idobi, todokedebi, calendar.today(),
                    calendar.now());
            work.accept(session[0]);
            return session[0].finish();
        }, () -> session[0].announce());
    }
}
