#!/bin/sh
# test_cli.sh CLI - the command-line contract: exit codes, one-line errors, no partial output.
CLI=${1:-./thermo_cli}
T=build/test/tmp_cli
rm -rf "$T"; mkdir -p "$T"
export THERMO_CACHE="$T/cache" # the spectra cache of these runs; never the user's
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
# the man page lists the options --help lists, with the same arguments: each "-x, --long ARG" line
# becomes "-x ARG" and "--long ARG"
options_of() { sed -e 's/^ *//' -e 's/  */ /g' | awk '{ arg = ""; n = split($0, w, /[,;] +/)
                      if (match(w[n], / [^-].*$/)) { arg = substr(w[n], RSTART); w[n] = substr(w[n], 1, RSTART - 1) }
                      for (i = 1; i <= n; i++) print w[i] arg }' | sort; }
"$CLI" --help | grep -E '^  -' | cut -c1-25 | sed 's/ *$//' | options_of > "$T/help_options"
awk 'p { print; p = 0 } /^\.TP/ { p = 1 }' thermo_cli.1 | sed -e 's/^\.[A-Z]* //' -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' \
  -e 's/"//g' -e 's/ *$//' | grep '^-' | options_of > "$T/man_options"
[ -s "$T/help_options" ] && cmp -s "$T/help_options" "$T/man_options" && pass ||
  fail "thermo_cli.1 and --help list different options: $(diff "$T/help_options" "$T/man_options" | tr '\n' ' ')"
grep -q "^\.TH THERMO_CLI 1 .* \"$("$CLI" --version)\"" thermo_cli.1 && pass || fail "thermo_cli.1's .TH names $("$CLI" --version)"
if command -v groff > /dev/null 2>&1; then
    [ -z "$(groff -man -Tutf8 -ww -z thermo_cli.1 2>&1)" ] && pass || fail "groff warns about thermo_cli.1: $(groff -man -Tutf8 -ww -z thermo_cli.1 2>&1 | head -3)"
