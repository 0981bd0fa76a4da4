package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/** 死亡: the person's record becomes a 除票 as of the date of death. */
@ApplicationScoped
public class ShiboUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Shibo cmd) {
        IdoInput in = new IdoInput();
        String atenabango = in.bango("atenabango", cmd.atenabango());
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        String shin = cmd.shinSetainushi() == null ? null : in.bango("shin_setainushi", cmd.shinSetainushi());
        in.check();
        return recorder.record(caller, key, "shibo", cmd, IdoJiyu.SHIBO, idobi, todokedebi,
                session -> Removal.remove(session, List.of(atenabango), JuminJotai.SHIBO, null, shin,
                        HouseholdReorganization.zokugaraMap(cmd.zokugara())));
    }
}
