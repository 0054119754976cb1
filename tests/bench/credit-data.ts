/**
 * The bench's credit-hour data (issue 13) for the running programme, from a PRNG of its own:
 *   - 85% of the enrolled teachers have an ONLINE_STUDY entry of 30 h (confirmed by the school automatically; 60% of
 *     those by the district too);
 *   - every teacher 0 to 3 SCHOOL_PRACTICE entries of 5 to 12 h entered by the school admin (school-confirmed; half
 *     district-confirmed), 5% of them reversed by a REVERSAL entry, and 10% of teachers one PENDING GROUP_ACTIVITY entry;
 *   - each school's SchoolCompletion: training finished for the first half of the schools, the first school APPLIED to
 *     close.
 */
import { at, prng, Table, ts } from './rows.js';

const START = '2025-06-01';

export interface CreditInput {
  programmeId: string;
  districtAdminId: string;
  schools: Array<{
    org: { id: string; path: string };
    adminId: string;
    teachers: Array<{ id: string; enrolmentId: string }>;
  }>;
}

export function generateCredit(input: CreditInput): Table[] {
  const random = prng(20_261_206);
  const entry = new Table('CreditEntry', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['enrolmentId', 'text'],
    ['teacherId', 'text'],
    ['orgPath', 'text'],
    ['source', '"CreditSource"'],
    ['category', '"CreditCategory"'],
    ['hours', 'numeric'],
    ['basis', 'jsonb'],
    ['enteredById', 'text'],
    ['note', 'text'],
    ['reversesId', 'text'],
    ['createdAt', ts],
  ]);
  const confirmation = new Table('CreditConfirmation', [
    ['id', 'text'],
    ['entryId', 'text'],
    ['level', '"CreditLevel"'],
    ['confirmedById', 'text'],
    ['orgPath', 'text'],
    ['confirmedAt', ts],
  ]);
  const completion = new Table('SchoolCompletion', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['schoolId', 'text'],
    ['orgPath', 'text'],
    ['finishedAt', ts],
    ['finishedById', 'text'],
    ['closingState', '"ClosingState"'],
    ['appliedRate', 'float8'],
    ['appliedAt', ts],
    ['appliedById', 'text'],
    ['updatedAt', ts],
  ]);
  const confirm = (entryId: string, level: 'SCHOOL' | 'DISTRICT', by: string | null, path: string, day: number) =>
    confirmation.add(random.uuid(), entryId, level, by, path, at(START, day));

  input.schools.forEach((school, schoolIndex) => {
    const path = school.org.path;
    for (const teacher of school.teachers) {
      const add = (
        source: string,
        category: string,
        hours: number,
        basis: object,
        by: string | null,
        day: number,
        reverses: string | null = null,
      ) => {
        const id = random.uuid();
        entry.add(
          id,
          input.programmeId,
          teacher.enrolmentId,
          teacher.id,
          path,
          source,
          category,
          hours.toFixed(2),
          JSON.stringify(basis),
          by,
          by ? '线下实践学时' : null,
          reverses,
          at(START, day),
        );
        return id;
      };
      if (random.next() < 0.85) {
        const id = add(
          'ONLINE_STUDY',
          'ONLINE',
          30,
          { score: 80 + random.int(20), minutes: 1200 + random.int(300) },
          null,
          40,
        );
        confirm(id, 'SCHOOL', null, path, 40);
        if (random.next() < 0.6) confirm(id, 'DISTRICT', input.districtAdminId, path, 45);
      }
      const practice = random.int(4);
      for (let i = 0; i < practice; i++) {
        const hours = 5 + random.int(8);
        const id = add('SCHOOL_PRACTICE', 'OFFLINE', hours, { evidenceIds: [] }, school.adminId, 50 + i);
        confirm(id, 'SCHOOL', school.adminId, path, 50 + i);
        const districtConfirmed = random.next() < 0.5;
        if (districtConfirmed) confirm(id, 'DISTRICT', input.districtAdminId, path, 55 + i);
        if (random.next() < 0.05) {
          const reversal = add('REVERSAL', 'OFFLINE', -hours, { reason: '重复录入' }, school.adminId, 56 + i, id);
          confirm(reversal, 'SCHOOL', school.adminId, path, 56 + i);
          if (districtConfirmed) confirm(reversal, 'DISTRICT', input.districtAdminId, path, 57 + i);
        }
      }
      if (random.next() < 0.1) add('GROUP_ACTIVITY', 'OFFLINE', 2 + random.int(10), { activityIds: [] }, null, 60);
    }
    const finished = schoolIndex < input.schools.length / 2;
    const applied = schoolIndex === 0;
    completion.add(
      random.uuid(),
      input.programmeId,
      school.org.id,
      path,
      finished ? at(START, 58) : null,
      finished ? school.adminId : null,
      applied ? 'APPLIED' : 'OPEN',
      applied ? 0.92 : null,
      applied ? at(START, 62) : null,
      applied ? school.adminId : null,
      at(START, 62),
    );
  });
  return [entry, confirmation, completion];
}
