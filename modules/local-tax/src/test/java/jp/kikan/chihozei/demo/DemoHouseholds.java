package jp.kikan.chihozei.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.kikan.platform.checkdigit.Modulus11;

/** Synthetic households for the tests, in the shapes the resident records demo city has (with 続柄). */
final class DemoHouseholds {

    private static final LocalDate NENMATSU = LocalDate.of(2025, 12, 31);

    private DemoHouseholds() {
    }

    static List<DemoJinbutsu> household(SplittableRandom r, String setaibango, int firstSerial) {
        List<DemoJinbutsu> ms = new ArrayList<>();
        int[] serial = {firstSerial};
        double x = r.nextDouble();
        if (x < 0.30) {
            add(ms, serial, setaibango, "世帯主", r.nextBoolean(), 20 + r.nextInt(70), r);
        } else if (x < 0.55) {
            couple(ms, serial, setaibango, 65 + r.nextInt(20), r);
        } else if (x < 0.85) {
            int father = 28 + r.nextInt(28);
            couple(ms, serial, setaibango, father, r);
            children(ms, serial, setaibango, father, 1 + r.nextInt(3), "子", r);
        } else if (x < 0.95) {
            int father = 35 + r.nextInt(20);
            couple(ms, serial, setaibango, father, r);
            children(ms, serial, setaibango, father, r.nextInt(3), "子", r);
            add(ms, serial, setaibango, r.nextBoolean() ? "父" : "母", r.nextBoolean(), father + 25 + r.nextInt(10), r);
        } else {
            int head = 60 + r.nextInt(15);
            couple(ms, serial, setaibango, head, r);
            int son = head - 25 - r.nextInt(8);
            add(ms, serial, setaibango, "子", true, son, r);
            add(ms, serial, setaibango, "子の妻", false, son - r.nextInt(4), r);
            children(ms, serial, setaibango, son, 1 + r.nextInt(2), "子の子", r);
        }
        return ms;
    }

    private static void couple(List<DemoJinbutsu> ms, int[] serial, String s, int husband, SplittableRandom r) {
        add(ms, serial, s, "世帯主", true, husband, r);
        add(ms, serial, s, "妻", false, Math.max(18, husband - 4 + r.nextInt(7)), r);
    }

    private static void children(List<DemoJinbutsu> ms, int[] serial, String s, int parent, int k, String zokugara,
            SplittableRandom r) {
        for (int i = 0; i < k; i++) {
            add(ms, serial, s, zokugara, r.nextBoolean(), Math.max(0, parent - 25 - r.nextInt(12)), r);
        }
    }

    private static void add(List<DemoJinbutsu> ms, int[] serial, String setaibango, String zokugara, boolean male, int age,
            SplittableRandom r) {
        LocalDate birth = NENMATSU.minusYears(age).minusDays(r.nextInt(365));
        ms.add(new DemoJinbutsu(Modulus11.withCheckDigit(String.format("%09d", serial[0]++)), birth, male ? "1" : "2",
                setaibango, zokugara));
    }
}
