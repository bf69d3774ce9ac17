ALTER TABLE proposal ADD COLUMN fingerprint TEXT;
CREATE TABLE status_event (
  id INTEGER PRIMARY KEY,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  fingerprint TEXT,
  note TEXT
) STRICT;
