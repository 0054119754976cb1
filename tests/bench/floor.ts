/**
 * The floor: the class dashboard (the SDK's ClassRoster document) answered by node:http and `pg` with ONE
 * hand-written SQL statement that returns the response body, byte for byte what Tisheng sends (without its
 * `extensions`). It verifies the bearer token as Tisheng does (jose against the same JWKS, issuer, audience and
 * algorithms) and applies the same rules in that statement:
 *   - the roster (action class:readRoster): a CLASS_TUTOR, SCHOOL_ADMIN or DISTRICT_ADMIN role on the class or an
 *     organisation above it, else `classRoster: null` (exactly like a missing class); an unknown subject is a 401;
 *   - each teacher is shown when the viewer is the teacher, or can see their home organisation or one of their roles;
 *     `school` and `class` only when one of the viewer's roles covers them; batches on the viewer's line;
 *     competencies of published catalogues;
 *   - `violations`: the selection is re-checked against the programme's rules and the school's current range (credits,
 *     points, dimensions, range, catalogue). A selection that holds renders `[]`; one that breaks a rule renders a
 *     marker instead of the messages (the floor does not render localised messages), which fails the bench's
 *     byte-for-byte check, so the floor never passes on data it cannot answer.
 * It answers only that document (checked by the sha256 of the query text) and `POST /graphql`.
 *
 * Self-contained on purpose (node:*, pg, jose): the bench transpiles this one file and runs it with plain node.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import pg from 'pg';

// ---------------------------------------------------------------------------------------------------------------
// JSON text built in SQL. Every helper yields a non-null text expression (`||` with NULL would swallow the body).

type Sql = string;
const str = (e: Sql): Sql => `coalesce(to_json((${e})::text)::text, 'null')`;
const int = (e: Sql): Sql => `coalesce((${e})::text, 'null')`;
const bool = (e: Sql): Sql => `(CASE WHEN ${e} THEN 'true' ELSE 'false' END)`;
/** Prisma's DateTime columns hold UTC in `timestamp(3)`; GraphQL's DateTime is toISOString(). */
const instant = (e: Sql): Sql => `coalesce(to_char(${e}, '"\\""YYYY-MM-DD"T"HH24:MI:SS.MS"Z\\""'), 'null')`;
const day = (e: Sql): Sql => `coalesce(to_char(${e}, '"\\""YYYY-MM-DD"\\""'), 'null')`;
/** A Relay global ID: base64("Type:id") (at most 57 bytes here, so encode() adds no line break). */
const gid = (type: string, e: Sql): Sql => `('"' || encode(convert_to('${type}:' || ${e}, 'UTF8'), 'base64') || '"')`;
const obj = (fields: Array<[string, Sql]>): Sql =>
  `('{' || ${fields.map(([key, value], i) => `'${i ? ',' : ''}"${key}":' || ${value}`).join(' || ')} || '}')`;
const nullable = (condition: Sql, value: Sql): Sql => `(CASE WHEN ${condition} THEN ${value} ELSE 'null' END)`;
/** A JSON array of `element` over the rows of `from` (which must alias its rows), in `order`. */
const array = (element: Sql, from: Sql, order: Sql): Sql =>
  `(SELECT '[' || coalesce(string_agg(${element}, ',' ORDER BY ${order}), '') || ']' FROM ${from})`;
/** True when one of the viewer's role paths (`v.paths`) is a prefix of `path` (Viewer.canSee). */
const visible = (path: Sql): Sql => `EXISTS (SELECT 1 FROM unnest(v.paths) AS root WHERE starts_with(${path}, root))`;
/** Viewer.isOnLine: `path` is in a subtree of the viewer or above one of their roles. */
const onLine = (path: Sql): Sql =>
  `EXISTS (SELECT 1 FROM unnest(v.paths) AS root WHERE starts_with(${path}, root) OR starts_with(root, ${path}))`;

const organisation = (o: string): Sql =>
  obj([
    ['id', gid('Organisation', `${o}.id`)],
    ['kind', str(`${o}.kind`)],
    ['code', str(`${o}.code`)],
    ['name', str(`${o}.name`)],
  ]);

const grouping = (g: string): Sql =>
  obj([
    ['code', str(`${g}.code`)],
    ['nameZh', str(`${g}."nameZh"`)],
    ['nameEn', str(`${g}."nameEn"`)],
    ['position', int(`${g}.position`)],
  ]);

