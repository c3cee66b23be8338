#!/bin/sh
# test_cli.sh CLI - the command-line contract: exit codes, one-line errors, no partial output.
CLI=${1:-./thermo_cli}
T=build/test/tmp_cli
rm -rf "$T"; mkdir -p "$T"
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect STATUS NEEDLE -- command...: exit status and a stderr line containing NEEDLE
expect() {
    want=$1 needle=$2; shift 3
    "$@" > "$T/out" 2> "$T/err"
    got=$?
    if [ "$got" -ne "$want" ]; then fail "$* exited $got, want $want; stderr: $(head -c 300 "$T/err")"; return; fi
    if [ -n "$needle" ] && ! grep -qF -- "$needle" "$T/err"; then fail "$*: stderr lacks '$needle': $(head -c 300 "$T/err")"; return; fi
    if [ "$want" -ne 0 ] && [ "$want" -ne 2 ] && [ "$(grep -c . "$T/err")" -ne 1 ]; then fail "$*: error is not one line: $(cat "$T/err")"; return; fi
    pass
}

expect 0 "" -- "$CLI" --help
grep -q "usage: thermo_cli" "$T/out" && pass || fail "--help prints the usage"
expect 0 "" -- "$CLI" --version
grep -q "^thermo [0-9]" "$T/out" && pass || fail "--version"
expect 2 "no MODEL" -- "$CLI"
expect 2 "unknown option '--bogus'" -- "$CLI" --bogus m
expect 2 "needs a value" -- "$CLI" m -o
expect 2 "--threads" -- "$CLI" -t 0 m
expect 2 "only one of" -- "$CLI" -p a --ids 1,2 m
expect 1 "$T/nothing" -- "$CLI" --inspect "$T/nothing"

# --tokenize: ids as one JSON array line, checked against the Rust library's goldens
# (tests/data/tokenizers, tools/tokenizer_goldens.js).  Every corpus string goes through the small
# tokenizers; every 20th through the big ones (loading megabytes each time); THERMO_CLI_FULL=1
# (make tokenizer-check) sends all of them through all of files.txt.
TOK=tests/data/tokenizers
expect 0 "" -- "$CLI" --tokenize tests/data/demo
[ "$(cat "$T/out")" = "$(sed -n 2p $TOK/demo.ids)" ] && pass || fail "--tokenize of the default prompt: $(cat "$T/out")"
expect 0 "" -- "$CLI" --tokenize -p "" tests/data/demo/tokenizer.json
[ "$(cat "$T/out")" = "[]" ] && pass || fail "an empty prompt prints []: $(cat "$T/out")"
: > "$T/empty"
expect 0 "" -- "$CLI" --tokenize -f "$T/empty" tests/data/demo
[ "$(cat "$T/out")" = "[]" ] && pass || fail "an empty prompt file prints []: $(cat "$T/out")"
printf 'ab\377c' > "$T/bad.txt"
expect 1 "$T/bad.txt: invalid UTF-8 at byte offset 2" -- "$CLI" --tokenize -f "$T/bad.txt" tests/data/demo
[ ! -s "$T/out" ] && pass || fail "no ids printed for invalid UTF-8"
expect 1 "$T/nothing" -- "$CLI" --tokenize "$T/nothing"
printf '{"model": {"type": "WordPiece"}}' > "$T/wp.json"
expect 1 "model type 'WordPiece' is not supported" -- "$CLI" --tokenize "$T/wp.json"
printf 'not json' > "$T/nj.json"
expect 1 "$T/nj.json: invalid JSON" -- "$CLI" --tokenize "$T/nj.json"
expect 2 "--tokenize takes one prompt" -- "$CLI" --tokenize --ids 1,2 tests/data/demo
# --verbose: the same ids line, then "id<TAB>piece<TAB>bytes" for each id
expect 0 "" -- "$CLI" --tokenize -p "Hi<|endoftext|>x" tests/data/demo
cp "$T/out" "$T/ids"
expect 0 "" -- "$CLI" --tokenize --verbose -p "Hi<|endoftext|>x" tests/data/demo
ids=$(tr -d '[]' < "$T/ids" | tr ',' ' ')
if [ "$(sed -n 1p "$T/out")" = "$(cat "$T/ids")" ] && [ "$(sed 1d "$T/out" | cut -f1 | tr '\n' ' ')" = "$ids " ] &&
   grep -q "$(printf '\t"<|endoftext|>"\t"<|endoftext|>"$')" "$T/out"; then
    pass
