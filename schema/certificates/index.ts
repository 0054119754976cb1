// The certificates module (issue 13): completion (结业证书) and excellent-trainee (优秀学员证书) certificates issued as
// Open Badges 3.0 credentials signed as VC-JWTs, their revocation (Bitstring Status List) and public verification. The
// keys, the credential format, the status lists, verification and the printable views are in api/certificates.
import './errors.js';
import './certificate.js';
import './issue.js';
import './revoke.js';
import './verify.js';
import './reads.js';

export { Certificate, CertificateKind, canSeeCertificate } from './certificate.js';
export { expiryOf, issueOutcome } from './rules.js';
