-- What several desk processes on one database must agree on (see src/coordination.rs).

-- Desk-wide rate limits, counted per minute: the limit on copy-code tries holds whatever the
-- number of processes behind the address. Only the current and the previous minute are kept.
CREATE TABLE rate_window (
    name   TEXT    NOT NULL,
    minute INTEGER NOT NULL,  -- Unix time divided by 60
    count  INTEGER NOT NULL,
    PRIMARY KEY (name, minute)
) WITHOUT ROWID;

-- Background jobs that run once across processes (the retention purge): the process that
-- holds a job's lease runs it; a lease that ran out (its process died) is taken by another.
CREATE TABLE job_lease (
    job    TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until  INTEGER NOT NULL   -- Unix time, seconds
) WITHOUT ROWID;
