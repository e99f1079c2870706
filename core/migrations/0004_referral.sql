-- Version 4: referrals made on this phone (by a professional, with the person's consent) and
-- their status; the outbox carries them and their revocations too.
--
-- The consent table of version 3 held answers to referrals that were never sent anywhere (no
-- desk took referrals then, and the answers named no person): it goes.

CREATE TABLE referral (
    id          TEXT PRIMARY KEY,        -- UUIDv7, the idempotency key at the desk
    body        TEXT NOT NULL,           -- JSON Referral, as the person consented to it
    desk_token  TEXT,                    -- the professional's capability at the desk
    status      TEXT,                    -- JSON ReferralStatus, as the desk last said
    updated_at  TEXT NOT NULL
) STRICT;

-- The outbox now names the request or the referral its entry is about (no foreign key: it
-- can be either), and knows the two new kinds.
CREATE TABLE outbox_v4 (
    id              INTEGER PRIMARY KEY,
    request_id      TEXT NOT NULL,       -- the request or referral the entry is about
    kind            TEXT NOT NULL CHECK (kind IN ('submit', 'withdraw', 'referral', 'revoke')),
    payload         TEXT NOT NULL,
    enqueued_at     INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_id        TEXT,
    leased_until    INTEGER,
    last_error      TEXT,
    UNIQUE (request_id, kind)
) STRICT;
INSERT INTO outbox_v4 SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v4 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at);

DROP TABLE consent;
