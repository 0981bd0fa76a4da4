package jp.kikan.jumin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import jp.kikan.jumin.demo.DemoNames.Choaza;
import jp.kikan.jumin.demo.DemoNames.ChoazaKind;
import jp.kikan.jumin.demo.DemoNames.ForeignPart;
import jp.kikan.jumin.demo.DemoNames.Name;
import jp.kikan.jumin.demo.DemoNames.Nationality;
import jp.kikan.jumin.demo.DemoNames.Status;
import jp.kikan.jumin.demo.DemoNames.Surname;
import jp.kikan.platform.checkdigit.JuminhyoCode;
import jp.kikan.platform.checkdigit.KojinBango;
import jp.kikan.platform.checkdigit.Modulus11;

/**
 * Generates the demo city household by household (pure Java, no database). The output depends only on the
 * configuration: the same seed gives the same city, byte for byte. Households are produced lazily, so a
 * 1,000,000-resident city is never held in memory.
 *
 * <p>Shape (as of {@link #AS_OF}): household sizes 1 ≈ 38 %, 2 ≈ 28 %, 3 ≈ 17 %, 4 ≈ 12 %, 5+ ≈ 5 %; an aging
 * age pyramid (≈ 29 % aged 65+, ≈ 11 % under 15); ≈ 3 % foreign residents; 続柄 only in the standard forms
 * (世帯主, 妻, 夫, 子, 父, 母, 子の妻, 子の子, 同居人). Holders of 吉田・高橋・渡辺・斎藤・山崎・辻 are written
 * 𠮷田・髙橋・渡邉・齋藤・山﨑・辻󠄀 (IVS) at {@link #VARIANT_SURNAME_SHARE}.
 *
 * <p>Numbers: 宛名番号 and 世帯番号 are 9-digit serials plus the modulus-11 check digit; 個人番号 and 住民票コード
 * are distinct per resident (a keyed permutation of the resident's index) with valid check digits.
 */
public final class DemoCityGenerator {

    /** The date the city is a snapshot of: ages and all dates are relative to it. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    /** Share of holders of a surname with a variant spelling who are registered with the variant. */
    public static final double VARIANT_SURNAME_SHARE = 0.25;
    /** Share of households headed by a foreign resident (gives ≈ 3 % foreign residents). */
    static final double FOREIGN_HOUSEHOLD_RATE = 0.031;
    /** Share of Japanese households whose 妻 is a foreign resident. */
    static final double FOREIGN_SPOUSE_RATE = 0.015;
    static final String KOKUNAI_TENNYU = "国内転入";
    static final String KOKUGAI_TENNYU = "国外転入等";
    static final String SHUSSEI = "出生";

    private DemoCityGenerator() {
    }

    /** The city's households in 世帯番号 order; 宛名番号 and 世帯番号 start at 1. */
    public static Stream<DemoHousehold> households(DemoCityConfig cfg) {
        return households(cfg, 1, 1);
    }

    /**
     * As {@link #households(DemoCityConfig)} with the serials (bodies without check digit) starting elsewhere;
     * everything except the two numbers is unchanged.
     */
    public static Stream<DemoHousehold> households(DemoCityConfig cfg, long firstAtenabango, long firstSetaibango) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                iterator(cfg, firstAtenabango, firstSetaibango), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** All residents, household by household. */
    public static Stream<DemoResident> residents(DemoCityConfig cfg) {
        return households(cfg).flatMap(h -> h.members().stream());
    }

    public static Iterator<DemoHousehold> iterator(DemoCityConfig cfg, long firstAtenabango, long firstSetaibango) {
        if (firstAtenabango < 1 || firstSetaibango < 1) {
            throw new IllegalArgumentException("serials start at 1");
        }
        return new Gen(cfg, firstAtenabango, firstSetaibango);
    }

    /** 宛名番号/世帯番号 for serial n: 9 digits + modulus-11 check digit. */
    public static String number(long n) {
        return Modulus11.withCheckDigit(pad(n, 9));
    }

    // ------------------------------------------------------------------------------------------------

    private enum Role { HEAD, SPOUSE, CHILD, CHILD_SPOUSE, GRANDCHILD, PARENT, LODGER }

    /** A member while its household is being put together. */
    private static final class M {
        final Role role;
        final String zokugara;
        final boolean male;
        final int age;
        LocalDate birth;
        LocalDate joined;
        String idojiyu;
        String tennyumae;
        String uji;
        String ujiYomi;
        String na;
        String naYomi;
        Nationality nat;
        String status;
        ForeignPart fSurname;
        ForeignPart fGiven;
        String shimei;
        String hittosha;

