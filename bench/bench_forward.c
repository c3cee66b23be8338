/* bench_forward.c - times one forward and backward pass (thermo_forward_backward) on a checkpoint.
     cc -O2 -march=native -fopenmp -I. -o build/bench_forward bench/bench_forward.c -lm
     OMP_NUM_THREADS=2 /usr/bin/time -v build/bench_forward MODEL [IDS | --tokens N] [repeats]
   IDS is a comma-separated list, by default 785,3853,315,15235,686 ("The future of AI will" in
   Qwen2.5's tokenizer); --tokens N runs N seeded pseudo-random ids of the model's vocabulary
   instead.  Prints the seconds to open the model and of each pass, the loss, how the gradient
   norms were taken and the largest gradient norms; peak RSS comes from /usr/bin/time -v. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    thermo_model m;
    thermo_gradients g;
    thermo_error err;
    int32_t *ids;
    const int32_t *seq[1];
    int n = 0, cap = 4096, repeats = argc > 3 ? atoi(argv[3]) : 1, r, i, random_tokens = 0;
    const char *list = argc > 2 && argv[2][0] ? argv[2] : "785,3853,315,15235,686";
    double t0;
    if (argc < 2) {
        fprintf(stderr, "usage: bench_forward MODEL [id,id,... | --tokens N] [repeats]\n");
        return 2;
    }
    if (!strcmp(list, "--tokens")) {
        random_tokens = argc > 3 ? atoi(argv[3]) : 0;
        repeats = argc > 4 ? atoi(argv[4]) : 1;
        if (random_tokens < 2 || random_tokens > 1 << 20) {
            fprintf(stderr, "bench_forward: --tokens needs a count from 2 to 1048576\n");
            return 2;
        }
        cap = random_tokens;
    }
    t0 = thermo_seconds();
    if (thermo_model_open(&m, argv[1], &err) != THERMO_OK) {
        fprintf(stderr, "bench_forward: %s\n", err.message);
        return 1;
    }
    printf("open %.3f s\n", thermo_seconds() - t0);
    ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)cap);
    if (random_tokens) {
        uint64_t x = 0x9E3779B97F4A7C15ull;
        for (n = 0; n < random_tokens; n++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            ids[n] = (int32_t)(x % (uint64_t)m.config.vocab_size);
        }
    } else
        while (*list && n < cap) {
            ids[n++] = (int32_t)strtol(list, (char **)&list, 10);
            if (*list == ',') list++;
        }
    seq[0] = ids;
    for (r = 0; r < repeats; r++) {
        t0 = thermo_seconds();
        if (thermo_forward_backward(&m, seq, &n, 1, NULL, &g, &err) != THERMO_OK) {
            fprintf(stderr, "bench_forward: %s\n", err.message);
            return 1;
        }
        printf("forward+backward %.3f s  (%d tokens, loss %.9g; forward %.3f s, backward %.3f s)\n",
               thermo_seconds() - t0, n, g.loss, g.seconds_forward, g.seconds_backward);
        if (r + 1 < repeats) thermo_gradients_free(&g);
    }
    printf("gradient norms: %d matrices by the T x T identity, %d by streamed dW\n",
           g.routes[THERMO_GRADNORM_IDENTITY], g.routes[THERMO_GRADNORM_STREAMED]);
    for (i = 0; i < g.n_params && i < 3; i++)
        printf("  %s |W| %.6g |dW| %.6g\n", g.params[i].name, g.params[i].w_norm, g.params[i].g_norm);
    printf("  ... %d weights\n", g.n_params);
    thermo_gradients_free(&g);
    free(ids);
    thermo_model_close(&m);
    return 0;
}
