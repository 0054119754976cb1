import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';

type CorsSetting = NonNullable<YogaServerOptions<object, object>['cors']>;

/** Who may run introspection queries: everyone, signed-in callers only, or nobody. */
export type IntrospectionPolicy = 'on' | 'authenticated' | 'off';

export interface BrowserSecurity {
  /**
   * Origins (scheme://host[:port]) whose browser pages may call the API with credentials;
   * `localhost` allows any port of localhost and 127.0.0.1 (development).
   */
  corsOrigins: readonly string[];
  introspection: IntrospectionPolicy;
  /** Hide "Did you mean …" suggestions from validation errors (production). */
  hideSuggestions: boolean;
}

/** Headers a request must carry when a browser would send it without a CORS preflight (form posts, multipart). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-preflight', 'apollo-require-preflight'] as const;

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

function allows(origins: readonly string[], origin: string): boolean {
  return origins.includes(origin) || (origins.includes('localhost') && LOCALHOST.test(origin));
}

/**
 * CORS from the allow-list only: an allowed origin is echoed with credentials, any other gets no
 * CORS headers at all (the browser then refuses the response). Never a reflected wildcard.
 */
export function corsFrom(origins: readonly string[]): CorsSetting {
  if (origins.length === 0) return false;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allows(origins, origin)) return false;
    return {
      origin,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'accept-language', ...CSRF_HEADERS],
      exposedHeaders: ['www-authenticate', 'retry-after'],
      maxAge: 600,
    };
  };
}

/**
 * CSRF prevention (requests a browser sends without a preflight must carry one of `CSRF_HEADERS`),
 * introspection by policy and, in production, no field suggestions. `isAuthenticated` verifies the
 * request's bearer token (no database access); it throws 401 for an untrustworthy token.
 */
export function browserSecurityPlugins(
  security: BrowserSecurity,
  isAuthenticated: (request: Request) => Promise<boolean>,
): Plugin[] {
  const plugins: Plugin[] = [useCSRFPrevention({ requestHeaders: [...CSRF_HEADERS] })];
  if (security.introspection !== 'on') {
    plugins.push(
      useDisableIntrospection({
        isDisabled: async (request) => security.introspection === 'off' || !(await isAuthenticated(request)),
      }),
    );
  }
  if (security.hideSuggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
