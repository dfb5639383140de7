/** The state behind the fake Excel, in one import: addresses, sheets and the workbook. */
export * from './fakeAddress';
export * from './fakeSheet';
export * from './fakeWorkbook';
