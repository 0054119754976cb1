/** The pure rules of issuing certificates. */
import type { CertificateKindValue } from '../../api/certificates/credential.js';

export type IssueOutcome = 'ISSUED' | 'ALREADY_ISSUED' | 'NOT_QUALIFIED' | 'IN_REMEDIATION';

/**
 * What issuing does for one teacher: nothing twice (ALREADY_ISSUED); COMPLETION only when qualified; EXCELLENT_TRAINEE
 * (the caller passes only CONFIRMED nominees) never to a teacher in remedial study (考核不合格…补学，此类教师不参加评优).
 */
export function issueOutcome(
  kind: CertificateKindValue,
  facts: { issued: boolean; qualified: boolean; inRemediation: boolean },
): IssueOutcome {
  if (facts.issued) return 'ALREADY_ISSUED';
  if (kind === 'COMPLETION') return facts.qualified ? 'ISSUED' : 'NOT_QUALIFIED';
  return facts.inRemediation ? 'IN_REMEDIATION' : 'ISSUED';
}

/** When a certificate issued at `issuedAt` expires: `validYears` later (29 Feb → 28 Feb), or never. */
export function expiryOf(issuedAt: Date, validYears: number | undefined): Date | null {
  if (!validYears) return null;
  const expires = new Date(issuedAt);
  expires.setUTCFullYear(issuedAt.getUTCFullYear() + validYears);
  // 29 February plus a non-leap number of years rolls into March: keep it in February.
  if (expires.getUTCMonth() !== issuedAt.getUTCMonth()) expires.setUTCDate(0);
  return expires;
}
