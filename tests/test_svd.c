/* test_svd.c - the singular values of section 7 against float64 numpy.linalg.svd goldens
   (tools/svd_goldens.py, which rebuilds the same matrices from the same splitmix64 stream), the
   fast path against the reference, thread-count independence, the batch entry point, bad input,
   and the original's S and E formulas. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"

#define TOL_SUM 1e-10     /* sum(s) and sum(s^2), relative */
#define TOL_ENTROPY 1e-9  /* entropy, absolute below 1 and relative above */
#define TOL_THREADS 1e-12 /* S and E, 1 thread against 2 */

typedef struct { uint64_t state; } rng64;

static uint64_t rng_next(rng64 *r) { /* splitmix64, as tools/svd_goldens.py */
    uint64_t z = (r->state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static double rng_uniform(rng64 *r) { return (double)(rng_next(r) >> 11) * 0x1p-52 - 1.0; }
static double rng_eighths(rng64 *r) { return ((double)(rng_next(r) >> 60) - 8) / 8.0; }

/* The raw bits of a random value of a storage type (sign, exponent -8..0 minus lower, any mantissa). */
static uint32_t storage_bits(rng64 *r, thermo_dtype dtype, int lower) {
    uint64_t z = rng_next(r), sign = z >> 63, e = (z >> 32) % 9 + (uint64_t)lower;
    if (dtype == THERMO_F32) return (uint32_t)(sign << 31 | (127 - e) << 23 | (z & 0x7FFFFF));
    if (dtype == THERMO_BF16) return (uint32_t)(sign << 15 | (127 - e) << 7 | (z & 0x7F));
    return (uint32_t)(sign << 15 | (15 - e) << 10 | (z & 0x3FF));
}

typedef struct {
    char name[64], kind[16];
    int64_t rows, cols;
    uint64_t seed;
    thermo_spectrum want;
    double *a;             /* rows x cols */
    thermo_tensor tensor;  /* storage kinds */
    unsigned char *bytes;
} golden;

/* The storage type of a kind stored as a tensor: f32, bf16, f16, graded_f32, hadamard_bf16, ... */
static thermo_dtype storage_dtype(const char *kind) {
    const char *suffix = strrchr(kind, '_') ? strrchr(kind, '_') + 1 : kind;
    if (strcmp(suffix, kind) && strncmp(kind, "graded_", 7) && strncmp(kind, "hadamard_", 9)) return (thermo_dtype)0;
    return !strcmp(suffix, "f32") ? THERMO_F32 : !strcmp(suffix, "bf16") ? THERMO_BF16 : !strcmp(suffix, "f16") ? THERMO_F16 : (thermo_dtype)0;
}

/* Entry (r, c) of the Sylvester Hadamard matrix: (-1)^popcount(r & c). */
static double hadamard(int64_t r, int64_t c) {
    uint64_t v = (uint64_t)(r & c);
    int parity = 0;
    for (; v; v &= v - 1) parity ^= 1;
    return parity ? -1.0 : 1.0;
}

static void build(golden *g) {
    rng64 r;
    int64_t i, j, k, n = g->rows * g->cols;
    thermo_dtype dt = storage_dtype(g->kind);
    r.state = g->seed;
    g->a = (double *)calloc((size_t)n, sizeof *g->a);
    if (!strcmp(g->kind, "rank1") || !strcmp(g->kind, "rank3")) {
        double *u = (double *)malloc((size_t)g->rows * sizeof *u), *v = (double *)malloc((size_t)g->cols * sizeof *v);
        for (k = 0; k < (g->kind[4] == '1' ? 1 : 3); k++) {
            for (i = 0; i < g->rows; i++) u[i] = rng_eighths(&r);
            for (j = 0; j < g->cols; j++) v[j] = rng_eighths(&r);
            for (i = 0; i < g->rows; i++)
                for (j = 0; j < g->cols; j++) g->a[i * g->cols + j] += u[i] * v[j];
        }
        free(u);
        free(v);
        return;
    }
    if (!strncmp(g->kind, "hadamard", 8) || !strcmp(g->kind, "clustered")) {
        double *row_sign = (double *)malloc((size_t)g->rows * sizeof *row_sign);
        double *col_sign = (double *)malloc((size_t)g->cols * sizeof *col_sign);
        for (i = 0; i < g->rows; i++) row_sign[i] = rng_next(&r) >> 63 ? 1.0 : -1.0;
        for (j = 0; j < g->cols; j++) col_sign[j] = rng_next(&r) >> 63 ? 1.0 : -1.0;
        for (i = 0; i < g->rows; i++)
            for (j = 0; j < g->cols; j++) {
                double h = row_sign[i] * col_sign[j] * hadamard(i, j);
                g->a[i * g->cols + j] = !strcmp(g->kind, "clustered") ? h + rng_uniform(&r) * 1e-6 : h;
            }
        free(row_sign);
        free(col_sign);
        if (!dt) return;
    }
    if (dt) {
        size_t size = thermo_dtype_size(dt);
        int hadamard_kind = !strncmp(g->kind, "hadamard", 8), graded = !strncmp(g->kind, "graded_", 7);
        g->bytes = (unsigned char *)malloc((size_t)n * size);
        for (i = 0; i < n; i++) {
            uint32_t bits, negative = g->a[i] < 0;
            if (hadamard_kind) /* +-1 */
                bits = dt == THERMO_F32 ? negative << 31 | 0x3F800000u : dt == THERMO_BF16 ? negative << 15 | 0x3F80u : negative << 15 | 0x3C00u;
            else bits = storage_bits(&r, dt, graded ? (int)((18 * (i % g->cols)) / (g->cols - 1)) : 0);
            memcpy(g->bytes + (size_t)i * size, &bits, size); /* little-endian hosts */
        }
        memset(&g->tensor, 0, sizeof g->tensor);
        g->tensor.name = g->name;
        g->tensor.dtype = dt;
        g->tensor.ndim = 2;
        g->tensor.shape[0] = g->rows;
        g->tensor.shape[1] = g->cols;
        g->tensor.numel = n;
        g->tensor.data = g->bytes;
        thermo_tensor_f64(&g->tensor, 0, n, g->a);
        return;
    }
    for (i = 0; i < g->rows; i++)
        for (j = 0; j < g->cols; j++) {
            double u = rng_uniform(&r);
            if (!strcmp(g->kind, "graded")) u = ldexp(u, -(int)((20 * j) / (g->cols - 1)));
            else if (!strcmp(g->kind, "halfzero") && j >= g->cols / 2) u = 0;
            else if (!strcmp(g->kind, "zero")) u = 0;
            else if (!strcmp(g->kind, "tiny")) u = u * 1e-12;
            g->a[i * g->cols + j] = u;
        }
}

/* Largest differences seen, per class of matrix and path. */
typedef struct { const char *label; double sum, entropy; } worst;
static worst worsts[96];
static int n_worsts;

static worst *worst_for(const char *label) {
    int i;
    for (i = 0; i < n_worsts; i++)
        if (!strcmp(worsts[i].label, label)) return &worsts[i];
    worsts[n_worsts].label = label;
    return &worsts[n_worsts++];
}

static void compare(const char *path, const golden *g, const thermo_spectrum *got, const thermo_spectrum *want) {
    static char labels[96][48];
    static int n_labels;
    char label[48];
    int i;
    double d_sum = check_rel(got->sum, want->sum, 0), d_sq = check_rel(got->sum_sq, want->sum_sq, 0);
    double d_ent = check_rel(got->entropy, want->entropy, 1), d_en = check_rel(got->energy, want->energy, 0);
    worst *w;
    snprintf(label, sizeof label, "%s %s", path, g->kind);
    for (i = 0; i < n_labels && strcmp(labels[i], label); i++) {}
    if (i == n_labels) strcpy(labels[n_labels++], label);
    w = worst_for(labels[i]);
    if (d_sum > w->sum) w->sum = d_sum;
    if (d_sq > w->sum) w->sum = d_sq;
    if (d_ent > w->entropy) w->entropy = d_ent;
    CHECK(d_sum <= TOL_SUM, "%s %s: sum %.17g want %.17g (rel %.3g)", path, g->name, got->sum, want->sum, d_sum);
    CHECK(d_sq <= TOL_SUM, "%s %s: sum_sq %.17g want %.17g (rel %.3g)", path, g->name, got->sum_sq, want->sum_sq, d_sq);
    CHECK(d_ent <= TOL_ENTROPY, "%s %s: entropy %.17g want %.17g (diff %.3g)", path, g->name, got->entropy, want->entropy, d_ent);
    CHECK(d_en <= TOL_SUM, "%s %s: energy %.17g want %.17g (rel %.3g)", path, g->name, got->energy, want->energy, d_en);
    CHECK(got->entropy == got->entropy && got->energy == got->energy, "%s %s: NaN", path, g->name);
}

/* The fast path's S and E in this build against the OpenMP build's (tests/run.sh runs that one
   first and it leaves them in RESULTS): the same up to reassociation (S absolute below 1). */
#define RESULTS "build/test/svd_fast_openmp.txt"
static FILE *results_out;
static double cross_build_worst = -1;

static void cross_build(const char *name, const thermo_spectrum *got) {
    const char *f = getenv("THERMO_TEST_FLAVOUR");
    FILE *in;
    char line[256], other[64];
    double s, e;
    if (f && !strcmp(f, "openmp")) {
        if (!results_out) results_out = fopen(RESULTS, "w");
        if (results_out) fprintf(results_out, "%s %.17g %.17g\n", name, got->entropy, got->energy);
        return;
    }
    if (!(in = fopen(RESULTS, "r"))) return;
    while (fgets(line, sizeof line, in))
        if (sscanf(line, "%63s %lf %lf", other, &s, &e) == 3 && !strcmp(other, name)) {
            double d = check_rel(got->entropy, s, 1), d2 = check_rel(got->energy, e, 0);
            if (d2 > d) d = d2;
            if (d > cross_build_worst) cross_build_worst = d;
            CHECK(d <= TOL_THREADS, "%s: S %.17g E %.17g here, S %.17g E %.17g with OpenMP", name,
                  got->entropy, got->energy, s, e);
        }
    fclose(in);
}

static int small_enough(const golden *g) {
    const char *f = getenv("THERMO_TEST_FLAVOUR");
    return !(f && !strcmp(f, "sanitize") && g->rows * g->cols > 20000);
}

static void test_goldens(void) {
    FILE *f = fopen(check_data("svd_goldens.txt"), "r");
    char line[512];
    int count = 0;
    CHECK(f != NULL, "open %s", check_data("svd_goldens.txt"));
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        golden g;
        long long rows, cols;
        unsigned long long seed;
        int64_t n;
        double *s_ref, *s_fast;
        thermo_spectrum ref, fast;
        thermo_error err;
        if (line[0] == '#') continue;
        memset(&g, 0, sizeof g);
        if (sscanf(line, "%63s %15s %lld %lld %llu %lf %lf %lf %lf", g.name, g.kind, &rows, &cols, &seed,
                   &g.want.sum, &g.want.sum_sq, &g.want.entropy, &g.want.energy) != 9) {
            CHECK(0, "bad golden line: %s", line);
            continue;
        }
        g.rows = rows;
        g.cols = cols;
        g.seed = seed;
        if (!small_enough(&g)) continue;
        count++;
        build(&g);
        n = rows < cols ? rows : cols;
        s_ref = (double *)calloc((size_t)n, sizeof *s_ref);
        s_fast = (double *)calloc((size_t)n, sizeof *s_fast);
        CHECK(thermo_svd_reference(g.a, g.rows, g.cols, s_ref, &err) == THERMO_OK, "%s: %s", g.name, err.message);
        if (storage_dtype(g.kind))
            CHECK(thermo_svd_tensor(&g.tensor, s_fast, &err) == THERMO_OK, "%s: %s", g.name, err.message);
        else
            CHECK(thermo_svd(g.a, g.rows, g.cols, s_fast, &err) == THERMO_OK, "%s: %s", g.name, err.message);
        thermo_spectrum_from_sigma(s_ref, n, &ref);
        thermo_spectrum_from_sigma(s_fast, n, &fast);
        compare("reference", &g, &ref, &g.want);
        compare(storage_dtype(g.kind) ? "fast (tensor)" : "fast", &g, &fast, &g.want);
        compare("fast vs reference", &g, &fast, &ref);
        cross_build(g.name, &fast);
        {
            int64_t i;
            int sorted = 1, clean = 1;
            for (i = 0; i < n; i++) {
                if (i && s_fast[i] > s_fast[i - 1]) sorted = 0;
                if (!(s_fast[i] >= 0) || !(s_ref[i] >= 0)) clean = 0;
            }
            CHECK(sorted, "%s: fast sigma descending", g.name);
            CHECK(clean, "%s: sigma finite and >= 0", g.name);
        }
        free(s_ref);
        free(s_fast);
        free(g.a);
        free(g.bytes);
    }
    fclose(f);
    if (results_out) fclose(results_out);
    if (cross_build_worst >= 0)
        printf("this build vs the OpenMP build: largest rel diff of S and E %.3g (tolerance %g)\n",
               cross_build_worst, TOL_THREADS);
    CHECK(count >= 10, "only %d golden cases ran", count);
}

/* thermo_svd with 1 and 2 threads (and this build against the others through the goldens). */
static void test_threads(void) {
#ifdef _OPENMP
    static const struct { const char *kind; int64_t rows, cols; } cases[] = {
        {"random", 300, 200}, {"random", 130, 517}, {"graded", 400, 96}, {"rank3", 200, 150}};
    double worst_s = 0, worst_e = 0;
    int i, saved = omp_get_max_threads();
    for (i = 0; i < (int)(sizeof cases / sizeof cases[0]); i++) {
        golden g;
        int64_t n = cases[i].rows < cases[i].cols ? cases[i].rows : cases[i].cols;
        double *s1 = (double *)calloc((size_t)n, sizeof *s1), *s2 = (double *)calloc((size_t)n, sizeof *s2);
        thermo_spectrum p1, p2;
        thermo_error err;
        memset(&g, 0, sizeof g);
        strcpy(g.kind, cases[i].kind);
        g.rows = cases[i].rows;
        g.cols = cases[i].cols;
        g.seed = 100 + (uint64_t)i;
        if (!small_enough(&g)) { free(s1); free(s2); continue; }
        build(&g);
        omp_set_num_threads(1);
        CHECK(thermo_svd(g.a, g.rows, g.cols, s1, &err) == THERMO_OK, "%s", err.message);
        omp_set_num_threads(2);
        CHECK(thermo_svd(g.a, g.rows, g.cols, s2, &err) == THERMO_OK, "%s", err.message);
        thermo_spectrum_from_sigma(s1, n, &p1);
        thermo_spectrum_from_sigma(s2, n, &p2);
        if (check_rel(p2.entropy, p1.entropy, 0) > worst_s) worst_s = check_rel(p2.entropy, p1.entropy, 0);
        if (check_rel(p2.energy, p1.energy, 0) > worst_e) worst_e = check_rel(p2.energy, p1.energy, 0);
        free(s1);
        free(s2);
        free(g.a);
    }
    omp_set_num_threads(saved);
    CHECK(worst_s <= TOL_THREADS && worst_e <= TOL_THREADS, "1 vs 2 threads: S %.3g E %.3g", worst_s, worst_e);
    printf("1 vs 2 threads: largest rel diff S %.3g, E %.3g (tolerance %g)\n", worst_s, worst_e, TOL_THREADS);
#endif
}

/* Which R the fast path takes: pivoted Cholesky of G for random, graded and half-zero matrices
   (zero columns are no breakdown), the Householder QR fallback for rank-deficient ones. */
static void test_cholesky_breakdown(void) {
    static const struct { const char *kind; int64_t rows, cols; int breaks; } cases[] = {
        {"random", 60, 40, 0}, {"graded", 400, 96, 0}, {"halfzero", 40, 30, 0}, {"rank1", 40, 30, 1},
        {"rank3", 200, 150, 1}};
    int i;
    for (i = 0; i < (int)(sizeof cases / sizeof cases[0]); i++) {
        golden g;
        int64_t n = cases[i].cols, np = (n + THERMO__JB - 1) / THERMO__JB * THERMO__JB, r, a, b;
        double *gram = (double *)calloc((size_t)(np * np), sizeof *gram), d[160], diag0[160];
        memset(&g, 0, sizeof g);
        strcpy(g.kind, cases[i].kind);
        g.rows = cases[i].rows;
        g.cols = cases[i].cols;
        g.seed = 300 + (uint64_t)i;
        build(&g);
        for (r = 0; r < g.rows; r++)
            for (a = 0; a < n; a++)
                for (b = 0; b < n; b++) gram[a * np + b] += g.a[r * n + a] * g.a[r * n + b];
        CHECK(thermo__cholesky(gram, np, n, d, diag0) == -cases[i].breaks, "%s: Cholesky %s", g.kind,
              cases[i].breaks ? "should break down" : "should not break down");
        free(gram);
        free(g.a);
    }
}

static void progress(void *user, int done, int total, const char *name) {
    int *calls = (int *)user;
    CHECK(done == calls[0] + 1 && total == 5 && name != NULL, "progress %d/%d", done, total);
    calls[0]++;
}

/* thermo_spectra = thermo_svd_tensor + thermo_spectrum_from_sigma for each, whatever the order. */
static void test_batch(void) {
    static const int64_t shapes[5][2] = {{64, 100}, {260, 160}, {8, 3}, {1, 1}, {90, 33}};
    golden g[5];
    const thermo_tensor *ts[5];
    thermo_spectrum out[5];
    thermo_error err;
    int i, calls = 0;
    for (i = 0; i < 5; i++) {
        memset(&g[i], 0, sizeof g[i]);
        snprintf(g[i].name, sizeof g[i].name, "batch.%d.weight", i);
        strcpy(g[i].kind, i == 4 ? "f16" : "bf16");
        g[i].rows = shapes[i][0];
        g[i].cols = shapes[i][1];
        g[i].seed = 200 + (uint64_t)i;
        build(&g[i]);
        ts[i] = &g[i].tensor;
    }
    CHECK(thermo_spectra(ts, 5, out, progress, &calls, &err) == THERMO_OK, "%s", err.message);
    CHECK(calls == 5, "progress called %d times", calls);
    for (i = 0; i < 5; i++) {
        int64_t n = g[i].rows < g[i].cols ? g[i].rows : g[i].cols;
        double *s = (double *)calloc((size_t)n, sizeof *s);
        thermo_spectrum one;
        CHECK(thermo_svd_tensor(ts[i], s, &err) == THERMO_OK, "%s", err.message);
        thermo_spectrum_from_sigma(s, n, &one);
        CHECK(one.entropy == out[i].entropy && one.energy == out[i].energy && one.sum == out[i].sum,
              "batch %d: S %.17g/%.17g E %.17g/%.17g", i, out[i].entropy, one.entropy, out[i].energy, one.energy);
        free(s);
    }
    CHECK(thermo_spectra(ts, 0, out, NULL, NULL, &err) == THERMO_OK, "empty batch");
    /* a non-finite weight in one tensor: the error names it */
    {
        unsigned char nan_bf16[2] = {0xC0, 0x7F};
        memcpy(g[1].bytes + 2 * 1234, nan_bf16, 2);
        CHECK(thermo_spectra(ts, 5, out, NULL, NULL, &err) != THERMO_OK, "NaN weight should fail");
        CHECK(strstr(err.message, "batch.1.weight") && strstr(err.message, "non-finite"), "message: %s", err.message);
    }
    for (i = 0; i < 5; i++) { free(g[i].a); free(g[i].bytes); }
}

static void test_bad_input(void) {
    double a[6] = {1, 2, 3, 4, 5, 6}, s[2];
    thermo_error err;
    thermo_tensor t;
    uint16_t bf[6] = {0x3F80, 0x4000, 0x7F80 /* +inf */, 0x3F80, 0x3F80, 0x3F80};
    a[4] = NAN;
    CHECK(thermo_svd(a, 2, 3, s, &err) != THERMO_OK && strstr(err.message, "non-finite") && strstr(err.message, "(1, 1)"),
          "NaN double: %s", err.message);
    CHECK(thermo_svd_reference(a, 2, 3, s, &err) != THERMO_OK && strstr(err.message, "non-finite"), "NaN reference: %s", err.message);
    a[4] = INFINITY;
    CHECK(thermo_svd(a, 3, 2, s, &err) != THERMO_OK && strstr(err.message, "non-finite"), "inf double: %s", err.message);
    memset(&t, 0, sizeof t);
    t.name = "model.layers.0.mlp.up_proj.weight";
    t.dtype = THERMO_BF16;
    t.ndim = 2;
    t.shape[0] = 2;
    t.shape[1] = 3;
    t.numel = 6;
    t.data = (const unsigned char *)bf;
    CHECK(thermo_svd_tensor(&t, s, &err) != THERMO_OK && strstr(err.message, t.name) && strstr(err.message, "[0, 2]"),
          "inf bf16: %s", err.message);
    t.ndim = 1;
    CHECK(thermo_svd_tensor(&t, s, &err) == THERMO_ERR_ARGUMENT && strstr(err.message, t.name), "1-D: %s", err.message);
    CHECK(thermo_svd(a, -1, 2, s, &err) == THERMO_ERR_ARGUMENT, "negative shape");
    CHECK(thermo_svd(a, 0, 2, s, &err) == THERMO_OK && thermo_svd_reference(a, 3, 0, s, &err) == THERMO_OK, "empty");
}

/* The original: s = s[s > 0]; p = s/sum; S = -(p log p).sum(); E = (s^2).sum()/(s.sum() + 1e-8), 0 if sum is 0. */
static void test_spectrum_formulas(void) {
    double s[3] = {3, 1, 0}, z[2] = {0, 0};
    thermo_spectrum p;
    thermo_spectrum_from_sigma(s, 3, &p);
    CHECK(p.sum == 4 && p.sum_sq == 10, "sums %g %g", p.sum, p.sum_sq);
    CHECK(check_rel(p.entropy, -(0.75 * log(0.75) + 0.25 * log(0.25)), 0) < 1e-15, "entropy %.17g", p.entropy);
    CHECK(p.energy == 10 / (4 + 1e-8), "energy %.17g", p.energy);
    thermo_spectrum_from_sigma(z, 2, &p);
    CHECK(p.sum == 0 && p.entropy == 0 && p.energy == 0, "zeros: S %g E %g", p.entropy, p.energy);
    thermo_spectrum_from_sigma(z, 0, &p);
    CHECK(p.entropy == 0 && p.energy == 0, "empty");
}

/* thermo__rotation_t, the smaller root of t^2 + 2 zeta t - 1 = 0, zeta = (djj - dii)/(2g), against
   the textbook sign(zeta)/(|zeta| + sqrt(1 + zeta^2)), and against t = g/(djj - dii) (its limit)
   where zeta^2 overflows and the textbook form gives 0. */
static void test_rotation_t(void) {
    static const double cases[][3] = {{1, 1, 0.5}, {1, 3, 1}, {3, 1, 1}, {1, 3, -1}, {1, 2, -1e-3},
                                      {2, 1, 1e-3}, {1e-6, 1, 0.3}, {5, 5.5, 7}, {1, 1 + 1e-12, 1e-3}};
    double worst = 0;
    int i;
    for (i = 0; i < (int)(sizeof cases / sizeof cases[0]); i++) {
        double dii = cases[i][0], djj = cases[i][1], g = cases[i][2], zeta = (djj - dii) / (2 * g);
        double want = (zeta >= 0 ? 1.0 : -1.0) / (fabs(zeta) + sqrt(1 + zeta * zeta)), t = thermo__rotation_t(dii, djj, g);
        double d = fabs(t - want) / fabs(want);
        if (zeta == 0) d = fabs(fabs(t) - 1); /* both roots are +-1 */
        if (d > worst) worst = d;
        CHECK(d <= 4 * DBL_EPSILON, "rotation_t(%g, %g, %g) = %.17g, want %.17g", dii, djj, g, t, want);
    }
    for (i = 0; i < 2; i++) { /* zeta = -+5e304 */
        double dii = i ? 1 : 1e300, djj = i ? 1e300 : 1, g = i ? -1e-5 : 1e-5, want = g / (djj - dii);
        double t = thermo__rotation_t(dii, djj, g);
        CHECK(fabs(t - want) <= 4 * DBL_EPSILON * fabs(want), "rotation_t huge zeta: %.17g, want %.17g", t, want);
    }
    printf("rotation_t: largest rel diff %.3g (tolerance %.3g)\n", worst, 4 * DBL_EPSILON);
}

int main(void) {
    int i;
    test_spectrum_formulas();
    test_rotation_t();
    test_goldens();
    test_cholesky_breakdown();
    test_threads();
    test_batch();
    test_bad_input();
    for (i = 0; i < n_worsts; i++)
        printf("largest diff %-32s sum/sum_sq %.3g (tol %g)  entropy %.3g (tol %g)\n", worsts[i].label,
               worsts[i].sum, TOL_SUM, worsts[i].entropy, TOL_ENTROPY);
    return check_report("test_svd");
}
