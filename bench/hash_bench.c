/* hash_bench.c - the spectra cache's hashing speed: every 2-D weight of a checkpoint through
   thermo__spectrum_key (MurmurHash3 x64_128 of the stored bytes), one thread and all threads,
   against a plain read of the same bytes (a 64-bit sum: what touching the memory costs) as the
   baseline; RUNS (5) rounds, alternating, medians.  The first, cold pass (page faults of the mmap)
   is reported apart.  Usage: hash_bench MODEL_DIR [RUNS].  make bench-hash; never a test. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* seconds to hash (what = 1) or sum (what = 0) tensors[0..n) with `threads` threads */
static double pass(const thermo_tensor *const *tensors, int n, int what, int threads, uint64_t *sink) {
    double t0 = thermo_seconds();
    uint64_t acc = 0;
    int i;
    (void)threads;
    THERMO__OMP(omp parallel for schedule(dynamic, 1) num_threads(threads) reduction(^:acc))
    for (i = 0; i < n; i++) {
        uint64_t key[2] = {0, 0};
        if (what) thermo__spectrum_key(tensors[i], key);
        else {
            const unsigned char *p = tensors[i]->data;
            size_t j, bytes = (size_t)tensors[i]->numel * thermo_dtype_size(tensors[i]->dtype);
            for (j = 0; j + 8 <= bytes; j += 8) {
                uint64_t w;
                memcpy(&w, p + j, 8);
                key[0] += w;
            }
        }
        acc ^= key[0];
    }
    *sink ^= acc;
    return thermo_seconds() - t0;
}

int main(int argc, char **argv) {
    thermo_model model;
    thermo_error err;
    const thermo_tensor *tensors[4096];
    double bytes = 0, t_hash[2][64], t_read[2][64], cold;
    uint64_t sink = 0;
    int n, i, r, runs = argc > 2 ? atoi(argv[2]) : 5, threads = THERMO__THREADS();
    if (argc < 2 || runs < 1 || runs > 64) {
        fprintf(stderr, "usage: hash_bench MODEL_DIR [RUNS <= 64]\n");
        return 2;
    }
    if (thermo_model_open(&model, argv[1], &err) != THERMO_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    if (THERMO__MATRICES(&model) > 4096) return 1;
    n = thermo__model_matrices(&model, tensors);
    for (i = 0; i < n; i++) bytes += (double)tensors[i]->numel * thermo_dtype_size(tensors[i]->dtype);
    cold = pass(tensors, n, 1, threads, &sink);
    for (r = 0; r < runs; r++)
        for (i = 0; i < 2; i++) {
            int th = i ? threads : 1;
            t_read[i][r] = pass(tensors, n, 0, th, &sink);
            t_hash[i][r] = pass(tensors, n, 1, th, &sink);
        }
    printf("%s: %d matrices, %.1f MB; first (cold) hash with %d threads: %.3f s\n", argv[1], n, bytes / 1e6,
           threads, cold);
    for (i = 0; i < 2; i++) {
        double h = median(t_hash[i], runs), rd = median(t_read[i], runs);
        printf("%d thread%s: hash %.3f s (%.2f GB/s), plain read %.3f s (%.2f GB/s); hash/read %.2f (medians of %d)\n",
               i ? threads : 1, i && threads > 1 ? "s" : "", h, bytes / h / 1e9, rd, bytes / rd / 1e9, h / rd, runs);
    }
    thermo_model_close(&model);
    return sink == 42; /* keep the sums */
}
