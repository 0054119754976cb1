/**
 * An evidence's history (its trail of decisions), shown to each viewer as the review rules allow: see
 * `historyVisibility` in rules.ts. Loaded for every evidence of a page in one statement.
 */

import { builder } from '../builder.js';
import { Decision, historyOf } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { historyVisibility } from './rules.js';
import { authorShown, programmeLoader } from './versions.js';
import { EVIDENCE_VISIBILITY_SELECT, evidenceAccess } from './visibility.js';

builder.prismaObjectFields('Evidence', (t) => ({
  history: t.field({
    type: [Decision],
    description:
      'Every transition of this evidence, oldest first: who, when, from which state to which, and the comment (for assessments: the ' +
      'version, the rubric version and the points). The teacher’s group leader and the district see all of it; the author sees the ' +
      'raters’ assessments once the outcome is settled; under blind review reviewers’ names are hidden from the author, and a rater ' +
      'sees no other rater’s pending assessment; peers and readers of published work see none of it.',
    select: { ...EVIDENCE_VISIBILITY_SELECT, status: true, programmeId: true },
    resolve: async (evidence, _args, context) => {
      const viewerId = context.viewer.user?.id;
      const access = await evidenceAccess(context, evidence);
      if (!viewerId || access === null) return [];
      const [entries, programme, shown] = await Promise.all([
        historyOf(context, 'Evidence', evidence.id),
        programmeLoader(context).load(evidence.programmeId),
        authorShown(context, evidence),
      ]);
      const view = {
        access,
        viewerId,
        authorId: evidence.teacherId,
        authorShown: shown,
        overseer:
          context.viewer.holdsOver(['DISTRICT_ADMIN', 'PROVINCE_ADMIN'], evidence.orgPath) ||
          (evidence.groupPath !== null && context.viewer.holdsOver(['GROUP_LEADER'], evidence.groupPath)),
        blindReview: programme ? parseProgrammeRules(programme.rules).evidence.blindReview : true,
        settled: evidence.status === 'ASSESSED',
      };
      return entries.flatMap((entry) => {
        const { keep, hideActor } = historyVisibility(view, entry);
        if (!keep) return [];
        return [hideActor ? { ...entry, actorId: null, actor: null } : entry];
      });
    },
  }),
}));
