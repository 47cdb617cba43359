-- The full eager loads, each timed by the caller: association's find_all and
-- the fastest hand-written statement found for the same rows (one grouped
-- pass per association, json built on the node that holds the rows).  Each
-- side's rows are gathered where the query started (as a client reading
-- them would need; on Citus, on the coordinator), then measured.
\set hasmany_find 'SELECT pg_catalog.sum(pg_catalog.length(x::text)) FROM association.find_all(''Team'', ''{"include": "Players"}'') x'
\set hasmany_sql 'WITH s AS MATERIALIZED (SELECT pg_catalog.row_to_json(r) AS x FROM "Teams" t LEFT JOIN (SELECT p."TeamId" AS k, pg_catalog.array_to_json(pg_catalog.array_agg(q ORDER BY p.id)) AS v FROM "Players" p CROSS JOIN LATERAL (SELECT p.id, p.name, p.number, p."createdAt", p."updatedAt", p."TeamId") q GROUP BY 1) g ON g.k = t.id CROSS JOIN LATERAL (SELECT t.id, t.name, t."createdAt", t."updatedAt", COALESCE(g.v, ''[]'') AS "Players") r) SELECT pg_catalog.sum(pg_catalog.length(x::text)) FROM s'
\set btm_find 'SELECT pg_catalog.sum(pg_catalog.length(x::text)) FROM association.find_all(''Team'', ''{"include": "Tags"}'') x'
\set btm_sql 'WITH s AS MATERIALIZED (SELECT pg_catalog.row_to_json(r) AS x FROM "Teams" t LEFT JOIN (SELECT j."TeamId" AS k, pg_catalog.array_to_json(pg_catalog.array_agg(q ORDER BY g.id)) AS v FROM "TeamTags" j JOIN "Tags" g ON g.id = j."TagId" CROSS JOIN LATERAL (SELECT j."createdAt", j."updatedAt", j."TeamId", j."TagId") jq CROSS JOIN LATERAL (SELECT g.id, g.label, jq AS "TeamTags") q GROUP BY 1) h ON h.k = t.id CROSS JOIN LATERAL (SELECT t.id, t.name, t."createdAt", t."updatedAt", COALESCE(h.v, ''[]'') AS "Tags") r) SELECT pg_catalog.sum(pg_catalog.length(x::text)) FROM s'
