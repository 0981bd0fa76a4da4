package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.koteishisanzei.KoteishisanzeiKeisan;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteiKoseiKekka;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.policy.KoseiKikanPolicy;
import jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKoseiPolicy;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.chihozei.infrastructure.ShokyakuShinkokuStore;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisan;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 固定資産税・都市計画税の賦課 (x-kikan-function koteishisanzei.keisan, koteishisanzei.kosei): the taxpayer — one owner, or
 * all the co-owners of what they hold together (one taxpayer, 地方税法第10条の2) — is taxed on what the register shows it
 * owning on 1月1日 of the 年度 (第343条・第359条), with that 年度's parameters, and the result kept as a new version with its
 * 算定根拠. The first version is the 当初; each later one a 更正 with its reason and the differences per 期 (KoteiKoseiPolicy):
 * a past 年度 is corrected the same way, all its 期 being due, while the period of 地方税法第17条の5 runs (KoseiKikanPolicy).
 * The event goes to the outbox in the same transaction.
 */
@ApplicationScoped
public class KoteishisanzeiFukaKettei {

    static final ResultType<KoteishisanViews.FukaHan> RESULT = ResultType.of(KoteishisanViews.FukaHan.class, 1);
    static final String ACTION = "koteishisanzei.fuka";

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KoteishisanDaichoStore daicho;

    @Inject
    KoteishisanFukaStore fukaStore;

    @Inject
    KoteishisanKazeiTaisho kazeiTaisho;

    @Inject
    KoteishisanzeiKeisan engine;

    @Inject
    KoteiParameterRepository parameters;

    @Inject
    KoteishisanFukaEvents events;

    @Inject
    TaxJson json;

