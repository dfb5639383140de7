/** What importing reports, as message codes (src/plan/messages.ts): one family per rule id. */
import { defineMessages } from '../messages';

export const IMPORT = {
  unplaced: defineMessages('import-unplaced', {
    line: { zh: '{{at}}未导入（{{why}}）：“{{text}}”', en: '{{at}} was not imported ({{whyEn}}).' },
  }),
  title: defineMessages('import-title', {
    none: {
      zh: '前几行中没有找到标题（如“××党支部2026年工作计划”“主题党日活动安排”），已按内容导入并使用默认标题',
      en: 'No title found in the first lines; imported by content with a default title.',
    },
  }),
  noYear: defineMessages('import-no-year', {
    title: {
      zh: '标题“{{title}}”没有写年份，已按 {{year}} 年导入',
      en: 'The title has no year; imported as {{year}}.',
    },
  }),
  year: defineMessages('import-year', {
    other: {
      zh: '这份文件是 {{found}} 年的，与其他文件的 {{year}} 年不同，已一并按 {{year}} 年导入',
      en: 'This document is for {{found}}, the others for {{year}}; imported as {{year}}.',
    },
  }),
  tooLong: defineMessages('import-too-long', {
    cell: {
      zh: '{{at}}起的文字有 {{length}} 个字符，超过 Excel 单元格的上限 {{limit}}；未截断，请拆分后再导入',
      en: 'The text from {{at}} has {{length}} characters, more than an Excel cell holds ({{limit}}); it was not cut: split it and import again.',
    },
  }),
  empty: defineMessages('import-empty', {
    nothing: {
      zh: '没有找到可导入的计划内容（章节、条目或月份）',
      en: 'Nothing to import was found (no sections, items or months).',
    },
  }),
  templateKinds: defineMessages('import-template-kinds', {
    filled: {
      zh: '导入的文件中没有{{kinds}}，已按内置模板生成，请按支部实际修改',
      en: 'The documents hold no {{kindsEn}}; generated from the built-in template.',
    },
  }),
};
