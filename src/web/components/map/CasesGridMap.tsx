import 'leaflet/dist/leaflet.css';
import { CircleMarker, MapContainer, Polygon, Rectangle, TileLayer, Tooltip, ZoomControl } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import type { RuntimeConfig } from '../../app/runtime-config.ts';
import own from './CasesMapSection.module.css';
import classes from './LocationMap.module.css';

export interface GridCell {
  lat: number;
  lng: number;
  count: number;
}

interface Props {
  cells: GridCell[];
  config: RuntimeConfig;
  /** The map's accessible name. */
  label: string;
  /** A cell's count in words, for its tooltip. */
  describe: (cell: GridCell) => string;
}

/**
 * Where cases come from: each grid cell a circle whose area grows with its count and whose colour
 * deepens with it, over the service area (tiles when a tile server is configured, else the coarse
 * outline). Pans with the arrow keys; the counts themselves are listed beside the map.
 */
export default function CasesGridMap({ cells, config, label, describe }: Props) {
  const { t, i18n } = useTranslation();
  const b = config.bounds;
  const area: [[number, number], [number, number]] = [
    [b.minLat, b.minLng],
    [b.maxLat, b.maxLng],
  ];
  const max = Math.max(1, ...cells.map((c) => c.count));
  const rtl = i18n.dir() === 'rtl';
  // Open on where the cases are (a margin of a few cells around them), else on the whole area.
  const pad = 0.02;
  const view: [[number, number], [number, number]] = cells.length
    ? [
        [Math.min(...cells.map((c) => c.lat)) - pad, Math.min(...cells.map((c) => c.lng)) - pad],
        [Math.max(...cells.map((c) => c.lat)) + pad, Math.max(...cells.map((c) => c.lng)) + pad],
      ]
    : area;
  return (
    <div dir="ltr" className={classes.frame} role="group" aria-label={label} data-testid="cases-map">
      <MapContainer
        key={JSON.stringify(view)}
        bounds={view}
        maxBounds={area}
        maxBoundsViscosity={0.8}
        minZoom={8}
        zoomControl={false}
        className={`${classes.map} ${classes.readOnly} ${own.tall}`}
        keyboard
      >
        {config.tileUrl ? (
          <TileLayer url={config.tileUrl} attribution={config.tileAttribution} />
        ) : (
          <Polygon positions={config.outline} pathOptions={{ color: '#0b5d4b', weight: 1, fillColor: '#e6f4f1', fillOpacity: 0.8 }} interactive={false} />
        )}
        <Rectangle bounds={area} pathOptions={{ color: '#555d66', weight: 1, dashArray: '4 4', fill: false }} interactive={false} />
        <ZoomControl position={rtl ? 'topright' : 'topleft'} zoomInTitle={t('submit.location.zoomIn')} zoomOutTitle={t('submit.location.zoomOut')} />
        {[...cells]
          .sort((a, c) => a.count - c.count)
          .map((c) => {
            const share = c.count / max;
            return (
              <CircleMarker
                key={`${c.lat},${c.lng}`}
                center={[c.lat, c.lng]}
                radius={3 + 9 * Math.sqrt(share)}
                pathOptions={{ color: '#7a1d04', weight: 1, fillColor: share > 0.66 ? '#c92a2a' : share > 0.33 ? '#e8590c' : '#f59f00', fillOpacity: 0.35 + 0.45 * share }}
              >
                <Tooltip>{describe(c)}</Tooltip>
              </CircleMarker>
            );
          })}
      </MapContainer>
    </div>
  );
}
