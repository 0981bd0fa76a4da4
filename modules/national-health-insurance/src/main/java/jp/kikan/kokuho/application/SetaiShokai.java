package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 国保世帯の照会 (x-kikan-function kokuho.setai): the 住民票 世帯's residents, insured or not. The 世帯主 is the liable
 * person (納税義務者) even when not insured — 擬制世帯主 (地方税法第703条の4 as restated by 松阪市
 * https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html; article number from general knowledge).
 */
@ApplicationScoped
public class SetaiShokai {

    public static final String ACTION = "kokuho.setai.shokai";

    @Inject
    Jumins jumins;

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    public record Setaiin(String atenabango, String shimei, String seinengappi, String zokugara, boolean setainushi,
            boolean hihokensha) {
    }

    public record View(String setaibango, String setainushiAtenabango, boolean giseiSetainushi, int hihokenshasu,
            List<Setaiin> setaiin) {
    }

    @Transactional
    public View shokai(Caller caller, String setaibango) {
        List<Jumin> members = jumins.requireSetai(caller, setaibango, ACTION);
        accessLog.record(caller, ACTION, Jumins.SETAI, members.stream().map(Jumin::atenabango).toList(),
                "setaibango=" + setaibango);
        LocalDate today = calendar.today();
        List<Setaiin> rows = members.stream().map(m -> new Setaiin(m.atenabango(), m.shimei(),
                m.seinengappi() == null ? null : m.seinengappi().toString(), m.zokugara(), m.setainushi(),
                HihokenshaShokai.hihokensha(m, rirekis.rireki(caller.lgCode(), m.atenabango()), today))).toList();
        Setaiin nushi = rows.stream().filter(Setaiin::setainushi).findFirst().orElse(null);
        int insured = (int) rows.stream().filter(Setaiin::hihokensha).count();
        return new View(setaibango, nushi == null ? null : nushi.atenabango(), nushi != null && !nushi.hihokensha() && insured > 0,
                insured, rows);
    }
}
