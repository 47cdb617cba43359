-- Versions: the installed version is the control file's, the first released one; ALTER EXTENSION UPDATE finds nothing to do. Later versions add association--A--B.sql scripts and extend this test from 0.1.0.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_upgrade;
SET search_path = t_upgrade, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
SELECT extversion FROM pg_extension WHERE extname = 'association';
SELECT version, superuser, relocatable, schema FROM pg_available_extension_versions WHERE name = 'association' ORDER BY version;
SELECT source, target, path FROM pg_extension_update_paths('association') WHERE path IS NOT NULL ORDER BY 1, 2;
ALTER EXTENSION association UPDATE;
DROP EXTENSION association;
CREATE EXTENSION association VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'association';
SELECT association.pluralize('Person');
DROP SCHEMA t_upgrade CASCADE;
DROP EXTENSION association CASCADE;
