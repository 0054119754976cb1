import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type InputShapeFromFields,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  type TypeParam,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Context } from '../../../api/context.js';
import { ClosedError, ForbiddenActionError, NotFoundError } from '../error-classes.js';
import { ACTIONS, type Action, grants, type Resource } from './actions.js';
import { closedSchoolPaths, isClosedFor } from './closing.js';
import { loadResource, type ResourceKind } from './resources.js';

/** The object an action applies to: a kind and id to load, or the paths and owner the parent already carries. */
export type ResourceRef =
  | {
      kind: ResourceKind;
      id: string;
      /** The programme the write is about, when the object (a school, a class) is not itself a programme record. */
      programmeId?: string;
    }
  | (Resource & {
      /** The programme whose records the object (given by its paths) is, for the closing guard. */
      programmeId?: string | null;
    });

interface AuthorizeBase<Parent, Args> {
  /** The action (schema/shared/authz/actions.ts) the field performs. */
  action: Action;
  /** What it acts on, from the field's parent and (decoded) arguments. */
  resource: (parent: Parent, args: Args, context: Context) => ResourceRef;
}

/**
 * The closing guard (结项, closing.ts): a mutation whose object is a school's record in a programme (the loader's
 * `programmeId`, or the ref's) is refused with CLOSED once that school closed in that programme. A mutation that
 * writes something that is not the school's record (revoking a certificate is the issuer's act) opts out explicitly,
 * saying why: `afterClosing: 'allowed', afterClosingReason: '…'`.
 */
export type AuthorizeOptions<Parent, Args> = AuthorizeBase<Parent, Args> &
  (
    | { afterClosing?: undefined; afterClosingReason?: undefined }
    | {
        /** The mutation still runs after the school closed in the programme. */
        afterClosing: 'allowed';
        /** Why the write is not the closed school's record (shown in the schema's extensions and reviewed). */
        afterClosingReason: string;
      }
  );

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      authorize: AuthorizePlugin<Types>;
    }
    interface FieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      ParentShape = unknown,
      Type extends TypeParam<Types> = TypeParam<Types>,
      Nullable extends FieldNullability<Type> = FieldNullability<Type>,
      Args extends InputFieldMap = InputFieldMap,
      ResolveShape = unknown,
      ResolveReturnShape = unknown,
    > {
      /**
       * Who may use this field, declared: the action and the object it acts on. Checked before the
       * resolver runs. A mutation the viewer may not perform returns NOT_FOUND when the object is
       * invisible to them (exactly like a missing one) and FORBIDDEN_ACTION otherwise; a denied
       * query or object field is null.
       */
      authorize?: AuthorizeOptions<ParentShape, InputShapeFromFields<Args>>;
    }
  }
}

/** What the schema says about a field's authorization (its `extensions.authorize`): listed by the matrix test. */
export interface AuthorizeExtension {
  action: Action;
  /** Present when the mutation still runs after the school closed (结项), with the reason. */
  afterClosing?: { allowed: true; reason: string };
}

type Decision = 'allowed' | 'missing' | 'forbidden';

interface Decided {
  decision: Decision;
  what: string | null;
  /** The object's paths and programme, for the closing guard. */
  paths: readonly string[];
  programmeId: string | null;
}

async function decide(
  option: AuthorizeOptions<unknown, unknown>,
  parent: unknown,
  args: unknown,
  context: Context,
): Promise<Decided> {
  const ref = option.resource(parent, args, context);
  if ('kind' in ref) {
    const resource = await loadResource(context, ref.kind, ref.id);
    if (!resource?.visible) return { decision: 'missing', what: ref.kind, paths: [], programmeId: null };
    return {
      decision: grants(context.viewer, option.action, resource) ? 'allowed' : 'forbidden',
      what: ref.kind,
      paths: resource.paths,
      programmeId: resource.programmeId ?? ref.programmeId ?? null,
    };
  }
  return {
    decision: grants(context.viewer, option.action, ref) ? 'allowed' : 'missing',
    what: null,
    paths: ref.paths,
    programmeId: ref.programmeId ?? null,
  };
}

