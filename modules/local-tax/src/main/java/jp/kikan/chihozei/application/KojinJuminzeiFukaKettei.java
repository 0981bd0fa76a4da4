package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuHoho;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.parameter.ChoshuParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.KoseiKekka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KoseiPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 個人住民税の賦課 (x-kikan-function kojin-juminzei.keisan, kojin-juminzei.kosei): the tax of a taxpayer who lived
 * here on the 賦課期日, from the latest 申告, kept as a new version with its 算定根拠 and 普通徴収 instalments. The first
 * version is the 当初賦課; each later one a 更正 with its reason, whose differences per instalment not yet due are
 * new − (original + earlier corrections) (KoseiPolicy). The event goes to the outbox in the same transaction. A 住登外者
 * is assessed the 家屋敷課税 instead ({@link KaokushikiKazei}: 均等割 only, 普通徴収).
 */
@ApplicationScoped
public class KojinJuminzeiFukaKettei {

    static final ResultType<JsonNode> RESULT = ResultType.of(JsonNode.class, 1);
    static final String ACTION = "kojin-juminzei.fuka";

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    NozeigimushaShokai shokai;

    @Inject
    KazeiShiryo shiryo;

    @Inject
    FukaStore fukaStore;

    @Inject
    FukaRireki rireki;

    @Inject
    FukaEvents events;

    @Inject
    FukaComputation computation;

    @Inject
    KaokushikiKazei kaokushikiKazei;

    @Inject
    SanteiKonkyoStorage storage;

    @Inject
    ParameterRepository parameters;

    @Inject
    TaxJson json;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    jp.kikan.chihozei.application.parameter.ParameterOverlays overlays;

    public JsonNode kettei(Caller caller, String idempotencyKey, JsonNode request) {
        overlays.refresh(caller.lgCode()); // values loaded through another instance of the service
        return commands.run(caller, idempotencyKey, ACTION, request, RESULT, () -> {
            String atenabango = request.get("atenabango").asText();
            int nendo = request.get("nendo").asInt();
            String riyu = request.hasNonNull("riyu") && !request.get("riyu").asText().isBlank() ? request.get("riyu").asText() : null;
            NozeigimushaEntity n = nozeigimushas.lock(caller, atenabango, ACTION);
            boolean kaokushiki = "jutogai".equals(n.kubun);
            FukaComputation.Kekka k;
            int shinkokuVersion;
            if (kaokushiki) {
                // a 住登外者 is taxed here only for a 事務所・家屋敷 held on the 賦課期日 (第294条第1項第2号): 均等割 alone
                k = kaokushikiKazei.kekka(caller.lgCode(), atenabango, new Nendo(nendo), request.get("jushochi_jokyo"));
                shinkokuVersion = 0;
            } else {
                requireResidentOnFukakijitsu(caller, n, nendo, request);
                KazeiShiryo.Shiryo s = shiryo.of(caller.lgCode(), atenabango, nendo).orElseThrow(() ->
                        new RuleViolationException("mishinkoku", "atenabango", StandardErrorCode.E0004,
                                "この年度の申告も給与支払報告書もありません (未申告)。申告を受けてから賦課してください"));
                k = computation.compute(caller.lgCode(), nendo, n.seinengappi, s);
                shinkokuVersion = s.version();
            }
            KojinJuminzeiParameters p = parameters.parameters(new Nendo(nendo), caller.lgCode());
            List<FukaStore.Version> before = fukaStore.versions(caller.lgCode(), atenabango, nendo);
            FukaStore.Version v = before.isEmpty() ? computation.tosho(k, shinkokuVersion, riyu)
                    : kosei(k.fuka(), shinkokuVersion, riyu, before, p);
            fukaStore.record(caller.lgCode(), atenabango, nendo, v, clock.instant(), caller.actor());
            events.append(caller.lgCode(), atenabango, nendo, v, kaokushiki);
            return rireki.view(atenabango, nendo, v);
        }).result();
    }

