-- Consoles: User."lastSeenAt" is written when a person uses the API (at most once an hour). That write must not tell
-- every API instance to drop its viewer cache: the User trigger now fires only for updates that set a column the
-- viewer is read from or that other modules may change (every column but "lastSeenAt").
DROP TRIGGER "User_viewer_change" ON "User";

CREATE TRIGGER "User_viewer_change"
  AFTER UPDATE OF "id", "login", "displayName", "email", "phone", "teachingSubject", "stage", "employeeNumber",
    "deactivatedAt", "organisationId", "orgPath", "createdAt", "nationalIdHash", "nationalIdMasked"
    OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();