        M(Role role, String zokugara, boolean male, int age) {
            this.role = role;
            this.zokugara = zokugara;
            this.male = male;
            this.age = Math.max(0, Math.min(age, 104));
        }
    }

    private static final class Building {
        final String name;
        final String yomi;
        final String banchigo;
        final int floors;

        Building(String name, String yomi, String banchigo, int floors) {
            this.name = name;
            this.yomi = yomi;
            this.banchigo = banchigo;
            this.floors = floors;
        }
    }

    private static final int BUILDINGS_PER_CHOAZA = 16;
    private static final int[] ELDERLY_START = {65, 70, 75, 80, 85, 90, 95};
    private static final int[] ELDERLY_SINGLE = {13, 19, 22, 21, 15, 7, 3};
    private static final int[] ELDERLY_COUPLE = {21, 28, 25, 16, 7, 2, 1};
    private static final int SURNAME_TOTAL = DemoNames.SURNAMES.stream().mapToInt(Surname::weight).sum();
    private static final int NATIONALITY_TOTAL = DemoNames.NATIONALITIES.stream().mapToInt(Nationality::weight).sum();

    private static final class Gen implements Iterator<DemoHousehold> {
        private final DemoCityConfig cfg;
        private final SplittableRandom root;
        private final long kojinKey;
        private final long juminhyoKey;
        private final Building[][] buildings = new Building[DemoNames.CHOAZA.size()][];
        private final int choazaTotal;
        private int produced;
        private long residentIndex;
        private long atena;
        private long setai;

        Gen(DemoCityConfig cfg, long firstAtena, long firstSetai) {
            this.cfg = cfg;
            this.root = new SplittableRandom(cfg.seed());
            this.kojinKey = mix(cfg.seed() ^ 0x4B4F4A494E42414EL);
            this.juminhyoKey = mix(cfg.seed() ^ 0x4A554D494E48594FL);
            this.atena = firstAtena;
            this.setai = firstSetai;
            int total = 0;
            for (Choaza c : DemoNames.CHOAZA) {
                total += choazaWeight(c);
            }
            this.choazaTotal = total;
        }

        @Override
        public boolean hasNext() {
            return produced < cfg.residents();
        }

        @Override
        public DemoHousehold next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SplittableRandom r = root.split();
            int remaining = cfg.residents() - produced;
            List<M> ms;
            boolean foreign = r.nextDouble() < FOREIGN_HOUSEHOLD_RATE;
            if (foreign) {
                ms = foreignHousehold(r, remaining);
            } else {
                ms = japaneseTemplate(r, Math.min(sampleSize(r), remaining));
                nameJapanese(r, ms);
            }
            ms.sort(Comparator.<M>comparingInt(m -> m.role.ordinal())
                    .thenComparing(m -> m.role == Role.PARENT && !m.male)
                    .thenComparing(m -> -m.age));
            DemoAddress address = address(r, ms.size(), foreign && "技能実習".equals(ms.get(0).status));
            LocalDate kaisetsubi = dates(r, ms);
            String honseki = honseki(r);
            hittosha(r, ms);
            List<DemoResident> out = new ArrayList<>(ms.size());
            for (int i = 0; i < ms.size(); i++) {
                M m = ms.get(i);
                out.add(render(r, m, i + 1, m.role == Role.LODGER ? honseki(r) : honseki));
            }
            produced += out.size();
            return new DemoHousehold(number(setai++), address, kaisetsubi, out);
        }

        // ---- household composition ------------------------------------------------------------

        private static int sampleSize(SplittableRandom r) {
            double x = r.nextDouble();
            if (x < 0.38) {
                return 1;
            } else if (x < 0.66) {
                return 2;
            } else if (x < 0.83) {
                return 3;
            } else if (x < 0.95) {
                return 4;
            } else if (x < 0.988) {
                return 5;
            } else if (x < 0.998) {
                return 6;
            }
            return 7;
        }

