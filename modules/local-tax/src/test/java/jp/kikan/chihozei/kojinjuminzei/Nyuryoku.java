package jp.kikan.chihozei.kojinjuminzei;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.HaitoShurui;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.JutakuGendoKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import java.util.function.UnaryOperator;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;

/** Test input as a clerk would enter it, with the shipped parameters. */
public final class Nyuryoku {

    /** 架空県みなみ市 (demo city, 3級地). */
    public static final String MINAMI = "999997";
    public static final String NIIGATA = "151009";
    public static final String HIROSHIMA = "341002";
    public static final String NIIZA = "112305";
    public static final String IZUMI = "462080";
    public static final String TAGAJO = "042099";

    public static final ParameterRepository PARAMETERS = ParameterLoader.loadDefaults();
    public static final KojinJuminzeiKeisan ENGINE = new KojinJuminzeiKeisan(PARAMETERS);

    /** The shipped parameters of a 年度 for a municipality. */
    public static KojinJuminzeiParameters params(int reiwa, String code) {
        return PARAMETERS.parameters(Nendo.ofReiwa(reiwa), code);
    }

    /** The shipped parameter files with one file changed (an overlay a test needs, a broken file). */
    public static ParameterRepository repositoryWith(String file, UnaryOperator<String> change) {
        ParameterSource defaults = ParameterSource.classpath();
        return ParameterLoader.load(name -> name.equals(file) ? change.apply(defaults.read(name)) : defaults.read(name));
    }

    private final int nendo;
    private String code = MINAMI;
    private String birth = "1980-04-01";
    private ShogaiKubun shogai = ShogaiKubun.NASHI;
    private boolean kafu;
    private HitorioyaKubun hitorioya = HitorioyaKubun.NASHI;
    private boolean kinroGakusei;
    private boolean seikatsuHogo;
    private Long kyuyo;
    private Long nenkin;
    private Long jigyo;
    private Long fudosan;
    private Long zatsu;
    private Long sonota;
    private final List<KazeiNyuryoku.Haito> haito = new ArrayList<>();
    private Long shakai;
    private Long shokibo;
    private KazeiNyuryoku.SeimeiHokenryo seimei;
    private Long jishin;
    private Long iryohi;
    private Long hotenkin;
    private Long zassonSonshitsu;
    private Long zassonHotenkin;
    private Long saigai;
    private KazeiNyuryoku.Shinzoku haigusha;
    private final List<KazeiNyuryoku.Shinzoku> fuyo = new ArrayList<>();
    private KazeiNyuryoku.Kifukin kifukin;
    private KazeiNyuryoku.JutakuLoan jutaku;

    private Nyuryoku(int nendo) {
        this.nendo = nendo;
    }

    /** @param reiwa 令和N年度 */
    public static Nyuryoku reiwa(int reiwa) {
        return new Nyuryoku(2018 + reiwa);
    }

    public Nyuryoku city(String c) {
        code = c;
        return this;
    }

    public Nyuryoku born(String b) {
        birth = b;
        return this;
    }

    public Nyuryoku shogai(ShogaiKubun s) {
        shogai = s;
        return this;
    }

    public Nyuryoku kafu() {
        kafu = true;
        return this;
    }

    public Nyuryoku hitorioya(HitorioyaKubun h) {
        hitorioya = h;
        return this;
    }

    public Nyuryoku kinroGakusei() {
        kinroGakusei = true;
        return this;
    }

    public Nyuryoku seikatsuHogo() {
        seikatsuHogo = true;
        return this;
    }

    public Nyuryoku kyuyo(long v) {
        kyuyo = v;
        return this;
    }

    public Nyuryoku nenkin(long v) {
        nenkin = v;
        return this;
    }

    public Nyuryoku jigyo(long v) {
        jigyo = v;
        return this;
    }

    public Nyuryoku fudosan(long v) {
        fudosan = v;
        return this;
    }

    public Nyuryoku zatsu(long v) {
        zatsu = v;
        return this;
    }

    public Nyuryoku sonota(long v) {
        sonota = v;
        return this;
    }

    public Nyuryoku haito(HaitoShurui s, long v) {
        haito.add(new KazeiNyuryoku.Haito(s, v));
        return this;
    }

    public Nyuryoku shakaiHokenryo(long v) {
        shakai = v;
        return this;
    }

    public Nyuryoku shokibo(long v) {
        shokibo = v;
        return this;
    }

    /** 新一般, 旧一般, 新介護医療, 新個人年金, 旧個人年金. */
    public Nyuryoku seimei(long shinIppan, long kyuIppan, long shinKaigo, long shinNenkin, long kyuNenkin) {
        seimei = new KazeiNyuryoku.SeimeiHokenryo(shinIppan, kyuIppan, shinKaigo, shinNenkin, kyuNenkin);
        return this;
    }

    public Nyuryoku jishin(long v) {
        jishin = v;
        return this;
    }

    public Nyuryoku iryohi(long paid, long hoten) {
        iryohi = paid;
        hotenkin = hoten;
        return this;
    }

    public Nyuryoku zasson(long sonshitsu, long hoten, long saigaiKanren) {
        zassonSonshitsu = sonshitsu;
        zassonHotenkin = hoten;
        saigai = saigaiKanren;
        return this;
    }

    public Nyuryoku haigusha(String b, long shotoku) {
        haigusha = shinzoku(b, shotoku, ShogaiKubun.NASHI, false, false);
        return this;
    }

    public Nyuryoku haigusha(KazeiNyuryoku.Shinzoku s) {
        haigusha = s;
        return this;
    }

    public Nyuryoku fuyo(String b, long shotoku) {
        fuyo.add(shinzoku(b, shotoku, ShogaiKubun.NASHI, false, false));
        return this;
    }

    public Nyuryoku fuyo(KazeiNyuryoku.Shinzoku s) {
        fuyo.add(s);
        return this;
    }

    public static KazeiNyuryoku.Shinzoku shinzoku(String b, long shotoku, ShogaiKubun s, boolean dokyo, boolean sonzoku) {
        return new KazeiNyuryoku.Shinzoku(b, shotoku, s, dokyo, sonzoku, false);
    }

    public Nyuryoku furusato(long v, boolean onestop) {
        kifukin = new KazeiNyuryoku.Kifukin(v, onestop, null, null, null);
        return this;
    }

    public Nyuryoku kifukin(KazeiNyuryoku.Kifukin k) {
        kifukin = k;
        return this;
    }

    public Nyuryoku jutaku(long zangaku, long shotokuzeiKazei, JutakuGendoKubun kubun) {
        jutaku = new KazeiNyuryoku.JutakuLoan(zangaku, shotokuzeiKazei, kubun);
        return this;
    }

    public KazeiNyuryoku build() {
        return new KazeiNyuryoku(nendo, code, new KazeiNyuryoku.Honnin(birth, shogai, kafu, hitorioya, kinroGakusei, seikatsuHogo),
                new KazeiNyuryoku.Shunyu(kyuyo, nenkin, jigyo, fudosan, zatsu, sonota, haito),
                new KazeiNyuryoku.Shiharai(shakai, shokibo, seimei, jishin, iryohi, hotenkin, zassonSonshitsu, zassonHotenkin, saigai),
                haigusha, fuyo, kifukin, jutaku);
    }

    public KojinJuminzeiFuka fuka() {
        return ENGINE.fuka(build());
    }

    public KojinJuminzeiFuka fuka(ParameterRepository repository) {
        return new KojinJuminzeiKeisan(repository).fuka(build());
    }
}
