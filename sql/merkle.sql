-- merkle: RFC 9162 Merkle trees for a tamper-evident log (issue 6, section 3)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = provenance, public;
\set SHOW_CONTEXT never

-- hashes, checked against PostgreSQL's own sha256()
SELECT merkle_leaf_hash('') = sha256('\x00'::bytea) AS empty_leaf,
       merkle_leaf_hash('\x0102') = sha256('\x000102'::bytea) AS leaf,
       merkle_node_hash(sha256('a'), sha256('b')) = sha256('\x01'::bytea || sha256('a') || sha256('b')) AS node,
       merkle_node_hash(sha256('a'), sha256('b')) <> merkle_node_hash(sha256('b'), sha256('a')) AS node_is_ordered;
SELECT merkle_leaf_hash('\x606162636465666768696a6b6c6d6e6f');

-- ----------------------------------------------------------------------
-- Certificate Transparency test vectors.  The values below were written
-- from the test data of Google's transparency-dev/merkle repository (the
-- Go successor of the CT reference implementation's Merkle tree tests):
--   testonly/constants.go (commit 582a6ad190b6848f1d26f8bf08ddef29955d9db1):
--     LeafInputs() (the 8 leaves), NodeHashes() (every complete subtree:
--     level 0 = the leaf hashes), RootHashes() (sizes 0 to 8) and
--     EmptyRootHash();
--   proof/verify_test.go (commit 02194e9afb6c1d95b5381350007963aa70fff472):
--     inclusionProofs (there {leaf, size, proof} with leaf counted from 1;
--     here index = leaf - 1) and consistencyProofs ({size1, size2, proof}).
-- ----------------------------------------------------------------------
CREATE TEMP TABLE ct_leaf (i bigint PRIMARY KEY, leaf bytea NOT NULL);
INSERT INTO ct_leaf VALUES
  (0, '\x'), (1, '\x00'), (2, '\x10'), (3, '\x2021'), (4, '\x3031'),
  (5, '\x40414243'), (6, '\x5051525354555657'),
  (7, '\x606162636465666768696a6b6c6d6e6f');
