/**
 * Reading a OneRoster 1.2 CSV bundle (a zip of manifest.csv, orgs.csv, users.csv, classes.csv, enrollments.csv) into
 * typed rows, each with the problems found in its own cells. Pure: bytes in, rows out; nothing here knows the data
 * model. A bundle that cannot be used as a whole (not a zip, too large once inflated, a required file or column
 * missing) throws a OneRosterFileProblem with a variant the caller words for people.
 *
 * Limits against zip bombs: the entries are inflated as a stream and counted as they come, so a bundle that claims
 * small sizes in its headers yet inflates to more is stopped at the limit, not after.
 */
import { parse } from 'csv-parse/sync';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { startsLikeFormula } from '../spreadsheet/safe-cell.js';

/** Largest bundle accepted, in bytes (compressed, as uploaded): 10 MB. */
export const MAX_ONEROSTER_ZIP_BYTES = 10 * 1024 * 1024;
/** Most entries (files and folders) a bundle may hold. */
export const MAX_ONEROSTER_ENTRIES = 32;
/** Most bytes one CSV file may inflate to: 20 MB. */
export const MAX_ONEROSTER_FILE_BYTES = 20 * 1024 * 1024;
/** Most bytes the files read may inflate to together: 40 MB. */
export const MAX_ONEROSTER_TOTAL_BYTES = 40 * 1024 * 1024;
/** Most data rows of one CSV file (the header not counted). */
export const MAX_ONEROSTER_ROWS = 10_000;
/** Longest cell kept, in characters (longer: INVALID_VALUE). */
export const MAX_ONEROSTER_CELL = 255;

export type OneRosterFileKind = 'ORGS' | 'USERS' | 'CLASSES' | 'ENROLLMENTS';

export const ONEROSTER_FILE_NAMES: Readonly<Record<OneRosterFileKind, string>> = {
  ORGS: 'orgs.csv',
  USERS: 'users.csv',
  CLASSES: 'classes.csv',
  ENROLLMENTS: 'enrollments.csv',
};

/** Why a bundle cannot be used as a whole. */
export type OneRosterFileVariant =
  | 'notZip'
  | 'tooLarge'
  | 'tooManyEntries'
  | 'entryTooLarge'
  | 'inflatedTooLarge'
  | 'unsupportedCompression'
  | 'noManifest'
  | 'manifestVersion'
  | 'manifestValue'
  | 'missingFile'
  | 'missingColumns'
  | 'notUtf8'
  | 'csvUnreadable'
  | 'tooManyRows'
  | 'nothingToImport';

export class OneRosterFileProblem extends Error {
  constructor(
    readonly variant: OneRosterFileVariant,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`OneRoster bundle: ${variant} ${JSON.stringify(params)}`);
    this.name = 'OneRosterFileProblem';
  }
}

/** Problems found in a row's own cells (references to other rows and the database are checked by the plan). */
export type OneRosterCellCode =
  | 'MISSING_VALUE'
  | 'INVALID_VALUE'
  | 'FORMULA_LIKE_VALUE'
  | 'DUPLICATE_SOURCED_ID'
  | 'UNKNOWN_ROLE';

export interface OneRosterProblem<Code extends string = OneRosterCellCode> {
  /** The CSV column, as headed in the spec (`username`, `role` …); null when the row as a whole is at fault. */
  column: string | null;
  code: Code;
  /** What the message names (the value, the limit, the first line…). */
  params: Record<string, string | number>;
}

export type OneRosterStatus = 'active' | 'tobedeleted';

interface RowBase {
  /** Line of the CSV file the row ends on (1-based; the header is line 1). */
  line: number;
  sourcedId: string;
  status: OneRosterStatus;
  problems: OneRosterProblem[];
}

export interface OneRosterOrg extends RowBase {
  name: string;
  /** As given, e.g. school, district, department. */
  type: string;
  identifier: string;
  parentSourcedId: string;
}

/** OneRoster 1.2 role vocabulary (users.csv `role`/`roles`, roles.csv `role`). */
export const ONEROSTER_USER_ROLES = [
  'administrator',
  'aide',
  'guardian',
  'parent',
  'proctor',
  'relative',
  'student',
  'teacher',
  'districtAdministrator',
  'principal',
  'siteAdministrator',
  'systemAdministrator',
] as const;

/** enrollments.csv `role` vocabulary. */
export const ONEROSTER_ENROLLMENT_ROLES = ['administrator', 'proctor', 'student', 'teacher'] as const;