        private static List<M> japaneseTemplate(SplittableRandom r, int size) {
            List<M> ms = new ArrayList<>(size);
            double x = r.nextDouble();
            switch (size) {
                case 1 -> ms.add(single(r));
                case 2 -> {
                    if (x < 0.48) {
                        couple(r, ms, band(r, ELDERLY_COUPLE));
                    } else if (x < 0.70) {
                        couple(r, ms, between(r, 24, 64));
                    } else if (x < 0.82) {
                        singleParent(r, ms, 1);
                    } else if (x < 0.97) {
                        int h = between(r, 42, 68);
                        ms.add(new M(Role.HEAD, "世帯主", r.nextDouble() < 0.55, h));
                        boolean father = r.nextDouble() < 0.25;
                        ms.add(new M(Role.PARENT, father ? "父" : "母", father, h + between(r, 24, 36)));
                    } else {
                        ms.add(new M(Role.HEAD, "世帯主", r.nextBoolean(), between(r, 20, 60)));
                        ms.add(new M(Role.LODGER, "同居人", r.nextBoolean(), between(r, 20, 60)));
                    }
                }
                case 3 -> {
                    if (x < 0.58) {
                        coupleWithChildren(r, ms, 1);
                    } else if (x < 0.68) {
                        singleParent(r, ms, 2);
                    } else if (x < 0.86) {
                        elderlyCoupleWithAdultChildren(r, ms, 1);
                    } else if (x < 0.96) {
                        coupleWithParent(r, ms);
                    } else {
                        int h = between(r, 40, 62);
                        ms.add(new M(Role.HEAD, "世帯主", r.nextDouble() < 0.6, h));
                        int f = h + between(r, 26, 36);
                        ms.add(new M(Role.PARENT, "父", true, f));
                        ms.add(new M(Role.PARENT, "母", false, f - between(r, 0, 5)));
                    }
                }
                case 4 -> {
                    if (x < 0.80) {
                        coupleWithChildren(r, ms, 2);
                    } else if (x < 0.92) {
                        coupleWithParent(r, ms);
                        ms.add(new M(Role.CHILD, "子", r.nextBoolean(), Math.max(0, ms.get(1).age - between(r, 26, 36))));
                    } else {
                        elderlyCoupleWithAdultChildren(r, ms, 2);
                    }
                }
                default -> {
                    if (x < 0.40) {
                        coupleWithChildren(r, ms, size - 2);
                    } else {
                        threeGenerations(r, ms, size - 4);
                    }
                }
            }
            return ms;
        }

        private static M single(SplittableRandom r) {
            double x = r.nextDouble();
            if (x < 0.25) {
                return new M(Role.HEAD, "世帯主", r.nextDouble() < 0.55, between(r, 18, 34));
            } else if (x < 0.50) {
                return new M(Role.HEAD, "世帯主", r.nextDouble() < 0.62, between(r, 35, 64));
            }
            return new M(Role.HEAD, "世帯主", r.nextDouble() < 0.35, band(r, ELDERLY_SINGLE));
        }

        /** Husband of the given age and his wife; 4 % of couples have the wife as 世帯主. */
        private static void couple(SplittableRandom r, List<M> ms, int husbandAge) {
            couple(r, ms, husbandAge, true);
        }

        private static void couple(SplittableRandom r, List<M> ms, int husbandAge, boolean wifeMayBeHead) {
            int wifeAge = Math.max(18, husbandAge - between(r, -2, 5));
            if (wifeMayBeHead && r.nextDouble() < 0.04) {
                ms.add(new M(Role.HEAD, "世帯主", false, wifeAge));
                ms.add(new M(Role.SPOUSE, "夫", true, husbandAge));
            } else {
                ms.add(new M(Role.HEAD, "世帯主", true, husbandAge));
                ms.add(new M(Role.SPOUSE, "妻", false, wifeAge));
            }
        }

        private static void coupleWithChildren(SplittableRandom r, List<M> ms, int k) {
            int mother = between(r, 27, 60);
            couple(r, ms, mother + between(r, -2, 5));
            int wifeAge = ms.get(0).male ? ms.get(1).age : ms.get(0).age;
            for (int age : childAges(r, wifeAge, k)) {
                ms.add(new M(Role.CHILD, "子", r.nextBoolean(), age));
            }
        }

        private static void singleParent(SplittableRandom r, List<M> ms, int k) {
            int parent = between(r, 26, 60);
            ms.add(new M(Role.HEAD, "世帯主", r.nextDouble() < 0.15, parent));
            for (int age : childAges(r, parent, k)) {
                ms.add(new M(Role.CHILD, "子", r.nextBoolean(), age));
            }
        }

        private static void elderlyCoupleWithAdultChildren(SplittableRandom r, List<M> ms, int k) {
            int child = between(r, 25, 52);
            int mother = child + between(r, 24, 36);
            couple(r, ms, mother + between(r, 0, 4));
            for (int i = 0; i < k; i++) {
                ms.add(new M(Role.CHILD, "子", r.nextBoolean(), Math.max(18, child - i * between(r, 1, 4))));
            }
        }

        private static void coupleWithParent(SplittableRandom r, List<M> ms) {
            int h = between(r, 38, 66);
            couple(r, ms, h, false); // 父・母 are the husband's parents and share the surname
            boolean father = r.nextDouble() < 0.25;
            ms.add(new M(Role.PARENT, father ? "父" : "母", father, h + between(r, 24, 36)));
        }

