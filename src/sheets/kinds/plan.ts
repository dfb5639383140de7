/** 年度工作计划: one row per item, under its section (部分). */
import type { PlanItem } from '../../plan/model';
import { DATE_FORMAT, noteColumn, statusColumn } from './shared';
import type { KindDef } from './types';

/** A row of the plan sheet: an item and the label of its section (`一、加强政治建设`). */
export type PlanRow = PlanItem & { section: string };

export const plan: KindDef<PlanRow> = {
  suffix: '工作计划',
  tablePrefix: 'Plan',
  label: '工作计划',
  labelEn: 'work plan',
  key: ['number'],
  columns: [
    {
      field: 'section',
      header: '部分',
      headerEn: 'section',
      aliases: ['类别', '分类', '板块', '工作板块'],
      role: 'derived',
      width: 18,
      kind: 'text',
      checkedText: false,
    },
    {
      field: 'number',
      header: '序号',
      headerEn: 'number',
      aliases: ['编号', '序', 'No.', 'No', '#'],
      role: 'template',
      width: 6,
      kind: 'text',
      numberFormat: '@',
      centre: true,
      checkedText: false,
    },
    {
      field: 'title',
      header: '标题',
      headerEn: 'title',
      aliases: ['项目', '工作项目', '事项', '工作事项', '工作任务', '任务', '名称'],
      role: 'template',
      width: 22,
      kind: 'text',
    },
    {
      field: 'content',
      header: '内容',
      headerEn: 'content',
      aliases: ['工作内容', '具体内容', '主要内容', '内容要求', '工作要求', '具体措施', '工作措施'],
      role: 'template',
      width: 60,
      kind: 'text',
    },
    {
      field: 'owner',
      header: '责任人',
      headerEn: 'owner',
      aliases: ['负责人', '责任部门', '责任单位', '责任领导', '牵头人'],
      role: 'user',
      width: 10,
      kind: 'text',
    },
    {
      field: 'deadline',
      header: '完成时限',
      headerEn: 'deadline',
      aliases: ['完成时间', '时限', '时间', '完成日期', '截止时间', '截止日期', '日期', '时间节点'],
      role: 'user',
      width: 16,
      kind: 'date',
      freeText: true,
      numberFormat: DATE_FORMAT,
    },
    statusColumn<PlanRow>(),
    noteColumn<PlanRow>(),
  ],
};