export interface OneRosterUser extends RowBase {
  enabledUser: boolean;
  username: string;
  givenName: string;
  familyName: string;
  middleName: string;
  identifier: string;
  email: string;
  phone: string;
  sms: string;
  /** The user's organisations: `primaryOrgSourcedId` first (1.2), then `orgSourcedIds` (1.1 style, comma-separated). */
  orgSourcedIds: string[];
  /** Roles from the `role`/`roles` column (comma-separated), each one of ONEROSTER_USER_ROLES. */
  roles: string[];
}

export interface OneRosterClass extends RowBase {
  title: string;
  classCode: string;
  classType: string;
  schoolSourcedId: string;
  courseSourcedId: string;
}

export interface OneRosterEnrollment extends RowBase {
  classSourcedId: string;
  schoolSourcedId: string;
  userSourcedId: string;
  role: string;
  primary: boolean;
  beginDate: string;
  endDate: string;
}

/** manifest.csv `file.*` values. */
export type ManifestMode = 'bulk' | 'delta' | 'absent';

export interface OneRosterBundle {
  /** `oneroster.version` of the manifest. */
  version: string;
  modes: Record<OneRosterFileKind, ManifestMode>;
  orgs: OneRosterOrg[];
  users: OneRosterUser[];
  classes: OneRosterClass[];
  enrollments: OneRosterEnrollment[];
}

/** Zip entries by name, inflated within the limits; only the names `wanted` says to keep are kept. */
export function unzipBundle(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  if (bytes.length > MAX_ONEROSTER_ZIP_BYTES)
    throw new OneRosterFileProblem('tooLarge', { maxBytes: MAX_ONEROSTER_ZIP_BYTES, size: bytes.length });
  // A zip starts with a local file header ("PK\3\4"), or is the empty archive's end record ("PK\5\6").
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || (bytes[2] !== 3 && bytes[2] !== 5))
    throw new OneRosterFileProblem('notZip');
  const files = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  // fflate catches what a data handler throws and hands it back as an error: the first problem is kept here.
  let stopped: OneRosterFileProblem | null = null;
  const stop = (problem: OneRosterFileProblem): never => {
    stopped ??= problem;
    throw stopped;
  };
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    entries += 1;
    if (entries > MAX_ONEROSTER_ENTRIES)
      throw new OneRosterFileProblem('tooManyEntries', { max: MAX_ONEROSTER_ENTRIES });
    if (!wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8)
      throw new OneRosterFileProblem('unsupportedCompression', { file: file.name });
    if ((file.originalSize ?? 0) > MAX_ONEROSTER_FILE_BYTES)
      throw new OneRosterFileProblem('entryTooLarge', { file: file.name, maxBytes: MAX_ONEROSTER_FILE_BYTES });
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) stop(error instanceof OneRosterFileProblem ? error : new OneRosterFileProblem('notZip'));
      if (stopped) return;
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_ONEROSTER_FILE_BYTES)
        stop(new OneRosterFileProblem('entryTooLarge', { file: file.name, maxBytes: MAX_ONEROSTER_FILE_BYTES }));
      if (total > MAX_ONEROSTER_TOTAL_BYTES)
        stop(new OneRosterFileProblem('inflatedTooLarge', { maxBytes: MAX_ONEROSTER_TOTAL_BYTES }));
      chunks.push(chunk);
      if (final) {
        const whole = new Uint8Array(size);
        let at = 0;
        for (const part of chunks) {
          whole.set(part, at);
          at += part.length;
        }
        files.set(file.name, whole);
      }
    };
    file.start();
  };
  try {
    // Push in slices so inflated chunks arrive (and are counted) as the input is read.
    const SLICE = 64 * 1024;
    for (let at = 0; at < bytes.length && !stopped; at += SLICE)
      unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (error) {
    if (stopped) throw stopped;
    if (error instanceof OneRosterFileProblem) throw error;
    throw new OneRosterFileProblem('notZip');
  }
  if (stopped) throw stopped;
  return files;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One CSV file's header (as given, trimmed) and data rows with the line each ends on. */
export function readCsv(
  file: string,
  bytes: Uint8Array,
): { header: string[]; rows: Array<{ line: number; cells: string[] }> } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new OneRosterFileProblem('notUtf8', { file });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      to: MAX_ONEROSTER_ROWS + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw new OneRosterFileProblem('csvUnreadable', {
      file,
      reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
    });
  }
  const [first, ...rest] = records;
  if (!first) return { header: [], rows: [] };
  if (rest.length > MAX_ONEROSTER_ROWS)
    throw new OneRosterFileProblem('tooManyRows', { file, max: MAX_ONEROSTER_ROWS });
  return {
    header: first.record.map((cell) => cell.trim()),
    rows: rest
      .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
      .map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}

