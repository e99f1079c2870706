-- Relais desk on PostgreSQL, version 5: staff belong to the CMPs they work for
-- (../0005_staff_cmps.sql explains `every_cmp`).

ALTER TABLE staff ADD COLUMN every_cmp BIGINT NOT NULL DEFAULT 1 CHECK (every_cmp IN (0, 1));

CREATE TABLE staff_cmp (
    staff_id      BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    structure_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (staff_id, structure_key)
);
