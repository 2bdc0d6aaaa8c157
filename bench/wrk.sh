# Sourced by the bench scripts that drive wrk: wrk_summary FILE reads one `wrk --latency` report and
# prints "requests/s p50 p99 non-2xx/timeouts" (latencies in ms).
wrk_summary() { # file
    awk '
        function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { errors = $NF }
        /Socket errors/ { timeouts = $NF }
        END { printf "%.0f %.1f %.1f %s/%s\n", rps, p50, p99, (errors == "" ? 0 : errors), (timeouts == "" ? 0 : timeouts) }' "$1"
}
