/**
 * The demo district's resource library (生成性资源库): the class tutor's first briefing (简报) published in demo school
 * 1's library, a Tianchang teacher's courseware share about 思维导图 published in the district's library, and the same
 * share waiting for its author's consent in demo school 1's library.
 * Idempotent: a resource is keyed by its library and source.
 */
import type { Transaction } from '../../api/db/client.js';
import type {
  LibraryResourceKind,
  LibraryResourceStatus,
  LibraryScope,
  SchoolStage,
} from '../../api/db/generated/prisma/enums.js';
import { segmenter } from '../../api/library/segmenter.js';
import { attribution, plainText, searchTokens, tagNames } from '../../schema/library/rules.js';

interface DemoResource {
  scope: LibraryScope;
  /** Code of the library's organisation. */
  library: string;
  curator: string;
  source: { kind: 'SHARE' | 'CLASS_NOTICE'; id: string };
  author: { id: string; displayName: string };
  school: { path: string; name: string };
  programmeId: string;
  title: string;
  body: string;
  kind: LibraryResourceKind;
  stage: SchoolStage | null;
  subject: string | null;
  status: LibraryResourceStatus;
  consentedAt: Date | null;
}

const SHARE_TITLE = '用思维导图梳理单元知识结构';

/**
 * The demo's excellent share: a courseware link `rp.s1.t01` (a Tianchang teacher of demo school 1, whose programme
 * scores no shares) shared, made here when missing.
 */
async function demoShare(tx: Transaction) {
  const select = {
    id: true,
    enrolment: {
      select: {
        programmeId: true,
        teacher: { select: { id: true, displayName: true } },
        school: { select: { path: true, name: true } },
      },
    },
  } as const;
  const enrolment = await tx.enrolment.findFirst({
    where: { teacher: { login: 'rp.s1.t01' }, programme: { code: 'tianchang-2022' } },
    select: { id: true, teacherId: true, orgPath: true },
  });
  if (!enrolment) return null;
  const present = await tx.share.findFirst({ where: { enrolmentId: enrolment.id, title: SHARE_TITLE }, select });
  if (present) return present;
  return tx.share.create({
    data: {
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacherId,
      kind: 'RESOURCE',
      title: SHARE_TITLE,
      url: 'https://example.cn/demo/mind-map-review',
      orgPath: enrolment.orgPath,
    },
    select,
  });
}

export async function seedLibrary(tx: Transaction): Promise<void> {
  const notice = await tx.classNotice.findFirst({
    where: { kind: 'BRIEFING', class: { code: 'demo-school-1-class-1' } },
    orderBy: { publishedAt: 'asc' },
    select: {
      id: true,
      title: true,
      body: true,
      programmeId: true,
      author: { select: { id: true, displayName: true } },
      class: { select: { parent: { select: { path: true, name: true } } } },
    },
  });
  const share = await demoShare(tx);
  const resources: DemoResource[] = [];
  const school = notice?.class.parent;
  if (notice && school) {
    resources.push({
      scope: 'SCHOOL',
      library: 'demo-school-1',
      curator: 'class.tutor',
      source: { kind: 'CLASS_NOTICE', id: notice.id },
      author: notice.author,
      school,
      programmeId: notice.programmeId,
      title: notice.title,
      body: notice.body,
      kind: 'BRIEFING',
      stage: null,
      subject: null,
      status: 'PUBLISHED',
      consentedAt: new Date('2022-06-02T02:00:00Z'),
    });
  }
  if (share) {
    const common = {
      source: { kind: 'SHARE' as const, id: share.id },
      author: share.enrolment.teacher,
      school: share.enrolment.school,
      programmeId: share.enrolment.programmeId,
      kind: 'COURSEWARE' as const,
      stage: 'PRIMARY' as const,
      subject: '数学',
    };
    resources.push(
      {
        ...common,
        scope: 'DISTRICT',
        library: 'demo-district',
        curator: 'district.admin',
        title: SHARE_TITLE,
        body: '五年级数学单元复习课件：学生分组绘制思维导图，梳理分数的意义、性质与运算之间的联系，课上交流互评。',
        status: 'PUBLISHED',
        consentedAt: new Date('2023-06-05T02:00:00Z'),
      },
      {
        ...common,
        scope: 'SCHOOL',
        library: 'demo-school-1',
        curator: 'school.admin',
        title: SHARE_TITLE,
        body: '',
        status: 'AWAITING_CONSENT',
        consentedAt: null,
      },
    );
  }
  if (resources.length === 0) return;

  const segment = await segmenter();
  for (const resource of resources) {
    const [library, curator] = await Promise.all([
      tx.organisation.findUnique({ where: { code: resource.library }, select: { id: true, path: true } }),
      tx.user.findUnique({ where: { login: resource.curator }, select: { id: true } }),
    ]);
    if (!library || !curator) continue;
    const key = {
      scopeOrganisationId: library.id,
      sourceKind: resource.source.kind,
      sourceId: resource.source.id,
    };
    const present = await tx.libraryResource.findUnique({
      where: { scopeOrganisationId_sourceKind_sourceId: key },
      select: { id: true },
    });
    if (present) continue;
    const tags = tagNames({ competency: null, stage: resource.stage, subject: resource.subject, kind: resource.kind });
    await tx.libraryResource.create({
      data: {
        ...key,
        scope: resource.scope,
        orgPath: library.path,
        sourceOrgPath: resource.school.path,
        programmeId: resource.programmeId,
        authorId: resource.author.id,
        attribution: attribution(resource.author.displayName, resource.school.name),
        curatedById: curator.id,
        title: resource.title,
        body: resource.body,
        kind: resource.kind,
        stage: resource.stage,
        subject: resource.subject,
        status: resource.status,
        consentedAt: resource.consentedAt,
        searchTokens: searchTokens({ title: resource.title, body: plainText(resource.body), tags }, segment),
      },
    });
  }
}
