package jp.kikan.jumin.application.shomei;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.ido.IdoInput;
import jp.kikan.jumin.application.shien.ShienSochiGuard;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 転出証明書 (住民記録 1.0 第3章 4.1.3.0.3): for persons who gave notice of 転出 in one 届出. A second
 * issuance for the same 転出 is a 再交付 and shows the state as at the 転出.
 */
@ApplicationScoped
public class TenshutsuShomeishoService {

    public static final String YOSHIKI = "tenshutsu";
    private static final String YOSHIKI_LOG = "tenshutsu-shomeisho";

    @Inject
    JuminRepository repo;

    @Inject
    ShienSochiGuard guard;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    TenshutsuShomeishoPrinter printer;

    @Inject
    KofuRecorder kofu;

    @Inject
    HakkoBangoNumbering numbering;

    @Inject
    JuminhyoService juminhyo;

    public record Request(List<String> atenabango, String mokuteki) {
    }

    public record Issued(String hakkoBango, boolean saikofu, byte[] pdf) {
    }

    @Transactional
    public Issued issue(Caller caller, Request r) {
        IdoInput in = new IdoInput();
        List<String> ids = in.distinctBango("atenabango", r.atenabango());
        if (ids.isEmpty()) {
            in.crossField("atenabango", "required", "転出した者を一人以上指定してください");
        }
        String mokuteki = in.text("mokuteki", r.mokuteki(), 200, false);
        in.check();
        // 支援措置 first: a refusal must not reveal anything about the person (e.g. their last 異動)
        guard.checkHakko(caller, ids, YOSHIKI_LOG);
        List<JuminVersion> persons = new ArrayList<>();
        for (String a : ids) {
            JuminVersion latest = repo.latest(caller.lgCode(), a)
                    .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + a + " の住民は記録されていません"));
            boolean tenshutsu = latest.ido().idojiyu() == IdoJiyu.KOKUNAI_TENSHUTSU
                    || latest.ido().idojiyu() == IdoJiyu.KOKUGAI_TENSHUTSU;
            if (!tenshutsu) {
                throw new RuleViolationException("tenshutsu-required", "atenabango", StandardErrorCode.E0004,
                        "宛名番号 " + a + " は転出の届出をしていません (最新の異動: " + latest.ido().idojiyu().label() + ")");
            }
            persons.add(latest);
        }
        if (persons.stream().map(v -> v.ido().idoId()).distinct().count() > 1) {
            throw new RuleViolationException("same-tenshutsu", "atenabango", StandardErrorCode.E0004,
                    "一通の転出証明書に記載できるのは同じ転出の届出をした者です");
        }
        persons.sort(Comparator.comparing((JuminVersion v) -> !v.kisai().setainushi())
                .thenComparingInt(v -> v.kisai().kisaiJunjo()));
        String setainushi = persons.stream().filter(v -> v.kisai().setainushi()).map(v -> v.kisai().shimei().shimei())
                .findFirst().orElseGet(() -> repo.currentMembers(caller.lgCode(), persons.get(0).kisai().setaibango())
                        .stream().filter(v -> v.kisai().setainushi()).map(v -> v.kisai().shimei().shimei())
                        .findFirst().orElse(null));
        List<String> sorted = persons.stream().map(JuminVersion::atenabango).toList();
        boolean saikofu = kofu.issuedBefore(caller.lgCode(), YOSHIKI, sorted);
        // rendered first, then numbered: the 発行番号 counter is not held while the PDF renders
        Juminhyo.Hakkosha hakkosha = juminhyo.hakkosha(caller);
        HakkoBangoNumbering.Numbered numbered = numbering.number(caller.lgCode(), calendar.today(),
                number -> printer.print(new TenshutsuShomeisho(number, calendar.today(), hakkosha, saikofu, persons,
                        setainushi)));
        String hakkoBango = numbered.hakkoBango();
        byte[] pdf = numbered.pdf();
        kofu.record(caller, hakkoBango, YOSHIKI, sorted, "saikofu=" + saikofu, mokuteki,
                JuminhyoService.sha256(pdf), calendar.now());
        accessLog.record(caller, "hakko", "tenshutsu-shomeisho", sorted,
                "hakko_bango=" + hakkoBango + " saikofu=" + saikofu);
        return new Issued(hakkoBango, saikofu, pdf);
    }
}
