package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.chihozei.infrastructure.ShinkokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.TokubetsuChoshuGimusha;

/**
 * What a taxpayer's assessment is computed from (課税資料): the latest 申告 when there is one (it states every
 * income and deduction, salaries included); otherwise the 給与支払報告書 matched to the person, several employers
 * added up — a salary earner with no other income need not file (地方税法第317条の2第1項ただし書). Neither: 未申告.
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
    TaxJson json;

    public Optional<Shiryo> of(String lgCode, String atenabango, int nendo) {
        Optional<ShinkokuStore.Version> s = shinkoku.latest(lgCode, atenabango, nendo);
        Optional<KyuyoHokokuStore.Gokei> g = hokoku.gokei(lgCode, atenabango, nendo);
        if (s.isPresent()) {
            return Optional.of(of(s.get(), g.orElse(null)));
        }
        return g.map(this::fromHokoku);
    }

    /** A stored 申告 as the 課税資料, with the employer of the reports (if any) collecting from the salary. */
    public Shiryo of(ShinkokuStore.Version s, KyuyoHokokuStore.Gokei reports) {
        return new Shiryo(json.tree(s.naiyo()), s.version(), reports == null ? null : reports.gimusha());
    }

    /** The reports' totals as a 申告 would state them (version 0). */
    public Shiryo fromHokoku(KyuyoHokokuStore.Gokei g) {
        ObjectNode n = json.mapper().createObjectNode();
        n.putObject("shunyu").put("kyuyo_shunyu", g.kyuyoShunyu());
        ObjectNode shiharai = n.putObject("shiharai");
        // 社会保険料等の金額 includes 小規模企業共済等掛金 on the report ("うち" column): split them
        shiharai.put("shakai_hokenryo", Math.max(0, g.shakaiHokenryo() - g.shokiboKigyoKyosaiKakekin()));
        shiharai.put("shokibo_kigyo_kyosai_kakekin", g.shokiboKigyoKyosaiKakekin());
        return new Shiryo(n, 0, g.gimusha());
    }

    public boolean mishinkoku(String lgCode, String atenabango, int nendo) {
        return of(lgCode, atenabango, nendo).isEmpty();
    }
}
