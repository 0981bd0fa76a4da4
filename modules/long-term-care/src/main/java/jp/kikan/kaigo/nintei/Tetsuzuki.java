package jp.kikan.kaigo.nintei;

import java.time.LocalDate;

/**
 * One step of a certification, dated and attributed to the person who did it: 認定調査, 主治医意見書, 介護認定審査会,
 * 延期の通知 (with its reason and the expected date), 決定 (with the result and its 有効期間).
 */
public record Tetsuzuki(Shubetsu shubetsu, LocalDate jisshibi, String tantosha, String kekka, LocalDate yukoKaishibi,
        LocalDate yukoShuryobi, String enchoRiyu, LocalDate mikomibi, String biko) {

    public enum Shubetsu {
        CHOSA("chosa", "認定調査"), IKENSHO("ikensho", "主治医意見書"), SHINSAKAI("shinsakai", "介護認定審査会"),
        ENCHO("encho", "処分の延期の通知"), KETTEI("kettei", "認定の決定");

        private final String code;
        private final String nameJa;

        Shubetsu(String code, String nameJa) {
            this.code = code;
            this.nameJa = nameJa;
        }

        public String code() {
            return code;
        }

        public String nameJa() {
            return nameJa;
        }

        public static Shubetsu of(String code) {
            for (Shubetsu s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown 手続 " + code);
        }
    }
}
