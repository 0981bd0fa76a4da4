package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.infrastructure.ShokyakuShinkokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShurui;
import jp.kikan.chihozei.koteishisanzei.domain.policy.ShokyakuHyokaPolicy;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 償却資産申告の受付と照会 (x-kikan-function koteishisanzei.shokyaku-shinkoku): the 償却資産 a taxpayer held on 1月1日
 * (地方税法第383条), entered by a clerk from the 申告書 and its 種類別明細書. Each 申告 for a 年度 is a version — a later
 * one is a 修正申告 with its reason, the earlier stay; the lines are kept as declared and every 評価額 is computed from
 * them with that 年度's 減価率表 (固定資産評価基準 別表第15), so the 申告 of a past 年度 keeps its own values.
 */
@ApplicationScoped
public class ShokyakuShinkoku {

    static final ResultType<ShokyakuShinkokuViews.Rireki> RESULT = ResultType.of(ShokyakuShinkokuViews.Rireki.class, 1);
    static final String ACTION = "koteishisanzei.shokyaku-shinkoku";

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    ShokyakuShinkokuStore store;

    @Inject
    KoteiParameterRepository parameters;

    @Inject
    TaxJson json;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public ShokyakuShinkokuViews.Rireki uketsuke(Caller caller, String idempotencyKey, String atenabango, JsonNode r) {
        ObjectNode target = r.deepCopy();
        target.put("_atenabango", atenabango);
        return commands.run(caller, idempotencyKey, ACTION, target, RESULT, () -> {
            int nendo = r.get("nendo").asInt();
            KoteishisanzeiParameters p = parameters.parameters(new Nendo(nendo), caller.lgCode());
            nozeigimushas.lock(caller, atenabango, ACTION);
            LocalDate shinkokuBi = r.hasNonNull("shinkoku_bi") ? SharyoNyuryoku.date(r, "shinkoku_bi", calendar.today())
                    : calendar.today();
            List<ShokyakuShinkokuViews.Gyo> gyo = gyo(r.get("shisan"), "shisan");
            List<ShokyakuShisanMeisai> meisai = gyo.stream().map(ShokyakuShinkokuViews.Gyo::meisai).toList();
            List<FieldViolation> v = ShokyakuHyokaPolicy.check(nendo, meisai, "shisan", p.shokyakuHyoka());
            if (!v.isEmpty()) {
                throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, ShokyakuHyokaPolicy.RULE, v.get(0).message(), v);
            }
            List<ShokyakuShinkokuStore.Version> before = store.versions(caller.lgCode(), atenabango, nendo);
            String riyu = r.hasNonNull("riyu") && !r.get("riyu").asText().isBlank() ? r.get("riyu").asText() : null;
            if (!before.isEmpty() && riyu == null) {
                throw new RuleViolationException("shusei-riyu", "riyu", StandardErrorCode.E0001,
                        nendo + "年度の申告は受付済みです。修正申告の理由を入力してください");
            }
            store.append(caller.lgCode(), atenabango, new ShokyakuShinkokuStore.Version(nendo, before.size() + 1, shinkokuBi,
                    riyu, json.write(gyo), meisai.stream().mapToLong(ShokyakuShisanMeisai::shutokuKakaku).sum(),
                    calendar.today(), clock.instant(), caller.actor()));
            return rireki(caller, atenabango, nendo);
        }).result();
    }

    @Transactional
    public ShokyakuShinkokuViews.Rireki shokai(Caller caller, String atenabango, Integer nendo) {
        nozeigimushas.require(caller, atenabango, ACTION);
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, nendo == null ? null : "nendo=" + nendo);
        return rireki(caller, atenabango, nendo);
    }

    private ShokyakuShinkokuViews.Rireki rireki(Caller caller, String atenabango, Integer nendo) {
        List<ShokyakuShinkokuViews.Version> out = new ArrayList<>();
        for (ShokyakuShinkokuStore.Version v : store.versions(caller.lgCode(), atenabango, nendo)) {
            out.add(ShokyakuShinkokuViews.version(json, v, parameters.parameters(new Nendo(v.nendo()), caller.lgCode())));
        }
        return new ShokyakuShinkokuViews.Rireki(atenabango, out);
    }

    /**
     * The lines of a request's array {@code base} (checked against the contract: the kinds and the shapes are known to
     * be right), a 申告's or a simulation's.
     */
    static List<ShokyakuShinkokuViews.Gyo> gyo(JsonNode list, String base) {
        List<ShokyakuShinkokuViews.Gyo> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String field = base + "[" + i + "]";
            String nengetsu = s.get("shutoku_nengetsu").asText();
            try {
                YearMonth.parse(nengetsu);
            } catch (DateTimeParseException e) {
                throw new RuleViolationException("date-exists", field + ".shutoku_nengetsu", StandardErrorCode.E0004,
                        "取得年月「" + nengetsu + "」は暦に存在しません（YYYY-MM）");
            }
            ShokyakuShurui.ofCode(s.get("shurui").asText()).orElseThrow(() -> new RuleViolationException("shurui",
                    field + ".shurui", StandardErrorCode.E0004, "資産の種類は1〜6です"));
            out.add(new ShokyakuShinkokuViews.Gyo(s.get("shurui").asText(), s.get("meisho").asText(), s.path("suryo").asInt(1),
                    nengetsu, s.get("shutoku_kakaku").asLong(), s.get("taiyo_nensu").asInt()));
        }
        return out;
    }
}
