package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/** 職権消除 (e.g. after a 実態調査 finds the person no longer lives there; 住民基本台帳法施行令 第8条). */
@ApplicationScoped
public class ShokkenShojoUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.ShokkenShojo cmd) {
        IdoInput in = new IdoInput();
        String atenabango = in.bango("atenabango", cmd.atenabango());
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        in.freeText("riyu", cmd.riyu(), 200, true);
        String shin = cmd.shinSetainushi() == null ? null : in.bango("shin_setainushi", cmd.shinSetainushi());
        in.check();
        return recorder.record(caller, key, "shokken-shojo", cmd, IdoJiyu.SHOKKEN_SHOJO, idobi, null,
                session -> Removal.remove(session, List.of(atenabango), JuminJotai.SHOKKEN_SHOJO, null, shin,
                        HouseholdReorganization.zokugaraMap(cmd.zokugara())));
    }
}
