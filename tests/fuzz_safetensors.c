/* fuzz_safetensors.c - libFuzzer target for the safetensors header parser and validator: any
   accepted tensor must lie inside the input, and reading all of it must be safe. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "fuzz_main.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    thermo_checkpoint ck;
    thermo_error err;
    int i;
    if (thermo_checkpoint_parse(&ck, data, size, "fuzz.safetensors", &err) != THERMO_OK) return 0;
    for (i = 0; i < ck.n_tensors; i++) {
        const thermo_tensor *t = &ck.tensors[i];
        size_t bytes = (size_t)t->numel * thermo_dtype_size(t->dtype);
        if (t->data < data || t->data + bytes > data + size) abort();
        if (t->numel > 0 && t->numel < 4096) {
            float *f = (float *)malloc((size_t)t->numel * sizeof *f);
            thermo_tensor_f32(t, 0, t->numel, f);
            free(f);
        }
    }
    thermo_checkpoint_close(&ck);
    return 0;
}
