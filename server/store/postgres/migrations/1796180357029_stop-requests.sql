-- Up Migration
-- Team mode's "Stop" (server/jobs/stop-request.ts): the app instance a student clicks on may
-- not be the one whose worker runs the deployment, so the request is a row, not a signal. The
-- worker holding the deployment's lease checks for it every second and stops the run between
-- AWS calls; a run that has not started yet is skipped. `job` is the queue the stop is for
-- (`deploy` or `cleanup`): stopping a deploy never stops the cleanup that follows it. Enqueuing
-- the same kind of work again (resume, clean up again) withdraws the request.
CREATE TABLE stop_requests (
  deployment_id TEXT NOT NULL,
  job TEXT NOT NULL,
  requested_at BIGINT NOT NULL,
  PRIMARY KEY (deployment_id, job)
);

-- Down Migration
DROP TABLE stop_requests;
