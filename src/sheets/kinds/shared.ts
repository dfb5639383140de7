/** Columns more than one kind has, and the formats of dates and months. */
import { STATUS_VALUES } from '../../plan/model';
import type { Column } from './types';

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
export const MONTH_FORMAT = '0"月"';

export const STATUS_LIST = { values: STATUS_VALUES, strict: true } as const;

/** 状态: the work plan's and the theme-day sheet's, with its strict drop-down and colours. */
export function statusColumn<Row extends { status: string }>(): Column<Row> {
  return {
    field: 'status',
    header: '状态',
    headerEn: 'status',
    aliases: ['进度', '完成状态', '完成情况', '进展', '进展情况'],
    role: 'user',
    width: 9,
    kind: 'text',
    list: STATUS_LIST,
    statusColours: true,
    centre: true,
  };
}

export function noteColumn<Row extends { note: string }>(): Column<Row> {
  return {
    field: 'note',
    header: '备注',
    headerEn: 'note',
    aliases: ['说明', '备考'],
    role: 'user',
    width: 14,
    kind: 'text',
  };
}

/** 月份: the key of the study and theme-day rows. */
export function monthColumn<Row extends { month: number }>(): Column<Row> {
  return {
    field: 'month',
    header: '月份',
    headerEn: 'month',
    aliases: ['月', '月度'],
    role: 'template',
    width: 7,
    kind: 'month',
    numberFormat: MONTH_FORMAT,
    centre: true,
  };
}

/** 负责人 of a study month or a theme day (责任人 is the plan's name for it, and an alias here). */
export function ownerColumn<Row extends { owner: string }>(): Column<Row> {
  return {
    field: 'owner',
    header: '负责人',
    headerEn: 'owner',
    aliases: ['责任人'],
    role: 'user',
    width: 10,
    kind: 'text',
  };
}
