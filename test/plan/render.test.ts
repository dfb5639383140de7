import { importPlanText } from '../../src/plan/import';
import { emptyItem, emptyStudyMonth, emptyThemeDay, type YearPlan } from '../../src/plan/model';
import { renderPlanText } from '../helpers/renderPlan';
import { DEFAULT_RULE_TEXT } from '../../src/plan/dayRule';
import { studyTitle, themeDayTitle } from '../../src/plan/titles';
import { seedText } from '../helpers/seed';

function small(): YearPlan {
  return {
    branch: '机关党支部',
    year: 2027,
    plan: {
      title: '机关党支部2027年工作计划',
      preamble: ['第一段。', '第二段。'],
      sections: [
        {
          numeral: '一',
          title: '政治建设',
          items: [emptyItem('1', '加强学习', '内容甲。\n第二行'), emptyItem('１２', '全角序号', '')],
        },
        { numeral: '二', title: '空的部分', items: [] },
      ],
    },
    study: {
      title: '党员2027年度每月学习计划安排',
      requirements: ['要求一。'],
      months: [{ ...emptyStudyMonth(1), theme: '学习党章', content: '学习党章，理解条文。' }],
    },
    themeDays: {
      title: themeDayTitle('机关党支部', 2027),
      rule: DEFAULT_RULE_TEXT,
      activities: [{ ...emptyThemeDay(3), theme: '学雷锋', content: '学雷锋，志愿服务。\n到社区' }],
    },
  };
}

describe('renderPlanText', () => {
  it('writes the plan in the text form branches keep', () => {
    expect(renderPlanText(small())).toBe(
      [
        '机关党支部2027年工作计划',
        '第一段。',
        '第二段。',
        '一、政治建设',
        '1.加强学习。内容甲。',
        '第二行',
        '１２.全角序号。',
        '二、空的部分',
        '附件：1.党员2027年度每月学习计划安排',
        '2.机关党支部2027年度主题党日活动计划表',
        '附件1：',
        '党员2027年度每月学习计划安排',
        '一、学习要求',
        '要求一。',
        '二、学习任务',
        '1月：学习党章，理解条文。',
        '附件2：',
        '机关党支部2027年度主题党日活动计划表',
        '3月：学雷锋，志愿服务。',
        '到社区',
        '',
      ].join('\n'),
    );
  });

  it('is read back by import as the same model', () => {
    const r = importPlanText(renderPlanText(small()));
    expect(r.issues).toEqual([]);
    expect(r.model).toEqual(small());
  });

  it('leaves out attachments that hold only their default title', () => {
    const model = small();
    model.study = { title: studyTitle(model.branch, model.year), requirements: [], months: [] };
    model.themeDays.activities = [];
    const text = renderPlanText(model);
    expect(text).not.toContain('附件');
    expect(importPlanText(text).model).toEqual(model);
  });

  it('writes only the theme-day attachment when there is no study plan, still as 附件2', () => {
    const model = small();
    model.study = { title: studyTitle(model.branch, model.year), requirements: [], months: [] };
    const text = renderPlanText(model);
    expect(text).toContain('附件：2.机关党支部2027年度主题党日活动计划表\n附件2：\n');
    expect(text).not.toContain('附件1');
    expect(importPlanText(text).model).toEqual(model);
  });

  it('gives back the seed: import, render, import again is the same model', () => {
    const first = importPlanText(seedText()).model;
    const text = renderPlanText(first);
    const again = importPlanText(text);
    expect(again.issues).toEqual([]);
    expect(again.model).toEqual(first);
    // The line before the title (an unplaced line) is not part of the model, so not of the text.
    expect(text.startsWith('党支部2020年工作计划\n2020年，党支部坚持')).toBe(true);
  });

  it('leaves out the columns a text has no place for', () => {
    const model = small();
    Object.assign(model.plan.sections[0]!.items[0]!, { owner: '张三', deadline: '2027-06-30', note: '备注' });
    const text = renderPlanText(model);
    expect(text).not.toMatch(/张三|2027-06-30|备注/);
  });
});

describe('import of months found by the round trip', () => {
  const text = [
    '党支部2027年工作计划',
    '附件1：',
    '学习计划',
    '二、学习任务',
    '1月：学习党章',
    '逐条学习，写心得',
    '2月：',
    '内容写在下一行，第二句',
    '附件2：',
    '主题党日',
    '3月：',
    '学雷锋',
  ].join('\n');
  const { model } = importPlanText(text);

  it('takes a theme from the first line only, not the whole content', () => {
    expect(model.study.months[0]).toMatchObject({ theme: '学习党章', content: '学习党章\n逐条学习，写心得' });
  });

  it('takes the content of a month from the next line without a leading line break, and its theme', () => {
    expect(model.study.months[1]).toMatchObject({
      theme: '内容写在下一行',
      content: '内容写在下一行，第二句',
    });
    expect(model.themeDays.activities[0]).toMatchObject({ theme: '学雷锋', content: '学雷锋' });
  });
});
