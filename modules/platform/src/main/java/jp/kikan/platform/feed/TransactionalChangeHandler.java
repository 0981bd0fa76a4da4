package jp.kikan.platform.feed;

import java.sql.Connection;

/**
 * Applies one change using the given connection. It must do all its writes through that connection and
 * must NOT commit, roll back or change auto-commit: the consumer commits the writes together with the
 * applied marker and the cursor, which is what makes the consumer exactly-once in effect.
 */
@FunctionalInterface
public interface TransactionalChangeHandler<T> {

    void apply(Connection c, FeedItem<T> item) throws Exception;
}
