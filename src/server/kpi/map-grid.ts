/**
 * The public map's grid — a pure module. The roll-ups put a located case in the cell
 * `floor(lat · 100), floor(lng · 100)` (SQL of `kpi_delta`/`kpi_map`); everything that shows a place
 * to the public (the map, Open311 lists) names a cell by its centre, computed here once.
 */

/** The map grid, in degrees (the SQL of the roll-ups floors lat·100 and lng·100). */
export const MAP_GRID = 0.01;

/** One grid cell, as the roll-ups key it. */
export interface MapCell {
  cellLat: number;
  cellLng: number;
}

/** The cell of a point, as the roll-ups compute it (the same IEEE arithmetic as `floor(lat * 100)`). */
export function mapCellOf(lat: number, lng: number): MapCell {
  return { cellLat: Math.floor(lat * 100), cellLng: Math.floor(lng * 100) };
}

/** The point the public is shown for a cell: its centre, to four decimals. */
export function mapCellCentre(cell: MapCell): { lat: number; lng: number } {
  return {
    lat: Math.round((cell.cellLat + 0.5) * MAP_GRID * 1e4) / 1e4,
    lng: Math.round((cell.cellLng + 0.5) * MAP_GRID * 1e4) / 1e4,
  };
}

/** A cell's key in a set. */
export function mapCellKey(cell: MapCell): string {
  return `${cell.cellLat}:${cell.cellLng}`;
}