/** The database id of a decoded global-ID argument of `typename` (relay's `{ typename, id }`), else null. */
function idOf(value: unknown, typename: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const decoded = value as { typename?: unknown; id?: unknown };
  return decoded.typename === typename && typeof decoded.id === 'string' ? decoded.id : null;
}

/**
 * The programme a mutation writes in when its object (a school, a class, a group) is not itself a programme record
 * and its `resource` gave none: the `programmeId` of its input, else the programme of its input's `batchId`
 * (enrolling a teacher names a school and a batch).
 */
async function programmeOfArguments(args: unknown, context: Context): Promise<string | null> {
  const input = (args as { input?: Record<string, unknown> } | null)?.input;
  if (!input || typeof input !== 'object') return null;
  const programmeId = idOf(input.programmeId, 'Programme');
  if (programmeId) return programmeId;
  const batchId = idOf(input.batchId, 'Batch');
  return batchId ? ((await loadResource(context, 'Batch', batchId))?.programmeId ?? null) : null;
}

/**
 * True when the mutation's object is a record of a school closed (结项) in the programme: one of the object's paths
 * lies at or under that school's path. At most two statements per request (the batch, when the programme comes from
 * one, and the closed schools), and only for mutations; an object under no school (a district's programme, course,
 * assignment, workshop, rubric) is never refused.
 */
async function closedFor(decided: Decided, args: unknown, context: Context): Promise<boolean> {
  if (decided.paths.length === 0) return false;
  const programmeId = decided.programmeId ?? (await programmeOfArguments(args, context));
  if (!programmeId) return false;
  return isClosedFor(decided.paths, await closedSchoolPaths(context, programmeId));
}

/** Whether the closing guard applies to a field: every mutation with an action, unless it opted out. */
const guarded = (kind: string, option: AuthorizeOptions<unknown, unknown>) =>
  kind === 'Mutation' && option.afterClosing !== 'allowed';

export class AuthorizePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const option = fieldConfig.pothosOptions.authorize as AuthorizeOptions<unknown, unknown> | undefined;
    if (!option) return fieldConfig;
    const extension: AuthorizeExtension = {
      action: option.action,
      ...(option.afterClosing === 'allowed'
        ? { afterClosing: { allowed: true, reason: option.afterClosingReason } }
        : {}),
    };
    const configured = { ...fieldConfig, extensions: { ...fieldConfig.extensions, authorize: extension } };
    // Plugins see field configs last-listed first: this runs before the errors plugin builds the result union, so a
    // guarded mutation's union gets a typed `ClosedError` member wherever its error types are declared.
    const errors = fieldConfig.pothosOptions.errors as { types?: unknown[] } | undefined;
    if (!guarded(fieldConfig.kind, option) || !errors) return configured;
    const types = [...(errors.types ?? []).filter((type) => type !== ClosedError), ClosedError];
    const pothosOptions = { ...fieldConfig.pothosOptions, errors: { ...errors, types } };
    return { ...configured, pothosOptions } as PothosOutputFieldConfig<Types>;
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const option = fieldConfig.pothosOptions.authorize as AuthorizeOptions<unknown, unknown> | undefined;
    if (!option) return resolver;
    const isMutation = fieldConfig.kind === 'Mutation';
    const closingGuard = guarded(fieldConfig.kind, option);
    return async (parent, args, context, info) => {
      const decided = await decide(option, parent, args, context as Context);
      const { decision, what } = decided;
      if (decision === 'allowed') {
        // Only mutations pay the closing statement; reads of a closed school's records still work.
        if (closingGuard && (await closedFor(decided, args, context as Context))) throw new ClosedError();
        return resolver(parent, args, context, info);
      }
      if (!isMutation) return null;
      if (decision === 'forbidden') throw new ForbiddenActionError(option.action, ACTIONS[option.action].roles);
      throw new NotFoundError(what ?? 'Object');
    };
  }
}

SchemaBuilder.registerPlugin('authorize', AuthorizePlugin);
