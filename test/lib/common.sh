# test/lib/common.sh
#	Shared set-up for the README's two commands (demo/run.sh, test/run.sh):
#	root/sudo check, apt-get install of missing build dependencies, build and
#	install of the extension, and a throwaway PostgreSQL cluster run as the
#	`postgres` user with its own port and socket directory.
#
# Source it from bash; it defines functions and variables prefixed prov_ /
# PROV_ and changes no shell options of its own.  Environment knobs:
#	PROVENANCE_PGPORT		port of the throwaway cluster (default: first free
#							from 54329 on)
#	PROVENANCE_PG_CONFIG	pg_config to build against
#							(default /usr/lib/postgresql/15/bin/pg_config)
#	PROVENANCE_SKIP_APT=1	never call apt-get (offline machines)
#	PROVENANCE_KEEP=1		leave the cluster running at exit and say how to
#							connect (the next run removes it)

PROV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PROV_RUN=$PROV_ROOT/.run
PROV_PG_CONFIG=${PROVENANCE_PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PROV_PGBIN=
PROV_OWNER=root
PROV_BASE=				# cluster directory: data/, socket, postgres.log
PROV_PORT=
PROV_STARTED=0
PROV_SUITE_PID=			# process group of a running test suite
PROV_CLEANUP_EXTRA=()	# more paths to remove at exit

# Debian 12 packages.  PostgreSQL 15's contrib modules (isn, used by the
# benchmark) are inside postgresql-15, which Provides postgresql-contrib-15.
PROV_DEPS_BASE=(build-essential postgresql-15 postgresql-server-dev-15
	libssl-dev libsodium-dev libicu-dev pkg-config)
# Extra for the test command: clang with the libFuzzer/ASan/UBSan runtimes
# (libclang-rt-14-dev on Debian 12), IPC::Run for TAP tests and the openssl
# command (test/pki/make_pki.sh builds the X.509 test PKI with it).
PROV_DEPS_TEST=(clang llvm libclang-rt-14-dev perl libipc-run-perl openssl)
PROV_DEPS_NODE=(nodejs npm)	# test/interop; only when no node/npm on PATH

if [ -t 1 ]; then
	PROV_B=$'\e[1m' PROV_R=$'\e[31m' PROV_G=$'\e[32m' PROV_Y=$'\e[33m' PROV_N=$'\e[0m'
else
	PROV_B= PROV_R= PROV_G= PROV_Y= PROV_N=
fi

# prov_say MSG...: a progress line
prov_say()
{
	printf '%s==>%s %s\n' "$PROV_B" "$PROV_N" "$*"
}

# prov_warn MSG...: a warning on stderr
prov_warn()
{
	printf '%swarning:%s %s\n' "$PROV_Y" "$PROV_N" "$*" >&2
}

# prov_die MSG...: an error on stderr, then exit 1 (the EXIT trap cleans up)
prov_die()
{
	printf '%serror:%s %s\n' "$PROV_R" "$PROV_N" "$*" >&2
	exit 1
}

# prov_require_root SCRIPT ARGS...: return when running as root; otherwise
# re-run SCRIPT with sudo (passing the PROVENANCE_* settings on), or fail.
prov_require_root()
{
	local script=$1 v
	local -a envs=()

	shift
	[ "$(id -u)" -eq 0 ] && return 0
	command -v sudo >/dev/null 2>&1 ||
		prov_die "this command must run as root (it installs packages and starts a server as user postgres), and sudo is not installed; run it as root"
	for v in $(compgen -e | grep '^PROVENANCE_'); do
		envs+=("$v=${!v}")
	done
	prov_say "not root: re-running with sudo"
	exec sudo -- env "${envs[@]}" "$(readlink -f "$script")" "$@"
}

# prov_install_deps [test]: apt-get install the Debian packages that are not
# installed yet (plus the test extras when "test" is given).  apt-get update
# runs only when something is missing.
prov_install_deps()
{
	local -a want=("${PROV_DEPS_BASE[@]}") missing=()
	local p

	[ "${1:-}" = test ] && want+=("${PROV_DEPS_TEST[@]}")
	if [ "${1:-}" = test ] && ! { command -v node && command -v npm; } >/dev/null 2>&1; then
		want+=("${PROV_DEPS_NODE[@]}")
	fi
	if [ "${PROVENANCE_SKIP_APT:-0}" = 1 ]; then
		prov_say "PROVENANCE_SKIP_APT=1: not checking Debian packages"
		return 0
	fi
	if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
		prov_warn "not a Debian system (no dpkg-query/apt-get): install the equivalents of ${want[*]} yourself; set PROVENANCE_PG_CONFIG if pg_config is not at $PROV_PG_CONFIG"
		return 0
	fi
	for p in "${want[@]}"; do
		case "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)" in
			ii*) ;;
			*) missing+=("$p") ;;
		esac
	done
	if [ ${#missing[@]} -eq 0 ]; then
		prov_say "build dependencies: all installed"
		return 0
	fi
	prov_say "installing missing packages: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get -q -o DPkg::Lock::Timeout=300 update ||
		prov_die "apt-get update failed (no network or broken sources?); install ${missing[*]} by hand, or set PROVENANCE_SKIP_APT=1"
	apt-get -q -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${missing[@]}" ||
		prov_die "apt-get install ${missing[*]} failed"
}

# prov_setup_paths: find pg_config and the server binaries; decide who owns
# the build (the checkout's owner, so a sudo run leaves no root-owned files
# in a user's checkout); create .run/.
prov_setup_paths()
{
	[ -x "$PROV_PG_CONFIG" ] ||
		prov_die "pg_config not found at $PROV_PG_CONFIG (install postgresql-server-dev-15, or set PROVENANCE_PG_CONFIG)"
	PROV_PGBIN=$("$PROV_PG_CONFIG" --bindir)
	[ -x "$PROV_PGBIN/initdb" ] && [ -x "$PROV_PGBIN/pg_ctl" ] ||
		prov_die "no PostgreSQL server binaries in $PROV_PGBIN (install postgresql-15)"
	id postgres >/dev/null 2>&1 ||
		prov_die "there is no user postgres (it comes with the postgresql-15 package)"
	PROV_OWNER=$(stat -c %U "$PROV_ROOT")
	if [ "$PROV_OWNER" = UNKNOWN ] || ! id "$PROV_OWNER" >/dev/null 2>&1; then
		PROV_OWNER=root
	fi
	mkdir -p "$PROV_RUN" || prov_die "cannot create $PROV_RUN"
	chown "$PROV_OWNER:" "$PROV_RUN"
	# One run per checkout: a second one would remove the first one's cluster
	# as stale.  The server is started with this descriptor closed, so a
	# cluster kept with PROVENANCE_KEEP=1 does not hold the lock.
	exec 9>"$PROV_RUN/lock"
	chown "$PROV_OWNER:" "$PROV_RUN/lock"
	flock -n 9 ||
		prov_die "another demo/run.sh or test/run.sh is running in this checkout (.run/lock); let it finish first"
	export PATH="$PROV_PGBIN:$PATH"
}

# prov_as_owner CMD ARGS...: run a command as the checkout's owner
prov_as_owner()
{
	if [ "$PROV_OWNER" = root ]; then
		"$@"
	else
		runuser -u "$PROV_OWNER" -- "$@"
	fi
}

# prov_as_postgres CMD ARGS...: run a command as the postgres user
prov_as_postgres()
{
	runuser -u postgres -- "$@"
}

# prov_build [MAKE ARGS...]: build as the checkout's owner, install as root.
# Output goes to .run/build.log; on failure its tail is shown.  Returns 0 on
# success, 1 on failure (never exits, so callers can record the result).
prov_build()
{
	local log=$PROV_RUN/build.log

	prov_say "building with $PROV_PG_CONFIG (log: ${log#"$PROV_ROOT"/})"
	: >"$log"
	chown "$PROV_OWNER:" "$log"
	if ! prov_as_owner make -C "$PROV_ROOT" PG_CONFIG="$PROV_PG_CONFIG" "$@" >>"$log" 2>&1; then
		printf '%sbuild failed%s; last lines of %s:\n' "$PROV_R" "$PROV_N" "$log" >&2
		tail -n 60 "$log" >&2
		return 1
	fi
	if grep -q 'warning:' "$log"; then
		prov_warn "the build printed warnings:"
		grep -A3 'warning:' "$log" | head -n 40 >&2
	fi
	prov_say "installing into $("$PROV_PG_CONFIG" --pkglibdir) and $("$PROV_PG_CONFIG" --sharedir)/extension"
	if ! make -C "$PROV_ROOT" PG_CONFIG="$PROV_PG_CONFIG" "$@" install >>"$log" 2>&1; then
		printf '%smake install failed%s; last lines of %s:\n' "$PROV_R" "$PROV_N" "$log" >&2
		tail -n 30 "$log" >&2
		return 1
	fi
	return 0
}

# prov_port_busy PORT: true when something already uses PORT (a TCP
# listener on localhost or a PostgreSQL socket in the usual places)
prov_port_busy()
{
	local port=$1 d

	for d in /var/run/postgresql /tmp; do
		[ -S "$d/.s.PGSQL.$port" ] && return 0
	done
	(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
	return 1
}

# prov_stop_stale: stop and remove a cluster left by an earlier run of this
# checkout that was killed before it could clean up.
prov_stop_stale()
{
	local base

	for base in "$PROV_RUN/pg" "$(cat "$PROV_RUN/cluster.path" 2>/dev/null)"; do
		[ -n "$base" ] && [ -d "$base" ] || continue
		case "$base" in
			"$PROV_RUN/pg" | /tmp/provenance-pg.*) ;;
			*) prov_warn "ignoring unexpected path in $PROV_RUN/cluster.path: $base"; continue ;;
		esac
		if [ -f "$base/data/postmaster.pid" ]; then
			prov_say "stopping a cluster left by an earlier run in $base"
			prov_as_postgres "$PROV_PGBIN/pg_ctl" -D "$base/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
				prov_warn "could not stop the old cluster in $base (already gone?)"
		fi
		rm -rf "$base"
	done
	rm -f "$PROV_RUN/cluster.path"
}

