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

/** 世帯合併: every member of one household joins another at the same address; its 世帯主 stays. */
@ApplicationScoped
public class SetaiGappeiUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.SetaiGappei cmd) {
        IdoInput in = new IdoInput();
        String from = in.bango("setaibango", cmd.setaibango());
        String into = in.bango("gappeisaki_setaibango", cmd.gappeisakiSetaibango());
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        in.check();
        if (from.equals(into)) {
            in.crossField("gappeisaki_setaibango", "different-household", "合併先は別の世帯を指定してください");
            in.check();
        }
        return recorder.record(caller, key, "setai-gappei", cmd, IdoJiyu.SETAI_GAPPEI, idobi, todokedebi, session -> {
            session.lock(from, into);
            List<JuminVersion> movers = session.household("setaibango", from);
            List<JuminVersion> target = session.household("gappeisaki_setaibango", into);
            if (movers.isEmpty() || target.isEmpty()) {
                throw new RuleViolationException("setai-empty", "setaibango", StandardErrorCode.E0004,
                        "住民のいない世帯は合併できません");
            }
            String targetAddress = target.get(0).kisai().jusho().hyoki();
            if (movers.stream().anyMatch(v -> !v.kisai().jusho().hyoki().equals(targetAddress))) {
                throw new RuleViolationException("same-address", "gappeisaki_setaibango", StandardErrorCode.E0004,
                        "世帯合併は同じ住所の世帯どうしで行います (住所が異なる場合は転居を先に記録してください)");
            }
            int junjo = target.stream().mapToInt(v -> v.kisai().kisaiJunjo()).max().orElse(0) + 1;
            Membership.moveInto(session, movers, into, junjo, null, HouseholdReorganization.zokugaraMap(cmd.zokugara()));
        });
    }
}
