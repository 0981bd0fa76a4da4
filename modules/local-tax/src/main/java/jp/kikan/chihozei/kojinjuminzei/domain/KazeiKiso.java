package jp.kikan.chihozei.kojinjuminzei.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The checked basis of one assessment: dates parsed, amounts present (0 where nothing was entered) and
 * never negative. Built only by {@code KazeiNyuryokuKensa}.
 */
public record KazeiKiso(Nendo nendo, String shikuchosonkodo, Honnin honnin, Shotoku shotoku, Shiharai shiharai,
        Shinzoku haigusha, List<Shinzoku> fuyoShinzoku, Kifukin kifukin, JutakuLoan jutakuLoan) {

    public KazeiKiso {
        fuyoShinzoku = List.copyOf(fuyoShinzoku);
    }

    public record Honnin(LocalDate seinengappi, ShogaiKubun shogai, boolean kafu, HitorioyaKubun hitorioya,
            boolean kinroGakusei, boolean seikatsuHogo) {
    }

    public record Shotoku(long kyuyoShunyu, long kotekiNenkinShunyu, long jigyoShotoku, long fudosanShotoku,
            long zatsuShotokuSonota, long sonotaShotoku, List<Haito> haito) {

        public Shotoku {
            haito = List.copyOf(haito);
        }

        public long haitoShotoku() {
            return haito.stream().mapToLong(Haito::haitoShotoku).sum();
        }
    }

    public record Haito(HaitoShurui shurui, long haitoShotoku) {
    }

    public record Shiharai(long shakaiHokenryo, long shokiboKigyoKyosaiKakekin, long shinIppan, long kyuIppan,
            long shinKaigoIryo, long shinKojinNenkin, long kyuKojinNenkin, long jishinHokenryo, long iryohi,
            long iryohiHotenkin, long zassonSonshitsu, long zassonHotenkin, long saigaiKanrenShishutsu) {
    }

    /** @param index the position in the input (−1 for the spouse), for the explanation */
    public record Shinzoku(int index, LocalDate seinengappi, long gokeiShotoku, ShogaiKubun shogai, boolean dokyo,
            boolean chokkeiSonzoku, boolean kokugaiKyoju) {

        /** 配偶者 or 扶養親族[n] as the explanation names it. */
        public String label() {
            return index < 0 ? "配偶者" : "親族" + (index + 1);
        }
    }

    public record Kifukin(long furusatoNozei, boolean onestopTokurei, long kyodoBokinNisseki, long joreiShiteiShi,
            long joreiShiteiKen) {

        public static Kifukin none() {
            return new Kifukin(0, false, 0, 0, 0);
        }
    }

    public record JutakuLoan(long shotokuzeiKojoZangaku, long shotokuzeiKazeiSoshotokuKingakuTo, JutakuGendoKubun kubun) {
    }
}
