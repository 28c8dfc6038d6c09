import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compressDirectory } from './scripts/compress-assets.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'dist/web');
const stamp = path.join(here, 'dist/web-build.json');

/** Writes .gz and .br beside each text asset once the bundle is on disk, for @fastify/static's preCompressed. */
function precompress(): Plugin {
  return {
    name: 'tawasul-precompress',
    apply: 'build',
    buildStart() {
      fs.rmSync(stamp, { force: true });
    },
    async closeBundle() {
      const files = await compressDirectory(outDir);
      // The stamp says "complete build": scripts/ensure-web-build.ts compares it with the sources.
      fs.writeFileSync(stamp, `${JSON.stringify({ builtAt: new Date().toISOString(), precompressed: files })}\n`);
    },
  };
}

// The citizen portal and staff workspace: a React SPA under src/web, built to dist/web and served
// by src/server/web. Route-level code splitting keeps the first load small.
export default defineConfig({
  root: path.join(here, 'src/web'),
  base: '/',
  publicDir: false,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // Libraries every page needs get stable, named chunks that stay cached across releases.
        // Mantine is left to automatic splitting so components used only by lazy pages stay lazy.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'vendor-query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/open311': 'http://127.0.0.1:3000' },
  },
});
