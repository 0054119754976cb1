/**
 * Server-sent events for the live tests: opens a subscription on the app (POST /graphql, `Accept: text/event-stream`)
 * and reads its `next` events one at a time, with a timeout.
 */
import type { AdHoc, TestApp } from './app.js';
import type { UserRef } from './world.js';

export const CLASS_PROGRESS = /* GraphQL */ `
  subscription ($classId: ID!, $programmeId: ID!) {
    classProgressChanged(classId: $classId, programmeId: $programmeId) { enrolmentId teacherId kind at }
  }`;

export interface EventStream {
  status: number;
  /** The next `next` event's payload ({ data } or { errors }), or null when the stream completed or `ms` passed. */
  next(ms?: number): Promise<AdHoc | null>;
  close(): Promise<void>;
}

export async function openStream(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  as: UserRef | null,
): Promise<EventStream> {
  const headers: Record<string, string> = { accept: 'text/event-stream', 'content-type': 'application/json' };
  if (as) headers.authorization = `Bearer ${await t.tokenFor(as)}`;
  const response = await t.fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  // Reading starts at once: the first pull starts the subscription's listener.
  let pending: Promise<ReadableStreamReadResult<string>> | null = reader.read();
  let done = false;
  return {
    status: response.status,
    async next(ms = 2000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim();
          if (event === 'complete') return null;
          if (event !== 'next') continue; // keep-alive comments
          const data = lines
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          return JSON.parse(data);
        }
        if (done) return null;
        const left = deadline - Date.now();
        if (left <= 0) return null;
        pending ??= reader.read();
        let timer: NodeJS.Timeout | undefined;
        const read = await Promise.race([
          pending,
          new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), left);
          }),
        ]);
        clearTimeout(timer);
        if (read === 'timeout') return null;
        pending = null;
        if (read.done) done = true;
        else buffer += read.value;
      }
    },
    async close() {
      await reader.cancel().catch(() => {});
    },
  };
}

/** Lets a just-opened stream start listening (its first read attaches the subscriber; Redis then SUBSCRIBEs). */
export const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `write` until the stream delivers an event (at most `attempts` times): the stream may still be opening when the
 * first write commits. Each write must be one that publishes.
 */
export async function eventAfter(stream: EventStream, write: () => Promise<unknown>, attempts = 5): Promise<AdHoc> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    await write();
    const event = await stream.next(700);
    if (event) return event;
  }
  throw new Error(`no event after ${attempts} writes`);
}
