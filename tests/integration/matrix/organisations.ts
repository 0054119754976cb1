/** Rows of the operations of organisations: provinces, cities, districts, schools, classes and groups. */
import type { OrgRef } from '../../kit/world.js';
import {
  actionOf,
  DISTRICT_ADMIN_ACTION,
  matrix,
  mutate,
  type Outcome,
  type Row,
  SCHOOL_VIEWERS,
  type Tenant,
  type Viewer,
} from './kit.js';

/** A district's schools: its district admins act; everyone else in the district sees the district and is refused. */
const SCHOOL_ACTION = actionOf(SCHOOL_VIEWERS, 'districtAdmin');
/** Classes and groups: the school's admins and the district's. */
const UNIT_ACTION = actionOf(SCHOOL_VIEWERS, 'schoolAdmin', 'districtAdmin');
/** Only the province admin sees a province (and so its cities); everyone else finds it missing. */
const PROVINCE_ONLY: Partial<Record<Viewer, Outcome>> = { provinceAdmin: 'allowed' };

/**
 * A class and a group of the tenant's school that are already deactivated, made once per tenant: deactivating them
 * again changes nothing, so the allowed cells leave the shared data as it was.
 */
const retired = new Map<Tenant, Promise<{ class: OrgRef; group: OrgRef }>>();
function retiredUnits(x: Tenant) {
  let units = retired.get(x);
  if (!units) {
    units = (async () => {
      const { t } = matrix;
      const made = {
        class: await t.world.organisation('CLASS', x.s.school, { name: 'Retired class' }),
        group: await t.world.organisation('GROUP', x.s.school, { name: 'Retired group' }),
      };
      await t.db.prisma.organisation.updateMany({
        where: { id: { in: [made.class.id, made.group.id] } },
        data: { deactivatedAt: new Date() },
      });
      return made;
    })();
    retired.set(x, units);
  }
  return units;
}

// Each input is invalid past the check, or a repeat that changes nothing.
export const rows: Record<string, Row> = {
  'Mutation.createSchool': {
    run: (x, as) =>
      mutate(
        'createSchool',
        'CreateSchoolInput',
        { districtId: x.d.district.gid, name: '', stages: [], fullTimeTeachers: -1 },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.updateSchool': {
    run: (x, as) => mutate('updateSchool', 'UpdateSchoolInput', { id: x.s.school.gid, name: '' }, as),
    own: SCHOOL_ACTION,
  },
  'Mutation.deactivateSchool': {
    // The tenant's school has a teacher enrolled in a running programme: refused (SCHOOL_IN_PROGRAMME) after the check.
    run: (x, as) => mutate('deactivateSchool', 'DeactivateSchoolInput', { id: x.s.school.gid }, as),
    own: SCHOOL_ACTION,
  },
  'Mutation.reactivateSchool': {
    // The school is active: reactivating it changes nothing.
    run: (x, as) => mutate('reactivateSchool', 'ReactivateSchoolInput', { id: x.s.school.gid }, as),
    own: SCHOOL_ACTION,
  },
  'Mutation.moveSchool': {
    // To its own district: changes nothing.
    run: (x, as) => mutate('moveSchool', 'MoveSchoolInput', { id: x.s.school.gid, districtId: x.d.district.gid }, as),
    own: actionOf(SCHOOL_VIEWERS, 'provinceAdmin'),
  },
  'Mutation.createCity': {
    run: (x, as) => mutate('createCity', 'CreateCityInput', { provinceId: x.d.province.gid, name: '' }, as),
    own: PROVINCE_ONLY,
  },
  'Mutation.createDistrict': {
    run: (x, as) => mutate('createDistrict', 'CreateDistrictInput', { parentId: x.d.city.gid, name: '' }, as),
    own: PROVINCE_ONLY,
  },
  'Mutation.updateDistrict': {
    // Everyone in the district sees it; only the province admin may change it.
    run: (x, as) => mutate('updateDistrict', 'UpdateDistrictInput', { id: x.d.district.gid, name: '' }, as),
    own: { ...DISTRICT_ADMIN_ACTION, districtAdmin: 'forbidden', provinceAdmin: 'allowed' },
  },
  'Mutation.deactivateClass': {
    run: async (x, as) =>
      mutate('deactivateClass', 'DeactivateClassInput', { id: (await retiredUnits(x)).class.gid }, as),
    own: UNIT_ACTION,
  },
  'Mutation.deactivateGroup': {
    run: async (x, as) =>
      mutate('deactivateGroup', 'DeactivateGroupInput', { id: (await retiredUnits(x)).group.gid }, as),
    own: UNIT_ACTION,
  },
};
