
-- ---------------------------------------------------------------------
-- gs1: GS1 element strings (src/gs1.c, parser in src/gs1_parse.c)
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.gs1;

CREATE FUNCTION @extschema@.gs1_in(cstring) RETURNS @extschema@.gs1 AS 'MODULE_PATHNAME', 'gs1_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_out(@extschema@.gs1) RETURNS cstring AS 'MODULE_PATHNAME', 'gs1_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_recv(internal) RETURNS @extschema@.gs1 AS 'MODULE_PATHNAME', 'gs1_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_send(@extschema@.gs1) RETURNS bytea AS 'MODULE_PATHNAME', 'gs1_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.gs1 (
	INPUT = @extschema@.gs1_in,
	OUTPUT = @extschema@.gs1_out,
	RECEIVE = @extschema@.gs1_recv,
	SEND = @extschema@.gs1_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended,
	COLLATABLE = false
);
COMMENT ON TYPE @extschema@.gs1 IS 'GS1 element string (GTIN, serial, batch, dates, marking-code crypto tails, ...), validated against the GS1 Barcode Syntax Dictionary; accepts bracketed, scanner, Digital Link and EPC URN forms; prints the canonical bracketed form';

COMMENT ON FUNCTION @extschema@.gs1_in(cstring) IS 'gs1 text input: any supported form';
COMMENT ON FUNCTION @extschema@.gs1_out(@extschema@.gs1) IS 'gs1 text output: canonical bracketed form, AIs in lexicographic order';
COMMENT ON FUNCTION @extschema@.gs1_recv(internal) IS 'gs1 binary input (version byte and element string, validated)';
COMMENT ON FUNCTION @extschema@.gs1_send(@extschema@.gs1) IS 'gs1 binary output (version byte and canonical element string)';

-- comparison and hashing (on the canonical packed form)
CREATE FUNCTION @extschema@.gs1_eq(@extschema@.gs1, @extschema@.gs1) RETURNS boolean AS 'MODULE_PATHNAME', 'gs1_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_ne(@extschema@.gs1, @extschema@.gs1) RETURNS boolean AS 'MODULE_PATHNAME', 'gs1_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_lt(@extschema@.gs1, @extschema@.gs1) RETURNS boolean AS 'MODULE_PATHNAME', 'gs1_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_le(@extschema@.gs1, @extschema@.gs1) RETURNS boolean AS 'MODULE_PATHNAME', 'gs1_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_gt(@extschema@.gs1, @extschema@.gs1) RETURNS boolean AS 'MODULE_PATHNAME', 'gs1_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_ge(@extschema@.gs1, @extschema@.gs1) RETURNS boolean AS 'MODULE_PATHNAME', 'gs1_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_cmp(@extschema@.gs1, @extschema@.gs1) RETURNS integer AS 'MODULE_PATHNAME', 'gs1_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_hash(@extschema@.gs1) RETURNS integer AS 'MODULE_PATHNAME', 'gs1_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gs1_hash_extended(@extschema@.gs1, bigint) RETURNS bigint AS 'MODULE_PATHNAME', 'gs1_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gs1_eq(@extschema@.gs1, @extschema@.gs1) IS 'gs1 equality (same elements and values)';
COMMENT ON FUNCTION @extschema@.gs1_ne(@extschema@.gs1, @extschema@.gs1) IS 'gs1 inequality';
COMMENT ON FUNCTION @extschema@.gs1_lt(@extschema@.gs1, @extschema@.gs1) IS 'gs1 less than (element-wise AI, value order)';
COMMENT ON FUNCTION @extschema@.gs1_le(@extschema@.gs1, @extschema@.gs1) IS 'gs1 less than or equal';
COMMENT ON FUNCTION @extschema@.gs1_gt(@extschema@.gs1, @extschema@.gs1) IS 'gs1 greater than';
COMMENT ON FUNCTION @extschema@.gs1_ge(@extschema@.gs1, @extschema@.gs1) IS 'gs1 greater than or equal';
COMMENT ON FUNCTION @extschema@.gs1_cmp(@extschema@.gs1, @extschema@.gs1) IS 'gs1 btree comparison';
COMMENT ON FUNCTION @extschema@.gs1_hash(@extschema@.gs1) IS 'gs1 hash';
COMMENT ON FUNCTION @extschema@.gs1_hash_extended(@extschema@.gs1, bigint) IS 'gs1 seeded 64-bit hash (hash partitioning, Citus)';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.gs1, RIGHTARG = @extschema@.gs1, PROCEDURE = @extschema@.gs1_eq, COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.gs1, RIGHTARG = @extschema@.gs1, PROCEDURE = @extschema@.gs1_ne, COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.gs1, RIGHTARG = @extschema@.gs1, PROCEDURE = @extschema@.gs1_lt, COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.gs1, RIGHTARG = @extschema@.gs1, PROCEDURE = @extschema@.gs1_le, COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.gs1, RIGHTARG = @extschema@.gs1, PROCEDURE = @extschema@.gs1_gt, COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.gs1, RIGHTARG = @extschema@.gs1, PROCEDURE = @extschema@.gs1_ge, COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.gs1_ops DEFAULT FOR TYPE @extschema@.gs1 USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.gs1_cmp(@extschema@.gs1, @extschema@.gs1);

