package jp.kikan.kaigo.shikaku.domain;

import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 第2号被保険者 (介護保険法第9条第2号: 市町村の区域内に住所を有する40歳以上65歳未満の医療保険加入者). This service holds no
 * medical-insurance data, so the qualification is recorded when the person applies for a 要介護・要支援認定 naming the
 * 医療保険者: one who is not a 第1号被保険者 on the 申請日 is a 第2号 when resident and aged 40 to 64 on that day
 * (ages reached on the 到達日, 年齢計算ニ関スル法律). Anyone else is refused (422) and nothing is recorded.
 */
public final class Dai2goPolicy {

    private Dai2goPolicy() {
    }

    /**
     * The 第2号 entry an application on {@code shinseibi} adds — none when the person is already a 第2号 on that day.
     *
     * @param jumin whether the person is a resident here (the head of the resident record)
     */
    public static Optional<ShikakuIdo> shinsei(ShikakuRireki rireki, boolean jumin, LocalDate seinengappi, LocalDate shinseibi) {
        if (rireki.dai2goOn(shinseibi)) {
            return Optional.empty();
        }
        LocalDate t40 = Nenrei.dai2goTotatsubi(seinengappi);
        LocalDate t65 = Nenrei.dai1goTotatsubi(seinengappi);
        if (t40 == null) {
            throw nashi("生年月日が分からないため、被保険者か判定できません");
        }
        if (!shinseibi.isBefore(t65)) {
            throw nashi("申請日に65歳以上ですが、この団体の第1号被保険者ではありません（介護保険法第9条第1号: 区域内に住所を有する者）");
        }
        if (shinseibi.isBefore(t40)) {
            throw nashi("申請日に40歳未満のため、介護保険の被保険者ではありません（介護保険法第9条。40歳到達日は " + t40 + "）");
        }
        if (!jumin) {
            throw nashi("この団体に住所がないため、第2号被保険者ではありません（介護保険法第9条第2号: 区域内に住所を有する者）");
        }
        if (rireki.shikakuAri()) {
            throw nashi("申請日より後の日から資格が記録されています（" + rireki.currentShutokubi() + " から）");
        }
        LocalDate lost = rireki.lastSoshitsubi();
        if (lost != null && shinseibi.isBefore(lost)) {
            throw nashi("申請日は記録された資格の喪失日 " + lost + " より前です");
        }
        return Optional.of(new ShikakuIdo(ShikakuJiyu.DAI2GO_SHINSEI, shinseibi, shinseibi));
    }

    private static RuleViolationException nashi(String message) {
        return new RuleViolationException("hihokensha-nashi", "shinseibi", StandardErrorCode.E0004, message);
    }
}
