#!/usr/bin/env bash
# `npm run check:api-client`: the example outside developer's client in examples/api-client,
# installed as they would install it, type-checked as a bundled app (Bundler) and as Node
# (NodeNext), then run against a real server started here (embedded Postgres, demo catalogue).
# Exits non-zero on any failure. Needs the production build (`npm run build`; built if stale).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
example=$root/examples/api-client
# A first start seeds and draws the demo pictures; on a busy two-core machine that takes a while.
startup_timeout_s=300

say() { echo "[api-client] $*"; }

say "building the printroom/api declarations"
npm run --silent build:api-types

say "installing the example's packages"
(cd "$example" && npm install --no-audit --no-fund)

say "type-checking the example with moduleResolution Bundler"
(cd "$example" && npx tsc -p tsconfig.json)
say "type-checking and compiling the example with moduleResolution NodeNext"
(cd "$example" && rm -rf dist && npx tsc -p tsconfig.nodenext.json)

data_dir=$(mktemp -d "${TMPDIR:-/tmp}/printroom-api-client-XXXXXX")
# Embedded Postgres runs as an unprivileged user when we are root; it must reach its folder.
chmod 755 "$data_dir"
port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
url="http://127.0.0.1:$port"
server_pid=""

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    for _ in $(seq 1 40); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  rm -rf "$data_dir"
}
trap stop_server EXIT

say "starting the server on $url (data in $data_dir)"
# The fresh-clone path whatever the shell holds: embedded Postgres and the local doubles. No job
# worker: the API answers without the images' derivatives, and the run stays short.
env -u DATABASE_URL -u TEST_DATABASE_URL -u SMTP_URL -u STRIPE_SECRET_KEY -u STRIPE_WEBHOOK_SECRET -u STRIPE_API_BASE \
  -u ANTHROPIC_API_KEY -u NODE_ENV -u REMIX_DEV_ORIGIN \
  PORT="$port" HOST=127.0.0.1 DATA_DIR="$data_dir" PUBLIC_URL="$url" WORKER=off WEB_CONCURRENCY=1 LOG_LEVEL=warn \
  node_modules/.bin/tsx server/start.ts >"$data_dir/server.log" 2>&1 &
server_pid=$!

started=$SECONDS
until curl -fsS "$url/healthz" 2>/dev/null | grep -q '"database":"up"'; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    say "the server exited before it was ready:"; tail -n 40 "$data_dir/server.log"; exit 1
  fi
  if [ $((SECONDS - started)) -ge "$startup_timeout_s" ]; then
    say "the server was not ready after ${startup_timeout_s} s:"; tail -n 40 "$data_dir/server.log"; exit 1
  fi
  sleep 1
done
say "server ready after $((SECONDS - started)) s"

say "running the example against it"
output=$(cd "$example" && PRINTROOM_URL="$url" node dist/shop.js)
echo "$output"
for expected in '^photos: [1-9][0-9]* landscape photos' '^photo: [a-z0-9-]+, [1-9][0-9]* prints from [1-9][0-9]* cents$' '^cart: 2 items, .+, subtotal [1-9][0-9]* cents$'; do
  if ! grep -Eq "$expected" <<<"$output"; then
    say "the example's output has no line matching: $expected"; exit 1
  fi
done
say "the example client type-checks (Bundler, NodeNext) and shops on a live server"