CREATE OPERATOR CLASS @extschema@.gs1_hash_ops DEFAULT FOR TYPE @extschema@.gs1 USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.gs1_hash(@extschema@.gs1),
	FUNCTION 2 @extschema@.gs1_hash_extended(@extschema@.gs1, bigint);

-- casts: text in any form in, canonical text out
CREATE CAST (text AS @extschema@.gs1) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.gs1 AS text) WITH INOUT AS ASSIGNMENT;

-- validation without raising
CREATE FUNCTION @extschema@.gs1_is_valid(text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_gs1_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_error(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_error' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gs1_is_valid(text) IS 'true when the text is a valid GS1 element string in any supported form; never raises';
COMMENT ON FUNCTION @extschema@.gs1_error(text) IS 'why the text is not a valid GS1 element string (the detail gs1 input would report: the AI and the rule), NULL when valid; never raises';

-- accessors
CREATE FUNCTION @extschema@.gs1_gtin(@extschema@.gs1) RETURNS @extschema@.gtin AS 'MODULE_PATHNAME', 'prov_gs1_gtin' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_serial(@extschema@.gs1) RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_lot(@extschema@.gs1) RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_lot' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- STABLE: the century of a YYMMDD date follows the GS1 sliding window,
-- which is relative to the current year
CREATE FUNCTION @extschema@.gs1_expiry(@extschema@.gs1) RETURNS date AS 'MODULE_PATHNAME', 'prov_gs1_expiry' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_get(@extschema@.gs1, ai text) RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_get' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_elements(@extschema@.gs1) RETURNS jsonb AS 'MODULE_PATHNAME', 'prov_gs1_elements' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_item(@extschema@.gs1) RETURNS @extschema@.gs1 AS 'MODULE_PATHNAME', 'prov_gs1_item' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gs1_gtin(@extschema@.gs1) IS 'the (01) GTIN, NULL when absent';
COMMENT ON FUNCTION @extschema@.gs1_serial(@extschema@.gs1) IS 'the (21) serial number, NULL when absent';
COMMENT ON FUNCTION @extschema@.gs1_lot(@extschema@.gs1) IS 'the (10) batch/lot, NULL when absent';
COMMENT ON FUNCTION @extschema@.gs1_expiry(@extschema@.gs1) IS 'the (17) expiry date (DD=00 is the last day of the month; century by the GS1 sliding window), NULL when absent';
COMMENT ON FUNCTION @extschema@.gs1_get(@extschema@.gs1, text) IS 'the value of an AI (''21'' or ''(21)''), NULL when absent; an undefined AI is an error';
COMMENT ON FUNCTION @extschema@.gs1_elements(@extschema@.gs1) IS 'all elements as a jsonb object {"AI": "value"}';
COMMENT ON FUNCTION @extschema@.gs1_item(@extschema@.gs1) IS 'the unit identity: the primary key and its serial qualifier (e.g. (01)+(21)), dropping batch, dates, crypto tails and other attributes; NULL when there is no key';

-- other forms
CREATE FUNCTION @extschema@.gs1_digital_link(@extschema@.gs1, stem text DEFAULT 'https://id.gs1.org') RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_digital_link' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_epc_urn(@extschema@.gs1, company_prefix_length integer) RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_epc_urn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gs1_scan_data(@extschema@.gs1) RETURNS text AS 'MODULE_PATHNAME', 'prov_gs1_scan_data' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gs1_digital_link(@extschema@.gs1, text) IS 'GS1 Digital Link URI under the given stem: primary key and qualifiers in the path, data attributes in the query string';
COMMENT ON FUNCTION @extschema@.gs1_epc_urn(@extschema@.gs1, integer) IS 'EPC pure identity SGTIN URN of (01)+(21), given the length of the GS1 Company Prefix (6-12)';
COMMENT ON FUNCTION @extschema@.gs1_scan_data(@extschema@.gs1) IS 'the element string as scanner data: ]d2 symbology identifier, GS (ASCII 29) after each variable-length value that is not last';
