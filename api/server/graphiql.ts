import type { GraphiQLOptions } from 'graphql-yoga';
import { type DevKey, signDevToken } from '../auth/dev-keys.js';
import { SUBJECT } from '../auth/jwt.js';
import type { Database } from '../db/client.js';

/** Example operations preloaded in GraphiQL (development only). */
const intro = `# Welcome to Tisheng (提升).
#
# Published catalogues are public: run this tab without a token.
# For everything else, open GraphiQL signed in as a seeded user
# (development only):
#
#   http://localhost:4000/graphql?as=school.admin
#
# or get a development token and put it in the Headers pane as
# { "Authorization": "Bearer <token>" }:
#
#   npm run token -- --login school.admin
#
# Seeded logins: teacher, class.tutor, group.leader, school.admin,
# district.admin, expert, province.admin, sync.client (see README). With single sign-on,
# a province's tokens work too once an admin has linked the person's
# subject (linkIdentity).
`;

const cataloguesTab = {
  query: `${intro}
query Catalogues {
  catalogues(first: 5) {
    totalCount
    nodes {
      id
      code
      version
      nameZh
      nameEn
      competencies(first: 30) {
        totalCount
        nodes { code nameZh nameEn credits dimension { code } environment { code } }
      }
      distribution { dimension { nameEn } environment { nameEn } competencyCount credits }
    }
  }
}
`,
};

export const graphiqlTabs = [
  cataloguesTab,
  {
    query: `# Needs a token (see the first tab).
query Viewer {
  viewer {
    user { login displayName }
    roleAssignments { role organisation { name kind } }
    can { manageProgrammes reviewSelections selectCompetencies viewDistrict }
  }
}
`,
  },
  {
    query: `# Needs a token: district.admin sees the whole district, school.admin one school.
query Organisations {
  organisations(first: 20) {
    totalCount
    nodes {
      name
      kind
      children(first: 20) {
        nodes {
          name
          kind
          members(first: 20) { nodes { role user { login displayName } } }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Needs a token: the five demo programmes, with their selection rules as data.
query Programmes {
  programmes(first: 10) {
    totalCount
    nodes {
      code
      name
      status
      rules { selection { minCredits minPoints maxPoints dimensionRule { kind n } selectionWindowDays adminSelectsAfterDeadline schoolPlanGateRate requireSchoolReview } }
      batches { name startsOn endsOn stages schools(first: 10) { nodes { schoolName quota enrolledCount } } }
    }
  }
}
`,
  },
  {
    query: `# Needs a token (?as=district.admin): a programme's courses, workshops and the learning rules.
# A teacher's whole study page is one request: TeacherStudyPage(enrolmentId) in the SDK.
query Learning {
  programmes(first: 5) {
    nodes {
      code
      rules {
        viewing { maxPlaybackRate sessionIdleSeconds }
        workshop { minPostLength }
        schoolBasedStudy { hoursCap offlineMaxHours }
        scoring { passThreshold items { key kind nameZh points requiredMinutes unit pointsPerUnit maxPoints minPoints } }
      }
      courses(first: 5) { totalCount nodes { code title kind media durationSeconds requirement module competency { code } } }
      workshops(first: 3) { nodes { kind title hostName activities(first: 3) { nodes { kind title opensAt closesAt } } } }
    }
  }
}
`,
  },
  {
    query: `# Needs a token (?as=school.admin): the evidence rules, each point's assessment spec (测评规范) with its
# rubric, and the national rubrics. The reviewer's worklist is evidenceReviewQueue(stage, programmeId); teachers upload with addEvidenceArtefact (multipart) and
# submitEvidence; the group leader and the raters decide with reviewEvidenceAsGroupLeader and assessEvidence.
query Evidence {
  programmes(first: 5) {
    nodes {
      code
      rules {
        evidence { requireOnlinePass groupReview raters aggregation blindReview maxVersions
          peerReview { reviewsPerPiece requiredForOfflineHours blind } excellentWork { targetRate everySubject } }
      }
      assessmentSpecs(first: 3) {
        nodes {
          overridden
          competency { code nameZh }
          spec {
            guidanceZh
            artefacts { key kind nameZh count maxCount formats maxBytes maxVideoSeconds teacherVisible commentRequired }
            rubric { key titleZh latest { version passPoints excellentPoints criteria { key nameZh levels { key nameZh points } } } }
          }
        }
      }
    }
  }
  rubrics(first: 5) { nodes { key titleZh national latestVersion } }
}
`,
  },
  {
    query: `# Needs a token (?as=teacher): the hour, completion and certificate rules of the programmes, and your own
# transcript (学时档案) across programmes and years. School admins enter offline hours with enterCreditHours or
# importCreditHours and confirm them; the district confirms with confirmDistrictCreditEntries, closes schools with
# decideClosing and issues certificates with issueCertificates (verify one with verifyCredential).
query CreditHours {
  programmes(first: 5) {
    nodes {
      code
      rules {
        hours { onlineHours minTotal minOnline minOffline minOfflineShare creditGroupActivities entryWindowDays countFrom }
        completion { threshold population requireScore requireHours requireEvidence requireSchoolStudy expertsPerSchool
          proofItems { key nameZh form required } }
        certificates { completion excellentTrainee validYears }
      }
    }
  }
  creditTranscript {
    countedHours
    confirmedHours
    years { year countedHours confirmedHours }
    programmes { year countedHours programme { name } hours { online offline total passed lines { code required actual met message } } }
  }
  myCertificates { kind issuedAt revoked verificationUrl }
}
`,
  },
  {
    query: `# Provincial sync: sign in as the demo sync client (?as=sync.client) and pull the district-confirmed credit
# records in commit order. A real provincial system registers its key (registerSyncClient, as a district or province
# admin) and signs its own tokens; it may call only the sync operations (README: Provincial integration).
query ProvincialSync {
  creditRecordChanges(first: 20, fromBeginning: true) {
    changes {
      eventId
      sequence
      kind
      occurredAt
      record {
        __typename
        ... on CreditRecord { entryId teacherId schoolId source category hours reversesId confirmedAt }
        ... on CertificateRecord { certificateId kind revoked credentialUrl }
        ... on SchoolClosingRecord { schoolId closedAt }
      }
    }
    endCursor
    hasMore
  }
  rosterChanges(first: 5, fromBeginning: true) {
    changes { kind subjectId record { __typename ... on RosterPerson { login displayName } } }
    hasMore
  }
}
`,
  },
  {
    query: `# Needs a token (?as=teacher): the surveys you are asked to answer (submitSurveyResponse; once, editable until
# the survey closes) and the district's resource library (生成性资源库) searched in Chinese. Tutors and admins read
# results with surveyResults; district admins preview a rules change with previewRulesChange (README: Surveys…).
query SurveysAndLibrary {
  mySurveys(first: 5) { nodes { title purpose anonymous closesAt isOpen answered } }
  searchLibrary(query: "思维导图", first: 5) { nodes { title kind scope scopeName attribution downloads } }
}
`,
  },
];

