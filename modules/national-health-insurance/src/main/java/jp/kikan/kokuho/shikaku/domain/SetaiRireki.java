package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A 住民票の世帯's changes as this service took them from resident records' feed (each version of each person who was in
 * it, dated by its 異動年月日), read for what 国保 needs of the household's past: who was the 世帯主 — the liable person
 * (地方税法第703条の4: 世帯主課税, as restated by 松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html)
 * — on a day, and whether a person stayed in it.
 */
public record SetaiRireki(String setaibango, List<Kiroku> kiroku) {

    /** One version of a person: household, 続柄, 住民状態, from {@code hi} (異動年月日, else 処理年月日). */
    public record Kiroku(String atenabango, long henkoBango, String setaibango, String zokugara, String juminJotai,
            LocalDate hi) {

        boolean setainushiOf(String s) {
            return s.equals(setaibango) && "世帯主".equals(zokugara) && "jumin".equals(juminJotai);
        }
    }

    /** The 世帯主 from a day on ({@code kara} null: as far back as recorded). */
    public record Setainushi(String atenabango, LocalDate kara) {
    }

    public SetaiRireki {
        kiroku = kiroku.stream().sorted(JUN).toList();
    }

    static final Comparator<Kiroku> JUN = Comparator.comparing(Kiroku::hi, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Kiroku::henkoBango);

    /**
     * The household's 世帯主 in order: each version naming a new resident 世帯主 of this household starts one (a 世帯主変更,
     * a 転入 of a new household). The first covers everything before it; one who dies or leaves stays the last 世帯主
     * until a version names another.
     */
    public List<Setainushi> setainushi() {
        List<Setainushi> out = new ArrayList<>();
        for (Kiroku k : kiroku) {
            if (k.setainushiOf(setaibango) && (out.isEmpty() || !out.get(out.size() - 1).atenabango().equals(k.atenabango()))) {
                out.add(new Setainushi(k.atenabango(), out.isEmpty() ? null : k.hi()));
            }
        }
        return out;
    }

    /** The 世帯主 on day {@code d}. */
    public Optional<String> setainushiOn(LocalDate d) {
        String on = null;
        for (Setainushi s : setainushi()) {
            if (s.kara() == null || !s.kara().isAfter(d)) {
                on = s.atenabango();
            }
        }
        return Optional.ofNullable(on);
    }

    /** Whether the 世帯主 on {@code to} is another than on {@code from}. */
    public boolean setainushiHenko(LocalDate from, LocalDate to) {
        return !setainushiOn(from).equals(setainushiOn(to));
    }

    /**
     * Whether a person (his own versions, any household) was a resident of this household from {@code from} to {@code to}:
     * the version in force on {@code from} and every later one up to {@code to} are in it, as a resident.
     */
    public boolean zokushiteIta(List<Kiroku> person, LocalDate from, LocalDate to) {
        List<Kiroku> own = person.stream().sorted(JUN).toList();
        Kiroku inForce = null;
        for (Kiroku k : own) {
            if (k.hi() == null || !k.hi().isAfter(from)) {
                inForce = k;
            } else if (!k.hi().isAfter(to) && !in(k)) {
                return false;
            }
        }
        if (inForce == null && !own.isEmpty()) {
            inForce = own.get(0);
        }
        return inForce != null && in(inForce);
    }

    private boolean in(Kiroku k) {
        return setaibango.equals(k.setaibango()) && "jumin".equals(k.juminJotai());
    }
}
