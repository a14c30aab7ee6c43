--
-- signed_record: a JWS in compact serialization, validated completely on
-- input and printed byte for byte; every rejection with its SQLSTATE and
-- detail (one per line); binary I/O; comparison, indexes and casts; the
-- accessors and the -> operator.
--
-- The valid records carry real signatures made with the openssl CLI (keys
-- generated for the purpose and discarded); that signatures verify is
-- tested in verify.sql, not here.  Self-contained; assumes a UTF8 database
-- and a superuser (COPY ... PROGRAM), like every file here.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = public, provenance;

-- rec_try(text): 'ok' or '<SQLSTATE>: <detail>' of signed_record input
CREATE FUNCTION pg_temp.rec_try(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r provenance.signed_record;
	state text;
	detail text;
BEGIN
	r := t::provenance.signed_record;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL;
	RETURN state || ': ' || detail;
END
$$;
-- b64u(bytes): unpadded base64url; jws(header, payload, n): a compact JWS
-- of the two JSON texts and an n-byte signature (0x5a bytes, not a real one)
CREATE FUNCTION pg_temp.b64u(b bytea) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT rtrim(translate(encode(b, 'base64'), E'+/\n', '-_'), '=') $$;
CREATE FUNCTION pg_temp.jws(h text, p text, n int DEFAULT 64) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT pg_temp.b64u(convert_to(h, 'UTF8')) || '.' || pg_temp.b64u(convert_to(p, 'UTF8'))
               || '.' || pg_temp.b64u(decode(repeat('5a', n), 'hex')) $$;

--
-- Valid records: every algorithm (real signatures), a record without kid
-- and iat, "b64": true listed in "crit" (RFC 7797), nested claims with
-- non-ASCII text (raw UTF-8 and \u escapes) and a fractional iat
--
CREATE TABLE rec_src (name text PRIMARY KEY, t text);
INSERT INTO rec_src VALUES
  ('EdDSA', 'eyJhbGciOiJFZERTQSIsImtpZCI6ImFjbWUtZWQifQ.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUVkRFNBIiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.yI9NIDekeDb22Q3poZt1jvT9FpzC7pBK7FvnIUmlrO-7jF-B0gZ4Y1vC58oEg4FI3zMcEPFn8j4SJmbltEG1Dw'),
  ('Ed25519', 'eyJhbGciOiJFZDI1NTE5Iiwia2lkIjoiYWNtZS1lZCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUVkMjU1MTkiLCJpYXQiOjE3NjcyMjU2MDAsIm9yaWdpbiI6IktaIn0.G-hWOfxbZNIXPsSX5omaScGNy2abi26fckiR3SJTNEzAEMt--4tMcktGzYkQ-LroTAxhtc9ERO0h2vqqih0TCQ'),
  ('ES256', 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImFjbWUtcDI1NiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUVTMjU2IiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.zDLmW1VZ-TwKind8kC85_PvvSiFvPYYECj-OKw_LCkYQVo5t3sSsaR79EMK_Pr2P2Rjzjyck9AfOVdXQQ23cUg'),
  ('ES384', 'eyJhbGciOiJFUzM4NCIsImtpZCI6ImFjbWUtcDM4NCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUVTMzg0IiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.Yl61rySyGQj2ffx6fnJEbRFXBkFhHm2jvxrlq_6Gb-bxyYrXYseAPuvidOEGqCKa7RW_--z4XenKDGHZMxyKNIot2IYqvyYHqpE8v898GDPTDGiUiB2ENX4-p5hg1p_9'),
  ('ES512', 'eyJhbGciOiJFUzUxMiIsImtpZCI6ImFjbWUtcDUyMSJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKUVTNTEyIiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.ADovTp7ksryhn7Z9o3wOPpOyPn-hQK2GlRw_azONAu2rZXA8Xbblzvz7LP9tv8TTEbexzQ4Im3Ee_c7Bmh6dKpZSAPFnIhIKK0pFRC6F0imUNLZ0-aDk8ApYNvGH86UGtAxg74SmoOsFQS85YlE_EdojKa_b3Q-hFkDVQakGB0Mg6ymE'),
  ('PS256', 'eyJhbGciOiJQUzI1NiIsImtpZCI6ImFjbWUtcnNhMjA0OCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVBTMjU2IiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.xaKZ_4mJ9RB2dmB5lNuGKmQRBuR69sosYH2P4enkNyWE7aQ6LlPyrjH3vXoC8653EFLFUQpruHqoLVi9jHre6bHr5wNqgUvIBWex-6KuxZsoUwO6KkVEcHB50IgueRGYNe3ABLkopJws90JwGT-sH7yj9o7KtUbmCmqO2GWYdMwE8PFqxmKgf0v9EcwBeYTrSBmEttG8w8A5GtqcHiuwYxj4pDuULfHGDZrbuzchYTD9QiRC9Usy8ZBECeS5Vpi-cyH6PRZqQANXoWKf9HIliuXf1MQ4rHPz662v45hyhM3YaLB7AJLEBMk_FphWdksQFroSebEqZhhXaRJQizu-lA'),
  ('PS384', 'eyJhbGciOiJQUzM4NCIsImtpZCI6ImFjbWUtcnNhMzA3MiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVBTMzg0IiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.K8YG7UTJfwEKjdjURLpD9jKSBErGYvZB8ZfYwA_XefmEsLE2B5-wrEOK4VsilM3OzHdKfR7KmrLOiv5MLuibxesEjceCg1HUkpS1NDdQ0VRTVnZttm_3g8zxBvhSzqlaLVxszc9_-8FKUvPliCesrKReJCNLtcGjhOoguTFFa9RU-imRj7L4vN68Hqu4HqJusNjYR7OrRU5omp_YW6Hb_OpRADFNuYXijfH1mR_N5MSaTCEjq7zZ2gRs9BQM812F_KkotFetcVg_RCssetUecbOM61HLrgkM9ZJXv42-TxdZLtA9PHxVlRASdXYN-rSBEWVbvulJvuLhm_VYsitaZBgO7Kieh6Tk1ytZk3ZLYpFQ-F0Deq2H2BsAcjYzBD7GmOnmSXQiodqHkOJfpxzGSkgXcxaMoIoE9Zl_EW5f0wf8Z1QA08aZOIveF2Kxn5TFaAy_mShURWFqQmKfl9OjVW5kWwKjjxoTkAjRY2s5qJ6SEqs9bNR7qi781sLNcpps'),
  ('RS256', 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFjbWUtcnNhMjA0OCJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVJTMjU2IiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.dZJqtiCC5wSDOoIBqqfm76vMkfjSPyO08nzBRmK3EOmN1U7-MmVqbt6mtOOOFLIeY119d5w_UOR6ppJW3u8xarCw5OuWuwHQLRbHy8A6tgf-jwdtilJBOnCM7DuDcDqUFhBVV-mL9aG8mhM6QdwYizAgN-0ajoXX6-IVIEizH9Ow4I4gZAfaMaO1sENFhOE6sn0XSD3SsSA0P2j-sCm4a8Efy2i7J94h7m4DKQ_ySS6iRioTKDN4S4ZvtKaPCR5YpgZRqO3aWWdvIFBGX8iqebfYr00y1feqvEx5Wn6IZ28_jPFOXe6aNC6swn-GP7tRnhZa8WEAADJa70jWg5Aebw'),
  ('RS384', 'eyJhbGciOiJSUzM4NCIsImtpZCI6ImFjbWUtcnNhMzA3MiJ9.eyJpc3MiOiJhY21lIiwic3ViIjoiKDAxKTA0ODcwMDAxMjM0NTYwKDIxKVJTMzg0IiwiaWF0IjoxNzY3MjI1NjAwLCJvcmlnaW4iOiJLWiJ9.Aqnf9J50_kay7nTuVeHvgEGxnboKusoQKNDIwlcHj_TwDXNDwBPhAHeCFJ1Ik62b7-wclhUxc8l3uAVnYKaWWas2AzTz_ov3Tw3RDGhC1WJ9yKaciN9gxJ-6YT7f6DY5epRR_zMWqBShuIVnVHiOLpSg3d2Bv3QOODYWHGJLcRKJYfw9xp3VAV322k9N5-MsvCYpT2PV9S1Uwk5ONIaMwZF1_QPaLpwpTidahQ-Y8DVdOOdEmJPfj103VQcECGsDLEf_81qyrheFKd841lzGIzgvN8DoTd9K_WuvVXpf-ehw3neU1NnwzI-xUn5dR8FTYqnRRL1rs6ljf-6RxaW88JQbUjKWNnTv9BdFNpSbwQhySfb6yi6eeiH0yBcxLIdTkW4P8iWaSgdS-Q6f3EWwoUHet5VZZqI6MjN7vdsH77a5SW6zgVdDQX8vX3I1FI-fK-eT6ITJIXsczmnS1ZGEsI-m6wJd0qfxUkcOa3yjYbApwMKZJi4-M_gxIgkJjU2-'),
  ('bare', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIoMDEpMDQ4NzAwMDEyMzQ1NjAoMjEpQjEifQ.I_XUW5l4JmzqAIp-n-1DwHMWT_auo1IvTYCF8AT_f1hmg8PXKJ52g7L0f5iT_fTsnZeMy9eU_W6J6PGd2qmu1A'),
  ('b64crit', 'eyJhbGciOiJFUzI1NiIsImI2NCI6dHJ1ZSwiY3JpdCI6WyJiNjQiXSwia2lkIjoiYWNtZS1wMjU2In0.eyJzdWIiOiIoMDEpMDQ4NzAwMDEyMzQ1NjAoMjEpQzEiLCJpYXQiOjE3NjcyMjU2MDB9.2QiDWwSHle84UYzSWIJdPXDkbfCBydW0wZhPpvnhWIu0Wa_cFYDD_MiTIZgZtvUqYBI4o6FLUk8XsW14pd5DDw'),
  ('nested', 'eyJhbGciOiJFZERTQSIsImtpZCI6ImFjbWUtZWQiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY21lIiwiaXRlbSI6eyJndGluIjoiMDQ4NzAwMDEyMzQ1NjAiLCJzZXJpYWwiOiJOMSJ9LCJ0YWdzIjpbImdlbnVpbmUiLCJreiJdLCJpYXQiOjE3NjcyMjU2MDAuMjUsImV4cCI6MTc5ODc2MTYwMCwibmJmIjoxNzY3MjI1NjAwLCJvcmlnaW4iOiLSmtCw0LfQsNKb0YHRgtCw0L0iLCJjaXR5IjoiXHUwNDEwXHUwNDNiXHUwNDNjXHUwNDMwXHUwNDQyXHUwNDRiIiwicXR5IjoxMiwib2siOnRydWUsIm5vdGUiOm51bGx9.Vxm1PjysDdwZylNrIwsuXuMFL4k3JEJ2l3o3IiDpu7rz5ePWFuUQF-NU-O18OGqB4xMfN2HFbZDRg5C-xB2RCA');
CREATE TABLE rec (name text PRIMARY KEY, r provenance.signed_record);
INSERT INTO rec SELECT name, t FROM rec_src;	-- assignment cast from text
-- output is the input, byte for byte
SELECT count(*) AS records, count(*) FILTER (WHERE r::text = t) AS same_text
  FROM rec JOIN rec_src USING (name);
SELECT name, provenance.record_alg(r) AS alg, provenance.record_kid(r) AS kid,
       provenance.record_issued_at(r) AT TIME ZONE 'UTC' AS iat_utc, r -> 'sub' AS sub
  FROM rec ORDER BY name;
SELECT '{}' AS payload, pg_temp.rec_try(pg_temp.jws('{"alg":"ES256"}', '{}')) AS empty_payload_object;
SELECT pg_temp.rec_try(pg_temp.jws('{"alg":"ES256","kid":"k","typ":"JWT","cty":"json","x5t#S256":"x","private":[1,{"a":null}]}', '{"sub":"x"}')) AS other_header_members,
       pg_temp.rec_try(pg_temp.jws(E'{ "alg" :\n\t"ES256" }', E'{\r\n "sub": "x"\r\n}')) AS whitespace_in_json,
       pg_temp.rec_try(pg_temp.jws('{"\u0061lg":"\u0045S256"}', '{"sub":"x"}')) AS escaped_alg,
       pg_temp.rec_try(pg_temp.jws('{"alg":"ES256"}', '{"iat":-1,"exp":1.5e9,"nbf":0}')) AS date_claims_in_range,
       pg_temp.rec_try(pg_temp.jws('{"alg":"RS256"}', '{"sub":"x"}', 256)) AS rs256_2048,
       pg_temp.rec_try(pg_temp.jws('{"alg":"PS384"}', '{"sub":"x"}', 512)) AS ps384_4096,
       pg_temp.rec_try(pg_temp.jws('{"alg":"RS384"}', '{"sub":"x"}', 2048)) AS rs384_16384;

--
-- Rejections, one per line: SQLSTATE and the detail naming the part that
-- is wrong (structure, header, payload, signature length, size)
--
CREATE TABLE rec_bad (n serial, label text, t text);
INSERT INTO rec_bad (label, t) VALUES
  ('empty', ''),
  ('one segment', 'eyJhbGciOiJFUzI1NiJ9'),
  ('two segments', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0'),
  ('four segments', pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}') || '.e30'),
  ('five segments (JWE)', 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d'),
  ('empty header', '.eyJzdWIiOiJ4In0.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex'))),
  ('empty payload (detached)', 'eyJhbGciOiJFUzI1NiJ9..' || pg_temp.b64u(decode(repeat('5a', 64), 'hex'))),
  ('empty signature', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.'),
  ('alg none, no signature', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'),
  ('padding', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0=.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex'))),
  ('base64, not base64url', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.+' || substr(pg_temp.b64u(decode(repeat('5a', 64), 'hex')), 2)),
  ('character not base64url', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex')) || '?'),
  ('trailing newline', pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}') || E'\n'),
  ('leading space', ' ' || pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}')),
  ('non-ASCII character', 'eyJhbGciOiJFUzI1NiJ9é.eyJzdWIiOiJ4In0.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex'))),
  ('length 4k+1', left(pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}'), -1)),
  ('non-zero unused bits', left(pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}'), -1) || 'B'),
  ('header not UTF-8', pg_temp.b64u('\x7b22616c67223a22c3'::bytea) || '.eyJzdWIiOiJ4In0.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex'))),
  ('header not JSON', pg_temp.jws('{"alg":"ES256"', '{"sub":"x"}')),
  ('header JSON with trailing text', pg_temp.jws('{"alg":"ES256"} x', '{"sub":"x"}')),
  ('header JSON array', pg_temp.jws('["ES256"]', '{"sub":"x"}')),
  ('header JSON string', pg_temp.jws('"ES256"', '{"sub":"x"}')),
  ('header member twice', pg_temp.jws('{"alg":"ES256","alg":"none"}', '{"sub":"x"}')),
  ('header member twice, escaped', pg_temp.jws('{"alg":"ES256","\u0061lg":"ES256"}', '{"sub":"x"}')),
  ('header too deep', pg_temp.jws('{"alg":"ES256","x":' || repeat('[', 300) || repeat(']', 300) || '}', '{"sub":"x"}')),
  ('missing alg', pg_temp.jws('{"kid":"k"}', '{"sub":"x"}')),
  ('alg a number', pg_temp.jws('{"alg":256}', '{"sub":"x"}')),
  ('alg none', pg_temp.jws('{"alg":"none"}', '{"sub":"x"}')),
  ('alg NONE', pg_temp.jws('{"alg":"NONE"}', '{"sub":"x"}')),
  ('alg HS256', pg_temp.jws('{"alg":"HS256"}', '{"sub":"x"}', 32)),
  ('alg HS512', pg_temp.jws('{"alg":"HS512"}', '{"sub":"x"}')),
  ('alg RS512 (unsupported)', pg_temp.jws('{"alg":"RS512"}', '{"sub":"x"}', 256)),
  ('alg ES256K (unsupported)', pg_temp.jws('{"alg":"ES256K"}', '{"sub":"x"}')),
  ('alg es256 (case)', pg_temp.jws('{"alg":"es256"}', '{"sub":"x"}')),
  ('crit not an array', pg_temp.jws('{"alg":"ES256","b64":true,"crit":"b64"}', '{"sub":"x"}')),
  ('crit empty', pg_temp.jws('{"alg":"ES256","crit":[]}', '{"sub":"x"}')),
  ('crit entry not a string', pg_temp.jws('{"alg":"ES256","crit":[1]}', '{"sub":"x"}')),
  ('crit unknown member', pg_temp.jws('{"alg":"ES256","exp":1767225600,"crit":["exp"]}', '{"sub":"x"}')),
  ('crit lists alg', pg_temp.jws('{"alg":"ES256","crit":["alg"]}', '{"sub":"x"}')),
  ('crit lists b64 twice', pg_temp.jws('{"alg":"ES256","b64":true,"crit":["b64","b64"]}', '{"sub":"x"}')),
  ('crit lists absent b64', pg_temp.jws('{"alg":"ES256","crit":["b64"]}', '{"sub":"x"}')),
  ('b64 false', pg_temp.jws('{"alg":"ES256","b64":false,"crit":["b64"]}', '{"sub":"x"}')),
  ('b64 true, not critical', pg_temp.jws('{"alg":"ES256","b64":true}', '{"sub":"x"}')),
  ('b64 a string', pg_temp.jws('{"alg":"ES256","b64":"true","crit":["b64"]}', '{"sub":"x"}')),
  ('kid a number', pg_temp.jws('{"alg":"ES256","kid":7}', '{"sub":"x"}')),
  ('payload not JSON', pg_temp.jws('{"alg":"ES256"}', 'foo')),
  ('payload JSON array', pg_temp.jws('{"alg":"ES256"}', '[{"sub":"x"}]')),
  ('payload JSON null', pg_temp.jws('{"alg":"ES256"}', 'null')),
  ('payload not UTF-8', 'eyJhbGciOiJFUzI1NiJ9.' || pg_temp.b64u('\x7b2261223a22ff227d'::bytea) || '.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex'))),
  ('payload \u0000', pg_temp.jws('{"alg":"ES256"}', '{"sub":"a\u0000b"}')),
  ('payload lone surrogate', pg_temp.jws('{"alg":"ES256"}', '{"sub":"\ud800"}')),
  ('payload member twice', pg_temp.jws('{"alg":"ES256"}', '{"sub":"a","sub":"b"}')),
  ('payload nested member twice', pg_temp.jws('{"alg":"ES256"}', '{"item":{"serial":"1","serial":"2"}}')),
  ('iat a string', pg_temp.jws('{"alg":"ES256"}', '{"iat":"2026-01-01T00:00:00Z"}')),
  ('exp null', pg_temp.jws('{"alg":"ES256"}', '{"exp":null}')),
  ('nbf an object', pg_temp.jws('{"alg":"ES256"}', '{"nbf":{"t":1}}')),
  ('iat out of range', pg_temp.jws('{"alg":"ES256"}', '{"iat":1e20}')),
  ('iat before 4713 BC', pg_temp.jws('{"alg":"ES256"}', '{"iat":-300000000000}')),
  ('ES256 signature of 63 bytes', pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}', 63)),
  ('ES256 signature of 65 bytes', pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}', 65)),
  ('ES256 signature DER-sized', pg_temp.jws('{"alg":"ES256"}', '{"sub":"x"}', 71)),
  ('ES384 signature of 64 bytes', pg_temp.jws('{"alg":"ES384"}', '{"sub":"x"}', 64)),
  ('ES512 signature of 128 bytes', pg_temp.jws('{"alg":"ES512"}', '{"sub":"x"}', 128)),
  ('EdDSA signature of 63 bytes', pg_temp.jws('{"alg":"EdDSA"}', '{"sub":"x"}', 63)),
  ('Ed25519 signature of 65 bytes', pg_temp.jws('{"alg":"Ed25519"}', '{"sub":"x"}', 65)),
  ('RS256 signature of 255 bytes', pg_temp.jws('{"alg":"RS256"}', '{"sub":"x"}', 255)),
  ('PS256 signature of 2049 bytes', pg_temp.jws('{"alg":"PS256"}', '{"sub":"x"}', 2049)),
  ('RS384 signature of 64 bytes', pg_temp.jws('{"alg":"RS384"}', '{"sub":"x"}', 64)),
  ('too long', pg_temp.jws('{"alg":"ES256"}', '{"pad":"' || repeat('x', 50000) || '"}'));
SELECT n, label, pg_temp.rec_try(t) AS result FROM rec_bad ORDER BY n;
-- signed_record_error says the same, signed_record_is_valid agrees, neither raises
SELECT count(*) AS rejected,
       count(*) FILTER (WHERE substr(pg_temp.rec_try(t), 8) = provenance.signed_record_error(t)) AS same_detail,
       count(*) FILTER (WHERE NOT provenance.signed_record_is_valid(t)) AS not_valid
  FROM rec_bad;
SELECT count(*) FILTER (WHERE provenance.signed_record_is_valid(t)) AS valid,
       count(*) FILTER (WHERE provenance.signed_record_error(t) IS NULL) AS no_error
  FROM rec_src;
-- the whole error report for a few
SELECT 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0'::provenance.signed_record;
\echo :LAST_ERROR_SQLSTATE
SELECT (SELECT t FROM rec_bad WHERE label = 'alg HS256')::provenance.signed_record;
\echo :LAST_ERROR_SQLSTATE
SELECT (SELECT t FROM rec_bad WHERE label = 'too long')::provenance.signed_record;
\echo :LAST_ERROR_SQLSTATE
SELECT provenance.signed_record_error(repeat('a', 65537)) AS just_over_the_limit;

--
-- Binary I/O: send is a version byte and the compact text; recv validates
-- like text input (COPY BINARY through a file in the data directory, the
-- working directory of COPY ... PROGRAM; the last COPY removes it)
--
SELECT count(*) FILTER (WHERE provenance.signed_record_send(r) = '\x01'::bytea || convert_to(r::text, 'UTF8')) AS send_is_version_and_text
  FROM rec;
CREATE TABLE rec_copy (r provenance.signed_record);
COPY (SELECT r FROM rec) TO PROGRAM 'cat > provenance_regress_record.bin' (FORMAT binary);
COPY rec_copy FROM PROGRAM 'cat provenance_regress_record.bin' (FORMAT binary);
SELECT count(*) AS copied, count(*) FILTER (WHERE r IN (SELECT r FROM rec)) AS equal FROM rec_copy;
COPY (SELECT '\x01'::bytea || convert_to('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' || pg_temp.b64u(decode(repeat('5a', 64), 'hex')), 'UTF8'))
  TO PROGRAM 'cat > provenance_regress_record.bin' (FORMAT binary);
DO $$
BEGIN
	COPY rec_copy FROM PROGRAM 'cat provenance_regress_record.bin' (FORMAT binary);
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'recv alg none: % %', SQLSTATE, SQLERRM;
END
$$;
COPY (SELECT '\x02'::bytea || convert_to((SELECT t FROM rec_src WHERE name = 'ES256'), 'UTF8'))
  TO PROGRAM 'cat > provenance_regress_record.bin' (FORMAT binary);
DO $$
BEGIN
	COPY rec_copy FROM PROGRAM 'cat provenance_regress_record.bin && rm -f provenance_regress_record.bin' (FORMAT binary);
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'recv version 2: % %', SQLSTATE, SQLERRM;
END
$$;
SELECT count(*) AS rows_after_bad_files FROM rec_copy;

--
-- Comparison on the exact text: equality, DISTINCT, GROUP BY, ordering,
-- btree and hash indexes, joins
--
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE opc.opcintype = 'provenance.signed_record'::regtype ORDER BY 1;
SELECT a.r = b.r AS eq, a.r <> b.r AS ne, a.r < b.r AS lt, a.r <= b.r AS le, a.r > b.r AS gt, a.r >= b.r AS ge,
       provenance.signed_record_cmp(a.r, b.r) AS cmp, provenance.signed_record_cmp(a.r, a.r) AS cmp_self
  FROM rec a, rec b WHERE a.name = 'ES256' AND b.name = 'EdDSA';
SELECT count(*) AS all_rows, count(DISTINCT r) AS distinct_records FROM (SELECT r FROM rec UNION ALL SELECT r FROM rec) u;
SELECT count(*) AS groups FROM (SELECT r FROM (SELECT r FROM rec UNION ALL SELECT r FROM rec_copy) u GROUP BY r) g;
SELECT array_agg(name ORDER BY r) = array_agg(name ORDER BY r::text COLLATE "C") AS order_is_byte_order FROM rec;
SELECT provenance.signed_record_hash(r) = provenance.signed_record_hash(t::provenance.signed_record) AS same_hash,
       provenance.signed_record_hash_extended(r, 7) = provenance.signed_record_hash_extended(t::provenance.signed_record, 7) AS same_hash_ext
  FROM rec JOIN rec_src USING (name) WHERE name = 'ES256';
CREATE UNIQUE INDEX rec_r ON rec (r);
CREATE INDEX rec_copy_h ON rec_copy USING hash (r);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT name FROM rec WHERE r = (SELECT t FROM rec_src WHERE name = 'PS256')::provenance.signed_record;
SELECT name FROM rec WHERE r = (SELECT t FROM rec_src WHERE name = 'PS256')::provenance.signed_record;
SELECT count(*) AS hash_index_hit FROM rec_copy WHERE r = (SELECT t FROM rec_src WHERE name = 'nested')::provenance.signed_record;
RESET enable_seqscan;
SET enable_hashjoin = off; SET enable_nestloop = off;
SELECT count(*) AS merge_join FROM rec JOIN rec_copy USING (r);
RESET enable_hashjoin; SET enable_mergejoin = off;
SELECT count(*) AS hash_join FROM rec JOIN rec_copy USING (r);
RESET enable_mergejoin; RESET enable_nestloop;
INSERT INTO rec VALUES ('dup', (SELECT t FROM rec_src WHERE name = 'ES256'));
\echo :LAST_ERROR_SQLSTATE

--
-- Accessors and the -> operator
--
SELECT provenance.record_header(r) AS header, provenance.record_claims(r) AS claims
  FROM rec WHERE name IN ('nested', 'bare', 'b64crit') ORDER BY name;
SELECT r -> 'iss' AS iss, r -> 'item' AS item, r -> 'item' ->> 'serial' AS serial, r -> 'tags' AS tags,
       r -> 'qty' AS qty, r -> 'ok' AS ok, r -> 'note' AS json_null, r -> 'missing' IS NULL AS missing_is_null,
       r -> 'origin' AS origin, r -> 'city' AS city
  FROM rec WHERE name = 'nested';
SELECT provenance.record_claim(r, 'sub') AS sub, (r -> 'sub') = (provenance.record_claims(r) -> 'sub') AS same
  FROM rec WHERE name = 'bare';
SELECT provenance.record_issued_at(r) AT TIME ZONE 'UTC' AS fractional_iat,
       provenance.record_issued_at(r) = to_timestamp((provenance.record_claims(r) ->> 'iat')::float8) AS matches_to_timestamp
  FROM rec WHERE name = 'nested';
SELECT provenance.record_kid(r) IS NULL AS no_kid, provenance.record_issued_at(r) IS NULL AS no_iat,
       provenance.record_alg(r) AS alg
  FROM rec WHERE name = 'bare';
SELECT provenance.record_kid(NULL) IS NULL AS strict_kid, provenance.record_claims(NULL) IS NULL AS strict_claims,
       (NULL::provenance.signed_record -> 'sub') IS NULL AS strict_arrow,
       provenance.signed_record_error(NULL) IS NULL AS strict_error;
-- record_hash: base64url SHA-256 of the compact text (value from
-- printf %s "$jws" | openssl dgst -sha256 -binary | basenc --base64url | tr -d =)
SELECT provenance.record_hash(r) AS es256_hash FROM rec WHERE name = 'ES256';
SELECT provenance.record_hash(r) AS nested_hash FROM rec WHERE name = 'nested';
SELECT count(*) FILTER (WHERE provenance.record_hash(r) = pg_temp.b64u(sha256(convert_to(r::text, 'UTF8')))) AS hash_matches_sha256,
       count(DISTINCT provenance.record_hash(r)) AS distinct_hashes, min(length(provenance.record_hash(r))) AS hash_length
  FROM rec;

DROP TABLE rec_src, rec, rec_bad, rec_copy;