        /** 世帯主, 妻, their married son, his wife and their children. */
        private static void threeGenerations(SplittableRandom r, List<M> ms, int grandchildren) {
            int son = between(r, 28, 50);
            int head = son + between(r, 24, 34);
            ms.add(new M(Role.HEAD, "世帯主", true, head));
            ms.add(new M(Role.SPOUSE, "妻", false, Math.max(18, head - between(r, 0, 5))));
            ms.add(new M(Role.CHILD, "子", true, son));
            int sonWife = Math.max(20, son - between(r, -2, 4));
            ms.add(new M(Role.CHILD_SPOUSE, "子の妻", false, sonWife));
            for (int age : childAges(r, sonWife, grandchildren)) {
                ms.add(new M(Role.GRANDCHILD, "子の子", r.nextBoolean(), age));
            }
        }

        /** Ages of k children of a mother of the given age (first birth at 22+, 1–4 years apart, ≤ 32). */
        private static int[] childAges(SplittableRandom r, int motherAge, int k) {
            int[] gaps = new int[k];
            int sum = 0;
            for (int i = 1; i < k; i++) {
                gaps[i] = between(r, 1, 4);
                sum += gaps[i];
            }
            int maxEldest = Math.max(k - 1, Math.min(motherAge - 22, 32));
            if (sum > maxEldest) {
                sum = 0;
                for (int i = 1; i < k; i++) {
                    gaps[i] = 1;
                    sum++;
                }
            }
            // skewed towards older children: many children living with their parents are adults
            int age = Math.max(between(r, sum, Math.max(sum, maxEldest)), between(r, sum, Math.max(sum, maxEldest)));
            int[] ages = new int[k];
            for (int i = 0; i < k; i++) {
                age -= gaps[i];
                ages[i] = Math.max(0, age);
            }
            return ages;
        }

        // ---- foreign households ----------------------------------------------------------------

        private List<M> foreignHousehold(SplittableRandom r, int remaining) {
            Nationality nat = pickNationality(r);
            String status = pickStatus(r, nat);
            List<M> ms = new ArrayList<>();
            switch (status) {
                case "技能実習" -> {
                    int size = Math.min(r.nextDouble() < 0.4 ? 1 : between(r, 2, 4), remaining);
                    boolean male = r.nextDouble() < 0.55;
                    ms.add(new M(Role.HEAD, "世帯主", male, between(r, 20, 35)));
                    for (int i = 1; i < size; i++) {
                        ms.add(new M(Role.LODGER, "同居人", male, between(r, 19, 35)));
                    }
                }
                case "留学" -> {
                    int age = between(r, 19, 30);
                    ms.add(new M(Role.HEAD, "世帯主", r.nextDouble() < 0.55, age));
                    if (remaining >= 2 && r.nextDouble() < 0.12) {
                        boolean headMale = ms.get(0).male;
                        ms.add(new M(Role.SPOUSE, headMale ? "妻" : "夫", !headMale, age + between(r, -3, 3)));
                    }
                }
                case "特定技能" -> ms.add(new M(Role.HEAD, "世帯主", r.nextDouble() < 0.6, between(r, 21, 40)));
                default -> ms.addAll(japaneseTemplate(r, Math.min(sampleSize(r), remaining)));
            }
            for (M m : ms) {
                m.nat = nat;
                m.status = status;
                if ("留学".equals(status) && m.role == Role.SPOUSE) {
                    m.status = "家族滞在";
                }
            }
            nameForeign(r, ms, nat);
            return ms;
        }

        private static Nationality pickNationality(SplittableRandom r) {
            int x = r.nextInt(NATIONALITY_TOTAL);
            for (Nationality n : DemoNames.NATIONALITIES) {
                x -= n.weight();
                if (x < 0) {
                    return n;
                }
            }
            throw new AssertionError();
        }

        private static String pickStatus(SplittableRandom r, Nationality nat) {
            int total = nat.statuses().stream().mapToInt(Status::weight).sum();
            int x = r.nextInt(total);
            for (Status s : nat.statuses()) {
                x -= s.weight();
                if (x < 0) {
                    return s.zairyushikaku();
                }
            }
            throw new AssertionError();
        }

        // ---- names -----------------------------------------------------------------------------

