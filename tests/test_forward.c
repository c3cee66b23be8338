/* test_forward.c - the forward and backward pass (section 6 of thermo.h).
   1. each backward kernel against central finite differences of its forward kernel (the
      objective sum_i r_i out_i and the differences accumulated in double);
   2. the T x T gradient-norm identity against the explicit reference and a dense dW;
   3. tiny random models of each family written here: |dW| of every weight against finite
      differences of the whole model's loss, identity = explicit, several sequences, thread counts;
   4. the PyTorch goldens in tests/data/models (tools/reference/make_goldens.py). */
#include <stdlib.h>

/* 1: allocations of 64 KB or more fail (the gemm's scratch: its out-of-memory paths) */
static int fail_big_allocations;
static void *test_malloc(size_t n) { return fail_big_allocations && n >= 65536 ? NULL : malloc(n); }
#define THERMO_MALLOC(n) test_malloc(n)
#define THERMO_REALLOC(p, n) realloc(p, n)
#define THERMO_FREE(p) free(p)

#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"

#include <sys/stat.h>

#define TMP "build/test/tmp_forward"

static int sanitize; /* THERMO_TEST_FLAVOUR=sanitize: fewer finite differences */

/* ---- helpers ---- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static double uniform(void) { /* [-1, 1), splitmix64 */
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (double)(z >> 11) / 4503599627370496.0 - 1.0;
}

static float *random_floats(size_t n, double scale, double offset) {
    float *p = (float *)malloc(n * sizeof *p);
    size_t i;
    for (i = 0; i < n; i++) p[i] = (float)(offset + scale * uniform());
    return p;
}

static thermo_tensor f32_tensor(const float *data, int64_t rows, int64_t cols) {
    thermo_tensor t;
    memset(&t, 0, sizeof t);
    t.name = "w";
    t.dtype = THERMO_F32;
    t.ndim = 2;
    t.shape[0] = rows;
    t.shape[1] = cols;
    t.numel = rows * cols;
    t.data = (const unsigned char *)data;
    return t;
}

typedef double (*objective_fn)(void *ctx);

/* (f(x_i + h) - f(x_i - h)) / (2h) with the step as the floats really moved; x_i restored */
static double central_difference(objective_fn f, void *ctx, float *x, size_t i, float h) {
    float x0 = x[i], up = x0 + h, down = x0 - h;
    double fu, fd;
    x[i] = up;
    fu = f(ctx);
    x[i] = down;
    fd = f(ctx);
    x[i] = x0;
    return (fu - fd) / ((double)up - (double)down);
}

/* max_i |analytic_i - fd_i| / max_i |fd_i| over n elements of x, printed next to the tolerance */
static void check_gradient(const char *what, objective_fn f, void *ctx, float *x, const float *analytic,
                           size_t n, float h, double tol) {
    double worst = 0, biggest = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        double fd = central_difference(f, ctx, x, i, h), e = fabs(fd - analytic[i]);
        if (e > worst) worst = e;
        if (fabs(fd) > biggest) biggest = fabs(fd);
    }
    worst = biggest > 0 ? worst / biggest : worst;
    printf("%-44s max |backward - fd| / max |fd| = %.2e (tolerance %.0e)\n", what, worst, tol);
    CHECK(worst <= tol && biggest > 0, "%s: %.3e", what, worst);
}

/* sum_i r_i out_i in double */
static double weighted_sum(const float *out, const float *r, size_t n) {
    double s = 0;
    size_t i;
    for (i = 0; i < n; i++) s += (double)r[i] * out[i];
    return s;
}

#define FD_TOL 2e-3 /* float kernels: rounding of ~1e-7 over steps of 1e-2 leaves ~1e-5 */

/* ---- 1. kernels against finite differences ---- */

enum { RN = 3, RC = 40 };
typedef struct { float *out, *rstd, *inp, *w, *r; int N, C; } rms_ctx;
static double rms_objective(void *v) {
    rms_ctx *c = (rms_ctx *)v;
    thermo__rmsnorm_forward(c->out, c->rstd, c->inp, c->w, 1e-5f, c->N, c->C);
    return weighted_sum(c->out, c->r, (size_t)c->N * c->C);
}

static void test_rmsnorm(void) {
    rms_ctx c;
    float *dinp;
    c.N = RN;
    c.C = RC;
    c.inp = random_floats(RN * RC, 1.0, 0.0);
    c.w = random_floats(RC, 0.5, 1.0);
    c.r = random_floats(RN * RC, 1.0, 0.0);
    c.out = (float *)calloc(RN * RC, sizeof(float));
    c.rstd = (float *)calloc(RN, sizeof(float));
    dinp = (float *)calloc(RN * RC, sizeof(float));
    rms_objective(&c);
    thermo__rmsnorm_backward(dinp, c.r, c.inp, c.rstd, c.w, RN, RC);
    check_gradient("rmsnorm_backward dinp", rms_objective, &c, c.inp, dinp, RN * RC, 1e-2f, FD_TOL);
    free(c.inp); free(c.w); free(c.r); free(c.out); free(c.rstd); free(dinp);
}

/* gpt2's LayerNorm with a bias */
typedef struct { float *out, *mean, *rstd, *inp, *w, *b, *r; } ln_ctx;
static double ln_objective(void *v) {
    ln_ctx *c = (ln_ctx *)v;
    thermo__layernorm_forward(c->out, c->mean, c->rstd, c->inp, c->w, c->b, 1e-5f, RN, RC);
    return weighted_sum(c->out, c->r, (size_t)RN * RC);
}

static void test_layernorm(void) {
    ln_ctx c;
    float *dinp = (float *)calloc(RN * RC, sizeof(float));
    double worst = 0;
    int n, i;
    c.inp = random_floats(RN * RC, 1.0, 0.3);
    c.w = random_floats(RC, 0.5, 1.0);
    c.b = random_floats(RC, 0.1, 0.0);
    c.r = random_floats(RN * RC, 1.0, 0.0);
    c.out = (float *)calloc(RN * RC, sizeof(float));
    c.mean = (float *)calloc(RN, sizeof(float));
    c.rstd = (float *)calloc(RN, sizeof(float));
    ln_objective(&c);
    for (n = 0; n < RN; n++) { /* against the definition in double */
        double mu = 0, var = 0;
        for (i = 0; i < RC; i++) mu += c.inp[n * RC + i] / (double)RC;
        for (i = 0; i < RC; i++) var += (c.inp[n * RC + i] - mu) * (c.inp[n * RC + i] - mu) / RC;
        for (i = 0; i < RC; i++) {
            double y = (c.inp[n * RC + i] - mu) / sqrt(var + 1e-5) * c.w[i] + c.b[i];
            if (fabs(y - c.out[n * RC + i]) > worst) worst = fabs(y - c.out[n * RC + i]);
        }
    }
    printf("%-44s max |out - double| = %.2e (tolerance 1e-5)\n", "layernorm_forward", worst);
    CHECK(worst < 1e-5, "layernorm_forward: %g", worst);
    thermo__layernorm_backward(dinp, c.r, c.inp, c.mean, c.rstd, c.w, RN, RC);
    check_gradient("layernorm_backward dinp", ln_objective, &c, c.inp, dinp, RN * RC, 1e-2f, FD_TOL);
    free(c.inp); free(c.w); free(c.b); free(c.r); free(c.out); free(c.mean); free(c.rstd); free(dinp);
}

/* gpt2's gelu_new, over [-6, 6] */
enum { GN = 200 };
typedef struct { float *out, *x, *r; } gelu_ctx;
static double gelu_objective(void *v) {
    gelu_ctx *c = (gelu_ctx *)v;
    thermo__gelu_new_forward(c->out, c->x, GN);
    return weighted_sum(c->out, c->r, GN);
}

static void test_gelu_new(void) {
    gelu_ctx c;
    float out[GN], dx[GN];
    double worst = 0;
    int i;
    c.out = out;
    c.x = random_floats(GN, 6.0, 0.0);
    c.r = random_floats(GN, 1.0, 0.0);
    gelu_objective(&c);
    for (i = 0; i < GN; i++) {
        double x = c.x[i], y = 0.5 * x * (1 + tanh(sqrt(2 / 3.14159265358979323846) * (x + 0.044715 * x * x * x)));
        if (fabs(y - out[i]) > worst) worst = fabs(y - out[i]);
    }
    printf("%-44s max |out - double| = %.2e (tolerance 1e-5)\n", "gelu_new_forward", worst);
    CHECK(worst < 1e-5, "gelu_new_forward: %g", worst);
    memset(dx, 0, sizeof dx);
    thermo__gelu_new_backward(dx, c.r, c.x, GN);
    check_gradient("gelu_new_backward dx", gelu_objective, &c, c.x, dx, GN, 1e-2f, FD_TOL);
    free(c.x); free(c.r);
}

/* gn for one weight w and T tokens, its scratch given (scratch: 64 threads, cols) but for the tiles
   (64 threads' share; free gn->tiles) */
static void gradnorms_for_test(thermo__gradnorms *gn, const thermo_tensor *w, int T, int cols, double *g2,
                               unsigned char *route, double *gx, double *gdy, double *rowsq, double *scratch) {
    memset(gn, 0, sizeof *gn);
    gn->tensors = w;
    gn->g2 = g2;
    gn->route = route;
    gn->T = T;
    gn->gx = gx;
    gn->gdy = gdy;
    gn->rowsq = rowsq;
    gn->scratch = scratch;
    gn->tiles = (float *)malloc(sizeof(float) * 64 * thermo__tile_floats((size_t)T, (size_t)cols));
    gn->tile_cols = (size_t)cols;
    CHECK(THERMO__THREADS() <= 64, "test scratch holds %d threads", THERMO__THREADS());
}

/* gpt2's Conv1D, its weight (C, OC) = (in, out): OC = 300 spans two conversion tiles */
enum { KT = 9, CC = 11, COC = 300 };
typedef struct { float *out, *inp, *wdata, *bias, *r; thermo_tensor w; } conv_ctx;
static double conv_objective(void *v) {
    conv_ctx *c = (conv_ctx *)v;
    thermo__conv1d_forward(c->out, c->inp, &c->w, c->bias, KT, CC, COC);
    return weighted_sum(c->out, c->r, KT * COC);
}

static void test_conv1d(void) {
    conv_ctx c;
    float *dinp = (float *)calloc(KT * CC, sizeof(float));
    double g2[1], rowsq[COC], scratch[64 * COC], gx[KT * KT], gdy[KT * KT], fdn = 0, dense = 0, worst = 0;
    double by_route[THERMO_GRADNORM_ROUTES];
    unsigned char route[1];
    thermo__gradnorms gn;
    int t, o, i, k;
    c.inp = random_floats(KT * CC, 1.0, 0.0);
    c.wdata = random_floats(CC * COC, 0.1, 0.0);
    c.bias = random_floats(COC, 0.1, 0.0);
    c.r = random_floats(KT * COC, 1.0, 0.0);
    c.out = (float *)calloc(KT * COC, sizeof(float));
    c.w = f32_tensor(c.wdata, CC, COC);
    conv_objective(&c);
    for (t = 0; t < KT; t++)
        for (o = 0; o < COC; o++) {
            double y = c.bias[o];
            for (i = 0; i < CC; i++) y += (double)c.inp[t * CC + i] * c.wdata[i * COC + o];
            if (fabs(y - c.out[t * COC + o]) > worst) worst = fabs(y - c.out[t * COC + o]);
        }
    printf("%-44s max |out - double loop| = %.2e (tolerance 1e-5)\n", "conv1d_forward", worst);
    CHECK(worst < 1e-5, "conv1d_forward: %g", worst);
    gradnorms_for_test(&gn, &c.w, KT, COC, g2, route, gx, gdy, rowsq, scratch);
    thermo__conv1d_backward(dinp, &gn, c.r, c.inp, &c.w, KT, CC, COC);
    check_gradient("conv1d_backward dinp", conv_objective, &c, c.inp, dinp, KT * CC, 1e-2f, FD_TOL);
    for (k = THERMO_GRADNORM_AUTO; k < THERMO_GRADNORM_ROUTES; k++) {
        gn.choice = (thermo_gradnorm_route)k;
        thermo__conv1d_backward(dinp, &gn, c.r, c.inp, &c.w, KT, CC, COC);
        by_route[gn.choice] = g2[0];
        CHECK(gn.choice == THERMO_GRADNORM_AUTO ? route[0] == THERMO_GRADNORM_STREAMED : route[0] == gn.choice,
              "conv1d route %d took %d", (int)gn.choice, route[0]);
    }
    for (i = 0; i < CC; i++) /* dW[i][o] = sum_t inp[t][i] r[t][o], and by finite differences */
        for (o = 0; o < COC; o++) {
            double s = 0, fd = i < 3 ? central_difference(conv_objective, &c, c.wdata, (size_t)i * COC + o, 1e-2f) : 0;
            for (t = 0; t < KT; t++) s += (double)c.inp[t * CC + i] * c.r[t * COC + o];
            dense += s * s;
            if (i < 3) fdn += (fd - s) * (fd - s);
        }
    printf("%-44s identity %.12g streamed %.12g reference %.12g dense %.12g, fd rows 0-2 off by %.2g\n", "conv1d |dW|^2",
           by_route[THERMO_GRADNORM_IDENTITY], by_route[THERMO_GRADNORM_STREAMED], by_route[THERMO_GRADNORM_REFERENCE], dense,
           sqrt(fdn));
    CHECK(fabs(by_route[THERMO_GRADNORM_IDENTITY] - dense) <= 1e-12 * dense &&
              fabs(by_route[THERMO_GRADNORM_REFERENCE] - dense) <= 1e-12 * dense,
          "conv1d |dW|: %.17g %.17g %.17g", by_route[THERMO_GRADNORM_IDENTITY], by_route[THERMO_GRADNORM_REFERENCE], dense);
    CHECK(fabs(by_route[THERMO_GRADNORM_STREAMED] - dense) <= 1e-6 * dense, "conv1d |dW| streamed %.17g dense %.17g",
          by_route[THERMO_GRADNORM_STREAMED], dense);
    CHECK(by_route[THERMO_GRADNORM_AUTO] == by_route[THERMO_GRADNORM_STREAMED], "auto takes the streamed route: 4 T (C + OC) = 11196 > C OC = 3300");
    CHECK(sqrt(fdn) <= FD_TOL * sqrt(dense), "conv1d dW against finite differences: %g", sqrt(fdn));
    free(c.inp); free(c.wdata); free(c.bias); free(c.r); free(c.out); free(dinp); free(gn.tiles);
}

