#!/usr/bin/env bash
# A two-node Kuzmat cluster on this machine, behind WildFly's Undertow balancer:
#
#   server-config/scripts/cluster.sh start     # (re)makes the three servers, starts them, waits until ready
#   server-config/scripts/cluster.sh stop
#   server-config/scripts/cluster.sh status
#
# Needs the portal built for PostgreSQL (mvn package -DskipTests -Ppostgresql) and the database in
# KUZMAT_DB_URL / KUZMAT_DB_USER / KUZMAT_DB_PASSWORD, which both nodes share. KUZMAT_DEMO_DATA=true
# loads the demo accounts and vacancies (test databases only). KUZMAT_NODE_OPTS adds system properties to
# both nodes (the failover test raises the per-address limits there: its browser comes from 127.0.0.1,
# as did every test before it on the same database).
#
#   node1  standalone-ha.xml, offset 400: http://127.0.0.1:8480, management 127.0.0.1:10390
#   node2  standalone-ha.xml, offset 500: http://127.0.0.1:8580, management 127.0.0.1:10490
#   balancer standalone-load-balancer.xml, offset 600: http://127.0.0.1:8680  <- the portal
#
# The servers live in server-config/target/cluster/{node1,node2,balancer}; each one's process id is in
# <name>.pid and its console in <name>.log there.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BASE=$ROOT/server-config/target/wildfly
DIR=$ROOT/server-config/target/cluster
EAR=$ROOT/ear-module/target/kuzmat.ear
NODES=(node1 node2)
declare -A OFFSET=([node1]=400 [node2]=500 [balancer]=600)
BALANCER=http://127.0.0.1:8680

running() { # name
    [ -s "$DIR/$1.pid" ] && kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null
}

# standalone.sh with LAUNCH_JBOSS_IN_BACKGROUND writes its java process's id to JBOSS_PIDFILE: the
# process `stop` (and the failover test's `kill -9`) must hit, not the shell around it.
launch() { # name config offset [options...]
    local name=$1 config=$2 offset=$3; shift 3
    (cd "$DIR/$name" && exec env LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$DIR/$name.pid" \
        JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" bin/standalone.sh -c "$config" \
        -Djboss.node.name="$name" -Djboss.socket.binding.port-offset="$offset" \
        -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
        "$@" > "$DIR/$name.log" 2>&1) &
    for _ in $(seq 1 30); do [ -s "$DIR/$name.pid" ] && return 0; sleep 1; done
    echo "$name did not start, see $DIR/$name.log"; exit 1
}

# A server left running from another run would answer in place of the new one.
ports_free() {
    local port
    for port in 8480 8580 8680 10390 10490 10690 8000 8100; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "port $port is in use: stop what holds it (server-config/scripts/cluster.sh stop, or another WildFly)"; exit 1
        fi
    done
}

stop_all() {
    for name in balancer "${NODES[@]}"; do
        if running "$name"; then
            local pid; pid=$(cat "$DIR/$name.pid")
            "$DIR/$name/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + OFFSET[$name])) --command=:shutdown >/dev/null 2>&1 \
                || kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
        fi
        rm -f "$DIR/$name.pid"
    done
}

make_servers() {
    [ -f "$EAR" ] || { echo "no $EAR: build first (mvn package -DskipTests -Ppostgresql)"; exit 1; }
    grep -q 'module="org.postgresql"' "$BASE/standalone/configuration/standalone.xml" \
        || { echo "the server is not configured for PostgreSQL: build with -Ppostgresql"; exit 1; }
    rm -rf "$DIR" && mkdir -p "$DIR"
    cp -r "$BASE" "$DIR/template"
    rm -rf "$DIR/template/standalone/data" "$DIR/template/standalone/log" "$DIR/template/standalone/tmp" \
        "$DIR/template/standalone/deployments/"*
    # The same configuration as the single server (configure.cli, postgresql.cli), on standalone-ha.xml.
    for script in configure postgresql; do
        sed 's/--server-config=standalone.xml/--server-config=standalone-ha.xml/' "$ROOT/server-config/cli/$script.cli" > "$DIR/$script-ha.cli"
        "$DIR/template/bin/jboss-cli.sh" --file="$DIR/$script-ha.cli" >> "$DIR/configure.log"
    done
    "$DIR/template/bin/jboss-cli.sh" --file="$ROOT/server-config/cli/cluster-node.cli" >> "$DIR/configure.log"
    cp -r "$DIR/template" "$DIR/balancer"
    "$DIR/balancer/bin/jboss-cli.sh" --file="$ROOT/server-config/cli/balancer.cli" >> "$DIR/configure.log"
    for node in "${NODES[@]}"; do
        cp -r "$DIR/template" "$DIR/$node"
        cp "$EAR" "$DIR/$node/standalone/deployments/"
    done
    rm -rf "$DIR/template"
    if grep -q '"outcome" => "failed"' "$DIR/configure.log"; then
        echo "configuration failed, see $DIR/configure.log"; exit 1
    fi
}

start_node() { # name
    # shellcheck disable=SC2086 # one option per word
    launch "$1" standalone-ha.xml "${OFFSET[$1]}" -Dkuzmat.demo-data="${KUZMAT_DEMO_DATA:-false}" \
        -Dkuzmat.public-url="$BALANCER" -Dkuzmat.mail.port="${KUZMAT_MAIL_PORT:-25}" ${KUZMAT_NODE_OPTS:-}
}

await_ready() { # name
    local name=$1 port=$((9990 + OFFSET[$1]))
    for _ in $(seq 1 240); do
        running "$name" || { echo "$name stopped, see $DIR/$name.log"; exit 1; }
        if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
            echo "$name ready"; return 0
        fi
        sleep 1
    done
    echo "$name not ready after 4 minutes, see $DIR/$name.log"; exit 1
}

case "${1:-}" in
    start)
        stop_all
        ports_free
        make_servers
        # One node at a time: the first applies the migrations (and demo data) alone.
        for node in "${NODES[@]}"; do
            start_node "$node"
            await_ready "$node"
        done
        launch balancer standalone-load-balancer.xml "${OFFSET[balancer]}"
        for _ in $(seq 1 120); do
            curl -fs -o /dev/null "$BALANCER/" && { echo "cluster ready at $BALANCER"; exit 0; }
            running balancer || { echo "balancer stopped, see $DIR/balancer.log"; exit 1; }
            sleep 1
        done
        echo "balancer not answering, see $DIR/balancer.log"; exit 1
        ;;
    stop)
        stop_all
        ;;
    status)
        for name in "${NODES[@]}" balancer; do
            if running "$name"; then echo "$name: running (pid $(cat "$DIR/$name.pid"))"; else echo "$name: stopped"; fi
        done
        ;;
    *)
        sed -n '2,12p' "$0"; exit 2
        ;;
esac
