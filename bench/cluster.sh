#!/usr/bin/env bash
# Kuzmat benchmark: the public search page through the cluster's balancer with two nodes, then with one
# (the other shut down), and straight at one node without the balancer. Writes bench/cluster.md and adds
# it to bench/README.md. See ../shared/docs/PERFORMANCE.md.
#
#   bench/cluster.sh
#
# Needs PostgreSQL in KUZMAT_DB_URL / KUZMAT_DB_USER / KUZMAT_DB_PASSWORD (a test database: the demo
# data is loaded into it) and starts the cluster with server-config/scripts/cluster.sh (ports +400,
# +500, +600), which it stops at the end. Every load run is bounded in time and stays on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$ROOT/bench/target
PAGE='/?region=BISHKEK'
BALANCER=http://127.0.0.1:8680
NODE1=http://127.0.0.1:8480
: "${KUZMAT_DB_URL:?a PostgreSQL test database, see the header}"
mkdir -p "$WORK"
source bench/wrk.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

echo "== build"
mvn -q package -DskipTests -Ppostgresql
trap 'server-config/scripts/cluster.sh stop' EXIT
KUZMAT_DEMO_DATA=true server-config/scripts/cluster.sh start

# One wrk run, summarised by wrk_summary. "cold" asks for a different
# URL on every request (bench/distinct.lua), so that no copy kept by a node answers.
measure() { # base cold|warm duration
    local base=$1 kind=$2 duration=$3
    if [ "$kind" = cold ]; then
        wrk -t2 -c"$CONNECTIONS" -d"$duration" --latency -s "$ROOT/bench/distinct.lua" "$base" -- "$PAGE" > "$WORK/wrk.out"
    else
        wrk -t2 -c"$CONNECTIONS" -d"$duration" --latency "$base$PAGE" > "$WORK/wrk.out"
    fi
    wrk_summary "$WORK/wrk.out"
}

RESULTS=$WORK/cluster-results.md
: > "$RESULTS"
row() { # label base kind
    read -r rps p50 p99 errors <<< "$(measure "$2" "$3" "$DURATION")"
    echo "| $1 | $3 | $rps | $p50 | $p99 | $errors |" | tee -a "$RESULTS"
}

echo "== warm-up"
for kind in warm cold; do measure "$BALANCER" "$kind" 10s >/dev/null; done
for kind in warm cold; do measure "$NODE1" "$kind" 5s >/dev/null; done

echo "== two nodes behind the balancer"
row "balancer → node1 + node2" "$BALANCER" warm
row "balancer → node1 + node2" "$BALANCER" cold
echo "== one node (node2 shut down)"
server-config/target/cluster/node2/bin/jboss-cli.sh --connect --controller=127.0.0.1:10490 --command=:shutdown >/dev/null
sleep 5
row "balancer → node1" "$BALANCER" warm
row "balancer → node1" "$BALANCER" cold
row "node1, no balancer" "$NODE1" warm
row "node1, no balancer" "$NODE1" cold

cat > bench/cluster.md <<EOT
## Cluster: one node or two

Written by \`bench/cluster.sh\` on $(date -u +%Y-%m-%d): the search page \`$PAGE\` through WildFly's
Undertow balancer (server-config/scripts/cluster.sh: two \`standalone-ha\` nodes with replicated sessions,
a \`standalone-load-balancer\` in front, all on this machine), \`wrk -t2 -c$CONNECTIONS -d$DURATION\`,
PostgreSQL $(psql --version | awk '{print $3}') on the same machine with the demo data. "warm" is the same URL
again and again (answered mostly from each node's kept copy of public answers), "cold" a different URL
every time (\`bench/distinct.lua\`), rendered from the database. First both nodes, then node2 shut down
(the balancer sends everything to node1), then node1 without the balancer.

| route | kind | req/s | p50 ms | p99 ms | non-2xx/timeouts |
|---|---|---|---|---|---|
$(cat "$RESULTS")

Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; the three servers, PostgreSQL and wrk
share the same cores, and the runs go in the order shown. Reading: the balancer's own cost is the gap
between "balancer → node1" and "node1, no balancer" on the same node. With both nodes up, the balancer
alternates requests (no session, no stickiness) between two JVMs that compete for the same two cores,
each with its own JIT, caches and kept copies of public pages, so on one machine a second node costs
throughput instead of adding it. These figures measure overhead, not the cluster's capacity: on
separate machines each node brings its own cores, and the stateless search page spreads evenly over them.
EOT
awk '/^## Cluster: one node or two/ {exit} {print}' bench/README.md > "$WORK/README.head"
{ cat "$WORK/README.head"; echo; cat bench/cluster.md; } > bench/README.md
echo "== results written to bench/cluster.md and bench/README.md"
