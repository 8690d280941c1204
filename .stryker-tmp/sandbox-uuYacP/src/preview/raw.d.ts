/** A file imported as its text (webpack's asset/source). */
// @ts-nocheck

declare module "*?raw" {
  const text: string;
  export default text;
}