/* gpt2's learned positions: out += wpe[positions]; its gradient norm as the embedding's with the
   positions as ids, against dW formed row by row */
static void test_positions(void) {
    enum { PT2 = 7, PP = 5, PH = 6 };
    int32_t positions[PT2] = {0, 1, 2, 3, 0, 1, 2}; /* two sequences of 4 and 3 tokens */
    float *wdata = random_floats(PP * PH, 0.5, 0.0), out[PT2 * PH], row[PH], *dout = random_floats(PT2 * PH, 1.0, 0.0);
    double g2[1], rowsq[PP + PT2], gx[PT2 * PT2], gdy[PT2 * PT2], dense = 0, worst = 0;
    thermo_tensor w = f32_tensor(wdata, PP, PH);
    thermo__gradnorms gn;
    unsigned char route[1];
    int t, p, i, order[PT2] = {0, 4, 1, 5, 2, 6, 3}; /* the tokens by position */
    memset(out, 0, sizeof out);
    thermo__positions_forward(out, positions, &w, row, PT2, PH);
    for (t = 0; t < PT2; t++)
        for (i = 0; i < PH; i++) worst = fmax(worst, fabs(out[t * PH + i] - wdata[positions[t] * PH + i]));
    CHECK(worst == 0, "positions_forward adds wpe's rows: %g", worst);
    for (p = 0; p < PP; p++)
        for (i = 0; i < PH; i++) {
            double s = 0;
            for (t = 0; t < PT2; t++) s += positions[t] == p ? dout[t * PH + i] : 0;
            dense += s * s;
        }
    memset(&gn, 0, sizeof gn);
    gn.tensors = &w;
    gn.g2 = g2;
    gn.route = route;
    gn.T = PT2;
    gn.gx = gx;
    gn.gdy = gdy;
    gn.rowsq = rowsq;
    thermo__embedding_backward(&gn, &w, dout, positions, order, NULL, PH);
    CHECK(fabs(g2[0] - dense) <= 1e-12 * dense, "|dwpe|^2 %.17g, rows formed %.17g", g2[0], dense);
    free(wdata); free(dout);
}

/* thermo__gemm's routes (few rows reading a weight transposed or as stored, k blocks, wide and
   narrow column tiles, float operands) against a double loop, and 1 against 2 threads bit for bit:
   c (M,N) += a (M,K) b (K,N), K = 300 spans two k blocks and N = 37 no multiple of 16 */
static void test_gemm(void) {
    enum { GN = 37, GK = 300 };
    static const int rows[] = {3, 16, 17, 129, 300};
    float *a = random_floats(300 * GK, 1.0, 0.0), *w = random_floats(GN * GK, 0.5, 0.0), *c0 = random_floats(300 * GN, 1.0, 0.0);
    float *c = (float *)malloc(sizeof(float) * 300 * GN), *c2 = (float *)malloc(sizeof(float) * 300 * GN);
    thermo_tensor wt = f32_tensor(w, GN, GK), ws = f32_tensor(w, GK, GN); /* W (N,K) read transposed; W (K,N) as stored */
    int r, form, i, j, k;
    for (r = 0; r < (int)(sizeof rows / sizeof *rows); r++)
        for (form = 0; form < 3; form++) {
            int M = rows[r], same = 1, scarce_same, oom;
            thermo__operand b = form == 0 ? thermo__stored(&wt, 0, 1) : form == 1 ? thermo__stored(&ws, 0, 0) : thermo__floats_operand(w, GN);
            double worst = 0;
            for (oom = 1; oom >= 0; oom--) { /* no scratch on the heap first, then the normal run */
                fail_big_allocations = oom;
                memcpy(oom ? c2 : c, c0, sizeof(float) * (size_t)M * GN);
                thermo__gemm(oom ? c2 : c, GN, a, GK, &b, M, GN, GK);
                fail_big_allocations = 0;
                for (i = 0; i < M; i++)
                    for (j = 0; j < GN; j++) {
                        double sum = c0[i * GN + j];
                        for (k = 0; k < GK; k++) sum += (double)a[i * GK + k] * (form == 0 ? w[j * GK + k] : w[k * GN + j]);
                        worst = fmax(worst, fabs(sum - (oom ? c2 : c)[i * GN + j]));
                    }
            }
            /* out of memory, the packing goes a few rows at a time: the same bits, except where a weight read
               as stored for few rows goes by k blocks normally */
            scarce_same = (form == 1 && M <= THERMO__FEW_ROWS) || memcmp(c, c2, sizeof(float) * (size_t)M * GN) == 0;
            CHECK(scarce_same, "gemm M %d form %d: out of memory for scratch, different bits", M, form);
#ifdef _OPENMP
            omp_set_num_threads(2);
            memcpy(c2, c0, sizeof(float) * (size_t)M * GN);
            thermo__gemm(c2, GN, a, GK, &b, M, GN, GK);
            same = memcmp(c, c2, sizeof(float) * (size_t)M * GN) == 0;
            omp_set_num_threads(1);
#endif
            printf("%-44s M %3d, b %s: max |c - double loop| %.1e (tolerance 1e-4), 1 and 2 threads %s\n", "gemm", M,
                   form == 0 ? "stored, transposed" : form == 1 ? "stored as is      " : "floats            ", worst,
                   same ? "the same" : "differ");
            CHECK(worst < 1e-4 && same, "gemm M %d form %d: %g, threads %s", M, form, worst, same ? "same" : "differ");
        }
    free(a); free(w); free(c0); free(c); free(c2);
}

/* C = 300 is no multiple of the gemm's 16 columns and spans two k blocks of 256; T = 19 is two 8-row tiles and an edge */
enum { MT = 19, MC = 300, MOC = 7 };
typedef struct { float *out, *inp, *wdata, *bias, *r; thermo_tensor w; } mm_ctx;
static double mm_objective(void *v) {
    mm_ctx *c = (mm_ctx *)v;
    thermo__matmul_forward(c->out, c->inp, &c->w, c->bias, MT, MC, MOC);
    return weighted_sum(c->out, c->r, MT * MOC);
}

static void test_matmul(void) {
    mm_ctx c;
    float *dinp = (float *)calloc(MT * MC, sizeof(float));
    double dense = 0, worst = 0;
    double g2[1], rowsq[MC], scratch[64 * MC], gx[MT * MT], gdy[MT * MT], by_route[THERMO_GRADNORM_ROUTES], fdn = 0;
    unsigned char route[1];
    thermo__gradnorms gn;
    uint16_t bf[MOC * MC];
    float *wround = (float *)malloc(sizeof(float) * MOC * MC), *out_bf = (float *)malloc(sizeof(float) * MT * MOC);
    int t, o, i, k;
    c.inp = random_floats(MT * MC, 1.0, 0.0);
    c.wdata = random_floats(MOC * MC, 0.1, 0.0);
    c.bias = random_floats(MOC, 0.1, 0.0);
    c.r = random_floats(MT * MOC, 1.0, 0.0);
    c.out = (float *)calloc(MT * MOC, sizeof(float));
    c.w = f32_tensor(c.wdata, MOC, MC);
    mm_objective(&c);
    /* the kernel against a plain triple loop in double */
    for (t = 0; t < MT; t++)
        for (o = 0; o < MOC; o++) {
            double s = c.bias[o];
            for (i = 0; i < MC; i++) s += (double)c.inp[t * MC + i] * c.wdata[o * MC + i];
            if (fabs(c.out[t * MOC + o] - s) > worst) worst = fabs(c.out[t * MOC + o] - s);
        }
    printf("%-44s max |out - double loop| = %.2e (tolerance 1e-5)\n", "matmul_forward", worst);
    CHECK(worst < 1e-5, "matmul_forward against the loop: %g", worst);
    /* bf16 weights, converted in tiles, give exactly what their float values give */
    for (i = 0; i < MOC * MC; i++) {
        uint32_t bits;
        memcpy(&bits, &c.wdata[i], 4);
        bf[i] = (uint16_t)(bits >> 16);
        bits = (uint32_t)bf[i] << 16;
        memcpy(&wround[i], &bits, 4);
    }
    {
        thermo_tensor wb = f32_tensor((const float *)(const void *)bf, MOC, MC), wf = f32_tensor(wround, MOC, MC);
        wb.dtype = THERMO_BF16;
        thermo__matmul_forward(out_bf, c.inp, &wb, c.bias, MT, MC, MOC);
        thermo__matmul_forward(c.out, c.inp, &wf, c.bias, MT, MC, MOC);
        CHECK(memcmp(out_bf, c.out, sizeof(float) * MT * MOC) == 0, "bf16 tiles convert exactly");
    }
    /* dinp, and |dW| by every route against dW by finite differences */
    gradnorms_for_test(&gn, &c.w, MT, MC, g2, route, gx, gdy, rowsq, scratch);
    thermo__matmul_backward(dinp, &gn, c.r, c.inp, &c.w, MT, MC, MOC);
    check_gradient("matmul_backward dinp", mm_objective, &c, c.inp, dinp, MT * MC, 1e-2f, FD_TOL);
    for (k = THERMO_GRADNORM_AUTO; k < THERMO_GRADNORM_ROUTES; k++) {
        gn.choice = (thermo_gradnorm_route)k;
        thermo__linear_gradnorm(&gn, &c.w, c.r, c.inp, MC, MOC);
        by_route[gn.choice] = g2[0];
        CHECK(gn.choice == THERMO_GRADNORM_AUTO ? route[0] == THERMO_GRADNORM_STREAMED : route[0] == gn.choice,
              "route %d took %d", (int)gn.choice, route[0]);
    }
    for (o = 0; o < MOC; o++)
        for (i = 0; i < MC; i++) {
            double fd = central_difference(mm_objective, &c, c.wdata, (size_t)o * MC + i, 1e-2f), s = 0;
            for (t = 0; t < MT; t++) s += (double)c.r[t * MOC + o] * c.inp[t * MC + i];
            fdn += fd * fd;
            dense += s * s;
        }
    printf("%-44s identity %.12g streamed %.12g reference %.12g dense %.12g fd %.6g\n", "matmul |dW|^2",
           by_route[THERMO_GRADNORM_IDENTITY], by_route[THERMO_GRADNORM_STREAMED], by_route[THERMO_GRADNORM_REFERENCE], dense, fdn);
    CHECK(fabs(by_route[THERMO_GRADNORM_IDENTITY] - dense) <= 1e-12 * dense, "identity %.17g dense %.17g", by_route[1], dense);
    CHECK(fabs(by_route[THERMO_GRADNORM_REFERENCE] - dense) <= 1e-12 * dense, "reference %.17g dense %.17g", by_route[3], dense);
    CHECK(fabs(by_route[THERMO_GRADNORM_STREAMED] - dense) <= 1e-6 * dense, "streamed %.17g dense %.17g", by_route[2], dense);
    CHECK(by_route[THERMO_GRADNORM_AUTO] == by_route[THERMO_GRADNORM_STREAMED], "auto takes the streamed route: 4 T (C + OC) = 23332 > C OC = 2100");
    /* the rule on the 0.5B shape: the identity for a 5-token prompt, streamed at 1024 tokens */
    CHECK(thermo__route(THERMO_GRADNORM_AUTO, 5, 896, 4864) == THERMO_GRADNORM_IDENTITY &&
              thermo__route(THERMO_GRADNORM_AUTO, 5, 896, 151936) == THERMO_GRADNORM_IDENTITY &&
              thermo__route(THERMO_GRADNORM_AUTO, 1024, 896, 4864) == THERMO_GRADNORM_STREAMED &&
              thermo__route(THERMO_GRADNORM_AUTO, 1024, 896, 151936) == THERMO_GRADNORM_STREAMED &&
              thermo__route(THERMO_GRADNORM_STREAMED, 5, 896, 4864) == THERMO_GRADNORM_STREAMED,
          "the route rule: 4 T (C + OC) < C OC takes the identity; a forced route is kept");
    CHECK(fabs(sqrt(fdn) - sqrt(dense)) <= FD_TOL * sqrt(dense), "fd %.9g dense %.9g", sqrt(fdn), sqrt(dense));
    free(c.inp); free(c.wdata); free(c.bias); free(c.r); free(c.out); free(dinp); free(gn.tiles); free(wround); free(out_bf);
}

enum { PT = 5, PNH = 3, PHD = 10 };
typedef struct { float *x, *work, *r, *cos_t, *sin_t; int *pos, d; } rope_ctx;
static double rope_objective(void *v) {
    rope_ctx *c = (rope_ctx *)v;
    memcpy(c->work, c->x, sizeof(float) * PT * PNH * PHD);
    thermo__rope_forward(c->work, c->cos_t, c->sin_t, c->pos, PT, PNH, PHD, c->d);
    return weighted_sum(c->work, c->r, PT * PNH * PHD);
}

/* RoPE on all PHD dims of each head, and (phi3) on the first 6 only, with longrope's short and
   long tables (attention factor sqrt 2 on cos and sin): the backward against finite differences,
   and the passed-through dims left exactly as they were */
