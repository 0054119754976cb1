/**
 * Names for PostgreSQL prepared statements, so each pooled connection parses and plans a statement text once and
 * reuses it (node-postgres keeps a connection's named statements; PostgreSQL switches a statement to a generic plan
 * once that is as good as the custom ones). A page's joined statement took longer to plan than to run.
 *
 * Bounded: the first `limit` distinct texts get a name; later ones run unnamed (parsed and planned each time), so a
 * client sending ever new selections cannot make every connection hold ever more plans.
 */
export function statementNames(limit = 1000): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= limit) return ''; // node-postgres runs a statement without a name unprepared
      name = `tisheng_${names.size.toString(36)}`;
      names.set(sql, name);
    }
    return name;
  };
}