        private void nameJapanese(SplittableRandom r, List<M> ms) {
            String[] surname = surname(r);
            for (M m : ms) {
                if (m.role == Role.SPOUSE && !m.male && r.nextDouble() < FOREIGN_SPOUSE_RATE) {
                    Nationality nat = DemoNames.NATIONALITIES.get(r.nextInt(5)); // 中国 … ブラジル
                    m.nat = nat;
                    m.status = nat.name().equals("韓国") && r.nextBoolean() ? "特別永住者" : "永住者";
                    nameForeignPerson(r, m, pick(r, nat.surnames()));
                    continue;
                }
                String[] s = m.role == Role.LODGER ? surname(r) : surname;
                m.uji = s[0];
                m.ujiYomi = s[1];
            }
            // given names after birth years are known: cohort by age
            List<String> used = new ArrayList<>();
            for (M m : ms) {
                if (m.nat != null) {
                    continue;
                }
                List<Name> list = (m.male ? DemoNames.MALE : DemoNames.FEMALE).get(cohort(m.age));
                Name given = pick(r, list);
                for (int tries = 0; tries < 5 && used.contains(given.kaki()); tries++) {
                    given = pick(r, list);
                }
                used.add(given.kaki());
                m.na = given.kaki();
                m.naYomi = given.yomi();
                m.shimei = m.uji + "　" + m.na;
            }
        }

        /** {kaki, yomi} of a surname drawn by frequency, in its variant form at VARIANT_SURNAME_SHARE. */
        private static String[] surname(SplittableRandom r) {
            int x = r.nextInt(SURNAME_TOTAL);
            for (Surname s : DemoNames.SURNAMES) {
                x -= s.weight();
                if (x < 0) {
                    if (s.hasVariant() && r.nextDouble() < VARIANT_SURNAME_SHARE) {
                        return new String[] {s.variantKaki(), s.variantYomi()};
                    }
                    return new String[] {s.kaki(), s.yomi()};
                }
            }
            throw new AssertionError();
        }

        private static int cohort(int age) {
            int birthYear = AS_OF.getYear() - age;
            return birthYear < 1960 ? 0 : birthYear < 1990 ? 1 : 2;
        }

        private static void nameForeign(SplittableRandom r, List<M> ms, Nationality nat) {
            ForeignPart family = pick(r, nat.surnames());
            List<String> used = new ArrayList<>();
            boolean sharedSurname = !(nat.name().equals("中国") || nat.name().equals("韓国")
                    || nat.name().equals("ベトナム"));
            for (M m : ms) {
                ForeignPart s = switch (m.role) {
                    case LODGER -> pick(r, nat.surnames());
                    case SPOUSE, CHILD_SPOUSE -> sharedSurname ? family : pick(r, nat.surnames());
                    default -> family;
                };
                nameForeignPerson(r, m, s);
                for (int tries = 0; tries < 5 && used.contains(m.shimei); tries++) {
                    nameForeignPerson(r, m, s);
                }
                used.add(m.shimei);
            }
        }

        private static void nameForeignPerson(SplittableRandom r, M m, ForeignPart surname) {
            Nationality nat = m.nat;
            m.fSurname = surname;
            m.fGiven = pick(r, m.male ? nat.male() : nat.female());
            String middle = m.male ? nat.middleMale() : nat.middleFemale();
            m.shimei = surname.romaji() + " " + (middle == null ? "" : middle + " ") + m.fGiven.romaji();
        }

        private static String foreignFurigana(M m) {
            String middleKana = m.male ? m.nat.middleMaleKana() : m.nat.middleFemaleKana();
            return m.fSurname.kana() + "　" + (middleKana == null ? "" : middleKana + "　") + m.fGiven.kana();
        }

        // ---- dates -----------------------------------------------------------------------------

