/**
 * The bench's evidence data (issue 12) for the running programme, from a PRNG of its own:
 *   - evidence for the first two selected competencies of every enrolled teacher: about 10% DRAFT, 25% SUBMITTED,
 *     20% GROUP_REVIEWED (members of the first school's group only; the others SUBMITTED), 10% RETURNED and 35%
 *     ASSESSED (70% PASS, 20% EXCELLENT, 10% FAIL; a fifth of them on version 2 after a return);
 *   - each version one artefact per slot of the competency's assessment spec (a stored file row each, no bytes);
 *   - the group leader's review of the group's reviewed pieces, the school admin's rubric assessment (the spec's rubric
 *     at its seeded version, the level of each criterion drawn) of the assessed ones, and a SUBMIT entry in the history;
 *   - the first school: a plan for 60% of its teachers and a summary per selected point for half of those, and peer
 *     reviews (3 per piece, circulant over the school's submitted pieces of each competency, half completed).
 */
import { createHash } from 'node:crypto';
import { at, prng, Table, ts } from './rows.js';

export interface EvidenceSpecInput {
  slots: Array<{ key: string; kind: string }>;
  rubricVersionId: string;
  criteria: Array<{ key: string; levels: Array<{ key: string; points: number }> }>;
  passPoints: number;
  excellentPoints: number;
}

export interface EvidenceInput {
  programmeId: string;
  schools: Array<{
    org: { id: string; path: string };
    adminId: string;
    teachers: Array<{ id: string; enrolmentId: string; selected: string[] }>;
  }>;
  /** The first school's teaching-research group. */
  group: { path: string; leaderId: string; memberIds: string[] };
  /** The effective spec of each competency (by id). */
  specs: Map<string, EvidenceSpecInput>;
}

const CONTENT_TYPES: Record<string, [string, string]> = {
  REFLECTION_VIDEO: ['video/mp4', 'mp4'],
  LESSON_VIDEO: ['video/mp4', 'mp4'],
};
const DOCUMENT: [string, string] = ['application/pdf', 'pdf'];
const COMMENTS = ['请补充学生作品的点评。', '反思视频需出现教师本人形象，请重新录制。'];

function outcomeOf(points: number, spec: EvidenceSpecInput): string {
  if (points >= spec.excellentPoints) return 'EXCELLENT';
  return points >= spec.passPoints ? 'PASS' : 'FAIL';
}

