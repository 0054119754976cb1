/**
 * Rows of the generated-resource library (生成性资源库): curating (library:curate over the source), the author's answer
 * (library:consent, the author alone), withdrawing (library:withdraw: the author, or an admin over the library), downloading (library:read, a
 * published resource the viewer finds), the search, the curators' queue and the author's inbox. Each tenant has an
 * ACTIVE share of its teacher, a PUBLISHED and a DECLINED resource of the teacher's work in its school's library
 * (curated by the school admin). Allowed mutations change nothing: an over-long title, consenting again, withdrawing
 * a declined resource (INVALID_STATE); a download counts its viewer once, whatever the order of the rows.
 */
import { gid } from '../../kit/ids.js';
import { ask, lists, matrix, mutate, type Outcome, type Row, type Tenant, TOO_LONG } from './kit.js';

interface Objects {
  shareGid: string;
  publishedGid: string;
  declinedGid: string;
}

const objects = (x: Tenant) => x.extra.library as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const share = await prisma.share.create({
    data: {
      enrolmentId: target.enrolment.id,
      teacherId: target.enrolment.teacher.id,
      kind: 'RESOURCE',
      title: '思维导图课件',
      url: 'https://example.cn/mind-map',
      orgPath: target.enrolment.orgPath,
    },
    select: { id: true },
  });
  const resource = (status: 'PUBLISHED' | 'DECLINED', sourceId: string) =>
    prisma.libraryResource.create({
      data: {
        scope: 'SCHOOL',
        scopeOrganisationId: target.s.school.id,
        orgPath: target.s.school.path,
        sourceOrgPath: target.s.school.path,
        sourceKind: 'SHARE',
        sourceId,
        programmeId: target.p.id,
        authorId: target.enrolment.teacher.id,
        attribution: `${target.enrolment.teacher.displayName}（${target.s.school.name}）`,
        curatedById: target.s.admin.id,
        title: '思维导图课件',
        body: 'https://example.cn/mind-map',
        kind: 'COURSEWARE',
        status,
        consentedAt: status === 'PUBLISHED' ? new Date() : null,
        searchTokens: '思维 导图 课件',
      },
      select: { id: true },
    });
  const published = await resource('PUBLISHED', share.id);
  // A second library entry of the same share, in the district's library (then declined by the author).
  const declined = await prisma.libraryResource.create({
    data: {
      scope: 'DISTRICT',
      scopeOrganisationId: target.d.district.id,
      orgPath: target.d.district.path,
      sourceOrgPath: target.s.school.path,
      sourceKind: 'SHARE',
      sourceId: share.id,
      programmeId: target.p.id,
      authorId: target.enrolment.teacher.id,
      attribution: `${target.enrolment.teacher.displayName}（${target.s.school.name}）`,
      curatedById: target.d.admin.id,
      title: '思维导图课件',
      body: '',
      kind: 'COURSEWARE',
      status: 'DECLINED',
      searchTokens: '思维 导图 课件',
    },
    select: { id: true },
  });
  target.extra.library = {
    shareGid: gid('Share', share.id),
    publishedGid: gid('LibraryResource', published.id),
    declinedGid: gid('LibraryResource', declined.id),
  } satisfies Objects;
}

/** Everyone with a role in the tenant's district reads its school's published resources. */
const READERS: Partial<Record<string, Outcome>> = {
  teacher: 'allowed',
  tutor: 'allowed',
  leader: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
  provinceAdmin: 'allowed',
};

export const rows: Record<string, Row> = {
  'Mutation.curateLibraryResource': {
    run: (x, as) =>
      mutate(
        'curateLibraryResource',
        'CurateLibraryResourceInput',
        { source: { kind: 'SHARE', id: objects(x).shareGid }, scope: 'SCHOOL', kind: 'COURSEWARE', title: TOO_LONG },
        as,
      ),
    // The share is seen where its enrolment is; the teacher and the expert see it but may not curate.
    own: {
      tutor: 'allowed',
      schoolAdmin: 'allowed',
      districtAdmin: 'allowed',
      provinceAdmin: 'allowed',
      teacher: 'forbidden',
      expert: 'forbidden',
    },
  },
  'Mutation.respondLibraryConsent': {
    run: (x, as) =>
      mutate(
        'respondLibraryConsent',
        'RespondLibraryConsentInput',
        { resourceId: objects(x).publishedGid, consent: true },
        as,
      ),
    // Only the author answers; readers and curators see the published resource.
    own: {
      ...READERS,
      teacher: 'allowed',
      tutor: 'forbidden',
      leader: 'forbidden',
      schoolAdmin: 'forbidden',
      districtAdmin: 'forbidden',
      expert: 'forbidden',
      provinceAdmin: 'forbidden',
    },
  },
  'Mutation.withdrawLibraryResource': {
    run: (x, as) =>
      mutate('withdrawLibraryResource', 'WithdrawLibraryResourceInput', { resourceId: objects(x).declinedGid }, as),
    // A declined resource of the district's library: its author and the curators over the district see it.
    // The author (the tenant's teacher) and the admins over the district's library; the resource is DECLINED, so an
    // allowed call ends in INVALID_STATE and changes nothing.
    own: { teacher: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Mutation.downloadLibraryResource': {
    run: (x, as) =>
      mutate('downloadLibraryResource', 'DownloadLibraryResourceInput', { resourceId: objects(x).publishedGid }, as),
    own: READERS,
  },
  'Query.searchLibrary': {
    run: async (x, as) =>
      lists(
        (await ask('{ searchLibrary(query: "思维导图", first: 100) { nodes { id } } }', {}, as))?.nodes,
        objects(x).publishedGid,
      ),
    own: READERS,
  },
  'Query.libraryCuration': {
    run: async (x, as) =>
      lists((await ask('{ libraryCuration(first: 100) { nodes { id } } }', {}, as))?.nodes, objects(x).publishedGid),
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Query.myLibraryResources': {
    run: async (x, as) =>
      lists((await ask('{ myLibraryResources(first: 100) { nodes { id } } }', {}, as))?.nodes, objects(x).publishedGid),
    own: { teacher: 'allowed' },
  },
};
