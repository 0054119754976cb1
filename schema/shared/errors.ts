import { InputValidationError } from '@pothos/plugin-validation';
import { translate } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  ClosedError,
  ConflictError,
  declaredErrorCodes,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from './error-classes.js';
import { IdempotencyKeyReusedError } from './idempotency.js';
import { describeProblem, type ValidationProblem } from './validation-issues.js';

function errorCodeEnum() {
  return builder.enumType('ErrorCode', {
    description: 'Machine-readable error code carried by every typed error. Each module declares its own codes.',
    values: Object.fromEntries([...declaredErrorCodes()].map(([code, description]) => [code, { description }])),
  });
}

/** The `ErrorCode` enum: made by `completeErrorCodes()` once every module has declared its codes. */
let ErrorCode: ReturnType<typeof errorCodeEnum> | null = null;

/** Gathers every declared error code into the `ErrorCode` enum; schema/index.ts calls it after importing the modules. */
export function completeErrorCodes(): void {
  ErrorCode = errorCodeEnum();
}

function errorCodeType() {
  if (!ErrorCode) throw new Error('completeErrorCodes() must run before the schema is built');
  return ErrorCode;
}

/** What the `Error` interface resolves from: a typed error of ours, or a failed input validation. */
type ErrorValue = AppError | InputValidationError;

/**
 * True for our typed errors. Checked by shape, not `instanceof`: the errors plugin hands the fields
 * a proxy of the error object.
 */
const isAppError = (error: ErrorValue): error is AppError => typeof (error as AppError).messageKey === 'string';

export const ErrorInterface = builder.interfaceRef<ErrorValue>('Error').implement({
  description: 'Implemented by every typed error: query `... on Error { code message }` to handle any of them.',
  fields: (t) => ({
    message: t.string({
      description: 'What went wrong, for people, in the request’s language (Accept-Language: zh-CN or en).',
      resolve: (error, _args, context) =>
        isAppError(error)
          ? translate(context.locale, error.messageKey, error.params)
          : translate(context.locale, 'INVALID_INPUT'),
    }),
    code: t.field({
      // The fields of a type are built with the schema, after every module has declared its codes.
      type: errorCodeType(),
      description: 'What went wrong, for programs; never depends on the language.',
      resolve: (error) => (isAppError(error) ? error.code : 'INVALID_INPUT'),
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
  description: 'The viewer may see the object but no role of theirs grants this action on it.',
  fields: (t) => ({
    action: t.exposeString('action', { description: 'The action refused (e.g. `selection:review`).' }),
  }),
});

builder.objectType(ClosedError, {
  name: 'ClosedError',
  interfaces: [ErrorInterface],
  description:
    'The school closed (结项) in the programme the object belongs to: its records there can no longer change. Every ' +
    'mutation guarded by an action can return it.',
});

const ValidationIssue = builder.objectRef<ValidationProblem>('ValidationIssue').implement({
  description: 'One problem with the input.',
  fields: (t) => ({
    message: t.string({
      description: 'The problem, for people, in the request’s language.',
      resolve: (problem, _args, context) => describeProblem(problem, context.locale),
    }),
    path: t.stringList({
      description: 'Where in the input the problem is (argument, then field names and list indexes).',
      resolve: (problem) => problem.path.map(String),
    }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  description: 'The input failed validation; nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputValidationError,
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssue],
      resolve: (error) => error.issues as unknown as ValidationProblem[],
    }),
  }),
});

builder.objectType(IdempotencyKeyReusedError, {
  name: 'IdempotencyKeyReusedError',
  interfaces: [ErrorInterface],
  description:
    'The idempotency key was used before with a different request: nothing was changed. A retry of the same request ' +
    'with the same key returns the first result instead.',
  fields: (t) => ({
    operation: t.exposeString('operation', { description: 'The operation the key was first used with.' }),
  }),
});
