/* check.h - the tests' tiny harness: CHECK counts, a failure prints where and why, and
   check_report() prints "N passed, N failed" (summed by tests/run.sh) and the exit status. */
#ifndef CHECK_H
#define CHECK_H
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed;

/* The small checkpoints under tests/data/models with PyTorch goldens (tools/reference/). */
#define CHECK_GOLDEN_MODELS                                                                   \
    "qwen2_tied_f32", "qwen2_untied_sharded_bf16", "llama3_f16", "qwen3_bf16", "llama_bias_f32", \
        "hard_cases_f32", "smollm3_f32", "smollm3_bf16", "olmo2_f32", "olmo2_bf16", "gemma3_text_f32",      \
        "gemma3_text_bf16", "gemma2_f32", "gemma2_bf16", "phi3_bf16", "phi3_tied_f32", "gpt2_f32", "gpt2_bf16"

#define CHECK(cond, ...)                                                                       \
    do {                                                                                       \
        if (cond) check_passed++;                                                              \
        else {                                                                                 \
            check_failed++;                                                                    \
            printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);                             \
            printf(__VA_ARGS__);                                                               \
            printf("\n");                                                                      \
        }                                                                                      \
    } while (0)

/* |got - want| <= tol * max(|want|, floor), and track the worst relative difference seen. */
static inline double check_rel(double got, double want, double floor_) {
    double d = fabs(got - want), s = fabs(want) > floor_ ? fabs(want) : floor_;
    if (got == want) return 0; /* also inf == inf */
    if (isnan(got) && isnan(want)) return 0;
    return s > 0 ? d / s : d;
}

/* Path of a test data file, relative to the repo root (tests run from the repo root). */
static inline const char *check_data(const char *rel) {
    static char buf[4][1024];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "tests/data/%s", rel);
    return buf[i];
}

/* The whole file in a NUL-terminated buffer, or NULL. */
static inline char *check_slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = (char *)malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    if (buf) buf[n] = 0;
    if (len) *len = (size_t)n;
    fclose(f);
    return buf;
}

static inline int check_report(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}
#endif
