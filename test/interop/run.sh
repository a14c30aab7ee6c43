#!/usr/bin/env bash
# test/interop/run.sh
#	Interoperability of provenance's signed records with an independent JOSE
#	implementation, the npm jose package (version pinned in
#	package-lock.json; Node's built-in crypto for the alg name "Ed25519"):
#	  (a) jose signs a record under every algorithm provenance accepts
#	      (EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256, RS384);
#	      provenance.verify() must say true for each, false for a copy with a
#	      changed payload, false for each record under another record's key;
#	  (b) provenance.sign() signs under every algorithm and key type
#	      (Ed25519, P-256, P-384, P-521, RSA-2048/3072/4096); jose must
#	      verify each and reject copies with a changed payload or signature.
#	Prints one line per record, then a summary line; exits 0 when every
#	check passed, 1 on any mismatch (or error), 77 (skipped) when node/npm
#	are missing or jose cannot be installed.
#
#	Needs: node >= 18 and npm (Debian 12: apt-get install nodejs npm), a
#	running server with provenance installed (make install), and PGHOST,
#	PGPORT, PGUSER (a superuser: it creates and drops a scratch database,
#	PROVENANCE_INTEROP_DB, default provenance_interop) in the environment, as
#	test/run.sh exports them.  npm ci installs jose into
#	test/interop/node_modules (not committed) on first use.
set -u -o pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
DB=${PROVENANCE_INTEROP_DB:-provenance_interop}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$DB")

fail()
{
	printf 'interop: FAILED: %s\n' "$*"
	exit 1
}

skip()
{
	printf 'SKIP: interop: %s\n' "$*"
	exit 77
}

for tool in node npm psql createdb dropdb; do
	command -v "$tool" >/dev/null 2>&1 || skip "$tool not found (Debian 12: apt-get install nodejs npm postgresql-client-15)"
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || skip "node $(node --version) is too old; jose needs node 18 or later"

