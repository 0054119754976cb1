/**
 * Rows of the rule what-if (规则预演): previewing a rules change of a programme (rules:preview over the programme's
 * district: its admins and the province's). Nothing is saved whoever asks; a denied programme looks missing (null).
 */
import { ask, type Outcome, type Row, type Tenant } from './kit.js';

/** The district preview and one school's: allowed only when both answer with a preview. */
async function run(x: Tenant, as: Parameters<Row['run']>[1]): Promise<Outcome> {
  const query =
    'query($p: ID!, $s: ID) { previewRulesChange(programmeId: $p, schoolId: $s, proposal: { completionThreshold: 0.5 }) { __typename } }';
  const district = await ask(query, { p: x.p.gid }, as);
  const school = await ask(query, { p: x.p.gid, s: x.s.school.gid }, as);
  if (district === null && school === null) return 'missing';
  return district?.__typename === 'RulesPreview' && school?.__typename === 'RulesPreview' ? 'allowed' : 'forbidden';
}

export const rows: Record<string, Row> = {
  'Query.previewRulesChange': {
    run,
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
};
