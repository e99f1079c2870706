-- Relais desk: the timeline behind the managers' figures. One row per request with the moments
-- that matter (received, first call attempt, confirmed, ended) and nothing else: no name, no
-- phone, no content, and no staff member (the people who make the calls asked not to be
-- measured one by one; the figures are per CMP and per week only). It outlives the request's
-- purge so that last quarter's figures do not shrink as requests are deleted.
--
-- Kept up to date by triggers on `request` and `call_attempt`, so that every way a request
-- is created or moves (app, SMS, staff action, the person's withdrawal) is counted, in one place.

CREATE TABLE request_timeline (
    request_id     TEXT PRIMARY KEY,
    structure_key  TEXT,
    channel        TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    first_call_at  TEXT,
    confirmed_at   TEXT,
    ended          TEXT CHECK (ended IN ('redirected', 'closed', 'withdrawn')),
    ended_at       TEXT
) STRICT;

CREATE INDEX request_timeline_received ON request_timeline (received_at);

CREATE TRIGGER request_timeline_insert AFTER INSERT ON request
BEGIN
    INSERT OR IGNORE INTO request_timeline (request_id, structure_key, channel, received_at)
    VALUES (NEW.id, NEW.structure_key, NEW.channel, NEW.received_at);
END;

-- A request first received by SMS is completed by the app under its full id.
CREATE TRIGGER request_timeline_rekey AFTER UPDATE OF id, structure_key ON request
BEGIN
    UPDATE request_timeline SET request_id = NEW.id, structure_key = NEW.structure_key
    WHERE request_id = OLD.id;
END;

CREATE TRIGGER request_timeline_state AFTER UPDATE OF state_name ON request
BEGIN
    UPDATE request_timeline SET
        confirmed_at = CASE WHEN NEW.state_name = 'confirmed'
                            THEN COALESCE(confirmed_at, NEW.updated_at) ELSE confirmed_at END,
        ended = CASE
                    WHEN NEW.state_name = 'redirected' THEN 'redirected'
                    WHEN NEW.state_name = 'closed'
                         AND json_extract(NEW.state, '$.why.reason') = 'withdrawn' THEN 'withdrawn'
                    WHEN NEW.state_name = 'closed' THEN 'closed'
                    ELSE ended END,
        ended_at = CASE WHEN NEW.state_name IN ('redirected', 'closed')
                        THEN COALESCE(ended_at, NEW.updated_at) ELSE ended_at END
    WHERE request_id = NEW.id;
END;

CREATE TRIGGER request_timeline_call AFTER INSERT ON call_attempt
BEGIN
    UPDATE request_timeline SET first_call_at = NEW.at
    WHERE request_id = NEW.request_id AND first_call_at IS NULL;
END;

-- Requests already at the desk when it is upgraded.
INSERT INTO request_timeline (request_id, structure_key, channel, received_at, first_call_at,
                              confirmed_at, ended, ended_at)
SELECT r.id, r.structure_key, r.channel, r.received_at,
       (SELECT MIN(a.at) FROM call_attempt a WHERE a.request_id = r.id),
       CASE WHEN r.state_name = 'confirmed' THEN r.updated_at END,
       CASE WHEN r.state_name = 'redirected' THEN 'redirected'
            WHEN r.state_name = 'closed'
                 AND json_extract(r.state, '$.why.reason') = 'withdrawn' THEN 'withdrawn'
            WHEN r.state_name = 'closed' THEN 'closed' END,
       CASE WHEN r.state_name IN ('redirected', 'closed') THEN r.updated_at END
FROM request r;
