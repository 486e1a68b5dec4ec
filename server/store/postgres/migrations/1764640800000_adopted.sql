-- Up Migration
-- A deployment adopted from AWS (`vpcd adopt`) rather than deployed keeps what it was adopted
-- from, as in the embedded journal's `adopted` column.
ALTER TABLE deployments ADD COLUMN adopted JSON;

-- Down Migration
ALTER TABLE deployments DROP COLUMN adopted;
