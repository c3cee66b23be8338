/* fuzz_json.c - libFuzzer target for the JSON tokenizer: parse, then walk and decode every token. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "fuzz_main.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    thermo_json j;
    thermo_error err;
    int32_t i;
    if (thermo_json_parse(&j, (const char *)data, size, "fuzz.json", &err) != THERMO_OK) return 0;
    for (i = 0; i < j.count; i++) {
        const thermo_json_token *t = &j.tokens[i];
        if (t->end < t->start || t->end > size || t->next <= i || t->next > j.count) abort();
        if (t->type == THERMO_JSON_STRING) {
            char *s = thermo_json_strdup(&j, i);
            free(s);
        } else if (t->type == THERMO_JSON_NUMBER) {
            double d;
            int64_t v;
            thermo_json_double(&j, i, &d);
            thermo_json_int64(&j, i, &v);
        } else if (t->type == THERMO_JSON_OBJECT) {
            thermo_json_get(&j, i, "dtype");
        }
    }
    thermo_json_free(&j);
    return 0;
}
