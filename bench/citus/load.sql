-- 100,000 teams, 1,000,000 players (10 a team), 1,000 tags, 1,000,000
-- junction rows (10 tags a team).
SET client_min_messages = warning;
INSERT INTO "Tags" (label) SELECT 'tag ' || i FROM generate_series(1, 1000) i;
INSERT INTO "Teams" (name) SELECT 'team ' || i FROM generate_series(1, 100000) i;
INSERT INTO "Players" (name, number, "TeamId")
  SELECT 'player ' || i, i % 23, (i - 1) / 10 + 1 FROM generate_series(1, 1000000) i;
INSERT INTO "TeamTags" ("TeamId", "TagId")
  SELECT t, (t * 7 + k * 97) % 1000 + 1 FROM generate_series(1, 100000) t, generate_series(0, 9) k;
ANALYZE;
