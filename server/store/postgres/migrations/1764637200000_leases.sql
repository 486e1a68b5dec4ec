-- Up Migration
-- Team mode's lease on a deployment (server/jobs/lease.ts): the one worker running its deploy,
-- cleanup or sweep now. The holder renews it while it runs; a holder that dies stops renewing,
-- and once `expires_at` has passed any worker re-enqueues `payload` on the `job` queue, and the
-- next run resumes from the journal. Times are the database's clock, so workers on machines
-- whose clocks differ still agree on when a lease has expired.
CREATE FUNCTION vpcd_now_ms() RETURNS BIGINT LANGUAGE SQL VOLATILE AS $$
  SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
$$;

CREATE TABLE deployment_leases (
  deployment_id TEXT PRIMARY KEY,
  job TEXT NOT NULL,
  payload JSON NOT NULL,
  holder TEXT NOT NULL,
  acquired_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX deployment_leases_by_expiry ON deployment_leases (expires_at);

-- Down Migration
DROP TABLE deployment_leases;
DROP FUNCTION vpcd_now_ms();
