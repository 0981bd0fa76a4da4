package jp.kikan.kaigo.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.shikaku.ShikakuKikanRireki;

/**
 * A person's recorded history in the order recorded, read as periods by the platform's {@link ShikakuKikanRireki}
 * (the 喪失日 is the first day without the qualification, 介護保険法第11条) — of either kind, 第1号 or 第2号 (第9条) —,
 * and whether 住所地特例 (第13条) or an 適用除外施設 is in force. Each entry's 被保険者区分 follows from the history:
 * a 第2号 entry opens a 第2号 period, every other 取得 (65歳到達, 転入, 退所) is 第1号, and a 喪失 or 継続 has the kind
 * in force. {@link #dai1go()} is the 第1号 history alone (the premium's periods, 第129条); a 第2号 who reaches 65
 * becomes 第1号 on the 到達日, which ends the 第2号 period ({@link #dai2goKikan()}).
 */
public record ShikakuRireki(List<ShikakuIdo> idos) implements ShikakuKikanRireki<ShikakuIdo> {

    public ShikakuRireki {
        idos = List.copyOf(idos);
    }

    /** The last entry of a reason, or null. */
    public ShikakuIdo last(ShikakuJiyu jiyu) {
        for (int i = idos.size() - 1; i >= 0; i--) {
            if (idos.get(i).jiyu() == jiyu) {
                return idos.get(i);
            }
        }
        return null;
    }

    /** 住所地特例 (第13条) in force: applied while qualified, and not ended since. */
    public boolean jushochiTokurei() {
        boolean on = false;
        for (ShikakuIdo i : idos) {
            if (i.jiyu() == ShikakuJiyu.JUSHOCHI_TOKUREI_TEKIYO || i.jiyu() == ShikakuJiyu.JUSHOCHI_TOKUREI_KAIFUKU) {
                on = true;
            } else if (i.soshitsu() || i.jiyu() == ShikakuJiyu.JUSHOCHI_TOKUREI_SHURYO) {
                on = false;
            }
        }
        return on;
    }

    /** In an 適用除外施設 (施行法第11条): entered and not left since. */
    public boolean tekiyoJogai() {
        boolean on = false;
        for (ShikakuIdo i : idos) {
            if (i.jiyu() == ShikakuJiyu.TEKIYO_JOGAI_NYUSHO) {
                on = true;
            } else if (i.jiyu() == ShikakuJiyu.TEKIYO_JOGAI_TAISHO) {
                on = false;
            }
        }
        return on;
    }

    /** The 被保険者区分 of each entry, in record order. */
    public List<HihokenshaKubun> kubun() {
        List<HihokenshaKubun> out = new ArrayList<>();
        HihokenshaKubun state = HihokenshaKubun.DAI1GO;
        for (ShikakuIdo i : idos) {
            if (i.jiyu() == ShikakuJiyu.DAI2GO_SHINSEI) {
                state = HihokenshaKubun.DAI2GO;
            } else if (i.shutoku() && i.jiyu() != ShikakuJiyu.JUSHOCHI_TOKUREI_KAIFUKU) {
                state = HihokenshaKubun.DAI1GO;
            }
            out.add(state);
        }
        return out;
    }

    /** The 第1号被保険者 history alone (its periods are those the premium counts). */
    public ShikakuRireki dai1go() {
        List<HihokenshaKubun> k = kubun();
        List<ShikakuIdo> out = new ArrayList<>();
        for (int i = 0; i < idos.size(); i++) {
            if (k.get(i) == HihokenshaKubun.DAI1GO) {
                out.add(idos.get(i));
            }
        }
        return new ShikakuRireki(out);
    }

    /** The 第2号 periods: opened by a 第2号 entry, closed by a 喪失 or by the 第1号 取得 (65歳到達) that follows it. */
    public List<Kikan> dai2goKikan() {
        List<HihokenshaKubun> k = kubun();
        List<Kikan> out = new ArrayList<>();
        LocalDate open = null;
        for (int i = 0; i < idos.size(); i++) {
            ShikakuIdo d = idos.get(i);
            if (open == null && d.jiyu() == ShikakuJiyu.DAI2GO_SHINSEI) {
                open = d.koryokubi();
            } else if (open != null && (d.soshitsu() || d.shutoku() && k.get(i) == HihokenshaKubun.DAI1GO)) {
                out.add(new Kikan(open, d.koryokubi()));
                open = null;
            }
        }
        if (open != null) {
            out.add(new Kikan(open, null));
        }
        return out;
    }

    /** Whether the person is a 第2号被保険者 on {@code d}. */
    public boolean dai2goOn(LocalDate d) {
        return dai2goKikan().stream().anyMatch(x -> x.contains(d));
    }

    public ShikakuRireki with(List<ShikakuIdo> more) {
        List<ShikakuIdo> all = new ArrayList<>(idos);
        all.addAll(more);
        return new ShikakuRireki(all);
    }
}
