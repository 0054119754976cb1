import { defineMessages } from '../../api/i18n/messages.js';

/** Wordings of the national ID problems (`NATIONAL_ID.<problem>`), for row results and the INVALID_NATIONAL_ID error. */
defineMessages({
  'NATIONAL_ID.FORMAT': {
    en: 'A national ID number has 18 characters: 17 digits, then a digit or X.',
    'zh-CN': '身份证号应为 18 位：17 位数字，最后一位是数字或 X。',
  },
  'NATIONAL_ID.BIRTH_DATE': {
    en: 'The birth date in the national ID number ({birthDate}) is not a possible date.',
    'zh-CN': '身份证号中的出生日期（{birthDate}）不是有效日期。',
  },
  'NATIONAL_ID.CHECK_DIGIT': {
    en: 'The national ID number’s check character does not match: the number is mistyped.',
    'zh-CN': '身份证号的校验码不符：号码输入有误。',
  },
});
