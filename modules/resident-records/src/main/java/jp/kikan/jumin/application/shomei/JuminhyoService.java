package jp.kikan.jumin.application.shomei;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.ido.IdoInput;
import jp.kikan.jumin.application.shien.ShienSochiGuard;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * Issues a 住民票の写し: picks the persons (some or all of a household), refuses if a 支援措置 blocks
 * issuance, numbers it (発行番号), prints it, and records the issuance in the 交付履歴 and the access log.
 */
@ApplicationScoped
public class JuminhyoService {

    @Inject
    JuminRepository repo;

    @Inject
    ShienSochiGuard guard;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    JuminhyoPrinter printer;

    @Inject
    KofuRecorder kofu;

    @Inject
    HakkoBangoNumbering numbering;

    @Inject
    Municipalities municipalities;

    public record Request(List<String> atenabango, String setaibango, String yoshiki, boolean honsekiHittosha,
            boolean setainushiZokugara, boolean juminhyokodo, boolean kojinbango, boolean rireki, String mokuteki) {
    }

    public record Issued(String hakkoBango, byte[] pdf) {
    }

    @Transactional
    public Issued issue(Caller caller, Request r) {
        IdoInput in = new IdoInput();
        String yoshiki = in.code("yoshiki", r.yoshiki(), List.of("kojin", "setai_renki"), true);
        String mokuteki = in.text("mokuteki", r.mokuteki(), 200, false);
        if ((r.atenabango() == null || r.atenabango().isEmpty()) && r.setaibango() == null) {
            in.crossField("atenabango", "required", "記載する者 (atenabango) または世帯 (setaibango) を指定してください");
        }
        in.check();
        // 支援措置 first: a refusal must not reveal anything about the person (e.g. their household)
        if (r.atenabango() != null && !r.atenabango().isEmpty()) {
            guard.checkHakko(caller, r.atenabango(), "juminhyo");
        }
        List<JuminVersion> persons = persons(caller, r);
        List<String> ids = persons.stream().map(JuminVersion::atenabango).toList();
        guard.checkHakko(caller, ids, "juminhyo");
        Map<String, List<JuminVersion>> history = new LinkedHashMap<>();
        if (r.rireki()) {
            persons.forEach(p -> history.put(p.atenabango(), repo.history(caller.lgCode(), p.atenabango())));
        }
        String setainushi = repo.currentMembers(caller.lgCode(), persons.get(0).kisai().setaibango()).stream()
                .filter(v -> v.kisai().setainushi()).map(v -> v.kisai().shimei().shimei()).findFirst().orElse(null);
        // rendered first, then numbered: the 発行番号 counter is not held while the PDF renders
        Juminhyo.Hakkosha hakkosha = hakkosha(caller);
        Juminhyo.Options printed = new Juminhyo.Options(r.honsekiHittosha(), r.setainushiZokugara(), r.juminhyokodo(),
                r.kojinbango(), r.rireki());
        HakkoBangoNumbering.Numbered numbered = numbering.number(caller.lgCode(), calendar.today(),
                number -> printer.print(new Juminhyo(number, calendar.today(), hakkosha, "setai_renki".equals(yoshiki),
                        persons, setainushi, printed, history)));
        String hakkoBango = numbered.hakkoBango();
        byte[] pdf = numbered.pdf();
        String options = "honseki=" + r.honsekiHittosha() + ",zokugara=" + r.setainushiZokugara() + ",juminhyokodo="
                + r.juminhyokodo() + ",kojinbango=" + r.kojinbango() + ",rireki=" + r.rireki();
        kofu.record(caller, hakkoBango, yoshiki, ids, options, mokuteki, sha256(pdf), calendar.now());
        accessLog.record(caller, "hakko", "juminhyo", ids,
                "hakko_bango=" + hakkoBango + " yoshiki=" + yoshiki + " " + options);
        return new Issued(hakkoBango, pdf);
    }

    /** The issuing municipality (団体名・首長) from its own configuration. */
    Juminhyo.Hakkosha hakkosha(Caller caller) {
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        return new Juminhyo.Hakkosha(m.name(), m.shucho());
    }

    private List<JuminVersion> persons(Caller caller, Request r) {
        List<JuminVersion> persons = new ArrayList<>();
        if (r.atenabango() != null && !r.atenabango().isEmpty()) {
            for (String a : r.atenabango()) {
                persons.add(repo.latest(caller.lgCode(), a).orElseThrow(() -> new NotFoundException("atenabango",
                        "宛名番号 " + a + " の住民は記録されていません")));
            }
            // a removed person's record is a 除票: its copy is a different certificate (除票の写し)
            for (JuminVersion v : persons) {
                if (!v.isResident()) {
                    throw new RuleViolationException("johyo", "atenabango", StandardErrorCode.E0004,
                            "宛名番号 " + v.atenabango() + " は" + v.kisai().jotai().label()
                                    + "により消除されています。住民票の写しではなく除票の写しの請求になります");
                }
            }
            if (persons.stream().map(v -> v.kisai().setaibango()).distinct().count() > 1) {
                throw new RuleViolationException("same-household", "atenabango", StandardErrorCode.E0004,
                        "一通の住民票の写しに記載できるのは同じ世帯の者です");
            }
        } else {
            if (!repo.setaiExists(caller.lgCode(), r.setaibango())) {
                throw new NotFoundException("setaibango", "世帯番号 " + r.setaibango() + " の世帯は記録されていません");
            }
            persons.addAll(repo.currentMembers(caller.lgCode(), r.setaibango()));
            if (persons.isEmpty()) {
                throw new RuleViolationException("setai-empty", "setaibango", StandardErrorCode.E0004,
                        "この世帯には現在住民がいません");
            }
        }
        // 世帯員の並び順 (住民記録 1.0 §5.2): 世帯主 first, then the recorded order.
        persons.sort(Comparator.comparing((JuminVersion v) -> !v.kisai().setainushi())
                .thenComparingInt(v -> v.kisai().kisaiJunjo()));
        return persons;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
