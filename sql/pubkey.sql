-- pubkey: public signature keys (PEM, JWK, DER in; canonical JWK out)
--
-- The keys below are TEST KEYS generated with the openssl CLI for this
-- file only; the two private keys (labelled) exist to check that private
-- keys are refused without being echoed.  Never use any of them for real.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = provenance, public;

CREATE TEMP TABLE k (name text PRIMARY KEY, input text);
INSERT INTO k VALUES
('Ed25519', $k$-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w=
-----END PUBLIC KEY-----$k$),
('P-256', $k$-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEigndtOfGkBDPwyhv0QgAw64GYdRu
VzqFD8nFJKcAHKqurar2MVwPns53bydzOfJRUHRTLeO20SVwAtrRfiD3bw==
-----END PUBLIC KEY-----$k$),
('P-256 compressed point', $k$-----BEGIN PUBLIC KEY-----
MDkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDIgADigndtOfGkBDPwyhv0QgAw64GYdRu
VzqFD8nFJKcAHKo=
-----END PUBLIC KEY-----$k$),
('P-384', $k$-----BEGIN PUBLIC KEY-----
MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAERycwsxryUDBDynxwgqgmIeWmxiwx6QLS
djTwiUH4pfBRApjc++3sBgpmwGY1cG4Eu81BWLIus6VIZvTxmQ1Jr8JpIp6cgLAP
Q8s8NwIwD1Bj9eOVoj2FsmIsMwMSj7og
-----END PUBLIC KEY-----$k$),
('P-521', $k$-----BEGIN PUBLIC KEY-----
MIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQAOnY7kgEbXnfwWOsFNvVZF7LCmuWf
c707gbsPn+V/0v1n5sLtoIMFij2p0sXb2/1iQo4rLsDEUQMQNoiBMxiH5i4BjqyD
Uw/hB67XkJP8BDcAQogAWBsCqkiql4duJMbABC1jTMSjPDWvc257fI9gr1bv8n+Z
M21pbtsOgwburnlo1Lc=
-----END PUBLIC KEY-----$k$),
('RSA-2048', $k$-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyxZhY7JXfAsyOaVIksq7
Sx5OsOO11alYP4CHbLMJdG8ZehuGiYNJYh9GNWW+zGYC34DLEt3U2A+EsadiwflM
g0acaRz+7DvWA7pSzUIavpCZmzZXpEzTsMf08G2FUjm2h7MYU3HKR4jGSKAnG5Od
KievzvFTjHAQfyzmVdK3capvPMHR/uHH7Y9DcotDMjCetUq0T6P0jyW5oKt1wyj/
hkwscb+fn1sLroLdy7TB8Jh959V4J4F6+jwqo3uDhMbQSM3mMuRy7jBnkz+tNTbr
7iMUlmLwqGPj9H9PDKH4J0ob7hBpB1o3/mol0VOt0/iPgoM1ovN2hdaJR7hjVBTb
RQIDAQAB
-----END PUBLIC KEY-----$k$),
('RSA-3072', $k$-----BEGIN PUBLIC KEY-----
MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAoYnSNfiWUzSnq2TgrM+a
MgLj0zzlrCwq8jaE/ITz5dMjfl99KmEGDq+WTFSerjza3PaMpJdY/tGV5is+ZH4h
MU4Brf2pj0noFbVbS8WZlLbSgNhaxuL/V75QkaawOM8cSYs8+LylJAeKIgghmvhW
esw3ATDcrHNa2c4GTfn3sVllQPiQ9tOlhgDGlJ/ftsqo7d3o6wSjjYyt0N7YbD5a
K1EqH1ywXzyB3ow8maujtrgTF7PzHnTrsJUAJcu2F6khXVklYL66AcYOAmo2VRD5
cp1rCKUT4I0SeUdW9g+6FuCiAJMZm9r0C/5aHQJ7/tVX63NxQ2fKaNqTkBFByC77
e9qHb8nFGqjfq+X4DldxRQxc79wUjhcCFaUj4w/B3RkIJFM5joeA+cDjKsJTnKNG
GR5Me5SziCYUzzCUQdxsTHtmZPGAkUPTuPZ9q4V0rNeIkHan2soiHAio7lyljaZ/
lDYrX6FCRpEgc3ecoVtKrSIHzpFI23GMcuLkrpf0W8FNAgMBAAE=
-----END PUBLIC KEY-----$k$),
('RSA-4096', $k$-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAs9nrA0YU/2yO9678YFNz
WyW62SYeBwD2A8KuO4vg1xuWkLV4T8ez0JzPs1/fd5ZBINs/FU7JAmKpmraSGieA
Sut0Cnr75CZ9idvDAQWQeW/hJjAARmKF2jcDFfK8k5XyEJuCl1sA6dLCnAjP89pb
PANszwdWp8AE/JQqYc5wuynvQieyOgTzBVnvQD4YrArIkL2KI9cNisOMfKD8tXRH
XcEvz57qVzRlsQnLaq5OjbYV3S+xH25QkPxS4pkF9AimjV8I9TbfV15xU64+ZX+A
tPVlf2dM6h2dz9SXzRE5hQVMeMLRDGs6kzLRRWrxzoRIns5HvKaG7OhfGNmxd2V4
6FAVGWhqz+QRFizsJHjIvcLkk/rtk9aqUHhQM15Yh0s76N94EbM5ClDt96NorBAw
19s7QsRR96jhTx9QccpLupj9E+ZkbvavHnv8CSdLEdmuN7/C/TQudbwt6ne/85hv
Rk5LGoQ6rO6GoXFVPjlUYX+fMdJMO+iyGi1kX9nXy643pymDjGM17oomgYaveAZM
TIXc6iZW7t51n2cxOeieu+fwR7vUff9btdd2kJPa834vyWs7I3YssoBy1aUTSKC6
BmNTraNB87nbqZzEpXkcWVrJ5j31VmeX3O2lpMULWluMPY6g5jid5T4J2oA166iC
15Zl0jWlT5MTu8+9o4ysKhcCAwEAAQ==
-----END PUBLIC KEY-----$k$),
-- RFC 7638 section 3.1 example key (its thumbprint is given there)
('RFC 7638 RSA JWK', $k${"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"}$k$),
-- RFC 8037 appendix A.2 Ed25519 public key (thumbprint in A.3)
('RFC 8037 Ed25519 JWK', $k${"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}$k$),
-- RFC 7515 appendix A.3 P-256 public key
('RFC 7515 P-256 JWK', $k${"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}$k$);

-- every key type in: type, DER size, canonical JWK, RFC 7638 thumbprint
SELECT name, pubkey_type(input::pubkey) AS type, length(pubkey_der(input::pubkey)) AS der_bytes,
       pubkey_thumbprint(input::pubkey) AS thumbprint
  FROM k ORDER BY name;
SELECT name, input::pubkey AS jwk FROM k WHERE pubkey_type(input::pubkey) !~ '^RSA-[34]' ORDER BY name;

-- RFC 7638 section 3.1 and RFC 8037 appendix A.3 thumbprints
SELECT pubkey_thumbprint(input::pubkey) = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' AS rfc7638_thumbprint
  FROM k WHERE name = 'RFC 7638 RSA JWK';
SELECT pubkey_thumbprint(input::pubkey) = 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k' AS rfc8037_thumbprint
  FROM k WHERE name = 'RFC 8037 Ed25519 JWK';
-- the output is exactly the thumbprint input: SHA-256 of the text output
SELECT name FROM k
 WHERE pubkey_thumbprint(input::pubkey) <>
       rtrim(translate(encode(sha256(convert_to(input::pubkey::text, 'UTF8')), 'base64'), E'+/\n', '-_'), '=');

-- round trips: JWK text, jsonb, PEM and DER give the same key back
SELECT name FROM k WHERE input::pubkey::text::pubkey <> input::pubkey
   OR pubkey_jwk(input::pubkey)::pubkey <> input::pubkey
   OR pubkey_pem(input::pubkey)::pubkey <> input::pubkey
   OR pubkey_der(input::pubkey)::pubkey <> input::pubkey
   OR pubkey_from_der(input::pubkey::bytea) <> input::pubkey;
SELECT pubkey_pem(input::pubkey) FROM k WHERE name IN ('Ed25519', 'P-256') ORDER BY name;
SELECT pubkey_jwk(input::pubkey) FROM k WHERE name = 'RFC 7515 P-256 JWK';
-- a compressed point is stored uncompressed: the same key
SELECT a.input::pubkey = b.input::pubkey AS compressed_equals_uncompressed
  FROM k a, k b WHERE a.name = 'P-256' AND b.name = 'P-256 compressed point';

-- accepted variations: the same key as the reference row
SELECT v.what, v.input::pubkey = k.input::pubkey AS same_key
  FROM k JOIN (VALUES
  ('Ed25519', 'CRLF line ends', replace((SELECT input FROM k WHERE name = 'Ed25519'), E'\n', E'\r\n')),
  ('Ed25519', 'whitespace around', E'  \n' || (SELECT input FROM k WHERE name = 'Ed25519') || E'\n\n'),
  ('RFC 8037 Ed25519 JWK', 'extra public members', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kid":"a","use":"sig","alg":"EdDSA","key_ops":["verify"],"ext":true,"x5c":[]}'),
  ('RFC 8037 Ed25519 JWK', 'long private-use member name', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","https://example.com/claims/registered-by":"customs"}'),
  ('RFC 8037 Ed25519 JWK', 'RFC 9864 alg name', '{"kty":"OKP","crv":"Ed25519","alg":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
  ('RFC 8037 Ed25519 JWK', 'escaped member name', '{"\u006bty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
  ('RFC 8037 Ed25519 JWK', 'JSON whitespace', E' {\n "kty" : "OKP",\n "crv" : "Ed25519",\n "x" : "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"\n}\n'),
  ('RFC 7638 RSA JWK', 'n with a leading zero octet', '{"kty":"RSA","e":"AQAB","n":"ANL8e2oKHmxnEErrj4iyV2abTfZ53a0Jm1xKbNmogBW1oTO_C4VseHG23wALVU_Os8LtUSu2jxRcboQ0dS-rUqHPwSRAj3m1ikV4wWQohVeJ96JJ44TLLZ-uLWf9lvuSbBmOB3OZ_cgVwK8Jfd5are_0TecOgn9IeEMkOb_uuWBo0EdPxQ1tkL86mN-vEEDInALWkqs7PCiWYJ2G_XO3dM4HQGR87uqjEL0S-YWo659Z_dQmzqWyEg9PKjS8q3ZLfmxU1oQCOLzEBYelnmbtHzOJRXdjXEcK91z5LCDR2kPhv8QZ4iKm8NC7NYxeOPnLBQrq_pBIFPGsGqScyp6gyoM"}')
  ) AS v(ref, what, input) ON k.name = v.ref
 ORDER BY 1;

-- equality and hashing are on the canonical DER
SELECT count(DISTINCT input::pubkey) AS distinct_keys, count(*) AS rows FROM k;
SELECT a.input::pubkey = b.input::pubkey AS equal,
       pubkey_hash(a.input::pubkey) = pubkey_hash(b.input::pubkey) AS same_hash,
       pubkey_hash_extended(a.input::pubkey, 7) = pubkey_hash_extended(b.input::pubkey, 7) AS same_extended_hash,
       pubkey_hash_extended(a.input::pubkey, 7) <> pubkey_hash_extended(a.input::pubkey, 8) AS seeded
  FROM k a, k b WHERE a.name = 'P-256' AND b.name = 'P-256 compressed point';
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM k a JOIN k b ON a.input::pubkey = b.input::pubkey;
SELECT count(*) AS self_join_pairs FROM k a JOIN k b ON a.input::pubkey = b.input::pubkey;
RESET enable_mergejoin;
RESET enable_nestloop;
CREATE TEMP TABLE keyed (key pubkey PRIMARY KEY);
INSERT INTO keyed SELECT DISTINCT input::pubkey FROM k;
INSERT INTO keyed SELECT input::pubkey FROM k WHERE name = 'P-256 compressed point';
SELECT count(*) FROM keyed;
CREATE INDEX keyed_hash ON keyed USING hash (key);
SET enable_seqscan = off;
SELECT pubkey_type(key) FROM keyed WHERE key = (SELECT input FROM k WHERE name = 'RSA-2048')::pubkey;
RESET enable_seqscan;

-- refused input: one line each with SQLSTATE, message and detail.  The
-- message never quotes the input (it may be a private key): the last
-- column checks that no line of the input's base64 body reached it.
CREATE FUNCTION pg_temp.try_pubkey(input text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	st text; msg text; det text; hint text;
BEGIN
	PERFORM input::provenance.pubkey;
	RETURN 'accepted';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
	RETURN st || ' ' || msg || ': ' || det;
END
$f$;
CREATE FUNCTION pg_temp.echoes(input text, msg text) RETURNS boolean LANGUAGE sql AS $f$
	SELECT EXISTS (SELECT 1 FROM regexp_split_to_table(input, '[\n",:{}]') AS l
	                WHERE length(l) >= 16 AND strpos(msg, l) > 0)
$f$;
CREATE TEMP TABLE bad (what text, input text);
INSERT INTO bad VALUES
('RSA-1024', $k$-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC2ZQuOCUWVCgP08sI+7D0kRYIQ
N3Gy43qppf0s0WT/sjf8EkJ4WDky4iwMwaJDnd8th4tF9KvGf6na8FxrQth3wnvG
aHGl8UyunIaJQOF0q2BHQJrZyQrgGe2UDjR8dtY19uTaZNDHIsr7tp7C5+I+kxts
K6GV1njgugGKtvWLOwIDAQAB
-----END PUBLIC KEY-----$k$),
('secp256k1', $k$-----BEGIN PUBLIC KEY-----
MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAE6lbHcWGUBWRjHu0eNV52XD/j1Ola8fle
tYm8FfQInKR8YHM/vs6ZZmAr9ycwEIg61bXllyKTTxf9xqn/zx3i0A==
-----END PUBLIC KEY-----$k$),
('brainpoolP256r1', $k$-----BEGIN PUBLIC KEY-----
MFowFAYHKoZIzj0CAQYJKyQDAwIIAQEHA0IABFJc00SmqBglsscN8uRMRUXL5v7l
KnLzcsW0tNkQw+ZLeBXlIl2ZdzFfJ60beCNZE6sYI0cGmKNIdQlTn46yzrk=
-----END PUBLIC KEY-----$k$),
('X25519', $k$-----BEGIN PUBLIC KEY-----
MCowBQYDK2VuAyEA8lSMwXuzsW5xx/rAprCS3fX7fnJQ8MKKPwJjdCgWngs=
-----END PUBLIC KEY-----$k$),
('Ed448', $k$-----BEGIN PUBLIC KEY-----
MEMwBQYDK2VxAzoAyU8a/LlmZiETKz0jx7Ei746WEc3tOoWz7Mfap5ECwN6/Qqmp
4j7RnCh1vlkpiJhw43EZ9AOtqwCA
-----END PUBLIC KEY-----$k$),
('RSA-PSS restricted SPKI', $k$-----BEGIN PUBLIC KEY-----
MIIBIDALBgkqhkiG9w0BAQoDggEPADCCAQoCggEBALEJYG84pcoPVzYI5cauaAyl
CY6kupwkk7bjff5KfOYAoWxiSrBM31052/j7AYjSl35K2AaJzMmZYUlMXwS+qarw
wZQgBCHW5DnfbytGypQqKnh42TdVX0kpQ7xkvAZI7MRMr9ERKhdhtuDGG5UafH+5
iKyZzJ+1KB8hjRONsYGi2sEN4P5bDIqKXmTtCDePtZOMT/qjMMuKjXzEt8TcQ2Qd
YaJ+ildDZVr8ilIIca4n1MnMk8Sykv6XojWC/oWpfrpKUByfVMKyRFIU1X/VTHtp
uF5CFE2wZrHeqV8nbsBTzi1fMVTukd/4YXVjWtCsfdZke1cO0XNtT3xTjB2E7EsC
AwEAAQ==
-----END PUBLIC KEY-----$k$),
('P-256 with explicit curve parameters', $k$-----BEGIN PUBLIC KEY-----
MIIBSzCCAQMGByqGSM49AgEwgfcCAQEwLAYHKoZIzj0BAQIhAP////8AAAABAAAA
AAAAAAAAAAAA////////////////MFsEIP////8AAAABAAAAAAAAAAAAAAAA////
///////////8BCBaxjXYqjqT57PrvVV2mIa8ZR0GsMxTsPY7zjw+J9JgSwMVAMSd
NgiG5wSTamZ44ROdJreBn36QBEEEaxfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5
RdiYwpZP40Li/hp/m47n60p8D54WK84zV2sxXs7LtkBoN79R9QIhAP////8AAAAA
//////////+85vqtpxeehPO5ysL8YyVRAgEBA0IABIoJ3bTnxpAQz8Mob9EIAMOu
BmHUblc6hQ/JxSSnAByqrq2q9jFcD57Od28ncznyUVB0Uy3jttElcALa0X4g928=
-----END PUBLIC KEY-----$k$),
-- TEST KEY (private, Ed25519 PKCS#8), generated for this file only
('private key, PKCS#8 PEM', $k$-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIILeArsfw9jQXn9mFkm0yXJ2b1rJYcJWrIAyUy6+MCmE
-----END PRIVATE KEY-----$k$),
-- TEST KEY (private, P-256 traditional), generated for this file only
('private key, EC PRIVATE KEY PEM', $k$-----BEGIN EC PRIVATE KEY-----
MHcCAQEEID8g2FtE/4wH6lGkgIP5E7lX6PnFv+FSUtLAE+slKas6oAoGCCqGSM49
AwEHoUQDQgAE1jPJazXnpmdWHf9vHA28ZU7LTLUegmt8aqAGiVYDA8i6yyMqprgf
GoiQjD9eGDIdRftmY+V2AMXsyeyTBQ0DnA==
-----END EC PRIVATE KEY-----$k$),
('private key, encrypted PKCS#8 PEM', $k$-----BEGIN ENCRYPTED PRIVATE KEY-----
MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAj7nASQKqhaxQICCAAw
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEP0WpC9zZl51cmisTcVbCr4EQI7A
Ghf2o/3val+zuMjybphGBpz/cGdLom2G1g4RaeuVWwygyuF5X2mu1f9ZGQnmCL3X
a1G6UckpSFNWTPr/dT8=
-----END ENCRYPTED PRIVATE KEY-----$k$),
('private key, PEM inside other text', E'public:\n' || $k$-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEigndtOfGkBDPwyhv0QgAw64GYdRu
VzqFD8nFJKcAHKqurar2MVwPns53bydzOfJRUHRTLeO20SVwAtrRfiD3bw==
-----END PUBLIC KEY-----$k$ || E'\n' || $k$-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIILeArsfw9jQXn9mFkm0yXJ2b1rJYcJWrIAyUy6+MCmE
-----END PRIVATE KEY-----$k$),
-- RFC 8037 appendix A.1: the published example private key
('private JWK (d)', '{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('private JWK (RSA p, q)', '{"kty":"RSA","e":"AQAB","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W","p":"83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtjjMmCMjOpSXicFHj7XOuVIYQyqVWlWEh6dN36GVZYk93N8Bc9vY41xy8B9RzzOGVQzXvNEvn7O0nVbfs","q":"3dfOR9cuYq-0S-mkFLzgItgMEfFzB2q3hWehMuG0oCuqnb3vobLyumqjVZQO1dIrdwgTnCdpYzBcOfW5r370AFXjiWft_NGEiovonizhKpo9VVS78TzFgxkIdrecRezsZ-1kYd_s1qDbxtkDEgfAITAG9LUnADun4vIcb6yelxk"}'),
('secret JWK (kty oct, k)', '{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}'),
('X.509 certificate', $k$-----BEGIN CERTIFICATE-----
MIIBdDCCARmgAwIBAgIUQEGqBdUvIJTOBught+AhO6f5eakwCgYIKoZIzj0EAwIw
DzENMAsGA1UEAwwEdGVzdDAeFw0yNjExMjcxMDIzMDJaFw0yNjExMjgxMDIzMDJa
MA8xDTALBgNVBAMMBHRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASKCd20
58aQEM/DKG/RCADDrgZh1G5XOoUPycUkpwAcqq6tqvYxXA+ezndvJ3M58lFQdFMt
47bRJXAC2tF+IPdvo1MwUTAdBgNVHQ4EFgQUrjEpvBG/pBSxlq1mDgBTY/5rElkw
HwYDVR0jBBgwFoAUrjEpvBG/pBSxlq1mDgBTY/5rElkwDwYDVR0TAQH/BAUwAwEB
/zAKBggqhkjOPQQDAgNJADBGAiEAxPPJ3Zv671ttf7pNv6+p/djtbuSra/RbLaxR
uWdvhyYCIQC6ey4jdsJhEg5GA7xgIKD0KjMP1240imdN/0HIYRYCGw==
-----END CERTIFICATE-----$k$),
('certificate signing request', $k$-----BEGIN CERTIFICATE REQUEST-----
MIHJMHECAQAwDzENMAsGA1UEAwwEdGVzdDBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABIoJ3bTnxpAQz8Mob9EIAMOuBmHUblc6hQ/JxSSnAByqrq2q9jFcD57Od28n
cznyUVB0Uy3jttElcALa0X4g92+gADAKBggqhkjOPQQDAgNIADBFAiEA4WwMBEJ6
jd9moKBc5xlr5vE6vL2wd0izp9JGG2oDEWMCIEtEWLOG0DwkxrLUY/JrMMEYAPQD
uy3uiwr8YCcDOfQX
-----END CERTIFICATE REQUEST-----$k$),
('PKCS#1 RSA PUBLIC KEY', $k$-----BEGIN RSA PUBLIC KEY-----
MIIBCgKCAQEAyxZhY7JXfAsyOaVIksq7Sx5OsOO11alYP4CHbLMJdG8ZehuGiYNJ
Yh9GNWW+zGYC34DLEt3U2A+EsadiwflMg0acaRz+7DvWA7pSzUIavpCZmzZXpEzT
sMf08G2FUjm2h7MYU3HKR4jGSKAnG5OdKievzvFTjHAQfyzmVdK3capvPMHR/uHH
7Y9DcotDMjCetUq0T6P0jyW5oKt1wyj/hkwscb+fn1sLroLdy7TB8Jh959V4J4F6
+jwqo3uDhMbQSM3mMuRy7jBnkz+tNTbr7iMUlmLwqGPj9H9PDKH4J0ob7hBpB1o3
/mol0VOt0/iPgoM1ovN2hdaJR7hjVBTbRQIDAQAB
-----END RSA PUBLIC KEY-----$k$),
('OpenSSH public key', $k$ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHXMXAAWjlV7Y4KEVjOiIv7w9hiralRMA6jRXt7m2Idq test$k$),
('garbage', 'hello'),
('empty', ''),
('base64 of a DER key without PEM lines', 'MCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w='),
('PEM: END label differs', E'-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w=\n-----END CERTIFICATE-----'),
('PEM: text after END line', E'-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w=\n-----END PUBLIC KEY-----\nmore'),
('PEM: unknown label', E'-----BEGIN SOMETHING-----\nMCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w=\n-----END SOMETHING-----'),
('PEM: body not base64', E'-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA*CflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w=\n-----END PUBLIC KEY-----'),
('PEM: body not DER', E'-----BEGIN PUBLIC KEY-----\naGVsbG8gd29ybGQ=\n-----END PUBLIC KEY-----'),
('PEM: DER with a trailing byte', E'-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34wA\n-----END PUBLIC KEY-----'),
('PEM: headers', E'-----BEGIN PUBLIC KEY-----\nComment: x\n\nMCowBQYDK2VwAyEAaCflJLBdeYmcUF2raj7CmZ5JspNrii+1J4951lSA34w=\n-----END PUBLIC KEY-----'),
('JWK: not JSON', '{"kty":"OKP",}'),
('JWK: a JSON array', '[{"kty":"OKP"}]'),
('JWK: duplicate member', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('JWK: text after the object', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"} x'),
('JWK Set', '{"keys":[{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}'),
('JWK: no kty', '{"crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('JWK: kty not a string', '{"kty":1,"crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('JWK: unknown kty', '{"kty":"DSA","x":"AQAB"}'),
('JWK: kty oct without k', '{"kty":"oct"}'),
('JWK: OKP X25519', '{"kty":"OKP","crv":"X25519","x":"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo"}'),
('JWK: EC secp256k1', '{"kty":"EC","crv":"secp256k1","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: EC no crv', '{"kty":"EC","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: EC no y', '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"}'),
('JWK: x of 31 bytes', '{"kty":"EC","crv":"P-256","x":"83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: P-256 coordinates under P-384', '{"kty":"EC","crv":"P-384","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: point not on the curve', $k${"x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgnw","crv":"P-256","kty":"EC"}$k$),
('JWK: padded base64url', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="}'),
('JWK: standard base64 characters', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('JWK: use enc', '{"kty":"OKP","crv":"Ed25519","use":"enc","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('JWK: key_ops without verify', '{"kty":"OKP","crv":"Ed25519","key_ops":["encrypt"],"x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'),
('JWK: alg of another key type', '{"kty":"EC","crv":"P-256","alg":"ES384","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: alg unknown (ES521)', '{"kty":"EC","crv":"P-256","alg":"ES521","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: alg HMAC', '{"kty":"EC","crv":"P-256","alg":"HS256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'),
('JWK: RSA-1024 (Wycheproof)', $k${"kty":"RSA","n":"rJBIp6T1YK-RtPyvYqFFlcucqewSAA_IReSFchE8qyiQrbARqRlXWkB2DR8j_pJQnIpYELbQWZC5Cd0PTGAU8rMbar2AW6zpmBbi7aQf17lUBdt8XI9M9rq7FPVQ1dDdUXm1SVH_9qqWhvMPR422SbfHBEzCAtzK0ANDRo6qz78","e":"AQAB"}$k$),
('JWK: RSA e = 1 (Wycheproof)', $k${"kty":"RSA","n":"u-SfdHPjFtGmzuoH6gheIIZ4nLwUHBQEtFGqOe0N8JuZUc5VOzlI8yl0r8ESilAouttkdftexj4VFJz5R9FH90ypVQDPL0H4mC_RtkcJ1DBB8MriU8dmzqSXP1SBs4s5L-pJWxKKLjXddD6gXJZ7HT_aPl2olvlLh8JkD_52U6sjdeP3OWDKvMu5GsrMlS9XJCVaCx8r9698OEElwK-ZW9PztgTSb-MvyTuyzis5Yc13n_z0wMLahpDilI2fzNsZ3yH6htu4VXPraSEZV6C0Z7epAAAUqiUnxh3WRupEICaewYEnW3MVS2hHwLwtPu_RR0XHoZr1oPSlQMP3Zi2QKw","e":"AQ"}$k$),
('JWK: RSA e even', '{"kty":"RSA","e":"AAI","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"}'),
('JWK: RSA with the ROCA fingerprint (Wycheproof)', $k${"n":"AanFpofbj7KjD4Lf-N2hVMKR7yewSyXhhbirIMTGpfYEhZ_lnt5UoK98DnKIgArXGTu3MaW_HhFw16HGaTDUHqPrId7fe4r11CqRw09yBFuW79V8sYIwHdzCaWflUI6auImYbVfoN9_nD5n8N8SY9DwXw7mwZM9wREPXoDPgOoIWl6q_MPsp7n0zs3Z5ZaiQWOOzl1S9OhwAfSiiOwz6efnXEaxuTEtPd7BjSx7NaFka8Dx9U7YqXy2RFj1O9PjyaDGuRh7YXsX3iMUSP_wSyHQg_c_qHRtKUsNSGCT7OZg0hzm2KphtjnayKJvC64vAbROBR4Ubg6Bxg9IQVZ-QYyE","e":"AQAB","kty":"RSA"}$k$);
SELECT what, pg_temp.try_pubkey(input) AS result, pg_temp.echoes(input, pg_temp.try_pubkey(input)) AS echoes_input
  FROM bad;

-- DER through bytea (cast and pubkey_from_der): errors are 22P03 / 22023
CREATE FUNCTION pg_temp.try_der(input bytea) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	st text; msg text; det text;
BEGIN
	PERFORM input::provenance.pubkey;
	RETURN 'accepted';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ' ' || msg || ': ' || det;
END
$f$;
SELECT what, pg_temp.try_der(input) FROM (VALUES
  ('empty', '\x'::bytea),
  ('one byte', '\x00'),
  ('RSA-1024 DER', '\x30819f300d06092a864886f70d010101050003818d0030818902818100b6650b8e0945950a03f4f2c23eec3d244582103771b2e37aa9a5fd2cd164ffb237fc124278583932e22c0cc1a2439ddf2d878b45f4abc67fa9daf05c6b42d877c27bc66871a5f14cae9c868940e174ab6047409ad9c90ae019ed940e347c76d635f6e4da64d0c722cafbb69ec2e7e23e931b6c2ba195d678e0ba018ab6f58b3b0203010001'),
  ('DER with a trailing byte', pubkey_der((SELECT input FROM k WHERE name = 'Ed25519')::pubkey) || '\x00'::bytea),
  ('truncated DER', substr(pubkey_der((SELECT input FROM k WHERE name = 'P-256')::pubkey), 1, 60)),
  ('certificate DER', decode(regexp_replace((SELECT input FROM bad WHERE what = 'X.509 certificate'), '-----[A-Z ]+-----|\s', '', 'g'), 'base64')),
  ('private key DER', decode(regexp_replace((SELECT input FROM bad WHERE what = 'private key, PKCS#8 PEM'), '-----[A-Z ]+-----|\s', '', 'g'), 'base64'))
) AS v(what, input);
SELECT pubkey_type(pubkey_from_der(decode(regexp_replace((SELECT input FROM k WHERE name = 'P-256 compressed point'), '-----[A-Z ]+-----|\s', '', 'g'), 'base64'))) AS compressed_der;
-- text input errors as psql shows them (these inputs hold no secrets)
SELECT 'hello'::pubkey;
SELECT '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","use":"enc"}'::pubkey;
SELECT NULL::pubkey IS NULL AS null_in, pubkey_type(NULL) IS NULL AS strict;
