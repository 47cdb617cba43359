-- Loads :n child rows per workload (psql -v n=10000 -f load.sql), plain
-- INSERT ... SELECT generate_series into the tables association.sync() made.
--   1, 5: n/10 Teams, n Players (10 per team; score unique, so top-3 is deterministic)
--   2:    n/10 Projects, n/10 Users, n UserProjects rows (10 users per project, with status)
--   3:    n/10 Products -> one User each -> 10 Addresses per user (n Addresses)
--   4:    n Captains, one Ship each (n Ships)
SET client_min_messages = warning;
TRUNCATE "Teams", "Players", "Projects", "Users", "UserProjects", "Products", "Addresses", "Captains", "Ships" RESTART IDENTITY CASCADE;
SELECT (:n / 10) AS p \gset
INSERT INTO "Teams" (name) SELECT 'team ' || g FROM generate_series(1, :p) g;
INSERT INTO "Players" (name, score, "TeamId")
  SELECT 'player ' || g, (g::bigint * 7919) % 100003, 1 + (g - 1) / 10 FROM generate_series(1, :n) g;
INSERT INTO "Projects" (title) SELECT 'project ' || g FROM generate_series(1, :p) g;
INSERT INTO "Users" (name) SELECT 'user ' || g FROM generate_series(1, :p) g;
INSERT INTO "UserProjects" ("ProjectId", "UserId", status)
  SELECT pr, 1 + (pr - 1 + k * 97) % :p, (ARRAY['active', 'invited', 'left'])[1 + (pr + k) % 3]
  FROM generate_series(1, :p) pr, generate_series(0, 9) k;
INSERT INTO "Products" (title, price, "UserId")
  SELECT 'product ' || g, g % 1000, 1 + (g::bigint * 31) % :p FROM generate_series(1, :p) g;
INSERT INTO "Addresses" (street, city, "UserId")
  SELECT g || ' Main Street', 'city ' || (g % 100), 1 + (g - 1) / 10 FROM generate_series(1, :n) g;
INSERT INTO "Captains" (name) SELECT 'captain ' || g FROM generate_series(1, :n) g;
INSERT INTO "Ships" (name, "CaptainId") SELECT 'ship ' || g, g FROM generate_series(1, :n) g;
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM "Players") AS players, (SELECT count(*) FROM "UserProjects") AS junction,
       (SELECT count(*) FROM "Addresses") AS addresses, (SELECT count(*) FROM "Products") AS products,
       (SELECT count(*) FROM "Ships") AS ships;
