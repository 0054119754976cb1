-- Computed columns the peer (PostGraphile) reads the class dashboard with; created by the bench before it starts the
-- peer (idempotent): a teacher's name to order enrolments by (as Tisheng orders the roster) and a selection's
-- history (Decision rows have no foreign key to the record they belong to).
CREATE OR REPLACE FUNCTION public."Enrolment_teacherName"(e public."Enrolment") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT "displayName" FROM public."User" WHERE id = e."teacherId"
$$;
COMMENT ON FUNCTION public."Enrolment_teacherName"(public."Enrolment") IS E'@behavior +orderBy';

CREATE OR REPLACE FUNCTION public."Selection_history"(s public."Selection") RETURNS SETOF public."Decision"
LANGUAGE sql STABLE AS $$
  SELECT * FROM public."Decision" WHERE "subjectType" = 'Selection' AND "subjectId" = s.id ORDER BY "createdAt", id
$$;
