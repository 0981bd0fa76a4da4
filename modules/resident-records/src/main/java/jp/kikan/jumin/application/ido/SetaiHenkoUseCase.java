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

/** 世帯変更: some members move to another existing household at the same address. */
@ApplicationScoped
public class SetaiHenkoUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.SetaiHenko cmd) {
        IdoInput in = new IdoInput();
        List<String> atenabango = in.distinctBango("atenabango", cmd.atenabango());
        if (atenabango.isEmpty()) {
            in.crossField("atenabango", "required", "移る住民を一人以上指定してください");
        }
        String into = in.bango("henkosaki_setaibango", cmd.henkosakiSetaibango());
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        String shin = cmd.shinSetainushi() == null ? null : in.bango("shin_setainushi", cmd.shinSetainushi());
        in.check();
        var zokugara = HouseholdReorganization.zokugaraMap(cmd.zokugara());
        return recorder.record(caller, key, "setai-henko", cmd, IdoJiyu.SETAI_HENKO, idobi, todokedebi, session -> {
            String from = Membership.householdOf(session, atenabango);
            if (from.equals(into)) {
                throw new RuleViolationException("different-household", "henkosaki_setaibango", StandardErrorCode.E0004,
                        "変更先は別の世帯を指定してください");
            }
            session.lock(from, into);
            List<JuminVersion> members = session.household("atenabango", from);
            List<JuminVersion> target = session.household("henkosaki_setaibango", into);
            if (target.isEmpty()) {
                throw new RuleViolationException("setai-empty", "henkosaki_setaibango", StandardErrorCode.E0004,
                        "住民のいない世帯には移れません");
            }
            List<JuminVersion> movers = Membership.pick(session, atenabango, members);
            int junjo = target.stream().mapToInt(v -> v.kisai().kisaiJunjo()).max().orElse(0) + 1;
            Membership.moveInto(session, movers, into, junjo, null, zokugara);
            HouseholdReorganization.rehead(session, Membership.without(members, movers), shin, zokugara);
        });
    }
}
