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
import { ForbiddenActionError, NotFoundError } from '../error-classes.js';
import { ACTIONS, type Action, grants, type Resource } from './actions.js';
import { loadResource, type ResourceKind } from './resources.js';

/** The object an action applies to: a kind and id to load, or the paths and owner the parent already carries. */
export type ResourceRef =
  | {
      kind: ResourceKind;
      id: string;
      /** The programme the write is about, when the object (a school, a class) is not itself a programme record. */
      programmeId?: string;
    }
  | Resource;

export interface AuthorizeOptions<Parent, Args> {
  /** The action (schema/shared/authz/actions.ts) the field performs. */
  action: Action;
  /** What it acts on, from the field's parent and (decoded) arguments. */
  resource: (parent: Parent, args: Args, context: Context) => ResourceRef;
}

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
}

type Decision = 'allowed' | 'missing' | 'forbidden';

async function decide(option: AuthorizeOptions<unknown, unknown>, parent: unknown, args: unknown, context: Context) {
  const ref = option.resource(parent, args, context);
  if ('kind' in ref) {
    const resource = await loadResource(context, ref.kind, ref.id);
    if (!resource?.visible) return { decision: 'missing' as Decision, what: ref.kind };
    return {
      decision: (grants(context.viewer, option.action, resource) ? 'allowed' : 'forbidden') as Decision,
      what: ref.kind,
    };
  }
  return { decision: (grants(context.viewer, option.action, ref) ? 'allowed' : 'missing') as Decision, what: null };
}

export class AuthorizePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const option = fieldConfig.pothosOptions.authorize;
    if (!option) return fieldConfig;
    const extension: AuthorizeExtension = { action: option.action };
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, authorize: extension } };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const option = fieldConfig.pothosOptions.authorize as AuthorizeOptions<unknown, unknown> | undefined;
    if (!option) return resolver;
    const isMutation = fieldConfig.kind === 'Mutation';
    return async (parent, args, context, info) => {
      const { decision, what } = await decide(option, parent, args, context as Context);
      if (decision === 'allowed') return resolver(parent, args, context, info);
      if (!isMutation) return null;
      if (decision === 'forbidden') throw new ForbiddenActionError(option.action, ACTIONS[option.action].roles);
      throw new NotFoundError(what ?? 'Object');
    };
  }
}

SchemaBuilder.registerPlugin('authorize', AuthorizePlugin);
