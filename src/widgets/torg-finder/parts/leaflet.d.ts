/** Leaflet's ES module build (the package's `main` is UMD), typed as the package. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