# prov_cluster_start: initdb and start a throwaway cluster as user postgres.
# Sets PROV_BASE, PROV_PORT and exports PGHOST, PGPORT, PGUSER.  Returns 1
# (with the server log shown) when the server does not start.
prov_cluster_start()
{
	local port sock_len base conf

	prov_stop_stale

	if [ -n "${PROVENANCE_PGPORT:-}" ]; then
		port=$PROVENANCE_PGPORT
		case "$port" in
			'' | *[!0-9]*) prov_die "PROVENANCE_PGPORT must be a port number, not '$port'" ;;
		esac
	else
		for port in $(seq 54329 54428); do
			prov_port_busy "$port" || break
		done
	fi
	PROV_PORT=$port

	# The cluster lives in .run/pg when user postgres can reach it and the
	# socket path fits (sockaddr_un holds 107 bytes); else in /tmp.
	base=$PROV_RUN/pg
	sock_len=$(printf '%s' "$base/.s.PGSQL.$port" | wc -c)
	if [ "$sock_len" -le 100 ] && prov_as_postgres test -x "$PROV_RUN"; then
		mkdir -m 755 "$base" || return 1
	else
		base=$(mktemp -d /tmp/provenance-pg.XXXXXX) || return 1
		chmod 755 "$base"
		if [ "$sock_len" -gt 100 ]; then
			prov_say "checkout path too long for a socket; cluster goes to $base instead of .run/"
		else
			prov_say "user postgres cannot reach $PROV_ROOT (a parent directory is not world-searchable); cluster goes to $base instead of .run/"
		fi
	fi
	PROV_BASE=$base
	printf '%s\n' "$base" >"$PROV_RUN/cluster.path"
	chown postgres: "$base"

	prov_say "initdb in $base (port $port, socket in the same directory)"
	if ! prov_as_postgres "$PROV_PGBIN/initdb" -D "$base/data" -U postgres \
		-E UTF8 --locale=C --auth-local=peer --auth-host=reject >"$PROV_RUN/initdb.log" 2>&1; then
		chown "$PROV_OWNER:" "$PROV_RUN/initdb.log"
		cat "$PROV_RUN/initdb.log" >&2
		printf '%sinitdb failed%s\n' "$PROV_R" "$PROV_N" >&2
		return 1
	fi

	chown "$PROV_OWNER:" "$PROV_RUN/initdb.log"
	conf=$base/data/postgresql.conf
	cat >>"$conf" <<EOF

