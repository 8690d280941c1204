/** A file imported as its text (webpack's asset/source). */
declare module "*?raw" {
  const text: string;
  export default text;
}