/** The columns a file must have (others are optional; unknown columns are ignored, as the CSV binding allows). */
export const REQUIRED_COLUMNS: Readonly<Record<OneRosterFileKind, readonly string[]>> = {
  ORGS: ['sourcedId', 'name', 'type'],
  USERS: ['sourcedId', 'username', 'givenName', 'familyName'],
  CLASSES: ['sourcedId', 'title', 'schoolSourcedId'],
  ENROLLMENTS: ['sourcedId', 'classSourcedId', 'userSourcedId', 'role'],
};

type Cells = (column: string) => string;

/** Reads a file's rows through `build`, after checking its header holds the required columns. */
function readRows<T extends RowBase>(
  kind: OneRosterFileKind,
  bytes: Uint8Array,
  build: (cell: Cells, base: RowBase) => T,
  alsoRequired: (header: readonly string[]) => string[] = () => [],
): T[] {
  const file = ONEROSTER_FILE_NAMES[kind];
  const { header, rows } = readCsv(file, bytes);
  const missing = [...REQUIRED_COLUMNS[kind].filter((column) => !header.includes(column)), ...alsoRequired(header)];
  if (missing.length)
    throw new OneRosterFileProblem('missingColumns', { file, columns: missing.join(', '), count: missing.length });
  const index = new Map<string, number>();
  header.forEach((column, i) => {
    if (!index.has(column)) index.set(column, i);
  });
  const seen = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const problems: OneRosterProblem[] = [];
    const cell: Cells = (column) => {
      const i = index.get(column);
      const raw = i === undefined ? '' : (cells[i] ?? '');
      if (raw.trim() === '') return '';
      if (startsLikeFormula(raw)) {
        problems.push({ column, code: 'FORMULA_LIKE_VALUE', params: { column } });
        return '';
      }
      if (raw.length > MAX_ONEROSTER_CELL) {
        problems.push({ column, code: 'INVALID_VALUE', params: { column, value: raw.slice(0, 60) } });
        return '';
      }
      return raw.trim();
    };
    const sourcedId = cell('sourcedId');
    if (!sourcedId && !problems.length)
      problems.push({ column: 'sourcedId', code: 'MISSING_VALUE', params: { column: 'sourcedId' } });
    const statusText = cell('status');
    let status: OneRosterStatus = 'active';
    if (statusText === 'tobedeleted' || statusText === 'toBeDeleted') status = 'tobedeleted';
    else if (statusText !== '' && statusText !== 'active')
      problems.push({
        column: 'status',
        code: 'INVALID_VALUE',
        params: { column: 'status', value: statusText.slice(0, 60) },
      });
    if (sourcedId) {
      const first = seen.get(sourcedId);
      if (first !== undefined)
        problems.push({ column: 'sourcedId', code: 'DUPLICATE_SOURCED_ID', params: { sourcedId, line: first } });
      else seen.set(sourcedId, line);
    }
    return build(cell, { line, sourcedId, status, problems });
  });
}

/** Requires a non-blank cell of an active row (a tobedeleted row needs only its sourcedId). */
function required(row: RowBase, cell: Cells, column: string): string {
  const value = cell(column);
  if (!value && row.status === 'active' && !row.problems.some((problem) => problem.column === column))
    row.problems.push({ column, code: 'MISSING_VALUE', params: { column } });
  return value;
}

const list = (cell: string) =>
  cell
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

const bool = (cell: string, fallback: boolean) => (cell === '' ? fallback : cell.toLowerCase() === 'true');

export function readOrgs(bytes: Uint8Array): OneRosterOrg[] {
  return readRows('ORGS', bytes, (cell, base) => ({
    ...base,
    name: required(base, cell, 'name'),
    type: required(base, cell, 'type'),
    identifier: cell('identifier'),
    parentSourcedId: cell('parentSourcedId'),
  }));
}

export function readUsers(bytes: Uint8Array): OneRosterUser[] {
  return readRows(
    'USERS',
    bytes,
    (cell, base) => {
      const primary = cell('primaryOrgSourcedId');
      const orgs = [...new Set([...(primary ? [primary] : []), ...list(cell('orgSourcedIds'))])];
      const roleCell = cell('role') || cell('roles');
      const roles = list(roleCell);
      const row: OneRosterUser = {
        ...base,
        enabledUser: bool(cell('enabledUser'), true),
        username: required(base, cell, 'username'),
        givenName: required(base, cell, 'givenName'),
        familyName: required(base, cell, 'familyName'),
        middleName: cell('middleName'),
        identifier: cell('identifier'),
        email: cell('email'),
        phone: cell('phone'),
        sms: cell('sms'),
        orgSourcedIds: orgs,
        roles,
      };
      if (base.status === 'active') {
        if (!orgs.length && !base.problems.length)
          base.problems.push({ column: 'orgSourcedIds', code: 'MISSING_VALUE', params: { column: 'orgSourcedIds' } });
        if (!roles.length && !base.problems.some((p) => p.column === 'role'))
          base.problems.push({ column: 'role', code: 'MISSING_VALUE', params: { column: 'role' } });
        const unknown = roles.find((role) => !(ONEROSTER_USER_ROLES as readonly string[]).includes(role));
        if (unknown)
          base.problems.push({ column: 'role', code: 'UNKNOWN_ROLE', params: { role: unknown.slice(0, 60) } });
      }
      return row;
    },
    (header) => [
      ...(header.includes('orgSourcedIds') || header.includes('primaryOrgSourcedId') ? [] : ['orgSourcedIds']),
      ...(header.includes('role') || header.includes('roles') ? [] : ['role']),
    ],
  );
}

