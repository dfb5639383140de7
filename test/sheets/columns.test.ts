import {
  COLUMNS,
  DATE_FORMAT,
  FALLBACK_DATE_FORMAT,
  HEADER_ALIASES,
  SHEET_KINDS,
  columnFormat,
  fieldOfHeader,
  listFormula,
  normaliseHeader,
} from '../../src/sheets/columns';

describe('columnFormat', () => {
  it("is the column's own format, the fallback date format for a date column without one", () => {
    expect(columnFormat(COLUMNS.plan[5]!)).toBe(DATE_FORMAT);
    expect(columnFormat(COLUMNS.plan[1]!)).toBe('@');
    expect(columnFormat(COLUMNS.plan[2]!)).toBeUndefined();
    expect(columnFormat({ ...COLUMNS.plan[5]!, numberFormat: undefined })).toBe(FALLBACK_DATE_FORMAT);
    expect(FALLBACK_DATE_FORMAT).toBe('yyyy-mm-dd');
  });
});

describe('listFormula', () => {
  it('quotes the values, doubling quotes inside them', () => {
    expect(listFormula(['未开始', '进行中'])).toBe('"未开始,进行中"');
    expect(listFormula(['a"b'])).toBe('"a""b"');
  });

  it('refuses a comma inside a value and a list over 255 characters', () => {
    expect(() => listFormula(['甲,乙'])).toThrow(/comma/);
    expect(listFormula(['x'.repeat(255)])).toHaveLength(257);
    expect(() => listFormula(['x'.repeat(256)])).toThrow(/255/);
  });

  it("accepts every column's list", () => {
    for (const c of Object.values(COLUMNS).flat())
      if (c.list) expect(() => listFormula(c.list!.values)).not.toThrow();
  });
});

describe('header synonyms', () => {
  it('give each name on a sheet to one field only, never to another field’s own header', () => {
    for (const kind of SHEET_KINDS) {
      const owner = new Map<string, string>();
      for (const c of COLUMNS[kind]) owner.set(normaliseHeader(c.header), c.field);
      for (const [field, names] of Object.entries(HEADER_ALIASES[kind])) {
        expect(COLUMNS[kind].map((c) => c.field)).toContain(field);
        for (const name of names) {
          const h = normaliseHeader(name);
          expect([kind, name, owner.get(h) ?? field]).toEqual([kind, name, field]);
          owner.set(h, field);
        }
      }
    }
  });

  it.each([
    ['plan', '负责人', 'owner'],
    ['plan', '责任部门', 'owner'],
    ['plan', '时间', 'deadline'],
    ['plan', '完成时间', 'deadline'],
    ['plan', '工作项目', 'title'],
    ['plan', '具体内容', 'content'],
    ['plan', 'No.', 'number'],
    ['plan', '编号', 'number'],
    ['plan', '进度', 'status'],
    ['plan', '说明', 'note'],
    ['study', '月', 'month'],
    ['study', '主题', 'theme'],
    ['study', '内容', 'content'],
    ['study', '方式', 'form'],
    ['study', '日期', 'plannedDate'],
    ['study', '课时', 'hours'],
    ['study', '完成状态', 'done'],
    ['themeDays', '内容', 'content'],
    ['themeDays', '日期', 'date'],
    ['themeDays', '时间', 'date'],
    ['themeDays', '活动时间', 'date'],
    ['themeDays', '主题', 'theme'],
    ['themeDays', '参加对象', 'attendees'],
    ['themeDays', '参会人员', 'attendees'],
    ['themeDays', '责任人', 'owner'],
    ['themeDays', '地点', 'place'],
  ] as const)('%s: %s is %s', (kind, text, field) => {
    expect(fieldOfHeader(kind, text)).toEqual({ field, exact: false });
  });

  it('match a column’s own header exactly, after normalising the text', () => {
    expect(fieldOfHeader('themeDays', '活动日期（星期）')).toEqual({ field: 'date', exact: true });
    expect(fieldOfHeader('themeDays', ' 活动\n日期 ')).toEqual({ field: 'date', exact: true });
    expect(fieldOfHeader('plan', '责任人(签字)')).toEqual({ field: 'owner', exact: true });
    expect(fieldOfHeader('plan', '*标题：')).toEqual({ field: 'title', exact: true });
    expect(fieldOfHeader('study', '学　时')).toEqual({ field: 'hours', exact: true });
    expect(fieldOfHeader('study', '课时数')).toBeNull();
    expect(fieldOfHeader('plan', '')).toBeNull();
  });

  it('normalise: full-width forms, spaces, line breaks, bracketed notes, marks, case', () => {
    expect(normaliseHeader(' 完成\n时限（可填“全年”） ')).toBe('完成时限');
    expect(normaliseHeader('ＮＯ．')).toBe('no.');
    expect(normaliseHeader('备注【选填】:')).toBe('备注');
  });
});
