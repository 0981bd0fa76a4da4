package jp.kikan.jumin.application.ido;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.Gaikokujin;
import jp.kikan.jumin.domain.IdoJiyu;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminShubetsu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Seinengappi;
import jp.kikan.jumin.domain.Shimei;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.CommandOutcome;

/**
 * 職権修正・誤記修正・軽微な修正: a correction is a new version, the wrong entry stays in the history.
 * Only the items given change.
 */
@ApplicationScoped
public class ShuseiUseCase {

    @Inject
    IdoRecorder recorder;

    public CommandOutcome<IdoKekka> execute(Caller caller, String key, Commands.Shusei cmd) {
        IdoInput in = new IdoInput();
        String atenabango = in.bango("atenabango", cmd.atenabango());
        String kubun = in.code("shusei_kubun", cmd.shuseiKubun(), List.of("shokken_shusei", "goki_shusei", "keibi_shusei"),
                true);
        LocalDate idobi = in.date("idonengappi", cmd.idonengappi(), true);
        String riyu = in.freeText("riyu", cmd.riyu(), 200, true);
        String shimei = in.text("shimei", cmd.shimei(), 100, false);
        String furigana = in.katakana("shimei_furigana", cmd.shimeiFurigana(), 100, false);
        String uji = in.text("uji_nihonjin", cmd.ujiNihonjin(), 50, false);
        String na = in.text("na_nihonjin", cmd.naNihonjin(), 50, false);
        String kyuji = in.text("kyuji", cmd.kyuji(), 50, false);
        String kyujiFurigana = in.katakana("kyuji_furigana", cmd.kyujiFurigana(), 50, false);
        LocalDate seinengappi = in.date("seinengappi", cmd.seinengappi(), false);
        String seibetsu = cmd.seibetsu() == null ? null : in.code("seibetsu", cmd.seibetsu(), List.of("0", "1", "2"), true);
        String honseki = in.text("honseki", cmd.honseki(), 200, false);
        String hittosha = in.text("hittosha", cmd.hittosha(), 100, false);
        String kojinbango = in.kojinbango("kojinbango", cmd.kojinbango());
        String juminhyokodo = in.juminhyokodo("juminhyokodo", cmd.juminhyokodo());
        Gaikokujin gaikokujin = cmd.gaikokujin() == null ? null : in.gaikokujin("gaikokujin", cmd.gaikokujin());
        in.check();
        IdoJiyu jiyu = switch (kubun) {
            case "goki_shusei" -> IdoJiyu.GOKI_SHUSEI;
            case "keibi_shusei" -> IdoJiyu.KEIBI_SHUSEI;
            default -> IdoJiyu.SHOKKEN_SHUSEI;
        };
        return recorder.record(caller, key, "shusei", cmd, jiyu, idobi, null, session -> {
            JuminVersion v = session.load("atenabango", atenabango);
            session.household("atenabango", v.kisai().setaibango());
            JuminKisai k = v.kisai();
            Shimei s = k.shimei();
            Shimei newShimei = new Shimei(or(shimei, s.shimei()), or(furigana, s.furigana()), or(uji, s.ujiNihonjin()),
                    or(na, s.naNihonjin()), or(kyuji, s.kyuji()), or(kyujiFurigana, s.kyujiFurigana()));
            Seinengappi newBirth = seinengappi == null ? k.seinengappi() : Seinengappi.of(seinengappi);
            if (gaikokujin != null && k.shubetsu() != JuminShubetsu.GAIKOKUJIN) {
                throw new RuleViolationException("gaikokujin-only", "gaikokujin", StandardErrorCode.E0004,
                        "日本人住民に外国人住民の記載事項は修正できません");
            }
            JuminKisai corrected = k.withKihon(newShimei, newBirth, or(seibetsu, k.seibetsu()), or(honseki, k.honseki()),
                    or(hittosha, k.hittosha()), or(kojinbango, k.kojinbango()), or(juminhyokodo, k.juminhyokodo()),
                    gaikokujin == null ? k.gaikokujin() : gaikokujin);
            if (corrected.equals(k)) {
                throw new RuleViolationException("no-change", "atenabango", StandardErrorCode.E0004,
                        "修正する項目がありません (現在の記載と同じです)");
            }
            session.write(v, corrected, jiyu, idobi, null, riyu);
        });
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
