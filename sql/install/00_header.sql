/* provenance--0.1.0.sql: GS1 identifier types gtin and gs1 */

\echo Use "CREATE EXTENSION provenance" to load this file. \quit

-- Everyone may use the types and functions; the extension's tables grant
-- their own privileges.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