/** Signs a development token for a login; null when no active user has it. */
export type GraphiQLSignIn = (login: string) => Promise<string | null>;

/** Development only: tokens for GraphiQL's `?as=<login>`, signed with the development key, for active users only. */
export function developmentSignIn(
  db: Database,
  key: DevKey,
  claims: { issuer: string; audience: string },
): GraphiQLSignIn {
  return async (login) => {
    const user = await db.prisma.user.findUnique({ where: { login }, select: { deactivatedAt: true } });
    if (!user || user.deactivatedAt) return null;
    return signDevToken(key, { subject: login, issuer: claims.issuer, audience: claims.audience, expiresIn: '8h' });
  };
}

const BASE: GraphiQLOptions = {
  title: 'Tisheng GraphiQL',
  defaultTabs: graphiqlTabs,
  defaultEditorToolsVisibility: true,
};

/** The login as shown in a comment: letters, digits and `.`, `_`, `-`, `@` only (it goes into the page's script). */
const shown = (login: string) => login.slice(0, 64).replace(/[^\p{L}\p{N}._@-]/gu, '?');

/**
 * GraphiQL's options for a request. With `signIn` (development only), `/graphql?as=<login>` opens it with the
 * login's token in the Headers pane of every tab; an unknown login opens it without a token, with a comment saying
 * so on top of the first tab.
 */
export function graphiqlOptions(signIn: GraphiQLSignIn | undefined): (request: Request) => Promise<GraphiQLOptions> {
  return async (request) => {
    const login = signIn ? new URL(request.url).searchParams.get('as') : null;
    if (!signIn || login === null) return BASE;
    const token = SUBJECT.test(login) ? await signIn(login) : null;
    if (!token) {
      const query = `# ?as=${shown(login)}: no active user has this login, so these tabs run without a token.\n${cataloguesTab.query}`;
      const options: GraphiQLOptions & { query: string } = {
        ...BASE,
        defaultTabs: [{ query }, ...graphiqlTabs.slice(1)],
        // Shown even when the browser kept tabs from an earlier visit.
        query,
      };
      return options;
    }
    const headers = JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);
    const options: GraphiQLOptions & { initialHeaders: string } = {
      ...BASE,
      defaultTabs: graphiqlTabs.map((tab) => ({ ...tab, headers })),
      // New tabs, and the tab opened over tabs the browser kept from an earlier visit.
      headers,
      initialHeaders: headers,
    };
    return options;
  };
}
