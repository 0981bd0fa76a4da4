package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 車両の照会 (x-kikan-function keijidoshazei.sharyo-shokai): a vehicle's versions and the one in force on a day, and a
 * taxpayer's vehicles on a day. Every read goes to the access log (the owner is personal data).
 */
@ApplicationScoped
public class SharyoShokai {

    static final String ACTION = "keijidoshazei.sharyo.shokai";
    static final String TARGET = "sharyo";

    @Inject
    SharyoStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public KeijidoshazeiViews.Sharyo shokai(Caller caller, String sharyoId, String kijunbi) {
        LocalDate day = kijunbi(kijunbi);
        UUID id = UUID.fromString(sharyoId);
        List<SharyoStore.Version> versions = store.versions(caller.lgCode(), id);
        if (versions.isEmpty()) {
            throw new NotFoundException("sharyo_id", "車両 " + sharyoId + " は登録されていません");
        }
        nozeigimushas.require(caller, versions.get(versions.size() - 1).shoyushaAtenabango(), ACTION);
        accessLog.record(caller, ACTION, TARGET, sharyoId, "kijunbi=" + day);
        return view(id, day, versions);
    }

    @Transactional
    public KeijidoshazeiViews.SharyoIchiran ichiran(Caller caller, String atenabango, String kijunbi) {
        LocalDate day = kijunbi(kijunbi);
        nozeigimushas.require(caller, atenabango, ACTION);
        List<KeijidoshazeiViews.ShoyuSharyo> out = store.ownedOn(caller.lgCode(), atenabango, day).stream()
                .filter(v -> !v.haisha())
                .map(v -> new KeijidoshazeiViews.ShoyuSharyo(v.sharyoId().toString(), KeijidoshazeiViews.SharyoVersion.of(v)))
                .toList();
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "kijunbi=" + day);
        return new KeijidoshazeiViews.SharyoIchiran(atenabango, day.toString(), out);
    }

    /** The version in force on {@code day}: the latest 異動日 on or before it, of that day the later entry. */
    static KeijidoshazeiViews.Sharyo view(UUID id, LocalDate day, List<SharyoStore.Version> versions) {
        SharyoStore.Version now = versions.stream().filter(v -> !v.idobi().isAfter(day))
                .max(Comparator.comparing(SharyoStore.Version::idobi).thenComparing(SharyoStore.Version::rirekibango)).orElse(null);
        return new KeijidoshazeiViews.Sharyo(id.toString(), day.toString(),
                now == null ? null : KeijidoshazeiViews.SharyoVersion.of(now),
                versions.stream().map(KeijidoshazeiViews.SharyoVersion::of).toList());
    }

    private LocalDate kijunbi(String text) {
        if (text == null) {
            return calendar.today();
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < 1949 || d.getYear() > 2999) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-plausible", "kijunbi", StandardErrorCode.E0004,
                    "基準日 " + text + " は 1949年から2999年までの日付で入力してください");
        }
    }
}
