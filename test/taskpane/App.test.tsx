/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane } from '../helpers/pane';
import { initI18n, pickLanguage } from '../../src/taskpane/i18n';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';
import { cellOf } from '../../src/sheets/map';
import type { WorkbookPort } from '../../src/workbook/port';
import { browserSettingsStore, type SettingsStore } from '../../src/taskpane/settingsStore';
import { fillInJsdom } from '../helpers/jsdom';
import { seedText } from '../helpers/seed';

/**
 * A button by its text: role queries compute every element's accessible name, which in a page holding
 * the preview of three sheets takes seconds per query in jsdom.
 */
function button(text: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Choose 粘贴计划文本 and paste the seed plan (its 3 → 5 gap is an error at B7 of 2027年工作计划). */
function pasteSeed() {
  fireEvent.click(screen.getByRole('radio', { name: '粘贴计划文本' }));
  fireEvent.change(screen.getByRole('textbox', { name: '粘贴计划文本' }), { target: { value: seedText() } });
}

async function renderApp(port: WorkbookPort, lang: 'zh-CN' | 'en-US' = 'zh-CN', store?: SettingsStore) {
  const i18n = await initI18n(lang);
  await renderPane(i18n, { port, mode: 'standalone', initialYear: 2027, store });
}

beforeAll(() => {
  fillInJsdom();
});

describe('task pane (standalone)', () => {
  it('picks the language from the display language', () => {
    expect(pickLanguage('en-US')).toBe('en-US');
    expect(pickLanguage('en-GB')).toBe('en-US');
    expect(pickLanguage('zh-CN')).toBe('zh-CN');
    expect(pickLanguage(null)).toBe('zh-CN');
  });

  it('generates a year, previews its sheets, lists the issues and jumps to a cell', async () => {
    const port = XlsxWorkbook.create();
    const select = jest.spyOn(port, 'selectCell');
    await renderApp(port);
    fireEvent.change(screen.getByPlaceholderText('如：机关第一党支部'), {
      target: { value: '机关第一党支部' },
    });
    pasteSeed();
    fireEvent.click(button('生成年度表格'));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain(
        '已新建 2027 年的工作表：2027年工作计划、2027年学习计划、2027年主题党日。 校验完成：1 个错误',
      ),
    );
    expect(await port.listSheets()).toEqual(['2027年工作计划', '2027年学习计划', '2027年主题党日']);
    const preview = await screen.findByTestId('preview');
    const tabs = within(preview).getAllByRole('tab');
    // Fluent renders each tab's label twice (one copy reserves the bold width).
    expect(tabs.map((t) => t.textContent!.slice(0, 9))).toEqual([
      '2027年工作计划',
      '2027年学习计划',
      '2027年主题党日',
    ]);
    expect(preview.textContent).toContain('机关第一党支部2027年工作计划');
    // The seed's gap is listed, and highlighted in the preview.
    const issues = screen.getByTestId('issues');
    const gap = within(issues)
      .getByText(/序号不连续/)
      .closest('button')!;
    expect(gap.getAttribute('data-cell')).toBe('B7');
    expect(preview.querySelector('[data-cell="B7"]')!.getAttribute('data-issue')).toBe('error');
    fireEvent.click(gap);
    await waitFor(() => expect(select).toHaveBeenCalledWith('2027年工作计划', 'B7'));
  });

  it('creates a clean year from the built-in template, regenerates by merging, rolls over, and validates', async () => {
    const port = XlsxWorkbook.create();
    await renderApp(port);
    fireEvent.click(button('生成年度表格'));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toBe(
        '已新建 2027 年的工作表：2027年工作计划、2027年学习计划、2027年主题党日。 校验通过，没有发现问题。',
      ),
    );
    const { maps } = await readYearFrom(port, 2027);
    port.workbook.getWorksheet('2027年工作计划')!.getCell(cellOf(maps.plan, 0, 'owner')).value = '张三';
    fireEvent.click(button('生成年度表格'));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain(
        '已更新 2027 年已有的工作表：2027年工作计划、2027年学习计划、2027年主题党日；保留了 1 处填写的内容。',
      ),
    );
    expect(port.workbook.getWorksheet('2027年工作计划')!.getCell(cellOf(maps.plan, 0, 'owner')).value).toBe(
      '张三',
    );
    fireEvent.click(screen.getByRole('button', { name: '滚动到下一年' }));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain('已由 2027 年生成 2028 年的工作表'),
    );
    expect(await port.listSheets()).toHaveLength(6);
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('2028');
    fireEvent.click(button('校验'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('校验通过，没有发现问题。'));
  });

  it('asks before sharing with warnings, listing them in the dialog; Esc cancels, the answer shares', async () => {
    const port = XlsxWorkbook.create();
    // jsdom has no blob URLs and does not follow a download link: the link's click is what is seen.
    Object.defineProperty(URL, 'createObjectURL', { value: () => 'blob:x', configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
    const download = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderApp(port);
    fireEvent.click(button('生成年度表格'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('校验通过'));
    const { maps } = await readYearFrom(port, 2027);
    const cell = cellOf(maps.plan, 0, 'content');
    port.workbook.getWorksheet('2027年工作计划')!.getCell(cell).value = '学习党章,学习党规';
    fireEvent.click(button('共享'));
    const dialog = await screen.findByTestId('confirm');
    expect(dialog.textContent).toContain('还有警告，仍要共享？');
    const listed = within(screen.getByTestId('confirm-issues')).getAllByRole('listitem');
    expect(listed).toHaveLength(1);
    expect(listed[0]!.textContent).toContain(`2027年工作计划 ${cell}`);
    expect(listed[0]!.textContent).toMatch(/半角/);
    fireEvent(dialog, new Event('close')); // Esc: the browser closes the dialog and fires close
    await waitFor(() => expect(screen.queryByTestId('confirm-issues')).toBeNull());
    expect(download).not.toHaveBeenCalled();
    fireEvent.click(button('共享'));
    fireEvent.click(await waitFor(() => button('仍然共享')));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已保护工作表'));
    expect(download).toHaveBeenCalledTimes(1);
    download.mockRestore();
  });

  it('starts from the kind of branch chosen, naming the study focus typed, which is kept', async () => {
    window.localStorage.clear();
    const port = XlsxWorkbook.create();
    await renderApp(port, 'zh-CN', browserSettingsStore(window.localStorage));
    const focus = (await screen.findByRole('textbox', { name: /当前学习重点/ })) as HTMLTextAreaElement;
    expect(focus.placeholder).toBe('习近平新时代中国特色社会主义思想和党的二十大精神、二十届历次全会精神');
    fireEvent.change(focus, { target: { value: '党的二十大精神和二十届四中全会精神' } });
    const kind = screen.getByRole('combobox', { name: /支部类型/ }) as HTMLSelectElement;
    fireEvent.change(kind, {
      target: { value: screen.getByRole('option', { name: '学校' }).getAttribute('value') },
    });
    expect(kind.selectedOptions[0]?.textContent).toBe('学校');
    fireEvent.click(button('生成年度表格'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('校验通过'));
    const sheet = port.workbook.getWorksheet('2027年工作计划')!;
    expect(String(sheet.getCell('A2').value)).toContain('党的二十大精神和二十届四中全会精神');
    expect(JSON.parse(window.localStorage.getItem('zhibu-annual-plan.validationSettings')!)).toEqual({
      studyFocus: '党的二十大精神和二十届四中全会精神',
    });
    const school = JSON.stringify(sheet.getSheetValues());
    expect(school).toMatch(/教师|学生/);
  });

  it('speaks English when Office does', async () => {
    await renderApp(XlsxWorkbook.create(), 'en-US');
    expect(screen.getByRole('button', { name: 'Generate sheets' })).toBeTruthy();
  });
});

describe('validation settings in the task pane', () => {
  const KEY = 'zhibu-annual-plan.validationSettings';
  beforeEach(() => window.localStorage.clear());

  async function generated(store: SettingsStore) {
    const port = XlsxWorkbook.create();
    await renderApp(port, 'zh-CN', store);
    pasteSeed();
    fireEvent.click(button('生成年度表格'));
    await screen.findByTestId('preview');
    return port;
  }

  async function validate() {
    fireEvent.click(button('校验'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^校验(完成|通过)/));
    return screen.getByTestId('notice').textContent!;
  }

  it('turns a rule off: validation no longer reports it, and the choice is kept', async () => {
    const store = browserSettingsStore(window.localStorage);
    await generated(store);
    expect(await validate()).toMatch(/1 个错误/);
    fireEvent.click(await waitFor(() => button('校验设置')));
    const panel = await screen.findByTestId('settings');
    expect(panel.textContent).toContain('保存在本浏览器中');
    fireEvent.click(within(panel).getByRole('checkbox', { name: /item-numbering/ }));
    await waitFor(() => expect(window.localStorage.getItem(KEY)).toBe('{"off":["item-numbering"]}'));
    expect(await validate()).toMatch(/0 个错误/);
    expect(screen.getByTestId('issues').textContent).not.toMatch(/序号不连续/);
  });

  it('loads the kept settings when the pane opens again, and restores the defaults', async () => {
    window.localStorage.setItem(KEY, JSON.stringify({ off: ['item-numbering'], themeDayMonths: 11 }));
    await generated(browserSettingsStore(window.localStorage));
    expect(await validate()).toMatch(/0 个错误/);
    fireEvent.click(await waitFor(() => button('校验设置')));
    const panel = await screen.findByTestId('settings');
    const months = within(panel).getByRole('spinbutton', { name: '每年主题党日的月数' }) as HTMLInputElement;
    expect(months.value).toBe('11');
    fireEvent.change(months, { target: { value: '13' } });
    expect(panel.textContent).toContain('请输入 1–12 之间的整数');
    expect(JSON.parse(window.localStorage.getItem(KEY)!)).toMatchObject({ themeDayMonths: 11 });
    fireEvent.click(within(panel).getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(window.localStorage.getItem(KEY)).toBeNull());
    expect(await validate()).toMatch(/1 个错误/);
  });

  it('says so when the kept settings are not valid, and validates with the defaults', async () => {
    window.localStorage.setItem(KEY, '{"themeDayMonths": 0}');
    await renderApp(XlsxWorkbook.create(), 'zh-CN', browserSettingsStore(window.localStorage));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toBe(
        '已保存的校验设置无效，改用默认设置：设置项“themeDayMonths”（每年主题党日的月数）应为 1–12 的整数，实际为 0',
      ),
    );
    pasteSeed();
    fireEvent.click(button('生成年度表格'));
    await screen.findByTestId('preview');
    expect(await validate()).toMatch(/1 个错误/);
  });
});
