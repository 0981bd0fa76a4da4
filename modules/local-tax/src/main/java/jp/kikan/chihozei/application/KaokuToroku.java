package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;

/**
 * 家屋の登録 (x-kikan-function koteishisanzei.daicho; 家屋課税台帳, 地方税法第341条第12号・第380条): a house gets its
 * number and its first version with the owners (共有: 持分 and 代表者), 異動日 and 処理日.
 */
@ApplicationScoped
public class KaokuToroku {

    static final ResultType<KoteishisanViews.Kaoku> RESULT = ResultType.of(KoteishisanViews.Kaoku.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    KoteishisanNyuryoku nyuryoku;

    @Inject
    KoteishisanDaichoStore store;

    @Inject
    KoteishisanDaicho daicho;

    @Inject
    Clock clock;

    public KoteishisanViews.Kaoku toroku(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, "koteishisanzei.kaoku.toroku", r, RESULT, () -> {
            KoteishisanDaichoStore.KaokuHan h = nyuryoku.kaoku(caller, r, 1);
            String id = store.nextId(caller.lgCode(), "K");
            store.record(caller.lgCode(), id, h, clock.instant(), caller.actor());
            return daicho.kaoku(caller.lgCode(), id);
        }).result();
    }
}