static void test_rope(void) {
    static const int rotary[2] = {PHD, 6};
    rope_ctx c;
    int pos[PT] = {0, 1, 2, 0, 7}, k;
    float inv_freq[PHD / 2], dx[PT * PNH * PHD];
    thermo_config cfg;
    c.pos = pos;
    c.cos_t = (float *)malloc(sizeof(float) * 16 * PHD / 2);
    c.sin_t = (float *)malloc(sizeof(float) * 16 * PHD / 2);
    c.x = random_floats(PT * PNH * PHD, 1.0, 0.0);
    c.r = random_floats(PT * PNH * PHD, 1.0, 0.0);
    c.work = (float *)malloc(sizeof(float) * PT * PNH * PHD);
    for (k = 0; k < 2; k++) {
        int t, h, i, same = 1;
        memset(&cfg, 0, sizeof cfg);
        cfg.head_dim = PHD;
        cfg.rotary_dim = c.d = rotary[k];
        cfg.rope_theta = 10000.0;
        if (k == 1) { /* longrope: rows 0..7 the short table, 8..15 the long one */
            cfg.rope_longrope = 1;
            for (i = 0; i < 3; i++) cfg.rope_short_factor[i] = 1.0 + 0.25 * i, cfg.rope_long_factor[i] = 2.0 + 4 * i;
            pos[4] = 8 + 7;
        }
        for (i = 0; i < (k ? 2 : 1); i++) {
            thermo__rope_inv_freq(inv_freq, &cfg, 0, i);
            thermo__rope_tables(c.cos_t + i * 8 * c.d / 2, c.sin_t + i * 8 * c.d / 2, inv_freq, 8, c.d,
                                k ? (float)sqrt(2.0) : 1.0f);
        }
        memcpy(dx, c.r, sizeof dx);
        thermo__rope_backward(dx, c.cos_t, c.sin_t, c.pos, PT, PNH, PHD, c.d);
        check_gradient(k ? "rope_backward dx, 6 of 10 dims, longrope" : "rope_backward dx", rope_objective, &c, c.x, dx,
                       PT * PNH * PHD, 1e-2f, FD_TOL);
        rope_objective(&c);
        for (t = 0; t < PT; t++)
            for (h = 0; h < PNH; h++)
                for (i = c.d; i < PHD; i++) same &= c.work[(t * PNH + h) * PHD + i] == c.x[(t * PNH + h) * PHD + i];
        CHECK(same, "rope on %d of %d dims changed a passed-through dim", c.d, PHD);
    }
    /* longrope's inv_freq is the plain one over each factor */
    {
        float plain[3], lr[3];
        int i, ok = 1;
        cfg.rope_longrope = 0;
        thermo__rope_inv_freq(plain, &cfg, 0, 0);
        cfg.rope_longrope = 1;
        thermo__rope_inv_freq(lr, &cfg, 0, 1);
        for (i = 0; i < 3; i++) ok &= fabs(lr[i] - plain[i] / cfg.rope_long_factor[i]) <= 1e-6 * plain[i];
        CHECK(ok, "longrope inv_freq %g %g %g, plain %g %g %g", lr[0], lr[1], lr[2], plain[0], plain[1], plain[2]);
    }
    free(c.cos_t); free(c.sin_t); free(c.x); free(c.r); free(c.work);
}

/* the fused projections' split (phi3's [q | k | v] and [gate | up]) against finite differences */
enum { ST = 3, S0 = 4, S1 = 2, S2 = 3 };
typedef struct { float *x, *a, *b, *c, *ra, *rb, *rc; } split_ctx;
static double split_objective(void *v) {
    split_ctx *c = (split_ctx *)v;
    thermo__split_forward(c->a, c->b, c->c, c->x, ST, S0, S1, S2);
    return weighted_sum(c->a, c->ra, ST * S0) + weighted_sum(c->b, c->rb, ST * S1) + weighted_sum(c->c, c->rc, ST * S2);
}

static void test_split(void) {
    split_ctx c;
    float a[ST * S0], b[ST * S1], cc[ST * S2], dx[ST * (S0 + S1 + S2)];
    c.x = random_floats(ST * (S0 + S1 + S2), 1.0, 0.0);
    c.ra = random_floats(ST * S0, 1.0, 0.0);
    c.rb = random_floats(ST * S1, 1.0, 0.0);
    c.rc = random_floats(ST * S2, 1.0, 0.0);
    c.a = a, c.b = b, c.c = cc;
    thermo__split_backward(dx, c.ra, c.rb, c.rc, ST, S0, S1, S2);
    check_gradient("split_backward dx", split_objective, &c, c.x, dx, ST * (S0 + S1 + S2), 1e-2f, FD_TOL);
    split_objective(&c);
    CHECK(a[S0] == c.x[S0 + S1 + S2] && b[0] == c.x[S0] && cc[ST * S2 - 1] == c.x[ST * (S0 + S1 + S2) - 1],
          "split takes the column blocks in order");
    free(c.x); free(c.ra); free(c.rb); free(c.rc);
}

/* llama3 scaling: with head_dim 16, theta 1e4, context 32, low 1, high 4 (the llama3_f16 golden's
   config) frequency 0 is kept, 1 blended, 2..7 divided by the factor 8 */
static void test_rope_llama3(void) {
    thermo_config cfg;
    float plain[8], scaled[8];
    int i, ok = 1;
    memset(&cfg, 0, sizeof cfg);
    cfg.head_dim = cfg.rotary_dim = 16;
    cfg.rope_theta = 10000.0;
    thermo__rope_inv_freq(plain, &cfg, 0, 0);
    cfg.rope_llama3 = 1;
    cfg.rope_factor = 8;
    cfg.rope_low_freq_factor = 1;
    cfg.rope_high_freq_factor = 4;
    cfg.rope_original_max_position = 32;
    thermo__rope_inv_freq(scaled, &cfg, 0, 0);
    ok &= scaled[0] == plain[0];
    ok &= scaled[1] < plain[1] && scaled[1] > plain[1] / 8;
    for (i = 2; i < 8; i++) ok &= scaled[i] == plain[i] / 8.0f;
    CHECK(ok, "llama3 inv_freq branches: kept %g/%g blended %g/%g divided %g/%g", scaled[0], plain[0],
          scaled[1], plain[1], scaled[2], plain[2]);
}

/* two sequences of 3 and 4 tokens, 4 query heads on 2 KV heads of 6 */
enum { AT = 7, ANH = 4, ANKV = 2, AHD = 6 };
typedef struct { float *out, *smax, *ssum, *blocks, *q, *k, *v, *r; thermo__batch b; thermo__scoring sc; } att_ctx;
static double att_objective(void *v) {
    att_ctx *c = (att_ctx *)v;
    thermo__attention_forward(c->out, c->smax, c->ssum, c->blocks, c->q, c->k, c->v, &c->b, &c->sc, ANH, ANKV, AHD);
    return weighted_sum(c->out, c->r, AT * ANH * AHD);
}

/* Llama's scoring, and Gemma's: another scale, a softcap the scores reach, a window of 2 */
static void test_attention(const char *label, float scale, float cap, int window) {
    att_ctx c;
    int start[2] = {0, 3}, len[2] = {3, 4};
    float dq[AT * ANH * AHD] = {0}, dk[AT * ANKV * AHD] = {0}, dv[AT * ANKV * AHD] = {0};
    char what[96];
    int pos[AT], seq_end[AT], t;
    float dd[AT * ANH];
    memset(&c.b, 0, sizeof c.b);
    c.b.n = 2;
    c.b.T = AT;
    c.b.max_len = 4;
    c.b.start = start;
    c.b.len = len;
    c.b.pos = pos;
    c.b.seq_end = seq_end;
    for (t = 0; t < AT; t++) {
        pos[t] = t < 3 ? t : t - 3;
        seq_end[t] = t < 3 ? 3 : AT;
    }
    c.sc.scale = scale;
    c.sc.cap = cap;
    c.sc.window = window;
    c.q = random_floats(AT * ANH * AHD, 1.0, 0.0);
    c.k = random_floats(AT * ANKV * AHD, 1.0, 0.0);
    c.v = random_floats(AT * ANKV * AHD, 1.0, 0.0);
    c.r = random_floats(AT * ANH * AHD, 1.0, 0.0);
    c.out = (float *)calloc(AT * ANH * AHD, sizeof(float));
    c.smax = (float *)calloc(AT * ANH, sizeof(float));
    c.ssum = (float *)calloc(AT * ANH, sizeof(float));
    c.blocks = (float *)malloc(sizeof(float) * thermo__attention_floats(AHD) * (size_t)THERMO__THREADS());
    att_objective(&c);
    thermo__attention_backward(dq, dk, dv, dd, c.blocks, c.r, c.out, c.smax, c.ssum, c.q, c.k, c.v, &c.b, &c.sc, ANH, ANKV, AHD);
    snprintf(what, sizeof what, "attention_backward %s dq", label);
    check_gradient(what, att_objective, &c, c.q, dq, AT * ANH * AHD, 1e-2f, FD_TOL);
    snprintf(what, sizeof what, "attention_backward %s dk", label);
    check_gradient(what, att_objective, &c, c.k, dk, AT * ANKV * AHD, 1e-2f, FD_TOL);
    snprintf(what, sizeof what, "attention_backward %s dv", label);
    check_gradient(what, att_objective, &c, c.v, dv, AT * ANKV * AHD, 1e-2f, FD_TOL);
    free(c.q); free(c.k); free(c.v); free(c.r); free(c.out); free(c.smax); free(c.ssum); free(c.blocks);
}

/* a window: row t's output depends on v_s for t - window < s <= t only */
static void test_attention_window(void) {
    float q[4 * AHD], k[4 * AHD], v[4 * AHD], out[4 * AHD], smax[4], ssum[4];
    float *blocks = (float *)malloc(sizeof(float) * thermo__attention_floats(AHD) * (size_t)THERMO__THREADS());
    int start[1] = {0}, len[1] = {4}, pos[4] = {0, 1, 2, 3}, seq_end[4] = {4, 4, 4, 4}, i, ok = 1;
    thermo__batch b;
    thermo__scoring sc = {0.5f, 0.0f, 2};
    memset(&b, 0, sizeof b);
    b.n = 1, b.T = 4, b.max_len = 4, b.start = start, b.len = len, b.pos = pos, b.seq_end = seq_end;
    for (i = 0; i < 4 * AHD; i++) q[i] = (float)uniform(), k[i] = (float)uniform(), v[i] = (float)(i / AHD == 0 ? 1e6 : uniform());
    thermo__attention_forward(out, smax, ssum, blocks, q, k, v, &b, &sc, 1, 1, AHD);
    free(blocks);
    for (i = 2 * AHD; i < 4 * AHD; i++) ok &= fabsf(out[i]) < 10.0f; /* rows 2, 3 never see v_0 = 1e6 */
    CHECK(ok && fabsf(out[AHD]) > 1e3f, "window 2: rows 2 and 3 do not attend to row 0, row 1 does");
}

/* thermo__exp_shifted against expf over every 61st float from -0 down to -104 and beyond, in
   runs of odd length (a short end each time): within 2 ulp (counting subnormal steps), 0 from
   -104 down and at -inf, NaN kept, and the shift */
static void test_exp(void) {
    enum { RUN = 4093 };
    float x[RUN], y[RUN], special[5] = {-INFINITY, NAN, 5.0f, -200.0f, 5.0f};
    uint32_t u = 0x80000000u, end = 0xC2E00000u; /* -0 .. -112 */
    int64_t worst = 0;
    int n = 0, i;
    while (u < end) {
        for (n = 0; n < RUN && u < end; n++, u += 61) memcpy(&x[n], &u, sizeof u);
        memcpy(y, x, sizeof(float) * (size_t)n);
        thermo__exp_shifted(y, 0.0f, n);
        for (i = 0; i < n; i++) {
            float want = x[i] <= -104.0f ? 0.0f : expf(x[i]);
            uint32_t a, b;
            int64_t ulps;
            memcpy(&a, &y[i], sizeof a);
            memcpy(&b, &want, sizeof b);
            ulps = a > b ? (int64_t)(a - b) : (int64_t)(b - a);
            if (ulps > worst) worst = ulps;
        }
    }
    printf("%-44s max %lld ulp from expf over x in [-112, 0] (tolerance 2)\n", "exp_shifted", (long long)worst);
    CHECK(worst <= 2, "exp_shifted: %lld ulp from expf", (long long)worst);
    thermo__exp_shifted(special, 5.0f, 5);
    CHECK(special[0] == 0.0f && special[1] != special[1] && special[2] == 1.0f && special[3] == 0.0f && special[4] == 1.0f,
          "exp_shifted: e^-inf = 0, NaN stays, e^(5 - 5) = 1, e^-205 = 0: %g %g %g %g", special[0], special[1], special[2],
          special[3]);
}

/* thermo__sigmoid against 1 / (1 + e^-g) in double from -80 to 120 (both branches, and past
   where e^-g would overflow a float), within 3e-7 relative; 0 and 1 at the infinities */
static void test_sigmoid(void) {
    enum { SN = 201 };
    float g[SN + 2], sig[SN + 2];
    double worst = 0;
    int i;
    for (i = 0; i < SN; i++) g[i] = (float)(i - 80) + 0.37f;
    g[SN] = INFINITY, g[SN + 1] = -INFINITY;
    thermo__sigmoid(sig, g, SN + 2);
    for (i = 0; i < SN; i++) {
        double want = 1.0 / (1.0 + exp(-(double)g[i]));
        if (fabs(sig[i] - want) / want > worst) worst = fabs(sig[i] - want) / want;
    }
    printf("%-44s max rel diff %.1e from double over g in [-80, 120] (tolerance 3e-7)\n", "sigmoid", worst);
    CHECK(worst < 3e-7 && sig[SN] == 1.0f && sig[SN + 1] == 0.0f, "sigmoid: %g, sig(inf) %g, sig(-inf) %g", worst, sig[SN],
          sig[SN + 1]);
}

/* The blocked attention against a double loop, on sequences of 70 and 81 tokens packed into 151
   rows (tiles across both sequences and past the 64-row grid), 6 query heads on 2 KV heads of
   20 (not a multiple of the register tile), with and without a window and a cap:
   out, smax, ssum and dq, dk, dv for r = d objective / d out (the formulas of
   thermo__attention_backward in double), and 1 against 2 threads bit for bit. */