        /** Sets birth, joined, idojiyu and tennyumae of every member; returns the household's first date. */
        private static LocalDate dates(SplittableRandom r, List<M> ms) {
            for (M m : ms) {
                m.birth = AS_OF.minusYears(m.age).minusDays(r.nextInt(365));
            }
            M head = ms.get(0);
            int maxYears = Math.max(0, head.age - 18);
            int years;
            if (head.status != null && switch (head.status) {
                case "技能実習", "留学", "特定技能" -> true;
                default -> false;
            }) {
                years = between(r, 0, Math.min(maxYears, "特定技能".equals(head.status) ? 4 : 2));
            } else {
                years = (int) Math.min(maxYears, -Math.log(1 - r.nextDouble()) * 14);
            }
            LocalDate d = AS_OF.minusYears(years).minusDays(r.nextInt(365));
            LocalDate adult = head.birth.plusYears(18);
            if (d.isBefore(adult)) {
                d = adult;
            }
            if (d.isAfter(AS_OF)) {
                d = AS_OF;
            }
            String from = elsewhere(r);
            LocalDate firstGrandchild = null;
            for (M m : ms) {
                if (m.role == Role.GRANDCHILD && !m.birth.isBefore(d)
                        && (firstGrandchild == null || m.birth.isBefore(firstGrandchild))) {
                    firstGrandchild = m.birth;
                }
            }
            LocalDate first = d;
            for (M m : ms) {
                LocalDate joined;
                switch (m.role) {
                    case PARENT -> joined = r.nextBoolean() ? d : between(r, d, AS_OF);
                    case LODGER -> joined = between(r, max(d, m.birth.plusYears(18)), AS_OF);
                    case CHILD_SPOUSE -> {
                        joined = between(r, max(d, m.birth.plusYears(20)), AS_OF);
                        if (firstGrandchild != null && joined.isAfter(firstGrandchild)) {
                            joined = max(d, firstGrandchild);
                        }
                    }
                    case SPOUSE -> joined = max(d, m.birth.plusYears(18));
                    default -> joined = d;
                }
                if (joined.isAfter(AS_OF)) {
                    joined = AS_OF;
                }
                if (m.role != Role.HEAD && !m.birth.isBefore(joined)) {
                    m.joined = m.birth; // born here after the household (or the parent) moved in
                    m.idojiyu = SHUSSEI;
                } else {
                    m.joined = joined;
                    if (m.status != null && switch (m.status) {
                        case "技能実習", "留学", "特定技能", "家族滞在" -> true;
                        default -> false;
                    }) {
                        m.idojiyu = KOKUGAI_TENNYU;
                        m.tennyumae = m.nat.name();
                    } else {
                        m.idojiyu = KOKUNAI_TENNYU;
                        m.tennyumae = joined.equals(d) ? from : elsewhere(r);
                    }
                }
                if (m.joined.isBefore(first)) {
                    first = m.joined;
                }
            }
            return first;
        }

        private static String elsewhere(SplittableRandom r) {
            Name place = pick(r, DemoNames.ELSEWHERE);
            return place.kaki() + between(r, 1, 999) + "番地" + (r.nextBoolean() ? between(r, 1, 30) : "");
        }

        // ---- address, 本籍, 筆頭者 --------------------------------------------------------------

        private static int choazaWeight(Choaza c) {
            return switch (c.kind()) {
                case CHOME -> 3;
                case HYPHEN -> 2;
                case OAZA -> 1;
            };
        }

        private DemoAddress address(SplittableRandom r, int size, boolean dormitory) {
            int x = r.nextInt(choazaTotal);
            int idx = 0;
            for (; idx < DemoNames.CHOAZA.size(); idx++) {
                x -= choazaWeight(DemoNames.CHOAZA.get(idx));
                if (x < 0) {
                    break;
                }
            }
            Choaza c = DemoNames.CHOAZA.get(idx);
            double apartmentRate = dormitory ? 0.9 : size == 1 ? 0.55 : size == 2 ? 0.25 : 0.12;
            if (c.kind() == ChoazaKind.OAZA) {
                apartmentRate /= 5;
            }
            String banchigo;
            String katagaki = null;
            String katagakiYomi = null;
            if (r.nextDouble() < apartmentRate) {
                Building b = buildings(idx)[r.nextInt(BUILDINGS_PER_CHOAZA)];
                String room = between(r, 1, b.floors) + pad(between(r, 1, 8), 2);
                banchigo = b.banchigo;
                katagaki = b.name + "　" + room + "号室";
                katagakiYomi = b.yomi + "　" + room + "ゴウシツ";
            } else {
                banchigo = banchigo(r, c.kind());
            }
            return new DemoAddress(cfg.lgCode(), c.code(), c.yubinbango(), cfg.todofuken(), cfg.shikugunchosonmei(),
                    c.name(), banchigo, katagaki, katagakiYomi);
        }

        private static String banchigo(SplittableRandom r, ChoazaKind kind) {
            return switch (kind) {
                case CHOME -> r.nextDouble() < 0.75
                        ? between(r, 1, 30) + "番" + between(r, 1, 25) + "号"
                        : between(r, 1, 30) + "-" + between(r, 1, 25);
                case HYPHEN -> between(r, 1, 4) + "-" + between(r, 1, 30) + "-" + between(r, 1, 25);
                case OAZA -> r.nextBoolean()
                        ? between(r, 1, 2500) + "番地"
                        : between(r, 1, 2500) + "番地" + between(r, 1, 20);
            };
        }

