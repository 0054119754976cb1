import { InputValidationError } from '@pothos/plugin-validation';
import { builder } from '../builder.js';

/**
 * Codes of every typed error the API returns. Clients switch on `code`; messages are for people.
 * Modules add their codes here so the enum stays one list.
 */
const ERROR_CODES = {
  NOT_FOUND: {
    description: 'The object does not exist, or the viewer may not see it (the two are indistinguishable).',
  },
  INVALID_INPUT: { description: 'An argument failed validation; see `issues`.' },
  INVALID_STATE: { description: 'The object is not in a state that allows this action.' },
  CONFLICT: { description: 'The change conflicts with existing data (a duplicate, a stale version).' },
  FORBIDDEN_ACTION: { description: 'The viewer can see the object but their role may not perform this action on it.' },
  QUOTA_BELOW_ENROLLED: {
    description:
      'A school’s quota in a batch would fall below the teachers it already has enrolled there; see `quota` and `enrolled`. Nothing was changed.',
  },
  RULE_VIOLATION: {
    description:
      'The request breaks the programme’s rules (e.g. a competency selection); see `violations`. Nothing was changed.',
  },
  FILE_TOO_LARGE: {
    description: 'An uploaded file is larger than the field allows; see `maxBytes`. Nothing was stored.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    description:
      'An uploaded file’s name or content is not one of the types the field allows; see `allowedTypes`. Nothing was stored.',
  },
  GATE_NOT_REACHED: {
    description:
      'Too few of the school’s teachers have selected yet for this step (the programme’s plan gate); see the counts.',
  },
  UNKNOWN_COMPETENCY: {
    description: 'A competency is not in the programme’s catalogue; see `competencyIds`. Nothing was changed.',
  },
  QUOTA_EXCEEDED: {
    description:
      'The school’s quota (名额) of teachers in the batch is used up; see `quota` and `enrolled`. Nothing was changed.',
  },
  INVALID_NATIONAL_ID: {
    description:
      'A national ID number (居民身份证号) is malformed: 18 characters, a real birth date and a matching GB 11643 check character are required.',
  },
  INVALID_FILE: {
    description:
      'An uploaded file cannot be used as a whole (unreadable, too large, too many rows, missing columns); nothing was changed.',
  },
} as const;

export type ErrorCodeValue = keyof typeof ERROR_CODES;

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Machine-readable error code carried by every typed error.',
  values: ERROR_CODES,
});

/** Base class of expected, typed errors: returned as results, never masked. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCodeValue,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what} was not found.`, 'NOT_FOUND');
    this.name = 'NotFoundError';
  }
}

export class InvalidStateError extends AppError {
  constructor(message: string) {
    super(message, 'INVALID_STATE');
    this.name = 'InvalidStateError';
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 'CONFLICT');
    this.name = 'ConflictError';
  }
}

export class ForbiddenActionError extends AppError {
  constructor(message: string) {
    super(message, 'FORBIDDEN_ACTION');
    this.name = 'ForbiddenActionError';
  }
}

export const ErrorInterface = builder.interfaceRef<Error & { code?: ErrorCodeValue }>('Error').implement({
  description: 'Implemented by every typed error: query `... on Error { code message }` to handle any of them.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
    code: t.field({
      type: ErrorCode,
      description: 'What went wrong, for programs.',
      resolve: (error) => error.code ?? 'INVALID_INPUT',
    }),
  }),
});

builder.objectType(AppError, {
  name: 'BaseError',
  description: 'An error with no further detail than its code and message.',
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  description: 'The object is missing or not visible to the viewer.',
});
builder.objectType(InvalidStateError, {
  name: 'InvalidStateError',
  interfaces: [ErrorInterface],
  description: 'The object is not in a state that allows the action.',
});
builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  description: 'The change conflicts with existing data.',
});
builder.objectType(ForbiddenActionError, {
  name: 'ForbiddenActionError',
  interfaces: [ErrorInterface],
  description: 'The viewer may see the object but not perform this action.',
});

const ValidationIssue = builder
  .objectRef<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> }>('ValidationIssue')
  .implement({
    description: 'One problem with the input.',
    fields: (t) => ({
      message: t.exposeString('message'),
      path: t.stringList({
        description: 'Where in the input the problem is (argument, then field names and list indexes).',
        resolve: (issue) => (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)),
      }),
    }),
  });

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  description: 'The input failed validation; nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputValidationError,
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssue], resolve: (error) => error.issues }),
  }),
});

/** Error types every mutation can return. */
export const commonErrors = [AppError, InputValidationError, NotFoundError];
