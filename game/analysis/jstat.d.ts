// jstat ships no types; this declares the one function the project uses.
declare module 'jstat' {
  const jstat: { jStat: { studentt: { inv(p: number, degreesOfFreedom: number): number } } };
  export default jstat;
}
