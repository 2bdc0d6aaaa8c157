#!/usr/bin/env bash
# The test rush (issue: 2,000 candidates sitting a 60-question computer test at once, each saving an
# answer every few seconds): reports answer-save throughput and latency, and shows that no acknowledged
# answer is lost (the answers stored equal the saves acknowledged). Writes bench/exam-rush.md and its
# section of bench/README.md.
#
#   bench/exam-rush.sh                   # 2000 candidates, an answer every 2–6 s each
#   bench/exam-rush.sh 500 1000 3000
#
# Like bench/run.sh it runs its own copy of the configured server (ports +200, database bench-exam).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
COUNT=${1:-2000}
THINK_MIN=${2:-2000}
THINK_MAX=${3:-6000}
SETUP_THREADS=16
WORK=$ROOT/bench/target/exam
DB=bench-exam
source bench/server.sh

echo "== build"
mvn -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
copy_server
JDBC="jdbc:h2:$SRV/standalone/data/kuzmat/$DB"

echo "== schema and demo data"
cp ear-module/target/kuzmat.ear "$SRV/standalone/deployments/"
start_server $DB; await_deployed kuzmat.ear; stop_server
echo "== $COUNT candidates admitted to a computer test that is open now"
read -r _ VACANCY <<< "$(java -cp "$H2" bench/rush/GenerateApplicants.java "$JDBC" "$COUNT")"
QUESTIONS=$(java -cp "$H2" bench/exam/AdmitToTest.java "$JDBC" "$VACANCY" "$COUNT")
start_server $DB; await_deployed kuzmat.ear
echo "== the rush ($QUESTIONS questions each)"
RESULT=$(java bench/exam/ExamRush.java "$HTTP" "$COUNT" "$SETUP_THREADS" "$THINK_MIN" "$THINK_MAX")
echo "   $RESULT"
stop_server
STORED=$(java -cp "$H2" bench/exam/CountAnswers.java "$JDBC" "$VACANCY")
echo "   $STORED"

value() { echo "$RESULT $STORED" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
CPU=$(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
LOST=$(( $(value saves_acknowledged) - $(value answers_stored) ))
VERDICT="holds"
[ "$LOST" = "0" ] && [ "$(value answer_log_entries)" = "$(value saves_acknowledged)" ] || VERDICT="DOES NOT HOLD"
TARGET="met"
[ "$(value p99_ms)" -lt 200 ] || TARGET="not met"
cat > bench/exam-rush.md <<EOT
## Test rush

Written by \`bench/exam-rush.sh\` on $(date -u +%Y-%m-%d): $(value candidates) candidates, each signed in in their own
session, start the same competition's computer test through its page ($(value questions) questions drawn per
candidate from the demo bank), then each saves one answer every $((THINK_MIN / 1000))–$((THINK_MAX / 1000)) s, the way the page's script
does (\`POST /account/exam-answer\`), until every question is answered, and submits through the page.
The client runs on the same $(nproc) cores ($CPU) as the server, with the embedded H2 database.

| measure | value |
|---|---|
| candidates who started (setup errors) | $(value started) ($(value setup_errors)), signing in and starting took $(value setup_seconds) s |
| answer saves sent | $(value saves_sent) |
| acknowledged (200) | $(value saves_acknowledged) |
| failed saves | $(value save_failures) |
| answers stored in the database | $(value answers_stored) |
| answer saves in the attempts' logs | $(value answer_log_entries) |
| **acknowledged but lost** | **$LOST** |
| duration of the rush | $(value rush_seconds) s |
| answer-save throughput | $(value saves_per_second) saves/s |
| answer-save latency p50 / p99 / max | $(value p50_ms) / $(value p99_ms) / $(value max_ms) ms |
| attempts stored / scored / scores in the competition | $(value attempts_stored) / $(value attempts_scored) / $(value scores_in_competition) |
| results shown after submitting | $(value results_shown) |

No acknowledged answer lost: **$VERDICT**. Target p99 < 200 ms: **$TARGET**.
EOT
awk '/^## Test rush/ { skip = 1 } skip && /^## / && !/^## Test rush/ { skip = 0 } !skip' bench/README.md > "$WORK/readme"
cat "$WORK/readme" bench/exam-rush.md > bench/README.md
echo "== written to bench/exam-rush.md and bench/README.md"
