import { staleEra } from '../../../src/validate/rules/staleEra';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

// The plan year is 2027: before it began the 20th congress (2022-10) and its 4th plenary session
// (2025-10) had been held (src/plan/era/data.ts). Item 1's content is D4, item 2's D5; the preamble A2.
ruleTester(staleEra, {
  valid: [
    { name: 'the fixture names no congress' },
    {
      name: 'the current congress and all its sessions',
      mutate: (m) => (itemAt(m, 0).content = '深入学习党的二十大精神、二十届历次全会精神。'),
    },
    {
      name: 'the current sessions listed up to the latest',
      mutate: (m) => (itemAt(m, 0).content = '学习贯彻党的二十大和二十届二中、三中、四中全会精神。'),
    },
    {
      name: 'a congress still to come',
      mutate: (m) => (itemAt(m, 0).content = '迎接党的二十一大胜利召开。'),
    },
    {
      name: 'an earlier congress named as a time, or as where a document comes from',
      mutate: (m) => {
        itemAt(m, 0).content = '回顾党的十八大以来的成就。';
        itemAt(m, 1).content = '学习党的十九届六中全会通过的历史决议。';
      },
    },
    { name: 'not a congress: 十大', mutate: (m) => (itemAt(m, 0).content = '推进十大工程。') },
    {
      name: 'a campaign still current in its own years',
      mutate: (m) => {
        m.year = 2020;
        itemAt(m, 0).content = '打赢疫情防控阻击战和脱贫攻坚战。';
      },
    },
    {
      name: 'what is left of a campaign: 巩固拓展脱贫攻坚成果',
      mutate: (m) => (itemAt(m, 0).content = '巩固拓展脱贫攻坚成果。'),
    },
    { name: 'the five-year plan of the year', mutate: (m) => (itemAt(m, 0).content = '谋划十五五发展。') },
  ],
  invalid: [
    {
      name: 'a session of an earlier congress, said which is current',
      mutate: (m) => (itemAt(m, 0).content = '深入学习党的十九届四中全会精神。'),
      issues: [
        {
          cell: 'D4',
          message:
            '第1项内容中的“十九届四中全会”不是2027年的提法：此前已召开党的二十大（2022年10月）和二十届四中全会（2025年10月）。当前的学习重点为“习近平新时代中国特色社会主义思想和党的二十大精神、二十届历次全会精神”，请核对改写',
          code: 'stale-era/superseded',
          data: {
            label: '第1项内容',
            phrases: '“十九届四中全会”',
            year: 2027,
            current: '党的二十大（2022年10月）和二十届四中全会（2025年10月）',
            focus: '习近平新时代中国特色社会主义思想和党的二十大精神、二十届历次全会精神',
          },
        },
      ],
    },
    {
      name: 'the earlier congress and its sessions in one cell: one issue naming both',
      mutate: (m) => (m.plan.preamble = ['深入学习贯彻党的十九大和十九届二中、三中、四中全会精神。']),
      issues: [
        {
          cell: 'A2',
          code: 'stale-era/superseded',
          data: { phrases: '“党的十九大”、“十九届二中、三中、四中全会”', year: 2027 },
        },
      ],
    },
    {
      name: 'the congress by its full name, and a session by its full name',
      mutate: (m) => {
        itemAt(m, 0).content = '学习第十九次全国代表大会报告。';
        itemAt(m, 1).content = '学习十九届中央委员会第五次全体会议精神。';
      },
      issues: [
        { cell: 'D4', code: 'stale-era/superseded', data: { phrases: '“第十九次全国代表大会”' } },
        { cell: 'D5', code: 'stale-era/superseded', data: { phrases: '“十九届中央委员会第五次全体会议”' } },
      ],
    },
    {
      name: 'sessions of the current congress that stop before the latest',
      mutate: (m) => (itemAt(m, 0).content = '学习党的二十大和二十届二中、三中全会精神。'),
      issues: [
        { cell: 'D4', code: 'stale-era/superseded', data: { phrases: '“二十届二中、三中全会”', year: 2027 } },
      ],
    },
    {
      name: 'the study focus of the settings in the message',
      settings: { studyFocus: '党的二十大精神和二十届四中全会精神' },
      mutate: (m) => (m.study.months[0]!.theme = '学习十九届六中全会精神'),
      issues: [
        {
          cell: 'B4',
          sheet: 'study',
          code: 'stale-era/superseded',
          data: { focus: '党的二十大精神和二十届四中全会精神' },
        },
      ],
    },
    {
      name: 'ended campaigns and a past five-year plan, more softly, in their own issue',
      mutate: (m) => {
        itemAt(m, 0).content = '推进“两学一做”学习教育常态化制度化。';
        itemAt(m, 1).content = '巩固“不忘初心、牢记使命”主题教育成果，总结十四五。';
        m.themeDays.activities[2]!.content = '开展疫情防控志愿服务。';
      },
      issues: [
        { cell: 'D4', code: 'stale-era/ended', data: { ended: '“两学一做”学习教育（至2019年）' } },
        {
          cell: 'D5',
          code: 'stale-era/ended',
          data: { ended: '“不忘初心、牢记使命”主题教育（至2020年）、“十四五”时期（至2025年）' },
        },
        {
          cell: 'D6',
          sheet: 'themeDays',
          code: 'stale-era/ended',
          data: { ended: '新冠肺炎疫情防控（至2023年）' },
        },
      ],
    },
    {
      name: 'an earlier session and an ended campaign in one cell: two issues',
      mutate: (m) => (itemAt(m, 0).content = '学习十九届五中全会精神，决胜全面建成小康社会。'),
      issues: [
        { cell: 'D4', code: 'stale-era/superseded', data: { phrases: '“十九届五中全会”' } },
        { cell: 'D4', code: 'stale-era/ended', data: { ended: '决胜全面建成小康社会（至2020年）' } },
      ],
    },
  ],
});