enum { BT = 151, BNH = 6, BNKV = 2, BHD = 20 };
static void attention_double(double *out, double *smax, double *ssum, double *dq, double *dk, double *dv, const float *q,
                             const float *k, const float *v, const float *r, const thermo__batch *b, const thermo__scoring *sc) {
    int group = BNH / BNKV, t, h, s, c, qw = BNH * BHD, kw = BNKV * BHD;
    double *att = (double *)malloc(sizeof(double) * BT), *datt = (double *)malloc(sizeof(double) * BT);
    for (t = 0; t < BT; t++)
        for (h = 0; h < BNH; h++) {
            const float *qt = q + t * qw + h * BHD, *rt = r + t * qw + h * BHD;
            int kvo = h / group * BHD, first = thermo__attention_first(b, sc, t);
            double mx = -INFINITY, sum = 0, D = 0;
            for (s = first; s <= t; s++) {
                double x = 0;
                for (c = 0; c < BHD; c++) x += (double)qt[c] * k[s * kw + kvo + c];
                x *= sc->scale;
                att[s] = sc->cap > 0 ? sc->cap * tanh(x / sc->cap) : x;
                mx = att[s] > mx ? att[s] : mx;
            }
            for (s = first; s <= t; s++) sum += att[s] = exp(att[s] - mx);
            smax[t * BNH + h] = mx;
            ssum[t * BNH + h] = sum;
            for (c = 0; c < BHD; c++) out[t * qw + h * BHD + c] = 0;
            for (s = first; s <= t; s++) {
                att[s] /= sum;
                datt[s] = 0;
                for (c = 0; c < BHD; c++) {
                    out[t * qw + h * BHD + c] += att[s] * v[s * kw + kvo + c];
                    datt[s] += (double)rt[c] * v[s * kw + kvo + c];
                }
                D += att[s] * datt[s];
            }
            for (s = first; s <= t; s++) {
                double x = 0, slope = 1, g;
                for (c = 0; c < BHD; c++) x += (double)qt[c] * k[s * kw + kvo + c];
                if (sc->cap > 0) slope = 1 - tanh(x * sc->scale / sc->cap) * tanh(x * sc->scale / sc->cap);
                g = att[s] * (datt[s] - D) * slope * sc->scale;
                for (c = 0; c < BHD; c++) {
                    dq[t * qw + h * BHD + c] += g * k[s * kw + kvo + c];
                    dk[s * kw + kvo + c] += g * qt[c];
                    dv[s * kw + kvo + c] += att[s] * rt[c];
                }
            }
        }
    free(att);
    free(datt);
}

static double worst_of(const float *x, const double *want, size_t n) { /* max |x - want| / max |want| */
    double d = 0, m = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        d = fabs(x[i] - want[i]) > d ? fabs(x[i] - want[i]) : d;
        m = fabs(want[i]) > m ? fabs(want[i]) : m;
    }
    return d / m;
}

static void test_attention_blocks(const char *label, float cap, int window) {
    enum { QN = BT * BNH * BHD, KN = BT * BNKV * BHD };
    int start[2] = {0, 70}, len[2] = {70, 81}, pos[BT], seq_end[BT], t, run, ok = 1;
    float *q = random_floats(QN, 2.0, 0.0), *k = random_floats(KN, 2.0, 0.0), *v = random_floats(KN, 1.0, 0.0);
    float *r = random_floats(QN, 1.0, 0.0), *f[2][6], dd[BT * BNH];
    float *blocks = (float *)malloc(sizeof(float) * thermo__attention_floats(BHD) * 2); /* 2 threads */
    double *want = (double *)calloc(2 * QN + 2 * KN + 2 * BT * BNH, sizeof(double)), *wmax = want + 2 * QN + 2 * KN;
    double e[6];
    thermo__batch b;
    thermo__scoring sc;
    memset(&b, 0, sizeof b);
    b.n = 2, b.T = BT, b.max_len = 81, b.start = start, b.len = len, b.pos = pos, b.seq_end = seq_end;
    for (t = 0; t < BT; t++) pos[t] = t < 70 ? t : t - 70, seq_end[t] = t < 70 ? 70 : BT;
    sc.scale = 0.3f, sc.cap = cap, sc.window = window;
    for (run = 0; run < 2; run++) { /* out, smax, ssum, dq, dk, dv on 1 thread, then 2 */
        f[run][0] = (float *)calloc(QN, sizeof(float)), f[run][1] = (float *)calloc(BT * BNH, sizeof(float));
        f[run][2] = (float *)calloc(BT * BNH, sizeof(float)), f[run][3] = (float *)calloc(QN, sizeof(float));
        f[run][4] = (float *)calloc(KN, sizeof(float)), f[run][5] = (float *)calloc(KN, sizeof(float));
#ifdef _OPENMP
        omp_set_num_threads(run + 1);
#endif
        thermo__attention_forward(f[run][0], f[run][1], f[run][2], blocks, q, k, v, &b, &sc, BNH, BNKV, BHD);
        thermo__attention_backward(f[run][3], f[run][4], f[run][5], dd, blocks, r, f[run][0], f[run][1], f[run][2], q, k, v,
                                   &b, &sc, BNH, BNKV, BHD);
    }
#ifdef _OPENMP
    omp_set_num_threads(1);
#endif
    attention_double(want, wmax, wmax + BT * BNH, want + QN, want + 2 * QN, want + 2 * QN + KN, q, k, v, r, &b, &sc);
    e[0] = worst_of(f[0][0], want, QN);
    e[1] = worst_of(f[0][1], wmax, BT * BNH);
    e[2] = worst_of(f[0][2], wmax + BT * BNH, BT * BNH);
    e[3] = worst_of(f[0][3], want + QN, QN);
    e[4] = worst_of(f[0][4], want + 2 * QN, KN);
    e[5] = worst_of(f[0][5], want + 2 * QN + KN, KN);
    for (t = 0; t < 6; t++) {
        ok &= !memcmp(f[0][t], f[1][t], sizeof(float) * (t == 0 || t == 3 ? QN : t < 3 ? BT * BNH : KN));
        e[0] = e[t] > e[0] ? e[t] : e[0];
    }
    printf("%-44s max |x - double| / max |double| of out, smax, ssum, dq, dk, dv %.1e (tolerance 1e-5), 1 and 2 threads "
           "%s\n", label, e[0], ok ? "the same" : "differ");
    CHECK(e[0] < 1e-5 && ok, "%s: %g, threads %s", label, e[0], ok ? "same" : "differ");
    for (run = 0; run < 2; run++)
        for (t = 0; t < 6; t++) free(f[run][t]);
    free(q); free(k); free(v); free(r); free(blocks); free(want);
}

enum { SN = 50 };
typedef struct { float *out, *gate, *up, *r; int gelu; } gated_ctx;
static double gated_objective(void *v) {
    gated_ctx *c = (gated_ctx *)v;
    if (c->gelu) thermo__geglu_forward(c->out, c->gate, c->up, SN);
    else thermo__swiglu_forward(c->out, c->gate, c->up, SN);
    return weighted_sum(c->out, c->r, SN);
}

/* act(gate) * up with SiLU (swiglu) or GELU-tanh (geglu) */
static void test_gated(int gelu) {
    gated_ctx c;
    float dgate[SN] = {0}, dup[SN] = {0};
    const char *name = gelu ? "geglu" : "swiglu";
    char what[64];
    c.gelu = gelu;
    c.gate = random_floats(SN, 4.0, 0.0);
    c.up = random_floats(SN, 1.0, 0.0);
    c.r = random_floats(SN, 1.0, 0.0);
    c.out = (float *)calloc(SN, sizeof(float));
    if (gelu) thermo__geglu_backward(dgate, dup, c.r, c.gate, c.up, SN);
    else thermo__swiglu_backward(dgate, dup, c.r, c.gate, c.up, SN);
    snprintf(what, sizeof what, "%s_backward dgate", name);
    check_gradient(what, gated_objective, &c, c.gate, dgate, SN, 1e-2f, FD_TOL);
    snprintf(what, sizeof what, "%s_backward dup", name);
    check_gradient(what, gated_objective, &c, c.up, dup, SN, 1e-2f, FD_TOL);
    free(c.gate); free(c.up); free(c.r); free(c.out);
}

/* GELU-tanh against the formula in double, at points where its cubic term matters */
static void test_geglu_values(void) {
    float gate[5] = {-3.0f, -0.5f, 0.0f, 0.7f, 2.5f}, up[5] = {1, 1, 1, 1, 1}, out[5];
    double worst = 0;
    int i;
    thermo__geglu_forward(out, gate, up, 5);
    for (i = 0; i < 5; i++) {
        double x = gate[i], want = 0.5 * x * (1 + tanh(sqrt(2 / 3.14159265358979323846) * (x + 0.044715 * x * x * x)));
        if (fabs(out[i] - want) > worst) worst = fabs(out[i] - want);
    }
    printf("geglu vs the formula in double: max abs diff %.2e (tolerance 1e-6)\n", worst);
    CHECK(worst <= 1e-6, "gelu_tanh values %.3e", worst);
}

typedef struct { float *out, *inp, *r; float cap; } softcap_ctx;
static double softcap_objective(void *v) {
    softcap_ctx *c = (softcap_ctx *)v;
    thermo__softcap_forward(c->out, c->inp, c->cap, SN);
    return weighted_sum(c->out, c->r, SN);
}

/* cap tanh(x / cap) with inputs on both sides of the cap */
static void test_softcap(void) {
    softcap_ctx c;
    float d[SN];
    c.cap = 1.5f;
    c.inp = random_floats(SN, 4.0, 0.0);
    c.r = random_floats(SN, 1.0, 0.0);
    c.out = (float *)calloc(SN, sizeof(float));
    thermo__softcap_backward(d, c.r, c.inp, c.cap, SN);
    check_gradient("softcap_backward", softcap_objective, &c, c.inp, d, SN, 1e-2f, FD_TOL);
    free(c.inp); free(c.r); free(c.out);
}

/* The lm_head and cross-entropy sweeps: V = 300 is one full vocabulary tile of 256 and a partial
   one, or a single tile of 512 (backward then starts from the logits forward left). */
enum { CT = 5, CH = 6, CV = 300 };
typedef struct {
    float *lnf, *w;
    thermo_tensor W;
    thermo__vocab vs;
    thermo__batch b;
    int32_t targets[CT], ids[CT];
    double scale[CT], loss[CT], lse[CT];
} ce_ctx;
static double ce_objective(void *v) {
    ce_ctx *c = (ce_ctx *)v;
    double s = 0;
    int t;
    thermo__lm_head_forward(c->loss, c->lse, NULL, &c->vs, c->lnf, &c->W, c->targets, CT, CH, CV);
    for (t = 0; t < CT; t++) s += c->scale[t] * c->loss[t];
    return s;
}

