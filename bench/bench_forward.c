/* bench_forward.c - times one forward and backward pass (thermo_forward_backward) on a checkpoint.
     cc -O2 -march=native -fopenmp -I. -o build/bench_forward bench/bench_forward.c -lm
     OMP_NUM_THREADS=2 /usr/bin/time -v build/bench_forward MODEL [ids] [repeats]
   ids default to 785,3853,315,15235,686 ("The future of AI will" in Qwen2.5's tokenizer).  Prints
   the seconds to open the model and of each pass, the loss and the largest gradient norms; peak
   RSS comes from /usr/bin/time -v. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    thermo_model m;
    thermo_gradients g;
    thermo_error err;
    int32_t ids[4096];
    const int32_t *seq[1] = {ids};
    int n = 0, repeats = argc > 3 ? atoi(argv[3]) : 1, r, i;
    const char *list = argc > 2 && argv[2][0] ? argv[2] : "785,3853,315,15235,686";
    double t0;
    if (argc < 2) {
        fprintf(stderr, "usage: bench_forward MODEL [id,id,...] [repeats]\n");
        return 2;
    }
    while (*list && n < 4096) {
        ids[n++] = (int32_t)strtol(list, (char **)&list, 10);
        if (*list == ',') list++;
    }
    t0 = thermo_seconds();
    if (thermo_model_open(&m, argv[1], &err) != THERMO_OK) {
        fprintf(stderr, "bench_forward: %s\n", err.message);
        return 1;
    }
    printf("open %.3f s\n", thermo_seconds() - t0);
    for (r = 0; r < repeats; r++) {
        t0 = thermo_seconds();
        if (thermo_forward_backward(&m, seq, &n, 1, NULL, &g, &err) != THERMO_OK) {
            fprintf(stderr, "bench_forward: %s\n", err.message);
            return 1;
        }
        printf("forward+backward %.3f s  (%d tokens, loss %.9g)\n", thermo_seconds() - t0, n, g.loss);
        if (r + 1 < repeats) thermo_gradients_free(&g);
    }
    for (i = 0; i < g.n_params && i < 3; i++)
        printf("  %s |W| %.6g |dW| %.6g\n", g.params[i].name, g.params[i].w_norm, g.params[i].g_norm);
    printf("  ... %d weights\n", g.n_params);
    thermo_gradients_free(&g);
    thermo_model_close(&m);
    return 0;
}
