-- Up Migration
-- The journal as in the embedded SQLite store (server/journal/schema.ts): one row per
-- deployment with its design, target and plan as they were at creation, and the append-only
-- entry log. JSON columns are `json`, not `jsonb`, so a document reads back byte for byte.
CREATE TABLE deployments (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  design JSON NOT NULL,
  target JSON NOT NULL,
  plan JSON NOT NULL,
  created_at BIGINT NOT NULL,
  runner JSON,
  -- The user the deployment belongs to (team mode); NULL for the CLI and the embedded store.
  owner_id TEXT
);
CREATE INDEX deployments_by_created ON deployments (created_at DESC, id);
CREATE INDEX deployments_by_owner ON deployments (owner_id, created_at DESC);

CREATE TABLE entries (
  seq BIGSERIAL PRIMARY KEY,
  deployment_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('begin', 'end')),
  outcome TEXT CHECK (outcome IN ('ok', 'failed', 'skipped')),
  outputs JSON,
  error JSON,
  reason TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX entries_by_deployment ON entries (deployment_id, seq);

-- Lab timers (server/cleanup/lab-timer.ts): a due cleanup survives every restart.
CREATE TABLE lab_timers (
  deployment_id TEXT PRIMARY KEY,
  due_at BIGINT NOT NULL,
  set_at BIGINT NOT NULL,
  attempts INTEGER,
  last_error TEXT
);
CREATE INDEX lab_timers_by_due ON lab_timers (due_at);

-- Designs saved on the server: every save is a new version; the newest is the design.
CREATE TABLE designs (
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  owner_id TEXT,
  name TEXT NOT NULL,
  document JSON NOT NULL,
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE INDEX designs_by_owner ON designs (owner_id, id, version DESC);

-- Down Migration
DROP TABLE designs;
DROP TABLE lab_timers;
DROP TABLE entries;
DROP TABLE deployments;
