package jp.kikan.kokuho.hokenzei.parameter;

import java.util.Set;
import jp.kikan.kokuho.hokenzei.domain.Kubun;

/**
 * 特定世帯 and 特定継続世帯 (a member moved from 国保 to 後期高齢者医療 — a 特定同一世帯所属者 — leaving one insured): the
 * 平等割 of the 区分 {@code kubun} is {@code tokuteiBunshi}/{@code tokuteiBunbo} for {@code tokuteiTsukisu} months from
 * the month of that move, then {@code keizokuBunshi}/{@code keizokuBunbo} for {@code keizokuTsukisu} months more; a
 * 特定同一世帯所属者 counts for the 軽減 judgement for {@code doitsuKigenTsukisu} months after the move (0 = without limit:
 * 平成25年度から恒久化).
 */
public record TokuteiSetaiKijun(int tokuteiTsukisu, int tokuteiBunshi, int tokuteiBunbo, int keizokuTsukisu,
        int keizokuBunshi, int keizokuBunbo, Set<Kubun> kubun, int doitsuKigenTsukisu) {

    public TokuteiSetaiKijun {
        kubun = Set.copyOf(kubun);
        if (tokuteiTsukisu <= 0 || keizokuTsukisu < 0 || tokuteiBunbo <= 0 || keizokuBunbo <= 0 || doitsuKigenTsukisu < 0) {
            throw new IllegalArgumentException("特定世帯の基準 " + tokuteiTsukisu + "/" + keizokuTsukisu);
        }
    }

    public String label() {
        return String.format("特定世帯 %dか月 平等割 %d/%d、特定継続世帯 その後%dか月 %d/%d（%s）; 特定同一世帯所属者の軽減判定 %s",
                tokuteiTsukisu, tokuteiBunshi, tokuteiBunbo, keizokuTsukisu, keizokuBunshi, keizokuBunbo,
                String.join("・", kubun.stream().sorted().map(Kubun::nameJa).toList()),
                doitsuKigenTsukisu == 0 ? "期限なし" : doitsuKigenTsukisu + "か月");
    }
}
