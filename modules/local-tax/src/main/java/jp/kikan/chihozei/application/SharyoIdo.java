package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.domain.ShodoKensa;
import jp.kikan.chihozei.keijidoshazei.domain.policy.SharyoKensa;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 名義変更・記載事項の変更・廃車 (x-kikan-function keijidoshazei.sharyo-ido): a new full version of the vehicle from the
 * latest one with the items given; the earlier versions stay as they are. A change is dated (異動日) on or after the
 * latest one — the owner of a 賦課期日 is the owner of the version in force that day (地方税法第463条の16) —, a 廃車 is the
 * last version.
 */
@ApplicationScoped
public class SharyoIdo {

    static final String ACTION = "keijidoshazei.sharyo-ido";

    @Inject
    IdempotentCommands commands;

    @Inject
    SharyoStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KeijidoshazeiKeisan engine;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.Sharyo ido(Caller caller, String key, String sharyoId, JsonNode r) {
        return commands.run(caller, key, ACTION, new Object[] {sharyoId, r}, SharyoToroku.RESULT, () -> {
            UUID id = UUID.fromString(sharyoId);
            store.lock(caller.lgCode(), id).orElseThrow(() -> new NotFoundException("sharyo_id", "車両 " + sharyoId + " は登録されていません"));
            List<SharyoStore.Version> versions = store.versions(caller.lgCode(), id);
            SharyoStore.Version last = versions.get(versions.size() - 1);
            LocalDate today = calendar.today();
            String jiyu = r.get("ido_jiyu").asText();
            if (last.haisha()) {
                throw new RuleViolationException("haisha-zumi", "ido_jiyu", StandardErrorCode.E0004, "この車両は廃車されています");
            }
            LocalDate idobi = SharyoNyuryoku.date(r, "idobi", today);
            if (idobi.isBefore(last.idobi())) {
                throw new RuleViolationException("idobi-order", "idobi", StandardErrorCode.E0004,
                        "異動日 " + idobi + " が最新の版の異動日 " + last.idobi() + " より前です");
            }
            String owner = last.shoyushaAtenabango();
            if ("meigi_henko".equals(jiyu)) {
                if (!r.hasNonNull("shoyusha_atenabango")) {
                    throw new RuleViolationException("shoyusha-required", "shoyusha_atenabango", StandardErrorCode.E0001,
                            "名義変更には新しい所有者の宛名番号が必要です");
                }
                owner = r.get("shoyusha_atenabango").asText();
                nozeigimushas.lock(caller, owner, ACTION);
            } else if (r.hasNonNull("shoyusha_atenabango") && !owner.equals(r.get("shoyusha_atenabango").asText())) {
                throw new RuleViolationException("meigi-henko-only", "shoyusha_atenabango", StandardErrorCode.E0004,
                        "所有者は名義変更 (ido_jiyu = meigi_henko) で変更してください");
            }
            String user = r.has("shiyosha_atenabango") ? (r.hasNonNull("shiyosha_atenabango") ? r.get("shiyosha_atenabango").asText()
                    : null) : last.shiyoshaAtenabango();
            if (user != null && !user.equals(last.shiyoshaAtenabango())) {
                nozeigimushas.require(caller, user, ACTION);
            }
            SharyoStore.Version v = new SharyoStore.Version(id, last.rirekibango() + 1, jiyu, idobi,
                    SharyoNyuryoku.optionalDate(r, "shinkokubi", today), text(r, "hyoshiki_bango", last.hyoshikiBango()),
                    text(r, "shashu_kubun", last.shashuKubun()),
                    r.has("haikiryo") ? (r.hasNonNull("haikiryo") ? r.get("haikiryo").asInt() : null) : last.haikiryo(),
                    last.shodoKensaNen(), last.shodoKensaTsuki(), text(r, "nenryo", last.nenryo()),
                    r.has("hikenin") ? r.get("hikenin").asBoolean() : last.hikenin(), text(r, "green_kubun", last.greenKubun()),
                    owner, user, "haisha".equals(jiyu), r.hasNonNull("biko") ? r.get("biko").asText() : null, today);
            if (r.hasNonNull("shodo_kensa_nengetsu")) {
                v = withShodoKensa(v, SharyoNyuryoku.shodoKensa(r, today));
            }
            SharyoKensa.kensa(SharyoNyuryoku.sharyo(v), engine.parameters().parameters(engine.parameters().to()));
            if (!v.hyoshikiBango().equals(last.hyoshikiBango()) && !v.haisha()
                    && store.hyoshikiBangoInUse(caller.lgCode(), v.hyoshikiBango(), id)) {
                throw new RuleViolationException("hyoshiki-bango-jufuku", "hyoshiki_bango", StandardErrorCode.E0004,
                        "標識番号 " + v.hyoshikiBango() + " の車両はすでに登録されています（廃車されていません）");
            }
            store.append(caller.lgCode(), v, calendar.now(), caller.actor());
            List<SharyoStore.Version> all = new ArrayList<>(versions);
            all.add(v);
            return SharyoShokai.view(id, today, all);
        }).result();
    }

    static SharyoStore.Version withShodoKensa(SharyoStore.Version v, ShodoKensa s) {
        return new SharyoStore.Version(v.sharyoId(), v.rirekibango(), v.idoJiyu(), v.idobi(), v.shinkokubi(), v.hyoshikiBango(),
                v.shashuKubun(), v.haikiryo(), s == null ? null : s.nen(), s == null ? null : s.tsuki(), v.nenryo(), v.hikenin(),
                v.greenKubun(), v.shoyushaAtenabango(), v.shiyoshaAtenabango(), v.haisha(), v.biko(), v.shorinengappi());
    }

    private static String text(JsonNode r, String field, String was) {
        return r.hasNonNull(field) ? r.get(field).asText() : was;
    }
}
