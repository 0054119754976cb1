import type { Plugin } from '@envelop/core';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../../../api/context.js';
import { localizedError } from '../../../api/i18n/localized-errors.js';
import { defineMessages } from '../../../api/i18n/messages.js';

/**
 * The `extensions` of a root field open to sync clients (the feeds, acknowledgements, webhooks, exports). A sync client
 * may call only such fields; its actions are further limited by ActionRule.clients (actions.ts), so a field it reaches
 * through an allowed one (a node's nested data) is refused there too.
 */
export const OPEN_TO_CLIENTS = { clients: true } as const;

defineMessages({
  CLIENT_OPERATION_REFUSED: {
    en: 'Sync clients may call only the sync operations; refused: {fields}.',
    'zh-CN': '同步客户端只能调用同步操作；已拒绝：{fields}。',
  },
});

/** The root fields an operation selects (through fragments too); introspection fields (`__…`) left out. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, into: Set<string>) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) into.add(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, into);
    }
  }
  return into;
}

/** Root fields of `document`'s operation that are not open to sync clients. */
export function fieldsClosedToClients(
  document: DocumentNode,
  operationName: string | null | undefined,
  rootOf: (operation: 'query' | 'mutation' | 'subscription') => GraphQLObjectType | null | undefined,
): string[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const root = rootOf(operation.operation);
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fields = root?.getFields() ?? {};
  return [...rootFields(operation.selectionSet, fragments, new Set())].filter(
    (name) => fields[name]?.extensions?.clients !== true,
  );
}

/**
 * Refuses, before execution, an operation of a sync client that selects a root field not open to clients (403,
 * CLIENT_OPERATION_REFUSED): a provincial system's token reads the feeds and nothing else.
 */
export function useSyncClientGate(): Plugin<Context> {
  const gate = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { contextValue: Context; document: DocumentNode; operationName?: string | null; schema: GraphQLSchema };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    if (!args.contextValue.viewer?.isSyncClient) return;
    const { schema } = args;
    const refused = fieldsClosedToClients(args.document, args.operationName, (operation) =>
      operation === 'query'
        ? schema.getQueryType()
        : operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType(),
    );
    if (refused.length) {
      setResultAndStopExecution({
        errors: [localizedError('CLIENT_OPERATION_REFUSED', { fields: refused.join(', ') }, { http: { status: 403 } })],
      });
    }
  };
  return { onExecute: gate, onSubscribe: gate };
}
