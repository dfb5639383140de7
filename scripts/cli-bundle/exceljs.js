/**
 * ExcelJS as the CLI bundle sees it (scripts/build-cli.js maps `exceljs` here): the package's own Node
 * entry without its streaming reader and writer, which the CLI never uses and which bring unzipper,
 * archiver and bluebird with them (a third of the bundle and of its start-up).
 */
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

module.exports = {
  Workbook: require('exceljs/lib/doc/workbook'),
  ModelContainer: require('exceljs/lib/doc/modelcontainer'),
  get stream() {
    throw new Error(
      "ExcelJS's streaming reader and writer are not in the CLI bundle (see scripts/build-cli.js)",
    );
  },
  ...require('exceljs/lib/doc/enums'),
};
