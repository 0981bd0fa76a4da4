package jp.kikan.chihozei.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 給与支払報告書 files of one load, one per employer, as if each employer had sent the documented CSV
 * ({@code KyuyoHokokuCsv}): the rows are numbered by their line in that file (the header is line 1) and the file is
 * kept with the SHA-256 of that text, so the stored file is exactly what importing it would have stored — and a file
 * with the same content (the same people) can never be kept twice.
 */
final class DemoHokokuFiles {

    static final String HEADER = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,"
            + "kyuyo_shunyu,shakai_hokenryo,shokibo_kigyo_kyosai_kakekin,shiteibango,futsu_choshu_riyu\n";

    /** Below this salary the demo employer reports 普C (給与が少なく税額が引けない): the tax is paid by 普通徴収. */
    static final long FUTSU_CHOSHU_KIJUN = 1_000_000;

    static String futsuChoshuRiyu(DemoShotoku.Kyuyo k) {
        return k.shunyu() < FUTSU_CHOSHU_KIJUN ? "C" : null;
    }

    private final String lgCode;
    private final int nendo;
    private final Map<String, Fairu> byShitei = new LinkedHashMap<>();

    DemoHokokuFiles(String lgCode, int nendo) {
        this.lgCode = lgCode;
        this.nendo = nendo;
    }

    /** A file of this load: its id is known before its content is complete, from the employer and its first row. */
    static final class Fairu {
        final String fileId;
        final DemoJigyosho jigyosho;
        private final MessageDigest sha;
        private int gyo;

        private Fairu(String fileId, DemoJigyosho jigyosho) {
            this.fileId = fileId;
            this.jigyosho = jigyosho;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            sha.update(HEADER.getBytes(StandardCharsets.UTF_8));
        }

        String fileName(int nendo) {
            return "demo-" + nendo + "-" + jigyosho.shiteiBango() + ".csv";
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        int gyosu() {
            return gyo;
        }
    }

    /** @return the line number of the row in its employer's file */
    int add(DemoJigyosho j, String atenabango, String shimei, String furigana, String seinengappi, String jusho,
            DemoShotoku.Kyuyo k) {
        Fairu f = byShitei.computeIfAbsent(j.shiteiBango(), s -> new Fairu(UUID.nameUUIDFromBytes(("kikan-demo-kyuyo:"
                + lgCode + ":" + nendo + ":" + s + ":" + atenabango).getBytes(StandardCharsets.UTF_8)).toString(), j));
        String line = nendo + "," + csv(j.meisho()) + ",," + csv(shimei) + "," + csv(furigana) + "," + seinengappi + ","
                + csv(jusho) + "," + k.shunyu() + "," + k.shakaiHokenryo() + "," + k.shokiboKigyoKyosaiKakekin() + ","
                + j.shiteiBango() + "," + (futsuChoshuRiyu(k) == null ? "" : futsuChoshuRiyu(k)) + "\n";
        f.sha.update(line.getBytes(StandardCharsets.UTF_8));
        f.gyo++;
        return f.gyo + 1;
    }

    String fileId(DemoJigyosho j) {
        return byShitei.get(j.shiteiBango()).fileId;
    }

    List<Fairu> files() {
        return new ArrayList<>(byShitei.values());
    }

    private static String csv(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
