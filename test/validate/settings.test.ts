import { DEFAULT_SETTINGS, parseValidationSettings } from '../../src/validate';
import { changedSettings } from '../../src/validate/settings';

const errorOf = (json: unknown) => {
  const r = parseValidationSettings(json);
  if (!('error' in r)) throw new Error('expected an error');
  return r.error;
};

describe('parseValidationSettings', () => {
  it('gives the defaults for an empty object', () => {
    expect(parseValidationSettings({})).toEqual({ settings: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toEqual({
      themeDayMonths: 12,
      memberMeetingsPerQuarter: 1,
      partyLecturesPerYear: 1,
      lifeMeetingsPerYear: 1,
      memberReviewsPerYear: 1,
      reviewsInFourthQuarter: true,
      julyFirstActivity: true,
      minStudyHours: 32,
      studyFocus: '',
      off: [],
    });
  });

  it('keeps the defaults of the keys not given', () => {
    expect(
      parseValidationSettings({
        themeDayMonths: 8,
        minStudyHours: 56,
        julyFirstActivity: false,
        off: ['empty-owner'],
      }),
    ).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        themeDayMonths: 8,
        minStudyHours: 56,
        julyFirstActivity: false,
        off: ['empty-owner'],
      },
    });
  });

  it('reads a JSON text', () => {
    expect(parseValidationSettings('{"partyLecturesPerYear": 4}')).toEqual({
      settings: { ...DEFAULT_SETTINGS, partyLecturesPerYear: 4 },
    });
    expect(errorOf('{"themeDayMonths": 11')).toMatch(/^设置不是有效的 JSON：/);
  });

  it.each([
    [{ themeDayMonths: 13 }, '设置项“themeDayMonths”（每年主题党日的月数）应为 1–12 的整数，实际为 13'],
    [{ themeDayMonths: 10.5 }, '设置项“themeDayMonths”（每年主题党日的月数）应为 1–12 的整数，实际为 10.5'],
    [
      { memberMeetingsPerQuarter: -1 },
      '设置项“memberMeetingsPerQuarter”（每季度党员大会次数）应为 0–3 的整数，实际为 -1',
    ],
    [{ minStudyHours: '32' }, '设置项“minStudyHours”（每年至少学时）应为 0–1000 之间的数，实际为 "32"'],
    [
      { reviewsInFourthQuarter: 'yes' },
      '设置项“reviewsInFourthQuarter”（组织生活会和民主评议党员是否应在第四季度）应为 true 或 false，实际为 "yes"',
    ],
    [
      { off: 'empty-owner' },
      '设置项“off”（关闭的规则）应为规则编号组成的数组，如 ["empty-owner"]，实际为 "empty-owner"',
    ],
    [
      { off: ['empty-owner', 3, 4] },
      '设置项“off”（关闭的规则）应为规则编号组成的数组，如 ["empty-owner"]，实际为 ["empty-owner",3,4]',
    ],
  ])('names the bad key and what it expects: %j', (json, message) => {
    expect(errorOf(json)).toBe(message);
  });

  it('names an unknown key and the known ones', () => {
    expect(errorOf({ themeDayMonth: 11 })).toMatch(
      /^未知的设置项“themeDayMonth”（可用的设置项：themeDayMonths、/,
    );
  });

  it('names a rule id it does not know', () => {
    expect(errorOf({ off: ['empty-owners'] })).toMatch(
      /^设置项“off”中的“empty-owners”不是已知的规则编号（可用：item-numbering、/,
    );
  });

  it('lists every problem, and says it in English too', () => {
    const r = parseValidationSettings({ themeDayMonths: 0, lifeMeetingsPerYear: null });
    expect(r).toEqual({
      error:
        '设置项“themeDayMonths”（每年主题党日的月数）应为 1–12 的整数，实际为 0；设置项“lifeMeetingsPerYear”（每年组织生活会次数）应为 0–12 的整数，实际为 null',
      errorEn:
        'The setting "themeDayMonths" should be an integer from 1 to 12, not 0. The setting "lifeMeetingsPerYear" should be an integer from 0 to 12, not null.',
    });
  });

  it.each([
    [[], '数组'],
    [null, 'null'],
    [12, '数字'],
  ])('wants an object, not %j', (json, kind) => {
    expect(errorOf(json)).toBe(`设置应为一个 JSON 对象（如 {"themeDayMonths": 11}），实际为${kind}`);
  });

  it('gives settings that do not change the defaults it was given', () => {
    const r = parseValidationSettings({ off: ['study-hours'] });
    expect('settings' in r && r.settings.off).toEqual(['study-hours']);
    expect(DEFAULT_SETTINGS.off).toEqual([]);
  });
});

describe('changedSettings', () => {
  it('keeps only what differs from the defaults, and parses back to the same settings', () => {
    expect(changedSettings(DEFAULT_SETTINGS)).toEqual({});
    const settings = {
      ...DEFAULT_SETTINGS,
      themeDayMonths: 11,
      julyFirstActivity: false,
      off: ['empty-owner'],
    };
    const changed = changedSettings(settings);
    expect(changed).toEqual({ themeDayMonths: 11, julyFirstActivity: false, off: ['empty-owner'] });
    expect(parseValidationSettings(JSON.parse(JSON.stringify(changed)))).toEqual({ settings });
  });
});
