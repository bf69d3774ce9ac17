ALTER TABLE review_remark ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'addressed', 'resolved'));
ALTER TABLE review_remark ADD COLUMN round INTEGER CHECK (round >= 0);
UPDATE review_remark SET state = 'resolved' WHERE resolved = 1;
ALTER TABLE review_remark DROP COLUMN resolved;
CREATE TABLE remark_reply (
  id INTEGER PRIMARY KEY,
  remark_id INTEGER NOT NULL REFERENCES review_remark (id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  author TEXT NOT NULL,
  written TEXT NOT NULL,
  text TEXT
) STRICT;
CREATE INDEX remark_reply_remark_id ON remark_reply (remark_id);
ALTER TABLE decision ADD COLUMN withdrawn_by TEXT;
ALTER TABLE decision ADD COLUMN withdrawn_at TEXT;
ALTER TABLE decision ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE status_event ADD COLUMN errors INTEGER CHECK (errors >= 0);
ALTER TABLE status_event ADD COLUMN warnings INTEGER CHECK (warnings >= 0);
ALTER TABLE status_event ADD COLUMN acknowledged_fingerprint TEXT;
