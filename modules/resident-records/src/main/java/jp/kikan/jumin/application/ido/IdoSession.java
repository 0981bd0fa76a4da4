package jp.kikan.jumin.application.ido;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.shien.ShienSochiGuard;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.IdoKiroku;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.policy.IdobiPolicy;
import jp.kikan.jumin.domain.policy.SetainushiPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * One 異動 in progress: every version it writes shares the 異動 ID, 処理日 and operator. When the
 * command is done, {@link #finish()} checks the household rules on the result, so a command can
 * never leave a household without exactly one 世帯主 — if it would, nothing is written.
 */
public final class IdoSession {

    private final Caller caller;
    private final JuminRepository repo;
    private final ShienSochiGuard guard;
    private final IdoJiyu jiyu;
    private final LocalDate idobi;
    private final LocalDate todokedebi;
    private final LocalDate shoribi;
    private final Instant now;
    private final UUID idoId = UUID.randomUUID();
    private final List<JuminVersion> written = new ArrayList<>();
    private final Set<String> touchedSetai = new LinkedHashSet<>();
    /** Residents already checked against 支援措置 in this 異動 (each is checked once, before its first use). */
    private final Set<String> checked = new HashSet<>();
    /**
     * The current members of each household the session locked and read in full (or created), kept up to date
     * by {@link #write}: what {@link #household} and {@link #finish()} would otherwise read again.
     */
    private final Map<String, Map<String, JuminVersion>> known = new HashMap<>();

    IdoSession(Caller caller, JuminRepository repo, ShienSochiGuard guard, IdoJiyu jiyu, LocalDate idobi,
            LocalDate todokedebi, LocalDate shoribi, Instant now) {
        this.caller = caller;
        this.repo = repo;
        this.guard = guard;
        this.jiyu = jiyu;
        this.idobi = idobi;
        this.todokedebi = todokedebi == null ? shoribi : todokedebi;
        this.shoribi = shoribi;
        this.now = now;
        if (!IdobiPolicy.isAllowed(jiyu, idobi, shoribi)) {
            throw new RuleViolationException(422, "idobi-not-future", "異動日は処理日以前の日付にしてください (転出を除く)",
                    List.of(new FieldViolation("idonengappi", StandardErrorCode.E0004, "idobi-not-future",
                            "異動日 " + idobi + " が処理日 " + shoribi + " より後です")));
        }
        if (!IdobiPolicy.isTodokedebiAllowed(this.todokedebi, shoribi)) {
            throw new RuleViolationException(422, "todokedebi-not-future", "届出日は処理日以前の日付にしてください",
                    List.of(new FieldViolation("todokedenengappi", StandardErrorCode.E0004, "todokedebi-not-future",
                            "届出日 " + this.todokedebi + " が処理日より後です")));
        }
    }

    public Caller caller() {
        return caller;
    }

    public JuminRepository repo() {
        return repo;
    }

    public LocalDate idobi() {
        return idobi;
    }

    public IdoJiyu jiyu() {
        return jiyu;
    }

    /** The latest version of a resident of this municipality, checked against 支援措置 for 異動. */
    public JuminVersion load(String field, String atenabango) {
        JuminVersion v = repo.latest(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException(field, "宛名番号 " + atenabango + " の住民は記録されていません"));
        guard(List.of(v));
        return v;
    }

    /**
     * Current residents of a household, which must exist in this municipality; locks it (409 if busy) and
     * checks every member against 支援措置 before anything else is done with them: a household a command
     * reads — to move it, to add a birth or a newcomer to it, to merge into it — is refused as a whole
     * when it holds a protected person.
     */
    public List<JuminVersion> household(String field, String setaibango) {
        Map<String, JuminVersion> current = known.get(setaibango);
        if (current != null) {
            return List.copyOf(current.values());
        }
        // one statement locks the household (409 if busy) and tells whether it exists
        if (repo.lockSetai(caller.lgCode(), List.of(setaibango)) == 0) {
            throw new NotFoundException(field, "世帯番号 " + setaibango + " の世帯は記録されていません");
        }
        touchedSetai.add(setaibango);
        List<JuminVersion> members = repo.currentMembers(caller.lgCode(), setaibango);
        guard(members);
        Map<String, JuminVersion> byAtena = new LinkedHashMap<>();
        members.forEach(m -> byAtena.put(m.atenabango(), m));
        known.put(setaibango, byAtena);
        return members;
    }

    /**
     * Refuses (支援措置) if any of these residents may not be changed by this caller: one query for those not
     * checked yet in this 異動. Every person the session loads or writes passes here, so no use case can forget.
     */
    private void guard(List<JuminVersion> residents) {
        List<String> unchecked = residents.stream().map(JuminVersion::atenabango).filter(a -> !checked.contains(a))
                .distinct().toList();
        if (!unchecked.isEmpty()) {
            guard.checkIdo(caller, unchecked);
            checked.addAll(unchecked);
        }
    }

    public void lock(String... setaibango) {
        repo.lockSetai(caller.lgCode(), List.of(setaibango));
        touchedSetai.addAll(List.of(setaibango));
    }

    public String newSetai() {
        String s = repo.nextSetaibango(caller.lgCode());
        repo.createSetai(caller.lgCode(), s);
        touchedSetai.add(s);
        known.put(s, new LinkedHashMap<>()); // created in this transaction: no one else can add to it
        return s;
    }

    /** Writes the next version of an existing resident with this session's 異動事由. */
    public JuminVersion write(JuminVersion previous, JuminKisai kisai) {
        return write(previous, kisai, jiyu, idobi, null, null);
    }

    public JuminVersion write(JuminVersion previous, JuminKisai kisai, IdoJiyu reason, LocalDate effective,
            Integer torikeshiRirekibango, String biko) {
        // A version takes effect no earlier than the one it supersedes (corrections included: a correction
        // back-dated before the last 異動 would rewrite the past with today's state). After a 取消し the
        // cancelled date no longer binds: the restored state is what the next 異動 supersedes.
        if (previous != null && !reason.isTorikeshi() && !previous.ido().idojiyu().isTorikeshi()
                && previous.ido().idonengappi() != null && effective.isBefore(previous.ido().idonengappi())) {
            throw new RuleViolationException(422, "ido-order", "異動日が前回の異動日より前です",
                    List.of(new FieldViolation("idonengappi", StandardErrorCode.E0004, "ido-order",
                            "宛名番号 " + previous.atenabango() + " の異動日 " + effective + " は前回の異動日 "
                                    + previous.ido().idonengappi() + " より前です")));
        }
        if (previous != null) {
            guard(List.of(previous));
        }
        String atenabango = previous == null ? repo.nextAtenabango(caller.lgCode()) : previous.atenabango();
        int rireki = previous == null ? 1 : previous.rirekibango() + 1;
        IdoKiroku ido = new IdoKiroku(idoId, reason, effective, todokedebi, shoribi, now, caller.actor(),
                torikeshiRirekibango, biko);
        JuminVersion v = new JuminVersion(atenabango, rireki, kisai, ido);
        repo.append(caller.lgCode(), v);
        written.add(v);
        touchedSetai.add(kisai.setaibango());
        if (previous != null) {
            touchedSetai.add(previous.kisai().setaibango());
            Map<String, JuminVersion> was = known.get(previous.kisai().setaibango());
            if (was != null) {
                was.remove(atenabango);
            }
        }
        Map<String, JuminVersion> now = known.get(kisai.setaibango());
        if (now != null && v.isResident()) {
            now.put(atenabango, v);
        }
        return v;
    }

    /** Records the events of what {@link #finish()} checked (outbox): the 異動's last statement before its commit. */
    void announce() {
        repo.announce(caller.lgCode(), written);
    }

    /** Checks every household this 異動 touched and returns what was recorded; {@link #announce()} follows. */
    IdoKekka finish() {
        // households the session holds in full are checked as they now are; the others are read (one query)
        List<String> unknown = touchedSetai.stream().filter(s -> !known.containsKey(s)).toList();
        Map<String, List<JuminVersion>> read = unknown.isEmpty() ? Map.of()
                : repo.currentMembers(caller.lgCode(), unknown);
        for (String setaibango : touchedSetai) {
            Map<String, JuminVersion> held = known.get(setaibango);
            List<JuminKisai> members = (held != null ? List.copyOf(held.values())
                    : read.getOrDefault(setaibango, List.of())).stream().map(JuminVersion::kisai).toList();
            if (!SetainushiPolicy.holds(members)) {
                throw new RuleViolationException(422, "setainushi-exactly-one",
                        "世帯には世帯主がちょうど一人必要です (世帯番号 " + setaibango + ")",
                        List.of(new FieldViolation("shin_setainushi", StandardErrorCode.E0004, "setainushi-exactly-one",
                                "世帯番号 " + setaibango + " の世帯主が一人になるよう新しい世帯主と続柄を指定してください")));
            }
        }
        return new IdoKekka(idoId, jiyu.label(), idobi, shoribi, List.copyOf(touchedSetai),
                written.stream().map(v -> new IdoKekka.Kiroku(v.atenabango(), v.rirekibango())).toList());
    }
}
