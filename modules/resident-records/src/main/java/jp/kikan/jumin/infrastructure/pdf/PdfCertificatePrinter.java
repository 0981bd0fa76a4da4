package jp.kikan.jumin.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.application.shomei.Juminhyo;
import jp.kikan.jumin.application.shomei.JuminhyoPrinter;
import jp.kikan.jumin.application.shomei.TenshutsuShomeisho;
import jp.kikan.jumin.application.shomei.TenshutsuShomeishoPrinter;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminShubetsu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.wareki.WarekiCalendar;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.FontSet;

/**
 * Adapts certificates ({@link Juminhyo}, {@link TenshutsuShomeisho}) to the PDF renderers: 和暦 for Japanese residents' dates, 西暦 for
 * foreign residents' (住民記録 1.0 §1.1: 外国人住民の生年月日は西暦).
 */
@ApplicationScoped
public class PdfCertificatePrinter implements JuminhyoPrinter, TenshutsuShomeishoPrinter {

    private static final WarekiCalendar WAREKI = WarekiCalendar.standard();

    @Inject
    CertificateFonts fonts;

    private volatile JuminhyoPdfRenderer renderer;
    private volatile TenshutsuShomeishoPdfRenderer tenshutsuRenderer;

    @Override
    public byte[] print(Juminhyo j) {
        JuminKisai first = j.persons().get(0).kisai();
        JuminhyoPrintModel model = new JuminhyoPrintModel(j.hakkoBango(), j.hakkoBi(), WAREKI.format(j.hakkoBi()),
                j.setaiRenki() ? JuminhyoPrintModel.Layout.SETAI_RENKI : JuminhyoPrintModel.Layout.KOJIN,
                j.hakkosha().dantaiMei(), j.hakkosha().shucho(),
                new JuminhyoPrintModel.Address(addressWithoutKatagaki(first), first.jusho().katagaki()),
                j.setainushiShimei(), j.persons().stream().map(v -> person(v, j)).toList(),
                new JuminhyoPrintModel.Options(j.options().honsekiHittosha(), j.options().setainushiZokugara(),
                        j.options().juminhyokodo(), j.options().kojinbango(), j.options().rireki()));
        return renderer().render(model);
    }

    @Override
    public byte[] print(TenshutsuShomeisho t) {
        JuminKisai first = t.persons().get(0).kisai();
        JuminVersion any = t.persons().get(0);
        boolean foreignOnly = t.persons().stream().allMatch(v -> v.kisai().shubetsu() == JuminShubetsu.GAIKOKUJIN);
        TenshutsuShomeishoPrintModel model = new TenshutsuShomeishoPrintModel(t.hakkoBango(), t.hakkoBi(),
                WAREKI.format(t.hakkoBi()), t.saikofu(), t.hakkosha().dantaiMei(), t.hakkosha().shucho(),
                first.jusho().hyoki(), t.setainushiShimei(), first.tenshutsusakijusho(),
                date(any.ido().idonengappi(), foreignOnly), date(any.ido().todokedenengappi(), foreignOnly),
                t.persons().stream().map(PdfCertificatePrinter::tenshutsuPerson).toList());
        if (tenshutsuRenderer == null) {
            synchronized (this) {
                if (tenshutsuRenderer == null) {
                    tenshutsuRenderer = new TenshutsuShomeishoPdfRenderer(fonts());
                }
            }
        }
        return tenshutsuRenderer.render(model);
    }

    private static TenshutsuShomeishoPrintModel.Person tenshutsuPerson(JuminVersion v) {
        JuminKisai k = v.kisai();
        boolean foreign = k.shubetsu() == JuminShubetsu.GAIKOKUJIN;
        var g = k.gaikokujin();
        return new TenshutsuShomeishoPrintModel.Person(k.shimei().shimei(), k.shimei().furigana(),
                k.seinengappi().date() == null ? k.seinengappi().fushohyoki() : date(k.seinengappi().date(), foreign),
                seibetsu(k.seibetsu()), k.zokugara(), foreign ? null : k.honseki(), foreign ? null : k.hittosha(),
                date(k.jumintonattanengappi(), foreign), date(k.jushoosadametanengappi(), foreign), k.juminhyokodo(),
                k.kojinbango(), g == null ? null : g.kokusekiChiiki(), g == null ? null : g.zairyushikaku(),
                g == null ? null : g.zairyukikan(),
                g == null || g.zairyukikanManryobi() == null ? null : seireki(g.zairyukikanManryobi()),
                g == null ? null : g.zairyukadobango(), g == null ? null : kubun(g.hodai30jono45kubun()));
    }

