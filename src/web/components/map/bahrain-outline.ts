/**
 * A coarse sketch of Bahrain's main island and Muharraq (lat, lng), drawn when no tile server is
 * configured so that a map with no tiles still gives a sense of where to click. It is an
 * approximation for orientation only; routing uses the governorate field, not this shape.
 */
export const bahrainOutline: [number, number][][] = [
  [
    [26.235, 50.455],
    [26.245, 50.54],
    [26.235, 50.6],
    [26.17, 50.625],
    [26.05, 50.62],
    [25.93, 50.6],
    [25.8, 50.57],
    [25.9, 50.53],
    [26.0, 50.48],
    [26.1, 50.46],
    [26.17, 50.45],
  ],
  [
    [26.27, 50.59],
    [26.29, 50.64],
    [26.26, 50.665],
    [26.24, 50.625],
    [26.25, 50.6],
  ],
];
