package jp.kikan.chihozei.shotoku.domain;

import java.time.LocalDate;

/** What every income report row says about whom it is for: what matching (突合) a taxpayer needs. */
public interface HokokuGyo {

    String kojinbango();

    String shimei();

    LocalDate seinengappi();

    String jusho();
}
