#!/usr/bin/env bash
# Where does a request's time go? Loads one URL with wrk while Java Flight Recorder samples the
# server, then prints the server's CPU time per request and the hottest frames (own time, and time
# including callees in kuzmat/faces/persistence code). Needs a database left by bench/run.sh.
#
#   bench/profile.sh 100000 '/?region=BISHKEK'           # the same URL: answered from kept copies
#   COLD=1 bench/profile.sh 100000 '/?region=BISHKEK'    # a different URL each time (bench/distinct.lua)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZE=${1:?size, e.g. 100000}
PATH_AND_QUERY=${2:?path, e.g. /?region=BISHKEK}
WORK=$ROOT/bench/target
SRV=$WORK/wildfly
HTTP=http://127.0.0.1:8280
DB=bench-$SIZE
[ -f "$SRV/standalone/data/kuzmat/$DB.mv.db" ] || { echo "no $DB database: run bench/run.sh $SIZE first"; exit 1; }

rm -f "$SRV"/standalone/deployments/*
cp ear-module/target/kuzmat.ear "$SRV/standalone/deployments/"
JAVA_OPTS="-Xms1g -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
    "$SRV/bin/standalone.sh" -Djboss.socket.binding.port-offset=200 -Dkuzmat.db.name="$DB" > "$WORK/profile-server.log" 2>&1 &
SERVER_PID=$!
trap '"$SRV/bin/jboss-cli.sh" --connect --controller=127.0.0.1:10190 --command=:shutdown >/dev/null 2>&1 || kill $SERVER_PID; wait $SERVER_PID || true' EXIT
for _ in $(seq 1 180); do
    [ -f "$SRV/standalone/deployments/kuzmat.ear.deployed" ] && break
    [ -f "$SRV/standalone/deployments/kuzmat.ear.failed" ] && { echo "deployment failed"; exit 1; }
    sleep 1
done
JPID=$(pgrep -f "kuzmat.db.name=$DB" | while read -r p; do [ "$(ps -o comm= -p "$p")" = java ] && echo "$p"; done | head -1)

load() { # duration [wrk options]
    local duration=$1; shift
    if [ -n "${COLD:-}" ]; then
        wrk -t2 -c32 -d"$duration" "$@" -s "$ROOT/bench/distinct.lua" "$HTTP" -- "$PATH_AND_QUERY"
    else
        wrk -t2 -c32 -d"$duration" "$@" "$HTTP$PATH_AND_QUERY"
    fi
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$JPID/stat"; }

load 60s >/dev/null  # warm-up: on two cores the JIT needs about a minute of load
jcmd "$JPID" JFR.start name=profile settings=default filename="$WORK/profile.jfr" >/dev/null
BEFORE=$(cpu_ticks)
load 15s --latency > "$WORK/profile-wrk.out"
AFTER=$(cpu_ticks)
jcmd "$JPID" JFR.stop name=profile >/dev/null
sed -n '/Latency Distribution/,$p' "$WORK/profile-wrk.out"
REQUESTS=$(awk '/requests in/ { print $1 }' "$WORK/profile-wrk.out")
echo "== server CPU per request: $(( (AFTER - BEFORE) * 1000000 / $(getconf CLK_TCK) / REQUESTS )) µs (with JFR running)"

jfr print --events jdk.ExecutionSample --stack-depth 64 "$WORK/profile.jfr" > "$WORK/profile.txt"
echo "== hottest frames (own time)"
awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' "$WORK/profile.txt" \
    | sort | uniq -c | sort -rn | head -25
echo "== kuzmat, faces and persistence frames by samples that include them"
awk '/stackTrace = \[/ { delete seen; inside = 1; next }
     inside && /^[ \t]*\]/ { inside = 0; next }
     inside { sub(/^[ \t]+/, ""); sub(/line:.*/, ""); if (!($0 in seen)) { seen[$0] = 1; print } }' "$WORK/profile.txt" \
    | grep -E 'kg\.gov\.kuzmat|faces\.|primefaces|eclipse\.persistence\.(internal\.sessions|queries)|h2' \
    | sort | uniq -c | sort -rn | head -40
