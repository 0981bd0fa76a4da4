package jp.kikan.chihozei.koteishisanzei.domain.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisan;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKubun;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/** The checks across items the contract cannot state: every refusal names its field, nothing is computed from bad input. */
final class KazeiTaishoKensa {

    static final String RULE = "kotei-nyuryoku";

    private KazeiTaishoKensa() {
    }

    static void check(KazeiTaisho t, KoteishisanzeiParameters p) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < t.tochi().size(); i++) {
            Tochi x = t.tochi().get(i);
            String f = "tochi[" + i + "].";
            if (x.chiseki().signum() <= 0) {
                v.add(new FieldViolation(f + "chiseki", StandardErrorCode.E0004, RULE, "地積は0より大きくしてください"));
            }
            if (x.kubun() == TochiKubun.JUTAKU_YOCHI) {
                if (x.kosu() < 1) {
                    v.add(new FieldViolation(f + "kosu", StandardErrorCode.E0004, RULE, "住宅用地には住宅の戸数（1以上）が必要です"));
                }
                if (x.jutakuYukaMenseki() == null || x.jutakuYukaMenseki().signum() <= 0) {
                    v.add(new FieldViolation(f + "jutaku_yuka_menseki", StandardErrorCode.E0004, RULE,
                            "住宅用地には住宅の床面積（0より大きい）が必要です（床面積の10倍までが住宅用地）"));
                }
            }
        }
        for (int i = 0; i < t.kaoku().size(); i++) {
            Kaoku k = t.kaoku().get(i);
            String f = "kaoku[" + i + "].";
            if (k.yukaMenseki().signum() <= 0) {
                v.add(new FieldViolation(f + "yuka_menseki", StandardErrorCode.E0004, RULE, "床面積は0より大きくしてください"));
            } else if (k.kyojuMenseki().compareTo(k.yukaMenseki()) > 0 || k.kyojuMenseki().compareTo(BigDecimal.ZERO) < 0) {
                v.add(new FieldViolation(f + "kyoju_menseki", StandardErrorCode.E0004, RULE, "居住部分の面積は0以上、床面積以下です"));
            }
            if (k.shinchikuBi().getYear() >= t.nendo() && !k.shinchikuBi().equals(java.time.LocalDate.of(t.nendo(), 1, 1))) {
                v.add(new FieldViolation(f + "shinchiku_nengappi", StandardErrorCode.E0004, RULE,
                        "賦課期日（" + t.nendo() + "年1月1日）より後に新築された家屋はこの年度には課税されません"));
            }
        }
        List<ShokyakuShisanMeisai> shinkoku = t.shokyakuShisan().stream().map(ShokyakuShisan::meisai)
                .filter(java.util.Objects::nonNull).toList();
        if (!shinkoku.isEmpty()) {
            v.addAll(ShokyakuHyokaPolicy.check(t.nendo(), shinkoku, "shokyaku_shisan", p.shokyakuHyoka()));
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, RULE, v.get(0).message(), v);
        }
    }
}
