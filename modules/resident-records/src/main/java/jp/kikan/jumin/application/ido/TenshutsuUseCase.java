package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/** 転出: 異動日 is the planned date (転出予定日) and may be in the future. */
@ApplicationScoped
public class TenshutsuUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Tenshutsu cmd) {
        IdoInput in = new IdoInput();
        List<String> atenabango = in.distinctBango("atenabango", cmd.atenabango());
        if (atenabango.isEmpty()) {
            in.crossField("atenabango", "required", "転出する住民を一人以上指定してください");
        }
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        LocalDate todokedebi = in.date("todokedenengappi", cmd.todokedenengappi(), false);
        String saki = in.text("tenshutsusakijusho", cmd.tenshutsusakijusho(), 300, true);
        String shin = cmd.shinSetainushi() == null ? null : in.bango("shin_setainushi", cmd.shinSetainushi());
        in.check();
        return recorder.record(caller, key, "tenshutsu", cmd, IdoJiyu.KOKUNAI_TENSHUTSU, idobi, todokedebi,
                session -> Removal.remove(session, atenabango, JuminJotai.TENSHUTSU, saki, shin,
                        HouseholdReorganization.zokugaraMap(cmd.zokugara())));
    }
}
