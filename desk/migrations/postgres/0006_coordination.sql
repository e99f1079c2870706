-- Relais desk on PostgreSQL, version 6: what several desk processes must agree on
-- (../0006_coordination.sql, src/coordination.rs).

CREATE TABLE rate_window (
    name   TEXT COLLATE "C" NOT NULL,
    minute BIGINT NOT NULL,
    count  BIGINT NOT NULL,
    PRIMARY KEY (name, minute)
);

CREATE TABLE job_lease (
    job    TEXT COLLATE "C" PRIMARY KEY,
    holder TEXT COLLATE "C" NOT NULL,
    until  BIGINT NOT NULL
);
