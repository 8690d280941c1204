import ExcelJS from "exceljs";

/** ExcelJS reading the same file, for comparison (DESIGN.md's "Measured"). */
const wb = new ExcelJS.Workbook();
void wb.xlsx
  .readFile(process.argv[2])
  .then(() => process.stdout.write(`${wb.worksheets[0].rowCount}\n`));