# --- provenance throwaway cluster (test/lib/common.sh) ---
listen_addresses = ''
port = $port
unix_socket_directories = '$base'
fsync = off
synchronous_commit = off
full_page_writes = off
lc_messages = 'C'
timezone = 'UTC'
log_timezone = 'UTC'
EOF
	# Only root, postgres and the checkout's owner may connect (as postgres).
	cat >"$base/data/pg_hba.conf" <<EOF
# provenance throwaway cluster: local socket only, peer-mapped users
local	all	all	peer	map=prov
EOF
	{
		printf 'prov\tpostgres\tpostgres\n'
		printf 'prov\troot\tpostgres\n'
		[ "$PROV_OWNER" != root ] && printf 'prov\t%s\tpostgres\n' "$PROV_OWNER"
	} >"$base/data/pg_ident.conf"
	chown postgres: "$base/data/pg_hba.conf" "$base/data/pg_ident.conf"

	PROV_STARTED=1
	if ! prov_as_postgres "$PROV_PGBIN/pg_ctl" -D "$base/data" -l "$base/postgres.log" \
		-w -t 60 start >/dev/null 9>&-; then
		printf '%sthe throwaway server did not start%s; its log:\n' "$PROV_R" "$PROV_N" >&2
		tail -n 40 "$base/postgres.log" >&2
		return 1
	fi
	export PGHOST=$base PGPORT=$port PGUSER=postgres
	unset PGDATABASE PGSERVICE PGPASSWORD PGOPTIONS
	prov_say "throwaway $("$PROV_PG_CONFIG" --version | awk '{print $1, $2}') running: PGHOST=$PGHOST PGPORT=$PGPORT PGUSER=postgres"
	return 0
}

