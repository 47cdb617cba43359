/*
 * src/naming/toposort.c
 *
 * Orders models so that every table is created after the tables its foreign
 * keys reference, with the order and the cycle message of Sequelize v6's
 * sync: model-manager.js getModelsTopoSortedByForeignKey() calls
 * toposort-class 1.0.1's add(tableName, deps) for each model in definition
 * order, sort(), and sync() reverses the result.  Pure C: no PostgreSQL
 * headers; memory comes only from the caller's allocator.
 *
 * toposort-class's sort() is a depth-first search.  Its outer loop takes the
 * nodes in order of first appearance in the added edges, skipping visited
 * ones; a node that first appears as a dependency is always reached through
 * the node that named it before the loop gets to it, so the roots are simply
 * the not yet visited nodes in definition order.  A visit marks the node,
 * follows its dependencies in the order given, then places the node at the
 * end-most free slot of the result.  Sequelize reverses that result, so the
 * creation order is the order in which visits finish: a post-order.
 *
 * A dependency that is on the current path is a cycle.  toposort-class
 * checks that before it checks whether the node was visited, and reports
 * the path from the root of the current search, so the message names the
 * repeated node and the whole path from that root ("a -> b -> c => b").
 *
 * The search here uses an explicit stack instead of recursion and an
 * on-path flag instead of scanning the path, so it runs in O(n + edges) time
 * and O(n) memory however deep the dependencies go.  Nodes are identified by
 * index: the names are only used in the message and are expected to be
 * distinct, as table names are.
 */
#include <string.h>

#include "naming/toposort.h"

/*
 * cycle_message returns toposort-class's message for a cycle closing on node
 * with the search path path[0..depth-1], allocated with alloc.
 */
static char *
cycle_message(const char *const *names, const int *path, int depth, int node,
			  assoc_alloc_fn alloc)
{
	static const char head[] = "Cyclic dependency found. ";
	static const char middle[] = " is dependent of itself.\nDependency chain: ";
	static const char arrow[] = " -> ";
	static const char last[] = " => ";
	size_t		node_len = strlen(names[node]);
	size_t		len;
	char	   *message;
	char	   *out;
	int			i;

	len = sizeof(head) - 1 + node_len + sizeof(middle) - 1 +
		sizeof(last) - 1 + node_len;
	for (i = 0; i < depth; i++)
		len += strlen(names[path[i]]) + (i > 0 ? sizeof(arrow) - 1 : 0);

	message = alloc(len + 1);
	out = message;
	memcpy(out, head, sizeof(head) - 1);
	out += sizeof(head) - 1;
	memcpy(out, names[node], node_len);
	out += node_len;
	memcpy(out, middle, sizeof(middle) - 1);
	out += sizeof(middle) - 1;
	for (i = 0; i < depth; i++)
	{
		size_t		name_len = strlen(names[path[i]]);

		if (i > 0)
		{
			memcpy(out, arrow, sizeof(arrow) - 1);
			out += sizeof(arrow) - 1;
		}
		memcpy(out, names[path[i]], name_len);
		out += name_len;
	}
	memcpy(out, last, sizeof(last) - 1);
	out += sizeof(last) - 1;
	memcpy(out, names[node], node_len);
	out += node_len;
	*out = '\0';
	return message;
}

/*
 * toposort_models returns 0 after writing into order the creation order of
 * the n nodes (dependencies first, as Sequelize's sync creates tables), or
 * -1 after setting *error to toposort-class's cycle message.
 */
int
toposort_models(int n, const char *const *names,
				const int *const *deps_of, const int *ndeps,
				int *order, char **error, assoc_alloc_fn alloc)
{
	char	   *state;			/* 0 unvisited, 1 on the path, 2 finished */
	int		   *path;			/* the nodes of the current search path */
	int		   *next_dep;		/* per path entry: next dependency index */
	int			done = 0;
	int			root;

	if (n <= 0)
		return 0;

	state = alloc((size_t) n);
	path = alloc((size_t) n * sizeof(int));
	next_dep = alloc((size_t) n * sizeof(int));
	memset(state, 0, (size_t) n);

	for (root = 0; root < n; root++)
	{
		int			depth;

		if (state[root] != 0)
			continue;

		state[root] = 1;
		path[0] = root;
		next_dep[0] = 0;
		depth = 1;

		while (depth > 0)
		{
			int			node = path[depth - 1];
			int			count = 0;
			int			dep;

			if (ndeps != NULL && deps_of != NULL)
				count = ndeps[node];

			if (next_dep[depth - 1] >= count)
			{
				/* all dependencies placed: the node can be created */
				state[node] = 2;
				order[done++] = node;
				depth--;
				continue;
			}

			dep = deps_of[node][next_dep[depth - 1]++];
			if (dep == node || dep < 0 || dep >= n)
				continue;		/* self-dependency (or a caller bug) */
			if (state[dep] == 1)
			{
				*error = cycle_message(names, path, depth, dep, alloc);
				return -1;
			}
			if (state[dep] == 2)
				continue;

			state[dep] = 1;
			path[depth] = dep;
			next_dep[depth] = 0;
			depth++;
		}
	}
	return 0;
}
