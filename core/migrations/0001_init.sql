-- Relais phone store, version 1: requests, the outbox, settings.
-- Everything the person typed stays in this file, on the phone.

CREATE TABLE request (
    id          TEXT PRIMARY KEY,        -- UUIDv7, also the idempotency key at the desk
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    content     TEXT NOT NULL,           -- JSON RequestContent
    target      TEXT NOT NULL,           -- JSON Target (the CMP and the fallback chain)
    state       TEXT NOT NULL,           -- JSON RequestState
    desk_token  TEXT                     -- capability to read the status at the desk
) STRICT;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    request_id      TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('submit', 'withdraw')),
    payload         TEXT NOT NULL,       -- JSON sent to the desk
    enqueued_at     INTEGER NOT NULL,    -- unix milliseconds
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_id        TEXT,
    leased_until    INTEGER,
    last_error      TEXT,
    UNIQUE (request_id, kind)
) STRICT;

CREATE INDEX outbox_due ON outbox (next_attempt_at);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
