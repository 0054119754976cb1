/**
 * Provincial sync: mirror a district's confirmed credit records into a local file, resumably.
 *
 *   TISHENG_TOKEN=… node --import tsx provincial-sync.ts https://api.example.org/graphql ./mirror.json
 *
 * Run it as often as you like (e.g. every five minutes): each run pulls only what changed since the last one, in commit
 * order, and acknowledges it. A run that dies half-way is simply run again: a page handled but not yet saved comes
 * again and is stored again under the same keys, nothing is lost or counted twice.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createClient, type SyncFeedCreditChangeFieldsFragment, syncCreditRecords, type TokenSource } from '../src/index.js';

type Change = SyncFeedCreditChangeFieldsFragment;
type CreditRecord = Extract<Change['record'], { __typename: 'CreditRecord' }>;
type CertificateRecord = Extract<Change['record'], { __typename: 'CertificateRecord' }>;

/** The local mirror: every confirmed ledger entry (reversals are entries too), certificates and closed schools. */
export interface Mirror {
  cursor: string | null;
  entries: Record<string, CreditRecord>;
  certificates: Record<string, CertificateRecord>;
  closedSchools: string[];
}

async function load(file: string): Promise<Mirror> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Mirror;
  } catch {
    return { cursor: null, entries: {}, certificates: {}, closedSchools: [] };
  }
}

/** Writes the whole mirror atomically (a crash leaves the old file or the new one, never half of one). */
async function save(file: string, mirror: Mirror): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify(mirror, null, 2));
  await rename(`${file}.tmp`, file);
}

/** Applies one change. Keyed by the record's id, so applying a change twice changes nothing. */
function apply(mirror: Mirror, change: Change): void {
  const record = change.record;
  switch (record.__typename) {
    case 'CreditRecord':
      // CREDIT_CONFIRMED and CREDIT_REVERSED alike: a reversal is an entry of its own with negative hours.
      mirror.entries[record.entryId] = record;
      break;
    case 'CertificateRecord':
      // CERTIFICATE_ISSUED, then possibly CERTIFICATE_REVOKED: keep the latest state.
      mirror.certificates[record.certificateId] = record;
      break;
    case 'SchoolClosingRecord':
      if (!mirror.closedSchools.includes(`${record.programmeId}/${record.schoolId}`))
        mirror.closedSchools.push(`${record.programmeId}/${record.schoolId}`);
      break;
  }
}

/** Hours per teacher from the mirror, added as exact decimals (hundredths of an hour). */
export function hoursByTeacher(mirror: Mirror): Record<string, string> {
  const hundredths = new Map<string, number>();
  for (const entry of Object.values(mirror.entries)) {
    const [whole = '0', fraction = '00'] = entry.hours.replace('-', '').split('.');
    const value = (Number(whole) * 100 + Number(fraction.padEnd(2, '0'))) * (entry.hours.startsWith('-') ? -1 : 1);
    hundredths.set(entry.teacherId, (hundredths.get(entry.teacherId) ?? 0) + value);
  }
  return Object.fromEntries([...hundredths].map(([teacher, h]) => [teacher, (h / 100).toFixed(2)]));
}

/** One sync run: pulls every change after the mirror's cursor, stores it, saves and acknowledges the cursor. */
export async function provincialSync(options: { url: string; getToken: TokenSource; file: string }) {
  const client = createClient({ url: options.url, getToken: options.getToken });
  const mirror = await load(options.file);
  const result = await syncCreditRecords({
    client,
    pageSize: 1000,
    loadCursor: async () => mirror.cursor,
    handle: async (changes) => {
      for (const change of changes) apply(mirror, change);
      await save(options.file, mirror);
    },
    saveCursor: async (cursor) => {
      mirror.cursor = cursor;
      await save(options.file, mirror);
    },
  });
  return { ...result, mirror };
}

// Run as a script: the API's URL and the mirror file as arguments, the token in TISHENG_TOKEN (read before each request).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, file = 'mirror.json'] = process.argv.slice(2);
  if (!url) throw new Error('usage: provincial-sync.ts <graphql-url> [mirror.json]  (token in TISHENG_TOKEN)');
  const { pages, changes, mirror } = await provincialSync({ url, file, getToken: () => process.env.TISHENG_TOKEN });
  console.log(`${changes} changes in ${pages} pages; ${Object.keys(mirror.entries).length} entries mirrored`);
  console.log(hoursByTeacher(mirror));
}
