"""The extension from psycopg 3, as an application calls it: keys and lists
as Python values (psycopg sends a list of ints as an array, an empty list as
the untyped literal '{}'), dicts as Jsonb, dates inside them.  Prints one TAP
line per check.  Needs the PG* environment of a throwaway cluster."""
import datetime
import json
import os
import sys

import psycopg
from psycopg.types.json import Json, Jsonb

n = 0
failed = 0


def check(name, fn):
    global n, failed
    n += 1
    try:
        fn()
        print(f"ok {n} - psycopg: {name}")
    except Exception as e:  # noqa: BLE001 - every failure is reported
        failed += 1
        print(f"not ok {n} - psycopg: {name}")
        print("# " + str(e).replace("\n", "\n# "))


conn = psycopg.connect(dbname=os.environ.get("DRIVER_DB", os.environ.get("PGDATABASE")), autocommit=True)


def q(sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else []


q("SET client_min_messages = warning")
q("CREATE EXTENSION association")
q("""SELECT association.define_model('Post', '{"title": "STRING", "publishedAt": "DATE"}')""")
q("""SELECT association.define_model('Tag', '{"name": "STRING"}')""")
q("""SELECT association.define_model('PostTags', '{"weight": "INTEGER"}')""")
q("""SELECT association.belongs_to_many('Post', 'Tag', '{"through": "PostTags"}')""")
q("""SELECT association.belongs_to_many('Tag', 'Post', '{"through": "PostTags"}')""")
q("SELECT count(*) FROM association.sync()")
for name in ["js", "sql", "pg"]:
    q("SELECT association.create(%s, %s)", ["Tag", Jsonb({"name": name})])


def create_with_date():
    published = datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone.utc)
    [(post,)] = q("SELECT association.create(%s, %s)",
                  ["Post", Jsonb({"title": "Hello", "publishedAt": published.isoformat()})])
    assert post["title"] == "Hello", post
    assert datetime.datetime.fromisoformat(post["publishedAt"]) == published, post


def set_list():
    q("SELECT association.set('Post', %s, 'Tags', %s)", [1, [1, 2]])
    [(count,)] = q("SELECT association.count('Post', %s, 'Tags')", [1])
    assert count == 2 and isinstance(count, int), count


def set_empty():
    q("SELECT association.set('Post', %s, 'Tags', %s)", [1, []])
    [(count,)] = q("SELECT association.count('Post', %s, 'Tags')", [1])
    assert count == 0, count


def add_with_junction_data():
    q("SELECT association.add('Post', %s, 'Tags', %s)", [1, Jsonb([{"id": 1, "PostTags": {"weight": 5}}, 3])])
    rows = q("SELECT association.get('Post', %s, 'Tags', %s)", [1, Jsonb({"order": [["id", "ASC"]]})])
    assert [(r["name"], r["PostTags"]["weight"]) for (r,) in rows] == [("js", 5), ("pg", None)], rows


def has_and_remove():
    [(has,)] = q("SELECT association.has('Post', %s, 'Tags', %s)", [1, [1, 3]])
    assert has is True
    [(has,)] = q("SELECT association.has('Post', %s, 'Tags', %s)", [1, []])
    assert has is True
    q("SELECT association.remove('Post', %s, 'Tags', %s)", [1, 3])
    [(count,)] = q("SELECT association.count('Post', %s, 'Tags')", ["1"])
    assert count == 1, count


def find_all_objects():
    rows = q("SELECT association.find_all(%s, %s)",
             ["Post", Jsonb({"include": [{"association": "Tags"}]})])
    assert [t["name"] for t in rows[0][0]["Tags"]] == ["js"], rows


def missing_target():
    try:
        q("SELECT association.add('Post', %s, 'Tags', %s)", [1, [99]])
    except psycopg.errors.ForeignKeyViolation as e:
        assert "Tag instance with id '99' does not exist" in str(e), e
        return
    raise AssertionError("no error")


def define_with_parameters():
    # a str or psycopg's Json become json, which keeps the order of the keys
    q("SELECT association.define_model(%s, %s, %s)",
      ["Note", json.dumps({"zeta": "STRING", "alpha": "STRING"}), Jsonb({"timestamps": False})])
    q("SELECT association.define_model(%s, %s)", ["Memo", Json({"body": "TEXT", "big": "BIGINT"})])
    q("SELECT count(*) FROM association.sync()")
    [(note,)] = q("SELECT association.create(%s, %s)", ["Note", Jsonb({"alpha": "a", "zeta": "z"})])
    assert list(note) == ["id", "zeta", "alpha"], note
    [(memo,)] = q("SELECT association.create(%s, %s)", ["Memo", Jsonb({"body": "b", "big": 9007199254740993})])
    assert memo["big"] == "9007199254740993", memo
    assert list(memo) == ["id", "body", "big", "createdAt", "updatedAt"], memo


def named_cursor_streams():
    # a server-side cursor, as an application reads a large result: in
    # pieces, and WITH HOLD across the commits it makes meanwhile
    for i in range(600):
        q("SELECT association.create(%s, %s)", ["Tag", Jsonb({"name": f"bulk {i}"})])
    with psycopg.connect(dbname=conn.info.dbname) as held:
        with held.cursor(name="tags", withhold=True) as cur:
            cur.itersize = 100
            cur.execute("SELECT association.find_all(%s, %s)",
                        ["Tag", Jsonb({"order": [["id", "ASC"]], "include": ["Posts"]})])
            first = cur.fetchmany(250)
            held.commit()
            rest = cur.fetchall()
        ids = [r[0]["id"] for r in first + rest]
        assert ids == sorted(ids) and len(ids) == 603, (len(ids), ids[:5])
        assert first[0][0]["Posts"][0]["id"] == 1, first[0]
    q("DELETE FROM \"Tags\" WHERE name LIKE 'bulk %%'")


check("create takes a dict as Jsonb, a date inside it", create_with_date)
check("set takes a list of keys (count is an int)", set_list)
check("set with an empty list un-associates all", set_empty)
check("add takes targets with junction data as Jsonb", add_with_junction_data)
check("has takes a list, an empty list is true; remove takes one key", has_and_remove)
check("find_all takes its options as Jsonb and returns dicts", find_all_objects)
check("a missing target is ForeignKeyViolation (23503)", missing_target)
check("define_model takes attributes as a str or Json; rows keep their order", define_with_parameters)
check("a named cursor WITH HOLD reads find_all in pieces across commits", named_cursor_streams)
conn.close()
print(f"# psycopg: {n - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
