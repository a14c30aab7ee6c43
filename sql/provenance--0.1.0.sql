/* provenance--0.1.0.sql: GS1 identifier types gtin and gs1 */

\echo Use "CREATE EXTENSION provenance" to load this file. \quit

-- Everyone may use the types and functions; the extension's tables grant
-- their own privileges.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- ---------------------------------------------------------------------
-- gtin: Global Trade Item Number (src/gtin.c, parser in src/gtin_parse.c)
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.gtin;

CREATE FUNCTION @extschema@.gtin_in(cstring) RETURNS @extschema@.gtin AS 'MODULE_PATHNAME', 'gtin_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gtin_out(@extschema@.gtin) RETURNS cstring AS 'MODULE_PATHNAME', 'gtin_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gtin_recv(internal) RETURNS @extschema@.gtin AS 'MODULE_PATHNAME', 'gtin_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gtin_send(@extschema@.gtin) RETURNS bytea AS 'MODULE_PATHNAME', 'gtin_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- LIKE int8: 8 bytes, double alignment, plain storage, passed by value
-- wherever the server passes int8 by value (every 64-bit platform)
CREATE TYPE @extschema@.gtin (
	INPUT = @extschema@.gtin_in,
	OUTPUT = @extschema@.gtin_out,
	RECEIVE = @extschema@.gtin_recv,
	SEND = @extschema@.gtin_send,
	LIKE = pg_catalog.int8
);
COMMENT ON TYPE @extschema@.gtin IS 'GS1 Global Trade Item Number: accepts GTIN-8, -12, -13 or -14 (check digit verified), stores and prints the 14-digit GTIN-14 form';

COMMENT ON FUNCTION @extschema@.gtin_in(cstring) IS 'gtin text input: 8, 12, 13 or 14 digits with a valid check digit, surrounding whitespace ignored';
COMMENT ON FUNCTION @extschema@.gtin_out(@extschema@.gtin) IS 'gtin text output: always the 14 digits of the GTIN-14 form';
COMMENT ON FUNCTION @extschema@.gtin_recv(internal) IS 'gtin binary input: the GTIN-14 as a big-endian int8, range and check digit verified';
COMMENT ON FUNCTION @extschema@.gtin_send(@extschema@.gtin) IS 'gtin binary output: the GTIN-14 as a big-endian int8';