-- NodeHashes(): (level, position, hash)
CREATE TEMP TABLE ct_node (level int, pos int, hash bytea, PRIMARY KEY (level, pos));
INSERT INTO ct_node VALUES
  (0, 0, '\x6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'),
  (0, 1, '\x96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7'),
  (0, 2, '\x0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7'),
  (0, 3, '\x07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7'),
  (0, 4, '\xbc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'),
  (0, 5, '\x4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658'),
  (0, 6, '\xb08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f'),
  (0, 7, '\x46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1'),
  (1, 0, '\xfac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'),
  (1, 1, '\x5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e'),
  (1, 2, '\x0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a'),
  (1, 3, '\xca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0'),
  (2, 0, '\xd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'),
  (2, 1, '\x6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'),
  (3, 0, '\x5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
-- RootHashes(): (tree size, root)
CREATE TEMP TABLE ct_root (size bigint PRIMARY KEY, root bytea NOT NULL);
INSERT INTO ct_root VALUES
  (0, '\xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
  (1, '\x6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'),
  (2, '\xfac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'),
  (3, '\xaeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77'),
  (4, '\xd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'),
  (5, '\x4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4'),
  (6, '\x76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef'),
  (7, '\xddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c'),
  (8, '\x5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
-- inclusionProofs: (index, size, proof)
CREATE TEMP TABLE ct_inclusion (idx bigint, size bigint, proof bytea[]);
INSERT INTO ct_inclusion VALUES
  (0, 1, '{}'),
  (0, 8, ARRAY['\x96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
               '\x5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
               '\x6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']::bytea[]),
  (5, 8, ARRAY['\xbc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
               '\xca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
               '\xd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']::bytea[]),
  (2, 3, ARRAY['\xfac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']::bytea[]),
  (1, 5, ARRAY['\x6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
               '\x5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
               '\xbc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']::bytea[]);
-- consistencyProofs: (size1, size2, proof)
CREATE TEMP TABLE ct_consistency (size1 bigint, size2 bigint, proof bytea[]);
INSERT INTO ct_consistency VALUES
  (1, 1, '{}'),
  (1, 8, ARRAY['\x96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
               '\x5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
               '\x6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']::bytea[]),
  (6, 8, ARRAY['\x0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
               '\xca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
               '\xd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']::bytea[]),
  (2, 5, ARRAY['\x5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
               '\xbc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']::bytea[]),
  (6, 7, ARRAY['\x0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
               '\xb08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
               '\xd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']::bytea[]);

-- leaf hashes are level 0 of NodeHashes()
SELECT l.i, merkle_leaf_hash(l.leaf) = n.hash AS leaf_hash_ok
  FROM ct_leaf l JOIN ct_node n ON n.level = 0 AND n.pos = l.i ORDER BY l.i;
-- each higher node is the node hash of its two children
SELECT p.level, p.pos, merkle_node_hash(l.hash, r.hash) = p.hash AS node_hash_ok
  FROM ct_node p
  JOIN ct_node l ON l.level = p.level - 1 AND l.pos = 2 * p.pos
  JOIN ct_node r ON r.level = p.level - 1 AND r.pos = 2 * p.pos + 1
 ORDER BY p.level, p.pos;
-- roots of the trees of the first 0 to 8 leaves (aggregate)
SELECT r.size, (SELECT merkle_root(l.leaf ORDER BY l.i) FROM ct_leaf l WHERE l.i < r.size) = r.root AS root_ok
  FROM ct_root r ORDER BY r.size;
-- the same as a running aggregate (window): the final function may run many times
SELECT l.i + 1 AS size, merkle_root(l.leaf) OVER (ORDER BY l.i) = r.root AS running_root_ok
  FROM ct_leaf l JOIN ct_root r ON r.size = l.i + 1 ORDER BY l.i;
-- the order of the leaves matters
SELECT merkle_root(leaf ORDER BY i DESC) = (SELECT root FROM ct_root WHERE size = 8) AS reversed_is_same FROM ct_leaf;
-- no rows: MTH({}) = SHA-256 of the empty string
SELECT merkle_root(leaf) FROM ct_leaf WHERE false;

-- published inclusion proofs: generated identically, and they verify
SELECT v.idx, v.size,
       merkle_inclusion_proof((SELECT array_agg(leaf ORDER BY i) FROM ct_leaf WHERE i < v.size), v.idx) = v.proof AS proof_ok,
       merkle_verify_inclusion((SELECT leaf FROM ct_leaf WHERE i = v.idx), v.idx, v.size, v.proof,
                               (SELECT root FROM ct_root WHERE size = v.size)) AS verifies
  FROM ct_inclusion v ORDER BY v.size, v.idx;
SELECT merkle_inclusion_proof((SELECT array_agg(leaf ORDER BY i) FROM ct_leaf), 5);
-- published consistency proofs: generated identically, and they verify
SELECT v.size1, v.size2,
       merkle_consistency_proof((SELECT array_agg(leaf ORDER BY i) FROM ct_leaf WHERE i < v.size2), v.size1) = v.proof AS proof_ok,
       merkle_verify_consistency(v.size1, v.size2,
                                 (SELECT root FROM ct_root WHERE size = v.size1),
                                 (SELECT root FROM ct_root WHERE size = v.size2), v.proof) AS verifies
  FROM ct_consistency v ORDER BY v.size1, v.size2;
SELECT merkle_consistency_proof((SELECT array_agg(leaf ORDER BY i) FROM ct_leaf), 6);

-- the corruptions of the published proofs that verify_test.go tries
-- (corruptInclusionProof, corruptConsistencyProof), all refused
CREATE TEMP TABLE some_hash AS SELECT '\xabacaba000000000000000000000000000000000000000000060061e00123456'::bytea AS h;
SELECT v.idx, v.size, c.probe, merkle_verify_inclusion(c.leaf, c.idx, c.size, c.proof, c.root) AS verifies
  FROM ct_inclusion v
  CROSS JOIN LATERAL (SELECT leaf FROM ct_leaf WHERE i = v.idx) l
  CROSS JOIN LATERAL (SELECT root FROM ct_root WHERE size = v.size) r
  CROSS JOIN LATERAL (VALUES
    ('index - 1', l.leaf, v.idx - 1, v.size, v.proof, r.root),
    ('index + 1', l.leaf, v.idx + 1, v.size, v.proof, r.root),
    ('index # 2', l.leaf, v.idx # 2, v.size, v.proof, r.root),
    ('size * 2', l.leaf, v.idx, v.size * 2, v.proof, r.root),
    ('size / 2', l.leaf, v.idx, v.size / 2, v.proof, r.root),
    ('wrong leaf', 'WrongLeaf'::bytea, v.idx, v.size, v.proof, r.root),
    ('empty root', l.leaf, v.idx, v.size, v.proof, (SELECT root FROM ct_root WHERE size = 0)),
    ('random root', l.leaf, v.idx, v.size, v.proof, (SELECT h FROM some_hash)),
    ('trailing garbage', l.leaf, v.idx, v.size, v.proof || '\x'::bytea, r.root),
    ('trailing root', l.leaf, v.idx, v.size, v.proof || r.root, r.root),
    ('preceding garbage', l.leaf, v.idx, v.size, '\x'::bytea || v.proof, r.root),
    ('preceding root', l.leaf, v.idx, v.size, r.root || v.proof, r.root),
    ('removed component', l.leaf, v.idx, v.size, v.proof[1:cardinality(v.proof) - 1], r.root),
    ('inserted component', l.leaf, v.idx, v.size, v.proof[1:1] || (SELECT h FROM some_hash) || v.proof[2:], r.root)
  ) c(probe, leaf, idx, size, proof, root)
 WHERE cardinality(v.proof) > 0
   AND merkle_verify_inclusion(c.leaf, c.idx, c.size, c.proof, c.root)
 ORDER BY 1, 2, 3;
SELECT v.size1, v.size2, c.probe
  FROM ct_consistency v
  CROSS JOIN LATERAL (SELECT root FROM ct_root WHERE size = v.size1) r1
  CROSS JOIN LATERAL (SELECT root FROM ct_root WHERE size = v.size2) r2
  CROSS JOIN LATERAL (VALUES
    ('size1 - 1', v.size1 - 1, v.size2, r1.root, r2.root, v.proof),
    ('size1 + 1', v.size1 + 1, v.size2, r1.root, r2.root, v.proof),
    ('size1 # 2', v.size1 # 2, v.size2, r1.root, r2.root, v.proof),
    ('size2 * 2', v.size1, v.size2 * 2, r1.root, r2.root, v.proof),
    ('size2 / 2', v.size1, v.size2 / 2, r1.root, r2.root, v.proof),
    ('wrong root1', v.size1, v.size2, 'WrongRoot'::bytea, r2.root, v.proof),
    ('wrong root2', v.size1, v.size2, r1.root, 'WrongRoot'::bytea, v.proof),
    ('swapped roots', v.size1, v.size2, r2.root, r1.root, v.proof),
    ('empty proof', v.size1, v.size2, r1.root, r2.root, '{}'::bytea[]),
    ('trailing garbage', v.size1, v.size2, r1.root, r2.root, v.proof || '\x'::bytea),
    ('trailing root1', v.size1, v.size2, r1.root, r2.root, v.proof || r1.root),
    ('trailing root2', v.size1, v.size2, r1.root, r2.root, v.proof || r2.root),
    ('preceding garbage', v.size1, v.size2, r1.root, r2.root, '\x'::bytea || v.proof),
    ('preceding root1', v.size1, v.size2, r1.root, r2.root, r1.root || v.proof),
    ('preceding root2', v.size1, v.size2, r1.root, r2.root, r2.root || v.proof),
    ('preceding proof[1]', v.size1, v.size2, r1.root, r2.root, v.proof[1] || v.proof),
    ('truncated proof', v.size1, v.size2, r1.root, r2.root, v.proof[1:cardinality(v.proof) - 1])
  ) c(probe, size1, size2, root1, root2, proof)
 WHERE cardinality(v.proof) > 0
   AND merkle_verify_consistency(c.size1, c.size2, c.root1, c.root2, c.proof)
 ORDER BY 1, 2, 3;

-- the trivial cases of verify_test.go's TestVerifyConsistency; here an
-- empty old tree must have the empty tree's root (stricter than there)
SELECT merkle_verify_consistency(0, 0, e.root, e.root, '{}') AS empty_empty,
       merkle_verify_consistency(0, 8, e.root, r8.root, '{}') AS empty_to_8,
       merkle_verify_consistency(0, 8, r8.root, r8.root, '{}') AS wrong_empty_root,
       merkle_verify_consistency(0, 8, e.root, r8.root, ARRAY[e.root]) AS empty_with_proof,
       merkle_verify_consistency(8, 8, r8.root, r8.root, '{}') AS same_tree,
       merkle_verify_consistency(8, 8, r8.root, e.root, '{}') AS same_size_other_root,
       merkle_verify_consistency(8, 8, r8.root, r8.root, ARRAY[r8.root]) AS same_tree_with_proof,
       merkle_verify_consistency(8, 7, r8.root, r8.root, '{}') AS shrinking,
       merkle_verify_consistency(1, 2, r8.root, r8.root, '{}') AS empty_proof
  FROM (SELECT root FROM ct_root WHERE size = 0) e, (SELECT root FROM ct_root WHERE size = 8) r8;

-- ----------------------------------------------------------------------
-- the aggregate's running stack against the recursive definition of MTH,
-- computed here with sha256() alone, for every tree of 0 to 300 leaves
-- ----------------------------------------------------------------------
CREATE FUNCTION pg_temp.naive_mth(leaves bytea[]) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  n int := coalesce(cardinality(leaves), 0);
  k int := 1;
BEGIN
  IF n = 0 THEN RETURN sha256(''::bytea); END IF;
  IF n = 1 THEN RETURN sha256('\x00'::bytea || leaves[1]); END IF;
  WHILE k * 2 < n LOOP k := k * 2; END LOOP;
  RETURN sha256('\x01'::bytea || pg_temp.naive_mth(leaves[1:k]) || pg_temp.naive_mth(leaves[k + 1:n]));
END $$;
SELECT setseed(0.6162);
CREATE TEMP TABLE rl (i bigint PRIMARY KEY, leaf bytea NOT NULL);
INSERT INTO rl SELECT g, decode(substr(md5(random()::text) || md5(random()::text), 1, 2 * (8 + (g % 24)::int)), 'hex')
  FROM generate_series(0, 299) g;
SELECT count(*) AS trees,
       count(*) FILTER (WHERE agg = naive) AS agg_equals_naive,
       count(*) FILTER (WHERE agg = running) AS running_equals_naive
  FROM (SELECT n.n,
               (SELECT merkle_root(leaf ORDER BY i) FROM rl WHERE i < n.n) AS agg,
               pg_temp.naive_mth(ARRAY(SELECT leaf FROM rl WHERE i < n.n ORDER BY i)) AS naive,
               coalesce(w.running, sha256(''::bytea)) AS running
          FROM generate_series(0, 300) n
          LEFT JOIN (SELECT i + 1 AS n, merkle_root(leaf) OVER (ORDER BY i) AS running FROM rl) w ON w.n = n.n) t;

-- ----------------------------------------------------------------------
-- property test over random trees: the trees are the prefixes of 128
-- random leaves (8 to 31 bytes each)
-- ----------------------------------------------------------------------
-- b with bit k (mod its length in bits) flipped
CREATE FUNCTION pg_temp.flip(b bytea, k int) RETURNS bytea LANGUAGE sql IMMUTABLE AS
  $$ SELECT set_bit(b, k % (8 * length(b)), 1 - get_bit(b, k % (8 * length(b)))) $$;
-- proof with bit k of its element j flipped
CREATE FUNCTION pg_temp.flip_elem(proof bytea[], j int, k int) RETURNS bytea[] LANGUAGE plpgsql IMMUTABLE AS
  $$ BEGIN proof[j] := pg_temp.flip(proof[j], k); RETURN proof; END $$;
CREATE TEMP TABLE pl (i bigint PRIMARY KEY, leaf bytea NOT NULL);
INSERT INTO pl SELECT g, decode(substr(md5(random()::text) || md5(random()::text), 1, 2 * (8 + floor(random() * 24)::int)), 'hex')
  FROM generate_series(0, 127) g;
CREATE TEMP TABLE pt (n bigint PRIMARY KEY, leaves bytea[], root bytea);
INSERT INTO pt SELECT n, ARRAY(SELECT leaf FROM pl WHERE i < n ORDER BY i),
                      (SELECT merkle_root(leaf ORDER BY i) FROM pl WHERE i < n)
  FROM generate_series(0, 128) n;

-- inclusion: every index of the trees of 1 to 64 leaves
CREATE TEMP TABLE incl AS
  SELECT t.n, l.i, l.leaf, merkle_inclusion_proof(t.leaves, l.i) AS proof, t.root,
         floor(random() * 1000)::int AS fb
    FROM pt t JOIN pl l ON l.i < t.n WHERE t.n BETWEEN 1 AND 64;
SELECT count(*) AS proofs,
       count(*) FILTER (WHERE merkle_verify_inclusion(leaf, i, n, proof, root)) AS verified,
       count(*) FILTER (WHERE cardinality(proof) <= ceil(log(2, n))) AS proof_within_height,
       count(*) FILTER (WHERE merkle_verify_inclusion(pg_temp.flip(leaf, fb), i, n, proof, root)) AS flipped_leaf_verified,
       count(*) FILTER (WHERE merkle_verify_inclusion(leaf, i, n, proof, pg_temp.flip(root, fb))) AS flipped_root_verified,
       count(*) FILTER (WHERE cardinality(proof) > 0 AND merkle_verify_inclusion(leaf, i, n, proof[1:cardinality(proof) - 1], root)) AS shortened_verified,
       count(*) FILTER (WHERE merkle_verify_inclusion(leaf, i, n, proof || root, root)) AS lengthened_verified
  FROM incl;
-- a flipped bit in every proof element in turn
SELECT count(*) AS flipped_elements,
       count(*) FILTER (WHERE merkle_verify_inclusion(leaf, i, n, pg_temp.flip_elem(proof, j, fb + j), root)) AS verified
  FROM incl, generate_subscripts(proof, 1) j;
-- a flipped bit in the index (bits 0 to 6 and 40)
SELECT count(*) AS flipped_indexes,
       count(*) FILTER (WHERE merkle_verify_inclusion(leaf, i # (1::bigint << b), n, proof, root)) AS verified
  FROM incl, (SELECT unnest(ARRAY[0, 1, 2, 3, 4, 5, 6, 40]) AS b) bits;
-- a flipped bit in the tree size (bits 0 to 6).  A proof never verifies
-- against the root of the tree of the flipped size, the pairing a signed
-- checkpoint vouches for.  Against the original root it does verify when
-- the leaf's path has the same shape in both sizes (RFC 9162's proof does
-- not authenticate the size: the root does, in the checkpoint with it);
-- those cases are exactly the ones where the other size's own proof also
-- verifies the other way round.
SELECT count(*) AS flipped_sizes,
       count(*) FILTER (WHERE merkle_verify_inclusion(incl.leaf, incl.i, o.n, incl.proof, o.root)) AS verified_with_its_root,
       count(*) FILTER (WHERE merkle_verify_inclusion(incl.leaf, incl.i, o.n, incl.proof, incl.root)) AS verified_with_old_root,
       count(*) FILTER (WHERE merkle_verify_inclusion(incl.leaf, incl.i, o.n, incl.proof, incl.root)
                          AND merkle_verify_inclusion(incl.leaf, incl.i, incl.n, merkle_inclusion_proof(o.leaves, incl.i), o.root)
                          AND cardinality(incl.proof) = cardinality(merkle_inclusion_proof(o.leaves, incl.i))) AS of_which_same_shape
  FROM incl, generate_series(0, 6) b, pt o
 WHERE o.n = incl.n # (1::bigint << b);
SELECT count(*) FILTER (WHERE merkle_verify_inclusion(leaf, i, n # (1::bigint << 40), proof, root)) AS verified_with_size_bit_40
  FROM incl;

-- consistency: every 1 <= m <= n <= 40
CREATE TEMP TABLE cons AS
  SELECT o.n AS m, t.n, merkle_consistency_proof(t.leaves, o.n) AS proof, o.root AS old_root, t.root AS new_root,
         floor(random() * 1000)::int AS fb
    FROM pt t JOIN pt o ON o.n BETWEEN 1 AND t.n WHERE t.n <= 40;
SELECT count(*) AS proofs,
       count(*) FILTER (WHERE merkle_verify_consistency(m, n, old_root, new_root, proof)) AS verified,
       count(*) FILTER (WHERE (m = n) = (cardinality(proof) = 0)) AS empty_iff_same_size,
       count(*) FILTER (WHERE merkle_verify_consistency(m, n, pg_temp.flip(old_root, fb), new_root, proof)) AS flipped_old_root_verified,
       count(*) FILTER (WHERE merkle_verify_consistency(m, n, old_root, pg_temp.flip(new_root, fb), proof)) AS flipped_new_root_verified,
       count(*) FILTER (WHERE m < n AND merkle_verify_consistency(m, n, new_root, old_root, proof)) AS swapped_roots_verified,
       count(*) FILTER (WHERE cardinality(proof) > 0 AND merkle_verify_consistency(m, n, old_root, new_root, proof[1:cardinality(proof) - 1])) AS shortened_verified,
       count(*) FILTER (WHERE merkle_verify_consistency(m, n, old_root, new_root, proof || new_root)) AS lengthened_verified
  FROM cons;
SELECT count(*) AS flipped_elements,
       count(*) FILTER (WHERE merkle_verify_consistency(m, n, old_root, new_root, pg_temp.flip_elem(proof, j, fb + j))) AS verified
  FROM cons, generate_subscripts(proof, 1) j;
-- a flipped bit in the old or the new size (bits 0 to 6), each with the
-- root of the tree of that size (the pairing a checkpoint vouches for):
-- refused, except an empty old tree, which every tree extends (m = n, whose
-- proof is empty, flipped to 0)
SELECT count(*) AS other_old_sizes,
       count(*) FILTER (WHERE merkle_verify_consistency(o.n, c.n, o.root, c.new_root, c.proof)) AS verified,
       count(*) FILTER (WHERE c.m = c.n AND o.n = 0) AS from_empty_tree
  FROM cons c, generate_series(0, 6) b, pt o
 WHERE o.n = c.m # (1::bigint << b) AND o.n <= c.n;
SELECT count(*) AS other_new_sizes,
       count(*) FILTER (WHERE merkle_verify_consistency(c.m, o.n, c.old_root, o.root, c.proof)) AS verified
  FROM cons c, generate_series(0, 6) b, pt o
 WHERE o.n = c.n # (1::bigint << b) AND o.n >= c.m;

-- a large tree: the aggregate's root (running stack) against proofs made
-- by the recursive definition in C
CREATE TEMP TABLE big AS SELECT array_agg(int8send(g) ORDER BY g) AS leaves,
                                merkle_root(int8send(g) ORDER BY g) AS root
  FROM generate_series(0, 99999) g;
SELECT merkle_verify_inclusion(int8send(77777), 77777, 100000, merkle_inclusion_proof(leaves, 77777), root) AS big_inclusion,
       cardinality(merkle_inclusion_proof(leaves, 77777)) AS proof_length,
       merkle_verify_consistency(65536, 100000, (SELECT merkle_root(int8send(g) ORDER BY g) FROM generate_series(0, 65535) g),
                                 root, merkle_consistency_proof(leaves, 65536)) AS big_consistency
  FROM big;

-- inside a parallel worker (the aggregate is PARALLEL SAFE; it has no
-- combine function, so it is never split): the same root
SELECT count(*) AS forced FROM pg_settings WHERE name IN ('force_parallel_mode', 'debug_parallel_query') AND set_config(name, 'on', false) = 'on';
SET parallel_setup_cost = 0;
SELECT merkle_root(int8send(g) ORDER BY g) = (SELECT root FROM big) AS parallel_root_ok FROM generate_series(0, 99999) g;
RESET parallel_setup_cost;
SELECT count(*) AS unforced FROM pg_settings WHERE name IN ('force_parallel_mode', 'debug_parallel_query') AND set_config(name, 'off', false) = 'off';

-- ----------------------------------------------------------------------
-- errors and refusals
-- ----------------------------------------------------------------------
-- node hashes take 32-byte hashes
SELECT merkle_node_hash('\x01', sha256('b'));
SELECT merkle_node_hash(sha256('a'), sha256('b') || '\x00'::bytea);
-- null leaves: an error, in the aggregate and in leaf arrays
SELECT merkle_root(leaf ORDER BY i) FROM (VALUES (0, '\x00'::bytea), (1, NULL), (2, '\x02')) v(i, leaf);
SELECT merkle_root(leaf ORDER BY i) FILTER (WHERE leaf IS NOT NULL) IS NOT NULL AS filtered_ok FROM (VALUES (0, '\x00'::bytea), (1, NULL)) v(i, leaf);
SELECT merkle_inclusion_proof(ARRAY['\x00', NULL]::bytea[], 0);
SELECT merkle_consistency_proof(ARRAY[NULL, '\x00']::bytea[], 1);
-- leaf arrays have one dimension
SELECT merkle_inclusion_proof('{{"\\x00","\\x01"},{"\\x02","\\x03"}}'::bytea[], 0);
-- indexes and old sizes out of range
SELECT merkle_inclusion_proof(ARRAY['\x00', '\x01']::bytea[], 2);
SELECT merkle_inclusion_proof(ARRAY['\x00', '\x01']::bytea[], -1);
SELECT merkle_inclusion_proof('{}'::bytea[], 0);
SELECT merkle_consistency_proof(ARRAY['\x00', '\x01']::bytea[], 3);
SELECT merkle_consistency_proof(ARRAY['\x00', '\x01']::bytea[], -1);
SELECT merkle_consistency_proof(ARRAY['\x00', '\x01']::bytea[], 0) AS from_empty, merkle_consistency_proof(ARRAY['\x00', '\x01']::bytea[], 2) AS unchanged;
SELECT merkle_inclusion_proof(ARRAY['\x00']::bytea[], 0) AS single_leaf;
-- verification never raises an error: false
SELECT v.probe, merkle_verify_inclusion(v.leaf, v.idx, v.size, v.proof, v.root) AS verifies
  FROM (SELECT l.leaf, p.proof, r.root FROM ct_leaf l, ct_inclusion p, ct_root r WHERE l.i = 5 AND p.idx = 5 AND p.size = 8 AND r.size = 8) g
  CROSS JOIN LATERAL (VALUES
    ('valid', g.leaf, 5::bigint, 8::bigint, g.proof, g.root),
    ('negative index', g.leaf, -1, 8, g.proof, g.root),
    ('negative size', g.leaf, 5, -8, g.proof, g.root),
    ('size 0', g.leaf, 0, 0, '{}', g.root),
    ('index = size', g.leaf, 8, 8, g.proof, g.root),
    ('huge index', g.leaf, 9223372036854775807, 8, g.proof, g.root),
    ('huge size', g.leaf, 5, 9223372036854775807, g.proof, g.root),
    ('short root', g.leaf, 5, 8, g.proof, substr(g.root, 1, 31)),
    ('long root', g.leaf, 5, 8, g.proof, g.root || '\x00'::bytea),
    ('null element', g.leaf, 5, 8, g.proof[1:2] || NULL::bytea, g.root),
    ('short element', g.leaf, 5, 8, g.proof[1:2] || substr(g.proof[3], 1, 31), g.root),
    ('long element', g.leaf, 5, 8, g.proof[1:2] || (g.proof[3] || '\x00'::bytea), g.root),
    ('2-D proof', g.leaf, 5, 8, ARRAY[g.proof[1:2], g.proof[2:3]], g.root),
    ('65 elements', g.leaf, 5, 8, g.proof || array_fill(g.root, ARRAY[62]), g.root),
    ('leaf hash for leaf', merkle_leaf_hash(g.leaf), 5, 8, g.proof, g.root)
  ) v(probe, leaf, idx, size, proof, root);
SELECT v.probe, merkle_verify_consistency(v.m, v.n, v.old_root, v.new_root, v.proof) AS verifies
  FROM (SELECT p.proof, r6.root AS r6, r8.root AS r8 FROM ct_consistency p, ct_root r6, ct_root r8
         WHERE p.size1 = 6 AND p.size2 = 8 AND r6.size = 6 AND r8.size = 8) g
  CROSS JOIN LATERAL (VALUES
    ('valid', 6::bigint, 8::bigint, g.r6, g.r8, g.proof),
    ('negative old size', -6, 8, g.r6, g.r8, g.proof),
    ('old size > new size', 8, 6, g.r6, g.r8, g.proof),
    ('huge new size', 6, 9223372036854775807, g.r6, g.r8, g.proof),
    ('short old root', 6, 8, substr(g.r6, 1, 31), g.r8, g.proof),
    ('long new root', 6, 8, g.r6, g.r8 || '\x00'::bytea, g.proof),
    ('null element', 6, 8, g.r6, g.r8, g.proof[1:2] || NULL::bytea),
    ('short element', 6, 8, g.r6, g.r8, g.proof[1:2] || substr(g.proof[3], 1, 31)),
    ('2-D proof', 6, 8, g.r6, g.r8, ARRAY[g.proof[1:2], g.proof[2:3]]),
    ('65 elements', 6, 8, g.r6, g.r8, g.proof || array_fill(g.r8, ARRAY[62]))
  ) v(probe, m, n, old_root, new_root, proof);
-- the SQLSTATEs of the errors above
CREATE FUNCTION pg_temp.sqlstate_of(stmt text) RETURNS text LANGUAGE plpgsql AS
  $$ BEGIN EXECUTE stmt; RETURN 'no error'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$;
SELECT s AS statement, pg_temp.sqlstate_of(s) AS sqlstate FROM unnest(ARRAY[
  $q$SELECT provenance.merkle_node_hash('\x01', sha256('b'))$q$,
  $q$SELECT provenance.merkle_root(x) FROM (VALUES (NULL::bytea)) v(x)$q$,
  $q$SELECT provenance.merkle_inclusion_proof(ARRAY[NULL]::bytea[], 0)$q$,
  $q$SELECT provenance.merkle_inclusion_proof('{{"\\x00"}}'::bytea[], 0)$q$,
  $q$SELECT provenance.merkle_inclusion_proof(ARRAY['\x00']::bytea[], 1)$q$,
  $q$SELECT provenance.merkle_consistency_proof(ARRAY['\x00']::bytea[], 2)$q$]) s;
-- STRICT: a NULL argument gives NULL
SELECT merkle_verify_inclusion(NULL, 0, 1, '{}', sha256('')) IS NULL AS strict_inclusion,
       merkle_verify_consistency(1, 1, NULL, sha256(''), '{}') IS NULL AS strict_consistency;
