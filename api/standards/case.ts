/**
 * CASE 1.1 (1EdTech Competencies and Academic Standards Exchange, REST/JSON binding), base /ims/case/v1p1:
 *
 *   GET /CFDocuments                 the published (and retired) catalogues as CFDocuments (limit, offset; X-Total-Count)
 *   GET /CFDocuments/{sourcedId}     one CFDocument
 *   GET /CFPackages/{sourcedId}      the catalogue as a CFPackage: CFDocument, CFItems (its dimensions, CFItemType
 *                                    "Dimension", and competencies, "Competency"), CFAssociations (isChildOf: a
 *                                    dimension of the document, a competency of its dimension) and CFRubrics (the
 *                                    rubrics of the catalogue's assessment specifications, schema/rubrics/case.ts)
 *   GET /CFItems/{sourcedId}         one CFItem (a dimension or a competency of a public catalogue)
 *
 * Public like GraphQL's catalogues (published and retired ones); a draft is a 404 (unknownobject), as is an unknown
 * id. Identifiers are the catalogue's, dimensions' and competencies' UUIDs; association identifiers are name-based
 * UUIDs derived from the document and the child (stable between calls). URIs are built from the API's base URL.
 */

import { rubricToCase } from '../../schema/rubrics/case.js';
import { uuidV5 } from '../../schema/rubrics/index.js';
import type { Database } from '../db/client.js';
import { failure, json, type ResponseClass } from './http.js';
import { parsePage, QueryError } from './oneroster-filter.js';

export const CASE_BASE = '/ims/case/v1p1';

const PUBLIC = { status: { in: ['PUBLISHED' as const, 'RETIRED' as const] } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The publisher of the national catalogues (no owner organisation). */
const NATIONAL_PUBLISHER = '中华人民共和国教育部';

const caseDateTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

interface CatalogueRow {
  id: string;
  code: string;
  version: string;
  status: string;
  nameZh: string;
  nameEn: string;
  publishedAt: Date | null;
  createdAt: Date;
  ownerOrganisation: { name: string } | null;
}

const CATALOGUE_SELECT = {
  id: true,
  code: true,
  version: true,
  status: true,
  nameZh: true,
  nameEn: true,
  publishedAt: true,
  createdAt: true,
  ownerOrganisation: { select: { name: true } },
} as const;

function urls(base: string) {
  return {
    document: (id: string) => `${base}${CASE_BASE}/CFDocuments/${id}`,
    package: (id: string) => `${base}${CASE_BASE}/CFPackages/${id}`,
    item: (id: string) => `${base}${CASE_BASE}/CFItems/${id}`,
    association: (id: string) => `${base}${CASE_BASE}/CFAssociations/${id}`,
  };
}

function documentJson(c: CatalogueRow, base: string) {
  const u = urls(base);
  return {
    identifier: c.id,
    uri: u.document(c.id),
    creator: c.ownerOrganisation?.name ?? NATIONAL_PUBLISHER,
    title: c.nameZh,
    lastChangeDateTime: caseDateTime(c.publishedAt ?? c.createdAt),
    description: c.nameEn,
    caseVersion: '1.1',
    version: c.version,
    language: 'zh',
    adoptionStatus: c.status === 'RETIRED' ? 'Deprecated' : 'Adopted',
    publisher: c.ownerOrganisation?.name ?? NATIONAL_PUBLISHER,
    ...(c.publishedAt ? { statusStartDate: c.publishedAt.toISOString().slice(0, 10) } : {}),
    CFPackageURI: { title: c.nameZh, identifier: c.id, uri: u.package(c.id) },
    extensions: { tisheng: { code: c.code } },
  };
}

const linkOf = (c: CatalogueRow, base: string) => ({
  title: c.nameZh,
  identifier: c.id,
  uri: urls(base).document(c.id),
});

interface ItemSource {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  position: number;
  type: 'Dimension' | 'Competency';
  credits?: number | null;
  environment?: { code: string; nameZh: string } | null;
}

function itemJson(item: ItemSource, c: CatalogueRow, base: string) {
  return {
    identifier: item.id,
    uri: urls(base).item(item.id),
    fullStatement: item.nameZh,
    humanCodingScheme: item.code,
    listEnumeration: String(item.position),
    notes: item.nameEn,
    CFItemType: item.type,
    language: 'zh',
    lastChangeDateTime: caseDateTime(c.publishedAt ?? c.createdAt),
    CFDocumentURI: linkOf(c, base),
    ...(item.type === 'Competency'
      ? {
          extensions: {
            tisheng: {
              credits: item.credits ?? null,
              environment: item.environment ? { code: item.environment.code, nameZh: item.environment.nameZh } : null,
            },
          },
        }
      : {}),
  };
}

function association(
  c: CatalogueRow,
  base: string,
  child: { id: string; title: string },
  parent: { uri: string; title: string; identifier: string },
  sequence: number,
) {
  const identifier = uuidV5(c.id, `isChildOf:${child.id}`);
  return {
    identifier,
    associationType: 'isChildOf',
    sequenceNumber: sequence,
    uri: urls(base).association(identifier),
    originNodeURI: { title: child.title, identifier: child.id, uri: urls(base).item(child.id) },
    destinationNodeURI: parent,
    CFDocumentURI: linkOf(c, base),
    lastChangeDateTime: caseDateTime(c.publishedAt ?? c.createdAt),
  };
}

async function cfPackage(db: Database, id: string, base: string) {
  const c = await db.prisma.catalogue.findFirst({
    where: { id, ...PUBLIC },
    select: {
      ...CATALOGUE_SELECT,
      dimensions: {
        orderBy: { position: 'asc' },
        select: { id: true, code: true, nameZh: true, nameEn: true, position: true },
      },
      competencies: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          code: true,
          nameZh: true,
          nameEn: true,
          position: true,
          credits: true,
          dimensionId: true,
          environment: { select: { code: true, nameZh: true } },
        },
      },
    },
  });
  if (!c) return null;
  const specs = await db.prisma.assessmentSpec.findMany({
    where: { programmeId: null, competency: { catalogueId: c.id } },
    select: {
      rubric: {
        select: { id: true, key: true, titleZh: true, titleEn: true, latestVersion: true, versions: true },
      },
    },
  });
  const rubrics = new Map<string, ReturnType<typeof rubricToCase>>();
  for (const { rubric } of specs) {
    if (rubrics.has(rubric.id)) continue;
    const latest = rubric.versions.find((v) => v.version === rubric.latestVersion);
    if (latest) rubrics.set(rubric.id, rubricToCase(rubric, latest));
  }
  const document = documentJson(c, base);
  const dimensions = new Map(c.dimensions.map((d) => [d.id, d]));
  const documentNode = { title: c.nameZh, identifier: c.id, uri: document.uri };
  return {
    CFDocument: document,
    CFItems: [
      ...c.dimensions.map((d) => itemJson({ ...d, type: 'Dimension' }, c, base)),
      ...c.competencies.map((k) => itemJson({ ...k, type: 'Competency' }, c, base)),
    ],
    CFAssociations: [
      ...c.dimensions.map((d) => association(c, base, { id: d.id, title: d.nameZh }, documentNode, d.position)),
      ...c.competencies.flatMap((k) => {
        const d = dimensions.get(k.dimensionId);
        return d
          ? [
              association(
                c,
                base,
                { id: k.id, title: k.nameZh },
                { title: d.nameZh, identifier: d.id, uri: urls(base).item(d.id) },
                k.position,
              ),
            ]
          : [];
      }),
    ],
    CFRubrics: [...rubrics.values()],
  };
}

