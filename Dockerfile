# Tawasul in a container: the web app built once, the server run on production dependencies only.
#
#   docker build -t tawasul .            (podman: add --format docker to keep the HEALTHCHECK)
#   docker run -p 3000:3000 -v tawasul-data:/var/lib/tawasul tawasul
#
# NODE_IMAGE is any Debian-based image with Node >= 20.19 on its PATH; scripts/container-smoke.sh
# builds one locally (`--build-arg NODE_IMAGE=localhost/tawasul-base`). NPM_REGISTRY, when set,
# is the registry `npm ci` installs from (the proxy variables pass through as usual).
ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: every dependency, then the web app (dist/web with its .gz/.br) -------------------------
FROM ${NODE_IMAGE} AS build
ARG NPM_REGISTRY=""
WORKDIR /build
COPY package.json package-lock.json ./
RUN if [ -n "$NPM_REGISTRY" ]; then npm config set registry "$NPM_REGISTRY"; fi \
 && npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.web.json vite.config.ts ./
COPY scripts/compress-assets.ts scripts/
COPY src/common src/common
COPY src/web src/web
RUN NODE_ENV=production npm run build

# --- production dependencies alone, in a clean stage ----------------------------------------------
FROM ${NODE_IMAGE} AS deps
ARG NPM_REGISTRY=""
WORKDIR /build
COPY package.json package-lock.json ./
RUN if [ -n "$NPM_REGISTRY" ]; then npm config set registry "$NPM_REGISTRY"; fi \
 && npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# NODE_OPTIONS: V8 otherwise lets the heap grow with the allocation rate (a large export streams
# 100,000 rows through it in seconds) and keeps what it grew; 512 MB of old space bounds the server
# with room to spare (bench:export, 100,000 rows: +29 MiB at most with it, +129 MiB without).
# Raise it with the container's memory if you must; PGlite's database memory is not counted in it.
ENV NODE_ENV=production \
    NODE_OPTIONS="--max-old-space-size=512" \
    HOST=0.0.0.0 \
    PORT=3000 \
    TAWASUL_DATA_DIR=/var/lib/tawasul
WORKDIR /app
RUN groupadd --system --gid 10001 tawasul \
 && useradd --system --uid 10001 --gid tawasul --home-dir /app --no-create-home --shell /usr/sbin/nologin tawasul \
 && mkdir -p /var/lib/tawasul \
 && chown tawasul:tawasul /var/lib/tawasul
COPY --from=deps /build/node_modules node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin bin
COPY src/common src/common
COPY src/server src/server
COPY --from=build /build/dist dist
USER tawasul
# PGlite's data directory and the attachment files (attachments only, with DATABASE_URL).
VOLUME ["/var/lib/tawasul"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `node bin/tawasul.js worker` runs the background loops alone (see compose.yaml).
CMD ["node", "bin/tawasul.js", "start"]
