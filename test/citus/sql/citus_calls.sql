-- Every function on the tables of citus_sync: instance calls name the
-- distribution key and run on one shard (router queries, counted by
-- citus_stat_counters); eager loading is pushed down to the workers.
SET client_min_messages = warning;
SET search_path = league, public;
-- shards(sql) runs sql and returns the distributed queries it ran, by kind
CREATE FUNCTION shards(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s0 bigint; m0 bigint; s1 bigint; m1 bigint;
BEGIN
  SELECT query_execution_single_shard, query_execution_multi_shard INTO s0, m0
    FROM citus_stat_counters WHERE name = current_database();
  EXECUTE sql;
  SELECT query_execution_single_shard, query_execution_multi_shard INTO s1, m1
    FROM citus_stat_counters WHERE name = current_database();
  RETURN (s1 - s0) || ' single-shard, ' || (m1 - m0) || ' multi-shard';
END $$;

-- unstamped(j) is j without its timestamps, at any depth
CREATE FUNCTION unstamped(j json) RETURNS jsonb LANGUAGE sql AS
$$ SELECT regexp_replace(j::jsonb::text, '(, )?"(createdAt|updatedAt)": "[^"]*"', '', 'g')::jsonb $$;

INSERT INTO "Countries" (name) VALUES ('Netherlands'), ('Belgium');
INSERT INTO "Tags" (label) VALUES ('red'), ('white'), ('historic');

-- create, with nested hasMany, hasOne and belongsToMany rows
SELECT unstamped(association.create('Team', '{"name": "Ajax", "CountryId": 1, "Players": [{"name": "Cruijff"}, {"name": "Neeskens"}], "Coach": {"name": "Michels"}}',
                                    '{"include": ["Players", "Coach"]}')) AS ajax;
SELECT unstamped(association.create('Team', '{"name": "PSV", "CountryId": 1, "Tags": [{"label": "lamp"}]}', '{"include": ["Tags"]}')) AS psv;
SELECT association.create('Team', '{"name": "Club Brugge", "CountryId": 2}')::jsonb - 'createdAt' - 'updatedAt' AS brugge;

-- getters: one shard each
SELECT shards($$SELECT association.get('Team', 1, 'Players')$$);
SELECT x ->> 'name' FROM association.get('Team', 1, 'Players', '{"order": [["name", "DESC"]]}') x;
SELECT shards($$SELECT association.count('Team', 1, 'Players')$$), association.count('Team', 1, 'Players');
SELECT shards($$SELECT association.has('Team', 1, 'Players', ARRAY[1, 2])$$), association.has('Team', 1, 'Players', ARRAY[1, 2]),
       association.has('Team', 2, 'Players', 1);
SELECT association.get('Team', 1, 'Coach')::jsonb;
SELECT association.get('Player', 2, 'Team', '{"attributes": ["name"]}');
SELECT association.get('Team', 3, 'Country');
SELECT x FROM association.get('Team', 2, 'Tags', '{"attributes": ["label"], "joinTableAttributes": []}') x;
SELECT x FROM association.get('Team', 1, 'Players', '{"attributes": ["name"], "include": {"association": "Team", "attributes": ["name"]}}') x;

-- mutators of the belongsToMany (junction rows on the team's shard; add is a check and an
-- insert, each on one shard) and of belongsTo to a reference table
SELECT shards($$SELECT association.add('Team', 1, 'Tags', ARRAY[1, 2])$$);
SELECT shards($$SELECT association.set('Team', 3, 'Tags', ARRAY[2, 3])$$);
SELECT shards($$SELECT association.remove('Team', 1, 'Tags', 2)$$);
SELECT source_key, label FROM team_tags ORDER BY 1, 2;
SELECT shards($$SELECT association.set('Team', 3, 'Country', 1)$$);
SELECT shards($$SELECT association.set('Team', 3, 'Country', NULL)$$);
SELECT association.get('Team', 3, 'Country');
SELECT association.set('Team', 3, 'Country', 2);

-- create_associated on each kind
SELECT shards($$SELECT association.create_associated('Team', 2, 'Players', '{"name": "Van Nistelrooy"}')$$);
SELECT association.create_associated('Team', 3, 'Players', '{"name": "Ceulemans"}')::jsonb - 'createdAt' - 'updatedAt';
SELECT association.create_associated('Team', 2, 'Coach', '{"name": "Hiddink"}')::jsonb;
SELECT association.create_associated('Team', 3, 'Tags', '{"label": "blue"}')::jsonb;
SELECT association.create_associated('Country', 1, 'Teams', '{"name": "Feyenoord"}')::jsonb - 'createdAt' - 'updatedAt';

-- eager loading: the whole tree in one statement, pushed down to the workers
SELECT shards($$SELECT * FROM association.find_all('Team', '{"include": ["Players", "Coach", "Tags", "Country"]}')$$);
SELECT x::jsonb FROM association.find_all('Team', '{"attributes": ["id", "name"], "order": [["id", "DESC"]],
  "include": [{"association": "Players", "attributes": ["name"]}, {"association": "Coach", "attributes": ["name"]},
              {"association": "Tags", "attributes": ["label"], "through": {"attributes": []}},
              {"association": "Country", "attributes": ["name"]}]}') x;
-- with the key: one shard
SELECT shards($$SELECT * FROM association.find_all('Team', '{"where": {"id": 2}, "include": ["Players", "Tags"]}')$$);
SELECT association.find_one('Team', '{"where": {"id": 2}, "attributes": ["name"], "include": [{"association": "Players", "attributes": ["name"]}, {"association": "Tags", "attributes": ["label"], "through": {"attributes": ["TagId"]}}]}');
-- a limit and an order over every shard, a required include, a per-parent limit, a count
SELECT x FROM association.find_all('Team', '{"attributes": ["name"], "order": ["name"], "limit": 2, "offset": 1}') x;
SELECT x FROM association.find_all('Team', '{"attributes": ["name"], "include": {"association": "Coach", "attributes": [], "required": true}, "order": ["name"]}') x;
SELECT x FROM association.find_all('Team', '{"attributes": ["name"], "where": {"id": 1}, "include": {"association": "Players", "attributes": ["name"], "limit": 1, "order": [["name", "DESC"]]}}') x;
SELECT x FROM association.find_all('Team', '{"attributes": ["name"], "order": [[{"association": "Country"}, "name", "ASC"], ["name", "ASC"]], "include": {"association": "Country", "attributes": ["name"]}}') x;
SELECT association.find_and_count_all('Team', '{"attributes": ["name"], "order": ["name"], "limit": 1}');
SELECT x FROM association.find_all('Player', '{"attributes": ["name"], "where": {"TeamId": 1}, "order": ["id"], "include": {"association": "Team", "attributes": ["name"], "include": {"association": "Country", "attributes": ["name"]}}}') x;

-- the accessor views read the distributed tables and take INSERT (DELETE through
-- a view Citus plans itself, and refuses: use remove)
SELECT source_key, name FROM team_players ORDER BY source_key, name;
SELECT source_key, name FROM player_team ORDER BY source_key;
INSERT INTO team_tags (source_key, id) VALUES (4, 1), (4, 3);
SELECT source_key, label FROM team_tags ORDER BY 1, 2;

-- deleting a team deletes its players, coach and junction rows (ON DELETE CASCADE)
DELETE FROM "Teams" WHERE id = 4;
SELECT count(*) FROM "Players" WHERE "TeamId" = 4;
