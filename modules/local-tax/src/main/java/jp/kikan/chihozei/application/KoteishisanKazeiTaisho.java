package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKubun;
import jp.kikan.chihozei.koteishisanzei.domain.Zennendo;

/**
 * A register version in force on the 賦課期日 → the engine's parcel or house. The 前年度課税標準額 of a parcel (負担調整措置,
 * 地方税法附則第18条) is its 課税標準 in the previous 年度's stored assessment (of whoever held it then), else the value
 * entered with the register (移行 from a former system), else none (the 本則 applies, and the 算定根拠 says so).
 */
@ApplicationScoped
public class KoteishisanKazeiTaisho {

    @Inject
    KoteishisanFukaStore fukaStore;

    @Inject
    TaxJson json;

    Tochi tochi(String lgCode, int nendo, KoteishisanDaichoStore.Tochi t) {
        KoteishisanDaichoStore.TochiHan h = t.han();
        return new Tochi(t.tochiId(), h.shozai() + " " + h.chiban(), TochiKubun.of(h.kazeiKubun()), h.chiseki(), h.hyokagaku(),
                h.kosu(), h.jutakuYukaMenseki() == null ? java.math.BigDecimal.ZERO : h.jutakuYukaMenseki(), h.shigaikaKuiki(),
                zennendo(lgCode, nendo, t.tochiId(), h.zennendo()));
    }

    Kaoku kaoku(KoteishisanDaichoStore.Kaoku k) {
        KoteishisanDaichoStore.KaokuHan h = k.han();
        return new Kaoku(k.kaokuId(), h.shozai() + " 家屋番号 " + h.kaokuBango(), h.hyokagaku(), h.yukaMenseki(), h.kyojuMenseki(),
                h.shinchikuNengappi(), h.kaisu(), h.taikaKozo(), h.kashiya(), h.shigaikaKuiki());
    }

    private Zennendo zennendo(String lgCode, int nendo, String tochiId, String entered) {
        Optional<String> assessed = fukaStore.tochiKazei(lgCode, nendo - 1, tochiId);
        if (assessed.isPresent()) {
            JsonNode t = json.tree(assessed.get());
            boolean jutaku = t.path("shokibo_menseki").decimalValue().signum() > 0 || t.path("ippan_menseki").decimalValue().signum() > 0;
            boolean hijutaku = t.path("hijutaku_menseki").decimalValue().signum() > 0;
            return new Zennendo(jutaku ? t.get("kotei_jutaku").asLong() : null, hijutaku ? t.get("kotei_hijutaku").asLong() : null,
                    jutaku && t.path("honsoku_toshi_jutaku").asLong() > 0 ? t.get("toshi_jutaku").asLong() : null,
                    hijutaku && t.path("honsoku_toshi_hijutaku").asLong() > 0 ? t.get("toshi_hijutaku").asLong() : null);
        }
        if (entered != null) {
            JsonNode z = json.tree(entered);
            return new Zennendo(opt(z, "kotei_jutaku"), opt(z, "kotei_hijutaku"), opt(z, "toshi_jutaku"), opt(z, "toshi_hijutaku"));
        }
        return Zennendo.NASHI;
    }

    private static Long opt(JsonNode z, String f) {
        return z.hasNonNull(f) ? z.get(f).asLong() : null;
    }
}
