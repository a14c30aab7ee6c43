#!/usr/bin/env bash
# demo/run.sh
#	The README's demo command: on a Debian 12 machine (as root or via sudo)
#	installs missing build dependencies, builds and installs the extension,
#	starts a throwaway cluster, creates the extension in database
#	provenance_demo, loads demo/data/scans.txt (demo/load.sql), signs
#	origin records (demo/records.sql), registers the parties along the
#	route and signs their custody records (demo/custody.sql), ships units
#	along the route as hash-linked custody events and signs a Merkle
#	checkpoint of them (demo/journeys.sql), registers marks and loads
#	marketplace listings (demo/trademark.sql) and prints the report of
#	demo/report.sql.  The cluster is removed at exit unless
#	PROVENANCE_KEEP=1 (then it says how to connect).
#
# Environment: see test/lib/common.sh (PROVENANCE_PGPORT, PROVENANCE_KEEP, ...).
set -u -o pipefail

. "$(dirname "${BASH_SOURCE[0]}")/../test/lib/common.sh"

prov_require_root "$0" "$@"
prov_install_traps
cd "$PROV_ROOT" || exit 1

prov_install_deps
prov_setup_paths
prov_build || prov_die "the build failed (full log: .run/build.log)"
prov_cluster_start || prov_die "the throwaway PostgreSQL server did not start"

PROV_KEEP_DB=provenance_demo
export PGCLIENTENCODING=UTF8
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE provenance_demo' ||
	prov_die "could not create database provenance_demo"
export PGDATABASE=provenance_demo
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION provenance' ||
	prov_die "CREATE EXTENSION provenance failed"
prov_say "extension provenance $(psql -X -A -t -c "SELECT extversion FROM pg_extension WHERE extname = 'provenance'") created in database provenance_demo"
prov_say "loading the scan log demo/data/scans.txt (demo/load.sql)"
psql -X -q -v ON_ERROR_STOP=1 -f demo/load.sql ||
	prov_die "demo/load.sql failed"
prov_say "signing origin records for the units (demo/records.sql)"
psql -X -q -v ON_ERROR_STOP=1 -f demo/records.sql ||
	prov_die "demo/records.sql failed"
prov_say "registering the parties along the route and signing custody records (demo/custody.sql)"
psql -X -q -v ON_ERROR_STOP=1 -f demo/custody.sql ||
	prov_die "demo/custody.sql failed"
prov_say "shipping units along the route as signed custody events, with a Merkle checkpoint (demo/journeys.sql)"
psql -X -q -v ON_ERROR_STOP=1 -f demo/journeys.sql ||
	prov_die "demo/journeys.sql failed"
prov_say "registering marks and loading marketplace listings (demo/trademark.sql)"
psql -X -q -v ON_ERROR_STOP=1 -f demo/trademark.sql >/dev/null ||
	prov_die "demo/trademark.sql failed"
psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql ||
	prov_die "demo/report.sql failed"
