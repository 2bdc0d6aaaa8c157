#!/usr/bin/env bash
# The application rush (issue: 500 applicants applying to one vacancy in the last minute before its
# deadline, each pressing "Apply" twice): every acknowledged application must be stored exactly once,
# none twice, none for a vacancy whose deadline passed. Writes bench/apply-rush.md and its section of
# bench/README.md.
#
#   bench/apply-rush.sh            # 500 applicants, 64 client threads
#   bench/apply-rush.sh 200 32
#
# Like bench/run.sh it runs its own copy of the configured server (ports +200, database bench-rush).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
COUNT=${1:-500}
THREADS=${2:-64}
WORK=$ROOT/bench/target/rush
DB=bench-rush
source bench/server.sh

echo "== build"
mvn -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
copy_server

echo "== schema and demo data"
cp ear-module/target/kuzmat.ear "$SRV/standalone/deployments/"
start_server $DB; await_deployed kuzmat.ear; stop_server
echo "== $COUNT applicants"
read -r OPEN CLOSED <<< "$(java -cp "$H2" bench/rush/GenerateApplicants.java "jdbc:h2:$SRV/standalone/data/kuzmat/$DB" "$COUNT")"
start_server $DB; await_deployed kuzmat.ear
echo "== the rush"
RESULT=$(java bench/rush/ApplyRush.java "$HTTP" "$OPEN" "$CLOSED" "$COUNT" "$THREADS")
echo "   $RESULT"
stop_server
STORED=$(java -cp "$H2" bench/rush/CountApplications.java "jdbc:h2:$SRV/standalone/data/kuzmat/$DB" "$OPEN" "$CLOSED")
echo "   $STORED"

value() { echo "$RESULT $STORED" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
CPU=$(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
VERDICT="holds"
[ "$(value acknowledged)" = "$(value stored_open)" ] && [ "$(value stored_open)" = "$(value distinct_applicants)" ] \
    && [ "$(value stored_closed)" = "0" ] && [ "$(value errors)" = "0" ] || VERDICT="DOES NOT HOLD"
cat > bench/apply-rush.md <<EOT
## Application rush

Written by \`bench/apply-rush.sh\` on $(date -u +%Y-%m-%d): $(value applicants) applicants, each signed in in their own
session with the apply page open, press "Apply" on the same vacancy at once, **each twice** (a double
click), from $THREADS client threads on the same $(nproc) cores ($CPU) as the server; then each opens the
apply page of a vacancy whose deadline passed yesterday.

| measure | value |
|---|---|
| apply requests (2 per applicant) | $(value apply_requests) |
| acknowledged (redirected to "application received") | $(value acknowledged) |
| told "you have already applied" | $(value refused_as_already_applied) |
| errors (anything else) | $(value errors) |
| applications stored for the vacancy | $(value stored_open) |
| distinct applicants among them | $(value distinct_applicants) |
| applications stored for the closed vacancy | $(value stored_closed) |
| closed vacancy's page refusing to apply | $(value closed_vacancy_refused) of $(value signed_in) |
| time for all apply requests | $(value seconds) s |
| throughput | $(value requests_per_second) requests/s |
| latency p50 / p99 / max | $(value p50_ms) / $(value p99_ms) / $(value max_ms) ms |

Every acknowledged application stored exactly once, none twice, none after the deadline: **$VERDICT**.
EOT
# The section in bench/README.md (run.sh keeps it when it rewrites the file).
awk '/^## Application rush/ { skip = 1 } skip && /^## / && !/^## Application rush/ { skip = 0 } !skip' bench/README.md > "$WORK/readme"
cat "$WORK/readme" bench/apply-rush.md > bench/README.md
echo "== written to bench/apply-rush.md and bench/README.md"
