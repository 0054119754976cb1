/**
 * The authorization matrix: every query, every mutation and every role-restricted field of the printed
 * schema, asked by anonymous callers and by each role, about objects of their own district and of another
 * district, with the outcome each must get declared in one table (MATRIX, merged from one file of rows per module in
 * ./matrix/). The test walks the schema: a new
 * operation, or a field that declares an `authorize` action, without a row fails the suite, and so does a
 * mutation that declares no action.
 *
 * Outcomes: `allowed` (the operation ran: its data, or a typed error from after the check, e.g. a
 * ValidationError for the deliberately invalid inputs below), `missing` (null, empty, or NOT_FOUND: exactly
 * like an object that does not exist) and `forbidden` (FORBIDDEN_ACTION: the caller sees the object, but no
 * role of theirs grants the action). Inputs are chosen so that an allowed mutation changes nothing: invalid
 * text, an empty list, a repeated appointment.
 */
import { type GraphQLObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';
import type { AuthorizeExtension } from '../../schema/shared/authz/plugin.js';
import { testApp } from '../kit/app.js';
import { ClientGateRefusal, matrix, tenant, VIEWERS, viewer, withClientGate } from './matrix/kit.js';
import { MATRIX, MODULES } from './matrix/modules.js';

beforeAll(async () => {
  matrix.t = withClientGate(await testApp());
  matrix.catalogueGid = (await matrix.t.world.catalogue()).gid;
  matrix.A = await tenant();
  matrix.B = await tenant();
  for (const module of MODULES) {
    await module.prepare?.(matrix.A);
    await module.prepare?.(matrix.B);
  }
}, 120_000);
afterAll(() => matrix.t?.close());

/** Every query and mutation, and every object field that declares an `authorize` action. */
function operationsAndRestrictedFields(): {
  name: string;
  declaresAction: boolean;
  kind: 'Query' | 'Mutation' | 'Field';
}[] {
  const entries: { name: string; declaresAction: boolean; kind: 'Query' | 'Mutation' | 'Field' }[] = [];
  const queryType = schema.getQueryType();
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const declaresAction = (field.extensions as { authorize?: AuthorizeExtension }).authorize !== undefined;
      const kind = type === queryType ? 'Query' : type === mutationType ? 'Mutation' : 'Field';
      if (kind === 'Field' && !declaresAction) continue;
      entries.push({ name: `${type.name}.${field.name}`, declaresAction, kind });
    }
  }
  return entries;
}

describe('authorization matrix', () => {
  it('has a row for every query, mutation and role-restricted field, and every mutation declares its action', () => {
    const entries = operationsAndRestrictedFields();
    const withoutRow = entries.filter((entry) => !(entry.name in MATRIX)).map((entry) => entry.name);
    const undeclared = entries.filter((entry) => entry.kind === 'Mutation' && !entry.declaresAction).map((e) => e.name);
    const stale = Object.keys(MATRIX).filter((name) => !entries.some((entry) => entry.name === name));
    expect({ withoutRow, undeclared, stale }).toEqual({ withoutRow: [], undeclared: [], stale: [] });
  });

  it('marks exactly the root fields open to sync clients as such', () => {
    const open = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.values(type?.getFields() ?? {})
        .filter((field) => field.extensions?.clients === true)
        .map((field) => `${type!.name}.${field.name}`),
    );
    const marked = Object.entries(MATRIX)
      .filter(([, row]) => row.clients)
      .map(([name]) => name);
    expect(open.sort()).toEqual(marked.sort());
  });

  // A sync client is refused every operation not open to clients, before it runs (the root-field gate).
  const expectation = (row: (typeof MATRIX)[string], who: (typeof VIEWERS)[number], other: boolean) =>
    who === 'syncClient' && !row.clients ? 'forbidden' : ((other ? row.other?.[who] : row.own[who]) ?? 'missing');
  const cells = Object.entries(MATRIX).flatMap(([name, row]) =>
    VIEWERS.flatMap((who) => [
      { name, who, tenant: 'own' as const, expected: expectation(row, who, false) },
      { name, who, tenant: 'other district' as const, expected: expectation(row, who, true) },
    ]),
  );

  it(`gives the declared outcome in each of the ${cells.length} cells`, async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const cell of cells) {
      const row = MATRIX[cell.name]!;
      const target = cell.tenant === 'own' ? matrix.A : matrix.B;
      const outcome = await row.run(target, viewer(cell.who)).catch((error: unknown) => {
        if (error instanceof ClientGateRefusal) return 'forbidden' as const;
        throw error;
      });
      const label = `${cell.name} · ${cell.who} · ${cell.tenant}`;
      outcomes.push(`${label}: ${outcome}`);
      expected.push(`${label}: ${cell.expected}`);
    }
    console.log(
      `[authorization] ${cells.length} cells (${Object.keys(MATRIX).length} rows × ${VIEWERS.length} viewers × 2 districts)`,
    );
    expect(outcomes).toEqual(expected);
  }, 240_000);
});
