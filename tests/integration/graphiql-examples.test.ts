import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlTabs } from '../../api/server/graphiql.js';
import { schema } from '../../schema/index.js';

describe('GraphiQL example operations', () => {
  it.each(graphiqlTabs.map((tab) => [tab.query.match(/^(query|mutation) (\w+)/m)?.[2] ?? '?', tab.query]))(
    '%s is valid against the schema',
    (_name, query) => {
      expect(validate(schema, parse(query))).toEqual([]);
    },
  );
});
