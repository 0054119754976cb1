import { Response as FetchResponse } from '@whatwg-node/fetch';

/**
 * The Response class Yoga builds its responses with (the one it uses by default), with a string body encoded to UTF-8
 * once. Given a string, the default class measures its UTF-8 length for `content-length` and the Node adapter then
 * encodes it again while writing it to the socket: two passes over a class dashboard's 150 KB of JSON. Given the
 * bytes, it reads the length off the buffer and writes the buffer as it is.
 */
export class Utf8Response extends FetchResponse {
  constructor(body?: BodyInit | null, init?: ResponseInit) {
    super(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, init);
  }
}
