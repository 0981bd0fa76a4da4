package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kikan.kokuho.hokenzei.domain.FukaKeishiki;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.hokenzei.parameter.Nokigen;
import jp.kikan.kokuho.hokenzei.policy.NenreiPolicy;
import jp.kikan.kokuho.hokenzei.policy.TsukiwariPolicy;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.kokuho.infrastructure.pdf.TsuchishoModel;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.wareki.WarekiCalendar;

/** Reads a stored version of a household's assessment (its ShisanKekka, members, 期別) into what its notice prints. */
final class TsuchishoYomitori {

    static final WarekiCalendar WAREKI = WarekiCalendar.standard();

    private TsuchishoYomitori() {
    }

    static TsuchishoModel.Bunrui bunrui(FukaKeishiki f, String shucho) {
        return new TsuchishoModel.Bunrui(f.nameJa(), f.tsuchisho(), f.nengakuMei(), f.zei() ? "税額" : "保険料額", "納付",
                f.zei() ? "納税義務者" : "納付義務者", f.tsuchishoHo(), f.kyujitsuHo(), f.fufuku(shucho.split("\u3000")[0]));
    }

    /** The insured members of the version, with their months in the 年度 and those of the 介護納付金分. */
    static List<TsuchishoModel.Hihokensha> hihokensha(JsonNode setaiin, int nendo) {
        List<TsuchishoModel.Hihokensha> out = new ArrayList<>();
        for (JsonNode m : setaiin) {
            if (!m.path("hihokensha").asBoolean()) {
                continue;
            }
            LocalDate birth = m.hasNonNull("seinengappi") ? LocalDate.parse(m.get("seinengappi").asText()) : null;
            List<String> kikan = new ArrayList<>();
            List<YearMonth> kaigo = new ArrayList<>();
            for (JsonNode k : m.path("kikan")) {
                LocalDate from = date(k, "shutokubi");
                LocalDate to = date(k, "soshitsubi");
                kikan.add((from == null ? "年度の初めから" : WAREKI.format(from) + " 取得") + "〜"
                        + (to == null ? "年度の終わりまで" : WAREKI.format(to) + " 喪失"));
                if (birth != null) {
                    Setaiin s = new Setaiin(birth, false, true, false, from, to, new Setaiin.Shotoku(0, 0, 0, 0));
                    TsukiwariPolicy.tsuki(nendo).stream()
                            .filter(ym -> TsukiwariPolicy.getsumatsuShikaku(s, ym) && NenreiPolicy.kaigo(birth, ym))
                            .forEach(kaigo::add);
                }
            }
            out.add(new TsuchishoModel.Hihokensha(m.path("shimei").asText(), birth == null ? "" : WAREKI.format(birth),
                    m.path("zokugara").asText(""), String.join("\n", kikan), tsuki(kaigo)));
        }
        return out;
    }

    /**
     * 7・5・2割 (or none) as a sentence with the income judged and the threshold it was compared with, and the
     * 特定同一世帯所属者 counted.
     */
    static TsuchishoModel.Keigen keigen(JsonNode kekka, JsonNode setaiin) {
        List<String> doitsu = new ArrayList<>();
        setaiin.forEach(m -> {
            if (m.path("tokutei_doitsu_setai_shozokusha").asBoolean()) {
                doitsu.add(m.path("shimei").asText());
            }
        });
        JsonNode g = kekka.get("keigen");
        int wari = g.get("wari").asInt();
        long s = g.get("hantei_shotoku").asLong();
        String kijun = wari == 0 ? "＞ 2割の基準 " + CertificateCells.yen(g.get("kijun_2wari").asLong())
                : "≤ " + wari + "割の基準 " + CertificateCells.yen(g.get("kijun_" + wari + "wari").asLong());
        String base = "（判定の基準日 " + WAREKI.format(LocalDate.parse(g.get("hantei_kijunbi").asText())) + "、軽減判定所得 "
                + CertificateCells.yen(s) + " " + kijun + "、被保険者等 " + g.get("taisho_ninzu").asInt() + "人、給与所得者等 "
                + g.get("kyuyo_shotokusha_to_su").asInt() + "人" + (doitsu.isEmpty() ? "" : "、うち特定同一世帯所属者 "
                + String.join("・", doitsu)) + "）";
        return new TsuchishoModel.Keigen(wari, (wari == 0 ? "軽減なし" : "均等割・平等割の" + wari + "割軽減") + base,
                kekka.path("mishugakujisu").asInt());
    }

