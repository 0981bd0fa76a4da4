package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kikan.chihozei.infrastructure.KotekiNenkinHokokuStore;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.chihozei.infrastructure.ShinkokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.TokubetsuChoshuGimusha;

/**
 * What a taxpayer's assessment is computed from (課税資料): the latest 申告 when there is one (it states every
 * income and deduction, salaries and pensions included); otherwise the 給与支払報告書 and 公的年金等支払報告書 matched to
 * the person, several payers added up — who has only a salary or a pension need not file (地方税法第317条の2第1項
 * ただし書). None of them: 未申告.
 *
 * @param version the 申告's version, or 0 when the reports alone are used
 * @param gimusha the employer who collects the tax from the salary (給与所得に係る特別徴収, 地方税法第321条の3), from the
 *                reports whether or not a 申告 was filed; null: 普通徴収
 */
@ApplicationScoped
public class KazeiShiryo {

    public record Shiryo(JsonNode naiyo, int version, TokubetsuChoshuGimusha gimusha) {
    }

    @Inject
    ShinkokuStore shinkoku;

    @Inject
    KyuyoHokokuStore hokoku;

    @Inject
    KotekiNenkinHokokuStore nenkin;

    @Inject
    TaxJson json;

    public Optional<Shiryo> of(String lgCode, String atenabango, int nendo) {
        Optional<ShinkokuStore.Version> s = shinkoku.latest(lgCode, atenabango, nendo);
        Optional<KyuyoHokokuStore.Gokei> g = hokoku.gokei(lgCode, atenabango, nendo);
        if (s.isPresent()) {
            return Optional.of(of(s.get(), g.orElse(null)));
        }
        return fromHokoku(g.orElse(null), nenkin.gokei(lgCode, atenabango, nendo).orElse(null));
    }

    /** A stored 申告 as the 課税資料, with the employer of the reports (if any) collecting from the salary. */
    public Shiryo of(ShinkokuStore.Version s, KyuyoHokokuStore.Gokei reports) {
        return new Shiryo(json.tree(s.naiyo()), s.version(), reports == null ? null : reports.gimusha());
    }

    /** The reports' totals as a 申告 would state them (version 0); empty when there is neither kind. */
    public Optional<Shiryo> fromHokoku(KyuyoHokokuStore.Gokei kyuyo, KotekiNenkinHokokuStore.Gokei koteki) {
        if (kyuyo == null && koteki == null) {
            return Optional.empty();
        }
        ObjectNode n = json.mapper().createObjectNode();
        ObjectNode shunyu = n.putObject("shunyu");
        ObjectNode shiharai = n.putObject("shiharai");
        long shakai = 0;
        if (kyuyo != null) {
            shunyu.put("kyuyo_shunyu", kyuyo.kyuyoShunyu());
            // 社会保険料等の金額 includes 小規模企業共済等掛金 on the report ("うち" column): split them
            shakai += Math.max(0, kyuyo.shakaiHokenryo() - kyuyo.shokiboKigyoKyosaiKakekin());
            shiharai.put("shokibo_kigyo_kyosai_kakekin", kyuyo.shokiboKigyoKyosaiKakekin());
        }
        if (koteki != null) {
            shunyu.put("koteki_nenkin_shunyu", koteki.kotekiNenkinShunyu());
            // the premiums withheld from the pension (介護保険料 etc.) are the recipient's 社会保険料 too
            shakai += koteki.shakaiHokenryo();
        }
        shiharai.put("shakai_hokenryo", shakai);
        return Optional.of(new Shiryo(n, 0, kyuyo == null ? null : kyuyo.gimusha()));
    }

    public boolean mishinkoku(String lgCode, String atenabango, int nendo) {
        return of(lgCode, atenabango, nendo).isEmpty();
    }
}
