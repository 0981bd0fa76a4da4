package jp.kikan.kokuho.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.client.chihozei.model.ShotokuJoho;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.shikaku.domain.ShikakuRireki;

/** A person's qualification periods in a 年度 and local tax's income, as the engine's members. */
final class FukaKikan {

    private FukaKikan() {
    }

    static List<ShikakuRireki.Kikan> inNendo(ShikakuRireki rireki, int nendo) {
        LocalDate from = LocalDate.of(nendo, 4, 1);
        LocalDate to = from.plusYears(1);
        return rireki.kikan().stream()
                .filter(k -> k.shutokubi().isBefore(to) && (k.soshitsubi() == null || k.soshitsubi().isAfter(from))).toList();
    }

    /**
     * One member per period (a person who left and came back in the 年度 is charged for each period's months); the
     * 世帯主 who is not insured is a member with no period (擬制世帯主), so is a 特定同一世帯所属者 who moved to 後期高齢者医療
     * before the 年度. Only the first carries the 世帯主 mark and only the last the 特定同一世帯所属者 mark, so the income
     * enters the 軽減 judgement once.
     */
    static List<Setaiin> setaiin(LocalDate seinengappi, boolean setainushi, boolean tokutei, List<ShikakuRireki.Kikan> kikan,
            ShotokuJoho s, int nendo) {
        Setaiin.Shotoku shotoku = new Setaiin.Shotoku(s.getSoShotokuKingakuTo(), nz(s.getKyuyoShunyu()),
                nz(s.getKotekiNenkinShunyu()), nz(s.getKotekiNenkinShotoku()));
        LocalDate from = LocalDate.of(nendo, 4, 1);
        LocalDate to = from.plusYears(1);
        List<Setaiin> out = new ArrayList<>();
        if (kikan.isEmpty()) {
            out.add(new Setaiin(seinengappi, setainushi, false, tokutei, null, null, shotoku));
        }
        for (int i = 0; i < kikan.size(); i++) {
            ShikakuRireki.Kikan k = kikan.get(i);
            LocalDate start = k.shutokubi().isAfter(from) ? k.shutokubi() : null;
            LocalDate end = k.soshitsubi() != null && k.soshitsubi().isBefore(to) ? k.soshitsubi() : null;
            out.add(new Setaiin(seinengappi, setainushi && i == 0, true, tokutei && i == kikan.size() - 1, start, end, shotoku));
        }
        return out;
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
