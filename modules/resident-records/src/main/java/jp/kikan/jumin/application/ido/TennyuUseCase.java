package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.jumin.domain.policy.ZokugaraPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/**
 * 転入 (国内・国外) and 職権記載: records new residents, either as a new household (one of them is
 * 世帯主) or joining an existing one. 宛名番号・世帯番号 are issued with their check digit.
 */
@ApplicationScoped
public class TennyuUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Tennyu cmd) {
        IdoInput in = new IdoInput();
        String kubun = in.code("tennyu_kubun", cmd.tennyuKubun(), List.of("kokunai", "kokugai", "shokken_kisai"), true);
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        String setaibango = cmd.setaibango() == null ? null : in.bango("setaibango", cmd.setaibango());
        Jusho jusho = in.jusho("jusho", cmd.jusho(), setaibango == null);
        String tennyumae = in.text("tennyumaejusho", cmd.tennyumaejusho(), 300, false);
        List<NewResidentInput.Checked> members = new ArrayList<>();
        if (cmd.members() == null || cmd.members().isEmpty()) {
            in.crossField("members", "required", "転入する住民を一人以上指定してください");
        } else {
            for (int i = 0; i < cmd.members().size(); i++) {
                members.add(NewResidentInput.check(in, "members[" + i + "]", cmd.members().get(i)));
            }
        }
        in.check();
        long heads = members.stream().filter(m -> ZokugaraPolicy.SETAINUSHI.equals(m.zokugara())).count();
        if (setaibango == null && heads != 1) {
            in.crossField("members", "setainushi-exactly-one", "新しい世帯には続柄「世帯主」の者がちょうど一人必要です");
        }
        if (setaibango != null && heads > 0) {
            in.crossField("members", "setainushi-exactly-one", "既存の世帯には世帯主がいるため、転入者を世帯主にはできません");
        }
        in.check();
        IdoJiyu jiyu = switch (kubun) {
            case "kokugai" -> IdoJiyu.KOKUGAI_TENNYU;
            case "shokken_kisai" -> IdoJiyu.SHOKKEN_KISAI;
            default -> IdoJiyu.KOKUNAI_TENNYU;
        };
        return recorder.record(caller, key, "tennyu", cmd, jiyu, idobi, todokedebi, session -> {
            String setai;
            Jusho address;
            int junjo;
            if (setaibango == null) {
                setai = session.newSetai();
                address = WithinMunicipality.require(caller.lgCode(), jusho, null);
                junjo = 1;
            } else {
                List<JuminVersion> current = session.household("setaibango", setaibango);
                setai = setaibango;
                address = jusho != null ? WithinMunicipality.require(caller.lgCode(), jusho, null) : current.stream().filter(v -> v.kisai().setainushi())
                        .findFirst().map(v -> v.kisai().jusho()).orElse(null);
                if (address == null) {
                    throw new jp.kikan.platform.problem.RuleViolationException("setai-empty", "jusho",
                            jp.kikan.platform.problem.StandardErrorCode.E0001, "住民のいない世帯には住所を指定してください");
                }
                junjo = current.stream().mapToInt(v -> v.kisai().kisaiJunjo()).max().orElse(0) + 1;
            }
            List<NewResidentInput.Checked> ordered = new ArrayList<>(members);
            ordered.sort((a, b) -> Boolean.compare(!ZokugaraPolicy.SETAINUSHI.equals(a.zokugara()),
                    !ZokugaraPolicy.SETAINUSHI.equals(b.zokugara())));
            for (NewResidentInput.Checked m : ordered) {
                session.write(null, m.toKisai(setai, junjo++, address, idobi, tennyumae));
            }
        });
    }
}