else fail "--tokenize --verbose: $(cat "$T/out")"; fi
printf '\342\202\254' > "$T/euro.txt" # one character, three byte-level tokens in the demo vocabulary
expect 0 "" -- "$CLI" --tokenize --verbose -f "$T/euro.txt" tests/data/demo
[ "$(sed -n 2p "$T/out" | cut -f3)" = '"\xE2"' ] && pass || fail "--verbose shows partial UTF-8 as \\xNN: $(cat "$T/out")"

# corpus_through NAME TOKENIZER_JSON EVERY: corpus lines 1, 1+EVERY, ... against NAME.ids
corpus_through() {
    n=0 bad=0
    while IFS= read -r line <&3 && IFS= read -r want <&4; do
        n=$((n + 1))
        [ $(( (n - 1) % $3 )) -eq 0 ] || continue
        printf '%b' "$line" > "$T/prompt"
        got=$("$CLI" --tokenize -f "$T/prompt" "$2" 2> "$T/err")
        if [ "$got" = "$want" ]; then pass; else
            fail "$1: corpus line $n: got $(echo "$got" | head -c 200), want $(echo "$want" | head -c 200) $(head -c 200 "$T/err")"
            bad=$((bad + 1))
        fi
    done 3< $TOK/corpus.txt 4< "$TOK/$1.ids"
    [ "$n" -ge 300 ] && pass || fail "$1: only $n corpus lines"
}
every=20 every_demo=1
[ "${THERMO_CLI_FULL:-0}" = 1 ] && every=1
[ "${THERMO_CLI_QUICK:-0}" = 1 ] && every=100 every_demo=10 # the sanitizer build: a sample
# each row NAME STORE SOURCE of files.txt: the big files (xz, fetch) every $every lines, the demo every
# $every_demo, its variants (which the C test covers in full) every $every_derived
every_derived=10
[ "${THERMO_CLI_FULL:-0}" = 1 ] && every_derived=1
[ "${THERMO_CLI_QUICK:-0}" = 1 ] && every_derived=100
files=0
while read -r name store source <&5; do
    case "$name" in ''|'#'*) continue ;; esac
    files=$((files + 1))
    case "$store" in
    ours) corpus_through "$name" "$source" $every_demo ;;
    derived) corpus_through "$name" "$TOK/$name.json" $every_derived ;;
    xz) if xz -dc "$TOK/$name.json.xz" > "$T/$name.json"; then corpus_through "$name" "$T/$name.json" $every
        else fail "cannot unpack $TOK/$name.json.xz (xz)"; fi ;;
    fetch) pkg=${source%%:*}; file=build/npm/node_modules/${pkg%@*}/${source#*:}
        if [ -f "$file" ]; then corpus_through "$name" "$file" $every
        else echo "note: $name's tokenizer.json not fetched (make tokenizer-data); its CLI goldens skipped"; fi ;;
    *) fail "files.txt: $name: unknown store '$store'" ;;
    esac
done 5< $TOK/files.txt
[ "$files" -ge 6 ] && pass || fail "files.txt names $files tokenizer files"

