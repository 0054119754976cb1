import { InputValidationError } from '@pothos/plugin-validation';
import { AppError, ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

/**
 * Typed errors a programme mutation may return, most specific first: the errors plugin picks the
 * first class the thrown error is an instance of, and AppError is the catch-all.
 */
export const programmeErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
  AppError,
];