-- comparison and hashing (integer order of the GTIN-14 numbers)
CREATE FUNCTION @extschema@.gtin_eq(@extschema@.gtin, @extschema@.gtin) RETURNS boolean AS 'MODULE_PATHNAME', 'gtin_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_ne(@extschema@.gtin, @extschema@.gtin) RETURNS boolean AS 'MODULE_PATHNAME', 'gtin_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_lt(@extschema@.gtin, @extschema@.gtin) RETURNS boolean AS 'MODULE_PATHNAME', 'gtin_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_le(@extschema@.gtin, @extschema@.gtin) RETURNS boolean AS 'MODULE_PATHNAME', 'gtin_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_gt(@extschema@.gtin, @extschema@.gtin) RETURNS boolean AS 'MODULE_PATHNAME', 'gtin_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_ge(@extschema@.gtin, @extschema@.gtin) RETURNS boolean AS 'MODULE_PATHNAME', 'gtin_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_cmp(@extschema@.gtin, @extschema@.gtin) RETURNS integer AS 'MODULE_PATHNAME', 'gtin_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_sortsupport(internal) RETURNS void AS 'MODULE_PATHNAME', 'gtin_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_hash(@extschema@.gtin) RETURNS integer AS 'MODULE_PATHNAME', 'gtin_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_hash_extended(@extschema@.gtin, bigint) RETURNS bigint AS 'MODULE_PATHNAME', 'gtin_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gtin_eq(@extschema@.gtin, @extschema@.gtin) IS 'gtin equality (same GTIN-14)';
COMMENT ON FUNCTION @extschema@.gtin_ne(@extschema@.gtin, @extschema@.gtin) IS 'gtin inequality';
COMMENT ON FUNCTION @extschema@.gtin_lt(@extschema@.gtin, @extschema@.gtin) IS 'gtin less than (GTIN-14 order)';
COMMENT ON FUNCTION @extschema@.gtin_le(@extschema@.gtin, @extschema@.gtin) IS 'gtin less than or equal';
COMMENT ON FUNCTION @extschema@.gtin_gt(@extschema@.gtin, @extschema@.gtin) IS 'gtin greater than';
COMMENT ON FUNCTION @extschema@.gtin_ge(@extschema@.gtin, @extschema@.gtin) IS 'gtin greater than or equal';
COMMENT ON FUNCTION @extschema@.gtin_cmp(@extschema@.gtin, @extschema@.gtin) IS 'gtin btree comparison';
COMMENT ON FUNCTION @extschema@.gtin_sortsupport(internal) IS 'gtin btree sort support';
COMMENT ON FUNCTION @extschema@.gtin_hash(@extschema@.gtin) IS 'gtin hash (equal to the hash of the same number as bigint)';
COMMENT ON FUNCTION @extschema@.gtin_hash_extended(@extschema@.gtin, bigint) IS 'gtin seeded 64-bit hash (hash partitioning, Citus); platform-independent';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.gtin, RIGHTARG = @extschema@.gtin, PROCEDURE = @extschema@.gtin_eq, COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.gtin, RIGHTARG = @extschema@.gtin, PROCEDURE = @extschema@.gtin_ne, COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=), RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.gtin, RIGHTARG = @extschema@.gtin, PROCEDURE = @extschema@.gtin_lt, COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.gtin, RIGHTARG = @extschema@.gtin, PROCEDURE = @extschema@.gtin_le, COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>), RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.gtin, RIGHTARG = @extschema@.gtin, PROCEDURE = @extschema@.gtin_gt, COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.gtin, RIGHTARG = @extschema@.gtin, PROCEDURE = @extschema@.gtin_ge, COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<), RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.gtin_ops DEFAULT FOR TYPE @extschema@.gtin USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.gtin_cmp(@extschema@.gtin, @extschema@.gtin),
	FUNCTION 2 @extschema@.gtin_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.gtin_hash_ops DEFAULT FOR TYPE @extschema@.gtin USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.gtin_hash(@extschema@.gtin),
	FUNCTION 2 @extschema@.gtin_hash_extended(@extschema@.gtin, bigint);

