--
-- jws_pitfalls: a negative test for every JWS pitfall of the domain primer
-- (RFC 8725) and the issue: alg "none"; HMAC keyed with the public key;
-- algorithm/key mismatch (ES256 header on an Ed25519 key, PS256 <-> RS256,
-- curve mismatch); DER-encoded ECDSA signatures; Ed25519 with S >= L;
-- tampered header, payload and signature; truncated and padded tokens;
-- keys embedded in the header (jwk, jku, x5u) that verification must
-- ignore; unknown "crit" and "b64": false; RSA keys under 2048 bits.  And
-- verify() never raises, whatever it is given.
--
-- Inputs are made here: keys from generate_keypair(), records from sign(),
-- attacks by string surgery on the compact text.  Keys and signatures are
-- new on every run, so only verdicts, counts and error texts are printed.
-- The records with attacker-chosen headers need a signer that takes any
-- header, which sign() is not; they were made once with Node's crypto
-- (keys generated for the purpose, private halves discarded) and are
-- literals below.  HMAC-SHA256 is computed in SQL from sha256() (RFC 2104;
-- checked against RFC 4231 test case 2) so that no other extension is
-- needed.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = public, provenance;

-- b64u(bytes) / b64u_dec(text): unpadded base64url and back
CREATE FUNCTION pg_temp.b64u(b bytea) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT rtrim(translate(encode(b, 'base64'), E'+/\n', '-_'), '=') $$;
CREATE FUNCTION pg_temp.b64u_dec(s text) RETURNS bytea LANGUAGE sql IMMUTABLE
  AS $$ SELECT decode(translate(s, '-_', '+/') || repeat('=', (4 - length(s) % 4) % 4), 'base64') $$;
