-- upgrade path: install the released 0.1.0, update to the default version,
-- and check the result matches a fresh install object for object
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS provenance CASCADE;
CREATE EXTENSION provenance VERSION '0.1.0';
RESET client_min_messages;
SELECT extversion FROM pg_extension WHERE extname = 'provenance';
SELECT '(01)04870001234560(21)A'::provenance.gs1 AS still_works;
ALTER EXTENSION provenance UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'provenance';

-- the objects of the updated extension, as descriptions
CREATE TEMP TABLE updated_objects AS
  SELECT pg_describe_object(classid, objid, objsubid) AS obj
  FROM pg_depend
  WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
    AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'provenance');
SET client_min_messages = warning;
DROP EXTENSION provenance CASCADE;
CREATE EXTENSION provenance;
RESET client_min_messages;
CREATE TEMP TABLE fresh_objects AS
  SELECT pg_describe_object(classid, objid, objsubid) AS obj
  FROM pg_depend
  WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
    AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'provenance');
SELECT count(*) > 0 AS has_objects,
       (SELECT count(*) FROM (SELECT obj FROM updated_objects EXCEPT SELECT obj FROM fresh_objects) d) AS only_in_updated,
       (SELECT count(*) FROM (SELECT obj FROM fresh_objects EXCEPT SELECT obj FROM updated_objects) d) AS only_in_fresh
FROM fresh_objects;
-- every function of the extension is documented and marked PARALLEL SAFE,
-- except the registry writers (signer_add, signer_revoke, trust_anchor_add,
-- trust_anchor_remove, trademark_add, trademark_remove, authorized_seller_add,
-- authorized_seller_remove, trademark_term_add): PARALLEL UNSAFE VOLATILE
SELECT p.oid::regprocedure AS undocumented_function
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'provenance')
   AND d.deptype = 'e' AND obj_description(p.oid, 'pg_proc') IS NULL
 ORDER BY 1;
SELECT p.oid::regprocedure AS parallel_unsafe_function, p.provolatile
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'provenance')
   AND d.deptype = 'e' AND p.proparallel <> 's' AND p.prokind = 'f'
 ORDER BY 1;
