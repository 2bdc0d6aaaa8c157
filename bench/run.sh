#!/usr/bin/env bash
# Kuzmat benchmark: the public search page and the open-data API at 10k and 100k vacancies, each beside
# the limit on the same machine in the same run (the same page bytes as a static file, and a bare
# servlet running the same SQL over JDBC). Writes bench/README.md. See ../shared/docs/PERFORMANCE.md.
#
#   bench/run.sh                 # sizes 10000 and 100000
#   bench/run.sh 10000           # one size
#
# Runs a separate copy of the configured server (bench/target/wildfly, ports +200) with its own
# databases, so neither the demo portal nor the tests are touched. Every load run is bounded in time
# and sends traffic only to localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=("${@:-10000 100000}")
read -r -a SIZES <<< "${SIZES[*]}"
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$ROOT/bench/target
source bench/server.sh
source bench/wrk.sh

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

echo "== build"
mvn -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK/classes" "$WORK/war/WEB-INF/classes"
copy_server
"$SRV/bin/jboss-cli.sh" --commands="embed-server --server-config=standalone.xml,/subsystem=undertow:write-attribute(name=statistics-enabled,value=true),stop-embedded-server" >/dev/null

EE_API=$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0 -name '*.jar' | head -1)
# In one run with package, so that the reactor hands over health-module without it being installed.
mvn -q -pl ejb-module -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/ejb.classpath" >/dev/null
GENERATOR_CP="$H2:$ROOT/ejb-module/target/classes:$(cat "$WORK/ejb.classpath")"
javac -d "$WORK/war/WEB-INF/classes" -cp "$EE_API" bench/limit/BareSearchServlet.java

java_pid() {
    pgrep -f "kuzmat.db.name=$1" | while read -r pid; do
        [ "$(ps -o comm= -p "$pid")" = "java" ] && echo "$pid"
    done | head -1
}

# One wrk run: prints "requests/s p50 p99" (latencies in ms). A name ending in "-cold" asks for a
# different URL on every request (bench/distinct.lua), so that no copy kept by the portal answers.
wrk_run() { # name url duration [--latency]
    local name=$1 url=$2 duration=$3; shift 3
    if [[ $name == *-cold ]]; then
        wrk -t2 -c"$CONNECTIONS" -d"$duration" "$@" -s "$ROOT/bench/distinct.lua" "${url%%/[?a-z]*}" -- "/${url#*://*/}"
    else
        wrk -t2 -c"$CONNECTIONS" -d"$duration" "$@" "$url"
    fi
}
measure() { # name url
    wrk_run "$1" "$2" "$DURATION" --latency > "$WORK/wrk.out"
    wrk_summary "$WORK/wrk.out"
}

sessions_created() {
    "$SRV/bin/jboss-cli.sh" --connect --controller=$MGMT \
        --command="/deployment=kuzmat.ear/subdeployment=kuzmat-web.war/subsystem=undertow:read-attribute(name=sessions-created)" \
        | awk -F'=> ' '/"result"/ { gsub(/[^0-9]/, "", $2); print $2 }'
}

heap_after_gc_mb() { # pid
    jcmd "$1" GC.run >/dev/null
    jcmd "$1" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); gsub(/[^0-9]/, "", v); print int(v / 1024); exit } }'
}

RESULTS=$WORK/results.md
: > "$RESULTS"
declare -A RPS