    private JuminhyoPdfRenderer renderer() {
        // fonts are large (IPAmj明朝 ~46 MB): load them once, on first issuance
        if (renderer == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new JuminhyoPdfRenderer(fonts());
                }
            }
        }
        return renderer;
    }

    private FontSet fonts() {
        return fonts.get();
    }

    private static String seibetsu(String code) {
        return switch (code) {
            case "1" -> "男";
            case "2" -> "女";
            default -> "不明";
        };
    }

    private static String addressWithoutKatagaki(JuminKisai k) {
        var a = k.jusho();
        return String.join("", nz(a.todofuken()), nz(a.shikugunchosonmei()), nz(a.choaza()), nz(a.banchigohyoki()));
    }

    private static JuminhyoPrintModel.Person person(JuminVersion v, Juminhyo j) {
        JuminKisai k = v.kisai();
        boolean foreign = k.shubetsu() == JuminShubetsu.GAIKOKUJIN;
        var b = JuminhyoPrintModel.Person.builder(k.shimei().shimei())
                .shimeiFurigana(k.shimei().furigana())
                .seinengappiWareki(k.seinengappi().date() == null ? k.seinengappi().fushohyoki()
                        : foreign ? seireki(k.seinengappi().date()) : WAREKI.format(k.seinengappi().date()))
                .seibetsu(seibetsu(k.seibetsu()))
                .zokugara(k.zokugara())
                .honseki(foreign ? null : k.honseki())
                .hittosha(foreign ? null : k.hittosha())
                .jumintonattanengappi(date(k.jumintonattanengappi(), foreign))
                .jushoosadametanengappi(date(k.jushoosadametanengappi(), foreign))
                .todokedeInfo(date(v.ido().todokedenengappi(), foreign))
                .tennyumaejusho(k.tennyumaejusho())
                .kojinbango(k.kojinbango())
                .juminhyokodo(k.juminhyokodo());
        if (foreign && k.gaikokujin() != null) {
            var g = k.gaikokujin();
            b.kokusekiChiiki(g.kokusekiChiiki()).zairyushikaku(g.zairyushikaku()).zairyukikan(g.zairyukikan())
                    .zairyukikanManryobi(g.zairyukikanManryobi() == null ? null : seireki(g.zairyukikanManryobi()))
                    .zairyukadobango(g.zairyukadobango()).hodai30jono45kubun(kubun(g.hodai30jono45kubun()))
                    .tsusho(g.tsusho());
        }
        if (j.options().rireki()) {
            List<JuminVersion> h = j.history().getOrDefault(v.atenabango(), List.of());
            b.rireki(h.stream().map(x -> new JuminhyoPrintModel.HistoryLine(date(x.ido().idonengappi(), foreign),
                    x.ido().idojiyu().label(), x.kisai().jusho().hyoki())).toList());
        }
        return b.build();
    }

    private static String kubun(String code) {
        return switch (code == null ? "" : code) {
            case "chukyo_zairyusha" -> "中長期在留者";
            case "tokubetsu_eijusha" -> "特別永住者";
            case "ichiji_higo" -> "一時庇護許可者";
            case "karitaizai" -> "仮滞在許可者";
            case "shussei_keika" -> "出生による経過滞在者";
            case "kokuseki_soshitsu_keika" -> "国籍喪失による経過滞在者";
            default -> code;
        };
    }

    private static String date(LocalDate d, boolean foreign) {
        return d == null ? null : foreign ? seireki(d) : WAREKI.format(d);
    }

    private static String seireki(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
