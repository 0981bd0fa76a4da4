package jp.kikan.jumin.application.shien;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.feed.FeedAnnouncer;
import jp.kikan.jumin.application.ido.IdoInput;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.CommandOutcome;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/** Registers and ends 支援措置; each change is announced on the feed so other services block too. */
@ApplicationScoped
public class ShienSochiService {

    @Inject
    ShienSochiRepository repo;

    @Inject
    JuminRepository jumin;

    @Inject
    BusinessCalendar calendar;

    @Inject
    FeedAnnouncer announcer;

    @Inject
    AccessLog accessLog;

    public record Request(String kaishibi, String shuryobi, List<String> taisho, String biko) {
    }

    /** How a registration or an end is stored for its idempotency key (bump the version if ShienSochi changes). */
    static final ResultType<ShienSochi> RESULT = ResultType.of(ShienSochi.class, 1);

    /** What one idempotency key stands for: the same request on the same person (the path is part of it). */
    record Registration(String atenabango, Request request) {
    }

    record Ending(String atenabango, UUID sochiId, String shuryobi) {
    }

    @Inject
    IdempotentCommands commands;

    @Transactional
    public List<ShienSochi> list(Caller caller, String atenabango) {
        requireResident(caller, atenabango);
        accessLog.record(caller, "shien-sochi-shokai", "jumin", atenabango, null);
        return repo.of(caller.lgCode(), atenabango);
    }

    /**
     * Registers a measure once per idempotency key: a replay (or a concurrent twin of the first request)
     * returns the first measure and registers nothing.
     */
    public CommandOutcome<ShienSochi> register(Caller caller, String key, String atenabango, Request req) {
        return commands.run(caller, key, "shien-sochi-toroku", new Registration(atenabango, req), RESULT,
                () -> register(caller, atenabango, req));
    }

    /** Ends a measure; with an idempotency key a replay returns the first result instead of "already ended". */
    public CommandOutcome<ShienSochi> end(Caller caller, String key, String atenabango, UUID sochiId, String shuryobi) {
        if (key == null) {
            return new CommandOutcome<>(end(caller, atenabango, sochiId, shuryobi), false);
        }
        return commands.run(caller, key, "shien-sochi-shuryo", new Ending(atenabango, sochiId, shuryobi), RESULT,
                () -> end(caller, atenabango, sochiId, shuryobi));
    }

    @Transactional
    ShienSochi register(Caller caller, String atenabango, Request req) {
        IdoInput in = new IdoInput();
        LocalDate kaishi = in.date("kaishibi", req.kaishibi(), true);
        LocalDate shuryoyotei = in.date("shuryobi", req.shuryobi(), false);
        List<String> taisho = req.taisho() == null ? List.of() : req.taisho();
        if (taisho.isEmpty()) {
            in.crossField("taisho", "required", "抑止する処理を一つ以上指定してください");
        }
        taisho.forEach(t -> in.code("taisho", t, List.of(ShienSochi.HAKKO, ShienSochi.SHOKAI, ShienSochi.IDO), true));
        String biko = in.freeText("biko", req.biko(), 400, false);
        in.check();
        if (shuryoyotei != null && shuryoyotei.isBefore(kaishi)) {
            throw new RuleViolationException("shuryobi-after-kaishibi", "shuryobi", StandardErrorCode.E0004,
                    "終了日は開始日以降の日付にしてください");
        }
        requireResident(caller, atenabango);
        // what was checked is what is stored: the codes exactly as validated
        ShienSochi s = new ShienSochi(UUID.randomUUID(), atenabango, kaishi, shuryoyotei, null,
                new LinkedHashSet<>(taisho), biko);
        repo.register(caller.lgCode(), s, caller.actor(), calendar.now());
        announcer.shienSochiChanged(caller.lgCode(), atenabango);
        accessLog.record(caller, "shien-sochi-toroku", "jumin", atenabango, "taisho=" + String.join(",", taisho));
        return s;
    }

    @Transactional
    ShienSochi end(Caller caller, String atenabango, UUID sochiId, String shuryobiText) {
        IdoInput in = new IdoInput();
        LocalDate shuryobi = in.date("shuryobi", shuryobiText, true);
        in.check();
        ShienSochi s = repo.find(caller.lgCode(), sochiId).filter(x -> x.atenabango().equals(atenabango))
                .orElseThrow(() -> new NotFoundException("sochiId", "支援措置 " + sochiId + " は記録されていません"));
        if (s.shuryobi() != null) {
            throw new RuleViolationException("already-ended", "sochiId", StandardErrorCode.E0004, "この支援措置は既に終了しています");
        }
        if (shuryobi.isBefore(s.kaishibi())) {
            throw new RuleViolationException("shuryobi-after-kaishibi", "shuryobi", StandardErrorCode.E0004,
                    "終了日は開始日以降の日付にしてください");
        }
        repo.end(caller.lgCode(), sochiId, shuryobi, caller.actor(), calendar.now());
        announcer.shienSochiChanged(caller.lgCode(), atenabango);
        accessLog.record(caller, "shien-sochi-shuryo", "jumin", atenabango, "sochi=" + sochiId);
        return repo.find(caller.lgCode(), sochiId).orElseThrow();
    }

    private void requireResident(Caller caller, String atenabango) {
        IdoInput in = new IdoInput();
        in.bango("atenabango", atenabango);
        in.check();
        if (jumin.latest(caller.lgCode(), atenabango).isEmpty()) {
            throw new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は記録されていません");
        }
    }
}