    /** 地方税法第294条第1項・第318条: the municipality of the address on 1月1日 taxes; a later move does not change it. */
    private void requireResidentOnFukakijitsu(Caller caller, NozeigimushaEntity n, int nendo, JsonNode request) {
        if (request.hasNonNull("jushochi_jokyo")) {
            throw new RuleViolationException("jushochi-jokyo-jutogai-nomi", "jushochi_jokyo", StandardErrorCode.E0004,
                    "住所地の課税状況は家屋敷課税 (住登外者) の賦課にだけ入力します");
        }
        if (!shokai.fukakijitsuJumin(caller.lgCode(), n, new Nendo(nendo))) {
            throw new RuleViolationException("fukakijitsu-jumin", "atenabango", StandardErrorCode.E0004,
                    new Nendo(nendo).label() + "の賦課期日 (" + nendo + "年1月1日) にこの団体の住民ではないため賦課できません (地方税法第318条)");
        }
    }

    private FukaStore.Version kosei(KojinJuminzeiFuka fuka, int shinkokuVersion, String riyu,
            List<FukaStore.Version> before, KojinJuminzeiParameters p) {
        if (riyu == null) {
            throw new RuleViolationException("kosei-riyu", "riyu", StandardErrorCode.E0001,
                    "賦課済みの年度です。更正の理由を入力してください");
        }
        // the way of collection stays the 当初's (a change of 徴収方法 in the year is its own procedure): the differences
        // go to the instalments of that way not yet due, by its own rounding (地方税法第321条の6 for 特別徴収)
        JsonNode toshoChoshu = json.tree(before.get(0).choshu());
        ChoshuKeikaku tosho = plan(toshoChoshu, fuka.nendo());
        Param<ChoshuParams.Bunkatsu> rule = tosho.hoho() == ChoshuHoho.KYUYO_TOKUBETSU_CHOSHU
                ? p.kyuyoTokubetsuChoshu() : p.futsuChoshu();
        List<List<Kibetsu>> kako = before.stream().skip(1).map(b -> sagakuAsKibetsu(b.kosei())).toList();
        KoseiKekka k = KoseiPolicy.kosei(tosho, kako, fuka.nenZeigaku(), YearMonth.from(calendar.today()), rule);
        ObjectNode kosei = json.mapper().createObjectNode();
        kosei.set("sagaku", json.mapper().valueToTree(FukaViews.of(k)));
        kosei.put("zuiji", k.zuiji());
        kosei.put("kanpu", k.kanpu());
        kosei.set("santei_konkyo", json.mapper().valueToTree(FukaViews.steps(k.santeiKonkyo())));
        List<FukaViews.Kibetsu> koseigo = k.sagaku().stream()
                .map(x -> new FukaViews.Kibetsu(x.kibetsu(), x.nengetsu().toString(), x.koseigo())).toList();
        FukaViews.Gimusha gimusha = toshoChoshu.hasNonNull("tokubetsu_choshu_gimusha")
                ? json.mapper().convertValue(toshoChoshu.get("tokubetsu_choshu_gimusha"), FukaViews.Gimusha.class) : null;
        return new FukaStore.Version(before.size() + 1, "kosei", riyu, shinkokuVersion, fuka.nenZeigaku(),
                storage.compact(fuka),
                json.write(new FukaViews.Choshu(toshoChoshu.get("hoho").asText(), fuka.nenZeigaku(), koseigo, gimusha)),
                json.write(kosei), calendar.today());
    }

    private ChoshuKeikaku plan(JsonNode c, Nendo nendo) {
        List<Kibetsu> kibetsu = new java.util.ArrayList<>();
        c.get("kibetsu").forEach(k -> kibetsu.add(new Kibetsu(k.get("kibetsu").asText(), YearMonth.parse(k.get("nengetsu").asText()),
                k.get("zeigaku").asLong())));
        ChoshuHoho hoho = ChoshuHoho.valueOf(c.get("hoho").asText().toUpperCase(java.util.Locale.ROOT));
        return new ChoshuKeikaku(hoho, nendo, c.get("zeigaku").asLong(), kibetsu,
                new jp.kikan.platform.santei.SanteiKonkyo(List.of()));
    }

    private List<Kibetsu> sagakuAsKibetsu(String koseiJson) {
        List<Kibetsu> out = new java.util.ArrayList<>();
        json.tree(koseiJson).get("sagaku").forEach(s -> out.add(new Kibetsu(s.get("kibetsu").asText(),
                YearMonth.parse(s.get("nengetsu").asText()), s.get("sagaku").asLong())));
        return out;
    }
}
