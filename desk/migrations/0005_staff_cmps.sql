-- Relais desk: staff belong to the CMPs they work for. A desk can serve several CMPs of a
-- hospital group; a reception agent of one CMP must not read, by page or guessed id, a request
-- addressed to another. `every_cmp` marks the group's staff who serve them all (and see the
-- requests that name no CMP); the others see the CMPs listed in `staff_cmp`. Staff already
-- there keep what they saw before: every CMP.

ALTER TABLE staff ADD COLUMN every_cmp INTEGER NOT NULL DEFAULT 1 CHECK (every_cmp IN (0, 1));

CREATE TABLE staff_cmp (
    staff_id      INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    structure_key TEXT NOT NULL,
    PRIMARY KEY (staff_id, structure_key)
) STRICT, WITHOUT ROWID;
