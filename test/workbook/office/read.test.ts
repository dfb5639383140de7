import { DATE_FORMAT, MONTH_FORMAT } from '../../../src/sheets/columns';
import { OfficeWorkbook } from '../../../src/workbook/office/adapter';
import { gridValues, localAddress } from '../../../src/workbook/office/read';
import {
  dateToSerial,
  fromOfficeValue,
  isDateFormat,
  needsQuotePrefix,
  serialToDate,
  toOfficeValue,
} from '../../../src/workbook/office/values';
import { FakeExcel } from './fakeExcel';
import { spec, tenfold, yearSpecs } from './year';

describe('readSheets', () => {
  it('reads any number of sheets in two syncs', async () => {
    for (const specs of [yearSpecs(), tenfold(yearSpecs())]) {
      const excel = new FakeExcel();
      const wb = new OfficeWorkbook(excel.run);
      await wb.writeSheets(specs);
      const before = { syncs: excel.syncs, trips: excel.roundTrips };
      const grids = await wb.readSheets(specs.map((s) => s.name));
      expect(excel.syncs - before.syncs).toBeLessThanOrEqual(2);
      expect(excel.roundTrips - before.trips).toBe(2);
      expect(grids.map((g) => g.name)).toEqual(specs.map((s) => s.name));
    }
  });

  it('leaves out missing sheets, in one sync when no table is found', async () => {
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    expect(await wb.readSheets(['2027年工作计划', '无此表'])).toEqual([]);
    expect(excel.roundTrips).toBe(1);
  });

  it('reads values from A1: dates as {date}, numbers as numbers, blanks and merged cells as null', async () => {
    const specs = yearSpecs();
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets(specs);
    const study = spec(specs, '学习计划');
    const [grid] = await wb.readSheets([study.name.toUpperCase()]);
    expect(grid!.name).toBe(study.name);
    expect(grid!.tables).toEqual([{ name: 'Study2027', range: 'A3:H16' }]);
    expect(grid!.values[0]).toEqual([study.title, null, null, null, null, null, null, null]);
    expect(grid!.values[3]).toEqual(study.table.rows[0]);
    expect(grid!.values.slice(3, 15)).toEqual(study.table.rows);
    expect(grid!.values[15]).toEqual(['合计', null, null, null, null, 36, null, null]);
    expect(grid!.values).toHaveLength(16);
  });

  it('reads an empty sheet as no values, and a sheet starting below A1 padded from A1', async () => {
    const excel = new FakeExcel(['空', '偏']);
    excel.sheet('偏').writeInput(3, 2, 'x');
    excel.sheet('偏').writeInput(4, 3, 5);
    const grids = await new OfficeWorkbook(excel.run).readSheets(['空', '偏']);
    expect(grids).toEqual([
      { name: '空', values: [], tables: [], titleFont: 'Calibri', rowsShift: true },
      {
        name: '偏',
        values: [[], [], [null, 'x', null], [null, null, 5]],
        tables: [],
        titleFont: 'Calibri',
        rowsShift: true,
      },
    ]);
  });

  it('reads a formula error as null, as the ExcelJS reader does', async () => {
    const excel = new FakeExcel(['x']);
    excel.sheet('x').writeInput(1, 1, '=NOPE()');
    const [grid] = await new OfficeWorkbook(excel.run).readSheets(['x']);
    expect(grid!.values).toEqual([[null]]);
  });

  it('lists the sheets in workbook order in one sync', async () => {
    const excel = new FakeExcel(['b', 'a', 'c']);
    excel.book.moveSheet(excel.sheet('c'), 0);
    expect(await new OfficeWorkbook(excel.run).listSheets()).toEqual(['c', 'b', 'a']);
    expect(excel.roundTrips).toBe(1);
  });
});

describe('values', () => {
  it('converts ISO dates to Excel serials and back', () => {
    expect(dateToSerial('1900-01-01')).toBe(1);
    expect(dateToSerial('1900-02-28')).toBe(59);
    expect(dateToSerial('1900-03-01')).toBe(61);
    expect(dateToSerial('2000-01-01')).toBe(36526);
    expect(dateToSerial('2027-01-04')).toBe(46391);
    for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '2000-02-29', '2027-12-31']) {
      expect(serialToDate(dateToSerial(iso)!)).toBe(iso);
    }
    expect(serialToDate(46391.75)).toBe('2027-01-04');
    expect(dateToSerial('2027-02-30')).toBeNull();
    expect(dateToSerial('1899-12-31')).toBeNull();
    expect(dateToSerial('全年')).toBeNull();
  });

  it('tells date formats from others', () => {
    for (const f of [
      DATE_FORMAT,
      'yyyy-mm-dd',
      'm/d/yyyy',
      '[$-804]yyyy"年"m"月"d"日"',
      'mmm-yy',
      'yyyy年m月d日',
    ]) {
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    }
    for (const f of [MONTH_FORMAT, 'General', '@', '0.00', 'h:mm', '[h]:mm', '0"天"', '0.0E+00', null]) {
      expect([f, isDateFormat(f)]).toEqual([f, false]);
    }
  });

  it('quotes text Excel would read as something else, and only that', () => {
    for (const t of [
      '=1',
      '+宣传',
      '-培训',
      '@备注',
      "'x",
      '1.5',
      ' 12 ',
      '2027-06-30',
      '2027/6/30',
      '6月30日',
      '2027年6月',
      'TRUE',
      'false',
      '#N/A',
      '10%',
      '¥5',
      '3:30 PM',
      '1e5',
      'Jan 5',
      '１３',
    ]) {
      expect([t, needsQuotePrefix(t)]).toEqual([t, true]);
    }
    for (const t of [
      '学习',
      '全年',
      '6月底',
      '第1周',
      '1.5学时',
      '每月第一个星期五',
      'a=b',
      '党员大会',
      '',
      ' ',
    ]) {
      expect([t, needsQuotePrefix(t)]).toEqual([t, false]);
    }
  });

  it('writes a CellValue as Office expects it', () => {
    expect(toOfficeValue(null, 'General')).toBe('');
    expect(toOfficeValue({ date: '2027-01-04' }, DATE_FORMAT)).toBe(46391);
    expect(toOfficeValue({ date: '2027-13-01' }, DATE_FORMAT)).toBe("'2027-13-01");
    expect(toOfficeValue('=1+1', 'General')).toBe("'=1+1");
    expect(toOfficeValue('=1+1', '@')).toBe('=1+1');
    expect(toOfficeValue("'x", '@')).toBe("''x");
    expect(toOfficeValue(Number.NaN, 'General')).toBe('');
    expect(toOfficeValue(true, 'General')).toBe(true);
  });

  it('reads an Office value back as a CellValue', () => {
    expect(fromOfficeValue('', 'General')).toBeNull();
    expect(fromOfficeValue(46391, DATE_FORMAT)).toEqual({ date: '2027-01-04' });
    expect(fromOfficeValue(3, MONTH_FORMAT)).toBe(3);
    expect(fromOfficeValue('#N/A', 'General', 'Error')).toBeNull();
    expect(fromOfficeValue('#标签', 'General', 'String')).toBe('#标签');
    expect(fromOfficeValue(false, 'General')).toBe(false);
  });

  it('reads addresses without sheet names or dollars', () => {
    expect(localAddress("'2027年学习计划'!$A$3:$H$16")).toBe('A3:H16');
    expect(localAddress('Sheet1!B2')).toBe('B2');
    expect(
      gridValues({ address: 'x!B2:C2', values: [['a', '']], numberFormat: [['General', 'General']] }),
    ).toEqual([[], [null, 'a', null]]);
  });
});
