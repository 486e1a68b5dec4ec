-- Up Migration
-- Team mode's confirmation tokens (server/confirm/pg-token-store.ts): the confirm dialog and
-- the "Deploy now" / "Clean up" / "Delete" request that follows it may reach different app
-- instances, so the token is a row every instance can read, not an entry in one process's
-- memory. Only the SHA-256 of the token is kept (`hash`, hex): a copy of this table cannot be
-- replayed. `binding` is what was confirmed (action, account, region, subject, cost per hour).
-- Times are the database's clock, so instances whose clocks drift still agree on expiry.
-- Rows stay an hour past expiry (so a late request hears "expired", not "unknown"), then any
-- issue deletes them.
CREATE TABLE confirm_tokens (
  hash TEXT PRIMARY KEY,
  binding JSONB NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ
);
CREATE INDEX confirm_tokens_expires_at ON confirm_tokens (expires_at);

-- Down Migration
DROP TABLE confirm_tokens;