-- seg(jws, n): the n-th segment; jws(h, p, s): three segments joined
CREATE FUNCTION pg_temp.seg(t text, n int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT split_part(t, '.', n) $$;
CREATE FUNCTION pg_temp.jws(h text, p text, s text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT h || '.' || p || '.' || s $$;
-- hjson(json text): a header or payload segment from JSON text
CREATE FUNCTION pg_temp.hjson(j text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT pg_temp.b64u(convert_to(j, 'UTF8')) $$;
-- input(text): 'ok' when signed_record input accepts the text, else why not
CREATE FUNCTION pg_temp.input(t text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT coalesce(provenance.signed_record_error(t), 'ok') $$;
-- ver(text, key): verify() of the text when it is a signed_record, else
-- NULL (the input refuses it: nothing to verify)
CREATE FUNCTION pg_temp.ver(t text, k provenance.pubkey) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN provenance.signed_record_is_valid(t) THEN provenance.verify(t::provenance.signed_record, k) END $$;
-- vs(msg, sig, key, alg): verify_signature, or the error it raises
CREATE FUNCTION pg_temp.vs(m bytea, s bytea, k provenance.pubkey, alg text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text;
	detail text;
BEGIN
	RETURN provenance.verify_signature(m, s, k, alg)::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ': ' || msg || coalesce(' / ' || nullif(detail, ''), '');
END
$$;
-- key_try(text): the type of a pubkey made from text, or the error
CREATE FUNCTION pg_temp.key_try(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text;
	detail text;
BEGIN
	RETURN provenance.pubkey_type(t::provenance.pubkey);
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ': ' || msg || coalesce(' / ' || nullif(detail, ''), '');
END
$$;
-- hmac256(key, msg): HMAC-SHA256 (RFC 2104) from sha256()
CREATE FUNCTION pg_temp.hmac256(k bytea, m bytea) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	ipad bytea;
	opad bytea;
BEGIN
	IF length(k) > 64 THEN
		k := sha256(k);
	END IF;
	k := k || decode(repeat('00', 64 - length(k)), 'hex');
	ipad := k;
	opad := k;
	FOR i IN 0..63 LOOP
		ipad := set_byte(ipad, i, get_byte(k, i) # 54);
		opad := set_byte(opad, i, get_byte(k, i) # 92);
	END LOOP;
	RETURN sha256(opad || sha256(ipad || m));
END
$$;
-- raw_to_der(r||s): the same ECDSA signature as DER SEQUENCE {r, s}
CREATE FUNCTION pg_temp.raw_to_der(raw bytea) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	n int := length(raw) / 2;
	body bytea := '';
	v bytea;
BEGIN
	FOREACH v IN ARRAY ARRAY[substring(raw FROM 1 FOR n), substring(raw FROM n + 1 FOR n)] LOOP
		WHILE length(v) > 1 AND get_byte(v, 0) = 0 LOOP
			v := substring(v FROM 2);
		END LOOP;
		IF get_byte(v, 0) >= 128 THEN
			v := '\x00'::bytea || v;
		END IF;
		body := body || '\x02'::bytea || set_byte('\x00'::bytea, 0, length(v)) || v;
	END LOOP;
	IF length(body) < 128 THEN
		RETURN '\x30'::bytea || set_byte('\x00'::bytea, 0, length(body)) || body;
	END IF;
	RETURN '\x3081'::bytea || set_byte('\x00'::bytea, 0, length(body)) || body;
END
$$;
-- s_plus_l(sig, times): an Ed25519 signature R || S with times * L added to
-- S (little-endian), L = 2^252 + 27742317777372353535851937790883648493
CREATE FUNCTION pg_temp.s_plus_l(sig bytea, times int) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	l bytea := '\xedd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010';
	carry int := 0;
	v int;
BEGIN
	FOR t IN 1..times LOOP
		carry := 0;
		FOR i IN 0..31 LOOP
			v := get_byte(sig, 32 + i) + get_byte(l, i) + carry;
			sig := set_byte(sig, 32 + i, v % 256);
			carry := v / 256;
		END LOOP;
	END LOOP;
	RETURN sig;
END
$$;
-- RFC 4231, test case 2: the HMAC helper is right
SELECT encode(pg_temp.hmac256('Jefe', 'what do ya want for nothing?'), 'hex')
       = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' AS hmac_sha256_rfc4231;

-- Keys: one per type, and an attacker's key of the same types
CREATE TEMP TABLE pk (who text, t text, priv text, pub provenance.pubkey);
INSERT INTO pk SELECT 'owner', t, k.private_key, k.public_key
  FROM unnest('{Ed25519,P-256,P-384,P-521,RSA-2048}'::text[]) t, LATERAL provenance.generate_keypair(t) k;
INSERT INTO pk SELECT 'attacker', t, k.private_key, k.public_key
  FROM unnest('{Ed25519,P-256,P-384,P-521,RSA-2048}'::text[]) t, LATERAL provenance.generate_keypair(t) k;
SELECT who, t, provenance.pubkey_type(pub) AS type FROM pk ORDER BY who DESC, t;
SELECT count(DISTINCT pub::text) AS distinct_keys FROM pk;

-- One record per algorithm, signed by the owner's key of the fitting type
-- (the "lot" claim makes the payload's base64url hold a '_')
CREATE TEMP TABLE rec AS
SELECT a.alg, a.t, provenance.sign('{"iss":"acme","sub":"(01)04870001234560(21)SN0001","lot":"???","iat":1767225600}', pk.priv, 'acme-1', a.alg)::text AS jws
  FROM (VALUES ('EdDSA', 'Ed25519'), ('Ed25519', 'Ed25519'), ('ES256', 'P-256'), ('ES384', 'P-384'),
               ('ES512', 'P-521'), ('PS256', 'RSA-2048'), ('PS384', 'RSA-2048'), ('RS256', 'RSA-2048'),
               ('RS384', 'RSA-2048')) a(alg, t)
  JOIN pk ON pk.t = a.t AND pk.who = 'owner';
CREATE FUNCTION pg_temp.owner(ktype text) RETURNS provenance.pubkey LANGUAGE sql
  AS $$ SELECT pub FROM pk WHERE who = 'owner' AND t = ktype $$;
CREATE FUNCTION pg_temp.attacker(ktype text) RETURNS provenance.pubkey LANGUAGE sql
  AS $$ SELECT pub FROM pk WHERE who = 'attacker' AND t = ktype $$;
-- the baseline: each record verifies with its key, header as sign() made it
SELECT alg, t AS key_type, pg_temp.ver(jws, pg_temp.owner(t)) AS verifies,
       convert_from(pg_temp.b64u_dec(pg_temp.seg(jws, 1)), 'UTF8') AS header,
       length(pg_temp.b64u_dec(pg_temp.seg(jws, 3))) AS signature_bytes
  FROM rec ORDER BY alg;

--
-- 1. alg "none" (and its case variants): refused by signed_record input,
-- with or without a signature; verify_signature refuses the name (22023)
--
SELECT v AS header, pg_temp.input(pg_temp.jws(pg_temp.hjson(v), pg_temp.seg(jws, 2), '')) AS no_signature,
       pg_temp.input(pg_temp.jws(pg_temp.hjson(v), pg_temp.seg(jws, 2), pg_temp.seg(jws, 3))) AS with_signature
  FROM rec, unnest(ARRAY['{"alg":"none"}', '{"alg":"None"}', '{"alg":"NONE"}', '{"alg":"nOnE"}',
                         '{"alg":"none","kid":"acme-1"}', '{"alg":""}', '{"kid":"acme-1"}', '{"alg":null}']) v
  WHERE alg = 'ES256';
SELECT pg_temp.vs('\x00', '', pg_temp.owner('Ed25519'), 'none') AS verify_signature_none;

--
-- 2. HMAC keyed with the public key: the attacker takes the owner's public
-- key (PEM, DER or JWK bytes) as an HS256/384/512 secret (the MAC is a
-- real HMAC-SHA256, see the RFC 4231 check above).  Every form is refused.
--
CREATE TEMP TABLE forged AS
SELECT f.form, h.alg, pg_temp.hjson('{"alg":"' || h.alg || '","kid":"acme-1"}') || '.' || pg_temp.seg(jws, 2) AS si, f.secret
  FROM rec,
       LATERAL (VALUES ('PEM', convert_to(provenance.pubkey_pem(pg_temp.owner('P-256')), 'UTF8')),
                       ('DER', provenance.pubkey_der(pg_temp.owner('P-256'))),
                       ('JWK', convert_to(pg_temp.owner('P-256')::text, 'UTF8'))) f(form, secret),
       unnest('{HS256,HS384,HS512}'::text[]) h(alg)
  WHERE rec.alg = 'ES256';
ALTER TABLE forged ADD COLUMN mac bytea;
UPDATE forged SET mac = pg_temp.hmac256(secret, convert_to(si, 'UTF8'));	-- (HS256's MAC for every alg: the length is all that matters here)
SELECT form, alg, pg_temp.input(si || '.' || pg_temp.b64u(mac)) AS signed_record_input
  FROM forged ORDER BY form, alg;
-- the HS256 MAC under provenance's own names: verify_signature refuses the
-- HMAC names; put in an ES256/RS256/EdDSA record it is the wrong length or
-- false
SELECT form, pg_temp.vs(convert_to(si, 'UTF8'), mac, pg_temp.owner('P-256'), 'HS256') AS verify_signature_hs256,
       pg_temp.input(pg_temp.hjson('{"alg":"ES256","kid":"acme-1"}') || '.' || pg_temp.seg(si, 2) || '.' || pg_temp.b64u(mac)) AS as_es256,
       pg_temp.input(pg_temp.hjson('{"alg":"RS256","kid":"acme-1"}') || '.' || pg_temp.seg(si, 2) || '.' || pg_temp.b64u(mac)) AS as_rs256,
       pg_temp.ver(pg_temp.hjson('{"alg":"EdDSA","kid":"acme-1"}') || '.' || pg_temp.seg(si, 2) || '.' || pg_temp.b64u(mac || mac), pg_temp.owner('Ed25519')) AS mac_twice_as_eddsa_verifies
  FROM forged WHERE alg = 'HS256' ORDER BY form;

--
-- 3. Algorithm/key mismatch: every record against every key, and headers
-- relabelled to another algorithm of the same signature length
--
SELECT alg,
       pg_temp.ver(jws, pg_temp.owner('Ed25519')) AS ed25519, pg_temp.ver(jws, pg_temp.owner('P-256')) AS p256,
       pg_temp.ver(jws, pg_temp.owner('P-384')) AS p384, pg_temp.ver(jws, pg_temp.owner('P-521')) AS p521,
       pg_temp.ver(jws, pg_temp.owner('RSA-2048')) AS rsa2048,
       pg_temp.ver(jws, pg_temp.attacker(t)) AS same_type_other_key
  FROM rec ORDER BY alg;
-- relabel(jws, alg): the record with its header's alg replaced (same kid)
CREATE FUNCTION pg_temp.relabel(j text, alg text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT pg_temp.jws(pg_temp.hjson('{"alg":"' || alg || '","kid":"acme-1"}'), pg_temp.seg(j, 2), pg_temp.seg(j, 3)) $$;
SELECT r.alg AS signed_as, n.alg AS relabelled, k.t AS key,
       pg_temp.input(pg_temp.relabel(r.jws, n.alg)) AS input,
       pg_temp.ver(pg_temp.relabel(r.jws, n.alg), pg_temp.owner(k.t)) AS verifies
  FROM rec r
  JOIN (VALUES ('EdDSA', 'ES256'), ('Ed25519', 'ES256'), ('ES256', 'EdDSA'), ('ES256', 'Ed25519'),
               ('EdDSA', 'Ed25519'), ('Ed25519', 'EdDSA'),
               ('PS256', 'RS256'), ('RS256', 'PS256'), ('PS256', 'PS384'), ('PS384', 'PS256'),
               ('RS256', 'RS384'), ('PS384', 'RS384'), ('ES256', 'ES384'), ('ES384', 'ES512')) n(from_alg, alg)
    ON n.from_alg = r.alg
  CROSS JOIN LATERAL (SELECT DISTINCT t FROM pk WHERE t IN (r.t, CASE n.alg WHEN 'ES256' THEN 'P-256' WHEN 'EdDSA' THEN 'Ed25519' WHEN 'Ed25519' THEN 'Ed25519' WHEN 'ES384' THEN 'P-384' WHEN 'ES512' THEN 'P-521' ELSE 'RSA-2048' END)) k
  ORDER BY 1, 2, 3;
-- Relabelling changes the signed header text, so those are false twice
-- over.  The real confusion attack has a signature that is genuine over the
-- header it comes with, made with the right key under another algorithm:
-- an Ed25519 signature under "alg":"ES256" (same 64 bytes), a P-256
-- signature under "EdDSA", RSA PKCS#1 v1.5 under PS256 and PSS under RS256,
-- SHA-256 under a 384 name, and PSS with a salt length other than the hash
-- length (JOSE fixes it; OpenSSL's default verify would take any).  Made
-- with Node's crypto (see the header comment); only the rows whose header
-- names what was really done may verify.
CREATE TEMP TABLE wrong_alg (key_type text, signed_with text, header_alg text, jws text);
CREATE TEMP TABLE fixed_key (who text, key provenance.pubkey);
INSERT INTO wrong_alg (key_type, signed_with, header_alg, jws) VALUES
  ('Ed25519', 'EdDSA', 'EdDSA', 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.1dJEj6Ma5yatO8Oqx1gEAgEAUdeHr0qLB-SZ9_ZJmzbtSsK7pqPevwXJ5P-6FEw2yHj5fEpqBBXfAYDcZE7EBA'),
  ('Ed25519', 'EdDSA', 'ES256', 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.QX0tLYoKLPFuq2qImaSQJfSQa4ChJx5kyqa8VW8iqHdkpRuZKGFEyrkxpMvbT7zYmb2FV6U04Tk3UrTv-ZexDA'),
  ('P-256', 'ES256', 'ES256', 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.sqrhKlC6wcoSM7pWDgIFxki5r412C_lqa3QdojDoS5-B_Lus9g4fR1wnWHTkBC04iZSRpXlqqBUMPJRc2Gp0nQ'),
  ('P-256', 'ES256', 'EdDSA', 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.5PwazvicTIcqwHBzG70iAtootIeMauaCIJvKH5F6SiT5Hx-aL07yJH8Uv3rD0V3XCOCAA5tsCkkKIjEylmjbnw'),
  ('P-256', 'ES256', 'Ed25519', 'eyJhbGciOiJFZDI1NTE5In0.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.eGHAME9WYYHST0GrswNe4GjUJf_GxuY_2Eg1sbm1TO7e7heK9mhEaGaCvuScXf9oLvnopl2X_3WKcUxEiXXucg'),
  ('RSA-2048', 'RS256', 'RS256', 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.WNZ83BjaHo6rqbWGDSg_gwuZTeQaQfHL-JiD21joBqoYioC82yds_zBl9tzqL3tbXlYj92LMTFl4dITeey_p76cpBul7cKD3YT4_g_EHk3xtbRZIfjcRzBtOXNj6365yFfHxZKhGkV-NPTVpRzce-3ppr_x9ldhgDLNzOIVjKunxyoB_L9pxp-6A0u4qV23gJ1jZNcBW0XK3jB4APhAI-PdYkMs_RjEFfjqHeNZo_eN1C0taRUydIj7FFCs-taKQUSCJcIH9jWrjXkTrzXc1H9VkOce7abMGMAL8eRnHSU49EDtFVAbnp9QgYb2FC3vcpzZIxrCLR6jPP4mhB71oJw'),
  ('RSA-2048', 'RS256', 'PS256', 'eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.dko7dfa2RZEBRMNc5o1wUzazkazYG3YBy1PFlfIaeycot5gJWyI4o5wvMg0IlCkV2g0Ow-cunF85XjCtMJmLyzTX30grwS2SgDDS6oUrI8HkPNEx_lAhj18um-RxETCu8_VYy1A-MlXgLWcAJhZekov3EX8F8U4l3wzlaxjcqvhyO1W8nkjNB4hEVV0X61ah5DgWwz_eZfyrXD6ERdwFzqLDJCJKbe4gQ9XMWjTm8sE3ve97bJd3umB11RHgBpU6FLADhcxD6C5_qWBhKESqD9O7hrWPDiSk74YW9YfeHmEOzVmmNd0nbonH5MO0CSY5L3OUckqYtqVsqDAg8X7DMw'),
  ('RSA-2048', 'RS256', 'RS384', 'eyJhbGciOiJSUzM4NCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.qvL7tbPtosvMhfteyJNe7TI219YaU5QpvwXANYhYoMsYOxZ8kNPqkzHAMRRrGiSGYVpXNQDXv0LbdHYDtJwm9WQ8pC6TVdFHT2PjLgCNbUzae7FCYqAC2Lk5QvHVmLjh9-D8hkurVnLloSMH_hxP0zJJm5eNigxGQ80efXukyzOtARgh5SIxwD7FMzLzfD7BrjQ5yn4ds2kzgQtfr-9CeQ2bxUo9J-Lt8ZEAFv7Qf39LzgxvVztJJn-tvthdyhPoAtCeCvEgMds9TxQ1POucko3pwGRpxNWIfpufhriaXNJ-ttBwdakx2hAIZZcC9y1tTJ8yfX9F-9IKg-VkuVts3A'),
  ('RSA-2048', 'PS256 (salt 32)', 'PS256', 'eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.EujkWtf2xEE0pPyI98JLmC68CezSrjt3BCOdfNOZ6k6u9581dq5FhqQ3HPeKjC8Z7l6bDx-MzyD8mT_SXdbbXITAFhdcQFE6RA5b_nTfGzRJsIE3whTZi9BRD_mdAulxWOMGRkrijRvFZh1THq_5LTH9wsN04eOZDk55FPyCU-XVhUZHCQF9Ke9t_E-GcnmF2U4qYozeXdjlfGkuLXObeTmL9iYLbnIXUYjBD-oTC-6d5xwxUSDNAjaue9Uz8p3nonBFDWRMZK9jM7O2vPEJLey5P6F1HlFjni4W8_zWYnTz3UD-wTeu9notVLgecJZMJOqy4ebTjUuMwdHZRwqblw'),
  ('RSA-2048', 'PS256 (salt 32)', 'RS256', 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.M8mwI9-xNR8WNkpBcdliITX0bb8v541_b9GTS7XQpEjhvdWOYLgFmCsN1ZFUaVATBeMnpU8iPRCSkHyZu_jJfMmLfV3W7FUCgiqDKuBnkka0kUrptkqwYJrdLqvXR2J0hz-Ydd1SCPsHxqGMVi55Oqn-8eSNImZ4s_Mdn9ROFBFEa4THEC75k4ZpFBIzYGYaNP28Gfv1ofdvIDtLxX7rX2QWTIyPJ8U5u6Ktz5OsB7NwoqrpC2VJN7HZqbaiNGR8q2nA9CCASea3cCiUonyYUY0fh9tKdfmqi7t1RP7tYk7p-3at20r1bsLnOR60sTg_AprOFcOz8huo3CTp7fil1w'),
  ('RSA-2048', 'PS256 (salt 32)', 'PS384', 'eyJhbGciOiJQUzM4NCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.ZtnB8lKtQG_7LSme9oHuL-VkiSXdgGou8KcaQNHfi2MDF90eagL1E3i9-2qelI5S6ZrDzpZ-wNvrU0vJzfZ55AFVvndqWJK2nz5pePMynB-DbGBam9-w0MKYwEcyS9Ew7TCYIkxLFvIXE3yBx3u9wpo7gWF9t3XfEpna9rjoknng8RWUxpaC1i6B1thRqZCbjJyJC9luXBm8DrK18YQ75hz4WPgeIRx_JexN4SBfdQ9NLoEk3-kM_hnTHJqz2d0Cy1SCMWtdX0kZ-1ZPXcrv8_l6Jbqxq4ohLWQlAvvXIAzA02AQRQDv8rj5mEbw_5e9F97CXvzMfRgi9beABPeGlQ'),
  ('RSA-2048', 'PS256 (salt 0)', 'PS256', 'eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.KqaYq-zs1UWna_HKqatkuEjDI-2ySFUgdSGH1O1yds6Z4WmCdp9oi_L0hsJez5UkuyeIe0MBTxVvFMZLOORb_TorZdnVriYuzekYaOC9uSnBiLoi1j3gAtvgaqEJlnjPBOqC4bPit1P7Eo8cnZTYFlUx7tR_0rrDVGwxcaOKP0Dy3uhluc6ociDMaUffhrLL0cIx8QOLEwXOk1cfTXah8UtbfiEZcwkGry0KhPBkAUJ1Jy_ZsVMa39W6jF6i-BKS-f0m4BYyIEd2PYKyMn_xqMPT6YUAuTLyN1jWUflZBPw5p174xqlY3ypNXmnGuWmm7B0ST2OuYHrfhR_5Mhs7gQ'),
  ('RSA-2048', 'PS256 (salt 64)', 'PS256', 'eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.HyZqehVk8tarRjzX1XTU4h-XK1CaRQw5hvTuuNE0V0SCKExyzYnD-4eBY803K9zdzmqmMOX0hcwkZvlnWf50dIvW6MBYlxHjftTXto0A-V5yfdmqgrcqwKHC2DWlg5SFW-l3d-ZqVFz-Fa2gbcHSxs6ctXUvd1xjAJwRdUvkLpvaqUo3g5zLPSGyXXgsx4_N3buYlUAnmh54lwM3bEhoxEE6e-24LCvq1APIsmhfGIy9oFm7OzTQTeVszsqf7ivbvCfYnPNhuTunAb9apbRv6L96ymplKtdua_KSfJQo1uVlKvDlI2Goi3w23W8ViCCf0ufXftl4uCjiG3t81GjS3A'),
  ('RSA-2048', 'PS256 (salt 222, maximum)', 'PS256', 'eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.Si15ZJErNJu4FTONjK9UGDNaU3T3p_tMKpTG8F2V3reI51UdhpwA0JlEI9Mn5BzSp-OVtIkNZbwif1-4s4GDYqbk3GPxrklLXosYjtkDK5A81y8kHuBkQm7PIbNrpgZhYrxv6QWojsJCdUJiudFB1yoTZoZ0M1FKxLDRu5I7UUsFM4SUS2eEILuYzbXO4S4eSYQxBgMd60yS0kH4Yi6VDFyWNY1hBFaESr1PbJEMxHBSpcw-PhRpisFSPYeuYJZchAIYFgoCaRFU5LiFgDUTuucvrjzXd9cMQlZMrvZU-d380dFTmyU-2Y8sumNMWWXpnaGK6W6oV6UgAvDXSQe_dA'),
  ('RSA-2048', 'PS384 (salt 48)', 'PS384', 'eyJhbGciOiJQUzM4NCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.iYG3kjY4mS01p39Sayu7t5BJNuQFcLzveMviaPkJ48HHNYF_0t82zi336qqcQ8mcaDXQ6mmA7iRFvGRamtKezvEhUEclw3s8mUr1l1e6SX54w5d3zmQM2ReHCRchOAF_gyxI0rjJ_5vKl7wBF0p0Mn6d5o-w7NcmPhZUxkifA-JqDmXCCT9cZoMvR8choBkVEeTOnPLMZaW7fQyH9DdGONI79IOm10062k7GueGFp-KZsS8r8ofOcnHTvSnu9kNk57-44M24cXChnS2y3h2qPRNChLQpvq49x8SwMcBzLedXnyr62HWAiXcpMJXzISiGRWZrIFmbipQHHPyQ3iESqw'),
  ('RSA-2048', 'PS384 (salt 32)', 'PS384', 'eyJhbGciOiJQUzM4NCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.PeHYAf1Lhhk5_yDWejzYYkHSGiTuSbohpxTmHvQ-2fp_4bqS2LhKB1PZZtXxuvLgcVYmjO5ustCydvEPZRJVoNLX2YMqgblct9IDIk2onGd8U8ocPp30B1NR8Hb3JX-UZt3EJ5l5ZBIT5q4u0fOc9NOal9Nk3CrmoPjxKCB_9-kALtUYu3UScwylRgCjmrKTYFWbqvTzCCBj40kwlIvnx4wpQSVIaf-d7K3jp6hZfAZ0ABbtRtsvaG4VBjqfqmFwFwUQa8AtfRko6G2B2e7XQ8CNBzLFhZkfpTJbutTaMMd9s9gJf3ZgxfuogpbJBwMw6zO9wfvo0QvELkNbPPlPVg'),
  ('RSA-2048', 'RS384', 'RS384', 'eyJhbGciOiJSUzM4NCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.nKNKvtpeJoJ7LGdw7uWFLKaHxCmLshIJaVWey4AagJgqxlyKJwnv2e2NU-Z71lx7M81r1SPBqR2FR45yPMLx1s1LfEk3RL-v-nWOYKcGgDIXQgF_xkEUD1kqos94b0SEZYrCXgKzKM6fYqlgeJb60AGnlK7creLWYtAHOkPfBSr4AzSL6D6OupTd-IptC6xzc7d9rIfMeZj7K5U1RNQrp8koEFcLYgT-xxQCrQSUukQUblSP1EPtLJKdw8khla22YNimDJSSpcx4lm4IAi77GvFH06cDOZHVTF5PK92tePgBwLJy3vHQokPzPFCw2GFygcCOqsBj0_lm0W2ooLyVpQ'),
  ('RSA-2048', 'RS384', 'RS256', 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVNOMDAwMyIsImlhdCI6MTc2NzIyNTYwMH0.nxjcM6RiXtyTGCLSwF8FQH5f57Uvd3T5Ius2A6c9jfj4JqahA1adZs-3t52F6_NL5E1qENXm-R67UIVhAVXLm8AlTT8zuwC8dv6HFZkfdg6kB3dkJwVOY1bnLyzrQFXzR0NurlCxrYM9xzZhS-oRktxBHIa15BMuWHrcbFdPrgVdSLkZZMEWeRDwq8uPdhrVQrQhMjPuHcpZC6r0WIdiT3ro74ibpGKZtGwJY8Z6CdiYDXsVmFFAhcb3_L-wCkuK9A_geeWx0CbSbCPWMdidylUj6yYaH9JmeMN-XzsfqZeEPYO1yKEogC-tcWgGz2aPyHFvDsnjfUip-KXImilXgg');
INSERT INTO fixed_key VALUES
  ('signer Ed25519', '{"crv":"Ed25519","x":"yhoAtEpl5SeeWbkRpcxLsRSSvP9h0GV9QFkxTCyUyJQ","kty":"OKP"}'),
  ('signer P-256', '{"kty":"EC","x":"Tlrm7Rd1HITVcFyO-qrGB5xFBWXDm564EeSQrH0Ux0M","y":"nB2J3hehe1yUZzAbluTVfIXlV4tGesPYkg9VJXXqSqk","crv":"P-256"}'),
  ('signer RSA-2048', '{"kty":"RSA","n":"r5OBFF1BEzJn_jYdkGNNeJ5YKq6_wjcVnpDel4vyzKa4HmICFdD4BlCl3arfayWVCrasENMQjc8SV7fOJVVjyieSfrcZMrIfWZrggFPw3gGLz4NrrPKJKKdzF4MXm8t4j9yTIxtjCpXtvzr0bT0n1S2T3giyILOZfQmn9h0qu2dtQ_iSGNI7C9XpUKnwc4A6a5lCIsQEpyEn_e9VYNbrCF64evDreFJPa3aehqqDktCzB3_Ql2LyDB-hEXqGIZWQww8NmqHspEpkThCEKD_u1_E2lesWdYQUjILCRPq4hYRRuS0nPEbD6b19SZDM7GFd_MWmmd-IGoS0YjwoRyPaQw","e":"AQAB"}');
SELECT key_type, signed_with, header_alg, pg_temp.input(jws) AS input,
       pg_temp.ver(jws, (SELECT key FROM fixed_key WHERE who = 'signer ' || key_type)) AS verifies,
       pg_temp.vs(convert_to(pg_temp.seg(jws, 1) || '.' || pg_temp.seg(jws, 2), 'UTF8'), pg_temp.b64u_dec(pg_temp.seg(jws, 3)),
                  (SELECT key FROM fixed_key WHERE who = 'signer ' || key_type), split_part(signed_with, ' ', 1)) AS under_its_real_alg
  FROM wrong_alg ORDER BY key_type, signed_with, header_alg;
-- the same with verify_signature: an alg that does not fit the key is false
SELECT a.alg, k.t AS key,
       pg_temp.vs(convert_to(pg_temp.seg(r.jws, 1) || '.' || pg_temp.seg(r.jws, 2), 'UTF8'),
                  pg_temp.b64u_dec(pg_temp.seg(r.jws, 3)), pg_temp.owner(k.t), a.alg) AS ed25519_signature_verifies
  FROM rec r, unnest('{EdDSA,Ed25519,ES256,ES384,ES512,PS256,PS384,RS256,RS384}'::text[]) a(alg),
       (VALUES ('Ed25519'), ('P-256'), ('RSA-2048')) k(t)
  WHERE r.alg = 'EdDSA' AND (k.t = 'Ed25519' OR a.alg IN ('ES256', 'RS256'))
  ORDER BY 1, 2;

--
-- 4. DER-encoded ECDSA in JWS: the same (r, s) as DER is refused by the
-- input (wrong length) and false under verify_signature; as raw r||s it
-- verifies
--
SELECT alg, length(pg_temp.raw_to_der(pg_temp.b64u_dec(pg_temp.seg(jws, 3)))) BETWEEN 8 AND 139 AS der_made,
       regexp_replace(pg_temp.input(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2),
           pg_temp.b64u(pg_temp.raw_to_der(pg_temp.b64u_dec(pg_temp.seg(jws, 3)))))), 'has [0-9]+ bytes', 'has N bytes') AS der_in_record,
       pg_temp.vs(convert_to(pg_temp.seg(jws, 1) || '.' || pg_temp.seg(jws, 2), 'UTF8'),
           pg_temp.raw_to_der(pg_temp.b64u_dec(pg_temp.seg(jws, 3))), pg_temp.owner(t), alg) AS der_verifies,
       pg_temp.vs(convert_to(pg_temp.seg(jws, 1) || '.' || pg_temp.seg(jws, 2), 'UTF8'),
           pg_temp.b64u_dec(pg_temp.seg(jws, 3)), pg_temp.owner(t), alg) AS raw_verifies
  FROM rec WHERE alg LIKE 'ES%' ORDER BY alg;

--
-- 5. Ed25519 with S >= L: the signature with L (and 2L) added to S is the
-- same point equation mod L, and must be false; it has the right length,
-- so the record input accepts it and verify() says false
--
SELECT alg, n AS plus_l_times,
       pg_temp.vs(convert_to(pg_temp.seg(jws, 1) || '.' || pg_temp.seg(jws, 2), 'UTF8'),
           pg_temp.s_plus_l(pg_temp.b64u_dec(pg_temp.seg(jws, 3)), n), pg_temp.owner('Ed25519'), alg) AS verify_signature,
       pg_temp.input(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u(pg_temp.s_plus_l(pg_temp.b64u_dec(pg_temp.seg(jws, 3)), n)))) AS input,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u(pg_temp.s_plus_l(pg_temp.b64u_dec(pg_temp.seg(jws, 3)), n))), pg_temp.owner('Ed25519')) AS verify
  FROM rec, generate_series(0, 2) n WHERE alg IN ('EdDSA', 'Ed25519') ORDER BY alg, n;
-- S + L differs from S in the top byte, R is unchanged
SELECT get_byte(pg_temp.s_plus_l(s, 1), 63) - get_byte(s, 63) BETWEEN 15 AND 17 AS top_byte_grew_by_16,
       substring(pg_temp.s_plus_l(s, 1) FROM 1 FOR 32) = substring(s FROM 1 FOR 32) AS r_unchanged
  FROM (SELECT pg_temp.b64u_dec(pg_temp.seg(jws, 3)) AS s FROM rec WHERE alg = 'EdDSA') x;

--
-- 6. Tampering, every algorithm: header and payload changed in meaning or
-- only in bytes (the signature covers the exact text), one signature bit
-- flipped, segments taken from another record
--
-- flip(sig, byte): the signature segment with one bit of byte n flipped
CREATE FUNCTION pg_temp.flip(s text, n int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT pg_temp.b64u(set_byte(pg_temp.b64u_dec(s), n, get_byte(pg_temp.b64u_dec(s), n) # 1)) $$;
CREATE TEMP TABLE other AS
SELECT alg, provenance.sign('{"iss":"acme","sub":"(01)04870001234560(21)SN0002","iat":1767225600}', pk.priv, 'acme-1', alg)::text AS jws
  FROM rec JOIN pk ON pk.t = rec.t AND pk.who = 'owner';
SELECT r.alg,
       pg_temp.ver(r.jws, pg_temp.owner(r.t)) AS original,
       pg_temp.ver(pg_temp.jws(pg_temp.hjson('{"alg":"' || r.alg || '","kid":"acme-2"}'), pg_temp.seg(r.jws, 2), pg_temp.seg(r.jws, 3)), pg_temp.owner(r.t)) AS header_kid,
       pg_temp.ver(pg_temp.jws(pg_temp.hjson('{"kid":"acme-1","alg":"' || r.alg || '"}'), pg_temp.seg(r.jws, 2), pg_temp.seg(r.jws, 3)), pg_temp.owner(r.t)) AS header_reordered,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(r.jws, 1), pg_temp.hjson(replace(convert_from(pg_temp.b64u_dec(pg_temp.seg(r.jws, 2)), 'UTF8'), 'SN0001', 'SN0009')), pg_temp.seg(r.jws, 3)), pg_temp.owner(r.t)) AS payload_serial,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(r.jws, 1), pg_temp.hjson(convert_from(pg_temp.b64u_dec(pg_temp.seg(r.jws, 2)), 'UTF8') || ' '), pg_temp.seg(r.jws, 3)), pg_temp.owner(r.t)) AS payload_space,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(r.jws, 1), pg_temp.seg(r.jws, 2), pg_temp.flip(pg_temp.seg(r.jws, 3), 0)), pg_temp.owner(r.t)) AS sig_first_bit,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(r.jws, 1), pg_temp.seg(r.jws, 2), pg_temp.flip(pg_temp.seg(r.jws, 3), length(pg_temp.b64u_dec(pg_temp.seg(r.jws, 3))) - 1)), pg_temp.owner(r.t)) AS sig_last_bit,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(r.jws, 1), pg_temp.seg(o.jws, 2), pg_temp.seg(r.jws, 3)), pg_temp.owner(r.t)) AS payload_swapped,
       pg_temp.ver(pg_temp.jws(pg_temp.seg(r.jws, 1), pg_temp.seg(r.jws, 2), pg_temp.seg(o.jws, 3)), pg_temp.owner(r.t)) AS sig_swapped,
       pg_temp.ver(o.jws, pg_temp.owner(r.t)) AS other_original
  FROM rec r JOIN other o USING (alg) ORDER BY r.alg;

--
-- 7. Truncated and padded tokens (ES256; then every algorithm at once)
--
SELECT v.label, pg_temp.input(v.t) AS input
  FROM rec, LATERAL (VALUES
	('one character short', left(jws, -1)),
	('two characters short', left(jws, -2)),
	('signature segment empty', pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), '')),
	('no signature segment', pg_temp.seg(jws, 1) || '.' || pg_temp.seg(jws, 2)),
	('header only', pg_temp.seg(jws, 1)),
	('signature one byte short', pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u(substring(pg_temp.b64u_dec(pg_temp.seg(jws, 3)) FROM 1 FOR 63)))),
	('signature one byte long', pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u(pg_temp.b64u_dec(pg_temp.seg(jws, 3)) || '\x00'::bytea))),
	('signature = padded', jws || '='),
	('signature == padded', jws || '=='),
	('header padded', pg_temp.jws(pg_temp.seg(jws, 1) || '=', pg_temp.seg(jws, 2), pg_temp.seg(jws, 3))),
	('payload padded', pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2) || '==', pg_temp.seg(jws, 3))),
	('payload in standard base64', pg_temp.jws(pg_temp.seg(jws, 1), translate(pg_temp.seg(jws, 2), '-_', '+/'), pg_temp.seg(jws, 3))),
	('trailing dot', jws || '.'),
	('fourth segment', jws || '.' || pg_temp.seg(jws, 3)),
	('trailing newline', jws || E'\n'),
	('leading space', ' ' || jws),
	('one character appended', jws || 'A')) v(label, t)
  WHERE alg = 'ES256';
-- every algorithm: none of the truncated or padded forms verifies
SELECT alg, count(*) AS variants,
       count(*) FILTER (WHERE provenance.signed_record_is_valid(x)) AS accepted_by_input,
       count(*) FILTER (WHERE pg_temp.ver(x, pg_temp.owner(rec.t))) AS verified
  FROM rec, LATERAL (VALUES (left(jws, -1)), (left(jws, -2)), (left(jws, -4)),
	(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u(substring(pg_temp.b64u_dec(pg_temp.seg(jws, 3)) FROM 2)))),
	(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u(pg_temp.b64u_dec(pg_temp.seg(jws, 3)) || '\x00'::bytea))),
	(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.b64u('\x00'::bytea || pg_temp.b64u_dec(pg_temp.seg(jws, 3))))),
	(jws || '='), (jws || '=='), (jws || '.'), (jws || E'\n'), (' ' || jws),
	(pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), ''))) v(x)
  GROUP BY alg ORDER BY alg;

