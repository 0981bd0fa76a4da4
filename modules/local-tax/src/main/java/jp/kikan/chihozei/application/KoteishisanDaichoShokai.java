package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * 台帳の照会 (x-kikan-function koteishisanzei.daicho): a parcel's or house's every version, and what a person owned on the
 * 賦課期日 of a 年度 grouped by taxpayer (alone, or each group of co-owners — 地方税法第10条の2). Personal data: each read
 * goes to the access log; an owner under 支援措置 only for the 支援措置 role.
 */
@ApplicationScoped
public class KoteishisanDaichoShokai {

    static final String ACTION = "koteishisanzei.daicho.shokai";

    @Inject
    KoteishisanDaicho daicho;

    @Inject
    KoteishisanDaichoStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    AccessLog accessLog;

    @Transactional
    public KoteishisanViews.Tochi tochi(Caller caller, String tochiId) {
        KoteishisanViews.Tochi t = daicho.tochi(caller.lgCode(), tochiId);
        t.versions().stream().flatMap(v -> v.shoyusha().stream()).map(KoteishisanDaichoStore.Shoyusha::atenabango).distinct()
                .forEach(a -> nozeigimushas.require(caller, a, ACTION));
        accessLog.record(caller, ACTION, KoteishisanDaicho.TARGET_TOCHI, tochiId, null);
        return t;
    }

    @Transactional
    public KoteishisanViews.Kaoku kaoku(Caller caller, String kaokuId) {
        KoteishisanViews.Kaoku k = daicho.kaoku(caller.lgCode(), kaokuId);
        k.versions().stream().flatMap(v -> v.shoyusha().stream()).map(KoteishisanDaichoStore.Shoyusha::atenabango).distinct()
                .forEach(a -> nozeigimushas.require(caller, a, ACTION));
        accessLog.record(caller, ACTION, KoteishisanDaicho.TARGET_KAOKU, kaokuId, null);
        return k;
    }

    /** 地方税法第343条・第359条: the owners in the register on 1月1日 of the 年度 are its taxpayers. */
    @Transactional
    public KoteishisanViews.Shoyu shoyu(Caller caller, String atenabango, int nendo) {
        nozeigimushas.require(caller, atenabango, ACTION);
        LocalDate kijitsu = LocalDate.of(nendo, 1, 1);
        Map<String, List<KoteishisanDaichoStore.Tochi>> tochi = new LinkedHashMap<>();
        Map<String, List<KoteishisanDaichoStore.Kaoku>> kaoku = new LinkedHashMap<>();
        for (KoteishisanDaichoStore.Tochi t : store.tochiOf(caller.lgCode(), atenabango, kijitsu)) {
            tochi.computeIfAbsent(t.han().shoyushaKey(), k -> new ArrayList<>()).add(t);
            kaoku.computeIfAbsent(t.han().shoyushaKey(), k -> new ArrayList<>());
        }
        for (KoteishisanDaichoStore.Kaoku k : store.kaokuOf(caller.lgCode(), atenabango, kijitsu)) {
            kaoku.computeIfAbsent(k.han().shoyushaKey(), x -> new ArrayList<>()).add(k);
            tochi.computeIfAbsent(k.han().shoyushaKey(), x -> new ArrayList<>());
        }
        List<KoteishisanViews.Nozeigimusha> out = new ArrayList<>();
        for (String key : tochi.keySet()) {
            List<KoteishisanDaichoStore.Tochi> ts = tochi.get(key);
            List<KoteishisanDaichoStore.Kaoku> ks = kaoku.get(key);
            String daihyosha = !ts.isEmpty() ? ts.get(0).han().daihyosha() : ks.get(0).han().daihyosha();
            out.add(new KoteishisanViews.Nozeigimusha(key, List.of(key.split("\\+")), daihyosha,
                    ts.stream().map(t -> new KoteishisanViews.TochiOn(t.tochiId(), daicho.view(t.han()))).toList(),
                    ks.stream().map(k -> new KoteishisanViews.KaokuOn(k.kaokuId(), KoteishisanViews.of(k.han()))).toList()));
        }
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "nendo=" + nendo);
        return new KoteishisanViews.Shoyu(atenabango, nendo, kijitsu.toString(), out);
    }
}