# ---- the analysis: bad input gives exit 1, one line, and no output file ----
M=tests/data/models/qwen2_tied_f32
IDS=34,118,0,118,127,43,50,55,57,125
no_file() { [ ! -e "$1" ] && [ -z "$(ls "$(dirname "$1")" | grep "$(basename "$1").tmp")" ] && pass || fail "$2: left $1 behind"; }
expect 1 "token id 128 at position 1 is out of range (vocab_size 128)" -- "$CLI" -q --ids 5,128 -o "$T/a.csv" $M
no_file "$T/a.csv" "ids out of range"
expect 1 "gives 1 token; the loss needs at least 2" -- "$CLI" -q --ids 5 -o "$T/a.csv" $M
no_file "$T/a.csv" "one id"
expect 1 "--ids: expected a token id" -- "$CLI" -q --ids 5,,6 -o "$T/a.csv" $M
expect 1 "--ids: expected ',' between token ids" -- "$CLI" -q --ids "5;6" -o "$T/a.csv" $M
expect 1 "--ids: expected a token id" -- "$CLI" -q --ids -3,4 -o "$T/a.csv" $M
expect 1 "too large" -- "$CLI" -q --ids 99999999999,4 -o "$T/a.csv" $M
expect 1 "gives 0 tokens" -- "$CLI" -q -p "" -o "$T/a.csv" tests/data/demo
no_file "$T/a.csv" "empty prompt"
expect 1 "$T/no/such/dir/a.csv: cannot write" -- "$CLI" -q --ids $IDS -o "$T/no/such/dir/a.csv" $M
mkdir -p "$T/adir"
expect 1 "$T/adir: cannot write: it is a directory" -- "$CLI" -q --ids $IDS -o "$T/adir" $M
expect 1 "$T/no/j.json: cannot write" -- "$CLI" -q --ids $IDS -o "$T/a.csv" --json "$T/no/j.json" $M
no_file "$T/a.csv" "unwritable --json checked before the work"
expect 1 "tokenizer.json" -- "$CLI" -q -p "hello" -o "$T/a.csv" $M
no_file "$T/a.csv" "no tokenizer.json"
printf 'ab\377c' > "$T/bad.txt"
expect 1 "invalid UTF-8 at byte offset 2" -- "$CLI" -q -f "$T/bad.txt" -o "$T/a.csv" tests/data/demo
expect 1 "$T/nothing" -- "$CLI" -q --ids $IDS -o "$T/a.csv" "$T/nothing"
no_file "$T/a.csv" "missing model"
# a stale file is replaced only by a complete one: a failing run leaves it as it was
echo stale > "$T/stale.csv"
expect 1 "out of range" -- "$CLI" -q --ids 1,999 -o "$T/stale.csv" $M
[ "$(cat "$T/stale.csv")" = stale ] && pass || fail "a failed run changed an existing output"

