# Makefile for the association extension (PGXS).
#   make && make install          build and install into the server in PATH
#   make installcheck             run the pg_regress suite (sql/, expected/)
#   make installcheck REGRESS=has_many   run one file
#   make unitcheck                run the check suites of the pure-C units

EXTENSION = association
# The one place the version lives is association.control.
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" association.control)

MODULE_big = association
OBJS = $(patsubst %.c,%.o,$(wildcard src/*/*.c))
DATA_built = association--$(EXTVERSION).sql
DATA = src/sql/association--0.1.0.sql $(wildcard src/sql/association--*--*.sql)

REGRESS = models belongs_to has_one has_many belongs_to_many naming sync cycles accessor_views writable_views instance_has_many instance_singular walkthroughs instance_belongs_to_many where eager_loading nested_create errors distribution describe create drop cache rights hostile_names hostile_roles sequelize_db real_schemas json_rows fuzz upgrade
REGRESS_OPTS = --inputdir=. --outputdir=.
ISOLATION = cache_invalidation concurrency keyless_junction

PG_CPPFLAGS = -Isrc -DASSOCIATION_VERSION=\"$(EXTVERSION)\"
PG_CFLAGS = -Wall -Werror -Wmissing-prototypes
EXTRA_CLEAN = test/unit_tests regression.diffs regression.out results output_iso

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

association--$(EXTVERSION).sql: src/sql/association.sql association.control
	cp $< $@

unitcheck:
	$(MAKE) -C test check

.PHONY: unitcheck

# PGXS does not track header dependencies: rebuild everything when one changes.
$(OBJS): $(wildcard src/*/*.h)