--
-- 8. Keys in the header are never used: verify(record, key) checks with
-- the key given, whatever jwk, jku, x5u or kid the header names.  The
-- records were signed by an attacker's key (embedding its own public JWK
-- or pointing at its own URLs), except the last, signed by the owner's
-- key with the attacker's JWK embedded.
--
CREATE TEMP TABLE embedded (label text, jws text);
INSERT INTO embedded VALUES
  ('attacker-signed, jwk = attacker key', 'eyJhbGciOiJFZERTQSIsImp3ayI6eyJjcnYiOiJFZDI1NTE5IiwieCI6IjFQVy1IX29UbGwydTJQU2Jpc0h3bXNlNUhmMm9pSEFWdjA0QmNnZUc1TVUiLCJrdHkiOiJPS1AifX0.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUZBS0UxIiwiaWF0IjoxNzY3MjI1NjAwfQ._nqNqarOfWAjKZhgxWkzobmWhcumlQdULZPbWx5EshVeRX9cRQpaYitPh9mMLY-U2VqX-fxu76LcQtTUWDfhCw'),
  ('attacker-signed, jku = attacker URL, kid = owner''s', 'eyJhbGciOiJFZERTQSIsImtpZCI6ImFjbWUtZWQiLCJqa3UiOiJodHRwczovL2F0dGFja2VyLmV4YW1wbGUvandrcy5qc29uIn0.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUZBS0UxIiwiaWF0IjoxNzY3MjI1NjAwfQ.HrWPowr3k3x8c6m1_A7e6UlaWlEoPFH-31QhZmc6ddRsAenhMBj34rdfBetp20EFEbfYtqXXomhRcGJlsHnPCQ'),
  ('attacker-signed, x5u = attacker URL', 'eyJhbGciOiJFZERTQSIsIng1dSI6Imh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS9hY21lLnBlbSJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUZBS0UxIiwiaWF0IjoxNzY3MjI1NjAwfQ.FubBHEp3487Pt6pEBe3l3Rfej7dXzBondjz9lUXtaPF6As16wDDLdWmKqkTz4muTvBryt47-JOLNtRvRkT66AA'),
  ('owner-signed, jwk = attacker key', 'eyJhbGciOiJFZERTQSIsImp3ayI6eyJjcnYiOiJFZDI1NTE5IiwieCI6IjFQVy1IX29UbGwydTJQU2Jpc0h3bXNlNUhmMm9pSEFWdjA0QmNnZUc1TVUiLCJrdHkiOiJPS1AifX0.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVJFQUwxIiwiaWF0IjoxNzY3MjI1NjAwfQ.U2AbxJxvuyJKZN9xVoiI2mjCKhaxhDCDotiEoFthyAA8V1PnUdKYMKCpi7Ku3QdVaRlWOVQ1fZGjXe_rbbHIBw');
