package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.choshu.TokubetsuChoshuKijun;
import jp.kikan.kaigo.choshu.TokubetsuChoshuTsuchi;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.TokubetsuChoshuStore;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 特別徴収対象者の通知の記録 (x-kikan-function kaigo.hokenryo.tokubetsu-choshu): the pension insurer's notice (介護保険法
 * 第134条, 基準日 4月1日: 年金の年額, and for one not withheld in the previous February here the 仮徴収 the insurer set) as a
 * clerk entered it, for a 第1号被保険者 of the 年度 — this service holds no pension data. Only before the 年度's first
 * assessment (the pension insurer is told the 本徴収 then): afterwards it is refused and nothing is recorded. The next
 * assessment of the 年度 uses the latest notice.
 */
@ApplicationScoped
public class TokubetsuChoshuTodokede {

    public static final String ACTION = "kaigo.hokenryo.tokubetsu-choshu";
    static final ResultType<View> RESULT = ResultType.of(View.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuStore shikaku;

    @Inject
    FukaStore fuka;

    @Inject
    TokubetsuChoshuStore store;

    @Inject
    HokenryoParameterStore parameters;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public record View(String atenabango, int nendo, long nenkinNengaku, String tsuchibi, String nenkinHokensha,
            Long karichoshuGaku, boolean tokubetsuChoshuTaisho, long kijunNengaku, List<String> riyu, String shorinengappi) {
    }

    public View todokede(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            int nendo = r.get("nendo").asInt();
            jumins.require(caller, a, ACTION);
            Jumin j = juminStore.lock(caller.lgCode(), a)
                    .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + a + " の住民は記録されていません"));
            fuka.lock(caller.lgCode(), a, nendo);
            LocalDate today = calendar.today();
            LocalDate tsuchibi = ShikakuTodokede.date(r.get("tsuchibi").asText(), "tsuchibi");
            if (tsuchibi.isAfter(today)) {
                throw new RuleViolationException("date-future", "tsuchibi", StandardErrorCode.E0004,
                        "業務日付 " + today + " より後の日付は届け出られません");
            }
            if (fuka.latest(caller.lgCode(), a, nendo).isPresent()) {
                throw new RuleViolationException("fuka-zumi", "nendo", StandardErrorCode.E0004, nendo
                        + "年度の保険料は賦課済みのため、この年度の特別徴収は始められません（年金保険者への本徴収の通知の後）。翌年度の通知として届け出てください");
            }
            ShikakuRireki rireki = shikaku.rireki(caller.lgCode(), a);
            boolean due = j.jumin() && ShikakuPolicy.nenreiTotatsu(rireki, j.seinengappi(), today)
                    .filter(x -> x.koryokubi().isBefore(LocalDate.of(nendo + 1, 4, 1))).isPresent();
            if (KaigoFukaKettei.kikan(rireki, nendo).isEmpty() && !due) {
                throw new RuleViolationException("hihokensha-nashi", "nendo", StandardErrorCode.E0004,
                        nendo + "年度に第1号被保険者であった期間がありません");
            }
            TokubetsuChoshuKijun kijun = parameters.choshu(caller.lgCode(), nendo).kijun().value();
            TokubetsuChoshuTsuchi t = new TokubetsuChoshuTsuchi(r.get("nenkin_nengaku").asLong(), tsuchibi,
                    r.hasNonNull("nenkin_hokensha") ? r.get("nenkin_hokensha").asText() : null,
                    r.hasNonNull("karichoshu_gaku") ? r.get("karichoshu_gaku").asLong() : null);
            String biko = r.hasNonNull("biko") ? r.get("biko").asText() : null;
            store.insert(caller.lgCode(), a, nendo, t, biko, today, clock.instant(), caller.actor());
            accessLog.record(caller, ACTION, Jumins.TARGET, a, "nendo=" + nendo + " nenkin_nengaku=" + t.nenkinNengaku());
            boolean taisho = t.nenkinNengaku() >= kijun.nenkinNengaku();
            List<String> riyu = new ArrayList<>();
            riyu.add(String.format(taisho ? "年金年額 %,d円 が %,d円 以上のため、特別徴収の対象（本徴収 10・12・2月）"
                    : "年金年額 %,d円 が %,d円 未満のため、特別徴収の対象でない（普通徴収）", t.nenkinNengaku(), kijun.nenkinNengaku()));
            if (t.karichoshuGaku() != null) {
                riyu.add(String.format("仮徴収（4・6・8月）は各 %,d円（前年度2月の特別徴収がこの業務にないときに使う）", t.karichoshuGaku()));
            }
            return new View(a, nendo, t.nenkinNengaku(), tsuchibi.toString(), t.nenkinHokensha(), t.karichoshuGaku(), taisho,
                    kijun.nenkinNengaku(), riyu, today.toString());
        }).result();
    }
}
