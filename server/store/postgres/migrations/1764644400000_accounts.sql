-- Up Migration
-- Team mode's accounts and classes (server/accounts, server/class).
--
-- better-auth's tables, as its own schema generator writes them for the options in
-- server/accounts/auth.ts (model names auth_*; column names are better-auth's, quoted).
CREATE TABLE "auth_user" ("id" text NOT NULL PRIMARY KEY, "name" text NOT NULL, "email" text NOT NULL UNIQUE, "emailVerified" boolean NOT NULL, "image" text, "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL, "updatedAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL);
CREATE TABLE "auth_session" ("id" text NOT NULL PRIMARY KEY, "expiresAt" timestamptz NOT NULL, "token" text NOT NULL UNIQUE, "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL, "updatedAt" timestamptz NOT NULL, "ipAddress" text, "userAgent" text, "userId" text NOT NULL REFERENCES "auth_user" ("id") ON DELETE CASCADE);
CREATE TABLE "auth_account" ("id" text NOT NULL PRIMARY KEY, "accountId" text NOT NULL, "providerId" text NOT NULL, "userId" text NOT NULL REFERENCES "auth_user" ("id") ON DELETE CASCADE, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" timestamptz, "refreshTokenExpiresAt" timestamptz, "scope" text, "password" text, "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL, "updatedAt" timestamptz NOT NULL);
CREATE TABLE "auth_verification" ("id" text NOT NULL PRIMARY KEY, "identifier" text NOT NULL, "value" text NOT NULL, "expiresAt" timestamptz NOT NULL, "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL, "updatedAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL);
CREATE INDEX "auth_session_userId_idx" ON "auth_session" ("userId");
CREATE INDEX "auth_account_userId_idx" ON "auth_account" ("userId");
CREATE INDEX "auth_verification_identifier_idx" ON "auth_verification" ("identifier");

-- Server-wide settings every app instance shares (the session-signing secret when
-- VPCD_AUTH_SECRET is not set).
CREATE TABLE team_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- A class and its two invite codes: students sign up with one, instructors with the other.
CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  student_code TEXT NOT NULL UNIQUE,
  instructor_code TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

-- Each account belongs to one class, as its instructor or as a student.
CREATE TABLE class_members (
  user_id TEXT PRIMARY KEY REFERENCES "auth_user" ("id") ON DELETE CASCADE,
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('instructor', 'student')),
  joined_at BIGINT NOT NULL
);
CREATE INDEX class_members_by_class ON class_members (class_id, role);

-- Where a student's deployments run, configured on the server and never sent to a browser:
-- the student's own 12-digit sandbox account (the sandbox keeps accounts apart by access
-- key), and for a real AWS class the shared-config profile that holds the student's role.
CREATE TABLE student_credentials (
  user_id TEXT PRIMARY KEY REFERENCES "auth_user" ("id") ON DELETE CASCADE,
  sandbox_account_id TEXT NOT NULL UNIQUE CHECK (sandbox_account_id ~ '^[0-9]{12}$'),
  aws_profile TEXT
);

-- Whose deployment is whose: the instructor's roster reads it, a student's list filters by it.
CREATE TABLE class_deployments (
  deployment_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES "auth_user" ("id") ON DELETE CASCADE,
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL
);
CREATE INDEX class_deployments_by_user ON class_deployments (user_id, created_at DESC);
CREATE INDEX class_deployments_by_class ON class_deployments (class_id, created_at DESC);

-- The instructor's reminders ("your NAT gateway is still running"), shown to the student on
-- the next page load or poll until dismissed.
CREATE TABLE reminders (
  id BIGSERIAL PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  to_user_id TEXT NOT NULL REFERENCES "auth_user" ("id") ON DELETE CASCADE,
  from_user_id TEXT NOT NULL REFERENCES "auth_user" ("id") ON DELETE CASCADE,
  deployment_id TEXT,
  message TEXT NOT NULL,
  sent_at BIGINT NOT NULL,
  read_at BIGINT
);
CREATE INDEX reminders_unread ON reminders (to_user_id, sent_at) WHERE read_at IS NULL;

-- Down Migration
DROP TABLE reminders;
DROP TABLE class_deployments;
DROP TABLE student_credentials;
DROP TABLE class_members;
DROP TABLE classes;
DROP TABLE team_settings;
DROP TABLE "auth_verification";
DROP TABLE "auth_account";
DROP TABLE "auth_session";
DROP TABLE "auth_user";
