package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/** 転居: the whole household moves within the municipality; 住所を定めた年月日 becomes the move date. */
@ApplicationScoped
public class TenkyoUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Tenkyo cmd) {
        IdoInput in = new IdoInput();
        String setaibango = in.bango("setaibango", cmd.setaibango());
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        Jusho jusho = in.jusho("jusho", cmd.jusho(), true);
        in.check();
        return recorder.record(caller, key, "tenkyo", cmd, IdoJiyu.TENKYO, idobi, todokedebi, session -> {
            List<JuminVersion> members = session.household("setaibango", setaibango);
            if (members.isEmpty()) {
                throw new RuleViolationException("setai-empty", "setaibango", StandardErrorCode.E0004,
                        "住民のいない世帯は転居できません");
            }
            Jusho moved = WithinMunicipality.require(caller.lgCode(), jusho, members.get(0).kisai().jusho());
            for (JuminVersion v : members) {
                session.write(v, v.kisai().withJusho(moved, idobi));
            }
        });
    }
}
