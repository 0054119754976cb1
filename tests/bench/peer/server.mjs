// The peer: PostGraphile 5 (amber preset) over the bench database, for the class dashboard.
//
// Bearer tokens are verified as Tisheng verifies them (jose against the same JWKS, issuer, audience and
// algorithms); a request with a bad token gets errors. No visibility rule is applied: PostGraphile's way would be
// row-level security fed by pgSettings, which runs each of a request's queries in a transaction of its own (BEGIN,
// set_config, query, COMMIT). The peer is the generic GraphQL layer at its fastest: the bench compares content.
// It reads allEnrolments ordered by the computed column teacherName, with a selection's history from the computed
// column public."Selection_history" (tests/bench/peer/setup.sql, created by the bench before it starts this server).
//
// Environment: HOST, PORT, DATABASE_URL, DATABASE_POOL_SIZE, AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE.
import { createServer } from 'node:http';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`peer: ${name} is required`);
  return value;
};

const keys = createRemoteJWKSet(new URL(env('AUTH_JWKS_URL')), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
const policy = {
  issuer: env('AUTH_ISSUER'),
  audience: env('AUTH_AUDIENCE', 'tisheng-api'),
  algorithms: env('AUTH_ALGORITHMS', 'ES256,RS256').split(','),
  requiredClaims: ['sub', 'exp'],
};

async function subjectOf(header) {
  if (!header) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) throw new Error('Unauthenticated: Authorization header is not "Bearer <token>".');
  const { payload } = await jwtVerify(token, keys, policy);
  if (typeof payload.sub !== 'string') throw new Error('Unauthenticated: bad subject.');
  return payload.sub;
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // Lets a selection's points be ordered by "position" (not indexed), as Tisheng orders them; schema shape only.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: env('DATABASE_URL'),
      schemas: ['public'],
      poolConfig: { max: Number(env('DATABASE_POOL_SIZE', '10')) },
      pubsub: false,
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: {
    explain: false,
    async context(requestContext) {
      const header = requestContext.http?.getHeader('authorization') ?? requestContext.node?.req?.headers.authorization;
      return { benchSubject: await subjectOf(header) };
    },
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
Promise.resolve(serv.addTo(server)).then(
  () =>
    server.listen(Number(env('PORT', '0')), env('HOST', '127.0.0.1'), () => {
      console.log(`peer: ready on http://${env('HOST', '127.0.0.1')}:${server.address().port}/graphql`);
    }),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

const stop = () => server.close(() => void pgl.release().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