        /** The apartment buildings of a 町字: fixed per seed, so households share buildings. */
        private Building[] buildings(int choazaIndex) {
            Building[] bs = buildings[choazaIndex];
            if (bs == null) {
                Choaza c = DemoNames.CHOAZA.get(choazaIndex);
                SplittableRandom r = new SplittableRandom(mix(cfg.seed() + 0x9E3779B97F4A7C15L * (choazaIndex + 1)));
                bs = new Building[BUILDINGS_PER_CHOAZA];
                for (int i = 0; i < bs.length; i++) {
                    String banchigo = banchigo(r, c.kind());
                    if (i % 8 == 7) {
                        int tou = between(r, 1, 6);
                        bs[i] = new Building("県営" + c.place() + "団地" + tou + "号棟",
                                "ケンエイ" + c.placeYomi() + "ダンチ" + tou + "ゴウトウ", banchigo, 5);
                    } else {
                        Name prefix = pick(r, DemoNames.BUILDING_PREFIX);
                        String suffix = i < 8 ? "" : "第" + (i / 8 + 1);
                        String suffixYomi = i < 8 ? "" : "ダイ" + (i / 8 + 1);
                        bs[i] = new Building(prefix.kaki() + c.place() + suffix, prefix.yomi() + c.placeYomi() + suffixYomi,
                                banchigo, between(r, 2, 10));
                    }
                }
                buildings[choazaIndex] = bs;
            }
            return bs;
        }

        private String honseki(SplittableRandom r) {
            if (r.nextDouble() < 0.55) {
                Choaza c = DemoNames.CHOAZA.get(r.nextInt(DemoNames.CHOAZA.size()));
                return cfg.todofuken() + cfg.shikugunchosonmei() + c.name() + between(r, 1, 3000) + "番地";
            }
            return pick(r, DemoNames.ELSEWHERE).kaki() + between(r, 1, 999) + "番地";
        }

        /** 筆頭者 of each Japanese member's 戸籍 (an approximation of the usual cases). */
        private static void hittosha(SplittableRandom r, List<M> ms) {
            M head = ms.get(0);
            boolean couple = ms.stream().anyMatch(o -> o.role == Role.SPOUSE);
            boolean children = ms.stream().anyMatch(o -> o.role == Role.CHILD);
            boolean parents = ms.stream().anyMatch(o -> o.role == Role.PARENT);
            boolean childMarried = ms.stream().anyMatch(o -> o.role == Role.CHILD_SPOUSE);
            M husband = null;
            M father = null;
            M marriedChild = null;
            for (M m : ms) {
                if (couple && m.male && (m.role == Role.HEAD || m.role == Role.SPOUSE)) {
                    husband = m;
                }
                if (m.role == Role.PARENT && m.male) {
                    father = m;
                }
                if (childMarried && m.role == Role.CHILD && marriedChild == null) {
                    marriedChild = m;
                }
            }
            for (M m : ms) {
                if (m.nat != null) {
                    continue; // foreign residents have no 本籍・筆頭者
                }
                m.hittosha = switch (m.role) {
                    case HEAD -> {
                        if (husband != null) {
                            yield husband.shimei;
                        } else if (children) {
                            yield m.shimei;
                        } else if (father != null) {
                            yield father.shimei;
                        } else if (parents || m.age < 35) {
                            yield fatherOf(r, m);
                        } else if (!m.male && m.age >= 65) {
                            yield m.uji + "　" + pick(r, DemoNames.MALE.get(0)).kaki(); // late husband
                        }
                        yield m.shimei;
                    }
                    case SPOUSE -> husband != null && husband.nat == null ? husband.shimei : m.shimei;
                    case CHILD -> m == marriedChild ? m.shimei
                            : husband != null && husband.nat == null ? husband.shimei : head.shimei;
                    case CHILD_SPOUSE, GRANDCHILD -> marriedChild != null ? marriedChild.shimei : head.shimei;
                    case PARENT -> father != null ? father.shimei : fatherOf(r, head);
                    case LODGER -> m.age >= 30 ? m.shimei : fatherOf(r, m);
                };
            }
        }

        /** A father's name for someone whose father is not in the household. */
        private static String fatherOf(SplittableRandom r, M m) {
            return m.uji + "　" + pick(r, DemoNames.MALE.get(Math.max(0, cohort(m.age + 28)))).kaki();
        }

        // ---- rendering -------------------------------------------------------------------------

