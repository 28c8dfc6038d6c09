import 'leaflet/dist/leaflet.css';
import { Button, Group, Text } from '@mantine/core';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Polygon, Rectangle, TileLayer, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import type { RuntimeConfig } from '../../app/runtime-config.ts';
import { PinIcon } from '../icons.tsx';
import classes from './LocationMap.module.css';

export interface Point {
  lat: number;
  lng: number;
}

interface Props {
  value: Point | undefined;
  config: RuntimeConfig;
  /** Without it the map only shows the point (a case's location on the staff case page). */
  onPick?: (point: Point) => void;
  onOutside?: () => void;
  /** The map's accessible name; by default the picker's. */
  label?: string;
}

function inside(p: Point, b: RuntimeConfig['bounds']): boolean {
  return p.lat >= b.minLat && p.lat <= b.maxLat && p.lng >= b.minLng && p.lng <= b.maxLng;
}

function round(p: Point): Point {
  return { lat: Math.round(p.lat * 1e6) / 1e6, lng: Math.round(p.lng * 1e6) / 1e6 };
}

function ClickToPick({ onPoint }: { onPoint: (p: Point) => void }) {
  useMapEvents({ click: (e) => onPoint(e.latlng) });
  return null;
}

/** A point set from outside the map (the device's position) and out of view: the map moves to it. */
function FollowPoint({ value }: { value: Point | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (value && !map.getBounds().contains(value)) map.setView(value, Math.max(map.getZoom(), 14));
  }, [map, value]);
  return null;
}

/**
 * A Leaflet map to drop a pin, or (without `onPick`) to show one. Tiles only when a tile server is
 * configured; without one the map shows the service area and a coarse outline, and clicks still
 * set the point. Keyboard users pan with the arrow keys and place the pin at the centre with the button.
 */
export default function LocationMap({ value, config, onPick, onOutside, label }: Props) {
  const { t, i18n } = useTranslation();
  const mapRef = useRef<LeafletMap | null>(null);
  const b = config.bounds;
  const area: [[number, number], [number, number]] = [
    [b.minLat, b.minLng],
    [b.maxLat, b.maxLng],
  ];
  const pick = (p: Point) => {
    if (!onPick) return;
    if (inside(p, b)) onPick(round(p));
    else onOutside?.();
  };
  const rtl = i18n.dir() === 'rtl';
  const readOnly = !onPick;
  const view = readOnly && value ? { center: value, zoom: 10 } : { bounds: area };
  return (
    <div>
      <div dir="ltr" className={classes.frame} role="group" aria-label={label ?? t('submit.location.mapLabel')} data-testid="location-map">
        <MapContainer
          ref={mapRef}
          {...view}
          maxBounds={area}
          maxBoundsViscosity={0.8}
          minZoom={8}
          zoomControl={false}
          className={readOnly ? `${classes.map} ${classes.readOnly}` : classes.map}
          keyboard
        >
          {config.tileUrl ? (
            <TileLayer url={config.tileUrl} attribution={config.tileAttribution} />
          ) : (
            <Polygon positions={config.outline} pathOptions={{ color: '#0b5d4b', weight: 1, fillColor: '#cce7e1', fillOpacity: 0.7 }} interactive={false} />
          )}
          <Rectangle bounds={area} pathOptions={{ color: '#555d66', weight: 1, dashArray: '4 4', fill: false }} interactive={false} />
          <ZoomControl position={rtl ? 'topright' : 'topleft'} zoomInTitle={t('submit.location.zoomIn')} zoomOutTitle={t('submit.location.zoomOut')} />
          {!readOnly && <ClickToPick onPoint={pick} />}
          {!readOnly && <FollowPoint value={value} />}
          {value && <CircleMarker center={value} radius={9} pathOptions={{ color: '#fff', weight: 3, fillColor: '#c92a2a', fillOpacity: 1 }} />}
        </MapContainer>
      </div>
      <Group mt="xs" gap="sm">
        {!readOnly && (
          <Button
            variant="outline"
            size="xs"
            leftSection={<PinIcon size={16} />}
            onClick={() => {
              const centre = mapRef.current?.getCenter();
              if (centre) pick(centre);
            }}
          >
            {t('submit.location.pinAtCentre')}
          </Button>
        )}
        {!config.tileUrl && (
          <Text fz="xs" c="dimmed">
            {t('submit.location.noTiles')}
          </Text>
        )}
      </Group>
    </div>
  );
}
