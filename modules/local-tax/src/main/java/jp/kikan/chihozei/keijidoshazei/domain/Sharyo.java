package jp.kikan.chihozei.keijidoshazei.domain;

import java.util.Objects;

/**
 * A vehicle as the 種別割 sees it: what decides its rate. The owner is not here: who pays is the register's owner on
 * the 賦課期日 ({@code fuka_kijitsu}), found by the service.
 *
 * @param shashuKubun 車種区分
 * @param haikiryo    総排気量 in cc (原付 and 二輪), may be null
 * @param shodoKensa  初度検査年月 (三輪以上: required), may be null for classes without 車検
 * @param nenryo      燃料の種類 (三輪以上: required)
 * @param hikenin     被けん引車 (exempt from the 経年車重課)
 * @param green       the グリーン化特例 区分 the vehicle meets ({@link GreenKubun#NASHI} where none)
 */
public record Sharyo(ShashuKubun shashuKubun, Integer haikiryo, ShodoKensa shodoKensa, Nenryo nenryo, boolean hikenin,
        GreenKubun green) {

    public Sharyo {
        Objects.requireNonNull(shashuKubun, "shashuKubun");
        green = green == null ? GreenKubun.NASHI : green;
    }
}
