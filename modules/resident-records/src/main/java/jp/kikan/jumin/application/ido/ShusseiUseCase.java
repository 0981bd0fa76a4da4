package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Seinengappi;
import jp.kikan.jumin.domain.policy.ZokugaraPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/** 出生: the child joins a household; its 生年月日, 住民となった日 and 住所を定めた日 are the birth date. */
@ApplicationScoped
public class ShusseiUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Shussei cmd) {
        IdoInput in = new IdoInput();
        String setaibango = in.bango("setaibango", cmd.setaibango());
        LocalDate birth = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        NewResidentInput.Checked child = NewResidentInput.check(in, "member", cmd.member());
        in.check();
        if (child.seinengappi().date() != null && !child.seinengappi().date().equals(birth)) {
            in.crossField("member.seinengappi", "birth-date-match", "出生の異動日と生年月日が一致しません");
        }
        if (ZokugaraPolicy.SETAINUSHI.equals(child.zokugara())) {
            in.crossField("member.zokugara", "setainushi-exactly-one", "出生した子を既存の世帯の世帯主にはできません");
        }
        in.check();
        return recorder.record(caller, key, "shussei", cmd, IdoJiyu.SHUSSEI, birth, todokedebi, session -> {
            List<JuminVersion> current = session.household("setaibango", setaibango);
            JuminVersion head = current.stream().filter(v -> v.kisai().setainushi()).findFirst()
                    .orElseThrow(() -> new RuleViolationException("setai-empty", "setaibango", StandardErrorCode.E0004,
                            "住民のいない世帯には出生を記録できません"));
            int junjo = current.stream().mapToInt(v -> v.kisai().kisaiJunjo()).max().orElse(0) + 1;
            NewResidentInput.Checked born = new NewResidentInput.Checked(child.shubetsu(), child.shimei(),
                    Seinengappi.of(birth), child.seibetsu(), child.zokugara(), child.honseki(), child.hittosha(),
                    child.kojinbango(), child.juminhyokodo(), birth, child.gaikokujin());
            session.write(null, born.toKisai(setaibango, junjo, head.kisai().jusho(), birth, null));
        });
    }
}
