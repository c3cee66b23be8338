/* svd_bench.c - times thermo's SVD stage (thermo_spectra) over the weight matrices listed in
   DIR/shapes.txt, stored back to back as bf16 in DIR/weights.bf16 (bench/svd_bench.py makes them),
   and one thermo_svd_tensor per distinct shape.  With --one ROWS COLS it times one random bf16
   matrix (normal, std 0.02) instead and reports the peak resident memory.  Run by
   bench/svd_bench.sh (make bench-svd); never a test. */
#define _POSIX_C_SOURCE 200809L
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include <sys/resource.h>

static double peak_rss_mb(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)u.ru_maxrss / 1024.0;
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

int main(int argc, char **argv) {
    char path[4096], name[256], seen[16][32];
    FILE *f;
    thermo_tensor *ts = NULL;
    const thermo_tensor **list = NULL;
    thermo_spectrum *out;
    thermo_error err;
    unsigned char *data;
    long long r, c;
    int n = 0, i, n_seen = 0;
    size_t at = 0, size;
    double t;
    if (argc == 4 && !strcmp(argv[1], "--one")) return one(atoll(argv[2]), atoll(argv[3]));
    if (argc != 2) { fprintf(stderr, "usage: svd_bench DIR | svd_bench --one ROWS COLS\n"); return 2; }
    snprintf(path, sizeof path, "%s/shapes.txt", argv[1]);
    if (!(f = fopen(path, "r"))) { perror(path); return 1; }
    while (fscanf(f, "%255s %lld %lld", name, &r, &c) == 3) {
        ts = (thermo_tensor *)realloc(ts, (size_t)(n + 1) * sizeof *ts);
        memset(&ts[n], 0, sizeof ts[n]);
        ts[n].name = strcpy((char *)malloc(strlen(name) + 1), name);
        ts[n].dtype = THERMO_BF16;
        ts[n].ndim = 2;
        ts[n].shape[0] = r;
        ts[n].shape[1] = c;
        ts[n].numel = r * c;
        at += (size_t)(r * c) * 2;
        n++;
    }
    fclose(f);
    snprintf(path, sizeof path, "%s/weights.bf16", argv[1]);
    size = at;
    data = (unsigned char *)malloc(size);
    if (!(f = fopen(path, "rb")) || !data || fread(data, 1, size, f) != size) { perror(path); return 1; }
    fclose(f);
    list = (const thermo_tensor **)calloc((size_t)n, sizeof *list);
    out = (thermo_spectrum *)calloc((size_t)n, sizeof *out);
    for (i = 0, at = 0; i < n; i++) {
        ts[i].data = data + at;
        at += (size_t)ts[i].numel * 2;
        list[i] = &ts[i];
    }
    t = thermo_seconds();
    if (thermo_spectra(list, n, out, NULL, NULL, &err) != THERMO_OK) { fprintf(stderr, "%s\n", err.message); return 1; }
    t = thermo_seconds() - t;
    for (i = 0; i < n; i++) { /* one of each shape, alone */
        char shape[32];
        int j;
        double *sigma, t1;
        snprintf(shape, sizeof shape, "%lldx%lld", (long long)ts[i].shape[0], (long long)ts[i].shape[1]);
        for (j = 0; j < n_seen && strcmp(seen[j], shape); j++) {}
        if (j < n_seen || n_seen == 16) continue;
        strcpy(seen[n_seen++], shape);
        sigma = (double *)malloc((size_t)(ts[i].shape[0] < ts[i].shape[1] ? ts[i].shape[0] : ts[i].shape[1]) * sizeof *sigma);
        t1 = thermo_seconds();
        thermo_svd_tensor(&ts[i], sigma, &err);
        printf("thermo %-12s %.3f s (one matrix alone)\n", shape, thermo_seconds() - t1);
        free(sigma);
    }
    printf("thermo total %.3f s (%d matrices, %d threads, peak RSS %.0f MB)\n", t, n, THERMO__THREADS(), peak_rss_mb());
    return 0;
}
