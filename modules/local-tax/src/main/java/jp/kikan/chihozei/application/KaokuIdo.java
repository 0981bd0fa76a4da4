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
 * 家屋の異動 (x-kikan-function koteishisanzei.daicho): a change — 所有権移転, 増築, 評価替え, 滅失, 訂正 — as a new
 * version; the earlier ones stay as they were. A version dated during the year changes the taxpayer from the next 年度
 * (賦課期日 1月1日, 地方税法第359条).
 */
@ApplicationScoped
public class KaokuIdo {

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

    public KoteishisanViews.Kaoku ido(Caller caller, String idempotencyKey, String kaokuId, JsonNode r) {
        return commands.run(caller, idempotencyKey, "koteishisanzei.kaoku.ido", List.of(kaokuId, r), KaokuToroku.RESULT, () -> {
            store.lock(caller.lgCode(), kaokuId);
            List<KoteishisanDaichoStore.KaokuHan> before = store.kaokuVersions(caller.lgCode(), kaokuId);
            if (before.isEmpty()) {
                throw new NotFoundException("kaoku_id", "家屋 " + kaokuId + " は台帳にありません");
            }
            KoteishisanDaichoStore.KaokuHan h = nyuryoku.kaoku(caller, r, before.size() + 1);
            store.record(caller.lgCode(), kaokuId, h, clock.instant(), caller.actor());
            return daicho.kaoku(caller.lgCode(), kaokuId);
        }).result();
    }
}
