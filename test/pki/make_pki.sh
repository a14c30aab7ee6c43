#!/bin/sh
# test/pki/make_pki.sh
#	Build a small test PKI with the openssl command (OpenSSL 3.0) into
#	OUTDIR, for the certificate and trust-store tests.  Keys are EC P-256
#	(one Ed25519, one RSA-1024) as PKCS#8 PEM ("PRIVATE KEY"), public keys
#	as PEM "PUBLIC KEY", certificates as PEM "CERTIFICATE".  Every
#	certificate is issued by "openssl ca" with fixed validity dates and
#	serials, so that everything but the keys (and thus signatures and
#	fingerprints) is the same on every run:
#
#	  root          self-signed root CA           2019-01-01 .. 2049-12-31
#	  inter         intermediate CA (by root)      2019-06-01 .. 2045-12-31
#	  leaf          signer, digitalSignature       2024-01-01 .. 2035-12-31
#	  expired       signer, digitalSignature       2020-01-01 .. 2021-01-01
#	  nodigsig      keyUsage keyEncipherment only  2024-01-01 .. 2035-12-31
#	  ed25519       Ed25519 signer                 2024-01-01 .. 2035-12-31
#	  rsa1024       RSA-1024 signer (too short)    2024-01-01 .. 2035-12-31
#	  notca         CA:FALSE cert (by inter) ...   2024-01-01 .. 2035-12-31
#	  notca_leaf    ... that signs this leaf       2024-01-01 .. 2035-12-31
#	  rogue_root    a second root, not trusted     2019-01-01 .. 2049-12-31
#	  rogue_leaf    signer issued by rogue_root    2024-01-01 .. 2035-12-31
#
#	leaf, expired, nodigsig, ed25519, rsa1024, notca are issued by inter.
#	For each NAME: NAME.pem (certificate), NAME.key (private key),
#	NAME.pub.pem (public key), NAME.der (certificate DER), NAME.b64 (the
#	certificate as one x5c entry: base64 DER, one line).  chain.pem is
#	leaf then inter.
#
# Usage: sh test/pki/make_pki.sh OUTDIR   (quiet on success; exit 1 on failure)
set -eu

[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
out=$1
command -v openssl >/dev/null 2>&1 || { echo "make_pki: openssl not found" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/provenance-pki.XXXXXX")
log=$work/log
trap 'rm -rf "$work"' EXIT

fail()
{
	echo "make_pki: $1 failed:" >&2
	cat "$log" >&2
	exit 1
}

mkdir "$work/newcerts"
: >"$work/index.txt"
echo 1000 >"$work/serial"
cat >"$work/ca.cnf" <<CNF
[ ca ]
default_ca = ca_test

[ ca_test ]
dir = $work
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
policy = policy_any
preserve = yes
email_in_dn = no
unique_subject = no
copy_extensions = none

[ policy_any ]
countryName = optional
organizationName = optional
commonName = supplied

[ req ]
distinguished_name = req_dn
string_mask = utf8only
utf8 = yes

[ req_dn ]

[ ext_root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ ext_inter ]
basicConstraints = critical, CA:TRUE, pathlen:1
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ ext_leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ ext_nodigsig ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ ext_notca ]
basicConstraints = critical, CA:FALSE
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF

# key NAME ALG: a private key NAME.key (PKCS#8 PEM) and NAME.pub.pem
key()
{
	case $2 in
		P-256) set -- "$1" -algorithm EC -pkeyopt ec_paramgen_curve:P-256 ;;
		Ed25519) set -- "$1" -algorithm ED25519 ;;
		RSA-1024) set -- "$1" -algorithm RSA -pkeyopt rsa_keygen_bits:1024 ;;
	esac
	name=$1
	shift
	openssl genpkey "$@" -out "$out/$name.key" >"$log" 2>&1 || fail "key $name"
	openssl pkey -in "$out/$name.key" -pubout -out "$out/$name.pub.pem" >"$log" 2>&1 ||
		fail "public key $name"
}

# cert NAME ALG SUBJECT ISSUER EXT START END: issue NAME.pem by ISSUER
# ("self" for a self-signed root)
cert()
{
	name=$1 alg=$2 subj=$3 issuer=$4 ext=$5 start=$6 end=$7
	key "$name" "$alg"
	openssl req -new -config "$work/ca.cnf" -utf8 -key "$out/$name.key" \
		-subj "$subj" -out "$work/$name.csr" >"$log" 2>&1 || fail "request $name"
	if [ "$issuer" = self ]; then
		set -- -selfsign -keyfile "$out/$name.key"
	else
		set -- -cert "$out/$issuer.pem" -keyfile "$out/$issuer.key"
	fi
	openssl ca -batch -config "$work/ca.cnf" -utf8 -notext "$@" \
		-in "$work/$name.csr" -extensions "$ext" \
		-startdate "$start" -enddate "$end" -out "$out/$name.pem" >"$log" 2>&1 ||
		fail "certificate $name"
	openssl x509 -in "$out/$name.pem" -outform DER -out "$out/$name.der" >"$log" 2>&1 ||
		fail "DER of $name"
	openssl base64 -A -in "$out/$name.der" -out "$out/$name.b64" >"$log" 2>&1 ||
		fail "base64 of $name"
}

root_dates="20190101000000Z 20491231235959Z"
leaf_dates="20240101000000Z 20351231235959Z"
# shellcheck disable=SC2086
{
	cert root P-256 "/C=NL/O=Provenance Test/CN=Provenance Test Root CA" self ext_root $root_dates
	cert inter P-256 "/C=NL/O=Provenance Test/CN=Provenance Test Issuing CA" root ext_inter 20190601000000Z 20451231235959Z
	cert leaf P-256 "/C=CN/O=Ürümqi Textiles/CN=signer-1" inter ext_leaf $leaf_dates
	cert expired P-256 "/C=CN/O=Ürümqi Textiles/CN=signer-old" inter ext_leaf 20200101000000Z 20210101000000Z
	cert nodigsig P-256 "/C=KZ/O=Khorgos Carrier/CN=encryption-only" inter ext_nodigsig $leaf_dates
	cert ed25519 Ed25519 "/C=GE/O=Poti Port/CN=signer-ed25519" inter ext_leaf $leaf_dates
	cert rsa1024 RSA-1024 "/C=TR/O=Weak Keys Ltd/CN=signer-rsa1024" inter ext_leaf $leaf_dates
	cert notca P-256 "/C=AZ/O=Not A CA/CN=not-a-ca" inter ext_notca $leaf_dates
	cert notca_leaf P-256 "/C=AZ/O=Not A CA/CN=signer-under-not-a-ca" notca ext_leaf $leaf_dates
	cert rogue_root P-256 "/C=NL/O=Provenance Test/CN=Provenance Test Root CA" self ext_root $root_dates
	cert rogue_leaf P-256 "/C=CN/O=Ürümqi Textiles/CN=signer-1" rogue_root ext_leaf $leaf_dates
}
cat "$out/leaf.pem" "$out/inter.pem" >"$out/chain.pem"
exit 0