INSERT INTO fixed_key VALUES
  ('owner', '{"crv":"Ed25519","x":"cSAwwTAWlF8WCh4SxclByYY9W3Dc4_cVr2Z3W4lqy_w","kty":"OKP"}'),
  ('attacker', '{"crv":"Ed25519","x":"1PW-H_oTll2u2PSbisHwmse5Hf2oiHAVv04BcgeG5MU","kty":"OKP"}');
SELECT label, pg_temp.input(jws) AS input,
       provenance.record_header(jws::provenance.signed_record) - 'alg' ?| '{jwk,jku,x5u}' AS names_a_key,
       pg_temp.ver(jws, (SELECT key FROM fixed_key WHERE who = 'owner')) AS verify_owner_key,
       pg_temp.ver(jws, (SELECT key FROM fixed_key WHERE who = 'attacker')) AS verify_attacker_key,
       (provenance.record_header(jws::provenance.signed_record)->'jwk')::provenance.pubkey = (SELECT key FROM fixed_key WHERE who = 'attacker') AS embedded_is_attacker_key
  FROM embedded ORDER BY label;

--
-- 9. Header parameters the verifier must understand: unknown "crit"
-- entries and "b64": false (RFC 7797) are refused (fake 64-byte signature:
-- the input refuses before any verification)
--
SELECT h AS header, pg_temp.input(pg_temp.jws(pg_temp.hjson(h), pg_temp.hjson('{"sub":"x"}'), pg_temp.b64u(decode(repeat('5a', 64), 'hex')))) AS input
  FROM unnest(ARRAY['{"alg":"ES256","crit":["exp"],"exp":1767225600}',
                    '{"alg":"ES256","crit":["acme-policy"],"acme-policy":1}',
                    '{"alg":"ES256","crit":[]}',
                    '{"alg":"ES256","crit":"b64","b64":true}',
                    '{"alg":"ES256","b64":false,"crit":["b64"]}',
                    '{"alg":"ES256","b64":false}']) h;

