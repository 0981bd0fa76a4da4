package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.application.parameter.ParameterKensa;
import jp.kikan.chihozei.application.parameter.ParameterViews;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import jp.kikan.chihozei.koteishisanzei.KoteishisanzeiKeisan;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisan;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.chihozei.koteishisanzei.domain.policy.ShokyakuHyokaPolicy;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKubun;
import jp.kikan.chihozei.koteishisanzei.domain.Zennendo;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterLoader;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * 試算 (x-kikan-function koteishisanzei.shisan): registered parcels and houses (their version of the 賦課期日 and their
 * previous 年度's 課税標準) and entered ones — 償却資産 by 評価額 or by the lines of a 申告 —, as one taxpayer's, by the engine and parameters of the assessment; with
 * {@code parameters} a municipality's own 税率・都市計画税率・納期 (checked as a shipped file, for this request only). Nothing
 * is stored; registered assets are read, so the read goes to the access log.
 */
@ApplicationScoped
public class KoteishisanzeiShisan {

    private static final String INLINE = "parameters";
    private static final String FILE = "shikuchoson.json";
    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    @Inject
    KoteishisanzeiKeisan engine;

    @Inject
    KoteiParameterRepository parameters;

    @Inject
    KoteishisanDaichoStore daicho;

    @Inject
    KoteishisanKazeiTaisho kazeiTaisho;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    jp.kikan.platform.quarkus.accesslog.AccessLog accessLog;

    @Transactional
    public KoteishisanViews.ShisanKekka shisan(Caller caller, JsonNode r) {
        int nendo = r.get("nendo").asInt();
        String lg = caller.lgCode();
        LocalDate kijitsu = LocalDate.of(nendo, 1, 1);
        List<Tochi> tochi = new ArrayList<>();
        List<Kaoku> kaoku = new ArrayList<>();
        List<ShokyakuShisan> shokyaku = new ArrayList<>();
        List<String> read = new ArrayList<>();
        JsonNode ids = r.path("tochi_ids");
        for (int i = 0; i < ids.size(); i++) {
            KoteishisanDaichoStore.Tochi t = daicho.tochiOn(lg, ids.get(i).asText(), kijitsu).orElseThrow(notOn("tochi_ids", i, nendo));
            KoteishisanDaicho.owners(t.han().shoyusha()).forEach(a -> nozeigimushas.require(caller, a, KoteishisanDaichoShokai.ACTION));
            tochi.add(kazeiTaisho.tochi(lg, nendo, t));
            read.add(t.tochiId());
        }
        ids = r.path("kaoku_ids");
        for (int i = 0; i < ids.size(); i++) {
            KoteishisanDaichoStore.Kaoku k = daicho.kaokuOn(lg, ids.get(i).asText(), kijitsu).orElseThrow(notOn("kaoku_ids", i, nendo));
            KoteishisanDaicho.owners(k.han().shoyusha()).forEach(a -> nozeigimushas.require(caller, a, KoteishisanDaichoShokai.ACTION));
            kaoku.add(kazeiTaisho.kaoku(k));
            read.add(k.kaokuId());
        }
        int n = 0;
        for (JsonNode t : r.path("tochi")) {
            n++;
            tochi.add(new Tochi("nyuryoku-" + n, t.path("label").asText("入力の土地" + n), TochiKubun.of(t.get("kazei_kubun").asText()),
                    t.get("chiseki").decimalValue(), t.get("hyokagaku").asLong(), t.path("kosu").asInt(0),
                    t.hasNonNull("jutaku_yuka_menseki") ? t.get("jutaku_yuka_menseki").decimalValue() : BigDecimal.ZERO,
                    t.get("shigaika_kuiki").asBoolean(), zennendo(t.path("zennendo"))));
        }
        n = 0;
        for (JsonNode k : r.path("kaoku")) {
            n++;
            kaoku.add(new Kaoku("nyuryoku-" + n, k.path("label").asText("入力の家屋" + n), k.get("hyokagaku").asLong(),
                    k.get("yuka_menseki").decimalValue(), k.get("kyoju_menseki").decimalValue(),
                    date(k.get("shinchiku_nengappi").asText(), "kaoku[" + (n - 1) + "].shinchiku_nengappi"), k.get("kaisu").asInt(),
                    k.get("taika_kozo").asBoolean(), k.path("kashiya").asBoolean(false), k.get("shigaika_kuiki").asBoolean()));
        }
        n = 0;
        for (JsonNode s : r.path("shokyaku_shisan")) {
            n++;
            shokyaku.add(new ShokyakuShisan("nyuryoku-" + n, s.path("label").asText("償却資産" + n), s.get("hyokagaku").asLong()));
        }
        shokyaku.addAll(meisai(r, nendo, lg));
        if (tochi.isEmpty() && kaoku.isEmpty() && shokyaku.isEmpty()) {
            throw new RuleViolationException("shisan-shisan-nashi", "tochi", StandardErrorCode.E0001,
                    "土地・家屋・償却資産のいずれかを指定してください");
        }
        KazeiTaisho taisho = new KazeiTaisho(nendo, lg, tochi, kaoku, shokyaku);
        JsonNode city = r.get(INLINE);
        KoteishisanzeiFuka f;
        ParameterViews.ParameterShugo used;
        if (city == null) {
            f = engine.fuka(taisho);
            used = new ParameterViews.ParameterShugo("kitei", lg, name(parameters, lg), null);
        } else {
            if (!lg.equals(city.path("dantai_code").asText())) {
                throw new RuleViolationException("dantai-code", INLINE + ".dantai_code", StandardErrorCode.E0004,
                        "試算のパラメータの団体コード (parameters.dantai_code) がこの団体 (" + lg + ") と一致しません");
            }
            KoteiParameterRepository inline;
            try {
                inline = KoteiParameterLoader.overlaid(parameters, ParameterSource.of(Map.of(FILE, city.toString())), FILE, "試算の入力");
            } catch (ParameterException e) {
                throw ParameterKensa.refusal(e, INLINE);
            }
            f = new KoteishisanzeiKeisan(inline).fuka(taisho);
            used = new ParameterViews.ParameterShugo("inline", lg, name(inline, lg), null);
        }
        if (!read.isEmpty()) {
            accessLog.record(caller, KoteishisanDaichoShokai.ACTION, "koteishisan", read, "shisan nendo=" + nendo);
        }
        return new KoteishisanViews.ShisanKekka(KoteishisanViews.of(f, used.dantaiMei()), used);
    }

    /** 種類別明細 entered as in a 申告, each line valued by the 年度's table (the same checks, naming shokyaku_meisai[i]). */
    private List<ShokyakuShisan> meisai(JsonNode r, int nendo, String lg) {
        JsonNode lines = r.path("shokyaku_meisai");
        if (lines.isEmpty()) {
            return List.of();
        }
        List<ShokyakuShisanMeisai> meisai = ShokyakuShinkoku.gyo(lines, "shokyaku_meisai").stream()
                .map(ShokyakuShinkokuViews.Gyo::meisai).toList();
        List<FieldViolation> v = ShokyakuHyokaPolicy.check(nendo, meisai, "shokyaku_meisai",
                parameters.parameters(new Nendo(nendo), lg).shokyakuHyoka());
        if (!v.isEmpty()) {
            throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, ShokyakuHyokaPolicy.RULE, v.get(0).message(), v);
        }
        List<ShokyakuShisan> out = new ArrayList<>();
        for (int i = 0; i < meisai.size(); i++) {
            out.add(ShokyakuShisan.shinkoku("meisai-" + (i + 1), meisai.get(i)));
        }
        return out;
    }

    private static String name(KoteiParameterRepository p, String code) {
        return p.municipality(code).map(KoteiParameterRepository.Overlay::nameJa).orElse(null);
    }

    private static java.util.function.Supplier<NotFoundException> notOn(String field, int i, int nendo) {
        return () -> new NotFoundException(field + "[" + i + "]", nendo + "年1月1日（賦課期日）に台帳にない資産です");
    }

    private static Zennendo zennendo(JsonNode z) {
        if (z.isMissingNode() || z.isNull()) {
            return Zennendo.NASHI;
        }
        return new Zennendo(opt(z, "kotei_jutaku"), opt(z, "kotei_hijutaku"), opt(z, "toshi_jutaku"), opt(z, "toshi_hijutaku"));
    }

    private static Long opt(JsonNode z, String f) {
        return z.hasNonNull(f) ? z.get(f).asLong() : null;
    }

    private static LocalDate date(String text, String field) {
        try {
            LocalDate d = CALENDAR.parse(text.strip());
            if (d.getYear() < 1868) {
                throw new IllegalArgumentException("before 明治");
            }
            return d;
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-exists", field, StandardErrorCode.E0004, "「" + text + "」は日付として扱えません");
        }
    }
}
