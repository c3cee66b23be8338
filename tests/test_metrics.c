/* test_metrics.c - sections 8 and 9 against the original's own pandas code and Python's repr():
   sorting, central differences, specific heat, susceptibility, compressibility, z-score and fixed
   flags, and the CSV byte for byte (goldens: tools/metrics_goldens.py). */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"

static void test_repr(void) {
    char *text = check_slurp(check_data("metrics/repr.txt"), NULL), *line;
    int n = 0, bad = 0;
    CHECK(text != NULL, "tests/data/metrics/repr.txt is missing");
    if (!text) return;
    for (line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        unsigned long long bits = strtoull(line, NULL, 16);
        double x;
        char got[THERMO_REPR_MAX];
        memcpy(&x, &bits, 8);
        thermo_format_double(got, x);
        if (strcmp(got, line + 17) != 0 && bad++ < 5) printf("repr %s: got %s\n", line, got);
        n++;
    }
    CHECK(n >= 3000 && bad == 0, "%d of %d doubles formatted unlike Python's repr", bad, n);
    free(text);
}

/* Rows from a golden JSON list of records; names point into `json`'s text copies. */
static thermo_row *load_rows(const char *path, int *n, char ***names) {
    size_t len;
    char *text = check_slurp(path, &len);
    thermo_json j;
    thermo_error err;
    thermo_row *rows;
    int32_t t;
    int i;
    static const char *const keys[6] = {"temperature", "entropy", "energy", "free_energy", "W_norm", "G_norm"};
    *n = 0;
    if (!text || thermo_json_parse(&j, text, len, path, &err) != THERMO_OK) { free(text); return NULL; }
    *n = j.tokens[0].size;
    rows = (thermo_row *)calloc((size_t)*n, sizeof *rows);
    *names = (char **)calloc((size_t)*n, sizeof **names);
    for (i = 0, t = 1; i < *n; i++, t = j.tokens[t].next) {
        double v[6];
        int k;
        for (k = 0; k < 6; k++) {
            int32_t vt = thermo_json_get(&j, t, keys[k]);
            if (j.tokens[vt].type == THERMO_JSON_STRING) v[k] = strtod(j.text + j.tokens[vt].start, NULL); /* inf, nan */
            else thermo_json_double(&j, vt, &v[k]);
        }
        (*names)[i] = thermo_json_strdup(&j, thermo_json_get(&j, t, "name"));
        rows[i].name = (*names)[i];
        thermo_classify(rows[i].name, &rows[i].layer, &rows[i].kind);
        rows[i].temperature = v[0], rows[i].entropy = v[1], rows[i].energy = v[2];
        rows[i].free_energy = v[3], rows[i].W_norm = v[4], rows[i].G_norm = v[5];
    }
    thermo_json_free(&j);
    free(text);
    return rows;
}

/* The CSV as thermo writes it, compared byte for byte with the golden. */
static void check_csv(const char *golden, thermo_row *rows, int n, const char *what) {
    char *want = check_slurp(golden, NULL), *got;
    FILE *f = tmpfile();
    long len;
    CHECK(want != NULL, "missing %s", golden);
    thermo_write_csv(f, rows, n);
    len = ftell(f);
    rewind(f);
    got = (char *)calloc((size_t)len + 1, 1);
    if (fread(got, 1, (size_t)len, f) != (size_t)len) len = 0;
    fclose(f);
    if (want && strcmp(got, want) != 0) {
        const char *a = got, *b = want;
        int line = 1;
        while (*a && *a == *b) line += *a++ == '\n', b++;
        printf("%s: first difference on line %d:\n  got  %.160s\n  want %.160s\n", what, line,
               a - got > 60 ? a - 60 : got, b - want > 60 ? b - 60 : want);
    }
    CHECK(want && strcmp(got, want) == 0, "%s: CSV differs from %s", what, golden);
    free(want);
    free(got);
}

static void test_case(const char *name) {
    char path[256], golden[256];
    char **names = NULL;
    int n, i, fixed;
    for (fixed = 0; fixed <= 1; fixed++) {
        thermo_row *rows;
        snprintf(path, sizeof path, "tests/data/metrics/%s.json", name);
        rows = load_rows(path, &n, &names);
        CHECK(rows != NULL, "cannot load %s", path);
        if (!rows) return;
        thermo_rows_sort(rows, n, THERMO_ORDER_NAME);
        CHECK(thermo_rows_derive(rows, n, THERMO_SERIES_ROWS, fixed, NULL) == THERMO_OK, "derive");
        snprintf(golden, sizeof golden, "tests/data/metrics/%s%s.csv", name, fixed ? "_fixed" : "");
        check_csv(golden, rows, n, golden);
        if (!fixed) {
            snprintf(golden, sizeof golden, "tests/data/metrics/%s_depth_type.csv", name);
            FILE *probe = fopen(golden, "r");
            if (probe) {
                fclose(probe);
                thermo_rows_sort(rows, n, THERMO_ORDER_DEPTH);
                CHECK(thermo_rows_derive(rows, n, THERMO_SERIES_TYPE, 0, NULL) == THERMO_OK, "derive");
                check_csv(golden, rows, n, golden);
            }
        }
        for (i = 0; i < n; i++) free(names[i]);
        free(names);
        free(rows);
    }
}

static void test_primitives(void) {
    int layer;
    thermo_kind kind;
    CHECK(thermo_temperature(3.0, 0.0) == HUGE_VAL, "no gradient: T = inf");
    CHECK(thermo_temperature(2.0, 1.0) == 2.0 / (1.0 + 1e-8), "T = W/(G + 1e-8)");
    CHECK(isnan(3.0 - thermo_temperature(0, 0) * 0.0), "F = E - inf*0 is NaN, as in Python");
    thermo_classify("model.layers.17.mlp.down_proj.weight", &layer, &kind);
    CHECK(layer == 17 && kind == THERMO_KIND_DOWN, "classify down_proj");
    thermo_classify("model.layers.3.self_attn.k_proj.weight", &layer, &kind);
    CHECK(layer == 3 && kind == THERMO_KIND_K, "classify k_proj");
    thermo_classify("model.layers.x.self_attn.k_proj.weight", &layer, &kind);
    CHECK(layer == -1 && kind == THERMO_KIND_OTHER, "a malformed layer is 'other'");
    thermo_classify("lm_head.weight", &layer, &kind);
    CHECK(kind == THERMO_KIND_LM_HEAD, "lm_head");
}

int main(void) {
    static const char *const cases[] = {"basic", "large", "inf_nan", "ties", "flags", "zeros",
                                        "three", "two", "names"};
    size_t i;
    test_repr();
    test_primitives();
    for (i = 0; i < sizeof cases / sizeof *cases; i++) test_case(cases[i]);
    return check_report("test_metrics");
}