--
-- 10. RSA keys under 2048 bits are refused (an RSA-1024 public key made for
-- the test); the message does not quote the key
--
SELECT pg_temp.key_try(E'-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCmbG0vrljr4vZ0DDYqu6Dqx6Eo\nsNNOUvUa/OqAqYlU3Mn1za9vol8SGjjMNULCyiuzvzcM2maxT02kCOl4KBXtUg5s\nuCbUEcBdc5r5TnBXaONJWNf7FmU6lgGnjSEXrBZICAL8GwgJRBYfoOipRk7kA3Qt\nrwioEsDO45LK3zsjbQIDAQAB\n-----END PUBLIC KEY-----\n') AS rsa_1024;

--
-- 11. verify() is a verdict, never an error: every record made above,
-- every tampered form that is a signed_record, against every key, in one
-- query (only the untouched records with their own key are true)
--
CREATE TEMP TABLE all_rec AS
SELECT jws::provenance.signed_record AS r FROM rec
UNION ALL SELECT jws::provenance.signed_record FROM other
UNION ALL SELECT pg_temp.relabel(jws, a)::provenance.signed_record
  FROM rec, unnest('{EdDSA,Ed25519,ES256,PS256,PS384,RS256,RS384}'::text[]) a
  WHERE provenance.signed_record_is_valid(pg_temp.relabel(jws, a)) AND a <> rec.alg
UNION ALL SELECT pg_temp.jws(pg_temp.seg(jws, 1), pg_temp.seg(jws, 2), pg_temp.flip(pg_temp.seg(jws, 3), 5))::provenance.signed_record FROM rec
UNION ALL SELECT jws::provenance.signed_record FROM embedded
UNION ALL SELECT jws::provenance.signed_record FROM wrong_alg;
SELECT count(*) AS pairs, count(*) FILTER (WHERE provenance.verify(r, k)) AS verified
  FROM all_rec, (SELECT pub AS k FROM pk UNION ALL SELECT key FROM fixed_key) keys;
