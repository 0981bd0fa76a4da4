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
 * 土地の登録 (x-kikan-function koteishisanzei.daicho; 土地課税台帳, 地方税法第341条第10号・第380条): a parcel gets its
 * number and its first version with the owners (共有: 持分 and 代表者), 異動日 and 処理日.
 */
@ApplicationScoped
public class TochiToroku {

    static final ResultType<KoteishisanViews.Tochi> RESULT = ResultType.of(KoteishisanViews.Tochi.class, 1);

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

    public KoteishisanViews.Tochi toroku(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, "koteishisanzei.tochi.toroku", r, RESULT, () -> {
            KoteishisanDaichoStore.TochiHan h = nyuryoku.tochi(caller, r, 1);
            String id = store.nextId(caller.lgCode(), "T");
            store.record(caller.lgCode(), id, h, clock.instant(), caller.actor());
            return daicho.tochi(caller.lgCode(), id);
        }).result();
    }
}
