-- Relais desk, version 4: referrals by professionals, with the person's consent, and partner
-- professionals (outside the CMP) who sign in to make and follow their own referrals.
--
-- A referral becomes a request (same id) so that reception handles it in the call list; the
-- person's data lives in that request (`request.content`, deleted with it) and in the
-- consent's purpose (`referral.why`). When the consent is taken back, the request and its
-- rows are deleted and the referral keeps only a trace: for which structure, from whom, which
-- kinds of data (never the data), when, and when it was revoked.

-- Staff gain the `partner` role and, for partners, their structure and job. SQLite cannot
-- change a CHECK constraint: the table is rebuilt (the migration runner turns foreign keys
-- off while it migrates, and checks them before committing).
CREATE TABLE staff_v4 (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    phone          TEXT NOT NULL,           -- the line where the person can call them back
    role           TEXT NOT NULL CHECK (role IN ('reception', 'clinician', 'admin', 'partner')),
    organisation   TEXT,                    -- a partner's structure: "CCAS de Villerelais"
    job            TEXT,                    -- a partner's job: "Assistante sociale"
    password_hash  TEXT NOT NULL,           -- argon2id, PHC string
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    created_at     TEXT NOT NULL
) STRICT;

INSERT INTO staff_v4 (id, login, display_name, phone, role, password_hash, failed_logins,
                      locked_until, created_at)
SELECT id, login, display_name, phone, role, password_hash, failed_logins, locked_until, created_at
FROM staff;
DROP TABLE staff;
ALTER TABLE staff_v4 RENAME TO staff;

CREATE TABLE referral (
    id            TEXT PRIMARY KEY,         -- UUIDv7 from the professional's phone or the partner page
    -- The request it became (same id); NULL once deleted (revoked, or past retention).
    request_id    TEXT UNIQUE REFERENCES request (id) ON DELETE SET NULL ON UPDATE CASCADE,
    structure_key TEXT NOT NULL,
    source        TEXT NOT NULL CHECK (source IN ('app', 'partner')),
    partner_id    INTEGER REFERENCES staff (id),  -- made on the partner page by this partner
    token_hash    BLOB NOT NULL UNIQUE,     -- SHA-256 of the professional's capability token
    copy_hash     BLOB NOT NULL UNIQUE,     -- HMAC-SHA256(token key, the person's copy code)
    fingerprint   BLOB,                     -- keyed hash of the submission; NULL once revoked
    professional  TEXT NOT NULL,            -- JSON Professional: the referrer's work details
    contact       TEXT NOT NULL,            -- JSON HumanContact: whom to call at the CMP
    scope         TEXT NOT NULL,            -- JSON list of the kinds shared, never the data
    why           TEXT,                     -- the consent's purpose; NULL once revoked
    until         TEXT NOT NULL,            -- last day of the consent (YYYY-MM-DD)
    informed      TEXT,                     -- how the person was told; NULL once revoked
    language      TEXT,                     -- the consent's language; NULL once revoked
    given_at      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT,
    revoked_by    TEXT CHECK (revoked_by IN ('person', 'professional', 'staff', 'partner')),
    purge_after   TEXT                      -- when even the trace goes
) STRICT;

CREATE INDEX referral_partner ON referral (partner_id, created_at);
CREATE INDEX referral_purge ON referral (purge_after) WHERE purge_after IS NOT NULL;

-- The managers' figures (migration 3) count a referral under its own channel, and a request
-- deleted before any outcome (the person took back their consent) as withdrawn, so that it
-- does not wait forever in the figures.
CREATE TRIGGER request_timeline_referral AFTER INSERT ON referral
WHEN NEW.request_id IS NOT NULL
BEGIN
    UPDATE request_timeline SET channel = 'referral' WHERE request_id = NEW.request_id;
END;

CREATE TRIGGER request_timeline_deleted AFTER DELETE ON request
BEGIN
    UPDATE request_timeline
    SET ended = 'withdrawn', ended_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
    WHERE request_id = OLD.id AND ended IS NULL AND confirmed_at IS NULL;
END;