    static List<TsuchishoModel.Kubun> kubun(JsonNode kekka) {
        List<TsuchishoModel.Kubun> out = new ArrayList<>();
        for (JsonNode k : kekka.get("kubun")) {
            List<TsuchishoModel.Kikan> kikan = new ArrayList<>();
            for (JsonNode g : k.get("kikan")) {
                String tokutei = switch (g.path("tokutei_setai").asText("")) {
                    case "tokutei" -> "\n特定世帯";
                    case "tokutei_keizoku" -> "\n特定継続世帯";
                    default -> "";
                };
                kikan.add(new TsuchishoModel.Kikan(g.get("tsuki_kara").asInt() + "月〜" + g.get("tsuki_made").asInt() + "月" + tokutei,
                        g.get("tsukisu").asInt(), g.get("hihokenshasu").asInt(), g.get("shotokuwari").asLong(),
                        g.get("kintowari").asLong(), g.get("byodowari").asLong(), g.get("kintowari_keigen").asLong()
                                + g.get("mishugakuji_keigen").asLong() + g.get("byodowari_keigen").asLong()
                                + g.path("byodowari_tokutei_gengaku").asLong(0),
                        g.get("gokei").asLong(), g.get("gendogaku").asLong(), g.get("gendogaku_tekiyo").asBoolean(),
                        g.get("nengaku_soto").asLong()));
            }
            out.add(new TsuchishoModel.Kubun(k.get("kubun_mei").asText(), kikan, k.get("tsukisu").asInt(),
                    k.get("nengaku").asLong()));
        }
        return out;
    }

    /** The instalments as they stand after this version; for a 更正 each with its amount before. */
    static List<TsuchishoModel.Ki> ki(FukaStore.Version v, Nokigen n) {
        List<TsuchishoModel.Ki> out = new ArrayList<>();
        if (v.kosei() != null) {
            for (JsonNode s : v.kosei().get("sagaku")) {
                out.add(new TsuchishoModel.Ki(s.get("kibetsu").asText(), nokigen(s.get("nengetsu").asText(), n),
                        s.get("koseigo").asLong(), s.get("genzai").asLong(), s.get("sagaku").asLong(), s.get("torai").asBoolean()));
            }
        } else if (v.kibetsu() != null) {
            for (JsonNode k : v.kibetsu()) {
                out.add(new TsuchishoModel.Ki(k.get("kibetsu").asText(), nokigen(k.get("nengetsu").asText(), n),
                        k.get("zeigaku").asLong(), null, null, false));
            }
        }
        return out;
    }

    /** The 更正's amounts and why it was made: what differs from the version before. */
    static TsuchishoModel.Kosei kosei(FukaStore.Version v, FukaStore.Version mae) {
        List<String> riyu = new ArrayList<>();
        if (!Objects.equals(kikan(v.kekka()), kikan(mae.kekka()))) {
            riyu.add("世帯員の資格の異動（取得・喪失、介護分の年齢到達）");
        }
        if (!Objects.equals(v.shotoku(), mae.shotoku())) {
            riyu.add("所得の更正（地方税の所得情報の変更）");
        }
        if (!v.nozeigimusha().equals(mae.nozeigimusha())) {
            riyu.add("世帯主（納税義務者）の変更");
        }
        if (riyu.isEmpty()) {
            riyu.add("算定の基礎の変更（軽減・税率など）");
        }
        JsonNode k = v.kosei();
        return new TsuchishoModel.Kosei(mae.nengaku(), v.nengaku() - mae.nengaku(), String.join("、", riyu),
                k == null ? 0 : k.get("zuiji").asLong(), k == null ? 0 : k.get("kanpu").asLong());
    }

    /** The 算定根拠 as sentences, the parameters' status in Japanese so that an unconfirmed value shows as such. */
    static List<String> santeiKonkyo(JsonNode kekka) {
        List<String> out = new ArrayList<>();
        for (JsonNode step : kekka.get("santei_konkyo")) {
            out.add(step.path("setsumei").asText().replaceAll("\\bunconfirmed\\b", "未確認").replaceAll("\\binferred\\b", "推定")
                    .replaceAll("\\bconfirmed\\b", "確認済"));
        }
        return out;
    }

    /** 令和6年分 for a calendar year. */
    static String nenLabel(int year) {
        return year >= 2019 ? "令和" + (year == 2019 ? "元" : Integer.toString(year - 2018)) + "年分" : year + "年分";
    }

    static String nokigen(String nengetsu, Nokigen n) {
        return WAREKI.format(n.nokigen(YearMonth.parse(nengetsu)));
    }

    /** Months as ranges: 4月〜9月、12月〜3月; なし. */
    static String tsuki(List<YearMonth> months) {
        if (months.isEmpty()) {
            return "なし";
        }
        List<String> out = new ArrayList<>();
        YearMonth start = months.get(0);
        YearMonth prev = start;
        for (int i = 1; i <= months.size(); i++) {
            YearMonth m = i < months.size() ? months.get(i) : null;
            if (m == null || !m.equals(prev.plusMonths(1))) {
                out.add(start.getMonthValue() + "月" + (start.equals(prev) ? "" : "〜" + prev.getMonthValue() + "月"));
                start = m;
            }
            prev = m;
        }
        return String.join("、", out) + "（" + months.size() + "か月）";
    }

    private static List<String> kikan(JsonNode kekka) {
        List<String> out = new ArrayList<>();
        kekka.get("kubun").forEach(k -> k.get("kikan").forEach(g -> out.add(k.get("kubun").asText() + g.get("tsuki_kara")
                + "-" + g.get("tsuki_made") + ":" + g.get("hihokenshasu"))));
        return out;
    }

    private static LocalDate date(JsonNode k, String name) {
        return k.hasNonNull(name) ? LocalDate.parse(k.get(name).asText()) : null;
    }
}
