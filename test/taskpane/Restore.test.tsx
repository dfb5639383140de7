/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPane } from '../helpers/pane';
import { initI18n } from '../../src/taskpane/i18n';
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import { readYearFrom } from '../../src/workbook/years';
import { fillInJsdom } from '../helpers/jsdom';
import { FakeExcel } from '../workbook/office/fakeExcel';

async function renderExcel(port: OfficeWorkbook) {
  const i18n = await initI18n('zh-CN');
  await renderPane(i18n, { port, mode: 'excel', initialYear: 2027 });
}

beforeAll(() => {
  fillInJsdom();
});

const notice = () => screen.getByTestId('notice').textContent ?? '';

describe('恢复上一版 in Excel', () => {
  it('takes the last action back: the sheets as they were before it', async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await renderExcel(port);
    const restore = screen.getByRole('button', { name: '恢复上一版' });
    expect(restore.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '生成年度表格' }));
    await waitFor(() => expect(notice()).toContain('已新建 2027 年'));
    fireEvent.change(screen.getByRole('combobox', { name: '主题党日固定活动日' }), {
      target: { value: '每月20日' },
    });
    fireEvent.click(screen.getByRole('button', { name: '生成年度表格' }));
    await waitFor(() => expect(notice()).toContain('已更新 2027 年'));
    expect((await readYearFrom(port, 2027)).model.themeDays.rule).toBe('每月20日');
    await waitFor(() => expect(restore.hasAttribute('disabled')).toBe(false));
    fireEvent.click(restore);
    await waitFor(() => expect(notice()).toContain('已恢复上一次操作之前的工作表'));
    expect((await readYearFrom(port, 2027)).model.themeDays.rule).toBe('每月第一个星期五');
    expect(screen.getByTestId('no-undo').textContent).toContain('恢复上一版');
  });

  it('offers back what a write that did not finish left, as soon as the pane opens', async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    const { generateSheets } = await import('../../src/app/actions');
    const request = { year: 2027, branch: '', rule: '', source: { kind: 'default' as const } };
    await generateSheets(port, request);
    // The regenerate fails half-way through its values, and so does its recovery.
    excel.failOnSync(4, 20);
    excel.failOnSync(5, 0);
    await expect(generateSheets(port, { ...request, rule: '每月20日' })).rejects.toThrow();
    await renderExcel(port);
    await waitFor(() => expect(notice()).toContain('上一次操作没有完成'));
    fireEvent.click(screen.getByRole('button', { name: '恢复上一版' }));
    await waitFor(() => expect(notice()).toContain('已恢复'));
    expect((await port.backups()).stranded).toEqual([]);
  });

  it('asks before formatting, saying what the standard layout does not keep', async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await renderExcel(port);
    fireEvent.click(screen.getByRole('button', { name: '生成年度表格' }));
    await waitFor(() => expect(notice()).toContain('已新建 2027 年'));
    fireEvent.click(screen.getByRole('button', { name: '一键格式化' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('单元格批注、超链接');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(notice()).toContain('已新建 2027 年');
    fireEvent.click(screen.getByRole('button', { name: '一键格式化' }));
    fireEvent.click(await screen.findByRole('button', { name: '重建版式' }));
    await waitFor(() => expect(notice()).toContain('已重新排版 2027 年'));
  });
});