for SIZE in "${SIZES[@]}"; do
    DB=bench-$SIZE
    echo "== $SIZE vacancies: schema"
    rm -f "$SRV"/standalone/data/kuzmat/"$DB".*
    cp ear-module/target/kuzmat.ear "$SRV/standalone/deployments/"
    start_server "$DB"; await_deployed kuzmat.ear; stop_server
    echo "== $SIZE vacancies: generating"
    java -cp "$GENERATOR_CP" bench/GenerateVacancies.java "jdbc:h2:$SRV/standalone/data/kuzmat/$DB" "$SIZE" 300
    start_server "$DB"; await_deployed kuzmat.ear
    PID=$(java_pid "$DB")

    # The limit: the very bytes of the measured search page as a static file, and the bare servlet.
    curl -sf "$HTTP/?region=BISHKEK" -o "$WORK/war/page.html"
    (cd "$WORK/war" && jar cf "$WORK/bench-limit.war" .)
    cp "$WORK/bench-limit.war" "$SRV/standalone/deployments/"
    await_deployed bench-limit.war

    declare -A URLS=(
        [static]="$HTTP/bench-limit/page.html"
        [bare]="$HTTP/bench-limit/search?region=BISHKEK"
        [page]="$HTTP/?region=BISHKEK"
        [page-cold]="$HTTP/?region=BISHKEK"
        [words]="$HTTP/?q=%D1%81%D0%BF%D0%B5%D1%86%D0%B8%D0%B0%D0%BB%D0%B8%D1%81%D1%82"
        [words-cold]="$HTTP/?q=%D1%81%D0%BF%D0%B5%D1%86%D0%B8%D0%B0%D0%BB%D0%B8%D1%81%D1%82"
        [api]="$HTTP/api/v1/vacancies?region=BISHKEK&size=10"
        [api-cold]="$HTTP/api/v1/vacancies?region=BISHKEK&size=10"
    )
    ORDER=(static bare page page-cold words words-cold api api-cold)
    echo "== $SIZE vacancies: warm-up"
    for name in "${ORDER[@]}"; do wrk_run "$name" "${URLS[$name]}" 5s >/dev/null; done
    SESSIONS_BEFORE=$(sessions_created)
    echo "== $SIZE vacancies: measuring"
    {
        echo "### $SIZE vacancies"
        echo
        echo "| endpoint | req/s | p50 ms | p99 ms | non-2xx/timeouts | req/s ÷ static | req/s ÷ bare servlet |"
        echo "|---|---|---|---|---|---|---|"
    } >> "$RESULTS"
    for name in "${ORDER[@]}"; do
        read -r rps p50 p99 errors <<< "$(measure "$name" "${URLS[$name]}")"
        RPS[$name-$SIZE]=$rps
        echo "   $name: $rps req/s, p50 $p50 ms, p99 $p99 ms"
        ratio_static=$(awk -v a="$rps" -v b="${RPS[static-$SIZE]}" 'BEGIN { printf "%.3f", a / b }')
        ratio_bare=$(awk -v a="$rps" -v b="${RPS[bare-$SIZE]:-$rps}" 'BEGIN { printf "%.3f", a / b }')
        echo "| $name \`${URLS[$name]#$HTTP}\` | $rps | $p50 | $p99 | $errors | $ratio_static | $ratio_bare |" >> "$RESULTS"
    done
    SESSIONS_AFTER=$(sessions_created)
    HEAP=$(heap_after_gc_mb "$PID")
    {
        echo
        echo "HTTP sessions created by the portal during the measured runs: $((SESSIONS_AFTER - SESSIONS_BEFORE))."
        echo "Heap used after a full GC at the end: ${HEAP} MB."
        echo
    } >> "$RESULTS"
    stop_server
    rm -f "$SRV/standalone/deployments/bench-limit.war" "$SRV/standalone/deployments/kuzmat.ear"
done

if [ ${#SIZES[@]} -ge 2 ]; then
    SMALL=${SIZES[0]}; LARGE=${SIZES[-1]}
    {
        echo "### Growth from $SMALL to $LARGE vacancies (cost = 1 / req/s; target ≤ 1.5)"
        echo
        echo "| endpoint | cost at $LARGE ÷ cost at $SMALL |"
        echo "|---|---|"
        for name in "${ORDER[@]}"; do
            echo "| $name | $(awk -v a="${RPS[$name-$SMALL]}" -v b="${RPS[$name-$LARGE]}" 'BEGIN { printf "%.2f", a / b }') |"
        done
        echo
    } >> "$RESULTS"
fi

CPU=$(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
MEMORY=$(free -g | awk '/Mem:/ { print $2 " GiB" }')
JDK=$(java -version 2>&1 | head -1)
cat > bench/README.md <<EOT
# Benchmarks

Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d). Run it again to measure your machine; compare ratios
measured in the same run, not absolute numbers across runs.

**Machine:** $(nproc) cores ($CPU), $MEMORY memory, $JDK, WildFly 39.0.1 with 1 GiB heap, H2 2.2.224
file database (the embedded default). **Load:** \`wrk -t2 -c$CONNECTIONS -d$DURATION\` on the same 2 cores as
the server (the load generator takes a share of the CPU), after a 5 s warm-up of every endpoint.

**Data:** \`bench/GenerateVacancies.java\` fills ~300 agencies and the given number of vacancies (85 %
published, the rest closed or cancelled; nine regions, so a region holds about a ninth of them) on top
of the demo data.

**What is measured**, for "open vacancies of Bishkek, newest first, first page of 10":
- \`static\` — the same bytes as the portal's page, served by Undertow as a file: the ceiling.
- \`bare\` — a servlet running the same three SQL queries as the portal (a page's ids, their count up
  to 1,001, the rows) over JDBC and writing a bare table (\`bench/limit/BareSearchServlet.java\`, never part of the EAR).
- \`page\` — the portal's search page (Faces, PrimeFaces, EJB, EclipseLink), the same URL again and
  again, as when many people open a popular search: answered mostly from the copies the portal keeps
  of public answers (\`PublicCopies\`, good until the catalogue changes, for at most 60 s).
- \`page-cold\` — the same search with a different URL on every request (\`&n=<number>\`, see
  \`bench/distinct.lua\`): a search nobody has read just before, rendered from the database each time.
- \`words\`, \`words-cold\` — the search page for the word "специалист" (the indexed word search), all regions.
- \`api\`, \`api-cold\` — \`GET /api/v1/vacancies\` with the same filter, 10 items.

Targets (issue 3): search page p99 < 100 ms at 32 connections, API ≥ 1,000 req/s, cost at 100k within
1.5× of the cost at 10k, zero sessions created.

## Results

$(cat "$RESULTS")

$(cat bench/analysis.md 2>/dev/null)

$(cat bench/apply-rush.md 2>/dev/null)

$(cat bench/exam-rush.md 2>/dev/null)

$(cat bench/cluster.md 2>/dev/null)
EOT
echo "== results written to bench/README.md"
