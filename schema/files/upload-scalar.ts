import { GraphQLError } from 'graphql';
import { localize } from '../../api/i18n/localized-errors.js';
import { translate } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';

/** What Yoga hands a resolver for an `Upload` argument: a WHATWG `File` (native, or Yoga's ponyfill in Node). */
export type UploadedFile = File;

function isFile(value: unknown): value is UploadedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as File).name === 'string' &&
    typeof (value as File).size === 'number' &&
    typeof (value as File).stream === 'function' &&
    typeof (value as File).arrayBuffer === 'function'
  );
}

/** A refusal of an `Upload` value, written in the request's language when the response is sent. */
const refusal = (key: string) => localize(new GraphQLError(translate('en', key)), key);

/**
 * `Upload`: a file part of a multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec).
 * Yoga parses the parts and puts a `File` where the `map` says. Input only.
 */
export const Upload = builder.scalarType('Upload', {
  description:
    'A file sent with the operation as a multipart request (the GraphQL multipart request spec: form fields ' +
    '`operations` and `map`, then one part per file). Input only; each argument of this type states its size and type limits.',
  serialize: () => {
    throw refusal('UPLOAD.outputOnly');
  },
  parseValue: (value) => {
    if (isFile(value)) return value;
    throw refusal('UPLOAD.notAFile');
  },
  parseLiteral: () => {
    throw refusal('UPLOAD.inline');
  },
});
