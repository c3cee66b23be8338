/* svd_bench.c - times thermo's SVD stage (thermo_spectra) over the 2-D weights of a checkpoint
   folder (DIR/model.safetensors, as tools/reference/make_checkpoints.py --qwen05b writes it);
   then one matrix of each shape alone on one thread, with the profile
   of each stage: seconds (CPU time of the thread, so that other programs sharing the machine do not
   count), GFLOP/s, the share of the one-core double FMA peak PEAK (GFLOP/s, from bench/fma_peak;
   0 leaves it out) and the sweeps.  --dump FILE writes "name S E sum" per matrix for svd_bench.py
   check.  With --one ROWS COLS it times one random bf16 matrix (normal, std 0.02) instead and
   reports the peak resident memory.  Run by bench/svd_bench.sh (make bench-svd); never a test. */
#define _POSIX_C_SOURCE 200809L
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include <sys/resource.h>
#include <time.h>

static double peak_rss_mb(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)u.ru_maxrss / 1024.0;
}

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static uint64_t splitmix(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int one(int64_t rows, int64_t cols) {
    int64_t i, n = rows * cols, k = rows < cols ? rows : cols;
    uint16_t *w = (uint16_t *)malloc((size_t)n * 2);
    double *sigma = (double *)malloc((size_t)k * sizeof *sigma), t;
    uint64_t s = 7;
    thermo_tensor tensor;
    thermo_error err;
    thermo_spectrum spec;
    if (!w || !sigma) return 1;
    for (i = 0; i < n; i++) { /* Box-Muller, rounded to bf16 (nearest even) */
        double u1 = ((double)(splitmix(&s) >> 11) + 1) * 0x1p-53, u2 = (double)(splitmix(&s) >> 11) * 0x1p-53;
        float f = (float)(0.02 * sqrt(-2 * log(u1)) * cos(6.283185307179586 * u2));
        uint32_t b;
        memcpy(&b, &f, 4);
        w[i] = (uint16_t)((b + 0x7FFF + ((b >> 16) & 1)) >> 16);
    }
    memset(&tensor, 0, sizeof tensor);
    tensor.name = "one";
    tensor.dtype = THERMO_BF16;
    tensor.ndim = 2;
    tensor.shape[0] = rows;
    tensor.shape[1] = cols;
    tensor.numel = n;
    tensor.data = (const unsigned char *)w;
    printf("one %lldx%lld bf16 (%.0f MB), %d threads: peak RSS before %.0f MB\n", (long long)rows,
           (long long)cols, n * 2 / 1e6, THERMO__THREADS(), peak_rss_mb());
    t = thermo_seconds();
    if (thermo_svd_tensor(&tensor, sigma, &err) != THERMO_OK) { fprintf(stderr, "%s\n", err.message); return 1; }
    t = thermo_seconds() - t;
    thermo_spectrum_from_sigma(sigma, k, &spec);
    printf("one %lldx%lld: %.2f s, peak RSS %.0f MB (S %.6f E %.6f)\n", (long long)rows, (long long)cols, t,
           peak_rss_mb(), spec.entropy, spec.energy);
    free(w);
    free(sigma);
    return 0;
}

/* One matrix alone on one thread, with the profile of its stages. */
static void profile_one(const thermo_tensor *t, const char *shape, double peak) {
    static const char *stages[3] = {"Gram", "R", "Jacobi"};
    int64_t k = t->shape[0] < t->shape[1] ? t->shape[0] : t->shape[1];
    double *sigma = (double *)malloc((size_t)k * sizeof *sigma), wall, cpu;
    thermo__profile prof;
    thermo_error err;
    int i;
    memset(&prof, 0, sizeof prof);
    prof.clock = cpu_seconds;
    thermo__svd_profile = &prof;
    wall = thermo_seconds();
    cpu = cpu_seconds();
    if (thermo_svd_tensor(t, sigma, &err) != THERMO_OK) fprintf(stderr, "%s\n", err.message);
    cpu = cpu_seconds() - cpu;
    wall = thermo_seconds() - wall;
    thermo__svd_profile = NULL;
    printf("thermo %-12s %.3f s CPU (%.3f s wall), 1 thread, %lld sweeps:", shape, cpu, wall, (long long)prof.sweeps);
    for (i = 0; i < 3; i++) {
        double rate = prof.flops[i] / (prof.seconds[i] > 0 ? prof.seconds[i] : 1e-300) / 1e9;
        printf(" %s %.3f s %.0f GFLOP/s", stages[i], prof.seconds[i], rate);
        if (peak > 0) printf(" (%.0f%%)", 100 * rate / peak);
        printf(i < 2 ? "," : "\n");
    }
    free(sigma);
}

int main(int argc, char **argv) {
    char path[4096], seen[16][32];
    FILE *f;
    const thermo_tensor **list;
    thermo_spectrum *out;
    thermo_checkpoint ck;
    thermo_error err;
    const char *dump = NULL;
    int n = 0, i, n_seen = 0, threads = THERMO__THREADS();
    double t, peak = getenv("PEAK") ? atof(getenv("PEAK")) : 0;
    if (argc == 4 && !strcmp(argv[1], "--one")) return one(atoll(argv[2]), atoll(argv[3]));
    if (argc == 4 && !strcmp(argv[1], "--dump")) dump = argv[2];
    else if (argc != 2) {
        fprintf(stderr, "usage: svd_bench [--dump FILE] DIR | svd_bench --one ROWS COLS\n");
        return 2;
    }
    snprintf(path, sizeof path, "%s/model.safetensors", argv[argc - 1]);
    if (thermo_checkpoint_open(&ck, path, &err) != THERMO_OK) { fprintf(stderr, "%s\n", err.message); return 1; }
    list = (const thermo_tensor **)calloc((size_t)ck.n_tensors, sizeof *list);
    for (i = 0; i < ck.n_tensors; i++)
        if (ck.tensors[i].ndim == 2) list[n++] = &ck.tensors[i];
    out = (thermo_spectrum *)calloc((size_t)n, sizeof *out);
    t = thermo_seconds();
    if (thermo_spectra(list, n, out, NULL, NULL, &err) != THERMO_OK) { fprintf(stderr, "%s\n", err.message); return 1; }
    t = thermo_seconds() - t;
    if (dump && (f = fopen(dump, "w"))) {
        for (i = 0; i < n; i++) fprintf(f, "%s %.17g %.17g %.17g\n", list[i]->name, out[i].entropy, out[i].energy, out[i].sum);
        fclose(f);
    }
    thermo_set_threads(1);
    for (i = 0; i < n; i++) { /* one of each shape, alone */
        char shape[32];
        int j;
        snprintf(shape, sizeof shape, "%lldx%lld", (long long)list[i]->shape[0], (long long)list[i]->shape[1]);
        for (j = 0; j < n_seen && strcmp(seen[j], shape); j++) {}
        if (j < n_seen || n_seen == 16) continue;
        strcpy(seen[n_seen++], shape);
        profile_one(list[i], shape, peak);
    }
    printf("thermo total %.3f s (%d matrices, %d threads, peak RSS %.0f MB)\n", t, n, threads, peak_rss_mb());
    thermo_checkpoint_close(&ck);
    free(list);
    free(out);
    return 0;
}