const competency = obj([
  ['id', gid('Competency', 'c.id')],
  ['code', str('c.code')],
  ['nameZh', str('c."nameZh"')],
  ['nameEn', str('c."nameEn"')],
  ['credits', int('c.credits')],
  ['dimension', grouping('d')],
  ['environment', nullable('en.id IS NOT NULL', grouping('en'))],
]);

const decision = obj([
  ['id', str('h.id')],
  ['action', str('h.action')],
  ['fromState', str('h."fromState"')],
  ['toState', str('h."toState"')],
  ['comment', str('h.comment')],
  ['actorName', str('actor."displayName"')],
  ['at', instant('h."createdAt"')],
]);

/** The selection's points, with what the rule check needs. */
const points = `"SelectionItem" i JOIN "Competency" c ON c.id = i."competencyId" JOIN "Catalogue" k ON k.id = c."catalogueId"
  JOIN "Dimension" d ON d.id = c."dimensionId" LEFT JOIN "Environment" en ON en.id = c."environmentId"
  WHERE i."selectionId" = s.id`;

/** True when the stored selection still holds under the programme's rules and the school's current range. */
const holds = `(
  WITH pts AS (
    SELECT c.code, c.credits, c."dimensionId", c."catalogueId" = p."catalogueId" AS known
      FROM "SelectionItem" i JOIN "Competency" c ON c.id = i."competencyId" WHERE i."selectionId" = s.id
  ), sel AS (SELECT p.rules -> 'selection' AS r)
  SELECT count(*) > 0
     AND bool_and(pts.known)
     AND NOT EXISTS (
       SELECT 1 FROM "SchoolRange" sr, pts x
        WHERE sr."programmeId" = e."programmeId" AND sr."schoolId" = e."schoolId" AND x.known
          AND NOT EXISTS (SELECT 1 FROM "SchoolRangeItem" ri JOIN "Competency" rc ON rc.id = ri."competencyId"
                           WHERE ri."rangeId" = sr.id AND rc.code = x.code))
     AND coalesce(sum(pts.credits) FILTER (WHERE pts.known), 0) >= coalesce((sel.r ->> 'minCredits')::int, 0)
     AND count(*) FILTER (WHERE pts.known) >= coalesce((sel.r ->> 'minPoints')::int, 0)
     AND count(*) FILTER (WHERE pts.known) <= coalesce((sel.r ->> 'maxPoints')::int, 2147483647)
     AND CASE sel.r #>> '{dimensionRule,kind}'
           WHEN 'NOT_ALL_SAME' THEN count(DISTINCT pts."dimensionId") FILTER (WHERE pts.known) <> 1
           WHEN 'AT_LEAST_N' THEN count(DISTINCT pts."dimensionId") FILTER (WHERE pts.known) >= (sel.r #>> '{dimensionRule,n}')::int
           ELSE true END
    FROM pts, sel GROUP BY sel.r
)`;

const selection = obj([
  ['id', gid('Selection', 's.id')],
  ['status', str('s.status')],
  ['onBehalf', bool('s."onBehalf"')],
  ['pointCount', int(`(SELECT count(*) FROM "SelectionItem" i WHERE i."selectionId" = s.id)`)],
  ['totalCredits', int('s."totalCredits"')],
  ['submittedAt', instant('s."submittedAt"')],
  ['submittedByName', str('sb."displayName"')],
  ['decidedAt', instant('s."decidedAt"')],
  [
    'competencies',
    array(
      nullable(
        `k.status <> 'DRAFT' OR ${visible(`coalesce((SELECT o.path FROM "Organisation" o WHERE o.id = k."ownerOrganisationId"), '')`)}`,
        competency,
      ),
      points,
      'i.position',
    ),
  ],
  [
    'history',
    array(
      decision,
      `"Decision" h LEFT JOIN "User" actor ON actor.id = h."actorId" WHERE h."subjectType" = 'Selection' AND h."subjectId" = s.id`,
      'h."createdAt", h.id',
    ),
  ],
  ['violations', `(CASE WHEN coalesce(${holds}, false) THEN '[]' ELSE '"floor: violations not rendered"' END)`],
]);

/** A teacher is visible to themselves, or where the viewer sees their home or one of their roles (the User type's rule). */
const teacherVisible = `(t.id = v.id OR ${visible('t."orgPath"')} OR EXISTS (
  SELECT 1 FROM "RoleAssignment" tr WHERE tr."userId" = t.id AND ${visible('tr."orgPath"')}))`;

