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

/** 世帯主変更: another member becomes 世帯主; everyone's 続柄 is restated relative to the new head. */
@ApplicationScoped
public class SetainushiHenkoUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.SetainushiHenko cmd) {
        IdoInput in = new IdoInput();
        String setaibango = in.bango("setaibango", cmd.setaibango());
        String shin = in.bango("shin_setainushi", cmd.shinSetainushi());
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        in.check();
        return recorder.record(caller, key, "setainushi-henko", cmd, IdoJiyu.SETAINUSHI_HENKO, idobi, todokedebi,
                session -> {
                    List<JuminVersion> members = session.household("setaibango", setaibango);
                    JuminVersion head = members.stream().filter(v -> v.kisai().setainushi()).findFirst().orElse(null);
                    if (head != null && head.atenabango().equals(shin)) {
                        throw new RuleViolationException("setainushi-unchanged", "shin_setainushi",
                                StandardErrorCode.E0004, "指定された住民は既に世帯主です");
                    }
                    HouseholdReorganization.rehead(session, members, shin,
                            HouseholdReorganization.zokugaraMap(cmd.zokugara()));
                });
    }
}