-- min and max, so that they can use a btree index
CREATE FUNCTION @extschema@.gtin_larger(@extschema@.gtin, @extschema@.gtin) RETURNS @extschema@.gtin AS 'MODULE_PATHNAME', 'gtin_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.gtin_smaller(@extschema@.gtin, @extschema@.gtin) RETURNS @extschema@.gtin AS 'MODULE_PATHNAME', 'gtin_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gtin_larger(@extschema@.gtin, @extschema@.gtin) IS 'the larger of two gtins (GTIN-14 order); max(gtin) support';
COMMENT ON FUNCTION @extschema@.gtin_smaller(@extschema@.gtin, @extschema@.gtin) IS 'the smaller of two gtins (GTIN-14 order); min(gtin) support';
CREATE AGGREGATE @extschema@.max(@extschema@.gtin) (SFUNC = @extschema@.gtin_larger, STYPE = @extschema@.gtin, COMBINEFUNC = @extschema@.gtin_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.min(@extschema@.gtin) (SFUNC = @extschema@.gtin_smaller, STYPE = @extschema@.gtin, COMBINEFUNC = @extschema@.gtin_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.gtin) IS 'largest gtin (GTIN-14 order)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.gtin) IS 'smallest gtin (GTIN-14 order)';

-- casts: text in (parsed) and out (GTIN-14); bigint in (validated) and out
-- (the same 8 bytes, so binary-coercible).  bigint -> gtin is explicit: a
-- number is not an identifier unless someone says so.
CREATE FUNCTION @extschema@.gtin_from_bigint(bigint) RETURNS @extschema@.gtin AS 'MODULE_PATHNAME', 'prov_gtin_from_bigint' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gtin_from_bigint(bigint) IS 'the gtin whose GTIN-14 form is this number (0 to 99999999999999, valid check digit); implements the bigint to gtin cast';
CREATE CAST (text AS @extschema@.gtin) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.gtin AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (bigint AS @extschema@.gtin) WITH FUNCTION @extschema@.gtin_from_bigint(bigint);
CREATE CAST (@extschema@.gtin AS bigint) WITHOUT FUNCTION AS ASSIGNMENT;

-- validation without raising
CREATE FUNCTION @extschema@.gtin_is_valid(text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_gtin_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gtin_error(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_gtin_error' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gtin_is_valid(text) IS 'true when gtin input would accept the text; never raises';
COMMENT ON FUNCTION @extschema@.gtin_error(text) IS 'why gtin input would reject the text: the errdetail sentence of its error (e.g. "The check digit is 1; it should be 0."; the errmsg is always invalid input syntax for type gtin), NULL when valid; never raises';

-- forms and prefixes
CREATE FUNCTION @extschema@.gtin_format(@extschema@.gtin, digits integer) RETURNS text AS 'MODULE_PATHNAME', 'prov_gtin_format' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gtin_gs1_prefix(@extschema@.gtin) RETURNS text AS 'MODULE_PATHNAME', 'prov_gtin_gs1_prefix' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gtin_has_company_prefix(@extschema@.gtin, prefix text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_gtin_has_company_prefix' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gtin_format(@extschema@.gtin, integer) IS 'the GTIN-8, -12, -13 or -14 form; a shorter form only when the GTIN-14 starts with 6, 2 or 1 zeros, else an error';
COMMENT ON FUNCTION @extschema@.gtin_gs1_prefix(@extschema@.gtin) IS 'the 3-digit GS1 Prefix: the first three digits of the GTIN-13 form after dropping the indicator digit (GTIN-14 digits 2-4); for a GTIN-8 (GTIN-13 form 00000 + GTIN-8) the GS1-8 Prefix, the first three digits of the GTIN-8';
COMMENT ON FUNCTION @extschema@.gtin_has_company_prefix(@extschema@.gtin, text) IS 'true when the GTIN-13 form (GTIN-14 digits 2-14, whatever the indicator digit) starts with this GS1 Company Prefix of 4 to 12 digits';

-- ---------------------------------------------------------------------
-- gs1_prefix: GS1 Prefix ranges -> issuing GS1 Member Organisation
-- ---------------------------------------------------------------------
-- Reference data owned and updated by the extension (a new list ships as
-- an upgrade script), not user configuration: it is deliberately not
-- registered with pg_extension_config_dump, so pg_dump recreates it from
-- the extension, and local edits are not kept across dump and restore.
-- Everyone may read it: gtin_issuer runs with the caller's privileges.

CREATE TABLE @extschema@.gs1_prefix (
	prefix_from smallint NOT NULL CHECK (prefix_from BETWEEN 0 AND 999),
	prefix_to smallint NOT NULL CHECK (prefix_to BETWEEN 0 AND 999),
	gs1_8 boolean NOT NULL DEFAULT false,
	organisation text NOT NULL,
	country char(2) CHECK (country ~ '^[A-Z]{2}$'),
	PRIMARY KEY (gs1_8, prefix_from),
	CHECK (prefix_from <= prefix_to)
);
COMMENT ON TABLE @extschema@.gs1_prefix IS 'GS1 Prefix ranges and the GS1 Member Organisation (or special use) each is allocated to, after the GS1 Company Prefix list (gs1.org/standards/id-keys/company-prefix) and the GS1 General Specifications (GS1-8 Prefixes). The organisation issued the company prefix; it says nothing about the country of origin of the goods.';
COMMENT ON COLUMN @extschema@.gs1_prefix.prefix_from IS 'first three-digit prefix of the range, as a number (0 = 000)';
COMMENT ON COLUMN @extschema@.gs1_prefix.prefix_to IS 'last three-digit prefix of the range, inclusive';
COMMENT ON COLUMN @extschema@.gs1_prefix.gs1_8 IS 'true: a GS1-8 Prefix range (first three digits of a GTIN-8) whose use differs from the GS1 Prefix of the same digits; a GTIN-8 prefix without such a row is read from the GS1 Prefix rows';
COMMENT ON COLUMN @extschema@.gs1_prefix.organisation IS 'the GS1 Member Organisation that allocates company prefixes in the range, or the special use of the range';
COMMENT ON COLUMN @extschema@.gs1_prefix.country IS 'ISO 3166-1 alpha-2 code of the country or territory the member organisation serves (its seat for multi-country organisations); NULL for special ranges. Not the country of origin of the goods.';
GRANT SELECT ON @extschema@.gs1_prefix TO PUBLIC;

INSERT INTO @extschema@.gs1_prefix (prefix_from, prefix_to, gs1_8, organisation, country) VALUES
	(0, 19, false, 'GS1 US', 'US'),
	(20, 29, false, 'Restricted circulation numbers within a geographic region (MO defined)', NULL),
	(30, 39, false, 'GS1 US', 'US'),
	(40, 49, false, 'Restricted circulation numbers within a company', NULL),
	(50, 59, false, 'GS1 US (reserved for future use)', 'US'),
	(60, 139, false, 'GS1 US', 'US'),
	(200, 299, false, 'Restricted circulation numbers within a geographic region (MO defined)', NULL),
	(300, 379, false, 'GS1 France', 'FR'),
	(380, 380, false, 'GS1 Bulgaria', 'BG'),
	(383, 383, false, 'GS1 Slovenija', 'SI'),
	(385, 385, false, 'GS1 Croatia', 'HR'),
	(387, 387, false, 'GS1 BIH (Bosnia-Herzegovina)', 'BA'),
	(389, 389, false, 'GS1 Montenegro', 'ME'),
	(400, 440, false, 'GS1 Germany', 'DE'),
	(450, 459, false, 'GS1 Japan', 'JP'),
	(460, 469, false, 'GS1 Russia', 'RU'),
	(470, 470, false, 'GS1 Kyrgyzstan', 'KG'),
	(471, 471, false, 'GS1 Chinese Taipei', 'TW'),
	(474, 474, false, 'GS1 Estonia', 'EE'),
	(475, 475, false, 'GS1 Latvia', 'LV'),
	(476, 476, false, 'GS1 Azerbaijan', 'AZ'),
	(477, 477, false, 'GS1 Lithuania', 'LT'),
	(478, 478, false, 'GS1 Uzbekistan', 'UZ'),
	(479, 479, false, 'GS1 Sri Lanka', 'LK'),
	(480, 480, false, 'GS1 Philippines', 'PH'),
	(481, 481, false, 'GS1 Belarus', 'BY'),
	(482, 482, false, 'GS1 Ukraine', 'UA'),
	(483, 483, false, 'GS1 Turkmenistan', 'TM'),
	(484, 484, false, 'GS1 Moldova', 'MD'),
	(485, 485, false, 'GS1 Armenia', 'AM'),
	(486, 486, false, 'GS1 Georgia', 'GE'),
	(487, 487, false, 'GS1 Kazakhstan', 'KZ'),
	(488, 488, false, 'GS1 Tajikistan', 'TJ'),
	(489, 489, false, 'GS1 Hong Kong, China', 'HK'),
	(490, 499, false, 'GS1 Japan', 'JP'),
	(500, 509, false, 'GS1 UK', 'GB'),
	(520, 521, false, 'GS1 Association Greece', 'GR'),
	(528, 528, false, 'GS1 Lebanon', 'LB'),
	(529, 529, false, 'GS1 Cyprus', 'CY'),
	(530, 530, false, 'GS1 Albania', 'AL'),
	(531, 531, false, 'GS1 North Macedonia', 'MK'),
	(535, 535, false, 'GS1 Malta', 'MT'),
	(539, 539, false, 'GS1 Ireland', 'IE'),
	(540, 549, false, 'GS1 Belgium & Luxembourg', 'BE'),
	(560, 560, false, 'GS1 Portugal', 'PT'),
	(569, 569, false, 'GS1 Iceland', 'IS'),
	(570, 579, false, 'GS1 Denmark', 'DK'),
	(590, 590, false, 'GS1 Poland', 'PL'),
	(594, 594, false, 'GS1 Romania', 'RO'),
	(599, 599, false, 'GS1 Hungary', 'HU'),
	(600, 601, false, 'GS1 South Africa', 'ZA'),
	(603, 603, false, 'GS1 Ghana', 'GH'),
	(604, 604, false, 'GS1 Senegal', 'SN'),
	(605, 605, false, 'GS1 Uganda', 'UG'),
	(606, 606, false, 'GS1 Angola', 'AO'),
	(607, 607, false, 'GS1 Oman', 'OM'),
	(608, 608, false, 'GS1 Bahrain', 'BH'),
	(609, 609, false, 'GS1 Mauritius', 'MU'),
	(610, 610, false, 'GS1 Global Office (held for a future member organisation)', NULL),
	(611, 611, false, 'GS1 Morocco', 'MA'),
	(613, 613, false, 'GS1 Algeria', 'DZ'),
	(614, 614, false, 'GS1 Global Office (held for a future member organisation)', NULL),
	(615, 615, false, 'GS1 Nigeria', 'NG'),
	(616, 616, false, 'GS1 Kenya', 'KE'),
	(617, 617, false, 'GS1 Cameroon', 'CM'),
	(618, 618, false, 'GS1 Côte d''Ivoire', 'CI'),
	(619, 619, false, 'GS1 Tunisia', 'TN'),
	(620, 620, false, 'GS1 Tanzania', 'TZ'),
	(621, 621, false, 'GS1 Syria', 'SY'),
	(622, 622, false, 'GS1 Egypt', 'EG'),
	(623, 623, false, 'GS1 Global Office (held for a future member organisation)', NULL),
	(624, 624, false, 'GS1 Libya', 'LY'),
	(625, 625, false, 'GS1 Jordan', 'JO'),
	(626, 626, false, 'GS1 Iran', 'IR'),
	(627, 627, false, 'GS1 Kuwait', 'KW'),
	(628, 628, false, 'GS1 Saudi Arabia', 'SA'),
	(629, 629, false, 'GS1 Emirates', 'AE'),
	(630, 630, false, 'GS1 Qatar', 'QA'),
	(631, 631, false, 'GS1 Namibia', 'NA'),
	(632, 632, false, 'GS1 Rwanda', 'RW'),
	(640, 649, false, 'GS1 Finland', 'FI'),
	(680, 681, false, 'GS1 China', 'CN'),
	(690, 699, false, 'GS1 China', 'CN'),
	(700, 709, false, 'GS1 Norway', 'NO'),
	(729, 729, false, 'GS1 Israel', 'IL'),
	(730, 739, false, 'GS1 Sweden', 'SE'),
	(740, 740, false, 'GS1 Guatemala', 'GT'),
	(741, 741, false, 'GS1 El Salvador', 'SV'),
	(742, 742, false, 'GS1 Honduras', 'HN'),
	(743, 743, false, 'GS1 Nicaragua', 'NI'),
	(744, 744, false, 'GS1 Costa Rica', 'CR'),
	(745, 745, false, 'GS1 Panama', 'PA'),
	(746, 746, false, 'GS1 Republica Dominicana', 'DO'),
	(750, 750, false, 'GS1 Mexico', 'MX'),
	(754, 755, false, 'GS1 Canada', 'CA'),
	(758, 758, false, 'GS1 Global Office (held for a future member organisation)', NULL),
	(759, 759, false, 'GS1 Venezuela', 'VE'),
	(760, 769, false, 'GS1 Switzerland', 'CH'),
	(770, 771, false, 'GS1 Colombia', 'CO'),
	(773, 773, false, 'GS1 Uruguay', 'UY'),
	(775, 775, false, 'GS1 Peru', 'PE'),
	(777, 777, false, 'GS1 Bolivia', 'BO'),
	(778, 779, false, 'GS1 Argentina', 'AR'),
	(780, 780, false, 'GS1 Chile', 'CL'),
	(784, 784, false, 'GS1 Paraguay', 'PY'),
	(786, 786, false, 'GS1 Ecuador', 'EC'),
	(789, 790, false, 'GS1 Brasil', 'BR'),
	(800, 839, false, 'GS1 Italy', 'IT'),
	(840, 849, false, 'GS1 Spain', 'ES'),
	(850, 850, false, 'GS1 Cuba', 'CU'),
	(858, 858, false, 'GS1 Slovakia', 'SK'),
	(859, 859, false, 'GS1 Czech', 'CZ'),
	(860, 860, false, 'GS1 Serbia', 'RS'),
	(865, 865, false, 'GS1 Mongolia', 'MN'),
	(867, 867, false, 'GS1 North Korea', 'KP'),
	(868, 869, false, 'GS1 Türkiye', 'TR'),
	(870, 879, false, 'GS1 Netherlands', 'NL'),
	(880, 881, false, 'GS1 South Korea', 'KR'),
	(883, 883, false, 'GS1 Myanmar', 'MM'),
	(884, 884, false, 'GS1 Cambodia', 'KH'),
	(885, 885, false, 'GS1 Thailand', 'TH'),
	(888, 888, false, 'GS1 Singapore', 'SG'),
	(890, 890, false, 'GS1 India', 'IN'),
	(893, 893, false, 'GS1 Vietnam', 'VN'),
	(894, 894, false, 'GS1 Global Office (held for a future member organisation)', NULL),
	(896, 896, false, 'GS1 Pakistan', 'PK'),
	(899, 899, false, 'GS1 Indonesia', 'ID'),
	(900, 919, false, 'GS1 Austria', 'AT'),
	(930, 939, false, 'GS1 Australia', 'AU'),
	(940, 949, false, 'GS1 New Zealand', 'NZ'),
	(950, 950, false, 'GS1 Global Office', NULL),
	(951, 951, false, 'GS1 Global Office (EPC General Manager Numbers)', NULL),
	(952, 952, false, 'Demonstrations and examples of the GS1 system', NULL),
	(955, 955, false, 'GS1 Malaysia', 'MY'),
	(958, 958, false, 'GS1 Macao, China', 'MO'),
	(960, 969, false, 'GS1 Global Office (GTIN-8 allocations)', NULL),
	(977, 977, false, 'Serial publications (ISSN)', NULL),
	(978, 979, false, 'Bookland (ISBN)', NULL),
	(980, 980, false, 'Refund receipts', NULL),
	(981, 984, false, 'GS1 coupon identification for common currency areas', NULL),
	(990, 999, false, 'GS1 coupon identification', NULL),
	-- GS1-8 Prefixes that differ from the GS1 Prefix of the same digits
	(0, 99, true, 'Restricted circulation numbers within a company (GTIN-8)', NULL),
	(200, 299, true, 'Restricted circulation numbers within a company (GTIN-8)', NULL),
	(977, 999, true, 'Reserved for future use (GS1-8 Prefix)', NULL);

-- STABLE, not IMMUTABLE: the answer depends on the rows of gs1_prefix,
-- which an extension upgrade may change.  Every name is schema-qualified
-- and search_path is pinned, so no caller's search_path can redirect it.
-- gtin8 repeats gtin_is_gtin8_based (gtin_parse.c): the GTIN-13 form
-- without the indicator digit (the number mod 10^13) starts with 5 zeros.
CREATE FUNCTION @extschema@.gtin_issuer(@extschema@.gtin) RETURNS text LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$ SELECT p.organisation FROM @extschema@.gs1_prefix AS p, (SELECT CAST(@extschema@.gtin_gs1_prefix($1) AS pg_catalog.int4) AS prefix, (CAST($1 AS pg_catalog.int8) OPERATOR(pg_catalog.%) 10000000000000) OPERATOR(pg_catalog.<) 100000000 AS gtin8) AS g WHERE g.prefix OPERATOR(pg_catalog.>=) p.prefix_from AND g.prefix OPERATOR(pg_catalog.<=) p.prefix_to AND (g.gtin8 OR NOT p.gs1_8) ORDER BY p.gs1_8 DESC LIMIT 1 $$;
COMMENT ON FUNCTION @extschema@.gtin_issuer(@extschema@.gtin) IS 'the GS1 Member Organisation (or special use) of the GTIN''s GS1 Prefix, from provenance.gs1_prefix (GS1-8 rules for GTIN-8s); NULL for unallocated prefixes. The issuer of the company prefix, not the country of origin of the goods.';

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