const enrolment = obj([
  ['id', gid('Enrolment', 'e.id')],
  ['enrolledAt', instant('e."enrolledAt"')],
  ['selectionDueAt', instant('e."selectionDueAt"')],
  ['selectionDueExtended', bool('e."selectionDueExtended"')],
  ['selectionWindowOpen', bool(`e."selectionDueAt" IS NULL OR (now() AT TIME ZONE 'UTC') < e."selectionDueAt"`)],
  [
    'coursesOpen',
    bool(
      `(p.rules #> '{selection,schoolPlanGateRate}') IS NULL OR EXISTS (
         SELECT 1 FROM "SchoolPlan" sp WHERE sp."programmeId" = e."programmeId" AND sp."schoolId" = e."schoolId")`,
    ),
  ],
  [
    'teacher',
    nullable(
      teacherVisible,
      obj([
        ['id', gid('User', 't.id')],
        ['login', str('t.login')],
        ['displayName', str('t."displayName"')],
      ]),
    ),
  ],
  [
    'batch',
    nullable(
      onLine('p."orgPath"'),
      obj([
        ['id', gid('Batch', 'b.id')],
        ['name', str('b.name')],
        ['startsOn', day('b."startsOn"')],
        ['endsOn', day('b."endsOn"')],
      ]),
    ),
  ],
  ['school', nullable(visible('so.path'), organisation('so'))],
  ['class', nullable(`co.id IS NOT NULL AND ${visible('co.path')}`, organisation('co'))],
  ['selection', nullable('s.id IS NOT NULL', selection)],
]);

/**
 * $1 token subject, $2 class id, $3 programme id or null, $4 page size, $5 token issuer. One row: whether the subject is a known
 * user, and the response body.
 */
export const STATEMENT = `
WITH v AS (
  SELECT u.id,
         coalesce(array_agg(ra."orgPath") FILTER (WHERE ra.id IS NOT NULL), '{}') AS paths,
         coalesce(array_agg(ra."orgPath") FILTER (WHERE ra.role IN ('CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN')), '{}') AS roster
    FROM "UserIdentity" i JOIN "User" u ON u.id = i."userId" AND u."deactivatedAt" IS NULL
         LEFT JOIN "RoleAssignment" ra ON ra."userId" = u.id
   WHERE i.issuer = $5 AND i.subject = $1
   GROUP BY u.id
), cl AS (
  SELECT o.id FROM "Organisation" o, v
   WHERE o.id = $2 AND o.kind = 'CLASS'
     AND EXISTS (SELECT 1 FROM unnest(v.roster) AS root WHERE starts_with(o.path, root))
), matching AS (
  SELECT e.id, t."displayName" FROM cl JOIN "Enrolment" e ON e."classId" = cl.id JOIN "User" t ON t.id = e."teacherId"
   WHERE $3::text IS NULL OR e."programmeId" = $3
), page AS (
  SELECT id, "displayName" FROM matching ORDER BY "displayName", id LIMIT $4::int + 1
)
SELECT EXISTS (SELECT 1 FROM v) AS known,
  CASE WHEN NOT EXISTS (SELECT 1 FROM cl) THEN '{"data":{"classRoster":null}}'
  ELSE '{"data":{"classRoster":{"totalCount":' || (SELECT count(*) FROM matching)
    || ',"pageInfo":{"hasNextPage":' || ${bool('(SELECT count(*) FROM page) > $4::int')}
    || ',"endCursor":' || coalesce((SELECT ${gid('GPC:S', 'last.id')} FROM (
         SELECT id, "displayName" FROM page ORDER BY "displayName", id LIMIT $4::int) AS last
         ORDER BY last."displayName" DESC, last.id DESC LIMIT 1), 'null')
    || '},"nodes":[' || coalesce((
      SELECT string_agg(${enrolment}, ',' ORDER BY pg."displayName", pg.id)
        FROM (SELECT * FROM page ORDER BY "displayName", id LIMIT $4::int) AS pg
        JOIN "Enrolment" e ON e.id = pg.id
        JOIN "User" t ON t.id = e."teacherId"
        JOIN "Programme" p ON p.id = e."programmeId"
        JOIN "Batch" b ON b.id = e."batchId"
        JOIN "Organisation" so ON so.id = e."schoolId"
        LEFT JOIN "Organisation" co ON co.id = e."classId"
        LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
        LEFT JOIN "User" sb ON sb.id = s."submittedById"
        CROSS JOIN v
    ), '') || ']}}}'
  END AS body
FROM (SELECT 1) AS one`;

