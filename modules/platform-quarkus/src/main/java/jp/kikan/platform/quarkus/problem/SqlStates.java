package jp.kikan.platform.quarkus.problem;

import java.sql.SQLException;

/** The SQLState of the first SQLException in a cause chain (23505 unique, 55P03 lock not available …). */
public final class SqlStates {

    private SqlStates() {
    }

    public static String of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
