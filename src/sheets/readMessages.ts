/** What reading a sheet reports, as message codes (src/plan/messages.ts): one family per rule id. */
import { defineMessages } from '../plan/messages';

const AFTER = '（重新排版时不会保留；';

export const READ = {
  sorted: defineMessages('read-sorted', {
    plan: {
      zh: '表格按其他列排过序，各部分的事项交错排列：已按部分和序号的顺序读取（重新排版或结转后恢复此顺序）',
      en: 'The table was sorted by another column and its sections are interleaved: it was read in section and item order (formatting or rolling over restores that order).',
    },
  }),
  table: defineMessages('read-table', {
    noHeader: {
      zh: '找不到表头（应有：{{expected}}）',
      en: 'No table header found (expected: {{expectedEn}}).',
    },
  }),
  column: defineMessages('read-column', {
    missing: { zh: '表头缺少“{{header}}”列', en: 'The header has no "{{header}}" column.' },
  }),
  extraRow: defineMessages('read-extra-row', {
    outside: {
      zh: `“{{text}}”不在表格的列中，未读取${AFTER}如是计划内容，请填入表格的列）`,
      en: `"{{text}}" lies outside the table's columns and was not read (re-formatting drops it; put plan content in the table's columns).`,
    },
    note: {
      zh: `表格下方的“{{text}}”不是计划内容，未读取${AFTER}如是计划内容，请在本行填写{{fill}}各列）`,
      en: `"{{text}}" below the table is not plan content and was not read (re-formatting drops it; if it is, fill in the row's other columns).`,
    },
  }),
  extraColumn: defineMessages('read-extra-column', {
    named: {
      zh: `“{{header}}”列不是本表的列，其中的内容未读取${AFTER}应填入“备注”等表格的列）`,
      en: `Column "{{header}}" is not one of the table's columns; its values were not read (re-formatting drops them; use a table column such as 备注).`,
    },
    unnamed: {
      zh: `{{column}}列（无表头）不是本表的列，其中的内容未读取${AFTER}应填入“备注”等表格的列）`,
      en: `Column {{column}} (no header) is not one of the table's columns; its values were not read (re-formatting drops them; use a table column such as 备注).`,
    },
  }),
  date: defineMessages('read-date', {
    ambiguous: {
      zh: '日期“{{text}}”可能是{{one}}，也可能是{{other}}（应为完整的日期，如 {{year}}年3月5日）',
      en: 'The date "{{text}}" may be {{oneEn}} or {{otherEn}} (expected a full date such as {{year}}-03-05).',
    },
    unreadable: {
      zh: '无法识别的日期“{{text}}”（应为日期，如 {{year}}年3月5日 或 {{year}}-03-05）',
      en: 'Unreadable date "{{text}}" (expected a date such as {{year}}-03-05).',
    },
  }),
  month: defineMessages('read-month', {
    unreadable: {
      zh: '无法识别的月份“{{text}}”（应为 1–12 或“1月”）',
      en: 'Unreadable month "{{text}}" (expected 1–12).',
    },
    missing: { zh: '缺少月份（应为 1–12 或“1月”）', en: 'The month is missing (expected 1–12).' },
  }),
  number: defineMessages('read-number', {
    notNumber: {
      zh: '{{header}}“{{text}}”不是数字（应为数字，如 2 或 2.5）',
      en: '{{headerEn}} "{{text}}" is not a number (expected a number such as 2 or 2.5).',
    },
  }),
  sheet: defineMessages('read-sheet', {
    missing: {
      zh: '工作簿中没有工作表“{{sheet}}”',
      en: 'The workbook has no sheet "{{sheet}}" ({{labelEn}}).',
    },
  }),
  outside: defineMessages('read-outside', {
    beyond: {
      zh: '表格区域以外远处还有内容（直到 {{cell}}），未读取（重新排版时不会保留；请移入表格或删除）',
      en: 'Cells far outside the plan (up to {{cell}}) are in use and were not read (re-formatting drops them; move them into the table or delete them).',
    },
  }),
  kindsMissing: defineMessages('read-kinds-missing', {
    some: {
      zh: '{{year}}年缺少工作表：{{sheets}}（只校验已有的工作表）',
      en: {
        one: '{{year}} has no sheet {{sheetsEn}}; only the sheets present are validated.',
        other: '{{year}} has no sheets {{sheetsEn}}; only the sheets present are validated.',
      },
    },
  }),
};
