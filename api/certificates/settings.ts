/**
 * Where certificates live on the web and who issues them: the configured public base URL, the issuer's name and the
 * secret the issuer keys are encrypted with (config `certificates`). The app registers them for its database
 * (`useCertificateSettings`); the resolvers and routes read them back with `certificateSettings(db)`.
 */
import { DEFAULT_CREDENTIAL_ISSUER_NAME, DEVELOPMENT_CREDENTIAL_KEY_SECRET } from '../config.js';

export interface CertificateSettings {
  /** Secret the issuer keys' private halves are encrypted with (AES-256-GCM). */
  keySecret: string;
  /** The API's public address, no trailing slash. */
  baseUrl: string;
  /** The issuer's name in every credential. */
  issuerName: string;
}

/** Outside production, without configuration. */
export const DEVELOPMENT_CERTIFICATE_SETTINGS: CertificateSettings = {
  keySecret: DEVELOPMENT_CREDENTIAL_KEY_SECRET,
  baseUrl: 'http://localhost:4000',
  issuerName: DEFAULT_CREDENTIAL_ISSUER_NAME,
};

/** The path of the issuer's published key set (JWKS), every key it ever signed with, retired ones included. */
export const JWKS_PATH = '/.well-known/jwks.json';
/** Everything else certificates serve lives under this prefix. */
export const CREDENTIALS_PATH = '/credentials/';

/** The URLs a credential names, from the base URL. */
export function certificateUrls(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    /** The issuer Profile's id (it answers with the Profile). */
    issuer: `${base}/credentials/issuer`,
    jwks: `${base}${JWKS_PATH}`,
    verify: `${base}/credentials/verify`,
    statusList: (list: number) => `${base}/credentials/status/${list}`,
    /** The credential's id and its verification page (what the QR code holds). */
    credential: (id: string) => `${base}/credentials/${id}`,
    pdf: (id: string) => `${base}/credentials/${id}.pdf`,
    jwt: (id: string) => `${base}/credentials/${id}.jwt`,
    achievement: (programmeId: string, kind: string) =>
      `${base}/credentials/achievements/${programmeId}/${kind.toLowerCase().replaceAll('_', '-')}`,
  };
}

const registered = new WeakMap<object, CertificateSettings>();

/** Registers the settings of the app serving `db` (createApp). */
export function useCertificateSettings(db: object, settings: CertificateSettings): void {
  registered.set(db, settings);
}

/** The settings registered for `db`, else the development ones. */
export function certificateSettings(db: object): CertificateSettings {
  return registered.get(db) ?? DEVELOPMENT_CERTIFICATE_SETTINGS;
}
