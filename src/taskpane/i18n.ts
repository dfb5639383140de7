/** UI strings in zh-CN (default) and en-US; Office's display language picks one. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const resources = {
  'zh-CN': {
    translation: {
      appTitle: '支部年度计划',
      modeExcel: '在 Excel 中运行',
      modeStandalone: '独立页面（未连接 Excel）：生成后可预览并下载 .xlsx',
      branch: '支部名称',
      branchPlaceholder: '如：机关第一党支部',
      year: '年度',
      rule: '主题党日固定活动日',
      ruleHint: '如“每月第一个星期五”“每月最后一个星期三”“每月20日”，遇周末或节假日顺延',
      source: '模板',
      sourceDefault: '内置默认模板',
      sourceText: '粘贴计划文本',
      sourceYear: '本工作簿中的年度',
      pasteHere: '把 Word 中的年度工作计划全文粘贴到这里',
      noYears: '工作簿中还没有年度计划',
      generate: '生成年度表格',
      validate: '校验',
      format: '一键格式化',
      share: '共享',
      working: '正在处理…',
      generated: '已生成 {{year}} 年的三张工作表；已有的工作表中填写的内容都已保留。',
      rollover: '滚动到下一年',
      rolledOver:
        '已由 {{from}} 年生成 {{to}} 年的工作表：内容和负责人沿用，状态和完成情况已清空，日期已按新年度重算。',
      validated: '校验完成：{{errors}} 个错误，{{warnings}} 个警告。',
      validatedClean: '校验通过，没有发现问题。',
      formatted: '已重新排版 {{year}} 年的工作表，填写的内容都已保留。',
      shared: '已保护工作表（填写列仍可编辑）并导出工作簿。',
      sharedNoPdf: '此环境不支持导出 PDF，已导出 .xlsx。',
      blocked: '有 {{errors}} 个错误需要先修正，未做任何改动。',
      blockedOutside:
        '表格之外还有内容（见下方列表），重新排版会丢失它们，未做任何改动。请先移入表格或删除。',
      confirmWarningsTitle: '还有警告，仍要共享？',
      confirmWarnings: '校验发现 {{warnings}} 个警告（没有错误）。可以先查看下方列表再决定。',
      shareAnyway: '仍然共享',
      cancel: '取消',
      issues: '问题',
      issuesOf: '{{sheet}}：{{count}} 个',
      error: '错误',
      warning: '警告',
      goToCell: '转到 {{sheet}}!{{cell}}',
      preview: '预览',
      download: '下载 .xlsx',
      downloadPdf: '下载 PDF',
      noSheets: '还没有工作表。选择模板后点“生成年度表格”。',
      failed: '操作失败：{{message}}',
      yearInvalid: '请输入 1921–2100 之间的年份',
      hostTooOld: '此版本的 Excel 不支持本加载项所需的功能。',
    },
  },
  'en-US': {
    translation: {
      appTitle: 'Branch annual plan',
      modeExcel: 'Running in Excel',
      modeStandalone: 'Standalone page (no Excel): preview and download the .xlsx after generating',
      branch: 'Branch name',
      branchPlaceholder: 'e.g. 机关第一党支部',
      year: 'Year',
      rule: 'Fixed theme day',
      ruleHint: 'e.g. 每月第一个星期五, 每月最后一个星期三, 每月20日; moved off weekends and holidays',
      source: 'Template',
      sourceDefault: 'Built-in default',
      sourceText: 'Paste a plan text',
      sourceYear: 'A year in this workbook',
      pasteHere: 'Paste the whole annual plan from Word here',
      noYears: 'No plan years in this workbook yet',
      generate: 'Generate sheets',
      validate: 'Validate',
      format: 'Format',
      share: 'Share',
      working: 'Working…',
      generated: 'The three sheets of {{year}} are generated; anything typed in existing sheets is kept.',
      rollover: 'Roll over to next year',
      rolledOver:
        'The sheets of {{to}} are made from {{from}}: texts and owners carried, statuses and completion cleared, dates recomputed.',
      validated: 'Validation done: {{errors}} errors, {{warnings}} warnings.',
      validatedClean: 'Validation passed: no issues found.',
      formatted: 'The sheets of {{year}} are formatted again; everything typed is kept.',
      shared: 'Sheets protected (user columns stay editable) and the workbook exported.',
      sharedNoPdf: 'PDF export is not supported here; the .xlsx was exported.',
      blocked: '{{errors}} errors must be fixed first; nothing was changed.',
      blockedOutside:
        'There is content outside the table (listed below) that rewriting would drop; nothing was changed. Move it into the table or delete it first.',
      confirmWarningsTitle: 'Share with warnings?',
      confirmWarnings:
        'Validation found {{warnings}} warnings (no errors). Review the list below before deciding.',
      shareAnyway: 'Share anyway',
      cancel: 'Cancel',
      issues: 'Issues',
      issuesOf: '{{sheet}}: {{count}}',
      error: 'Error',
      warning: 'Warning',
      goToCell: 'Go to {{sheet}}!{{cell}}',
      preview: 'Preview',
      download: 'Download .xlsx',
      downloadPdf: 'Download PDF',
      noSheets: 'No sheets yet. Pick a template and press "Generate sheets".',
      failed: 'Failed: {{message}}',
      yearInvalid: 'Enter a year between 1921 and 2100',
      hostTooOld: 'This version of Excel lacks features this add-in needs.',
    },
  },
} as const;

export type Language = keyof typeof resources;

/** zh-CN unless the display language is English. */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage && /^en/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}

export async function initI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  return instance;
}
