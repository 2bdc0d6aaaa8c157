#!/usr/bin/env bash
# Starts this machine's PostgreSQL (Debian's packaging) and creates an empty database for a test run:
# role and database kuzmat_ci, password kuzmat_ci, on 127.0.0.1. Anything a previous run left there is
# dropped first. Prints the KUZMAT_DB_* settings as shell exports:
#   eval "$(bash server-config/scripts/test-database.sh)"
# For test machines only: production databases are made by the administrator.
set -euo pipefail

cluster=$(pg_lsclusters --no-header | head -1)
if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$version" main >&2
    cluster=$(pg_lsclusters --no-header | head -1)
fi
read -r version name port status _ <<<"$cluster"
if [[ $status != online* ]]; then
    pg_ctlcluster "$version" "$name" start >&2
fi

runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<'SQL'
DROP DATABASE IF EXISTS kuzmat_ci WITH (FORCE);
DROP ROLE IF EXISTS kuzmat_ci;
CREATE ROLE kuzmat_ci LOGIN PASSWORD 'kuzmat_ci';
CREATE DATABASE kuzmat_ci OWNER kuzmat_ci ENCODING 'UTF8' TEMPLATE template0;
SQL
echo "PostgreSQL $version/$name on port $port: database kuzmat_ci ready" >&2
echo "export KUZMAT_DB_URL=jdbc:postgresql://127.0.0.1:$port/kuzmat_ci KUZMAT_DB_USER=kuzmat_ci KUZMAT_DB_PASSWORD=kuzmat_ci"
