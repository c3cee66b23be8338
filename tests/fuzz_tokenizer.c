/* fuzz_tokenizer.c - libFuzzer target for tokenizer.json loading and encoding.  The input is a
   tokenizer.json, optionally followed by a NUL byte and a text to encode (else the JSON itself is
   encoded): every id must be in range and decodable, and nothing may crash or leak. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "fuzz_main.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *nul = (const uint8_t *)memchr(data, 0, size);
    size_t json_size = nul ? (size_t)(nul - data) : size;
    const char *text = nul ? (const char *)nul + 1 : (const char *)data;
    size_t text_size = nul ? size - json_size - 1 : size;
    thermo_tokenizer *tok;
    thermo_error err;
    int32_t *ids;
    int n, i;
    if (thermo_tokenizer_parse(&tok, (const char *)data, json_size, "fuzz.json", &err) != THERMO_OK) return 0;
    if (thermo_tokenize(tok, text, text_size, &ids, &n, &err) == THERMO_OK) {
        for (i = 0; i < n; i++) {
            size_t len;
            if (ids[i] < 0 || ids[i] >= thermo_tokenizer_vocab_size(tok)) abort();
            if (thermo_token_bytes(tok, ids[i], &len) == NULL && thermo_token_piece(tok, ids[i]) != NULL) abort();
        }
        free(ids);
    }
    thermo_tokenizer_free(tok);
    return 0;
}
