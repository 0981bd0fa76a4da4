-- Change-feed consumer state. The cursor and the applied-change markers are written in the same
-- transaction as the handler's own writes (JdbcChangeFeedConsumer), so a crash at any point resumes
-- without losing or double-applying a change.

CREATE TABLE feed_cursor (
    consumer   text PRIMARY KEY,
    cursor     text,                 -- opaque position understood by the FeedSource; null = from start
    updated_at timestamptz NOT NULL
);

CREATE TABLE feed_applied_change (
    consumer   text        NOT NULL,
    change_id  text        NOT NULL,
    applied_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, change_id)
);
