package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/** 世帯分離: some members form a new household at the same address, one of them its 世帯主. */
@ApplicationScoped
public class SetaiBunriUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.SetaiBunri cmd) {
        IdoInput in = new IdoInput();
        List<String> atenabango = in.distinctBango("atenabango", cmd.atenabango());
        if (atenabango.isEmpty()) {
            in.crossField("atenabango", "required", "分離する住民を一人以上指定してください");
        }
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        String shin = in.bango("shin_setainushi", cmd.shinSetainushi());
        in.check();
        if (!atenabango.contains(shin)) {
            in.crossField("shin_setainushi", "setainushi-member", "新しい世帯の世帯主は分離する住民から指定してください");
            in.check();
        }
        return recorder.record(caller, key, "setai-bunri", cmd, IdoJiyu.SETAI_BUNRI, idobi, todokedebi, session -> {
            String from = Membership.householdOf(session, atenabango);
            List<JuminVersion> members = session.household("atenabango", from);
            List<JuminVersion> movers = Membership.pick(session, atenabango, members);
            if (movers.stream().anyMatch(v -> v.kisai().setainushi())) {
                throw new RuleViolationException("setainushi-stays", "atenabango", StandardErrorCode.E0004,
                        "世帯主は世帯分離で移れません。先に世帯主変更をしてください");
            }
            if (movers.size() == members.size()) {
                throw new RuleViolationException("bunri-needs-remaining", "atenabango", StandardErrorCode.E0004,
                        "世帯員全員を分離することはできません");
            }
            String target = session.newSetai();
            Membership.moveInto(session, movers, target, 1, shin, HouseholdReorganization.zokugaraMap(cmd.zokugara()));
        });
    }
}
