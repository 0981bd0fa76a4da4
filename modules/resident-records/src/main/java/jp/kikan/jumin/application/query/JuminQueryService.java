package jp.kikan.jumin.application.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.ido.IdoInput;
import jp.kikan.jumin.application.shien.ShienSochiGuard;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.SearchKeys;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.time.BusinessCalendar;

/** Search and inquiry (照会). Every read of personal data is written to the access log. */
@ApplicationScoped
public class JuminQueryService {

    @Inject
    JuminRepository repo;

    @Inject
    ShienSochiGuard guard;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    public record SearchRequest(String kana, String shimei, String seinengappi, String jusho, String atenabango,
            boolean includeRemoved, int limit, int offset) {
    }

    public record SearchResult(long total, int suppressed, List<JuminVersion> items) {
    }

    public record SetaiView(String setaibango, LocalDate kijunbi, List<JuminVersion> members) {
    }

    @Transactional
    public SearchResult search(Caller caller, SearchRequest r) {
        IdoInput in = new IdoInput();
        String kana = in.text("kana", r.kana(), 100, false);
        String shimei = in.text("shimei", r.shimei(), 100, false);
        LocalDate birth = in.date("seinengappi", r.seinengappi(), false);
        String jusho = in.text("jusho", r.jusho(), 200, false);
        String atena = r.atenabango() == null ? null : in.bango("atenabango", r.atenabango());
        if (kana == null && shimei == null && birth == null && jusho == null && r.atenabango() == null) {
            in.crossField("kana", "search-criteria", "検索条件を一つ以上指定してください");
        }
        in.check();
        var page = repo.search(caller.lgCode(), new JuminRepository.SearchCriteria(
                kana == null ? null : SearchKeys.kana(kana), shimei == null ? null : SearchKeys.shimei(shimei), birth,
                jusho == null ? null : SearchKeys.jusho(jusho), atena, r.includeRemoved(), r.limit(),
                r.offset()));
        Set<String> hidden = guard.hiddenFrom(caller, page.items().stream().map(JuminVersion::atenabango).toList());
        List<JuminVersion> visible = page.items().stream().filter(v -> !hidden.contains(v.atenabango())).toList();
        // every hit is a target of its own, so an auditor asking for one person finds this search too
        accessLog.record(caller, "kensaku", "jumin", visible.stream().map(JuminVersion::atenabango).toList(),
                "criteria=" + describe(r) + " hits=" + visible.size());
        return new SearchResult(page.total() - hidden.size(), hidden.size(), visible);
    }

    @Transactional
    public JuminVersion get(Caller caller, String atenabango, String kijunbiText, boolean withKojinbango) {
        requireBango("atenabango", atenabango);
        LocalDate kijunbi = kijunbi(kijunbiText);
        guard.checkShokai(caller, atenabango);
        JuminVersion v = (kijunbi == null ? repo.latest(caller.lgCode(), atenabango)
                : repo.asOf(caller.lgCode(), atenabango, kijunbi))
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は"
                        + (kijunbi == null ? "" : kijunbi + " 時点で") + "記録されていません"));
        accessLog.record(caller, "shokai", "jumin", atenabango,
                (kijunbi == null ? "" : "kijunbi=" + kijunbi + " ") + "kojinbango=" + withKojinbango);
        return v;
    }

    @Transactional
    public List<JuminVersion> history(Caller caller, String atenabango) {
        requireBango("atenabango", atenabango);
        guard.checkShokai(caller, atenabango);
        List<JuminVersion> h = repo.history(caller.lgCode(), atenabango);
        if (h.isEmpty()) {
            throw new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は記録されていません");
        }
        accessLog.record(caller, "rireki", "jumin", atenabango, "versions=" + h.size());
        return h;
    }

    @Transactional
    public SetaiView setai(Caller caller, String setaibango, String kijunbiText) {
        requireBango("setaibango", setaibango);
        LocalDate kijunbi = kijunbi(kijunbiText);
        if (!repo.setaiExists(caller.lgCode(), setaibango)) {
            throw new NotFoundException("setaibango", "世帯番号 " + setaibango + " の世帯は記録されていません");
        }
        LocalDate day = kijunbi == null ? calendar.today() : kijunbi;
        List<JuminVersion> members = new ArrayList<>(kijunbi == null ? repo.currentMembers(caller.lgCode(), setaibango)
                : repo.membersAsOf(caller.lgCode(), setaibango, kijunbi));
        for (JuminVersion m : members) {
            guard.checkShokai(caller, m.atenabango());
        }
        members.sort(Comparator.comparing((JuminVersion v) -> !v.kisai().setainushi())
                .thenComparingInt(v -> v.kisai().kisaiJunjo()).thenComparing(JuminVersion::atenabango));
        accessLog.record(caller, "shokai", "setai", setaibango, "kijunbi=" + day + " members="
                + members.stream().map(JuminVersion::atenabango).collect(Collectors.joining(",")));
        return new SetaiView(setaibango, day, members);
    }

    private static void requireBango(String field, String value) {
        IdoInput in = new IdoInput();
        in.bango(field, value);
        in.check();
    }

    private static LocalDate kijunbi(String text) {
        IdoInput in = new IdoInput();
        LocalDate d = in.date("kijunbi", text, false);
        in.check();
        return d;
    }

    private static String describe(SearchRequest r) {
        StringBuilder sb = new StringBuilder();
        if (r.kana() != null) sb.append("kana:").append(r.kana()).append(' ');
        if (r.shimei() != null) sb.append("shimei:").append(r.shimei()).append(' ');
        if (r.seinengappi() != null) sb.append("seinengappi:").append(r.seinengappi()).append(' ');
        if (r.jusho() != null) sb.append("jusho:").append(r.jusho()).append(' ');
        if (r.atenabango() != null) sb.append("atenabango:").append(r.atenabango());
        return sb.toString().strip();
    }
}
