package jp.kikan.jumin.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One demo 世帯.
 *
 * @param kaisetsubi the date the household was first recorded here (earliest 異動年月日 of its members)
 * @param members in 記載順序, 世帯主 first
 */
public record DemoHousehold(String setaibango, DemoAddress jusho, LocalDate kaisetsubi, List<DemoResident> members) {

    public DemoHousehold {
        members = List.copyOf(members);
    }

    public DemoResident setainushi() {
        return members.get(0);
    }
}