fi
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
    fetch|variant) pkg=${source%%:*}; file=build/npm/node_modules/${pkg%@*}/${source#*:}
        [ "$store" = variant ] && file=build/tokenizers/$name.json
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
grep -qE "^gradient norms \([0-9]+ tokens\): [0-9]+ matrices by the T x T identity, [0-9]+ by streamed dW$" "$T/err" && pass ||
    fail "--timings says how each gradient norm was taken: $(cat "$T/err")"
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

# ---- a hub id, found in a Hugging Face cache laid out as huggingface_hub lays it ----
# models--ORG--NAME/blobs/<sha256> holds the files, snapshots/<commit>/FILE links to ../../blobs/...,
# refs/<branch or tag> holds the commit (no newline); two revisions: main and refs/pr/1 (= tag v1).
H=$T/hfcache
snapshot() { # snapshot REPO_DIR COMMIT SOURCE_FOLDER
    mkdir -p "$1/blobs" "$1/snapshots/$2"
    for f in "$3"/config.json "$3"/model.safetensors "$3"/tokenizer.json; do
        [ -f "$f" ] || continue
        sha=$(sha256sum "$f" | cut -d' ' -f1)
        cp "$f" "$1/blobs/$sha"
        ln -s "../../blobs/$sha" "$1/snapshots/$2/$(basename "$f")"
    done
}
ref() { mkdir -p "$(dirname "$1/refs/$2")"; printf '%s' "$3" > "$1/refs/$2"; }
C1=0123456789abcdef0123456789abcdef01234567 C2=89abcdef0123456789abcdef0123456789abcdef C3=fedcba9876543210fedcba9876543210fedcba98
R=$H/models--thermo-test--tiny
snapshot "$R" $C1 $M
snapshot "$R" $C2 tests/data/models/llama_bias_f32
ref "$R" main $C1
ref "$R" refs/pr/1 $C2
ref "$R" v1 $C2
ref "$R" gone $C3
snapshot "$H/models--thermo-test--demo" $C3 tests/data/demo
ref "$H/models--thermo-test--demo" main $C3
[ -L "$R/snapshots/$C1/model.safetensors" ] && pass || fail "the test cache links its blobs"
# hub_run NAME ENV... -- ARGS: thermo_cli with only the given Hugging Face variables set
hub_run() {
    out=$1; shift
    env -u HF_HUB_CACHE -u HUGGINGFACE_HUB_CACHE -u HF_HOME -u XDG_CACHE_HOME "$@" > "$T/out" 2> "$T/err" && [ ! -s "$T/err" ] ||
        { fail "$out: $* exited non-zero or printed: $(head -c 300 "$T/err")"; return; }
    pass
}
"$CLI" -q --ids $IDS -o "$T/llama.csv" tests/data/models/llama_bias_f32 || fail "llama_bias_f32 folder"
hub_run "HF_HUB_CACHE" HF_HUB_CACHE="$H" "$CLI" -q --ids $IDS -o "$T/hub.csv" thermo-test/tiny
cmp -s "$T/a.csv" "$T/hub.csv" && pass || fail "the CSV from the hub id (HF_HUB_CACHE, main) differs from the folder's"
mkdir -p "$T/hfhome" && ln -sfn ../hfcache "$T/hfhome/hub"
hub_run "HF_HOME" HF_HOME="$T/hfhome" "$CLI" -q --ids $IDS -o "$T/hub_home.csv" thermo-test/tiny
cmp -s "$T/a.csv" "$T/hub_home.csv" && pass || fail "HF_HOME/hub is the cache"
mkdir -p "$T/home/.cache/huggingface" "$T/xdg/huggingface" && ln -sfn ../../../hfcache "$T/home/.cache/huggingface/hub" &&
  ln -sfn ../../hfcache "$T/xdg/huggingface/hub"
hub_run "~/.cache" HOME="$(pwd)/$T/home" "$CLI" -q --ids $IDS -o "$T/hub_default.csv" thermo-test/tiny
cmp -s "$T/a.csv" "$T/hub_default.csv" && pass || fail "~/.cache/huggingface/hub is the default cache"
hub_run "XDG_CACHE_HOME" XDG_CACHE_HOME="$T/xdg" "$CLI" -q --ids $IDS -o "$T/hub_xdg.csv" thermo-test/tiny
cmp -s "$T/a.csv" "$T/hub_xdg.csv" && pass || fail "XDG_CACHE_HOME/huggingface/hub"
# ~ and $VAR in the variables are expanded, and HF_HUB_CACHE wins over HF_HOME
hub_run "expansion" HOME="$(pwd)/$T" THERMO_TEST_DIR="$(pwd)/$T" HF_HUB_CACHE='${THERMO_TEST_DIR}/hfcache' HF_HOME=/nonexistent \
  "$CLI" -q --ids $IDS -o "$T/hub_var.csv" thermo-test/tiny
hub_run "expansion" HOME="$(pwd)/$T" HF_HOME='~/hfhome' "$CLI" -q --ids $IDS -o "$T/hub_tilde.csv" thermo-test/tiny
cmp -s "$T/a.csv" "$T/hub_var.csv" && cmp -s "$T/a.csv" "$T/hub_tilde.csv" && pass || fail "\${VAR} and ~ in HF_HUB_CACHE / HF_HOME"
# the second revision: by a ref with a slash, by a tag, by its commit hash (no ref needed)
for rev in refs/pr/1 v1 $C2; do
    hub_run "--revision $rev" HF_HUB_CACHE="$H" "$CLI" -q --revision $rev --ids $IDS -o "$T/hub_rev.csv" thermo-test/tiny
    cmp -s "$T/llama.csv" "$T/hub_rev.csv" && pass || fail "--revision $rev gives the second snapshot's CSV"
done
hub_run "--revision main" HF_HUB_CACHE="$H" "$CLI" -q --revision main --ids $IDS -o "$T/hub_main.csv" thermo-test/tiny
cmp -s "$T/a.csv" "$T/hub_main.csv" && pass || fail "--revision main"
# the default CSV name is the original's, from the id as typed
(cd "$T" && env HF_HUB_CACHE="$(pwd)/hfcache" "$CLI_ABS" -q --ids $IDS thermo-test/tiny) || fail "hub id, default output"
cmp -s "$T/a.csv" "$T/thermo-test_tiny_transformer_thermo_analysis.csv" && pass || fail "default output name from a hub id"
# tokenizer.json and --inspect through the cache
hub_run "--tokenize" HF_HUB_CACHE="$H" "$CLI" --tokenize thermo-test/demo
[ "$(cat "$T/out")" = "$(sed -n 2p $TOK/demo.ids)" ] && pass || fail "--tokenize through a hub id: $(cat "$T/out")"
hub_run "--inspect" HF_HUB_CACHE="$H" "$CLI" --inspect --revision v1 thermo-test/tiny
grep -q '^model_type llama' "$T/out" && pass || fail "--inspect --revision v1: $(head -c 200 "$T/out")"
# a folder of the same name wins over the cache
mkdir -p "$T/thermo-test/tiny" && cp tests/data/models/llama_bias_f32/config.json tests/data/models/llama_bias_f32/model.safetensors "$T/thermo-test/tiny/"
(cd "$T" && env HF_HUB_CACHE="$(pwd)/hfcache" "$CLI_ABS" -q --ids $IDS -o folder_wins.csv thermo-test/tiny) || fail "folder and hub id"
cmp -s "$T/llama.csv" "$T/folder_wins.csv" && pass || fail "a folder wins over a cached hub id of the same name"
# what is not cached: one line saying where it looked and how to download it; no output file
expect 1 "thermo-test/absent: no such folder, and not in the Hugging Face cache (no $H/models--thermo-test--absent); download it with \`hf download thermo-test/absent\`" \
  -- env HF_HUB_CACHE="$H" "$CLI" -q --ids $IDS -o "$T/none.csv" thermo-test/absent
no_file "$T/none.csv" "uncached hub id"
expect 1 "revision 'nope' is not in the Hugging Face cache (no $R/refs/nope); download it with \`hf download thermo-test/tiny --revision nope\`" \
  -- env HF_HUB_CACHE="$H" "$CLI" -q --revision nope --ids $IDS -o "$T/none.csv" thermo-test/tiny
expect 1 "revision 'gone' is commit '$C3' in the Hugging Face cache, but $R/snapshots/ holds no such snapshot" \
  -- env HF_HUB_CACHE="$H" "$CLI" -q --revision gone --ids $IDS -o "$T/none.csv" thermo-test/tiny
expect 1 "no such snapshot" -- env HF_HUB_CACHE="$H" "$CLI" -q --revision $C3 --ids $IDS -o "$T/none.csv" thermo-test/tiny
expect 1 "$M: a local path; a revision applies only to a hub id" -- "$CLI" -q --revision main --ids $IDS -o "$T/none.csv" $M
expect 1 "thermo-test/a/b: no such file or folder" -- env HF_HUB_CACHE="$H" "$CLI" -q --ids $IDS -o "$T/none.csv" thermo-test/a/b
expect 1 "bad--id: no such file or folder" -- env HF_HUB_CACHE="$H" "$CLI" -q --ids $IDS -o "$T/none.csv" bad--id
expect 2 "--revision needs a value" -- "$CLI" thermo-test/tiny --revision
no_file "$T/none.csv" "failed hub lookups"

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

# ---- the spectra cache ----
C=$T/cache2
rm -rf "$C"
expect 0 "spectrum 0/15" -- "$CLI" --cache "$C" --ids $IDS -o "$T/c1.csv" $M
cmp -s "$T/a.csv" "$T/c1.csv" && [ "$(ls "$C" | grep -c '\.spectrum$')" -eq 15 ] && pass || fail "a cold cache: the same CSV and 15 entries"
expect 0 "spectrum 15/15, 15 from cache" -- "$CLI" --cache "$C" --ids 5,6,7,8 -o "$T/c2.csv" $M
expect 0 "svd" -- "$CLI" -q --timings --cache "$C" --ids $IDS -o "$T/c3.csv" $M
cmp -s "$T/a.csv" "$T/c3.csv" && grep -q "hash [0-9.]* s, svd [0-9.]* s (15 of 15 spectra from the cache)" "$T/err" && pass ||
  fail "a warm cache, after another prompt: the same CSV, and --timings splits hashing from SVD: $(cat "$T/err")"
# damaged entries: one warning each, the same CSV, exit 0; then they are whole again
set -- $(ls "$C"/*.spectrum)
printf 'X' | dd of="$1" bs=1 seek=300 conv=notrunc 2> /dev/null # a flipped byte
head -c 100 "$2" > "$T/part" && cat "$T/part" > "$2"                # truncated
echo "something else" > "$3"                                     # foreign
expect 0 "" -- "$CLI" -q --cache "$C" --ids $IDS -o "$T/c4.csv" $M
[ "$(grep -c '^thermo: warning: spectra cache: ' "$T/err")" -eq 3 ] && grep -q "corrupt" "$T/err" && grep -q "truncated" "$T/err" &&
  grep -q "not a thermo spectrum entry" "$T/err" && pass || fail "one warning per damaged entry: $(cat "$T/err")"
cmp -s "$T/a.csv" "$T/c4.csv" && pass || fail "damaged entries: the same CSV"
expect 0 "spectrum 15/15, 15 from cache" -- "$CLI" --cache "$C" --ids $IDS -o "$T/c5.csv" $M
! grep -q warning "$T/err" && pass || fail "the damaged entries were rewritten: $(cat "$T/err")"
# a cache path that cannot be a folder: one warning, the run goes on
expect 0 "cannot use it as a folder" -- "$CLI" -q --cache "$T/a.csv" --ids $IDS -o "$T/c6.csv" $M
[ "$(grep -c warning "$T/err")" -eq 1 ] && cmp -s "$T/a.csv" "$T/c6.csv" && pass || fail "--cache FILE: one warning and the same CSV: $(cat "$T/err")"
expect 0 "" -- "$CLI" -q --no-cache --ids $IDS -o "$T/c7.csv" $M
[ ! -s "$T/err" ] && cmp -s "$T/a.csv" "$T/c7.csv" && pass || fail "--no-cache"
# where the cache lives: --cache, $THERMO_CACHE, $XDG_CACHE_HOME/thermo, ~/.cache/thermo
(unset THERMO_CACHE; XDG_CACHE_HOME=$(pwd)/$T/xdg "$CLI" -q --ids $IDS -o "$T/c8.csv" $M) &&
  [ "$(ls "$T/xdg/thermo" | grep -c '\.spectrum$')" -eq 15 ] && pass || fail "\$XDG_CACHE_HOME/thermo"
(unset THERMO_CACHE XDG_CACHE_HOME; HOME=$(pwd)/$T/home "$CLI" -q --ids $IDS -o "$T/c9.csv" $M) &&
  [ "$(ls "$T/home/.cache/thermo" | grep -c '\.spectrum$')" -eq 15 ] && pass || fail "~/.cache/thermo"
expect 2 "--cache and --no-cache" -- "$CLI" --cache "$C" --no-cache $M
expect 2 "--shard goes with --spectra-only" -- "$CLI" --shard 1/2 $M
expect 2 "--shard wants K/N" -- "$CLI" --spectra-only --shard 3/2 $M
expect 2 "--shard wants K/N" -- "$CLI" --spectra-only --shard 0/2 $M
expect 2 "--shard wants K/N" -- "$CLI" --spectra-only --shard 1/ $M
expect 2 "--spectra-only writes no CSV" -- "$CLI" --spectra-only -o "$T/x.csv" $M
# shards on one machine, as README shows: xargs -P 2 over 1/3 2/3 3/3, then an ordinary run
S=$T/sharded
rm -rf "$S"
if printf '1/3\n2/3\n3/3\n' | xargs -P 2 -I K "$CLI" -q --cache "$S" --spectra-only --shard K $M 2> "$T/err"; then pass
else fail "xargs -P 2 over three shards: $(cat "$T/err")"; fi
[ "$(ls "$S" | grep -c '\.spectrum$')" -eq 15 ] && pass || fail "the three shards cached all 15 spectra: $(ls "$S" | wc -l)"
expect 0 "spectrum 15/15, 15 from cache" -- "$CLI" --cache "$S" --ids $IDS -o "$T/s.csv" $M
cmp -s "$T/a.csv" "$T/s.csv" && pass || fail "after the shards: the same CSV"
expect 0 "from cache" -- "$CLI" --cache "$S" --spectra-only --shard 2/3 $M
grep -q "^Spectra of [0-9]* matrices (part 2 of 3): [0-9]* from the cache, 0 computed" "$T/out" && [ ! -e "$(echo "$M" | tr '/' '_')_transformer_thermo_analysis.csv" ] && pass || fail "--spectra-only writes no CSV: $(cat "$T/out")"
# --sigma: every singular value as safetensors (checked in C by test_cache; here by numpy)
expect 0 "" -- "$CLI" -q --ids $IDS -o "$T/g.csv" --sigma "$T/g.safetensors" $M
[ -s "$T/g.safetensors" ] && cmp -s "$T/a.csv" "$T/g.csv" && pass || fail "--sigma"
expect 0 "" -- "$CLI" -q --spectra-only --sigma "$T/h.safetensors" $M
cmp -s "$T/g.safetensors" "$T/h.safetensors" && pass || fail "--spectra-only --sigma writes the same file"
expect 2 "two outputs" -- "$CLI" --ids $IDS -o "$T/g.csv" --sigma "$T/g.csv" $M
if /usr/bin/python3 -c 'import numpy' 2> /dev/null; then
    for m in qwen2_untied_sharded_bf16 llama3_f16 hard_cases_f32; do
        "$CLI" -q --spectra-only --sigma "$T/$m.safetensors" tests/data/models/$m 2> "$T/err" &&
          /usr/bin/python3 tools/reference/check_sigma.py "$T/$m.safetensors" tests/data/models/$m > "$T/out" 2>&1 &&
          pass || fail "--sigma of $m against numpy's float64 LAPACK: $(cat "$T/err" "$T/out")"
    done
else echo "note: no python3 with numpy; --sigma checked by test_cache alone"; fi

echo "test_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