# prov_cleanup: the EXIT trap.  Stops and removes the cluster (or leaves it
# running under PROVENANCE_KEEP=1), keeping a copy of its log in .run/.
prov_cleanup()
{
	local rc=$? p

	trap '' INT TERM
	# A suite still running (test/run.sh runs each in its own process group)
	if [ -n "${PROV_SUITE_PID:-}" ]; then
		kill -TERM -- "-$PROV_SUITE_PID" 2>/dev/null
		wait "$PROV_SUITE_PID" 2>/dev/null
	fi
	if [ "$PROV_STARTED" = 1 ] && [ -n "$PROV_BASE" ]; then
		if [ "${PROVENANCE_KEEP:-0}" = 1 ]; then
			printf '\nPROVENANCE_KEEP=1: the cluster keeps running. Connect with\n'
			printf '  psql -h %s -p %s -U postgres %s\n' "$PROV_BASE" "$PROV_PORT" "${PROV_KEEP_DB:-postgres}"
			printf 'The next run of demo/run.sh or test/run.sh stops and removes it; or now:\n'
			printf '  sudo runuser -u postgres -- %s/pg_ctl -D %s/data stop && sudo rm -rf %s\n' \
				"$PROV_PGBIN" "$PROV_BASE" "$PROV_BASE"
		else
			if [ -f "$PROV_BASE/data/postmaster.pid" ]; then
				prov_as_postgres "$PROV_PGBIN/pg_ctl" -D "$PROV_BASE/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
					prov_as_postgres "$PROV_PGBIN/pg_ctl" -D "$PROV_BASE/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
					prov_warn "could not stop the cluster in $PROV_BASE"
			fi
			if [ -f "$PROV_BASE/postgres.log" ]; then
				cp "$PROV_BASE/postgres.log" "$PROV_RUN/postgres.log" 2>/dev/null &&
					chown "$PROV_OWNER:" "$PROV_RUN/postgres.log"
			fi
			rm -rf "$PROV_BASE"
			rm -f "$PROV_RUN/cluster.path"
		fi
	fi
	for p in "${PROV_CLEANUP_EXTRA[@]}"; do
		rm -rf "$p"
	done
	exit "$rc"
}

# prov_install_traps: clean up on every exit, including Ctrl-C and kill
prov_install_traps()
{
	trap prov_cleanup EXIT
	trap 'printf "\ninterrupted\n" >&2; exit 130' INT
	trap 'exit 143' TERM HUP
}