    @Inject
    ShokyakuShinkokuStore shokyakuShinkoku;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    /** The 償却資産 of the 申告 in force for the 年度 (地方税法第383条), each line to be valued by the 年度's table. */
    private List<ShokyakuShisan> shokyaku(String lg, String atenabango, int nendo) {
        return shokyakuShinkoku.latest(lg, atenabango, nendo).map(v -> {
            List<ShokyakuShisanMeisai> m = ShokyakuShinkokuViews.meisai(json, v.meisai());
            List<ShokyakuShisan> out = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                out.add(ShokyakuShisan.shinkoku("S" + v.version() + "-" + (i + 1), m.get(i)));
            }
            return out;
        }).orElse(List.of());
    }

    public KoteishisanViews.FukaHan kettei(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            int nendo = r.get("nendo").asInt();
            String riyu = r.hasNonNull("riyu") && !r.get("riyu").asText().isBlank() ? r.get("riyu").asText() : null;
            List<String> owners = new ArrayList<>();
            r.get("shoyusha").forEach(a -> owners.add(a.asText()));
            owners.forEach(a -> nozeigimushas.require(caller, a, ACTION));
            KoteishisanFukaStore.Version v = fuka(caller.lgCode(), nendo, owners, riyu, caller.actor());
            return KoteishisanzeiFukaVersion.view(json, nendo, v);
        }).result();
    }

    /**
     * The assessment of a taxpayer (its owners, in any order) for a 年度, stored as its next version with the event, in the
     * caller's transaction: the clerk's command above, or a batch of the 当初賦課 job (which assesses 支援措置 persons too: the
     * measure restricts lookups and issuance, not taxation).
     */
    public KoteishisanFukaStore.Version fuka(String lg, int nendo, List<String> owners, String riyu, String actor) {
        String key = String.join("+", owners.stream().sorted().toList());
        KoteishisanzeiParameters p = parameters.parameters(new Nendo(nendo), lg);
        KoseiKikanPolicy.kakunin(nendo, p.noki(), p.koseiKikan(), calendar.today());
        daicho.lock(lg, "fuka:" + key + ":" + nendo);
        LocalDate kijitsu = LocalDate.of(nendo, 1, 1);
        List<KoteishisanDaichoStore.Tochi> tochi = daicho.tochiOf(lg, owners.get(0), kijitsu).stream()
                .filter(t -> t.han().shoyushaKey().equals(key)).toList();
        List<KoteishisanDaichoStore.Kaoku> kaoku = daicho.kaokuOf(lg, owners.get(0), kijitsu).stream()
                .filter(k -> k.han().shoyushaKey().equals(key)).toList();
        List<KoteishisanzeiFukaVersion> before = fukaStore.versions(lg, key, nendo).stream()
                .map(KoteishisanzeiFukaVersion::new).toList();
        List<ShokyakuShisan> shokyaku = owners.size() == 1 ? shokyaku(lg, owners.get(0), nendo) : List.of();
        if (tochi.isEmpty() && kaoku.isEmpty() && shokyaku.isEmpty() && before.isEmpty()) {
            throw new RuleViolationException("shisan-nashi", "shoyusha", StandardErrorCode.E0004, nendo
                    + "年1月1日（賦課期日、地方税法第359条）にこの所有者" + (owners.size() > 1 ? "（共有者の組）" : "") + "の資産は台帳にありません");
        }
        KazeiTaisho taisho = new KazeiTaisho(nendo, lg, tochi.stream().map(t -> kazeiTaisho.tochi(lg, nendo, t)).toList(),
                kaoku.stream().map(kazeiTaisho::kaoku).toList(), shokyaku);
        KoteishisanzeiFuka f = engine.fuka(taisho);
        String daihyosha = !tochi.isEmpty() ? tochi.get(0).han().daihyosha() : !kaoku.isEmpty() ? kaoku.get(0).han().daihyosha()
                : !before.isEmpty() ? before.get(before.size() - 1).v().daihyosha() : owners.get(0);
        String dantai = parameters.municipality(lg).map(KoteiParameterRepository.Overlay::nameJa).orElse(null);
        ObjectNode kekka = json.mapper().valueToTree(KoteishisanViews.of(f, dantai));
        List<String> sorted = owners.stream().sorted().toList();
        KoteishisanFukaStore.Version v;
        if (before.isEmpty()) {
            v = new KoteishisanFukaStore.Version(key, 1, "tosho", riyu, daihyosha, json.write(sorted), f.nenZeigaku(),
                    kekka.toString(), null, calendar.today());
        } else {
            if (riyu == null) {
                throw new RuleViolationException("kosei-riyu", "riyu", StandardErrorCode.E0001,
                        "賦課済みの年度です。更正の理由を入力してください");
            }
            KoteishisanzeiFukaVersion last = before.get(before.size() - 1);
            KoteiKoseiKekka k = KoteiKoseiPolicy.kosei(last.kibetsu(json), f.nenZeigaku(), YearMonth.from(calendar.today()),
                    p.noki());
            // the stored plan of the 期 is the corrected one; the 更正's own step joins the 算定根拠
            kekka.set("kibetsu", json.mapper().valueToTree(k.koseigo().stream()
                    .map(x -> new FukaViews.Kibetsu(x.kibetsu(), x.nengetsu().toString(), x.zeigaku())).toList()));
            ((com.fasterxml.jackson.databind.node.ArrayNode) kekka.get("santei_konkyo"))
                    .addAll((com.fasterxml.jackson.databind.node.ArrayNode) json.mapper().valueToTree(FukaViews.steps(k.santeiKonkyo())));
            ObjectNode kosei = json.mapper().createObjectNode();
            kosei.set("sagaku", json.mapper().valueToTree(k.sagaku().stream().map(s -> new FukaViews.Sagaku(s.kibetsu(),
                    s.nengetsu().toString(), s.genzai(), s.koseigo(), s.sagaku(), s.torai())).toList()));
            kosei.put("zuiji", k.zuiji());
            kosei.put("zengaku", last.v().nenzeigaku());
            v = new KoteishisanFukaStore.Version(key, before.size() + 1, "kosei", riyu, daihyosha, json.write(sorted),
                    f.nenZeigaku(), kekka.toString(), kosei.toString(), calendar.today());
        }
        fukaStore.record(lg, nendo, v, clock.instant(), actor);
        events.append(lg, nendo, v);
        return v;
    }
}