/* cap > 0: Gemma 2's final softcap inside the tiles */
static void test_lm_head(float cap, int tile) {
    ce_ctx c;
    double by_route[THERMO_GRADNORM_ROUTES];
    float *logits = (float *)malloc(sizeof(float) * CT * CV), dlnf[CT * CH], arow[CT * CH];
    double dl[CT * CV], dW[CV * CH], dense = 0, worst_loss = 0, worst_logit = 0, worst_row = 0;
    double g2[1], rowsq[CV], scratch[64 * CV], gx[CT * CT], gdy[CT * CT];
    unsigned char route[1];
    thermo__gradnorms gn;
    int t, v, h, k;
    memset(&c, 0, sizeof c);
    c.lnf = random_floats(CT * CH, 1.0, 0.0);
    c.w = random_floats(CV * CH, 1.0, 0.0);
    c.W = f32_tensor(c.w, CV, CH);
    c.vs.tile = tile;
    c.vs.x = (float *)malloc(sizeof(float) * c.vs.tile * CT);
    c.vs.xt = (float *)malloc(sizeof(float) * c.vs.tile * CT);
    c.vs.dw = (float *)malloc(sizeof(float) * c.vs.tile * CH);
    c.vs.xtgt = (double *)malloc(sizeof(double) * CT);
    c.vs.capped = (float *)malloc(sizeof(float) * c.vs.tile * CT);
    c.vs.cap = cap;
    for (t = 0; t < CT; t++) {
        c.targets[t] = t == 2 ? -1 : (int32_t)(t * 97 % CV); /* both tiles */
        c.ids[t] = (int32_t)((t * 131 + 7) % CV);
        c.scale[t] = t == 2 ? 0.0 : 0.25;
    }
    c.ids[3] = c.ids[1]; /* a repeated id */
    c.b.T = CT;
    c.b.targets = c.targets;
    c.b.emb_ids = c.ids;
    c.b.scale = c.scale;
    thermo__lm_head_forward(c.loss, c.lse, logits, &c.vs, c.lnf, &c.W, c.targets, CT, CH, CV);
    for (t = 0; t < CT; t++) { /* against the definition in double: y = cap tanh(x / cap) */
        double lse = 0, x[CV], y[CV];
        for (v = 0; v < CV; v++) {
            x[v] = 0;
            for (h = 0; h < CH; h++) x[v] += (double)c.lnf[t * CH + h] * c.w[v * CH + h];
            y[v] = cap > 0 ? cap * tanh(x[v] / cap) : x[v];
            lse += exp(y[v]);
            if (fabs(y[v] - logits[t * CV + v]) > worst_logit) worst_logit = fabs(y[v] - logits[t * CV + v]);
        }
        lse = log(lse);
        if (c.targets[t] >= 0 && fabs(lse - y[c.targets[t]] - c.loss[t]) > worst_loss) worst_loss = fabs(lse - y[c.targets[t]] - c.loss[t]);
        for (v = 0; v < CV; v++) { /* without a cap rounded to float as the kernel's (its float exp too): the
                                      routes then agree with it to double rounding */
            float e = logits[t * CV + v];
            thermo__exp_shifted(&e, (float)c.lse[t], 1);
            dl[t * CV + v] = c.targets[t] < 0 ? 0.0
                             : cap > 0 ? c.scale[t] * (exp(y[v] - lse) - (v == c.targets[t])) * (1 - tanh(x[v] / cap) * tanh(x[v] / cap))
                                       : (float)(c.scale[t] * ((double)e - (v == c.targets[t])));
        }
    }
    printf("%-44s cap %g: max |logit - double| %.1e, |loss - double| %.1e (tolerance 1e-5)\n", "lm_head_forward", cap, worst_logit, worst_loss);
    CHECK(worst_logit < 1e-5 && worst_loss < 1e-5 && c.loss[2] == 0, "lm_head_forward %g %g", worst_logit, worst_loss);
    for (v = 0; v < CV; v++)
        for (h = 0; h < CH; h++) {
            double sum = 0;
            for (t = 0; t < CT; t++) sum += dl[t * CV + v] * c.lnf[t * CH + h];
            dW[v * CH + h] = sum;
            dense += sum * sum;
        }
    gradnorms_for_test(&gn, &c.W, CT, CV, g2, route, gx, gdy, rowsq, scratch);
    for (k = THERMO_GRADNORM_AUTO; k < THERMO_GRADNORM_ROUTES; k++) {
        gn.choice = (thermo_gradnorm_route)k;
        memset(dlnf, 0, sizeof dlnf);
        thermo__lm_head_forward(c.loss, c.lse, NULL, &c.vs, c.lnf, &c.W, c.targets, CT, CH, CV);
        thermo__lm_head_backward(dlnf, arow, &gn, &c.vs, c.lnf, &c.W, &c.b, c.lse, CH, CV);
        by_route[k] = g2[0];
        printf("%-44s cap %g, tile %d: |dW|^2 %.15g dense %.15g (%s)\n", "lm_head_backward", cap, tile, g2[0], dense, thermo_gradnorm_route_name((thermo_gradnorm_route)route[0]));
        CHECK(fabs(g2[0] - dense) <= (cap > 0 ? 1e-5 : route[0] == THERMO_GRADNORM_STREAMED ? 1e-6 : 1e-12) * dense, "lm_head |dW|^2 route %d: %.17g dense %.17g", k, g2[0], dense);
        CHECK(k != THERMO_GRADNORM_AUTO || route[0] == THERMO_GRADNORM_STREAMED, "auto streams: 4 T (C + OC) = 6120 > C OC = 1800");
        for (t = 0; t < CT; t++)
            for (h = 0; h < CH; h++) {
                double e = fabs(arow[t * CH + h] - dW[c.ids[t] * CH + h]);
                if (e > worst_row) worst_row = e;
            }
    }
    CHECK(fabs(by_route[THERMO_GRADNORM_IDENTITY] - by_route[THERMO_GRADNORM_REFERENCE]) <= 1e-12 * dense,
          "lm_head |dW|^2: identity %.17g reference %.17g", by_route[THERMO_GRADNORM_IDENTITY], by_route[THERMO_GRADNORM_REFERENCE]);
    printf("%-44s max |arow - dense row| %.1e (tolerance 1e-6)\n", "lm_head_backward", worst_row);
    CHECK(worst_row < 1e-6, "lm_head arow %g", worst_row);
    check_gradient("lm_head_backward dlnf", ce_objective, &c, c.lnf, dlnf, CT * CH, 1e-2f, FD_TOL);
    free(c.lnf); free(c.w); free(logits); free(gn.tiles);
    free(c.vs.x); free(c.vs.xt); free(c.vs.dw); free(c.vs.xtgt); free(c.vs.capped);
}

/* ---- 2. the embedding: |A + B|^2 from |A|^2, A's rows and the scattered rows B = a dense dE ---- */

static void test_embedding(void) {
    enum { T = 6, H = 5, V = 9 };
    int32_t ids[T] = {3, 7, 3, -1, 0, 3}; /* repeats, and a padding token */
    float *A = random_floats(V * H, 0.3, 0.0), *demb = random_floats(T * H, 1.0, 0.0), arow[T * H], e[V * H];
    double g2[1], rowsq[T], dE[V * H], dense = 0, a2 = 0;
    unsigned char route[1];
    int order[T] = {3, 4, 0, 2, 5, 1}; /* ids -1, 0, 3, 3, 3, 7 */
    thermo__gradnorms gn;
    thermo_tensor E = f32_tensor(e, V, H);
    int tied, t, v, c;
    memset(&gn, 0, sizeof gn);
    gn.tensors = &E;
    gn.g2 = g2;
    gn.route = route;
    gn.T = T;
    gn.rowsq = rowsq;
    for (v = 0; v < V * H; v++) a2 += (double)A[v] * A[v];
    for (t = 0; t < T; t++)
        for (c = 0; c < H; c++) arow[t * H + c] = ids[t] < 0 ? 0.0f : A[ids[t] * H + c];
    for (tied = 0; tied < 2; tied++) {
        for (v = 0; v < V * H; v++) dE[v] = tied ? A[v] : 0.0;
        for (t = 0; t < T; t++)
            for (c = 0; c < H; c++)
                if (ids[t] >= 0) dE[ids[t] * H + c] += demb[t * H + c];
        for (dense = 0, v = 0; v < V * H; v++) dense += dE[v] * dE[v];
        g2[0] = tied ? a2 : 0;
        thermo__embedding_backward(&gn, &E, demb, ids, order, tied ? arow : NULL, H);
        printf("%-44s %.15g dense %.15g\n", tied ? "embedding |dE|^2, tied" : "embedding |dE|^2", g2[0], dense);
        CHECK(fabs(g2[0] - dense) <= 1e-12 * dense, "embedding %.17g dense %.17g", g2[0], dense);
    }
    free(A); free(demb);
}

/* ---- 3. tiny models ---- */

/* Writes dir/config.json and dir/model.safetensors holding random tensors of every name the
   config implies (as tools/reference/make_checkpoints.py lists them), F32 or BF16. */
typedef struct {
    const char *arch;
    int V, H, I, L, NH, NKV, hd, tied, bias, mlp_bias, llama3, pad;
    const char *dtype;
} tiny;

static int write_tiny(const char *dir, const tiny *s) {
    char names[512][96], path[512], *hdr = (char *)malloc(1 << 16);
    int64_t shape[512][2], off = 0;
    int kind[512], n = 0, l, i, bf = strcmp(s->dtype, "BF16") == 0, Dq = s->NH * s->hd, Dkv = s->NKV * s->hd;
    size_t len = 0;
    FILE *f;
#define ADD(nm, r, c, k) (snprintf(names[n], 96, "%s", nm), shape[n][0] = (r), shape[n][1] = (c), kind[n] = (k), n++)
    ADD("model.embed_tokens.weight", s->V, s->H, 0);
    ADD("model.norm.weight", s->H, -1, 1);
    if (!s->tied) ADD("lm_head.weight", s->V, s->H, 0);
    for (l = 0; l < s->L; l++) {
        static const char *proj[] = {"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
                                     "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"};
        int rows[7], cols[7], p, qwen2 = strcmp(s->arch, "qwen2") == 0, olmo2 = strcmp(s->arch, "olmo2") == 0;
        int gemma = strncmp(s->arch, "gemma", 5) == 0;
        char nm[96];
        rows[0] = Dq, rows[1] = rows[2] = Dkv, rows[3] = s->H, rows[4] = rows[5] = s->I, rows[6] = s->H;
        cols[0] = cols[1] = cols[2] = s->H, cols[3] = Dq, cols[4] = cols[5] = s->H, cols[6] = s->I;
        for (p = 0; p < 7; p++) {
            int has_bias = p < 3 ? (qwen2 || s->bias) : p == 3 ? (!qwen2 && s->bias) : s->mlp_bias;
            snprintf(nm, sizeof nm, "model.layers.%d.%s.weight", l, proj[p]);
            ADD(nm, rows[p], cols[p], 0);
            if (has_bias) {
                snprintf(nm, sizeof nm, "model.layers.%d.%s.bias", l, proj[p]);
                ADD(nm, rows[p], -1, 2);
            }
        }
        /* olmo2: norms on the outputs, q_norm/k_norm over all of q and k; qwen3, gemma3: per head;
           gemma: four norms */
        snprintf(nm, sizeof nm, "model.layers.%d.%s.weight", l, olmo2 ? "post_feedforward_layernorm" : "input_layernorm");
        ADD(nm, s->H, -1, 1);
        snprintf(nm, sizeof nm, "model.layers.%d.post_attention_layernorm.weight", l);
        ADD(nm, s->H, -1, 1);
        if (gemma) {
            snprintf(nm, sizeof nm, "model.layers.%d.pre_feedforward_layernorm.weight", l);
            ADD(nm, s->H, -1, 1);
            snprintf(nm, sizeof nm, "model.layers.%d.post_feedforward_layernorm.weight", l);
            ADD(nm, s->H, -1, 1);
        }
        if (strcmp(s->arch, "qwen3") == 0 || strcmp(s->arch, "gemma3_text") == 0 || olmo2) {
            snprintf(nm, sizeof nm, "model.layers.%d.self_attn.q_norm.weight", l);
            ADD(nm, olmo2 ? Dq : s->hd, -1, 1);
            snprintf(nm, sizeof nm, "model.layers.%d.self_attn.k_norm.weight", l);
            ADD(nm, olmo2 ? Dkv : s->hd, -1, 1);
        }
    }
#undef ADD
    mkdir(TMP, 0777);
    mkdir(dir, 0777);
    snprintf(path, sizeof path, "%s/config.json", dir);
    f = fopen(path, "wb");
    if (!f) return -1;
    fprintf(f, "{\"model_type\": \"%s\", \"vocab_size\": %d, \"hidden_size\": %d, \"intermediate_size\": %d, "
               "\"num_hidden_layers\": %d, \"num_attention_heads\": %d, \"num_key_value_heads\": %d, \"head_dim\": %d, "
               "\"rms_norm_eps\": 1e-5, \"rope_theta\": 10000.0, \"tie_word_embeddings\": %s, \"attention_bias\": %s, "
               "\"mlp_bias\": %s",
            s->arch, s->V, s->H, s->I, s->L, s->NH, s->NKV, s->hd, s->tied ? "true" : "false",
            s->bias ? "true" : "false", s->mlp_bias ? "true" : "false");
    if (s->llama3)
        fprintf(f, ", \"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": 8.0, \"low_freq_factor\": 1.0, "
                   "\"high_freq_factor\": 4.0, \"original_max_position_embeddings\": 200}");
    if (s->pad >= 0) fprintf(f, ", \"pad_token_id\": %d", s->pad);
    if (strcmp(s->arch, "smollm3") == 0) fprintf(f, ", \"no_rope_layers\": [0, 1, 1]");
    if (strncmp(s->arch, "gemma", 5) == 0) /* softcaps the values reach, a window of 2 for 7 tokens */
        fprintf(f, ", \"sliding_window\": 2, \"attn_logit_softcapping\": 0.8, \"final_logit_softcapping\": 1.5, "
                   "\"query_pre_attn_scalar\": 5");
    fprintf(f, "}\n");
    fclose(f);
    len += (size_t)sprintf(hdr, "{");
    for (i = 0; i < n; i++) {
        int64_t numel = shape[i][0] * (shape[i][1] > 0 ? shape[i][1] : 1), bytes = numel * (bf ? 2 : 4);
        if (shape[i][1] > 0)
            len += (size_t)sprintf(hdr + len, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld,%lld],\"data_offsets\":[%lld,%lld]}",
                                   i ? "," : "", names[i], s->dtype, (long long)shape[i][0], (long long)shape[i][1],
                                   (long long)off, (long long)(off + bytes));
        else
            len += (size_t)sprintf(hdr + len, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld],\"data_offsets\":[%lld,%lld]}",
                                   i ? "," : "", names[i], s->dtype, (long long)shape[i][0], (long long)off,
                                   (long long)(off + bytes));
        off += bytes;
    }
    hdr[len++] = '}';
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    f = fopen(path, "wb");
    if (!f) return -1;
    for (i = 0; i < 8; i++) fputc((int)((uint64_t)len >> (8 * i)) & 0xFF, f);
    fwrite(hdr, 1, len, f);
    for (i = 0; i < n; i++) {
        int64_t j, numel = shape[i][0] * (shape[i][1] > 0 ? shape[i][1] : 1);
        for (j = 0; j < numel; j++) {
            float x = (float)(kind[i] == 0 ? 0.5 * uniform() : kind[i] == 1 ? 1.0 + 0.2 * uniform() : 0.2 * uniform());
            uint32_t bits;
            memcpy(&bits, &x, 4);
            if (bf) {
                uint16_t h = (uint16_t)(bits >> 16);
                fwrite(&h, 2, 1, f);
            } else fwrite(&bits, 4, 1, f);
        }
    }
    fclose(f);
    free(hdr);
    return 0;
}

/* Points every tensor of m at a writable copy of its data (for finite differences). */
static void **writable_weights(thermo_model *m) {
    void **copies = (void **)calloc((size_t)m->checkpoint.n_tensors, sizeof(void *));
    int i;
    for (i = 0; i < m->checkpoint.n_tensors; i++) {
        thermo_tensor *t = &m->checkpoint.tensors[i];
        size_t bytes = (size_t)t->numel * thermo_dtype_size(t->dtype);
        copies[i] = malloc(bytes);
        memcpy(copies[i], t->data, bytes);
        t->data = (const unsigned char *)copies[i];
    }
    return copies;
}

typedef struct { const thermo_model *m; const int32_t *const *ids; const int *lengths; int n; } loss_ctx;
/* the forward pass alone: the mean of the sequences' losses */
static double model_loss(void *v) {
    loss_ctx *c = (loss_ctx *)v;
    thermo__pass p;
    thermo_error err;
    double losses[8], loss;
    if (thermo__pass_init(&p, c->m, c->ids, c->lengths, c->n, THERMO_GRADNORM_AUTO, &err) != THERMO_OK) return NAN;
    thermo__forward(&p, NULL);
    loss = thermo__pass_losses(&p, losses);
    thermo__pass_free(&p);
    return loss;
}