# ---- the analysis: outputs ----
expect 0 "" -- "$CLI" --ids $IDS -o "$T/a.csv" --json "$T/a.json" --svg "$T/a.svg" $M
head -n 1 "$T/a.csv" | grep -qx 'name,temperature,entropy,energy,free_energy,W_norm,G_norm,dE,dT,dG_norm,dS,dF,specific_heat,susceptibility,compressibility,latent_heat_jump,neg_specific_heat,suscept_divergent,high_compress' && pass || fail "CSV header"
[ "$(wc -l < "$T/a.csv")" -eq 16 ] && pass || fail "15 rows for qwen2_tied_f32 (tied lm_head counted once)"
cmp -s "$T/a.csv" "$T/a.csv" && grep -q "Enhanced metrics written → $T/a.csv" "$T/out" && pass || fail "summary names the CSV: $(head -c 300 "$T/out")"
grep -q "loss 4.9268" "$T/out" && pass || fail "summary gives the reference's loss 4.92684: $(grep loss "$T/out")"
grep -q "^Hottest: " "$T/out" && grep -q "^Coldest: " "$T/out" && grep -q "neg_specific_heat" "$T/out" && pass || fail "summary parts"
grep -q "spectrum 15/15" "$T/err" && pass || fail "progress lines on stderr when it is not a terminal: $(cat "$T/err")"
head -c 5 "$T/a.svg" | grep -q '<?xml' && grep -q '<polyline' "$T/a.svg" && grep -q '</svg>' "$T/a.svg" && pass || fail "SVG"
grep -q '"rows": \[' "$T/a.json" && grep -q '"thresholds": "z-score"' "$T/a.json" && grep -q '"order": "name"' "$T/a.json" && pass || fail "JSON"
expect 0 "" -- "$CLI" -q --ids $IDS -o "$T/q.csv" $M
[ ! -s "$T/out" ] && [ ! -s "$T/err" ] && cmp -s "$T/a.csv" "$T/q.csv" && pass || fail "-q prints nothing and writes the same CSV"
expect 0 "timings: load" -- "$CLI" -q --timings -t 1 --ids $IDS -o "$T/t1.csv" $M
cmp -s "$T/a.csv" "$T/t1.csv" && pass || fail "one thread writes the same CSV as the default"
expect 0 "" -- "$CLI" -q --fixed-thresholds --ids $IDS -o "$T/f.csv" --json "$T/f.json" $M
grep -q '"thresholds": "fixed"' "$T/f.json" && head -n 1 "$T/f.csv" | grep -q '^name,' && pass || fail "--fixed-thresholds"
# the default output name: MODEL without trailing '/', '/' -> '_', + _transformer_thermo_analysis.csv
ROOT=$(pwd)
CLI_ABS=$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")
(cd "$T" && "$CLI_ABS" -q --ids $IDS "$ROOT/$M/") > /dev/null 2>&1 || true
want=$(echo "$ROOT/$M" | tr '/' '_')_transformer_thermo_analysis.csv
[ -f "$T/$want" ] && pass || fail "default output name $want: $(ls "$T" | head)"
# --order depth --series type: metadata line, rows by layer then type
expect 0 "" -- "$CLI" -q --order depth --series type --ids $IDS -o "$T/d.csv" --json "$T/d.json" $M
[ "$(head -n 1 "$T/d.csv" | cut -c1-8)" = "# thermo" ] && grep -q -- '--order depth --series type' "$T/d.csv" && pass || fail "CSV metadata line"
[ "$(sed -n 3p "$T/d.csv" | cut -d, -f1)" = model.embed_tokens.weight ] && [ "$(sed -n 4p "$T/d.csv" | cut -d, -f1)" = model.layers.0.self_attn.q_proj.weight ] &&
  [ "$(sed -n 10p "$T/d.csv" | cut -d, -f1)" = model.layers.0.mlp.down_proj.weight ] && pass || fail "--order depth: $(cut -d, -f1 "$T/d.csv" | head -12 | tr '\n' ' ')"
grep -q '"order": "depth"' "$T/d.json" && grep -q '"series": "type"' "$T/d.json" && pass || fail "JSON states order and series"
expect 2 "--order is 'name' or 'depth'" -- "$CLI" --order size $M
expect 2 "--series is 'rows' or 'type'" -- "$CLI" --series x $M
# --prompts: one prompt per non-empty line; the loss is the mean
printf 'The future of AI will\n\nthermodynamics of weights\r\n' > "$T/prompts.txt"
expect 0 "" -- "$CLI" --prompts "$T/prompts.txt" -o "$T/p.csv" --json "$T/p.json" tests/data/demo
grep -q "Mean loss over 2 prompts" "$T/out" && [ "$(grep -c '"text": ' "$T/p.json")" -eq 2 ] && pass || fail "--prompts: $(head -c 400 "$T/out")"
: > "$T/noprompts.txt"
expect 1 "no prompts" -- "$CLI" --prompts "$T/noprompts.txt" -o "$T/p.csv" tests/data/demo

# ---- review fixes: empty values, clashing outputs, where a bad prompt is, stdout errors ----
expect 2 "MODEL is an empty path" -- "$CLI" --inspect ""
expect 2 "-o needs a value, not an empty one" -- "$CLI" -o "" $M
expect 2 "two outputs would both be written to '$T/same'" -- "$CLI" --ids $IDS -o "$T/same" --json "$T/same" $M
no_file "$T/same" "clashing outputs"
printf 'hello world\n\nab\377c\n' > "$T/badlines.txt"
expect 1 "$T/badlines.txt:3: invalid UTF-8 at byte offset 2" -- "$CLI" -q --prompts "$T/badlines.txt" -o "$T/a.csv" tests/data/demo
if [ -w /dev/full ]; then
    "$CLI" --tokenize tests/data/demo > /dev/full 2> "$T/err"; rc=$?
    [ $rc -eq 1 ] && grep -q "stdout: write error" "$T/err" && pass || fail "--tokenize > /dev/full exits 1 ($rc): $(cat "$T/err")"
fi

echo "test_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
