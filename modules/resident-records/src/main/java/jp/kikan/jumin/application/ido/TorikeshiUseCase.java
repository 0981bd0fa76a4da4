package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/**
 * 異動の取消し: cancels a whole 異動 (every person it changed) by stacking new versions that restore
 * the state before it (住民記録 1.0 §4: 取消(増)/(減)/(修正); the cancelled entries stay in the
 * history). Only the latest 異動 of each person can be cancelled.
 */
@ApplicationScoped
public class TorikeshiUseCase {

    @Inject
    IdoRecorder recorder;

    @Inject
    JuminRepository repo;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Torikeshi cmd) {
        IdoInput in = new IdoInput();
        String atenabango = in.bango("atenabango", cmd.atenabango());
        if (cmd.rirekibango() == null || cmd.rirekibango() < 1) {
            in.crossField("rirekibango", "required", "取り消す履歴番号を指定してください");
        }
        String riyu = in.freeText("riyu", cmd.riyu(), 200, true);
        in.check();
        JuminVersion target = repo.history(caller.lgCode(), atenabango).stream()
                .filter(v -> v.rirekibango() == cmd.rirekibango()).findFirst()
                .orElseThrow(() -> new NotFoundException("rirekibango", "宛名番号 " + atenabango + " の履歴番号 "
                        + cmd.rirekibango() + " は記録されていません"));
        if (target.ido().idojiyu().isTorikeshi()) {
            throw new RuleViolationException("torikeshi-of-torikeshi", "rirekibango", StandardErrorCode.E0004,
                    "取消しを取り消すことはできません。必要な異動を改めて記録してください");
        }
        IdoJiyu.Group group = target.ido().idojiyu().group();
        IdoJiyu jiyu = target.ido().idojiyu().torikeshiOf();
        return recorder.record(caller, key, "torikeshi", cmd, jiyu, target.ido().idonengappi(), null,
                session -> {
            // every version written by the same 異動, for every person it touched
            List<JuminVersion> sameIdo = new ArrayList<>();
            TreeSet<String> households = new TreeSet<>();
            for (String person : repo.personsOfIdo(caller.lgCode(), target.ido().idoId())) {
                for (JuminVersion v : repo.history(caller.lgCode(), person)) {
                    if (v.ido().idoId().equals(target.ido().idoId())) {
                        sameIdo.add(v);
                        households.add(v.kisai().setaibango());
                    }
                }
            }
            // lock the households the cancelled versions are in and those the restored versions return to
            for (JuminVersion cancelled : sameIdo) {
                repo.history(caller.lgCode(), cancelled.atenabango()).stream()
                        .filter(v -> v.rirekibango() == cancelled.rirekibango() - 1)
                        .forEach(before -> households.add(before.kisai().setaibango()));
            }
            households.forEach(session::lock);
            for (JuminVersion cancelled : sameIdo) {
                JuminVersion latest = session.load("atenabango", cancelled.atenabango());
                if (latest.rirekibango() != cancelled.rirekibango()) {
                    throw new RuleViolationException("torikeshi-latest-only", "rirekibango", StandardErrorCode.E0004,
                            "宛名番号 " + cancelled.atenabango() + " にはこの異動より後の異動があるため取り消せません");
                }
                List<JuminVersion> history = repo.history(caller.lgCode(), cancelled.atenabango());
                JuminVersion before = history.stream().filter(v -> v.rirekibango() == cancelled.rirekibango() - 1)
                        .findFirst().orElse(null);
                var restored = before != null ? before.kisai()
                        : cancelled.kisai().withJotai(JuminJotai.SHOKKEN_SHOJO, null);
                session.write(latest, restored, group == IdoJiyu.Group.KISAI && before == null
                        ? IdoJiyu.TORIKESHI_GEN : jiyu, cancelled.ido().idonengappi(), cancelled.rirekibango(), riyu);
            }
        });
    }
}
