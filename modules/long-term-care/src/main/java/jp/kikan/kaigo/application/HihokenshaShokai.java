package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.shikaku.domain.HihokenshaKubun;
import jp.kikan.kaigo.shikaku.domain.Nenrei;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 資格情報照会・異動履歴の一覧確認 (機能ID 0230267, 0230273; x-kikan-function kaigo.shikaku.shokai): the person, the
 * 被保険者番号 and the history; every read in the access log; 支援措置 respected.
 */
@ApplicationScoped
public class HihokenshaShokai {

    public static final String ACTION = "kaigo.shikaku.shokai";

    @Inject
    Jumins jumins;

    @Inject
    ShikakuStore shikaku;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    public record Rireki(int rirekibango, String idoKubun, String shikakuIdoJiyu, String shikakuIdoJiyuMei,
            String koryokubi, String shikakuShutokubi, String shikakuSoshitsubi, String idonengappi, String shorinengappi,
            String legalBasis, Long henkoBango, String todokedeShubetsu, String shisetsuMei, String shisetsuShozaichi) {
    }

    public record View(String atenabango, String setaibango, String shimei, String shimeiFurigana, String seinengappi,
            String zokugara, String juminJotai, String nenreiTotatsubi, boolean hihokensha, String hihokenshaKubun,
            String hihokenshaBango, boolean jushochiTokurei, boolean tekiyoJogai, String shikakuShutokubi,
            String shikakuSoshitsubi, List<Rireki> shikakuRireki, boolean dai2go, List<Kikan> dai2goKikan,
            List<Rireki> dai2goRireki) {
    }

    /** A period as a 第2号被保険者 [shutokubi, soshitsubi). */
    public record Kikan(String shutokubi, String soshitsubi) {
    }

    @Transactional
    public View shokai(Caller caller, String atenabango) {
        Jumin j = jumins.require(caller, atenabango, ACTION);
        accessLog.record(caller, ACTION, Jumins.TARGET, atenabango, null);
        return view(j, shikaku.entries(caller.lgCode(), atenabango),
                shikaku.hihokenshaBango(caller.lgCode(), atenabango).orElse(null), calendar.today());
    }

    static View view(Jumin j, List<ShikakuStore.Entry> entries, String bango, LocalDate today) {
        ShikakuRireki r = new ShikakuRireki(entries.stream().map(ShikakuStore.Entry::ido).toList());
        // a 65歳到達 the daily run has not recorded yet still makes the resident insured from the 到達日
        boolean due = j.jumin() && ShikakuPolicy.nenreiTotatsu(r, j.seinengappi(), today).isPresent();
        ShikakuRireki dai1go = r.dai1go();
        boolean hihokensha = dai1go.hihokenshaOn(today) || due;
        List<ShikakuRireki.Kikan> kikan = dai1go.kikan();
        ShikakuRireki.Kikan last = kikan.isEmpty() ? null : kikan.get(kikan.size() - 1);
        List<HihokenshaKubun> kubun = r.kubun();
        List<Rireki> rows = new ArrayList<>();
        List<Rireki> dai2goRows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            (kubun.get(i) == HihokenshaKubun.DAI1GO ? rows : dai2goRows).add(row(entries.get(i)));
        }
        boolean dai2go = !hihokensha && r.dai2goOn(today);
        List<Kikan> dai2goKikan = r.dai2goKikan().stream().map(k -> new Kikan(s(k.shutokubi()), s(k.soshitsubi()))).toList();
        return new View(j.atenabango(), j.setaibango(), j.shimei(), j.shimeiFurigana(), s(j.seinengappi()), j.zokugara(),
                j.juminJotai(), s(Nenrei.dai1goTotatsubi(j.seinengappi())), hihokensha, hihokensha ? "dai1go" : null, bango,
                r.jushochiTokurei() && r.shikakuAri(), r.tekiyoJogai(), last == null ? null : s(last.shutokubi()),
                last == null ? null : s(last.soshitsubi()), rows, dai2go, dai2goKikan.isEmpty() ? null : dai2goKikan,
                dai2goRows.isEmpty() ? null : dai2goRows);
    }

    private static Rireki row(ShikakuStore.Entry e) {
        return new Rireki(e.rirekibango(), e.ido().jiyu().kubun().code(),
                e.ido().jiyu().code(), e.ido().jiyu().nameJa(), s(e.ido().koryokubi()),
                e.ido().shutoku() ? s(e.ido().koryokubi()) : null, e.ido().soshitsu() ? s(e.ido().koryokubi()) : null,
                s(e.ido().idonengappi()), s(e.shorinengappi()), e.legalBasis(), e.henkoBango(), e.todokedeShubetsu(),
                e.shisetsuMei(), e.shisetsuShozaichi());
    }

    private static String s(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
