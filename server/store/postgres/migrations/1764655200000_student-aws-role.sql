-- Up Migration
-- A student's real-AWS deployments sign with a profile of the server's shared config
-- (aws_profile) or with a role the server assumes (aws_role_arn), set by the instructor with
-- `vpcd class credentials`; never both.
ALTER TABLE student_credentials ADD COLUMN aws_role_arn TEXT;
ALTER TABLE student_credentials ADD CONSTRAINT student_credentials_one_way CHECK (aws_profile IS NULL OR aws_role_arn IS NULL);

-- Down Migration
ALTER TABLE student_credentials DROP CONSTRAINT student_credentials_one_way;
ALTER TABLE student_credentials DROP COLUMN aws_role_arn;
