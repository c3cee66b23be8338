/* tokenizer_bench.c - tokenizer speed (make bench-tokenizer): medians of several runs, for every
   real tokenizer file of tests/data/tokenizers/files.txt (rows stored xz, fetch or variant; the
   ones not fetched are skipped with a note) of
     1. loading the tokenizer.json, next to parsing its JSON alone (the floor);
     2. encoding mixed text (the golden corpus repeated to 4 MB);
     3. inputs that could make BPE or a pre-tokenizer worse than linear, at 100 KB and 400 KB: one
        word of random letters, a run of one character, spaces, one digit, one CJK character,
        "'x" repeated.  The time must grow ~4x, not ~16x.
   Wall clock and CPU time both: on a shared machine the CPU time is the steadier.  Built with
   OpenMP where the compiler has it, as thermo_cli is.
   usage: tokenizer_bench [NAME...]  (only those rows) */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "../tests/tokenizer_files.h"

#define RUNS 5

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

/* The file of files.txt row NAME STORE SOURCE, or NULL (a note printed) when it is not here. */
static const char *tokenizer_file(const char *name, const char *store, const char *source, char *path, size_t cap) {
    FILE *f;
    if (!strcmp(store, "xz")) {
        char cmd[1024];
        snprintf(path, cap, "build/bench/%s-tokenizer.json", name);
        snprintf(cmd, sizeof cmd, "mkdir -p build/bench && { [ -s %s ] || xz -dc tests/data/tokenizers/%s.json.xz > %s; }",
                 path, name, path);
        if (system(cmd) != 0) {
            fprintf(stderr, "tokenizer_bench: cannot unpack tests/data/tokenizers/%s.json.xz\n", name);
            exit(1);
        }
        return path;
    }
    if (!tokenizer_files_fetched(name, store, source, path, cap)) return NULL; /* the small ones */
    if (!(f = fopen(path, "rb"))) {
        printf("%-24s not fetched (make tokenizer-data)\n", name);
        return NULL;
    }
    fclose(f);
    return path;
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

/* The process's CPU time: on a shared machine it counts this program's work only, where the wall
   clock also counts the others' waiting. */
static double cpu_seconds(void) { return (double)clock() / CLOCKS_PER_SEC; }

/* Median seconds to encode text[0..n), and the median CPU seconds in *cpu; *n_ids gets the id count. */
static double encode_seconds(const thermo_tokenizer *tok, const char *text, size_t n, int *n_ids, double *cpu) {
    double t[RUNS], c[RUNS];
    int r;
    for (r = 0; r < RUNS; r++) {
        thermo_error err;
        int32_t *ids;
        double t0 = thermo_seconds(), c0 = cpu_seconds();
        if (thermo_tokenize(tok, text, n, &ids, n_ids, &err) != THERMO_OK) {
            fprintf(stderr, "tokenizer_bench: %s\n", err.message);
            exit(1);
        }
        t[r] = thermo_seconds() - t0;
        c[r] = cpu_seconds() - c0;
        free(ids);
    }
    *cpu = median(c, RUNS);
    return median(t, RUNS);
}

static void bench(const char *name, const char *path, const char *mixed, size_t mixed_n) {
    /* the long inputs: repeats of `units` (NULL: random letters) */
    static const char *const kinds[6] = {"random letters", "one character", "spaces", "one digit", "one CJK", "'x"};
    static const char *const units[6] = {NULL, "a", " ", "7", "\xe4\xb8\xad", "'x"};
    double loading[RUNS], loading_cpu[RUNS], json[RUNS], t[2], cpu;
    thermo_tokenizer *tok;
    thermo_error err;
    char *file, *input;
    size_t n, i, sizes[2] = {100000, 400000};
    int r, k, s, n_ids;
    if (thermo_read_file(path, (size_t)1 << 30, &file, &n, &err) != THERMO_OK) {
        fprintf(stderr, "tokenizer_bench: %s\n", err.message);
        exit(1);
    }
    for (r = 0; r < RUNS; r++) { /* alternating: the JSON alone, then the whole load */
        thermo_json j;
        double t0 = thermo_seconds();
        thermo_json_parse(&j, file, n, path, &err);
        json[r] = thermo_seconds() - t0;
        thermo_json_free(&j);
        t0 = thermo_seconds();
        loading_cpu[r] = cpu_seconds();
        tok = load(path);
        loading[r] = thermo_seconds() - t0;
        loading_cpu[r] = cpu_seconds() - loading_cpu[r];
        thermo_tokenizer_free(tok);
    }
    THERMO_FREE(file);
    printf("%-24s %5.1f MB: load %6.1f ms, CPU %6.1f ms (JSON alone %5.1f)", name, (double)n / 1e6,
           1e3 * median(loading, RUNS), 1e3 * median(loading_cpu, RUNS), 1e3 * median(json, RUNS));
    tok = load(path);
    t[0] = encode_seconds(tok, mixed, mixed_n, &n_ids, &cpu);
    printf(", mixed text %5.1f MB/s, CPU %5.1f MB/s\n", (double)mixed_n / 1e6 / t[0], (double)mixed_n / 1e6 / cpu);
    input = (char *)malloc(sizes[1]);
    for (k = 0; k < 6; k++) {
        for (s = 0; s < 2; s++) {
            unsigned seed = 1;
            size_t len = units[k] ? strlen(units[k]) : 1;
            for (i = 0; i + len <= sizes[s]; i += len)
                if (units[k]) memcpy(input + i, units[k], len);
                else input[i] = (char)('a' + ((seed = seed * 1103515245u + 12345u) >> 16) % 26);
            encode_seconds(tok, input, i, &n_ids, &t[s]);
        }
        printf("%s%s 100 KB %.1f ms CPU, 400 KB x%.1f", k % 3 ? "; " : "    ", kinds[k], 1e3 * t[0], t[1] / t[0]);
        if (k % 3 == 2) printf("\n");
    }
    free(input);
    thermo_tokenizer_free(tok);
}

/* The threads a parallel region gets: loading looks up the merges in parallel. */
static int threads(void) {
#ifdef _OPENMP
    return omp_get_max_threads();
#else
    return 1;
#endif
}

int main(int argc, char **argv) {
    thermo_error err;
    char *table, *rows, *mixed;
    size_t n, mixed_n;
    int a;
    if (thermo_read_file("tests/data/tokenizers/files.txt", 1 << 20, &table, &n, &err) != THERMO_OK) {
        fprintf(stderr, "tokenizer_bench: %s\n", err.message);
        return 1;
    }
    mixed = mixed_text(4u << 20, &mixed_n);
    printf("medians of %d runs, wall clock and CPU time (all threads); %d OpenMP threads, as thermo_cli is built "
           "(OMP_NUM_THREADS=1: one); mixed text: the golden corpus repeated to %.1f MB; the long inputs: CPU time at "
           "100 KB and its ratio at 400 KB (linear: x4)\n", RUNS, threads(), (double)mixed_n / 1e6);
    for (rows = table;;) {
        char name[64], store[16], source[192], path[256];
        const char *file;
        if (!tokenizer_files_next(&rows, name, store, source)) break;
        for (a = 1; a < argc && strcmp(argv[a], name) != 0; a++) {}
        if (argc > 1 && a == argc) continue;
        if ((file = tokenizer_file(name, store, source, path, sizeof path)) != NULL) bench(name, file, mixed, mixed_n);
    }
    free(mixed);
    THERMO_FREE(table);
    return 0;
}
