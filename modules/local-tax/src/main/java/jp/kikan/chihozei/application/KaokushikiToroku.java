package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KaokushikiStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 事務所・事業所・家屋敷の登録と終了 (x-kikan-function kojin-juminzei.kaokushiki): the ground of a 住登外者's 家屋敷課税
 * (地方税法第294条第1項第2号). A registration is version 1 of a new place; its end (譲渡・取壊し・廃止) is a new version
 * with the day from which it is no longer held — the history stays, and an assessment of an earlier 年度 still sees it.
 * Only a 住登外者 holds one here: a resident is taxed here as a resident (第294条第1項第1号).
 */
@ApplicationScoped
public class KaokushikiToroku {

    static final ResultType<KaokushikiViews.Ichiran> RESULT = ResultType.of(KaokushikiViews.Ichiran.class, 1);
    static final String ACTION = "kojin-juminzei.kaokushiki";

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KaokushikiStore store;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public KaokushikiViews.Ichiran toroku(Caller caller, String idempotencyKey, String atenabango, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION + ".toroku", withTarget(r, atenabango, null), RESULT, () -> {
            lockJutogai(caller, atenabango);
            LocalDate kaishibi = SharyoNyuryoku.date(r, "shoyu_kaishibi", calendar.today());
            List<KaokushikiStore.Version> latest = store.latest(caller.lgCode(), atenabango);
            int bango = latest.stream().mapToInt(KaokushikiStore.Version::kaokushikiBango).max().orElse(0) + 1;
            store.append(caller.lgCode(), atenabango, new KaokushikiStore.Version(bango, 1, r.get("kubun").asText(),
                    r.get("shozaichi").asText(), kaishibi, null, r.get("riyu").asText(), calendar.today(), clock.instant(),
                    caller.actor()));
            return KaokushikiViews.ichiran(atenabango, store.versions(caller.lgCode(), atenabango));
        }).result();
    }

    public KaokushikiViews.Ichiran shuryo(Caller caller, String idempotencyKey, String atenabango, int bango, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION + ".shuryo", withTarget(r, atenabango, bango), RESULT, () -> {
            lockJutogai(caller, atenabango);
            KaokushikiStore.Version v = store.latest(caller.lgCode(), atenabango).stream()
                    .filter(x -> x.kaokushikiBango() == bango).findFirst()
                    .orElseThrow(() -> new NotFoundException("kaokushiki_bango", "事務所・家屋敷 " + bango + " は登録されていません"));
            if (v.shoyuShuryobi() != null) {
                throw new RuleViolationException("kaokushiki-shuryo-zumi", "kaokushiki_bango", StandardErrorCode.E0004,
                        "この事務所・家屋敷は " + v.shoyuShuryobi() + " に終了済みです。誤りの訂正は新しい登録で行ってください");
            }
            LocalDate shuryobi = SharyoNyuryoku.date(r, "shoyu_shuryobi", calendar.today());
            if (!shuryobi.isAfter(v.shoyuKaishibi())) {
                throw new RuleViolationException("shuryobi-after-kaishibi", "shoyu_shuryobi", StandardErrorCode.E0004,
                        "有しなくなった日は有し始めた日 (" + v.shoyuKaishibi() + ") より後の日付で入力してください");
            }
            store.append(caller.lgCode(), atenabango, new KaokushikiStore.Version(bango, v.version() + 1, v.kubun(),
                    v.shozaichi(), v.shoyuKaishibi(), shuryobi, r.get("riyu").asText(), calendar.today(), clock.instant(),
                    caller.actor()));
            return KaokushikiViews.ichiran(atenabango, store.versions(caller.lgCode(), atenabango));
        }).result();
    }

    private void lockJutogai(Caller caller, String atenabango) {
        NozeigimushaEntity n = nozeigimushas.lock(caller, atenabango, ACTION);
        if (!"jutogai".equals(n.kubun)) {
            throw new RuleViolationException("kaokushiki-jutogai-nomi", "atenabango", StandardErrorCode.E0004,
                    "事務所・家屋敷は住登外者にだけ登録できます（この団体の住民は住民として課税されます）");
        }
        if (n.hojinBango != null) {
            // the 均等割 of a 法人 with an office here is the 法人住民税 (地方税法第294条第1項第3号), not this 個人 levy
            throw new RuleViolationException("kaokushiki-kojin-nomi", "atenabango", StandardErrorCode.E0004,
                    "法人の事務所・事業所は個人住民税の家屋敷課税の対象ではありません（法人住民税）");
        }
    }

    /** The request as the idempotency store compares it: the same key for another person or place is a conflict. */
    private static JsonNode withTarget(JsonNode r, String atenabango, Integer bango) {
        com.fasterxml.jackson.databind.node.ObjectNode o = r.deepCopy();
        o.put("_atenabango", atenabango);
        if (bango != null) {
            o.put("_kaokushiki_bango", bango);
        }
        return o;
    }
}
