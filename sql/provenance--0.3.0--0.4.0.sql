/* provenance--0.3.0--0.4.0.sql: RFC 9162 Merkle trees for a tamper-evident log (leaf and node hashes, merkle_root aggregate, inclusion and consistency proofs and their verification) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION provenance UPDATE TO '0.4.0'" to load this file. \quit

-- ----------------------------------------------------------------------
-- Merkle trees (src/merkle.c; hashing and proofs in src/merkle_hash.c)
-- RFC 9162 section 2.1 with SHA-256; leaf indexes count from 0
-- ----------------------------------------------------------------------

CREATE FUNCTION @extschema@.merkle_leaf_hash(leaf bytea) RETURNS bytea AS 'MODULE_PATHNAME', 'prov_merkle_leaf_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.merkle_node_hash(left_hash bytea, right_hash bytea) RETURNS bytea AS 'MODULE_PATHNAME', 'prov_merkle_node_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.merkle_leaf_hash(bytea) IS 'RFC 9162 leaf hash: SHA-256(0x00 || leaf)';
COMMENT ON FUNCTION @extschema@.merkle_node_hash(bytea, bytea) IS 'RFC 9162 node hash: SHA-256(0x01 || left || right) of two 32-byte hashes';

-- merkle_root aggregate: the state is a stack of subtree roots (about 2 kB,
-- O(log n)); no combine function, because the root depends on the order of
-- the leaves and partial states over arbitrary blocks cannot be joined.
-- PARALLEL SAFE says only that it may run inside a parallel worker.
CREATE FUNCTION @extschema@.merkle_root_accum(internal, bytea) RETURNS internal AS 'MODULE_PATHNAME', 'prov_merkle_root_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.merkle_root_final(internal) RETURNS bytea AS 'MODULE_PATHNAME', 'prov_merkle_root_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.merkle_root(bytea) (SFUNC = @extschema@.merkle_root_accum, STYPE = internal, SSPACE = 2064, FINALFUNC = @extschema@.merkle_root_final, PARALLEL = SAFE);

COMMENT ON FUNCTION @extschema@.merkle_root_accum(internal, bytea) IS 'merkle_root transition function: appends the leaf (null leaves are an error)';
COMMENT ON FUNCTION @extschema@.merkle_root_final(internal) IS 'merkle_root final function: the Merkle Tree Hash of the leaves so far';
COMMENT ON AGGREGATE @extschema@.merkle_root(bytea) IS 'RFC 9162 Merkle Tree Hash of the leaves in aggregate order (use ORDER BY); no rows: SHA-256 of the empty string; a null leaf is an error';

-- proofs over a leaf array
CREATE FUNCTION @extschema@.merkle_inclusion_proof(leaves bytea[], index bigint) RETURNS bytea[] AS 'MODULE_PATHNAME', 'prov_merkle_inclusion_proof' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.merkle_consistency_proof(leaves bytea[], old_size bigint) RETURNS bytea[] AS 'MODULE_PATHNAME', 'prov_merkle_consistency_proof' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.merkle_inclusion_proof(bytea[], bigint) IS 'RFC 9162 inclusion proof PATH(index, D[n]) of leaf index (from 0) in the tree of the leaves, nearest the leaf first';
COMMENT ON FUNCTION @extschema@.merkle_consistency_proof(bytea[], bigint) IS 'RFC 9162 consistency proof PROOF(old_size, D[n]) that the tree of the first old_size leaves is a prefix of the tree of all of them (empty for old_size 0 or n)';

-- verification: false for anything that does not verify, never an error
CREATE FUNCTION @extschema@.merkle_verify_inclusion(leaf bytea, index bigint, tree_size bigint, proof bytea[], root bytea) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_merkle_verify_inclusion' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.merkle_verify_consistency(old_size bigint, new_size bigint, old_root bytea, new_root bytea, proof bytea[]) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_merkle_verify_consistency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.merkle_verify_inclusion(bytea, bigint, bigint, bytea[], bytea) IS 'RFC 9162 inclusion proof verification: is the raw leaf (hashed here) leaf index of the tree of tree_size leaves with this root? false for any wrong input';
COMMENT ON FUNCTION @extschema@.merkle_verify_consistency(bigint, bigint, bytea, bytea, bytea[]) IS 'RFC 9162 consistency proof verification: is the tree of old_size leaves with old_root a prefix of the tree of new_size leaves with new_root? false for any wrong input';
