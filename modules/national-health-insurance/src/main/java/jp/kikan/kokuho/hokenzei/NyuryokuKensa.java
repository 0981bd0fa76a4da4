package jp.kikan.kokuho.hokenzei;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/** What the contract cannot say about a household: one 世帯主 at most, dates in order and after the birth. */
public final class NyuryokuKensa {

    private NyuryokuKensa() {
    }

    public static void check(int nendo, List<Setaiin> members) {
        if (members.stream().filter(Setaiin::setainushi).count() > 1) {
            throw new RuleViolationException("setainushi-hitori", "setaiin", StandardErrorCode.E0004, "世帯主は世帯に1人です");
        }
        for (int i = 0; i < members.size(); i++) {
            Setaiin m = members.get(i);
            String at = "setaiin[" + i + "].";
            LocalDate from = m.shikakuShutokubi();
            LocalDate to = m.shikakuSoshitsubi();
            if (from != null && to != null && !to.isAfter(from)) {
                throw new RuleViolationException("shikaku-kikan", at + "shikaku_soshitsubi", StandardErrorCode.E0004,
                        "資格喪失日は資格取得日より後の日付にしてください");
            }
            if (from != null && from.isBefore(m.seinengappi()) || to != null && !to.isAfter(m.seinengappi())) {
                throw new RuleViolationException("shikaku-kikan", at + "shikaku_shutokubi", StandardErrorCode.E0004,
                        "資格の日付が生年月日より前です");
            }
            if (m.seinengappi().isAfter(LocalDate.of(nendo + 1, 3, 31))) {
                throw new RuleViolationException("seinengappi-nendo", at + "seinengappi", StandardErrorCode.E0004,
                        "生年月日が年度の末日より後です");
            }
            if (m.tokurei() != null && m.tokurei().rishokubi() != null) {
                if (!jp.kikan.kokuho.hokenzei.policy.TokureiPolicy.RISHOKU_RIYU.contains(m.tokurei().rishokuRiyuKodo())) {
                    throw new RuleViolationException("rishoku-riyu", at + "hijihatsuteki_shitsugyo.rishoku_riyu_kodo",
                            StandardErrorCode.E0004, "非自発的失業者の軽減の対象となる離職理由コードではありません");
                }
                if (!jp.kikan.kokuho.hokenzei.policy.NenreiPolicy.tatsubi(m.seinengappi(), 65).isAfter(m.tokurei().rishokubi())) {
                    throw new RuleViolationException("rishoku-65", at + "hijihatsuteki_shitsugyo.rishokubi", StandardErrorCode.E0004,
                            "離職時に65歳以上のため非自発的失業者の軽減の対象ではありません");
                }
            }
            if (m.tokurei() != null && m.tokurei().shussanYoteibi() != null && !m.kokuho()) {
                throw new RuleViolationException("sanzen-sango", at + "shussan_yoteibi", StandardErrorCode.E0004,
                        "産前産後の免除は国保の被保険者が対象です");
            }
            if (m.shotoku().kyuyoShotoku() > m.shotoku().soshoKingakuTo()) {
                throw new RuleViolationException("kyuyo-shotoku", at + "shotoku.kyuyo_shotoku", StandardErrorCode.E0004,
                        "給与所得が総所得金額等を超えています");
            }
            if (m.shotoku().nenkinShotoku() > m.shotoku().soshoKingakuTo()) {
                throw new RuleViolationException("nenkin-shotoku", at + "shotoku.nenkin_shotoku", StandardErrorCode.E0004,
                        "公的年金等に係る雑所得が総所得金額等を超えています");
            }
        }
        if (members.stream().noneMatch(Setaiin::kokuho)) {
            throw new RuleViolationException("hihokensha-nashi", "setaiin", StandardErrorCode.E0004,
                    "国保の被保険者がいない世帯には国民健康保険税はかかりません");
        }
    }
}
