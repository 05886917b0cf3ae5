// The browser build of exceljs (no Node built-ins, no polyfills) runs in extension pages and in Node alike.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import * as ExcelJS from 'exceljs';
  export default ExcelJS;
}