WORK=$(mktemp -d /tmp/provenance-interop.XXXXXX) || fail "mktemp failed"
# shellcheck disable=SC2317  # run by the EXIT trap
cleanup()
{
	dropdb --if-exists "$DB" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT

# jose, exactly as locked; reinstalled when the lock file changed.  npm's
# cache goes to the scratch directory when $HOME is not writable (a run as
# the checkout's owner under sudo keeps root's HOME).
[ -w "${HOME:-/nonexistent}" ] || export npm_config_cache="$WORK/npm-cache"
if [ ! -f "$HERE/node_modules/.package-lock.json" ] ||
	! cmp -s <(sed -n '/"node_modules\/jose"/,/}/p' "$HERE/package-lock.json") \
		<(sed -n '/"node_modules\/jose"/,/}/p' "$HERE/node_modules/.package-lock.json"); then
	printf 'interop: npm ci (jose %s) in test/interop\n' \
		"$(sed -n '/"node_modules\/jose"/,/}/s/.*"version": "\(.*\)".*/\1/p' "$HERE/package-lock.json")"
	(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) ||
		skip "npm ci could not install jose (offline? see the npm error above)"
fi
printf 'interop: node %s, jose %s\n' "$(node --version)" \
	"$(node -p 'require(process.argv[1]).version' "$HERE/node_modules/jose/package.json")"

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || fail "cannot create database $DB (PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} PGUSER=${PGUSER:-})"
"${PSQL[@]}" -c 'CREATE EXTENSION provenance' || fail "CREATE EXTENSION provenance failed (make install?)"

mismatch=0

# --- (a) jose signs, provenance verifies ---------------------------------
(cd "$HERE" && node jose_interop.mjs sign) >"$WORK/jose.tsv" || fail "jose could not sign"
n_jose=$(wc -l <"$WORK/jose.tsv")
[ "$n_jose" -eq 9 ] || fail "jose signed $n_jose records, expected 9"

# one line per record: alg, verify with its key, with a changed payload,
# with the key of every other record (count of true, must be 0)
"${PSQL[@]}" -At -F ' ' -v file="$WORK/jose.tsv" >"$WORK/a.out" <<'EOF' || fail "the SQL of part (a) failed"
\set tsv `cat :'file'`
CREATE TEMP TABLE j AS
SELECT split_part(l, E'\t', 1) AS alg, split_part(l, E'\t', 2) AS jwk, split_part(l, E'\t', 3) AS jws
  FROM regexp_split_to_table(:'tsv', E'\n') l WHERE l <> '';
SELECT alg,
       provenance.verify(jws::provenance.signed_record, jwk::provenance.pubkey) AS verifies,
       provenance.verify((split_part(jws, '.', 1) || '.'
           || rtrim(translate(encode(convert_to('{"tampered":true}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
           || '.' || split_part(jws, '.', 3))::provenance.signed_record, jwk::provenance.pubkey) AS changed_payload,
       (SELECT count(*) FROM j o WHERE o.alg <> j.alg
           AND provenance.verify(j.jws::provenance.signed_record, o.jwk::provenance.pubkey)) AS other_keys,
       provenance.record_claims(jws::provenance.signed_record)->>'origin' = 'Қазақстан' AS claims_read,
       provenance.pubkey_type(jwk::provenance.pubkey) AS key_type
  FROM j ORDER BY alg;
EOF
ok_a=0
while read -r alg verifies changed others claims ktype; do
	if [ "$verifies" = t ] && [ "$changed" = f ] && [ "$others" = 0 ] && [ "$claims" = t ]; then
		ok_a=$((ok_a + 1))
		printf 'ok %s (%s): jose record verified by provenance, tampered copy and other keys false\n' "$alg" "$ktype"
	else
		mismatch=1
		printf 'MISMATCH %s (%s): verify=%s changed_payload=%s true_under_other_keys=%s claims_read=%s\n' \
			"$alg" "$ktype" "$verifies" "$changed" "$others" "$claims"
	fi
done <"$WORK/a.out"
[ "$(wc -l <"$WORK/a.out")" -eq "$n_jose" ] || { mismatch=1; echo "MISMATCH: provenance answered for $(wc -l <"$WORK/a.out") of $n_jose jose records"; }
printf 'provenance verified %d of %d jose records\n' "$ok_a" "$n_jose"

# --- (b) provenance signs, jose verifies ---------------------------------
"${PSQL[@]}" -At -F $'\t' >"$WORK/prov.tsv" <<'EOF' || fail "the SQL of part (b) failed"
CREATE TEMP TABLE k AS
SELECT t, (provenance.generate_keypair(t)).*
  FROM unnest('{Ed25519,P-256,P-384,P-521,RSA-2048,RSA-3072,RSA-4096}'::text[]) t;
-- one record per algorithm of each key type; RSA-4096 with the default alg
SELECT provenance.record_alg(r), public_key::text, r::text
  FROM (SELECT k.public_key,
               provenance.sign(jsonb_build_object('iss', 'provenance', 'sub', '(01)04870001234560(21)PROV-' || k.t || '-' || coalesce(a.alg, 'default'),
                                                  'iat', 1767225600, 'origin', 'Қазақстан', 'qty', 12, 'ok', true),
                               k.private_key, 'prov-' || k.t, a.alg) AS r
          FROM k JOIN (VALUES ('Ed25519', 'EdDSA'), ('Ed25519', 'Ed25519'), ('P-256', 'ES256'), ('P-384', 'ES384'),
                              ('P-521', 'ES512'), ('RSA-2048', 'PS256'), ('RSA-2048', 'PS384'), ('RSA-2048', 'RS256'),
                              ('RSA-2048', 'RS384'), ('RSA-3072', 'PS256'), ('RSA-4096', NULL)) a(t, alg)
            ON a.t = k.t) x
  ORDER BY 1, 2;
EOF
n_prov=$(wc -l <"$WORK/prov.tsv")
[ "$n_prov" -eq 11 ] || fail "provenance signed $n_prov records, expected 11"
(cd "$HERE" && node jose_interop.mjs verify) <"$WORK/prov.tsv" >"$WORK/b.out" 2>&1
rc_b=$?
cat "$WORK/b.out"
[ $rc_b -eq 0 ] || mismatch=1
ok_b=$(grep -c '^ok ' "$WORK/b.out")

# --- summary ---------------------------------------------------------------
if [ $mismatch -ne 0 ] || [ "$ok_a" -ne "$n_jose" ] || [ "$ok_b" -ne "$n_prov" ]; then
	printf 'interop: FAILED: provenance verified %d/%d jose records, jose verified %d/%d provenance records\n' \
		"$ok_a" "$n_jose" "$ok_b" "$n_prov"
	exit 1
fi
printf 'interop: PASS: provenance verified %d/%d jose records (EdDSA Ed25519 ES256 ES384 ES512 PS256 PS384 RS256 RS384), jose verified %d/%d provenance records (Ed25519 P-256 P-384 P-521 RSA-2048/3072/4096); every tampered copy rejected both ways\n' \
	"$ok_a" "$n_jose" "$ok_b" "$n_prov"
exit 0
