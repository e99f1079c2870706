-- Relais desk, version 2: the durable SMS outbox (replaces `outgoing_sms`), the person's
-- short code, STOP, and the gateway's webhook events already handled. Personal data here
-- (`sms_outbox.to_phone`, `body`) goes with its request (ON DELETE CASCADE).

CREATE TABLE sms_outbox (
    id            INTEGER PRIMARY KEY,
    request_id    TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('ack', 'confirmation', 'change', 'reminder')),
    -- Never two copies of one message: the same staff action or webhook replayed finds its row.
    dedup_key     TEXT NOT NULL UNIQUE,
    -- The id the gateway receives with the message. A resend after a crash carries the same
    -- id, and the gateway ignores (local mode) or refuses with 409 (cloud) a second copy.
    gateway_id    TEXT NOT NULL UNIQUE,
    to_phone      TEXT NOT NULL,            -- E.164
    body          TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN
                      ('queued', 'sending', 'accepted', 'sent', 'delivered', 'failed', 'cancelled')),
    not_before    TEXT NOT NULL,            -- quiet hours and backoff
    lease_until   TEXT,                     -- while 'sending': the sender holds it until then
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,                     -- a class of error, never a person's data
    created_at    TEXT NOT NULL,
    accepted_at   TEXT,
    sent_at       TEXT,
    delivered_at  TEXT,
    failed_at     TEXT
) STRICT;

CREATE INDEX sms_outbox_due ON sms_outbox (state, not_before);
CREATE INDEX sms_outbox_request ON sms_outbox (request_id);
CREATE INDEX sms_outbox_phone ON sms_outbox (to_phone);

-- The prepared confirmations of version 1 were never sent (no gateway pulled them): they are
-- kept, cancelled, so that upgrading a desk never sends an old message.
INSERT INTO sms_outbox (request_id, kind, dedup_key, gateway_id, to_phone, body, state,
                        not_before, created_at)
SELECT request_id, 'confirmation', 'v1:' || id, 'v1-' || id, to_phone, body, 'cancelled',
       created_at, created_at
FROM outgoing_sms;
DROP TABLE outgoing_sms;

ALTER TABLE request ADD COLUMN person_code TEXT;       -- read aloud to reception: "KRA-479"
ALTER TABLE request ADD COLUMN sms_stopped_at TEXT;    -- the person answered STOP
CREATE UNIQUE INDEX request_person_code ON request (person_code) WHERE person_code IS NOT NULL;

CREATE TABLE sms_gateway_event (          -- webhook deliveries already handled (retries repeat)
    id          TEXT PRIMARY KEY,
    received_at TEXT NOT NULL
) STRICT;
