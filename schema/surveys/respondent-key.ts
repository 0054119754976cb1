/**
 * The respondent key of a survey response. Named surveys: the user id itself. Anonymous surveys: HMAC-SHA256 of
 * (survey id, user id) under the server's keyed-hash secret (NATIONAL_ID_KEY, `context.keys.nationalId`), so only a
 * request that knows both the person and the secret can recompute it: the respondent's own request finds their
 * response; nothing stored leads from a response back to a person.
 */
import { createHmac } from 'node:crypto';

/** The key of one person's response to an anonymous survey (hex HMAC-SHA256 of "surveyId:userId"). */
export function respondentKeyOf(secret: string, surveyId: string, userId: string): string {
  return createHmac('sha256', secret).update(`survey-response\u0000${surveyId}\u0000${userId}`, 'utf8').digest('hex');
}

/** The key a response is stored under: the user id on a named survey, the keyed hash on an anonymous one. */
export function storedRespondentKey(
  secret: string,
  survey: { id: string; anonymous: boolean },
  userId: string,
): string {
  return survey.anonymous ? respondentKeyOf(secret, survey.id, userId) : userId;
}
