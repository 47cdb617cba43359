#!/usr/bin/env python3
"""Checks the one-way architecture of src/ (see "Architecture" in README.md).

1. Includes: a file in a folder includes our headers only from the folders
   that folder may use (LAYERS below).
2. Calls: from the built objects (nm), which file calls which; every call
   must go to an allowed folder, and the file-level call graph must have no
   cycle (a strongly connected component of more than one file).

Run after `make`.  Prints each violation and exits 1 if there is one.
"""
import glob
import os
import re
import subprocess
import sys

# folder -> the folders its files may include and call (besides itself)
LAYERS = {
    "naming": [],
    "options": [],
    "exec": [],
    "catalog": ["options", "naming", "exec"],
    "sqlgen": ["catalog", "options", "naming", "exec"],
    "ops": ["sqlgen", "catalog", "options", "naming", "exec"],
    "api": ["ops", "sqlgen", "catalog", "options", "naming", "exec"],
}

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
problems = []


def folder(path):
    return path.split("/")[1]


def allowed(src, dst):
    return dst == src or dst in LAYERS[src]


# 1. includes
for path in sorted(glob.glob("src/*/*.[ch]")):
    if folder(path) not in LAYERS:
        problems.append(f"{path}: folder not in the layer list")
        continue
    for line in open(path, encoding="utf-8"):
        m = re.match(r'#include "(([a-z_]+)/[a-z_]+\.h)"', line)
        if not m or not os.path.exists("src/" + m.group(1)):
            continue            # PostgreSQL's own header
        if not allowed(folder(path), m.group(2)):
            problems.append(f"{path}: includes {line.strip()[9:]}, but {folder(path)}/ may use only "
                            f"{', '.join([folder(path)] + LAYERS[folder(path)])}")

# 2. calls
defined = {}
undefined = {}
objects = sorted(glob.glob("src/*/*.o"))
if not objects:
    sys.exit("no objects under src/: run make first")
for obj in objects:
    src = obj[:-2] + ".c"
    out = subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout
    undefined[src] = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDBR":
            defined[parts[2]] = src
        elif len(parts) == 2 and parts[0] == "U":
            undefined[src].add(parts[1])
calls = {src: set() for src in undefined}
for src, symbols in undefined.items():
    for sym in symbols:
        dst = defined.get(sym)
        if dst is None or dst == src:
            continue
        calls[src].add(dst)
        if not allowed(folder(src), folder(dst)):
            problems.append(f"{src}: calls {sym} in {dst}, but {folder(src)}/ may use only "
                            f"{', '.join([folder(src)] + LAYERS[folder(src)])}")

# Tarjan's strongly connected components
index, low, stack, on_stack, sccs = {}, {}, [], set(), []


def visit(v):
    index[v] = low[v] = len(index)
    stack.append(v)
    on_stack.add(v)
    for w in sorted(calls[v]):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        scc = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            scc.append(w)
            if w == v:
                break
        sccs.append(scc)


sys.setrecursionlimit(10000)
for v in sorted(calls):
    if v not in index:
        visit(v)
for scc in sccs:
    if len(scc) > 1:
        problems.append("call cycle between files: " + " <-> ".join(sorted(scc)))

for p in problems:
    print(p)
files = len(calls)
edges = sum(len(c) for c in calls.values())
print(f"layers: {files} files, {edges} file-to-file calls, {len(problems)} problems")
sys.exit(1 if problems else 0)
