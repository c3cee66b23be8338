/* fma_peak.c - the multiply-add peak of this machine, double and float, on one core and on every
   thread: independent chains acc = fma(acc, x, y) (one FMA = 2 flops) that the compiler keeps in
   vector registers.  Seconds are the thread's CPU time, so that the other programs sharing the
   machine do not lower the figure; best of 5.  make bench-svd compares its stages against these.
   Never a test. */
#define _POSIX_C_SOURCE 200809L
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include <time.h>

#define VECTORS 12 /* 64-byte registers of accumulators: 2 FMA ports x 4+ cycles of latency */

/* REPS rounds of fma_of over the 768 bytes of accumulators acc (fma or fmaf: one instruction with
   -march=native; ISO C modes do not fuse a * b + c by themselves); their sum into out. */
#define FMA_LOOP(type, fma_of, reps, x, y, out)                                                   \
    do {                                                                                          \
        type acc[VECTORS * 64 / sizeof(type)];                                                    \
        int64_t r;                                                                                \
        int c, chains = (int)(sizeof acc / sizeof acc[0]);                                        \
        for (c = 0; c < chains; c++) acc[c] = (type)c * (type)1e-3;                               \
        for (r = 0; r < (reps); r++)                                                              \
            THERMO__UNROLL for (c = 0; c < (int)(sizeof acc / sizeof acc[0]); c++)                \
                acc[c] = fma_of(acc[c], (x), (y));                                                \
        for (c = 0; c < chains; c++) (out) += acc[c];                                             \
    } while (0)

static volatile double sink;

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* GFLOP/s of one core: REPS rounds on this thread, in double (single = 0) or float. */
static double peak(int single, int64_t reps) {
    volatile double xv = 0.9999999, yv = 1e-7;
    double t = cpu_seconds(), out = 0;
    int64_t flops = 2 * (int64_t)(VECTORS * 64) * reps;
    if (single) {
        float x = (float)xv, y = (float)yv, o = 0;
        FMA_LOOP(float, fmaf, reps, x, y, o);
        out = o;
        flops /= (int64_t)sizeof(float);
    } else {
        double x = xv, y = yv;
        FMA_LOOP(double, fma, reps, x, y, out);
        flops /= (int64_t)sizeof(double);
    }
    sink = out;
    return (double)flops / (cpu_seconds() - t) / 1e9;
}

int main(void) {
    int single, run;
    for (single = 0; single < 2; single++) {
        double best = 0;
        for (run = 0; run < 5; run++) {
            double p = peak(single, 4000000);
            if (p > best) best = p;
        }
        printf("peak %-6s FMA: %.1f GFLOP/s per core (x %d threads = %.1f)\n", single ? "float" : "double", best,
               THERMO__THREADS(), best * THERMO__THREADS());
    }
    return 0;
}
