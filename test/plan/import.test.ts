import { importPlanText, splitItemText, firstClause } from '../../src/plan/import';
import { allItems } from '../../src/plan/model';
import { seedText } from '../helpers/seed';

describe('import of the seed plan', () => {
  const { model, issues } = importPlanText(seedText(), { source: 'seed.txt' });

  it('reads the title, branch and year', () => {
    expect(model.plan.title).toBe('党支部2020年工作计划');
    expect(model.branch).toBe('党支部');
    expect(model.year).toBe(2020);
  });

  it('keeps the preamble paragraph whole', () => {
    expect(model.plan.preamble).toHaveLength(1);
    expect(model.plan.preamble[0]).toMatch(/^2020年，党支部坚持以习近平新时代/);
    expect(model.plan.preamble[0]).toMatch(/向纵深发展。$/);
  });

  it('finds 6 sections and 14 items with the numbers as written, gap included', () => {
    expect(model.plan.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(allItems(model.plan).map((e) => e.item.number)).toEqual([
      '1',
      '2',
      '3',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
    ]);
    expect(model.plan.sections[1]!.title).toBe('加强机关党的政治建设');
  });

  it('splits items into title and content and keeps every character, half-width commas too', () => {
    const first = model.plan.sections[0]!.items[0]!;
    expect(first.title).toBe('加强理论学习');
    expect(first.content).toContain('平台作用,坚持集中学');
    const item13 = model.plan.sections[4]!.items[1]!;
    expect(item13.number).toBe('13');
    expect(item13.title).toBe('强化纪律的执行力');
    const text = seedText();
    for (const { item } of allItems(model.plan)) {
      expect(text).toContain(`${item.title}。${item.content}`);
    }
  });

  it('reads the study plan: title, requirements, 12 months', () => {
    expect(model.study.title).toBe('党员2020年度每月学习计划安排');
    expect(model.study.requirements).toHaveLength(1);
    expect(model.study.requirements[0]).toMatch(/^积极运用三会一课/);
    expect(model.study.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(model.study.months[0]!.theme).toBe('深入学习贯彻党的十九届四中全会精神');
    expect(model.study.months[8]!.content).toContain('从现在做起， 从一切');
  });

  it('keeps attachment 2 as it is: a title and no activities', () => {
    expect(model.themeDays.title).toBe('党支部2020年度主题党日活动计划表');
    expect(model.themeDays.activities).toEqual([]);
  });

  it('does not take the attachment list for items', () => {
    expect(allItems(model.plan).some((e) => e.item.title.includes('主题党日活动计划表'))).toBe(false);
  });

  it('reports the line before the title by its line number', () => {
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'import-unplaced',
        severity: 'warning',
        sheet: 'seed.txt',
        cell: '第1行',
      }),
    ]);
    expect(issues[0]!.message).toContain('本文系作者原创投稿');
  });
});

describe('import of other ways of writing', () => {
  const text = [
    '机关第二党支部2026年工作计划',
    '序言第一段。',
    '序言第二段。',
    '一、政治建设',
    '１．全角序号。内容甲',
    '2、顿号序号。内容乙',
    '第二行接着写',
    '二、思想建设',
    '这一行没有条目可归',
    '13. 带空格。内容丙',
    '附件1：2026年度每月学习计划',
    '学习要求：',
    '要求一段。',
    '学习任务',
    '一月：学习党章，理解条文。',
    '12月：年终学习。',
    '附件2：主题党日活动计划表',
    '3月：学雷锋，志愿服务。',
  ].join('\r\n');
  const { model, issues } = importPlanText(text);

  it('accepts full-width digits, 、 and a space after the number', () => {
    expect(allItems(model.plan).map((e) => [e.item.number, e.item.title])).toEqual([
      ['１', '全角序号'],
      ['2', '顿号序号'],
      ['', ''],
      ['13', '带空格'],
    ]);
  });

  it('joins a continuation line to the item above', () => {
    expect(model.plan.sections[0]!.items[1]!.content).toBe('内容乙\n第二行接着写');
  });

  it('keeps two preamble paragraphs', () => {
    expect(model.plan.preamble).toEqual(['序言第一段。', '序言第二段。']);
  });

  it('keeps a paragraph between a section heading and its first item as a row without a number', () => {
    const intro = model.plan.sections[1]!.items[0]!;
    expect(intro).toMatchObject({ number: '', title: '', content: '这一行没有条目可归' });
    expect(issues).toEqual([]);
  });

  it('reads attachments with a title on the same line, 一月 and theme-day months', () => {
    expect(model.study.title).toBe('2026年度每月学习计划');
    expect(model.study.requirements).toEqual(['要求一段。']);
    expect(model.study.months.map((m) => [m.month, m.theme])).toEqual([
      [1, '学习党章'],
      [12, '年终学习'],
    ]);
    expect(model.themeDays.activities.map((a) => [a.month, a.theme, a.content])).toEqual([
      [3, '学雷锋', '学雷锋，志愿服务。'],
    ]);
  });

  it('warns of a text without a title, imports it by its content and uses the given year', () => {
    const r = importPlanText('一、只有章节\n1.条目。内容', { year: 2031 });
    expect(r.model.year).toBe(2031);
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['import-title', 'warning']]);
    expect(r.model.plan.sections[0]!.items[0]).toMatchObject({ number: '1', title: '条目', content: '内容' });
  });
});

describe('text helpers', () => {
  it('splits at the first full stop only', () => {
    expect(splitItemText('标题。内容一。内容二')).toEqual({ title: '标题', content: '内容一。内容二' });
    expect(splitItemText('只有标题')).toEqual({ title: '只有标题', content: '' });
  });
  it('takes the first clause as a theme', () => {
    expect(firstClause('学习党章,深刻领悟')).toBe('学习党章');
    expect(firstClause('没有标点')).toBe('没有标点');
  });
});

describe('texts longer than a cell holds', () => {
  it('are reported at their line, not cut', () => {
    const long = '很'.repeat(40000);
    const text = `党支部2027年工作计划\n一、部分\n1.标题。${long}\n2.短的。内容`;
    const { model, issues } = importPlanText(text);
    expect(model.plan.sections[0]!.items[0]!.content).toHaveLength(40000);
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([['import-too-long', 'error', '第3行']]);
    expect(issues[0]!.message).toContain('40000');
  });

  it('count continuation lines too', () => {
    const half = '长'.repeat(20000);
    const { issues } = importPlanText(`党支部2027年工作计划\n一、部分\n1.标题。${half}\n${half}`);
    expect(issues.map((i) => i.cell)).toEqual(['第3行']);
  });
});
