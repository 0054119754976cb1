-- Workshops (工作坊) open when their programme starts, whoever writes the rows (the API, the seed, an import, SQL):
-- when a programme becomes RUNNING, one COMPETENCY workshop per competency of its catalogue and one CLASS workshop
-- per class that has enrolments; when an enrolment with a class joins (or moves into) a RUNNING programme's class,
-- that class's workshop. Existing workshops are left as they are (ON CONFLICT DO NOTHING).

CREATE FUNCTION "tisheng_open_class_workshops"(programme_id TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "Workshop" (id, "programmeId", kind, "classId", "orgPath", title, "createdAt")
  SELECT gen_random_uuid()::text, programme_id, 'CLASS', c.id, c.path, c.name, now() AT TIME ZONE 'UTC'
  FROM "Organisation" c
  WHERE c.id IN (SELECT DISTINCT e."classId" FROM "Enrolment" e WHERE e."programmeId" = programme_id AND e."classId" IS NOT NULL)
  ON CONFLICT DO NOTHING;
END
$$;

CREATE FUNCTION "tisheng_open_programme_workshops"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'RUNNING' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'RUNNING') THEN
    INSERT INTO "Workshop" (id, "programmeId", kind, "competencyId", "orgPath", title, "createdAt")
    SELECT gen_random_uuid()::text, NEW.id, 'COMPETENCY', c.id, NEW."orgPath", c.code || ' ' || c."nameZh",
           now() AT TIME ZONE 'UTC'
    FROM "Competency" c
    WHERE c."catalogueId" = NEW."catalogueId"
    ON CONFLICT DO NOTHING;
    PERFORM "tisheng_open_class_workshops"(NEW.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Programme_open_workshops"
AFTER INSERT OR UPDATE OF status ON "Programme"
FOR EACH ROW EXECUTE FUNCTION "tisheng_open_programme_workshops"();

CREATE FUNCTION "tisheng_open_enrolment_workshop"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."classId" IS NOT NULL
     AND (TG_OP = 'INSERT' OR OLD."classId" IS DISTINCT FROM NEW."classId")
     AND EXISTS (SELECT 1 FROM "Programme" p WHERE p.id = NEW."programmeId" AND p.status = 'RUNNING') THEN
    INSERT INTO "Workshop" (id, "programmeId", kind, "classId", "orgPath", title, "createdAt")
    SELECT gen_random_uuid()::text, NEW."programmeId", 'CLASS', c.id, c.path, c.name, now() AT TIME ZONE 'UTC'
    FROM "Organisation" c
    WHERE c.id = NEW."classId"
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_open_class_workshop"
AFTER INSERT OR UPDATE OF "classId" ON "Enrolment"
FOR EACH ROW EXECUTE FUNCTION "tisheng_open_enrolment_workshop"();
