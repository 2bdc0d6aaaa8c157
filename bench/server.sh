# Sourced by the bench scripts: their own copy of the configured WildFly (ports +200), so a benchmark
# never touches the developer's server or database. Needs WORK set; defines SRV, HTTP, MGMT, H2 and
# copy_server, start_server DB, await_deployed ARCHIVE, stop_server (also run on exit).

SRV=$WORK/wildfly
HTTP=http://127.0.0.1:8280
MGMT=127.0.0.1:10190
SERVER_PID=""

copy_server() {
    rm -rf "$SRV"
    cp -r server-config/target/wildfly "$SRV"
    H2=$(ls "$SRV"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
}

stop_server() {
    if [ -n "$SERVER_PID" ]; then
        "$SRV/bin/jboss-cli.sh" --connect --controller=$MGMT --command=:shutdown >/dev/null 2>&1 || kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
trap stop_server EXIT

start_server() { # database name
    rm -f "$SRV"/standalone/deployments/*.deployed "$SRV"/standalone/deployments/*.failed
    JAVA_OPTS="-Xms1g -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
        "$SRV/bin/standalone.sh" -Djboss.socket.binding.port-offset=200 -Dkuzmat.db.name="$1" > "$WORK/server-$1.log" 2>&1 &
    SERVER_PID=$!
}

await_deployed() { # archive name
    for _ in $(seq 1 180); do
        [ -f "$SRV/standalone/deployments/$1.deployed" ] && return 0
        [ -f "$SRV/standalone/deployments/$1.failed" ] && { echo "deployment of $1 failed"; exit 1; }
        sleep 1
    done
    echo "deployment of $1 timed out"; exit 1
}
