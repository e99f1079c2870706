-- Relais desk, version 1. Personal data lives only in `request.content`, `sms_callback` and
-- `outgoing_sms`, all deleted on the CMP's schedule. The audit log holds no personal data.

CREATE TABLE request (
    id            TEXT PRIMARY KEY,         -- UUIDv7 from the phone, or derived from an SMS
    sms_prefix    BLOB NOT NULL,            -- first 10 bytes of the id: what an SMS carries
    token_hash    BLOB NOT NULL UNIQUE,     -- SHA-256 of the capability token
    fingerprint   BLOB NOT NULL,            -- SHA-256 of the submitted content
    channel       TEXT NOT NULL CHECK (channel IN ('app', 'sms')),
    structure_key TEXT,
    content       TEXT NOT NULL,            -- JSON RequestContent
    state         TEXT NOT NULL,            -- JSON RequestState
    state_name    TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    purge_after   TEXT                      -- set when the request is over
) STRICT;

CREATE INDEX request_sms_prefix ON request (sms_prefix);
CREATE INDEX request_waiting ON request (state_name, received_at);
CREATE INDEX request_purge ON request (purge_after) WHERE purge_after IS NOT NULL;

CREATE TABLE call_attempt (
    id          INTEGER PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE ON UPDATE CASCADE,
    at          TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    staff_id    INTEGER NOT NULL REFERENCES staff (id)
) STRICT;

CREATE TABLE sms_callback (               -- damaged SMS: never dropped, a human calls back
    id          INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    sender      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    handled_at  TEXT,
    handled_by  INTEGER REFERENCES staff (id),
    purge_after TEXT NOT NULL
) STRICT;

CREATE TABLE outgoing_sms (               -- neutral confirmations for the SMS gateway
    id          INTEGER PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE ON UPDATE CASCADE,
    to_phone    TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    sent_at     TEXT
) STRICT;

CREATE TABLE staff (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    phone          TEXT NOT NULL,           -- the line where the person can call them back
    role           TEXT NOT NULL CHECK (role IN ('reception', 'clinician', 'admin')),
    password_hash  TEXT NOT NULL,           -- argon2id, PHC string
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE session (
    id_hash     BLOB PRIMARY KEY,           -- SHA-256 of the cookie value
    staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
) STRICT;

CREATE TABLE audit (                      -- append-only: who, what, when; no personal data
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    staff_login TEXT NOT NULL,
    action      TEXT NOT NULL,
    request_id  TEXT,
    detail      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
