package jp.kikan.chihozei.application;

import java.util.List;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.keijidoshazei.domain.KeijidoshazeiFuka;

/** The contract's 軽自動車税 schemas (SharyoVersion, Sharyo, KeijidoshazeiZeigaku, KeijidoshazeiFuka …) as records. */
public final class KeijidoshazeiViews {

    private KeijidoshazeiViews() {
    }

    public record SharyoVersion(int rirekibango, String idoJiyu, String idobi, String shinkokubi, String hyoshikiBango,
            String shashuKubun, Integer haikiryo, String shodoKensaNengetsu, String nenryo, boolean hikenin, String greenKubun,
            String shoyushaAtenabango, String shiyoshaAtenabango, boolean haisha, String biko, String shorinengappi) {

        static SharyoVersion of(SharyoStore.Version v) {
            return new SharyoVersion(v.rirekibango(), v.idoJiyu(), v.idobi().toString(),
                    v.shinkokubi() == null ? null : v.shinkokubi().toString(), v.hyoshikiBango(), v.shashuKubun(), v.haikiryo(),
                    SharyoNyuryoku.nengetsu(v.shodoKensaNen(), v.shodoKensaTsuki()), v.nenryo(), v.hikenin(), v.greenKubun(),
                    v.shoyushaAtenabango(), v.shiyoshaAtenabango(), v.haisha(), v.biko(), v.shorinengappi().toString());
        }
    }

    public record Sharyo(String sharyoId, String kijunbi, SharyoVersion genzai, List<SharyoVersion> rireki) {
    }

    public record ShoyuSharyo(String sharyoId, SharyoVersion version) {
    }

    public record SharyoIchiran(String atenabango, String kijunbi, List<ShoyuSharyo> sharyo) {
    }

    public record Zeigaku(int nendo, String fukaKijitsu, String shashuKubun, String shashuKubunMei, String zeiritsuKubun,
            long zeiritsuGaku, long keikaGaku, long genmenGaku, long zeigaku, List<FukaViews.Step> santeiKonkyo) {

        public static Zeigaku of(KeijidoshazeiFuka f) {
            return new Zeigaku(f.nendo(), f.fukaKijitsu().toString(), f.shashuKubun().code(), f.shashuKubun().nameJa(),
                    f.zeiritsuKubun().code(), f.zeiritsuGaku(), f.keikaGaku(), f.genmenGaku(), f.zeigaku(),
                    FukaViews.steps(f.santeiKonkyo()));
        }
    }

    public record ShisanKekka(Zeigaku zeigaku, String parameterSet) {
    }

    public record FukaSharyo(String sharyoId, String hyoshikiBango, int rirekibango, String genmenId, Zeigaku zeigaku) {
    }

    public record Fuka(String atenabango, int nendo, long version, String kubun, String riyu, long nenzeigaku,
            Long maeNenzeigaku, long sagaku, List<FukaSharyo> sharyo, String shorinengappi) {
    }

    public record FukaRireki(String atenabango, int nendo, List<Fuka> versions) {
    }

    public record Genmen(String genmenId, String sharyoId, int nendo, String riyu, String shinseibi, String shogaishaAtenabango,
            String techo, String jotai, String ketteibi, String ketteiRiyu, int version) {
    }

    public record FileError(int line, String field, String message) {
    }

    public record FileKekka(String fileId, String fileName, String sha256, int gyosu, int torikomi, List<FileError> errors,
            boolean saisoshin) {
    }
}
