import { InputValidationError } from '@pothos/plugin-validation';
import { AppError, ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../../shared/index.js';
import { SelectionRejectedError } from '../check.js';

/**
 * Typed errors a selection mutation may return, most specific first: the errors plugin picks the
 * first class the thrown error is an instance of, and AppError is the catch-all.
 */
export const selectionErrors = [
  InputValidationError,
  SelectionRejectedError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
  AppError,
];