export function readClasses(bytes: Uint8Array): OneRosterClass[] {
  return readRows('CLASSES', bytes, (cell, base) => ({
    ...base,
    title: required(base, cell, 'title'),
    classCode: cell('classCode'),
    classType: cell('classType'),
    schoolSourcedId: required(base, cell, 'schoolSourcedId'),
    courseSourcedId: cell('courseSourcedId'),
  }));
}

export function readEnrollments(bytes: Uint8Array): OneRosterEnrollment[] {
  return readRows('ENROLLMENTS', bytes, (cell, base) => {
    const role = required(base, cell, 'role');
    if (role && !(ONEROSTER_ENROLLMENT_ROLES as readonly string[]).includes(role))
      base.problems.push({ column: 'role', code: 'UNKNOWN_ROLE', params: { role: role.slice(0, 60) } });
    return {
      ...base,
      classSourcedId: required(base, cell, 'classSourcedId'),
      schoolSourcedId: cell('schoolSourcedId'),
      userSourcedId: required(base, cell, 'userSourcedId'),
      role,
      primary: bool(cell('primary'), false),
      beginDate: cell('beginDate'),
      endDate: cell('endDate'),
    };
  });
}

const MANIFEST_KEYS: Readonly<Record<OneRosterFileKind, string>> = {
  ORGS: 'file.orgs',
  USERS: 'file.users',
  CLASSES: 'file.classes',
  ENROLLMENTS: 'file.enrollments',
};

/** Reads a whole bundle: the manifest says which files are present (bulk or delta); those are read. */
export function readOneRosterBundle(bytes: Uint8Array): OneRosterBundle {
  const names = new Set(['manifest.csv', ...Object.values(ONEROSTER_FILE_NAMES)]);
  const files = unzipBundle(bytes, (name) => names.has(name));
  const manifestBytes = files.get('manifest.csv');
  if (!manifestBytes) throw new OneRosterFileProblem('noManifest');
  const { header, rows } = readCsv('manifest.csv', manifestBytes);
  if (header[0] !== 'propertyName' || header[1] !== 'value')
    throw new OneRosterFileProblem('missingColumns', {
      file: 'manifest.csv',
      columns: 'propertyName, value',
      count: 2,
    });
  const properties = new Map(rows.map(({ cells }) => [(cells[0] ?? '').trim(), (cells[1] ?? '').trim()]));
  const version = properties.get('oneroster.version') ?? '';
  if (version !== '1.2' && version !== '1.1')
    throw new OneRosterFileProblem('manifestVersion', { version: version.slice(0, 20) });
  const modes = {} as Record<OneRosterFileKind, ManifestMode>;
  for (const [kind, key] of Object.entries(MANIFEST_KEYS) as Array<[OneRosterFileKind, string]>) {
    const value = properties.get(key) ?? 'absent';
    if (value !== 'bulk' && value !== 'delta' && value !== 'absent')
      throw new OneRosterFileProblem('manifestValue', { property: key, value: value.slice(0, 20) });
    modes[kind] = value;
    if (value !== 'absent' && !files.has(ONEROSTER_FILE_NAMES[kind]))
      throw new OneRosterFileProblem('missingFile', { file: ONEROSTER_FILE_NAMES[kind] });
  }
  const read = <T>(kind: OneRosterFileKind, reader: (bytes: Uint8Array) => T[]): T[] => {
    const file = files.get(ONEROSTER_FILE_NAMES[kind]);
    return modes[kind] === 'absent' || !file ? [] : reader(file);
  };
  const bundle: OneRosterBundle = {
    version,
    modes,
    orgs: read('ORGS', readOrgs),
    users: read('USERS', readUsers),
    classes: read('CLASSES', readClasses),
    enrollments: read('ENROLLMENTS', readEnrollments),
  };
  if (!bundle.orgs.length && !bundle.users.length && !bundle.classes.length && !bundle.enrollments.length)
    throw new OneRosterFileProblem('nothingToImport');
  return bundle;
}