async function cfItem(db: Database, id: string, base: string) {
  const [competency, dimension] = await Promise.all([
    db.prisma.competency.findFirst({
      where: { id, catalogue: PUBLIC },
      select: {
        id: true,
        code: true,
        nameZh: true,
        nameEn: true,
        position: true,
        credits: true,
        environment: { select: { code: true, nameZh: true } },
        catalogue: { select: CATALOGUE_SELECT },
      },
    }),
    db.prisma.dimension.findFirst({
      where: { id, catalogue: PUBLIC },
      select: {
        id: true,
        code: true,
        nameZh: true,
        nameEn: true,
        position: true,
        catalogue: { select: CATALOGUE_SELECT },
      },
    }),
  ]);
  if (competency) return itemJson({ ...competency, type: 'Competency' }, competency.catalogue, base);
  if (dimension) return itemJson({ ...dimension, type: 'Dimension' }, dimension.catalogue, base);
  return null;
}

const PATH = new RegExp(`^${CASE_BASE}/(CFDocuments|CFPackages|CFItems)(?:/([^/]{1,100}))?$`);

/** Answers a CASE route, or null when the path is not one. */
export async function handleCase(
  request: Request,
  url: URL,
  { db, baseUrl }: { db: Database; baseUrl: string },
  R: ResponseClass,
): Promise<Response | null> {
  const match = PATH.exec(url.pathname);
  if (!match) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return failure(R, 'case', 'method', 'Only GET is supported.');
  }
  const [, collection, id] = match;
  const missing = () => failure(R, 'case', 'missing', `No ${collection} ${id ?? ''}.`.trim());
  if (id === undefined) {
    if (collection !== 'CFDocuments') return missing();
    let page: ReturnType<typeof parsePage>;
    try {
      page = parsePage(url.searchParams.get('limit'), url.searchParams.get('offset'));
    } catch (error) {
      if (error instanceof QueryError) return failure(R, 'case', 'badQuery', error.message);
      throw error;
    }
    const [total, rows] = await Promise.all([
      db.prisma.catalogue.count({ where: PUBLIC }),
      db.prisma.catalogue.findMany({
        where: PUBLIC,
        orderBy: [{ code: 'asc' }, { version: 'desc' }, { id: 'asc' }],
        skip: page.offset,
        take: page.limit,
        select: CATALOGUE_SELECT,
      }),
    ]);
    return json(R, { CFDocuments: rows.map((c) => documentJson(c, baseUrl)) }, 200, {
      'x-total-count': String(total),
      'cache-control': 'public, max-age=60',
    });
  }
  if (!UUID.test(id)) return missing();
  const cache = { 'cache-control': 'public, max-age=60' };
  if (collection === 'CFDocuments') {
    const c = await db.prisma.catalogue.findFirst({ where: { id, ...PUBLIC }, select: CATALOGUE_SELECT });
    return c ? json(R, documentJson(c, baseUrl), 200, cache) : missing();
  }
  if (collection === 'CFPackages') {
    const pkg = await cfPackage(db, id, baseUrl);
    return pkg ? json(R, pkg, 200, cache) : missing();
  }
  const item = await cfItem(db, id, baseUrl);
  return item ? json(R, item, 200, cache) : missing();
}
