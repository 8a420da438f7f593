#!/usr/bin/env bash
# Clients written by others against newskg (4-6 minutes: Comunica starts Node once per query):
# one seed file (in traditional script; its quotations, titles and names carry @zh-Hant and
# @zh-Hans) is loaded and dumped;
# the dumps must pass Jena's `riot --validate`; the server is started; then
# clients/compare.py has SPARQLWrapper, rdflib and Comunica ask the questions of queries/ and
# compares their answers with Jena's (see its docstring).
# Needs: python3-rdflib, python3-sparqlwrapper, node + npm (Comunica is installed on first use into
# $NEWSKG_CLIENTS_CACHE, default ~/.cache/newskg-clients).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=extractor/target/newskg.jar
port=${NEWSKG_CLIENTS_PORT:-3399}
work=$(mktemp -d /tmp/newskg-clients.XXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
python=python3
/usr/bin/python3 -c 'import rdflib, SPARQLWrapper' 2>/dev/null && python=/usr/bin/python3

# one traditional-script seed: small enough for Comunica's engine to read a whole dump in seconds
./newskg load --db "$work/db" seeds/001_b7a524f5e187e028.txt
./newskg dump --db "$work/db" --server "http://127.0.0.1:$port"
for f in newskg.nq.gz newskg.trig newskg.jsonld void.ttl; do
  java -cp "$jar" riotcmd.riot --validate "$work/db/dumps/$f"
  echo "ok    riot --validate $f"
done

java -Dnewskg.home="$PWD" -jar "$jar" serve --db "$work/db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/newskg/sparql?query=ASK%7B%7D" && break
  sleep 1
done

cache=${NEWSKG_CLIENTS_CACHE:-$HOME/.cache/newskg-clients}
comunica=()
if command -v npm > /dev/null; then
  if ! cmp -s clients/package.json "$cache/package.json" || [ ! -x "$cache/node_modules/.bin/comunica-sparql" ]; then
    mkdir -p "$cache"
    cp clients/package.json "$cache/package.json"
    npm install --prefix "$cache" --no-audit --no-fund --silent
  fi
  comunica=(--comunica "$cache/node_modules/.bin/comunica-sparql" --dump-url "http://127.0.0.1:$port/dumps/newskg.trig")
else
  echo "npm not found: Comunica not run" >&2
fi
"$python" clients/compare.py --endpoint "http://127.0.0.1:$port/newskg/sparql" --dumps "$work/db/dumps" \
    --queries queries "${comunica[@]}"
