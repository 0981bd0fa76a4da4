package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.command.IdempotentCommands;

/**
 * 土地の異動 (x-kikan-function koteishisanzei.daicho): a change — 所有権移転, 分筆, 地目変更, 評価替え, 滅失, 訂正 — as a new
 * version; the earlier ones stay as they were. A version dated during the year changes the taxpayer from the next 年度
 * (賦課期日 1月1日, 地方税法第359条).
 */
@ApplicationScoped
public class TochiIdo {

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

    public KoteishisanViews.Tochi ido(Caller caller, String idempotencyKey, String tochiId, JsonNode r) {
        return commands.run(caller, idempotencyKey, "koteishisanzei.tochi.ido", List.of(tochiId, r), TochiToroku.RESULT, () -> {
            store.lock(caller.lgCode(), tochiId);
            List<KoteishisanDaichoStore.TochiHan> before = store.tochiVersions(caller.lgCode(), tochiId);
            if (before.isEmpty()) {
                throw new NotFoundException("tochi_id", "土地 " + tochiId + " は台帳にありません");
            }
            KoteishisanDaichoStore.TochiHan h = nyuryoku.tochi(caller, r, before.size() + 1);
            store.record(caller.lgCode(), tochiId, h, clock.instant(), caller.actor());
            return daicho.tochi(caller.lgCode(), tochiId);
        }).result();
    }
}
