/** Example operations preloaded in GraphiQL (development only). */
const intro = `# Welcome to Tisheng (提升).
#
# Published catalogues are public: run this tab without a token.
# For everything else, get a development token for a seeded user:
#
#   npm run token -- --login school.admin
#
# and put it in the Headers pane:  { "Authorization": "Bearer <token>" }
# Seeded logins: teacher, class.tutor, group.leader, school.admin,
# district.admin, expert, sync.client (see README).
`;

export const graphiqlTabs = [
  {
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
  },
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
];
