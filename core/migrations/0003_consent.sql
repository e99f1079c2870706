-- Version 3: the person's answers to referrals (given, refused, revoked), kept on the phone.

CREATE TABLE consent (
    id          TEXT PRIMARY KEY,
    referral    TEXT NOT NULL,           -- JSON Referral: who, to whom, why, until, what
    decision    TEXT NOT NULL,           -- JSON Decision
    updated_at  TEXT NOT NULL
) STRICT;