/* Richardson's extrapolation of central differences with steps h and h/2: (4 D(h/2) - D(h)) / 3
   cancels the h^2 term, which a tiny model's RMSNorms (8 wide) make large. */
static double richardson(objective_fn f, void *ctx, float *x, size_t i, float h) {
    return (4 * central_difference(f, ctx, x, i, h / 2) - central_difference(f, ctx, x, i, h)) / 3;
}

/* two sequences; token 3 repeats within and across them, and 5 (the pad id of some models) too */
static const int32_t seq0[] = {3, 1, 4, 1, 5, 9, 2}, seq1[] = {6, 5, 3, 3, 5};
static const int32_t *const two_ids[2] = {seq0, seq1};
static const int two_lengths[2] = {7, 5};

static int open_tiny(thermo_model *m, const char *label, const tiny *s) {
    char dir[256];
    thermo_error err;
    snprintf(dir, sizeof dir, "%s/%s", TMP, label);
    if (write_tiny(dir, s) == 0 && thermo_model_open(m, dir, &err) == THERMO_OK) return 1;
    CHECK(0, "%s: cannot make the model", label);
    return 0;
}

/* identity = explicit, the mean of the sequences' losses, and (F32 models) |dW| of every weight
   against finite differences of the whole model's loss */
static void test_tiny(const char *label, const tiny *s) {
    thermo_model m;
    thermo_error err;
    thermo_gradients g, ge, gi, one;
    thermo_forward_options opt;
    int p, worst_at = 0, fd = s->dtype[0] == 'F' && (!sanitize || strcmp(s->arch, "qwen3") == 0);
    double worst = 0, worst_expl = 0, worst_streamed = 0;
    loss_ctx lc;
    void **copies;
    if (!open_tiny(&m, label, s)) return;
    copies = writable_weights(&m);
    memset(&opt, 0, sizeof opt);
    CHECK(thermo_forward_backward(&m, two_ids, two_lengths, 2, NULL, &g, &err) == THERMO_OK, "%s: %s", label, err.message);
    opt.gradient_route = THERMO_GRADNORM_REFERENCE;
    CHECK(thermo_forward_backward(&m, two_ids, two_lengths, 2, &opt, &ge, &err) == THERMO_OK, "%s: %s", label, err.message);
    opt.gradient_route = THERMO_GRADNORM_IDENTITY;
    CHECK(thermo_forward_backward(&m, two_ids, two_lengths, 2, &opt, &gi, &err) == THERMO_OK, "%s: %s", label, err.message);
    /* the same float gradients: their norms by the identity and the rows in double agree to double
       rounding; the streamed route forms dW in float */
    for (p = 0; p < g.n_params; p++) {
        double e = check_rel(gi.params[p].g_norm, ge.params[p].g_norm, 1e-300), f = check_rel(g.params[p].g_norm, ge.params[p].g_norm, 1e-300);
        if (e > worst_expl) worst_expl = e;
        if (g.params[p].route == THERMO_GRADNORM_STREAMED && f > worst_streamed) worst_streamed = f;
        if (g.params[p].route != THERMO_GRADNORM_STREAMED && f > worst_expl) worst_expl = f;
    }
    printf("%-44s identity vs reference: max rel diff %.2e (tolerance 1e-12), streamed %.2e (1e-6), routes auto took: %d identity %d streamed\n",
           label, worst_expl, worst_streamed, g.routes[THERMO_GRADNORM_IDENTITY], g.routes[THERMO_GRADNORM_STREAMED]);
    CHECK(worst_expl <= 1e-12 && g.loss == ge.loss && gi.loss == ge.loss, "%s: identity vs reference %.3e", label, worst_expl);
    CHECK(worst_streamed <= 1e-6, "%s: streamed vs reference %.3e", label, worst_streamed);
    CHECK(g.routes[THERMO_GRADNORM_IDENTITY] + g.routes[THERMO_GRADNORM_STREAMED] == g.n_params, "%s: auto takes identity or streamed", label);
    thermo_gradients_free(&gi);
    CHECK(thermo_forward_backward(&m, two_ids, two_lengths, 1, NULL, &one, &err) == THERMO_OK, "%s", err.message);
    CHECK(fabs(one.loss - g.losses[0]) <= 1e-12 && fabs(g.loss - (g.losses[0] + g.losses[1]) / 2) <= 1e-12,
          "%s: per-sequence losses %.9g %.9g alone %.9g", label, g.losses[0], g.losses[1], one.loss);
    thermo_gradients_free(&one);
    lc.m = &m;
    lc.ids = two_ids;
    lc.lengths = two_lengths;
    lc.n = 2;
    for (p = 0; fd && p < g.n_params; p++) {
        thermo_tensor *t = (thermo_tensor *)g.params[p].tensor;
        float *w = (float *)copies[t - m.checkpoint.tensors];
        double sq = 0, e;
        int64_t i;
        /* the padding row gets no gradient from the lookup (nn.Embedding's padding_idx), which the
           loss still depends on: untied, leave the row out; tied, its lm_head part can't be told apart */
        int pad_row = t == m.embed_tokens ? m.config.pad_token_id : -1;
        if (pad_row >= 0 && m.lm_head == m.embed_tokens) continue;
        for (i = 0; i < t->numel; i++)
            if (i / t->shape[1] != pad_row) {
                /* Gemma multiplies the embeddings by sqrt(H): the same step where they are used */
                double d = richardson(model_loss, &lc, w, (size_t)i, t == m.embed_tokens ? 1e-2f / thermo__embed_scale(&m) : 1e-2f);
                sq += d * d;
            }
        e = fabs(sqrt(sq) - g.params[p].g_norm) / g.params[p].g_norm;
        if (e > worst) worst = e, worst_at = p;
    }
    if (fd) {
        printf("%-44s |dW| vs finite differences: max rel diff %.2e at %s (tolerance %.0e)\n", label, worst,
               g.params[worst_at].name, 1e-3);
        CHECK(worst <= 1e-3, "%s: |dW| vs fd %.3e at %s", label, worst, g.params[worst_at].name);
    }
    thermo_gradients_free(&g);
    thermo_gradients_free(&ge);
    for (p = 0; p < m.checkpoint.n_tensors; p++) free(copies[p]);
    free(copies);
    thermo_model_close(&m);
}

/* bitwise the same results on 1, 2 and 3 threads, identity and explicit, on a model and 512
   tokens big enough that every kernel's parallel loop runs (serial builds: the same code runs) */
static void test_threads(void) {
    tiny s = {"qwen3", 500, 64, 96, 2, 4, 2, 16, 1, 0, 0, 0, -1, "BF16"};
    thermo_model m;
    thermo_error err;
    thermo_gradients g[3];
    thermo_forward_options opt;
    int32_t *ids = (int32_t *)malloc(512 * sizeof *ids);
    const int32_t *seqs[2];
    int lengths[2] = {256, 256}, n, i, k, ok = 1;
    for (i = 0; i < 512; i++) ids[i] = (int32_t)((uniform() + 1) * 250);
    seqs[0] = ids;
    seqs[1] = ids + 256;
    memset(&opt, 0, sizeof opt);
    if (!open_tiny(&m, "threads", &s)) return;
    for (k = THERMO_GRADNORM_AUTO; k < THERMO_GRADNORM_ROUTES; k++) {
        opt.gradient_route = (thermo_gradnorm_route)k;
        for (n = 0; n < 3; n++) {
#ifdef _OPENMP
            omp_set_num_threads(n + 1);
#endif
            CHECK(thermo_forward_backward(&m, seqs, lengths, 2, &opt, &g[n], &err) == THERMO_OK, "%s", err.message);
        }
        for (n = 1; n < 3; n++) {
            int p;
            ok &= g[n].loss == g[0].loss && g[n].n_params == g[0].n_params;
            for (p = 0; ok && p < g[0].n_params; p++)
                ok &= g[n].params[p].g_norm == g[0].params[p].g_norm && g[n].params[p].w_norm == g[0].params[p].w_norm;
        }
        CHECK(ok, "1, 2 and 3 threads give the same loss and norms (%s)", thermo_gradnorm_route_name(opt.gradient_route));
        for (n = 0; n < 3; n++) thermo_gradients_free(&g[n]);
    }
#ifdef _OPENMP
    omp_set_num_threads(1);
#endif
    free(ids);
    thermo_model_close(&m);
}

static void test_tiny_models(void) {
    /* arch V H I L NH NKV hd tied bias mlp_bias llama3 pad dtype */
    tiny qwen2 = {"qwen2", 16, 8, 12, 2, 2, 1, 4, 1, 0, 0, 0, -1, "F32"};
    tiny qwen2_pad = {"qwen2", 16, 8, 12, 2, 2, 1, 4, 1, 0, 0, 0, 5, "F32"};
    tiny llama = {"llama", 17, 12, 10, 2, 4, 2, 6, 0, 1, 1, 1, -1, "F32"}; /* llama3 RoPE: kept, blended, divided */
    tiny llama_untied_pad = {"llama", 17, 12, 10, 1, 4, 2, 4, 0, 0, 0, 0, 5, "F32"};
    tiny qwen3 = {"qwen3", 16, 8, 12, 2, 2, 1, 6, 1, 0, 0, 0, -1, "F32"};
    tiny qwen3_bf16 = {"qwen3", 16, 8, 12, 2, 4, 2, 6, 0, 1, 0, 0, -1, "BF16"};
    tiny smollm3 = {"smollm3", 16, 8, 12, 2, 2, 1, 4, 0, 0, 1, 0, 5, "F32"};  /* layer 0 without RoPE */
    tiny olmo2 = {"olmo2", 16, 8, 12, 2, 4, 2, 4, 0, 1, 0, 0, 5, "F32"};     /* attention_bias */
    tiny gemma2 = {"gemma2", 16, 8, 12, 2, 4, 2, 6, 0, 0, 0, 0, 5, "F32"};   /* layer 0 slides */
    tiny gemma3 = {"gemma3_text", 16, 8, 12, 2, 2, 1, 6, 0, 1, 0, 0, -1, "F32"}; /* both slide, local RoPE; pad 0 */
    test_tiny("qwen2_tied", &qwen2);
    test_tiny("qwen2_tied_pad", &qwen2_pad);
    test_tiny("llama_bias_llama3", &llama);
    test_tiny("llama_untied_pad", &llama_untied_pad);
    test_tiny("qwen3_tied", &qwen3);
    test_tiny("qwen3_untied_bf16", &qwen3_bf16);
    test_tiny("smollm3_nope_untied", &smollm3);
    test_tiny("olmo2_post_norms_untied_pad", &olmo2);
    test_tiny("gemma2_untied_pad", &gemma2);
    test_tiny("gemma3_text_untied", &gemma3);
    test_threads();
}

/* ---- 4. the PyTorch goldens (tools/reference/make_goldens.py) ---- */

/* a number, or the strings "inf", "-inf", "nan" */
static double json_number(const thermo_json *j, int32_t t) {
    double v = NAN;
    if (thermo_json_equals(j, t, "inf")) return INFINITY;
    if (thermo_json_equals(j, t, "-inf")) return -INFINITY;
    if (thermo_json_equals(j, t, "nan")) return NAN;
    if (thermo_json_double(j, t, &v) != 0) CHECK(0, "golden: token %d is not a number", (int)t);
    return v;
}

/* element i of array token a (tokens of an array are its elements' subtrees in order) */
static int32_t json_at(const thermo_json *j, int32_t a, int i) {
    int32_t t = a + 1;
    while (i-- > 0) t = j->tokens[t].next;
    return t;
}

/* The "ids" of a golden (at most 8 sequences) into ids[i] (malloc'ed), lengths, their first rows
   in the packed batch and the total; returns the count. */
static int golden_sequences(const thermo_json *j, const char *path, int32_t **ids, int *lengths, int *start, int *total) {
    int32_t ids_tok = thermo_json_get(j, 0, "ids");
    int n_seq = j->tokens[ids_tok].size, i, t;
    CHECK(n_seq >= 1 && n_seq <= 8, "%s: %d sequences", path, n_seq);
    for (i = 0; i < n_seq && i < 8; i++) {
        int32_t a = json_at(j, ids_tok, i);
        lengths[i] = j->tokens[a].size;
        ids[i] = (int32_t *)malloc(sizeof(int32_t) * (size_t)lengths[i]);
        start[i] = *total;
        *total += lengths[i];
        for (t = 0; t < lengths[i]; t++) ids[i][t] = (int32_t)json_number(j, json_at(j, a, t));
    }
    return n_seq < 8 ? n_seq : 8;
}

#define GOLDEN_LOSS_TOL 1e-5   /* the loss within 1e-5 of the reference */
#define GOLDEN_LOGIT_TOL 1e-5  /* relative, floor 1 */
#define GOLDEN_NORM_TOL 1e-4   /* |dW| within 1e-4 relative */

/* Runs model `name` on the sequences of tests/data/models/name/file and compares the loss, the
   logits slice and every 2-D weight's |W| and |dW| (by the identity and by explicit rows). */
