/**
 * The modules of Leaflet's own ES source (`leaflet/src/`, shipped in the
 * package) that the finder's map imports, typed as the package. Leaflet's
 * prebuilt files hold all of Leaflet (vector layers and their renderers,
 * GeoJSON, popups, tooltips, image and video overlays, the layers and scale
 * controls…) in one module that no bundler can trim; these hold what the map
 * uses, with Leaflet's handlers (drag, keyboard, touch and double-click zoom).
 */
declare module 'leaflet/src/map/index.js' {
  export { map } from 'leaflet';
}
declare module 'leaflet/src/control/Control.Zoom.js' {
  import type { control } from 'leaflet';
  export const zoom: typeof control.zoom;
}
declare module 'leaflet/src/control/Control.Attribution.js' {
  import type { control } from 'leaflet';
  export const attribution: typeof control.attribution;
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { tileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/index.js' {
  export { divIcon, marker } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { latLngBounds as toLatLngBounds } from 'leaflet';
}
