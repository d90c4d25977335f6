// jstat ships no types; this declares the functions the project uses.
declare module 'jstat' {
  const jstat: {
    jStat: {
      studentt: { inv(p: number, degreesOfFreedom: number): number };
      normal: { inv(p: number, mean: number, sd: number): number };
    };
  };
  export default jstat;
}