static void test_golden(const char *name, const char *file) {
    char dir[256], path[300];
    size_t len;
    char *text;
    thermo_json j;
    thermo_error err;
    thermo_model m;
    thermo_gradients g;
    thermo_forward_options opt;
    int32_t params_tok, logits_tok, *ids[8];
    int lengths[8], n_seq, i, t, c, total = 0, start[8], mode;
    float *logits;
    snprintf(dir, sizeof dir, "tests/data/models/%s", name);
    snprintf(path, sizeof path, "%s/%s", dir, file);
    text = check_slurp(path, &len);
    if (!text) {
        CHECK(0, "%s: cannot read", path);
        return;
    }
    if (thermo_json_parse(&j, text, len, path, &err) != THERMO_OK) {
        CHECK(0, "%s", err.message);
        free(text);
        return;
    }
    if (thermo_model_open(&m, dir, &err) != THERMO_OK) {
        CHECK(0, "%s", err.message);
        thermo_json_free(&j);
        free(text);
        return;
    }
    n_seq = golden_sequences(&j, path, ids, lengths, start, &total);
    logits = (float *)malloc(sizeof(float) * (size_t)total * m.config.vocab_size);
    params_tok = thermo_json_get(&j, 0, "params");
    logits_tok = thermo_json_get(&j, 0, "logits");
    for (mode = THERMO_GRADNORM_AUTO; mode < THERMO_GRADNORM_ROUTES; mode++) {
        double loss_diff, logit_diff = 0, w_diff = 0, g_diff = 0;
        const char *g_at = "";
        int ordered = 1, zeros_exact = 1;
        memset(&opt, 0, sizeof opt);
        opt.gradient_route = (thermo_gradnorm_route)mode;
        opt.logits = logits;
        if (thermo_forward_backward(&m, (const int32_t *const *)ids, lengths, n_seq, &opt, &g, &err) != THERMO_OK) {
            CHECK(0, "%s: %s", path, err.message);
            break;
        }
        loss_diff = check_rel(g.loss, json_number(&j, thermo_json_get(&j, 0, "loss")), 1.0);
        for (i = 0; i < n_seq; i++) {
            int32_t seq_logits = json_at(&j, logits_tok, i);
            double d = check_rel(g.losses[i], json_number(&j, json_at(&j, thermo_json_get(&j, 0, "losses"), i)), 1.0);
            if (d > loss_diff) loss_diff = d;
            for (t = 0; t < lengths[i]; t++)
                for (c = 0; c < 8; c++) {
                    double want = json_number(&j, json_at(&j, json_at(&j, seq_logits, t), c));
                    double got = logits[(size_t)(start[i] + t) * m.config.vocab_size + c];
                    if (check_rel(got, want, 1.0) > logit_diff) logit_diff = check_rel(got, want, 1.0);
                }
        }
        CHECK(g.n_params == j.tokens[params_tok].size, "%s: %d weights, golden %d", path, g.n_params,
              j.tokens[params_tok].size);
        for (i = 0; i < g.n_params; i++) ordered &= i == 0 || strcmp(g.params[i - 1].name, g.params[i].name) < 0;
        CHECK(ordered, "%s: weights in name order", path);
        for (i = 0; i < j.tokens[params_tok].size; i++) {
            int32_t e = json_at(&j, params_tok, i);
            char pname[128];
            double want_w, want_g, dw, dg;
            int k;
            thermo_json_string(&j, thermo_json_get(&j, e, "name"), pname);
            want_w = json_number(&j, thermo_json_get(&j, e, "w_norm"));
            want_g = json_number(&j, thermo_json_get(&j, e, "g_norm"));
            for (k = 0; k < g.n_params && strcmp(g.params[k].name, pname) != 0; k++) {}
            if (k == g.n_params) {
                CHECK(0, "%s: no weight %s", path, pname);
                continue;
            }
            dw = check_rel(g.params[k].w_norm, want_w, 1e-300);
            dg = check_rel(g.params[k].g_norm, want_g, 1e-300);
            if (want_g == 0) zeros_exact &= g.params[k].g_norm == 0; /* T = inf hinges on an exact 0 */
            if (dw > w_diff) w_diff = dw;
            if (dg > g_diff) g_diff = dg, g_at = g.params[k].name;
        }
        printf("golden %s/%s %s: loss %.1e (tol %.0e), logits %.1e (tol %.0e), |W| %.1e, |dW| %.1e at %s (tol %.0e)\n",
               name, file, mode ? thermo_gradnorm_route_name((thermo_gradnorm_route)mode) : "auto", loss_diff, GOLDEN_LOSS_TOL, logit_diff, GOLDEN_LOGIT_TOL, w_diff,
               g_diff, g_at, GOLDEN_NORM_TOL);
        CHECK(loss_diff <= GOLDEN_LOSS_TOL, "%s: loss differs by %.3e", path, loss_diff);
        CHECK(logit_diff <= GOLDEN_LOGIT_TOL, "%s: logits differ by %.3e", path, logit_diff);
        CHECK(w_diff <= 1e-12, "%s: |W| differs by %.3e", path, w_diff);
        CHECK(g_diff <= GOLDEN_NORM_TOL, "%s: |dW| differs by %.3e at %s", path, g_diff, g_at);
        CHECK(zeros_exact, "%s: a zero gradient norm is not exactly 0", path);
        thermo_gradients_free(&g);
    }
    for (i = 0; i < n_seq; i++) free(ids[i]);
    free(logits);
    thermo_model_close(&m);
    thermo_json_free(&j);
    free(text);
}

static void test_goldens(void) {
    static const char *models[] = {CHECK_GOLDEN_MODELS};
    int i;
    for (i = 0; i < (int)(sizeof models / sizeof *models); i++) test_golden(models[i], "golden.json");
    test_golden("qwen2_tied_f32", "golden_multi.json");
}

/* config.json as the hub has it: eos_token_id a list, bos_token_id null, an integer rope_theta,
   keys thermo does not know (objects and arrays among them) ignored; each value comes through. */
static void test_hub_config_keys(void) {
    static const char *text =
        "{\"architectures\": [\"LlamaForCausalLM\"], \"attention_bias\": false, \"attention_dropout\": 0.0,\n"
        " \"bos_token_id\": null, \"eos_token_id\": [128001, 128008, 128009], \"head_dim\": 64,\n"
        " \"hidden_act\": \"silu\", \"hidden_size\": 2048, \"initializer_range\": 0.02, \"intermediate_size\": 8192,\n"
        " \"max_position_embeddings\": 131072, \"mlp_bias\": false, \"model_type\": \"llama\",\n"
        " \"num_attention_heads\": 32, \"num_hidden_layers\": 16, \"num_key_value_heads\": 8, \"pretraining_tp\": 1,\n"
        " \"rms_norm_eps\": 1e-05, \"rope_scaling\": {\"factor\": 32.0, \"high_freq_factor\": 4.0, \"low_freq_factor\": 1.0,\n"
        " \"original_max_position_embeddings\": 8192, \"rope_type\": \"llama3\"}, \"rope_theta\": 500000,\n"
        " \"tie_word_embeddings\": true, \"torch_dtype\": \"bfloat16\", \"transformers_version\": \"4.45.0.dev0\",\n"
        " \"use_cache\": true, \"vocab_size\": 128256, \"auto_map\": {\"AutoConfig\": \"x.Config\"},\n"
        " \"task_specific_params\": {\"a\": [1, {\"b\": null}]}, \"_name_or_path\": \"meta-llama/Llama-3.2-1B\"}";
    static const char *variants[] = {"\"eos_token_id\": 2, \"bos_token_id\": 1", "\"eos_token_id\": [], \"bos_token_id\": [0]",
                                     "\"eos_token_id\": null, \"pad_token_id\": null", "\"rope_theta\": 1000000.0",
                                     "\"rope_theta\": 1e6"};
    thermo_config cfg;
    thermo_error err;
    int i;
    CHECK(thermo_config_parse(&cfg, text, strlen(text), "config.json", &err) == THERMO_OK, "%s", err.message);
    CHECK(cfg.rope_theta == 500000.0 && cfg.hidden_size == 2048 && cfg.head_dim == 64 && cfg.num_key_value_heads == 8 &&
              cfg.vocab_size == 128256 && cfg.tie_word_embeddings == 1 && cfg.rope_llama3 && cfg.rope_factor == 32.0 &&
              cfg.rope_original_max_position == 8192 && cfg.pad_token_id == -1 && cfg.rms_norm_eps == 1e-5,
          "hub config read wrongly: rope_theta %g hidden %d head_dim %d", cfg.rope_theta, cfg.hidden_size, cfg.head_dim);
    for (i = 0; i < (int)(sizeof variants / sizeof *variants); i++) {
        char t[512];
        snprintf(t, sizeof t,
                 "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, \"num_hidden_layers\": 1, "
                 "\"num_attention_heads\": 2, \"vocab_size\": 16, %s}", variants[i]);
        CHECK(thermo_config_parse(&cfg, t, strlen(t), "config.json", &err) == THERMO_OK, "%s: %s", variants[i], err.message);
        CHECK(cfg.rope_theta == (i >= 3 ? 1e6 : 10000.0), "%s: rope_theta %g", variants[i], cfg.rope_theta);
    }
}

/* ---- 5. long prompts and sliding windows (tools/reference/make_long_goldens.py) ---- */

/* Writes `config` (the JSON text of token t) and a copy of `src`/model.safetensors into dir. */
static int write_case_folder(const char *dir, const thermo_json *j, int32_t t, const char *src) {
    char path[512];
    size_t n;
    char *weights;
    FILE *f;
    int ok;
    mkdir(dir, 0777);
    snprintf(path, sizeof path, "%s/config.json", dir);
    if (!(f = fopen(path, "wb"))) return 0;
    ok = fwrite(j->text + j->tokens[t].start, 1, j->tokens[t].end - j->tokens[t].start, f) ==
         j->tokens[t].end - j->tokens[t].start;
    ok &= fclose(f) == 0;
    snprintf(path, sizeof path, "%s/model.safetensors", src);
    if (!ok || !(weights = check_slurp(path, &n))) return 0;
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    ok = (f = fopen(path, "wb")) != NULL && fwrite(weights, 1, n, f) == n;
    ok &= f && fclose(f) == 0;
    free(weights);
    return ok;
}

/* Runs tests/data/long/name.json by every gradient-norm route: loss against the float32 run,
   logits rows, every |dW| against the float64 run (1e-4).  A windowed case also runs without its
   window, which must change the loss (the window is really in force). */
static void test_long_golden(const char *name) {
    char path[300], dir[300], src[300];
    size_t len;
    char *text;
    thermo_json j;
    thermo_error err;
    thermo_model m;
    thermo_gradients g;
    thermo_forward_options opt;
    int32_t params_tok, rows_tok, *ids[8];
    int lengths[8], start[8], n_seq, i, total = 0, route;
    float *logits;
    snprintf(path, sizeof path, "tests/data/long/%s.json", name);
    if (!(text = check_slurp(path, &len)) || thermo_json_parse(&j, text, len, path, &err) != THERMO_OK) {
        CHECK(0, "%s: cannot read", path);
        free(text);
        return;
    }
    thermo_json_string(&j, thermo_json_get(&j, 0, "checkpoint"), path + 200);
    snprintf(src, sizeof src, "tests/data/models/%s", path + 200);
    snprintf(dir, sizeof dir, "%s/long_%s", TMP, name);
    snprintf(path, sizeof path, "tests/data/long/%s.json", name);
    if (!write_case_folder(dir, &j, thermo_json_get(&j, 0, "config"), src) || thermo_model_open(&m, dir, &err) != THERMO_OK) {
        CHECK(0, "%s: cannot make the model folder: %s", path, err.message);
        thermo_json_free(&j);
        free(text);
        return;
    }
    n_seq = golden_sequences(&j, path, ids, lengths, start, &total);
    logits = (float *)malloc(sizeof(float) * (size_t)total * m.config.vocab_size);
    params_tok = thermo_json_get(&j, 0, "params");
    rows_tok = thermo_json_get(&j, 0, "logit_rows");
    for (route = THERMO_GRADNORM_AUTO; route < THERMO_GRADNORM_ROUTES; route++) {
        double loss_diff, logit_diff = 0, g_diff = 0;
        const char *g_at = "";
        memset(&opt, 0, sizeof opt);
        opt.gradient_route = (thermo_gradnorm_route)route;
        opt.logits = logits;
        if (thermo_forward_backward(&m, (const int32_t *const *)ids, lengths, n_seq, &opt, &g, &err) != THERMO_OK) {
            CHECK(0, "%s: %s", path, err.message);
            break;
        }
        loss_diff = check_rel(g.loss, json_number(&j, thermo_json_get(&j, 0, "loss")), 1.0);
        for (i = 0; i < j.tokens[rows_tok].size; i++) {
            int32_t r = json_at(&j, rows_tok, i), want = json_at(&j, thermo_json_get(&j, 0, "logits"), i);
            int seq = (int)json_number(&j, json_at(&j, r, 0)), row = (int)json_number(&j, json_at(&j, r, 1)), c;
            for (c = 0; c < 8; c++) {
                double d = check_rel(logits[(size_t)(start[seq] + row) * m.config.vocab_size + c],
                                     json_number(&j, json_at(&j, want, c)), 1.0);
                if (d > logit_diff) logit_diff = d;
            }
        }
        CHECK(g.n_params == j.tokens[params_tok].size, "%s: %d weights, golden %d", path, g.n_params, j.tokens[params_tok].size);
        for (i = 0; i < g.n_params && i < j.tokens[params_tok].size; i++) {
            int32_t e = json_at(&j, params_tok, i);
            char pname[128];
            double d;
            thermo_json_string(&j, thermo_json_get(&j, e, "name"), pname);
            CHECK(strcmp(pname, g.params[i].name) == 0, "%s: weight %d is %s, golden %s", path, i, g.params[i].name, pname);
            d = check_rel(g.params[i].g_norm, json_number(&j, thermo_json_get(&j, e, "g_norm")), 1e-300);
            if (d > g_diff) g_diff = d, g_at = g.params[i].name;
        }
        printf("long %s (%d tokens) %s: loss %.1e (tol %.0e), logits %.1e (tol %.0e), |dW| vs float64 %.1e at %s (tol %.0e)\n",
               name, total, thermo_gradnorm_route_name((thermo_gradnorm_route)route), loss_diff, GOLDEN_LOSS_TOL,
               logit_diff, GOLDEN_LOGIT_TOL, g_diff, g_at, GOLDEN_NORM_TOL);
        CHECK(loss_diff <= GOLDEN_LOSS_TOL, "%s: loss differs by %.3e", path, loss_diff);
        CHECK(logit_diff <= GOLDEN_LOGIT_TOL, "%s: logits differ by %.3e", path, logit_diff);
        CHECK(g_diff <= GOLDEN_NORM_TOL, "%s: |dW| differs by %.3e at %s", path, g_diff, g_at);
        thermo_gradients_free(&g);
        if (sanitize) break; /* one route under the sanitizers */
    }
    if (m.config.sliding_window > 0) {
        double windowed = json_number(&j, thermo_json_get(&j, 0, "loss"));
        m.config.sliding_window = 0;
        CHECK(thermo_forward_backward(&m, (const int32_t *const *)ids, lengths, n_seq, NULL, &g, &err) == THERMO_OK, "%s", err.message);
        printf("long %s without its window: loss %.9g, with it %.9g\n", name, g.loss, windowed);
        CHECK(fabs(g.loss - windowed) > 1e-4, "%s: the window changes nothing", path);
        thermo_gradients_free(&g);
    }
    for (i = 0; i < n_seq; i++) free(ids[i]);
    free(logits);
    thermo_model_close(&m);
    thermo_json_free(&j);
    free(text);
}

