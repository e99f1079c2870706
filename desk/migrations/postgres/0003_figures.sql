-- Relais desk on PostgreSQL, version 3: the timeline behind the managers' figures, kept by
-- triggers (../0003_figures.sql explains why: moments only, no person, no staff member).

CREATE TABLE request_timeline (
    request_id     TEXT COLLATE "C" PRIMARY KEY,
    structure_key  TEXT COLLATE "C",
    channel        TEXT COLLATE "C" NOT NULL,
    received_at    TEXT COLLATE "C" NOT NULL,
    first_call_at  TEXT COLLATE "C",
    confirmed_at   TEXT COLLATE "C",
    ended          TEXT COLLATE "C" CHECK (ended IN ('redirected', 'closed', 'withdrawn')),
    ended_at       TEXT COLLATE "C"
);

CREATE INDEX request_timeline_received ON request_timeline (received_at);

CREATE FUNCTION request_timeline_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO request_timeline (request_id, structure_key, channel, received_at)
    VALUES (NEW.id, NEW.structure_key, NEW.channel, NEW.received_at)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER request_timeline_insert AFTER INSERT ON request
    FOR EACH ROW EXECUTE FUNCTION request_timeline_insert();

-- A request first received by SMS is completed by the app under its full id.
CREATE FUNCTION request_timeline_rekey() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE request_timeline SET request_id = NEW.id, structure_key = NEW.structure_key
    WHERE request_id = OLD.id;
    RETURN NULL;
END $$;
CREATE TRIGGER request_timeline_rekey AFTER UPDATE OF id, structure_key ON request
    FOR EACH ROW EXECUTE FUNCTION request_timeline_rekey();

CREATE FUNCTION request_timeline_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE request_timeline SET
        confirmed_at = CASE WHEN NEW.state_name = 'confirmed'
                            THEN COALESCE(confirmed_at, NEW.updated_at) ELSE confirmed_at END,
        ended = CASE
                    WHEN NEW.state_name = 'redirected' THEN 'redirected'
                    WHEN NEW.state_name = 'closed'
                         AND (NEW.state::jsonb #>> '{why,reason}') = 'withdrawn' THEN 'withdrawn'
                    WHEN NEW.state_name = 'closed' THEN 'closed'
                    ELSE ended END,
        ended_at = CASE WHEN NEW.state_name IN ('redirected', 'closed')
                        THEN COALESCE(ended_at, NEW.updated_at) ELSE ended_at END
    WHERE request_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER request_timeline_state AFTER UPDATE OF state_name ON request
    FOR EACH ROW EXECUTE FUNCTION request_timeline_state();

CREATE FUNCTION request_timeline_call() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE request_timeline SET first_call_at = NEW.at
    WHERE request_id = NEW.request_id AND first_call_at IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER request_timeline_call AFTER INSERT ON call_attempt
    FOR EACH ROW EXECUTE FUNCTION request_timeline_call();