        private DemoResident render(SplittableRandom r, M m, int junjo, String honseki) {
            long index = residentIndex++;
            String kojin11 = pad(permute(index, 100_000L, 1_000_000L, kojinKey), 11);
            String kojinbango = kojin11 + KojinBango.checkDigit(kojin11);
            String juminhyo10 = pad(permute(index, 100_000L, 100_000L, juminhyoKey), 10);
            String juminhyokodo = juminhyo10 + JuminhyoCode.checkDigit(juminhyo10);
            UUID idoId = new UUID((r.nextLong() & ~0xF000L) | 0x4000L,
                    (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
            DemoResident.Gaikokujin g = null;
            String furigana;
            if (m.nat != null) {
                furigana = foreignFurigana(m);
                String kanji = m.fSurname.kanji() != null && m.fGiven.kanji() != null
                        ? m.fSurname.kanji() + "　" + m.fGiven.kanji() : null;
                g = new DemoResident.Gaikokujin(m.shimei, kanji, m.nat.name(),
                        "特別永住者".equals(m.status) ? "tokubetsu_eijusha" : "chukyo_zairyusha",
                        // a 特別永住者 has no 在留資格 (入管特例法): the 区分 says it all
                        "特別永住者".equals(m.status) ? null : m.status, zairyukikan(r, m.status), null,
                        zairyukado(r));
                if (g.zairyukikan() != null) {
                    g = new DemoResident.Gaikokujin(g.romaji(), g.kanji(), g.kokusekiChiiki(), g.hodai30jono45kubun(),
                            g.zairyushikaku(), g.zairyukikan(),
                            // renewed in time: the period runs at least a year past AS_OF
                            AS_OF.plusYears(1).plusDays(r.nextInt(Math.max(1, periodDays(g.zairyukikan())))),
                            g.zairyukadobango());
                }
            } else {
                furigana = m.ujiYomi + "　" + m.naYomi;
            }
            return new DemoResident(number(atena++), idoId, m.shimei, furigana,
                    m.nat == null ? m.uji : null, m.nat == null ? m.na : null, m.birth, m.male ? "1" : "2",
                    m.role == Role.HEAD, m.zokugara, junjo, m.nat == null ? honseki : null,
                    m.nat == null ? m.hittosha : null, kojinbango, juminhyokodo, g, m.idojiyu, m.joined, m.joined,
                    m.joined, m.tennyumae);
        }

        private static String zairyukikan(SplittableRandom r, String status) {
            return switch (status) {
                case "技能実習", "特定技能" -> "1年";
                case "留学" -> pick(r, List.of("4年3月", "2年3月", "1年3月", "1年"));
                case "家族滞在" -> pick(r, List.of("5年", "3年", "1年"));
                default -> null; // 永住者, 特別永住者: no period
            };
        }

        private static int periodDays(String kikan) {
            int days = 0;
            int y = kikan.indexOf('年');
            if (y > 0) {
                days += Integer.parseInt(kikan.substring(0, y)) * 365;
            }
            int mo = kikan.indexOf('月');
            if (mo > 0) {
                days += Integer.parseInt(kikan.substring(y + 1, mo)) * 30;
            }
            return days;
        }

        private static String zairyukado(SplittableRandom r) {
            StringBuilder sb = new StringBuilder(12);
            sb.append((char) ('A' + r.nextInt(26))).append((char) ('A' + r.nextInt(26)));
            sb.append(pad(r.nextInt(100_000_000), 8));
            sb.append((char) ('A' + r.nextInt(26))).append((char) ('A' + r.nextInt(26)));
            return sb.toString();
        }
    }

    // ---- small helpers ------------------------------------------------------------------------------

    static int between(SplittableRandom r, int lo, int hi) {
        return hi <= lo ? lo : lo + r.nextInt(hi - lo + 1);
    }

    static LocalDate between(SplittableRandom r, LocalDate lo, LocalDate hi) {
        long span = hi.toEpochDay() - lo.toEpochDay();
        return span <= 0 ? lo : lo.plusDays(r.nextLong(span + 1));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** n (≥ 0) left-padded with zeros to width digits. */
    static String pad(long n, int width) {
        String digits = Long.toString(n);
        if (digits.length() >= width) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static int band(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return ELDERLY_START[i] + r.nextInt(5);
            }
        }
        throw new AssertionError();
    }

    static long mix(long z) { // SplitMix64 finaliser
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A keyed bijection of [0, a·b): four rounds of an alternating (unbalanced) Feistel network, so distinct
     * indexes give distinct numbers that look random.
     */
    static long permute(long x, long a, long b, long key) {
        long m = a;
        long n = b;
        long left = x / n;
        long right = x % n;
        for (int round = 0; round < 4; round++) {
            long f = Math.floorMod(mix(right ^ key ^ (round * 0x632BE59BD9B4E019L)), m);
            long newLeft = right;
            long newRight = (left + f) % m;
            left = newLeft;
            right = newRight;
            long t = m;
            m = n;
            n = t;
        }
        return left * n + right;
    }
}
