import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { localize, localizedError } from '../i18n/localized-errors.js';
import { defineMessages } from '../i18n/messages.js';

/** Limits every GraphQL request must stay within; each is a configuration variable (README). */
export interface RequestLimits {
  /** Lexical tokens in the query text: checked while parsing, so a huge query costs milliseconds. */
  maxTokens: number;
  /** Aliases in one operation (fragments included). */
  maxAliases: number;
  /** Nesting depth of fields (fragments flattened), measured with the cost. */
  maxDepth: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Cost of one operation: 1 per field, a connection's sub-selection × its page size, a list's × 10. */
  maxCost: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxTokens: 2000,
  maxAliases: 15,
  maxDepth: 12,
  maxDirectives: 10,
  maxCost: 100_000,
};

/** What `extensions.cost` reports for every operation. */
export interface RequestCost {
  /** The operation's cost (see `RequestLimits.maxCost`). */
  requested: number;
  limit: number;
  depth: number;
  breadth: number;
}

/**
 * Each operation's measured cost, by its context (one per operation): the rate limit (api/http/rate-limit.ts) spends
 * it without measuring again.
 */
const measuredCosts = new WeakMap<object, RequestCost>();

/** The cost measured for the operation running with `context`; undefined before (or without) the cost limit. */
export function measuredCost(context: object): RequestCost | undefined {
  return measuredCosts.get(context);
}

/** The operation to run and the fragments it may use, as a document of its own. */
function operationDocument(document: DocumentNode, operationName: string | null | undefined): DocumentNode | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
}

/**
 * Computes each operation's cost and depth before it runs (with the field costs the schema
 * declares), refuses it above `maxDepth` (QUERY_TOO_DEEP) or `maxCost` (QUERY_TOO_COSTLY), and
 * reports it in `extensions.cost`.
 */
export function useCostLimit({ maxCost, maxDepth }: Pick<RequestLimits, 'maxCost' | 'maxDepth'>): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = operationDocument(args.document, args.operationName);
      if (!document) return;
      let cost: RequestCost;
      try {
        const measured = complexityFromQuery(document, {
          schema: args.schema,
          ctx: args.contextValue as object,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
        });
        cost = { requested: measured.complexity, limit: maxCost, depth: measured.depth, breadth: measured.breadth };
        measuredCosts.set(args.contextValue as object, cost);
      } catch (error) {
        // A malformed argument (a forged ID) found while measuring: the same client error execution would give.
        if (error instanceof GraphQLError) return setResultAndStopExecution({ errors: [error] });
        throw error;
      }
      if (cost.depth > maxDepth) {
        return setResultAndStopExecution({
          errors: [localizedError('QUERY_TOO_DEEP', { depth: cost.depth, max: maxDepth }, { cost })],
          extensions: { cost },
        });
      }
      if (cost.requested > maxCost) {
        return setResultAndStopExecution({
          errors: [localizedError('QUERY_TOO_COSTLY', { cost: cost.requested, max: maxCost }, { cost })],
          extensions: { cost },
        });
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}

/** Gives a graphql-armor rejection its code and a message from the catalogue (`QUERY_TOO_LARGE.<limit>`). */
function refused(limit: 'tokens' | 'aliases' | 'directives', max: number) {
  return (_context: unknown, error: GraphQLError) => {
    Object.assign(error.extensions, { code: 'QUERY_TOO_LARGE' });
    localize(error, `QUERY_TOO_LARGE.${limit}`, { max });
  };
}

defineMessages({
  'QUERY_TOO_LARGE.tokens': {
    en: 'The query is too long: at most {max} tokens (names, punctuation, values).',
    'zh-CN': '查询过长：最多 {max} 个词法单元（名称、标点、值）。',
  },
  'QUERY_TOO_LARGE.aliases': {
    en: 'The query uses too many aliases: at most {max}.',
    'zh-CN': '查询使用的别名过多：最多 {max} 个。',
  },
  'QUERY_TOO_LARGE.directives': {
    en: 'The query uses too many directives: at most {max}.',
    'zh-CN': '查询使用的指令过多：最多 {max} 个。',
  },
  QUERY_TOO_DEEP: {
    en: 'The query is nested {depth} fields deep, more than the {max} a request may.',
    'zh-CN': '查询嵌套 {depth} 层，超过单个请求允许的 {max} 层。',
  },
  QUERY_TOO_COSTLY: {
    en: 'The query costs {cost}, more than the {max} a request may: ask for smaller pages (first/last) or fewer nested lists.',
    'zh-CN': '查询成本为 {cost}，超过单个请求允许的 {max}：请减小分页大小（first/last）或减少嵌套列表。',
  },
});

/**
 * The request limits: tokens while parsing, aliases and directives as validation rules
 * (graphql-armor), then depth and cost before execution. A refused request runs no resolver.
 */
export function requestLimitPlugins(limits: RequestLimits): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [refused('tokens', limits.maxTokens)] }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject: [refused('aliases', limits.maxAliases)] }),
    maxDirectivesPlugin({ n: limits.maxDirectives, onReject: [refused('directives', limits.maxDirectives)] }),
    useCostLimit(limits),
  ] as Plugin[];
}
