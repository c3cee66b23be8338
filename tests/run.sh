#!/bin/sh
# tests/run.sh - what `make test` runs.  Every step counts as tests; the last line is the total
# "N passed, N failed" and the exit status is non-zero when anything failed.
#   1. the header builds warning-free: C99 under gcc (with and without OpenMP) and clang, and C++,
#      also with THERMO_NO_TOKENIZER
#   2. every tests/test_*.c, built with OpenMP and optimisation, then the CLI tests
#   3. the same tests without OpenMP (the serial build must agree with the same goldens)
#   4. the same tests under AddressSanitizer and UndefinedBehaviorSanitizer
#   5. the fuzz corpus replayed through the parsers, under the sanitizers
#   (and between 3 and 4: make install / make uninstall into a staging folder)
set -u
CC=${CC:-cc}
B=build/test
mkdir -p "$B"
passed=0
failed=0
WARN="-std=c99 -O2 -Wall -Wextra -pedantic -Werror"

ok()  { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }

# Runs a command that prints "N passed, N failed" lines; adds them up.  A crash or a non-zero
# exit without a counted failure counts as one failure.
run_counted() {
    label=$1; shift
    log="$B/$(echo "$label" | tr ' /' '__').log"
    "$@" > "$log" 2>&1
    rc=$?
    set -- $(awk '/[0-9]+ passed, [0-9]+ failed$/ {n = split($0, a, " "); p += a[n-3]; f += a[n-1]} END {print p + 0, f + 0}' "$log")
    p=$1 f=$2
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
    if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then
        echo "FAIL $label (exit $rc):"; grep -v '^ok ' "$log" | tail -n 40
    else
        echo "ok   $label: $p checks"
    fi
}

have() { command -v "$1" >/dev/null 2>&1; }

# 1. warning-free builds of the header
printf '#define THERMO_IMPLEMENTATION\n#include "thermo.h"\nint main(void){return 0;}\n' > "$B/one.c"
cp "$B/one.c" "$B/one.cpp"
try_build() {
    label=$1; shift
    if "$@" > "$B/build.log" 2>&1; then ok; echo "ok   build: $label"; else bad "build: $label"; head -n 20 "$B/build.log"; fi
}
have gcc   && try_build "gcc C99 -fopenmp" gcc $WARN -fopenmp -I. -c "$B/one.c" -o "$B/one.o"
have gcc   && try_build "gcc C99" gcc $WARN -I. -c "$B/one.c" -o "$B/one.o"
have clang && try_build "clang C99" clang $WARN -I. -c "$B/one.c" -o "$B/one.o"
have gcc   && try_build "gcc C99 THERMO_STATIC" gcc $WARN -DTHERMO_STATIC -I. -c "$B/one.c" -o "$B/one.o"
have g++   && try_build "g++ C++11" g++ -std=c++11 -O2 -Wall -Wextra -pedantic -Werror -I. -c "$B/one.cpp" -o "$B/one.o"
# THERMO_NO_TOKENIZER (token ids only): builds and links without section 5 and the Unicode tables
printf '#define THERMO_NO_TOKENIZER\n' | cat - "$B/one.c" > "$B/one_notok.c"
have gcc   && try_build "gcc C99 THERMO_NO_TOKENIZER" gcc $WARN -fopenmp -I. -o "$B/one_notok" "$B/one_notok.c" -lm
have clang && try_build "clang C99 THERMO_NO_TOKENIZER THERMO_STATIC" clang $WARN -DTHERMO_STATIC -I. -o "$B/one_notok" "$B/one_notok.c" -lm
have g++   && try_build "g++ C++11 THERMO_NO_TOKENIZER" g++ -std=c++11 -O2 -Wall -Wextra -pedantic -Werror -I. -x c++ -c "$B/one_notok.c" -o "$B/one.o"
try_build "thermo_cli gcc C99 -fopenmp" $CC $WARN -O2 -fopenmp -o "$B/thermo_cli" thermo_cli.c -lm
for src in bench/*.c; do # the benchmarks are never run here, but must keep building
    try_build "$src" $CC -std=c99 -Wall -Wextra -Werror -O1 -fopenmp -o "$B/$(basename "$src" .c)" "$src" -lm
done

# 2-4. the test programs in three builds
SAN=clang
have clang || SAN=$CC
build_and_run() {
    flavour=$1; compiler=$2; shift 2
    for src in tests/test_*.c; do
        name=$(basename "$src" .c)
        exe="$B/$flavour/$name"
        mkdir -p "$B/$flavour"
        if $compiler -std=c99 -Wall -Wextra -I. "$@" -o "$exe" "$src" -lm > "$B/build.log" 2>&1; then
            run_counted "$flavour $name" env THERMO_TEST_FLAVOUR="$flavour" "$exe"
        else
            bad "build $flavour $name"; head -n 20 "$B/build.log"
        fi
    done
}
build_and_run openmp $CC -O2 -march=native -fopenmp
[ -x "$B/thermo_cli" ] && run_counted "cli" sh tests/test_cli.sh "$B/thermo_cli"
build_and_run serial $CC -O2
# make install puts three files under DESTDIR/PREFIX and make uninstall takes them away again
stage="$(pwd)/$B/stage"
rm -rf "$stage"
installed="$stage/usr/bin/thermo_cli $stage/usr/include/thermo.h $stage/usr/share/man/man1/thermo_cli.1"
if ${MAKE:-make} -s install DESTDIR="$stage" PREFIX=/usr CC="$CC" > "$B/install.log" 2>&1 &&
   [ "$(find "$stage" -type f | wc -l)" -eq 3 ] && ls $installed > /dev/null 2>&1 && cmp -s thermo.h "$stage/usr/include/thermo.h" &&
   "$stage/usr/bin/thermo_cli" --version > /dev/null; then ok; echo "ok   make install: 3 files"
else bad "make install DESTDIR=$stage PREFIX=/usr"; head -n 20 "$B/install.log"; find "$stage" -type f; fi
if ${MAKE:-make} -s uninstall DESTDIR="$stage" PREFIX=/usr > "$B/install.log" 2>&1 && [ -z "$(find "$stage" -type f)" ]; then
    ok; echo "ok   make uninstall"
else bad "make uninstall left: $(find "$stage" -type f)"; fi
build_and_run sanitize $SAN -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# the command line once more under the sanitizers (leaks on error paths included)
if $SAN -std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -I. -o "$B/thermo_cli_san" thermo_cli.c -lm \
    > "$B/build.log" 2>&1; then
    run_counted "cli sanitize" env THERMO_CLI_QUICK=1 sh tests/test_cli.sh "$B/thermo_cli_san"
else
    bad "build sanitized thermo_cli"; head -n 20 "$B/build.log"
fi

# 5. fuzz corpus replay (libFuzzer entry points driven by a plain main)
for t in json safetensors tokenizer config; do
    [ -f "tests/fuzz_$t.c" ] || continue
    if $SAN -std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -DTHERMO_FUZZ_REPLAY -I. \
        -o "$B/fuzz_$t" "tests/fuzz_$t.c" -lm > "$B/build.log" 2>&1; then
        run_counted "fuzz corpus $t" "$B/fuzz_$t" tests/fuzz/$t/*
    else
        bad "build fuzz_$t"; head -n 20 "$B/build.log"
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
