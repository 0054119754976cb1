/** Registering keys: each JWK text checked (rules.ts), imported as a public key and given its thumbprint. */
import { calculateJwkThumbprint, importJWK } from 'jose';
import { inputIssue } from '../shared/index.js';
import { checkJwkText, duplicateKids, type PublicJwk } from './rules.js';

export interface PreparedKey {
  kid: string;
  publicJwk: PublicJwk;
  thumbprint: string;
}

/** The algorithm a key is imported with to prove it is a usable public key. */
const probeAlgorithm = (jwk: PublicJwk) =>
  jwk.alg ?? (jwk.kty === 'EC' ? 'ES256' : jwk.kty === 'OKP' ? 'EdDSA' : 'RS256');

/**
 * Checks and prepares registered keys (JWK texts at `path`[i] of the input): public keys of a supported type with
 * distinct kids. Throws the input problem of the first key refused.
 */
export async function prepareKeys(texts: readonly string[], path: (index: number) => Array<string | number>) {
  const keys: PreparedKey[] = [];
  for (const [index, text] of texts.entries()) {
    const check = checkJwkText(text);
    if (!check.ok) throw inputIssue(path(index), `VALIDATION.syncClientKey.${check.problem}`, check.params ?? {});
    try {
      const imported = await importJWK({ ...check.jwk }, probeAlgorithm(check.jwk));
      if (imported instanceof Uint8Array || imported.type !== 'public') throw new Error('not a public key');
    } catch {
      throw inputIssue(path(index), 'VALIDATION.syncClientKey.invalid');
    }
    keys.push({ kid: check.jwk.kid, publicJwk: check.jwk, thumbprint: await calculateJwkThumbprint(check.jwk) });
  }
  const [twice] = duplicateKids(keys.map((key) => key.kid));
  if (twice !== undefined) {
    const index = keys.findLastIndex((key) => key.kid === twice);
    throw inputIssue(path(index), 'VALIDATION.syncClientKey.duplicateKid', { kid: twice });
  }
  return keys;
}
