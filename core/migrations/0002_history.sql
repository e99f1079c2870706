-- Version 2: the history of each request, shown on the status screen and in the export.

CREATE TABLE request_event (
    id          INTEGER PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    state       TEXT NOT NULL            -- name of the state reached
) STRICT;

CREATE INDEX request_event_by_request ON request_event (request_id, id);

-- Requests written by version 1 start their history with their current state.
INSERT INTO request_event (request_id, at, state)
SELECT id, updated_at, json_extract(state, '$.state') FROM request;
