-- Relais desk on PostgreSQL, version 4: referrals with the person's consent, and partner
-- professionals (../0004_referral.sql explains each column).

ALTER TABLE staff DROP CONSTRAINT staff_role_check;
ALTER TABLE staff ADD CONSTRAINT staff_role_check
    CHECK (role IN ('reception', 'clinician', 'admin', 'partner'));
ALTER TABLE staff ADD COLUMN organisation TEXT COLLATE "C";
ALTER TABLE staff ADD COLUMN job TEXT COLLATE "C";

CREATE TABLE referral (
    id            TEXT COLLATE "C" PRIMARY KEY,
    request_id    TEXT COLLATE "C" UNIQUE REFERENCES request (id) ON DELETE SET NULL ON UPDATE CASCADE,
    structure_key TEXT COLLATE "C" NOT NULL,
    source        TEXT COLLATE "C" NOT NULL CHECK (source IN ('app', 'partner')),
    partner_id    BIGINT REFERENCES staff (id),
    token_hash    BYTEA NOT NULL UNIQUE,
    copy_hash     BYTEA NOT NULL UNIQUE,
    fingerprint   BYTEA,
    professional  TEXT COLLATE "C" NOT NULL,
    contact       TEXT COLLATE "C" NOT NULL,
    scope         TEXT COLLATE "C" NOT NULL,
    why           TEXT COLLATE "C",
    until         TEXT COLLATE "C" NOT NULL,
    informed      TEXT COLLATE "C",
    language      TEXT COLLATE "C",
    given_at      TEXT COLLATE "C" NOT NULL,
    created_at    TEXT COLLATE "C" NOT NULL,
    revoked_at    TEXT COLLATE "C",
    revoked_by    TEXT COLLATE "C" CHECK (revoked_by IN ('person', 'professional', 'staff', 'partner')),
    purge_after   TEXT COLLATE "C"
);

CREATE INDEX referral_partner ON referral (partner_id, created_at);
CREATE INDEX referral_purge ON referral (purge_after) WHERE purge_after IS NOT NULL;

CREATE FUNCTION request_timeline_referral() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.request_id IS NOT NULL THEN
        UPDATE request_timeline SET channel = 'referral' WHERE request_id = NEW.request_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER request_timeline_referral AFTER INSERT ON referral
    FOR EACH ROW EXECUTE FUNCTION request_timeline_referral();

CREATE FUNCTION request_timeline_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE request_timeline
    SET ended = 'withdrawn',
        ended_at = to_char(clock_timestamp() AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')
    WHERE request_id = OLD.id AND ended IS NULL AND confirmed_at IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER request_timeline_deleted AFTER DELETE ON request
    FOR EACH ROW EXECUTE FUNCTION request_timeline_deleted();
