/* fuzz_config.c - libFuzzer target for config.json: any accepted config must be self-consistent
   (the sizes the model binding relies on; RoPE's rotated dims come in pairs, GPT-2 has none). */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "fuzz_main.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    thermo_config c;
    thermo_error err;
    if (thermo_config_parse(&c, (const char *)data, size, "config.json", &err) != THERMO_OK) {
        if (strchr(err.message, '\n')) abort(); /* messages stay on one line */
        return 0;
    }
    if (c.hidden_size < 1 || c.num_attention_heads < 1 || c.num_key_value_heads < 1 || c.head_dim < 1 ||
        c.rotary_dim < 0 || c.rotary_dim % 2 || c.rotary_dim > c.head_dim || (c.arch != THERMO_GPT2 && c.rotary_dim < 2) ||
        (c.rope_longrope && c.rotary_dim / 2 > THERMO_MAX_ROPE_FACTORS) || c.num_attention_heads % c.num_key_value_heads || c.vocab_size < 1 ||
        c.num_hidden_layers < 1 || c.intermediate_size < 1 || c.pad_token_id >= c.vocab_size || c.sliding_window < 0)
        abort();
    return 0;
}
