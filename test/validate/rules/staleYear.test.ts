import { staleYear } from '../../../src/validate/rules/staleYear';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

// The plan year is 2027: 2026年 is a warning, anything earlier an error. Titles are in A1, the first
// text row (preamble / 学习要求 / the theme-day rule) in A2.
ruleTester(staleYear, {
  valid: [
    { name: 'the fixture mentions only 2027年' },
    { name: 'a later year', mutate: (m) => (itemAt(m, 0).content = '为2028年工作打好基础。') },
    {
      name: 'a year that is part of a longer number',
      mutate: (m) => (itemAt(m, 0).content = '编号12020年度。'),
    },
    { name: 'a year without 年', mutate: (m) => (itemAt(m, 0).content = '文件编号2020-15。') },
    { name: '建党N周年', mutate: (m) => (itemAt(m, 0).content = '纪念建党99周年。') },
  ],
  invalid: [
    {
      name: 'last year in the title is a warning',
      mutate: (m) => (m.plan.title = '第一党支部2026年工作计划'),
      issues: [
        {
          cell: 'A1',
          severity: 'warning',
          message: '工作计划标题中出现往年年份“2026年”（本计划为 2027 年），请核对是否沿用了旧计划的文字',
          code: 'stale-year/earlier',
          data: { label: '工作计划标题', years: '2026年', year: 2027 },
        },
      ],
    },
    {
      name: 'an older year in the preamble is an error',
      mutate: (m) => (m.plan.preamble = ['2020年，党支部坚持以党的创新理论为指导。']),
      issues: [
        {
          cell: 'A2',
          severity: 'error',
          code: 'stale-year/earlier',
          data: { label: '前言第1段', years: '2020年' },
        },
      ],
    },
    {
      name: 'several years in one cell: one issue, error if any is older than last year',
      mutate: (m) => (itemAt(m, 1).content = '总结2026年和2025 年工作。'),
      issues: [
        { cell: 'D5', severity: 'error', code: 'stale-year/earlier', data: { years: '2026年、2025年' } },
      ],
    },
    {
      name: 'full-width digits',
      mutate: (m) => (itemAt(m, 0).title = '落实２０２４年部署'),
      issues: [{ cell: 'C4', severity: 'error', code: 'stale-year/earlier' }],
    },
    {
      name: 'a section title and a free-text deadline',
      mutate: (m) => (
        (m.plan.sections[1]!.title = '巩固2025年整改成果'),
        (itemAt(m, 1).deadline = '2026年底前')
      ),
      issues: [
        { cell: 'F5', severity: 'warning', code: 'stale-year/earlier' },
        { cell: 'A6', severity: 'error', code: 'stale-year/earlier' },
      ],
    },
    {
      name: 'study title, requirements and a theme',
      mutate: (m) => {
        m.study.title = '党员2020年度每月学习计划安排';
        m.study.requirements = ['坚持学习。', '按2019年要求执行。'];
        m.study.months[0]!.theme = '学习2026年全会精神';
      },
      issues: [
        { sheet: 'study', cell: 'A1', severity: 'error', code: 'stale-year/earlier' },
        { sheet: 'study', cell: 'A3', severity: 'error', code: 'stale-year/earlier' },
        { sheet: 'study', cell: 'B5', severity: 'warning', code: 'stale-year/earlier' },
      ],
    },
    {
      name: 'the theme-day rule row, a theme and a note',
      mutate: (m) => {
        m.themeDays.rule = '自2024年起每月第三个星期二';
        m.themeDays.activities[6]!.theme = '庆祝建党2021年百年';
        m.themeDays.activities[6]!.note = '沿用2026年安排';
      },
      issues: [
        { sheet: 'themeDays', cell: 'A2', severity: 'error', code: 'stale-year/earlier' },
        { sheet: 'themeDays', cell: 'C10', severity: 'error', code: 'stale-year/earlier' },
        { sheet: 'themeDays', cell: 'J10', severity: 'warning', code: 'stale-year/earlier' },
      ],
    },
  ],
});
