-- Every API instance caches who a token's subject is and which roles they hold (VIEWER_CACHE_SECONDS). A change to
-- users or role assignments, by any instance, import or manual SQL, notifies every listening instance on commit, and
-- each drops its cache: one statement-level notification per changing statement.
CREATE FUNCTION "tisheng_notify_viewer_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tisheng_viewer_change', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER "RoleAssignment_viewer_change"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RoleAssignment"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();

CREATE TRIGGER "User_viewer_change"
  AFTER UPDATE OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();

CREATE TRIGGER "Organisation_viewer_change"
  AFTER UPDATE OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();
