package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.chihozei.infrastructure.JuminKirokuStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.nozeigimusha.domain.FukakijitsuJuminPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** 納税義務者の照会 (x-kikan-function nozeigimusha.shokai): the person, and whether a resident on a 年度's 賦課期日. */
@ApplicationScoped
public class NozeigimushaShokai {

    public static final String ACTION = "nozeigimusha.shokai";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    JuminKirokuStore juminKiroku;

    @Inject
    AccessLog accessLog;

    public record View(String atenabango, String kubun, String shimei, String shimeiFurigana, String seinengappi,
            String seibetsu, String jusho, String juminJotai, Boolean fukakijitsuJumin, String hojinBango) {
    }

    @Transactional
    public View shokai(Caller caller, String atenabango, Integer nendo) {
        NozeigimushaEntity n = nozeigimushas.require(caller, atenabango, ACTION);
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, nendo == null ? null : "nendo=" + nendo);
        Boolean fukakijitsu = nendo == null ? null : fukakijitsuJumin(caller.lgCode(), n, new Nendo(nendo));
        return new View(n.atenabango, n.kubun, n.shimei, n.shimeiFurigana,
                n.seinengappi == null ? null : n.seinengappi.toString(), n.seibetsu, n.jusho, n.juminJotai, fukakijitsu,
                n.hojinBango);
    }

    boolean fukakijitsuJumin(String lgCode, NozeigimushaEntity n, Nendo nendo) {
        return "jumin".equals(n.kubun)
                && FukakijitsuJuminPolicy.jumin(juminKiroku.versions(lgCode, n.atenabango), nendo.fukaKijitsu());
    }
}
