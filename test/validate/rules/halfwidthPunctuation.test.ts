import type { YearPlan } from '../../../src/plan/model';
import { halfwidthPunctuation } from '../../../src/validate/rules/halfwidthPunctuation';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

/** A valid case whose first item's content is this text. */
const content = (text: string) => ({
  name: text,
  mutate: (m: YearPlan) => void (itemAt(m, 0).content = text),
});

// Plan 内容 is column D, rows 4–7; study 学习内容 is column C.
ruleTester(halfwidthPunctuation, {
  valid: [
    { name: 'the fixture' },
    content('13. 强化纪律的执行力。'),
    content('详见 https://www.12371.cn/ 网站。'),
    content('学习 English, French 两门课程。'),
    content('学习《党章》，坚持（试行）条例；做到：学懂！'),
    content('时间为9:30，地点待定。'),
    content('一是学习,'),
  ],
  invalid: [
    {
      name: 'the seed’s 作用,坚持',
      mutate: (m) => (itemAt(m, 0).content = '充分利用现有学习教育平台作用,坚持集中学和自学相结合。'),
      issues: [
        {
          cell: 'D4',
          severity: 'warning',
          message: '第1项内容中有半角标点“,”：“…平台作用,坚持集中…”，中文之间应使用全角“，”',
          code: 'halfwidth-punctuation/halfwidth',
          data: { label: '第1项内容', mark: ',', quote: '…平台作用,坚持集中…', full: '，' },
        },
      ],
    },
    {
      name: 'two in one cell, with a space after one: one issue counting both',
      mutate: (m) => (itemAt(m, 2).content = '着眼于思想的运用,着眼于总要求的践行, 紧密联系单位职能'),
      issues: [
        {
          cell: 'D6',
          code: 'halfwidth-punctuation/halfwidthRepeated',
          data: { label: '第3项内容', mark: ',', quote: '…想的运用,着眼于总…', count: 2 },
        },
      ],
    },
    {
      name: 'parentheses and a colon',
      mutate: (m) => ((itemAt(m, 1).title = '学习党章(试行)条例'), (itemAt(m, 3).content = '地点:会议室')),
      issues: [
        { cell: 'C5', code: 'halfwidth-punctuation/halfwidthRepeated', data: { mark: '(', count: 2 } },
        {
          cell: 'D7',
          code: 'halfwidth-punctuation/halfwidth',
          data: { label: '第4项内容', mark: ':', quote: '地点:会议室', full: '：' },
        },
      ],
    },
    {
      name: 'after a full-width closing bracket',
      mutate: (m) => (m.study.months[9]!.content = '学习《条例》;坚持原则'),
      issues: [{ sheet: 'study', cell: 'C13', code: 'halfwidth-punctuation/halfwidth', data: { mark: ';' } }],
    },
    {
      name: 'the preamble and a question mark',
      mutate: (m) => (m.plan.preamble = ['如何做好工作?要靠学习。']),
      issues: [{ cell: 'A2', code: 'halfwidth-punctuation/halfwidth', data: { mark: '?', full: '？' } }],
    },
  ],
});
