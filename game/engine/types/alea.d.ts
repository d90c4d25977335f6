// seedrandom's alea, imported on its own: the package's main file requires Node's crypto module.
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const alea: (seed: string) => AleaPrng;
  export default alea;
}