static void test_long_goldens(void) {
    static const char *cases[] = {"qwen2_window", "qwen3_window", "mistral_window", "qwen2_700", "llama3_700", "qwen3_700"};
    int i;
    for (i = 0; i < (int)(sizeof cases / sizeof *cases); i++) test_long_golden(cases[i]);
}

/* Phi3Config as thermo reads it: partial_rotary_factor, longrope (su and yarn read as it), the
   attention factor, Phi3Config's defaults, and what is refused */
static void test_phi3_config(void) {
    static const char *base = "{\"model_type\": \"phi3\", \"hidden_size\": 64, \"intermediate_size\": 96, "
                              "\"num_hidden_layers\": 1, \"num_attention_heads\": 4, \"vocab_size\": %d%s}";
    static const struct { int vocab; const char *extra; thermo_status status; const char *needle; } cases[] = {
        {32064, "", THERMO_OK, NULL},
        {100, "", THERMO_OK, NULL}, /* Phi3Config's pad_token_id 32000 past the vocabulary: none */
        {100, ", \"pad_token_id\": null", THERMO_OK, NULL},
        {100, ", \"pad_token_id\": null, \"partial_rotary_factor\": 0.75", THERMO_OK, NULL},
        {100, ", \"pad_token_id\": null, \"partial_rotary_factor\": 0.7", THERMO_ERR_FORMAT, "partial_rotary_factor"},
        {100, ", \"pad_token_id\": null, \"partial_rotary_factor\": 0.75, \"rope_scaling\": {\"type\": \"su\", \"short_factor\": [1, 1, 1, 1, 1, 1], "
              "\"long_factor\": [2, 2, 2, 2, 2, 2]}, \"max_position_embeddings\": 131072, "
              "\"original_max_position_embeddings\": 4096", THERMO_OK, NULL},
        {100, ", \"pad_token_id\": null, \"rope_scaling\": {\"type\": \"longrope\", \"short_factor\": [1, 1], \"long_factor\": [2, 2]}",
         THERMO_ERR_FORMAT, "short_factor must be a list of 8 numbers"},
        {100, ", \"pad_token_id\": null, \"rope_scaling\": {\"rope_type\": \"longrope\", \"short_factor\": [1, 1, 1, 1, 1, 1, 1, 1], "
              "\"long_factor\": [2, 2, 2, 2, 2, 2, 2, -2]}", THERMO_ERR_FORMAT, "long_factor[7] is not a positive number"},
        {100, ", \"pad_token_id\": null, \"rope_scaling\": {\"rope_type\": \"dynamic\", \"factor\": 2.0}", THERMO_ERR_UNSUPPORTED, "\"longrope\""}};
    int i;
    for (i = 0; i < (int)(sizeof cases / sizeof *cases); i++) {
        char text[1024];
        thermo_config cfg;
        thermo_error err;
        thermo_status st;
        snprintf(text, sizeof text, base, cases[i].vocab, cases[i].extra);
        st = thermo_config_parse(&cfg, text, strlen(text), "config.json", &err);
        CHECK(st == cases[i].status, "phi3 config case %d: status %d: %s", i, (int)st, st ? err.message : "");
        if (st != THERMO_OK && cases[i].needle) CHECK(strstr(err.message, cases[i].needle) != NULL, "%s", err.message);
        if (st != THERMO_OK) continue;
        CHECK(cfg.rms_norm_eps == 1e-5, "Phi3Config's rms_norm_eps default");
        if (i == 0) CHECK(cfg.pad_token_id == 32000 && cfg.rotary_dim == 16 && !cfg.rope_longrope, "phi3 defaults");
        if (i == 1 || i == 2) CHECK(cfg.pad_token_id == -1, "pad_token_id absent past the vocabulary, or null: none");
        if (i == 3) CHECK(cfg.rotary_dim == 12, "rotary_dim %d, want int(16 * 0.75) = 12", cfg.rotary_dim);
        if (i == 5)
            CHECK(cfg.rope_longrope && cfg.rope_original_max_position == 4096 && cfg.rope_long_factor[5] == 2 &&
                      fabs(cfg.rope_attention_factor - sqrt(1 + log(32.0) / log(4096.0))) < 1e-15,
                  "longrope read: attention factor %.17g", cfg.rope_attention_factor);
    }
}

/* GPT2Config as thermo reads it: its own key names or their aliases, n_inner null, no padding_idx
   whatever pad_token_id says, and the variants that are refused */
static void test_gpt2_config(void) {
    static const struct { const char *text; thermo_status status; const char *needle; } cases[] = {
        {"{\"model_type\": \"gpt2\", \"vocab_size\": 50257, \"n_embd\": 768, \"n_layer\": 12, \"n_head\": 12, "
         "\"n_positions\": 1024, \"n_ctx\": 1024, \"n_inner\": null, \"activation_function\": \"gelu_new\", "
         "\"pad_token_id\": 50256, \"layer_norm_epsilon\": 1e-05, \"summary_type\": \"cls_index\"}", THERMO_OK, NULL},
        {"{\"architectures\": [\"GPT2LMHeadModel\"], \"vocab_size\": 100, \"hidden_size\": 64, \"num_hidden_layers\": 2, "
         "\"num_attention_heads\": 4, \"max_position_embeddings\": 32, \"n_inner\": 80}", THERMO_OK, NULL},
        {"{\"model_type\": \"gpt2\", \"vocab_size\": 100, \"n_embd\": 64, \"n_layer\": 2, \"n_head\": 4}", THERMO_ERR_FORMAT,
         "missing \"n_positions\""},
        {"{\"model_type\": \"gpt2\", \"vocab_size\": 100, \"n_embd\": 64, \"n_layer\": 2, \"n_head\": 5, \"n_positions\": 8}",
         THERMO_ERR_FORMAT, "n_head (5) does not divide n_embd (64)"},
        {"{\"model_type\": \"gpt2\", \"vocab_size\": 100, \"n_embd\": 64, \"n_layer\": 2, \"n_head\": 4, \"n_positions\": 8, "
         "\"activation_function\": \"relu\"}", THERMO_ERR_UNSUPPORTED, "activation_function \"relu\" is not supported"},
        {"{\"model_type\": \"gpt2\", \"vocab_size\": 100, \"n_embd\": 64, \"n_layer\": 2, \"n_head\": 4, \"n_positions\": 8, "
         "\"scale_attn_by_inverse_layer_idx\": true}", THERMO_ERR_UNSUPPORTED, "scale_attn_by_inverse_layer_idx"},
        {"{\"model_type\": \"gpt2\", \"vocab_size\": 100, \"n_embd\": 64, \"n_layer\": 2, \"n_head\": 4, \"n_positions\": 8, "
         "\"tie_word_embeddings\": false}", THERMO_ERR_UNSUPPORTED, "tie_word_embeddings false"}};
    int i;
    for (i = 0; i < (int)(sizeof cases / sizeof *cases); i++) {
        thermo_config cfg;
        thermo_error err;
        thermo_status st = thermo_config_parse(&cfg, cases[i].text, strlen(cases[i].text), "config.json", &err);
        CHECK(st == cases[i].status, "gpt2 config case %d: status %d: %s", i, (int)st, st ? err.message : "");
        if (st != THERMO_OK && cases[i].needle) CHECK(strstr(err.message, cases[i].needle) != NULL, "%s", err.message);
        if (st == THERMO_OK && i == 0)
            CHECK(cfg.arch == THERMO_GPT2 && cfg.hidden_size == 768 && cfg.intermediate_size == 3072 && cfg.head_dim == 64 &&
                      cfg.n_positions == 1024 && cfg.pad_token_id == -1 && cfg.tie_word_embeddings && cfg.rms_norm_eps == 1e-5,
                  "gpt2 config read wrongly");
        if (st == THERMO_OK && i == 1)
            CHECK(cfg.hidden_size == 64 && cfg.num_hidden_layers == 2 && cfg.n_positions == 32 && cfg.intermediate_size == 80,
                  "gpt2 aliases read wrongly");
    }
}

/* pad_token_id (section 4, for nn.Embedding's padding_idx): absent -1, negative from the end */
static void test_pad_token_id(void) {
    static const char *base = "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "
                              "\"num_hidden_layers\": 1, \"num_attention_heads\": 2, \"vocab_size\": 16%s}";
    static const struct { const char *extra; thermo_status status; int pad; } cases[] = {
        {"", THERMO_OK, -1}, {", \"pad_token_id\": null", THERMO_OK, -1}, {", \"pad_token_id\": 3", THERMO_OK, 3},
        {", \"pad_token_id\": -1", THERMO_OK, 15}, {", \"pad_token_id\": -16", THERMO_OK, 0},
        {", \"pad_token_id\": 16", THERMO_ERR_FORMAT, 0}, {", \"pad_token_id\": -17", THERMO_ERR_FORMAT, 0}};
    int i;
    for (i = 0; i < (int)(sizeof cases / sizeof *cases); i++) {
        char text[512];
        thermo_config cfg;
        thermo_error err;
        thermo_status st;
        snprintf(text, sizeof text, base, cases[i].extra);
        st = thermo_config_parse(&cfg, text, strlen(text), "config.json", &err);
        CHECK(st == cases[i].status && (st != THERMO_OK || cfg.pad_token_id == cases[i].pad),
              "pad_token_id case %d: status %d pad %d", i, (int)st, st == THERMO_OK ? cfg.pad_token_id : 0);
        if (st != THERMO_OK) CHECK(strstr(err.message, "pad_token_id") != NULL, "%s", err.message);
    }
}

static void test_errors(void) {
    char dir[256];
    thermo_model m;
    thermo_error err;
    thermo_gradients g;
    tiny s = {"qwen2", 16, 8, 12, 1, 2, 1, 4, 1, 0, 0, 0, -1, "F32"};
    static const int32_t good[] = {1, 2, 3}, bad[] = {1, 16, 3}, neg[] = {1, -1};
    const int32_t *ids[1];
    int len[1];
    snprintf(dir, sizeof dir, "%s/errors", TMP);
    if (write_tiny(dir, &s) != 0 || thermo_model_open(&m, dir, &err) != THERMO_OK) {
        CHECK(0, "cannot make the model");
        return;
    }
    ids[0] = bad;
    len[0] = 3;
    CHECK(thermo_forward_backward(&m, ids, len, 1, NULL, &g, &err) == THERMO_ERR_ARGUMENT &&
              strstr(err.message, "token id 16") && strstr(err.message, "position 1"), "%s", err.message);
    ids[0] = neg;
    len[0] = 2;
    CHECK(thermo_forward_backward(&m, ids, len, 1, NULL, &g, &err) == THERMO_ERR_ARGUMENT &&
              strstr(err.message, "token id -1"), "%s", err.message);
    ids[0] = good;
    len[0] = 1;
    CHECK(thermo_forward_backward(&m, ids, len, 1, NULL, &g, &err) == THERMO_ERR_ARGUMENT &&
              strstr(err.message, "at least 2"), "%s", err.message);
    CHECK(thermo_forward_backward(&m, ids, len, 0, NULL, &g, &err) == THERMO_ERR_ARGUMENT, "%s", err.message);
    thermo_model_close(&m);
}

int main(void) {
    const char *flavour = getenv("THERMO_TEST_FLAVOUR");
    sanitize = flavour && strcmp(flavour, "sanitize") == 0;
    mkdir("build", 0777);
    mkdir("build/test", 0777);
#ifdef _OPENMP
    omp_set_num_threads(1); /* thousands of tiny passes for finite differences: no thread team to
                               wake; test_threads runs 1, 2 and 3 */
#endif
    test_rmsnorm();
    test_layernorm();
    test_gelu_new();
    test_conv1d();
    test_positions();
    test_gemm();
    test_matmul();
    test_rope();
    test_rope_llama3();
    test_split();
    test_attention("scale hd^-1/2", (float)(1.0 / sqrt((double)AHD)), 0.0f, 0);
    test_attention("softcap 0.5, window 2", 0.8f, 0.5f, 2);
    test_attention_window();
    test_exp();
    test_sigmoid();
    test_attention_blocks("attention blocks, 2 sequences, GQA", 0.0f, 0);
    test_attention_blocks("attention blocks, window 37, cap 2", 2.0f, 37);
    test_gated(0);
    test_gated(1);
    test_geglu_values();
    test_softcap();
    test_lm_head(0.0f, 256);
    test_lm_head(2.0f, 256);
    test_lm_head(0.0f, 512);
    test_lm_head(2.0f, 512);
    test_embedding();
    rng_state = 9701500864122425706ull; /* the random stream the tiny models have always been drawn
                                           from, whatever the kernel tests above draw: a finite
                                           difference of step 1e-2 across Gemma 2's softcaps is
                                           accurate for these weights, not for every draw */
    test_tiny_models();
    test_goldens();
    test_long_goldens();
    test_pad_token_id();
    test_hub_config_keys();
    test_phi3_config();
    test_gpt2_config();
    test_errors();
    return check_report("test_forward");
}
