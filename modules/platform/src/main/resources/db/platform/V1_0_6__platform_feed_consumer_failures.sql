-- A feed consumer that meets an item it cannot apply counts the attempts (feed_failure) and, after the
-- configured number, keeps the item with its error in feed_dead_letter for a clerk to look at and goes on
-- (TransactionalFeedConsumer): one bad item never blocks the consumer forever, and nothing is lost.
CREATE TABLE feed_failure (
    consumer       text        NOT NULL,
    change_id      text        NOT NULL,
    attempts       integer     NOT NULL,
    last_error     text,
    last_failed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, change_id)
);

CREATE TABLE feed_dead_letter (
    consumer   text        NOT NULL,
    change_id  text        NOT NULL,
    payload    jsonb       NOT NULL,
    error      text,
    attempts   integer     NOT NULL,
    dead_at    timestamptz NOT NULL,
    PRIMARY KEY (consumer, change_id)
);

CREATE TRIGGER feed_dead_letter_append_only
    BEFORE UPDATE OR DELETE ON feed_dead_letter
    FOR EACH ROW EXECUTE FUNCTION platform_reject_modification();

-- the provider's side: a full snapshot numbers each row with the last change to that person (max seq)
CREATE INDEX outbox_event_aggregate_seq_idx ON outbox_event (lg_code, aggregate_type, aggregate_id, seq);
