package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.shikaku.domain.ShikakuPolicy;
import jp.kikan.kokuho.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/** 被保険者の資格履歴の照会 (x-kikan-function kokuho.shikaku.shokai); every read in the access log. */
@ApplicationScoped
public class HihokenshaShokai {

    public static final String ACTION = "kokuho.shikaku.shokai";

    @Inject
    Jumins jumins;

    @Inject
    ShikakuStore shikaku;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    public record Rireki(int rirekibango, String idoKubun, String shikakuIdoJiyu, String shikakuIdoJiyuMei,
            String shikakuShutokubi, String shikakuSoshitsubi, String idonengappi, String shorinengappi, String legalBasis,
            Long henkoBango, String todokedeShubetsu, String tenshutsusakiShikuchosonkodo) {
    }

    public record View(String atenabango, String setaibango, String shimei, String shimeiFurigana, String seinengappi,
            String zokugara, String juminJotai, boolean hihokensha, String shikakuShutokubi, String shikakuSoshitsubi,
            List<Rireki> shikakuRireki) {
    }

    @Transactional
    public View shokai(Caller caller, String atenabango) {
        Jumin j = jumins.require(caller, atenabango, ACTION);
        accessLog.record(caller, ACTION, Jumins.TARGET, atenabango, null);
        return view(j, shikaku.entries(caller.lgCode(), atenabango), calendar.today());
    }

    /** Whether the person holds the qualification on {@code d}: recorded, and not yet 75 (the loss is due then). */
    static boolean hihokensha(Jumin j, ShikakuRireki r, LocalDate d) {
        LocalDate koki = ShikakuPolicy.kokiKanyubi(j.seinengappi());
        return r.hihokenshaOn(d) && (koki == null || d.isBefore(koki));
    }

    static View view(Jumin j, List<ShikakuStore.Entry> entries, LocalDate today) {
        ShikakuRireki r = new ShikakuRireki(entries.stream().map(ShikakuStore.Entry::ido).toList());
        List<ShikakuRireki.Kikan> kikan = r.kikan();
        ShikakuRireki.Kikan last = kikan.isEmpty() ? null : kikan.get(kikan.size() - 1);
        List<Rireki> rows = entries.stream().map(e -> new Rireki(e.rirekibango(), e.ido().jiyu().kubun().code(),
                e.ido().jiyu().code(), e.ido().jiyu().nameJa(), e.ido().shutoku() ? s(e.ido().shikakuBi()) : null,
                e.ido().soshitsu() ? s(e.ido().shikakuBi()) : null, s(e.ido().idonengappi()), s(e.shorinengappi()),
                e.legalBasis(), e.henkoBango(), e.todokedeShubetsu(), e.tenshutsusaki())).toList();
        return new View(j.atenabango(), j.setaibango(), j.shimei(), j.shimeiFurigana(), s(j.seinengappi()), j.zokugara(),
                j.juminJotai(), hihokensha(j, r, today), last == null ? null : s(last.shutokubi()),
                last == null ? null : s(last.soshitsubi()), rows);
    }

    private static String s(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
