-- The benchmark's models.  psql variable :distributed is 'true' on the Citus
-- coordinator (teams distributed by id; players and the team-tag junction
-- co-located by TeamId; tags a reference table) and 'false' on the single node.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS association;
SELECT association.define_model('Team', '{"name": "text"}',
  CASE WHEN :distributed THEN '{"distribution": {"column": "id"}}' ELSE '{}' END::jsonb);
SELECT association.define_model('Player', '{"name": "text", "number": "integer"}',
  CASE WHEN :distributed THEN '{"distribution": {"column": "TeamId", "colocateWith": "Team"}}' ELSE '{}' END::jsonb);
SELECT association.define_model('Tag', '{"label": "text"}',
  CASE WHEN :distributed THEN '{"distribution": "reference", "timestamps": false}' ELSE '{"timestamps": false}' END::jsonb);
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to_many('Team', 'Tag', '{"through": "TeamTags"}');
SELECT count(*) AS statements FROM association.sync();