export function generateEvidence(input: EvidenceInput): Table[] {
  const random = prng(20_261_205);
  const evidence = new Table('Evidence', [
    ['id', 'text'],
    ['enrolmentId', 'text'],
    ['competencyId', 'text'],
    ['programmeId', 'text'],
    ['teacherId', 'text'],
    ['status', '"EvidenceStatus"'],
    ['version', 'int'],
    ['outcome', '"EvidenceOutcome"'],
    ['points', 'float8'],
    ['groupRecommended', 'boolean'],
    ['firstSubmittedAt', ts],
    ['submittedAt', ts],
    ['assessedAt', ts],
    ['orgPath', 'text'],
    ['groupPath', 'text'],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]);
  const version = new Table('EvidenceVersion', [
    ['id', 'text'],
    ['evidenceId', 'text'],
    ['version', 'int'],
    ['submittedAt', ts],
    ['createdAt', ts],
  ]);
  const file = new Table('StoredFile', [
    ['id', 'text'],
    ['storageKey', 'text'],
    ['filename', 'text'],
    ['contentType', 'text'],
    ['size', 'int'],
    ['sha256', 'text'],
    ['orgPath', 'text'],
    ['uploadedById', 'text'],
    ['createdAt', ts],
  ]);
  const artefact = new Table('EvidenceArtefact', [
    ['id', 'text'],
    ['versionId', 'text'],
    ['slot', 'text'],
    ['fileId', 'text'],
    ['durationSeconds', 'float8'],
    ['comment', 'text'],
    ['position', 'int'],
    ['createdAt', ts],
  ]);
  const review = new Table('EvidenceReview', [
    ['id', 'text'],
    ['evidenceId', 'text'],
    ['version', 'int'],
    ['kind', '"EvidenceReviewKind"'],
    ['reviewerId', 'text'],
    ['decision', '"GroupReviewDecision"'],
    ['rubricVersionId', 'text'],
    ['levels', 'jsonb'],
    ['points', 'float8'],
    ['outcome', '"EvidenceOutcome"'],
    ['comment', 'text'],
    ['createdAt', ts],
  ]);
  const decision = new Table('Decision', [
    ['id', 'text'],
    ['subjectType', 'text'],
    ['subjectId', 'text'],
    ['actorId', 'text'],
    ['action', 'text'],
    ['fromState', 'text'],
    ['toState', 'text'],
    ['comment', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  const document = new Table('PersonalDocument', [
    ['id', 'text'],
    ['enrolmentId', 'text'],
    ['kind', '"PersonalDocumentKind"'],
    ['competencyId', 'text'],
    ['fileId', 'text'],
    ['version', 'int'],
    ['orgPath', 'text'],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]);
  const documentVersion = new Table('PersonalDocumentVersion', [
    ['id', 'text'],
    ['documentId', 'text'],
    ['version', 'int'],
    ['fileId', 'text'],
    ['uploadedById', 'text'],
    ['uploadedAt', ts],
  ]);
  const peer = new Table('PeerReview', [
    ['id', 'text'],
    ['evidenceId', 'text'],
    ['programmeId', 'text'],
    ['competencyId', 'text'],
    ['reviewerId', 'text'],
    ['reviewerEnrolmentId', 'text'],
    ['orgPath', 'text'],
    ['rating', 'int'],
    ['comment', 'text'],
    ['completedAt', ts],
    ['allocatedAt', ts],
  ]);

  const storedFile = (owner: { orgPath: string; userId: string }, kind: string, when: string) => {
    const id = random.uuid();
    const [contentType, extension] = CONTENT_TYPES[kind] ?? DOCUMENT;
    const sha = createHash('sha256').update(id).digest('hex');
    file.add(
      id,
      `bench-${id}`,
      `${kind.toLowerCase()}.${extension}`,
      contentType,
      2048,
      sha,
      owner.orgPath,
      owner.userId,
      when,
    );
    return { id, video: contentType.startsWith('video/') };
  };

  const addVersion = (
    evidenceId: string,
    n: number,
    spec: EvidenceSpecInput,
    owner: { orgPath: string; userId: string },
    when: string,
    submitted: boolean,
  ) => {
    const id = random.uuid();
    version.add(id, evidenceId, n, submitted ? when : null, when);
    spec.slots.forEach((slot, position) => {
      const stored = storedFile(owner, slot.kind, when);
      const duration = stored.video ? 60 + random.int(240) : null;
      artefact.add(random.uuid(), id, slot.key, stored.id, duration, null, position, when);
    });
  };

  const assess = (
    evidenceId: string,
    n: number,
    spec: EvidenceSpecInput,
    reviewerId: string,
    when: string,
  ): { points: number; outcome: string } => {
    const levels: Record<string, string> = {};
    let points = 0;
    for (const criterion of spec.criteria) {
      // Mostly the better levels: most evidence passes.
      const level = criterion.levels[Math.min(criterion.levels.length - 1, random.int(criterion.levels.length + 1))]!;
      levels[criterion.key] = level.key;
      points += level.points;
    }
    const outcome = outcomeOf(points, spec);
    review.add(
      random.uuid(),
      evidenceId,
      n,
      'ASSESSMENT',
      reviewerId,
      null,
      spec.rubricVersionId,
      JSON.stringify(levels),
      points,
      outcome,
      null,
      when,
    );
    return { points, outcome };
  };

  const members = new Set(input.group.memberIds);
  const firstSchool = input.schools[0];
  /** Submitted pieces of the first school by competency: the peer-review pools. */
  const pools = new Map<string, Array<{ evidenceId: string; teacherId: string; enrolmentId: string }>>();

  for (const school of input.schools) {
    for (const teacher of school.teachers) {
      const owner = { orgPath: school.org.path, userId: teacher.id };
      const inGroup = school === firstSchool && members.has(teacher.id);
      for (const competencyId of teacher.selected.slice(0, 2)) {
        const spec = input.specs.get(competencyId);
        if (!spec) continue;
        const id = random.uuid();
        const created = at('2025-06-01', random.next() * 60);
        const r = random.next();
        let status =
          r < 0.1 ? 'DRAFT' : r < 0.35 ? 'SUBMITTED' : r < 0.55 ? 'GROUP_REVIEWED' : r < 0.65 ? 'RETURNED' : 'ASSESSED';
        if (status === 'GROUP_REVIEWED' && !inGroup) status = 'SUBMITTED';
        const versions = status === 'ASSESSED' && random.next() < 0.2 ? 2 : 1;
        const submitted = status !== 'DRAFT';
        const submittedAt = submitted ? at('2025-08-01', random.next() * 30) : null;
        const groupPath = inGroup && submitted ? input.group.path : null;
        for (let n = 1; n <= versions; n += 1) addVersion(id, n, spec, owner, submittedAt ?? created, submitted);
        let outcome: string | null = null;
        let points: number | null = null;
        let recommended = false;
        if (groupPath && (status === 'GROUP_REVIEWED' || status === 'ASSESSED')) {
          recommended = random.next() < 0.2;
          review.add(
            random.uuid(),
            id,
            versions,
            'GROUP_REVIEW',
            input.group.leaderId,
            recommended ? 'RECOMMEND_EXCELLENT' : 'PASS_ON',
            null,
            null,
            null,
            null,
            null,
            submittedAt!,
          );
        }
        if (status === 'RETURNED') {
          review.add(
            random.uuid(),
            id,
            1,
            groupPath ? 'GROUP_REVIEW' : 'ASSESSMENT',
            groupPath ? input.group.leaderId : school.adminId,
            groupPath ? 'RETURN' : null,
            null,
            null,
            null,
            null,
            random.pick(COMMENTS),
            submittedAt!,
          );
        }
        if (status === 'ASSESSED') ({ points, outcome } = assess(id, versions, spec, school.adminId, submittedAt!));
        evidence.add(
          id,
          teacher.enrolmentId,
          competencyId,
          input.programmeId,
          teacher.id,
          status,
          versions,
          outcome,
          points,
          recommended,
          submittedAt,
          status === 'DRAFT' || status === 'RETURNED' ? null : submittedAt,
          status === 'ASSESSED' ? submittedAt : null,
          school.org.path,
          groupPath,
          created,
          submittedAt ?? created,
        );
        if (submitted) {
          decision.add(
            random.uuid(),
            'Evidence',
            id,
            teacher.id,
            'SUBMIT',
            'DRAFT',
            'SUBMITTED',
            null,
            school.org.path,
            submittedAt,
          );
          if (school === firstSchool) {
            const pool = pools.get(competencyId) ?? [];
            pool.push({ evidenceId: id, teacherId: teacher.id, enrolmentId: teacher.enrolmentId });
            pools.set(competencyId, pool);
          }
        }
      }
    }
  }

  if (firstSchool) {
    for (const teacher of firstSchool.teachers) {
      if (random.next() >= 0.6) continue;
      const owner = { orgPath: firstSchool.org.path, userId: teacher.id };
      const when = at('2025-05-01', random.next() * 60);
      const add = (kind: 'PLAN' | 'SUMMARY', competencyId: string | null) => {
        const id = random.uuid();
        const stored = storedFile(owner, kind, when);
        document.add(id, teacher.enrolmentId, kind, competencyId, stored.id, 1, firstSchool.org.path, when, when);
        documentVersion.add(random.uuid(), id, 1, stored.id, teacher.id, when);
      };
      add('PLAN', null);
      if (random.next() < 0.5) for (const competencyId of teacher.selected) add('SUMMARY', competencyId);
    }
    for (const [competencyId, pool] of pools) {
      const m = pool.length;
      for (let i = 0; i < m; i += 1) {
        for (let k = 1; k <= Math.min(3, m - 1); k += 1) {
          const reviewer = pool[i]!;
          const piece = pool[(i + k) % m]!;
          const done = random.next() < 0.5;
          peer.add(
            random.uuid(),
            piece.evidenceId,
            input.programmeId,
            competencyId,
            reviewer.teacherId,
            reviewer.enrolmentId,
            firstSchool.org.path,
            done ? 1 + random.int(5) : null,
            done ? '作品设计完整，技术运用恰当。' : null,
            done ? '2025-09-10 10:00:00' : null,
            '2025-09-01 00:00:00',
          );
        }
      }
    }
  }
  return [file, evidence, version, artefact, review, decision, document, documentVersion, peer];
}