// ---------------------------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBJECT = /^[^\p{C}]{1,255}$/u;
const MAX_BODY = 1024 * 1024;

class ClientError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function decodeId(value: unknown, typename: string): string {
  if (typeof value !== 'string') throw new ClientError(400, `${typename} ID must be a string`);
  const [type, id] = Buffer.from(value, 'base64').toString('utf8').split(':');
  if (type !== typename || !id || !UUID.test(id)) throw new ClientError(400, `not an ID of a ${typename}`);
  return id;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new ClientError(413, 'request body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function main() {
  const env = (name: string, fallback?: string) => {
    const value = process.env[name] ?? fallback;
    if (value === undefined) throw new Error(`floor: ${name} is required`);
    return value;
  };
  const host = env('HOST', '127.0.0.1');
  const querySha256 = env('FLOOR_QUERY_SHA256');
  const policy = {
    issuer: env('AUTH_ISSUER'),
    audience: env('AUTH_AUDIENCE', 'tisheng-api'),
    algorithms: env('AUTH_ALGORITHMS', 'ES256,RS256').split(','),
    requiredClaims: ['sub', 'exp'],
  };
  const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: Number(env('DATABASE_POOL_SIZE', '10')) });
  pool.on('error', (error) => console.warn(`floor: idle database connection lost: ${error.message}`));
  // As Tisheng's remoteKeySet (api/auth/jwt.ts).
  const keys = createRemoteJWKSet(new URL(env('AUTH_JWKS_URL')), {
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });

  async function subjectOf(header: string | undefined): Promise<string | null> {
    if (!header) return null;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const unauthenticated = (reason: string) =>
      new ClientError(401, `Unauthenticated: ${reason}.`, {
        'www-authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
      });
    if (!token) throw unauthenticated('Authorization header is not "Bearer <token>"');
    try {
      const { payload } = await jwtVerify(token, keys, policy);
      if (typeof payload.sub !== 'string' || !SUBJECT.test(payload.sub)) throw new Error('bad subject');
      return payload.sub;
    } catch {
      throw unauthenticated('cannot be verified');
    }
  }

  async function answer(request: IncomingMessage): Promise<string> {
    if (request.method !== 'POST' || request.url !== '/graphql') throw new ClientError(404, 'only POST /graphql');
    const subject = await subjectOf(request.headers.authorization);
    let operation: { query?: unknown; variables?: Record<string, unknown> | null };
    try {
      operation = JSON.parse(await readBody(request));
    } catch (error) {
      if (error instanceof ClientError) throw error;
      throw new ClientError(400, 'body is not JSON');
    }
    if (
      typeof operation.query !== 'string' ||
      createHash('sha256').update(operation.query).digest('hex') !== querySha256
    ) {
      throw new ClientError(400, 'the floor answers only the SDK ClassRoster document');
    }
    const variables = operation.variables ?? {};
    if (variables.after != null || variables.status != null)
      throw new ClientError(400, 'after and status are not supported');
    const classId = decodeId(variables.classId, 'Organisation');
    const programmeId = variables.programmeId == null ? null : decodeId(variables.programmeId, 'Programme');
    const first = variables.first == null ? 20 : Number(variables.first);
    if (!Number.isInteger(first) || first < 0 || first > 100) throw new ClientError(400, 'first must be 0 to 100');
    if (subject === null) return '{"data":{"classRoster":null}}';
    // A named (prepared) statement: planned once per connection; PostgreSQL moves to a generic plan after five runs.
    const { rows } = await pool.query<{ known: boolean; body: string }>({
      name: 'class-roster',
      text: STATEMENT,
      values: [subject, classId, programmeId, first, policy.issuer],
    });
    const row = rows[0];
    if (!row?.known) throw new ClientError(401, 'Unauthenticated: the subject is not a known user.');
    return row.body;
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    answer(request).then(
      (body) => {
        response.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
        response.end(body);
      },
      (error: unknown) => {
        const status = error instanceof ClientError ? error.status : 500;
        if (status === 500) console.error(error);
        const message = error instanceof ClientError ? error.message : 'Unexpected error.';
        const headers = error instanceof ClientError ? error.headers : {};
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify({ errors: [{ message }] }));
      },
    );
  });
  server.listen(Number(env('PORT', '0')), host, () => {
    const address = server.address();
    console.log(
      `floor: ready on http://${host}:${typeof address === 'object' && address ? address.port : '?'}/graphql`,
    );
  });
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

// Run as a program (node floor.mjs); imported (the bench reads STATEMENT), it only defines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
