package jp.kikan.chihozei.application.shomei;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiFunction;
import jp.kikan.chihozei.application.Nozeigimushas;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.ShomeiKofuStore;
import jp.kikan.chihozei.infrastructure.pdf.ZeiShomeiModel;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * What issuing any of this service's forms takes, in the caller's transaction: the taxpayer of the caller's
 * municipality with the 支援措置 applied first (a refusal reveals nothing and is logged in a transaction of its own,
 * {@link Nozeigimushas#require}), the assessment version, the issuer from the municipality's own configuration, the
 * 発行番号, and the record of the issuance in the 交付履歴 (with the PDF's SHA-256) and in the access log.
 */
@ApplicationScoped
public class ShomeiHakko {

    static final WarekiCalendar WAREKI = WarekiCalendar.standard();

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    FukaStore fukaStore;

    @Inject
    ShomeiKofuStore kofu;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Municipalities municipalities;

    /** A form issued: its number and the PDF. */
    public record Issued(String hakkoBango, byte[] pdf) {
    }

    /** What a form is printed from: the taxpayer, the version chosen and those before it. */
    public record Source(NozeigimushaEntity nozeigimusha, FukaStore.Version version, List<FukaStore.Version> all) {
    }

    /**
     * @param version  the assessment version asked for, or null for the latest
     * @param render   prints the form from the issuer (with the 発行番号) and the source
     */
    public Issued issue(Caller caller, String yoshiki, String action, String atenabango, int nendo, Integer version,
            String mokuteki, BiFunction<ZeiShomeiModel.Hakko, Source, byte[]> render) {
        NozeigimushaEntity n = nozeigimushas.require(caller, atenabango, action);
        List<FukaStore.Version> all = fukaStore.versions(caller.lgCode(), atenabango, nendo);
        if (all.isEmpty()) {
            throw new NotFoundException("nendo", new Nendo(nendo).label() + "の賦課がないため発行できません（賦課の後に発行できます）");
        }
        FukaStore.Version v = version == null ? all.get(all.size() - 1)
                : all.stream().filter(x -> x.version() == version).findFirst().orElseThrow(() -> new NotFoundException(
                        "version", nendo + "年度の賦課に第" + version + "版はありません（最新は第" + all.size() + "版）"));
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        String hakkoBango = kofu.nextHakkoBango(caller.lgCode(), calendar.today());
        ZeiShomeiModel.Hakko hakko = new ZeiShomeiModel.Hakko(hakkoBango, WAREKI.format(calendar.today()), m.name(),
                m.shucho(), ZeimokuMei.shi(m.name()), ZeimokuMei.ken(m.name()));
        byte[] pdf = render.apply(hakko, new Source(n, v, all));
        kofu.record(caller.lgCode(), new ShomeiKofuStore.Kofu(hakkoBango, yoshiki, atenabango, nendo, v.version(), mokuteki,
                HakkoBango.sha256(pdf), caller.actor(), calendar.now()));
        accessLog.record(caller, action, Nozeigimushas.TARGET, atenabango,
                "hakko_bango=" + hakkoBango + " yoshiki=" + yoshiki + " nendo=" + nendo + " version=" + v.version());
        return new Issued(hakkoBango, pdf);
    }
}
