/* test_e2e.c - the whole analysis (thermo_analyze) on every small checkpoint against the PyTorch
   reference's goldens (tools/reference/make_goldens.py): loss, |W|, |dW| and T within 1e-4, S, E
   and F within 1e-5 of the float64 SVD, the derived columns within 1e-9 of the original's formulas
   applied to our own primitives, and the four flags equal to what the original's pandas code gives
   on the reference's primitives (expected.csv, expected_fixed.csv), in both threshold modes. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"

static const char *const models[] = {CHECK_GOLDEN_MODELS};

typedef struct { char name[128]; int flags[4]; } expected_row;

/* name and the last four columns (the flags) of each row of an expected CSV */
static int read_expected(const char *path, expected_row *rows, int cap) {
    char *text = check_slurp(path, NULL), *line, *next;
    int n = 0;
    if (!text) return -1;
    line = strchr(text, '\n') + 1; /* skip the header */
    for (; *line && n < cap; line = next) {
        char *field[19];
        int k = 0;
        next = strchr(line, '\n');
        *next++ = 0;
        field[k++] = line;
        for (; *line; line++)
            if (*line == ',' && k < 19) { *line = 0; field[k++] = line + 1; }
        snprintf(rows[n].name, sizeof rows[n].name, "%s", field[0]);
        for (k = 0; k < 4; k++) rows[n].flags[k] = strcmp(field[15 + k], "True") == 0;
        n++;
    }
    free(text);
    return n;
}

static double golden_number(const thermo_json *j, int32_t t) {
    double v = NAN;
    if (t >= 0 && j->tokens[t].type == THERMO_JSON_STRING) v = strtod(j->text + j->tokens[t].start, NULL);
    else thermo_json_double(j, t, &v);
    return v;
}

/* |got - want| <= tol * max(1, |want|), with inf == inf and NaN == NaN */
static int close_to(double got, double want, double tol) {
    if (isnan(want) || isinf(want)) return isnan(want) ? isnan(got) : got == want;
    return fabs(got - want) <= tol * (fabs(want) > 1 ? fabs(want) : 1);
}

/* The original's derivation done once more, plainly, on our own primitives (name order). */
static void check_derived(const thermo_row *r, int n, const char *model) {
    double worst = 0;
    int i, f;
    for (i = 0; i < n; i++) {
        double d[5], sh, su, co;
        for (f = 0; f < 5; f++) {
            if (i == 0 || i == n - 1) { d[f] = NAN; continue; }
            d[f] = f == 0 ? (r[i + 1].energy - r[i - 1].energy) / 2
                 : f == 1 ? (r[i + 1].temperature - r[i - 1].temperature) / 2
                 : f == 2 ? (r[i + 1].G_norm - r[i - 1].G_norm) / 2
                 : f == 3 ? (r[i + 1].entropy - r[i - 1].entropy) / 2
                          : (r[i + 1].free_energy - r[i - 1].free_energy) / 2;
        }
        sh = d[0] / (d[1] + 1e-6);
        su = d[2] / (d[1] + 1e-6);
        co = -d[3] / (d[4] + 1e-6);
        {
            const double got[8] = {r[i].dE, r[i].dT, r[i].dG_norm, r[i].dS, r[i].dF, r[i].specific_heat,
                                   r[i].susceptibility, r[i].compressibility};
            const double want[8] = {d[0], d[1], d[2], d[3], d[4], sh, su, co};
            for (f = 0; f < 8; f++) {
                double e = isnan(want[f]) ? (isnan(got[f]) ? 0 : 1) : check_rel(got[f], want[f], 1e-300);
                if (e > worst) worst = e;
            }
        }
    }
    printf("%-26s derived columns vs the formulas: max rel diff %.2g (tol 1e-9)\n", model, worst);
    CHECK(worst <= 1e-9, "%s: derived columns", model);
}

static void test_model(const char *name) {
    char dir[256], path[320];
    thermo_model m;
    thermo_error err;
    thermo_json j;
    char *text;
    size_t len;
    int32_t ids_tok, params, t;
    int32_t *ids[4];
    int n_ids[4], n_seqs, i, k, fixed;
    const int32_t *seqs[4];
    snprintf(dir, sizeof dir, "tests/data/models/%s", name);
    snprintf(path, sizeof path, "%s/golden.json", dir);
    text = check_slurp(path, &len);
    CHECK(text && thermo_json_parse(&j, text, len, path, &err) == THERMO_OK, "%s", path);
    if (!text) return;
    CHECK(thermo_model_open(&m, dir, &err) == THERMO_OK, "%s", err.message);
    ids_tok = thermo_json_get(&j, 0, "ids"); /* every sequence (at most 4) */
    n_seqs = j.tokens[ids_tok].size < 4 ? j.tokens[ids_tok].size : 4;
    for (k = 0, ids_tok++; k < n_seqs; k++, ids_tok = j.tokens[ids_tok].next) {
        n_ids[k] = j.tokens[ids_tok].size;
        seqs[k] = ids[k] = (int32_t *)calloc((size_t)n_ids[k], sizeof *ids[k]);
        for (i = 0, t = ids_tok + 1; i < n_ids[k]; i++, t = j.tokens[t].next) {
            int64_t v;
            thermo_json_int64(&j, t, &v);
            ids[k][i] = (int32_t)v;
        }
    }
    params = thermo_json_get(&j, 0, "params");
    for (fixed = 0; fixed <= 1; fixed++) {
        thermo_options opt;
        thermo_report rep;
        expected_row want[256];
        int n_want, flag_diffs = 0;
        double worst_norm = 0, worst_spec = 0;
        memset(&opt, 0, sizeof opt);
        opt.fixed_thresholds = fixed;
        if (thermo_analyze(&m, seqs, n_ids, n_seqs, &opt, &rep, &err) != THERMO_OK) {
            CHECK(0, "%s: %s", name, err.message);
            break;
        }
        CHECK(close_to(rep.loss, golden_number(&j, thermo_json_get(&j, 0, "loss")), 1e-5), "%s: loss %.9g", name, rep.loss);
        CHECK(rep.n_rows == j.tokens[params].size, "%s: %d rows, golden has %d", name, rep.n_rows, j.tokens[params].size);
        /* every golden parameter against our row of the same name */
        for (i = 0, t = params + 1; i < j.tokens[params].size; i++, t = j.tokens[t].next) {
            const thermo_row *r = NULL;
            int k;
            for (k = 0; k < rep.n_rows; k++)
                if (thermo_json_equals(&j, thermo_json_get(&j, t, "name"), rep.rows[k].name)) r = &rep.rows[k];
            CHECK(r != NULL, "%s: golden row %d has no match", name, i);
            if (!r) continue;
            {
                const double got[6] = {r->W_norm, r->G_norm, r->temperature, r->entropy, r->energy, r->free_energy};
                static const char *const keys[6] = {"w_norm", "g_norm", "temperature", "entropy", "energy", "free_energy"};
                for (k = 0; k < 6; k++) {
                    double w = golden_number(&j, thermo_json_get(&j, t, keys[k]));
                    double e = isinf(w) || isnan(w) ? (close_to(got[k], w, 0) ? 0 : 1)
                                                    : fabs(got[k] - w) / (fabs(w) > 1 ? fabs(w) : 1);
                    if (k < 3 && e > worst_norm) worst_norm = e;
                    if (k >= 3 && e > worst_spec) worst_spec = e;
                }
            }
        }
        if (!fixed) {
            printf("%-26s |W|, |dW|, T: max diff %.2g (tol 1e-4); S, E, F: %.2g (tol 1e-5)\n", name, worst_norm, worst_spec);
            CHECK(worst_norm <= 1e-4, "%s: norms and temperature", name);
            CHECK(worst_spec <= 1e-5, "%s: entropy, energy, free energy", name);
            check_derived(rep.rows, rep.n_rows, name);
        }
        snprintf(path, sizeof path, "%s/expected%s.csv", dir, fixed ? "_fixed" : "");
        n_want = read_expected(path, want, 256);
        CHECK(n_want == rep.n_rows, "%s: %s has %d rows", name, path, n_want);
        for (i = 0; i < n_want && i < rep.n_rows; i++) {
            int k;
            CHECK(strcmp(want[i].name, rep.rows[i].name) == 0, "%s: row %d is %s, the original sorts %s there",
                  name, i, rep.rows[i].name, want[i].name);
            for (k = 0; k < 4; k++) {
                const int got[4] = {rep.rows[i].latent_heat_jump, rep.rows[i].neg_specific_heat,
                                    rep.rows[i].suscept_divergent, rep.rows[i].high_compress};
                flag_diffs += got[k] != want[i].flags[k];
            }
        }
        CHECK(flag_diffs == 0, "%s: %d flags differ from %s", name, flag_diffs, path);
        thermo_report_free(&rep);
    }
    for (k = 0; k < n_seqs; k++) free(ids[k]);
    thermo_model_close(&m);
    thermo_json_free(&j);
    free(text);
}

/* Two prompts: the loss is the mean of theirs, the gradient that of the mean (--prompts). */
static void test_multi(void) {
    const char *dir = "tests/data/models/qwen2_tied_f32", *path = "tests/data/models/qwen2_tied_f32/golden_multi.json";
    size_t len;
    char *text = check_slurp(path, &len);
    thermo_json j;
    thermo_model m;
    thermo_error err;
    thermo_options opt;
    thermo_report rep;
    int32_t *seq[2], ids_tok, t, params;
    int lengths[2], s, i;
    double worst = 0;
    CHECK(text && thermo_json_parse(&j, text, len, path, &err) == THERMO_OK, "%s", path);
    if (!text) return;
    CHECK(thermo_model_open(&m, dir, &err) == THERMO_OK, "%s", err.message);
    ids_tok = thermo_json_get(&j, 0, "ids");
    for (s = 0, t = ids_tok + 1; s < 2; s++, t = j.tokens[t].next) {
        int32_t e;
        lengths[s] = j.tokens[t].size;
        seq[s] = (int32_t *)calloc((size_t)lengths[s], sizeof **seq);
        for (i = 0, e = t + 1; i < lengths[s]; i++, e++) {
            int64_t v;
            thermo_json_int64(&j, e, &v);
            seq[s][i] = (int32_t)v;
        }
    }
    memset(&opt, 0, sizeof opt);
    CHECK(thermo_analyze(&m, (const int32_t *const *)seq, lengths, 2, &opt, &rep, &err) == THERMO_OK, "%s", err.message);
    CHECK(close_to(rep.loss, golden_number(&j, thermo_json_get(&j, 0, "loss")), 1e-5), "multi loss %.9g", rep.loss);
    params = thermo_json_get(&j, 0, "params");
    for (i = 0, t = params + 1; i < j.tokens[params].size; i++, t = j.tokens[t].next) {
        int k;
        for (k = 0; k < rep.n_rows; k++)
            if (thermo_json_equals(&j, thermo_json_get(&j, t, "name"), rep.rows[k].name)) {
                double w = golden_number(&j, thermo_json_get(&j, t, "g_norm"));
                double e = check_rel(rep.rows[k].G_norm, w, 1e-30);
                if (e > worst) worst = e;
            }
    }
    printf("%-26s two prompts: |dW| max rel diff %.2g (tol 1e-4)\n", "qwen2_tied_f32", worst);
    CHECK(worst <= 1e-4, "two prompts: gradient norms");
    thermo_report_free(&rep);
    for (s = 0; s < 2; s++) free(seq[s]);
    thermo_model_close(&m);
    thermo_json_free(&j);
    free(text);
}

/* --json: the document parses, and every row holds the same numbers as the CSV (hard_cases has
   inf and NaN: "inf" strings and nulls in JSON, "inf" and empty fields in the CSV). */
static void test_json_matches_csv(void) {
    const char *dir = "tests/data/models/hard_cases_f32";
    static const int32_t seq[6] = {3, 17, 100, 17, 5, 64};
    const int32_t *seqs[1] = {seq};
    int len = 6, i, k, mismatches = 0, compared = 0;
    thermo_model m;
    thermo_error err;
    thermo_options opt;
    thermo_report rep;
    thermo_run_info info;
    thermo_json j;
    FILE *jf = tmpfile(), *cf = tmpfile();
    char *jtext, *ctext, *line;
    long jlen, clen;
    int32_t rows, t;
    CHECK(thermo_model_open(&m, dir, &err) == THERMO_OK, "%s", err.message);
    memset(&opt, 0, sizeof opt);
    CHECK(thermo_analyze(&m, seqs, &len, 1, &opt, &rep, &err) == THERMO_OK, "%s", err.message);
    memset(&info, 0, sizeof info);
    info.model_path = dir;
    info.config = &m.config;
    info.ids = seqs;
    info.lengths = &len;
    info.options = &opt;
    thermo_write_json(jf, &rep, &info);
    thermo_write_csv(cf, rep.rows, rep.n_rows);
    jlen = ftell(jf);
    clen = ftell(cf);
    rewind(jf);
    rewind(cf);
    jtext = (char *)calloc((size_t)jlen + 1, 1);
    ctext = (char *)calloc((size_t)clen + 1, 1);
    if (fread(jtext, 1, (size_t)jlen, jf) != (size_t)jlen || fread(ctext, 1, (size_t)clen, cf) != (size_t)clen) jlen = 0;
    CHECK(thermo_json_parse(&j, jtext, (size_t)jlen, "out.json", &err) == THERMO_OK, "%s", err.message);
    rows = thermo_json_get(&j, 0, "rows");
    CHECK(rows >= 0 && j.tokens[rows].size == rep.n_rows, "JSON rows");
    line = strchr(ctext, '\n') + 1;
    for (i = 0, t = rows + 1; i < rep.n_rows && *line; i++, t = j.tokens[t].next) {
        char *field = line, *next = strchr(line, '\n');
        static const char *const keys[14] = {"temperature", "entropy", "energy", "free_energy", "W_norm", "G_norm", "dE",
                                             "dT", "dG_norm", "dS", "dF", "specific_heat", "susceptibility", "compressibility"};
        *next = 0;
        field = strchr(field, ',') + 1; /* past the name */
        for (k = 0; k < 14; k++) {
            int32_t v = thermo_json_get(&j, t, keys[k]);
            char *end = strchr(field, ',');
            double c = *field == ',' ? NAN : strtod(field, NULL), x;
            if (j.tokens[v].type == THERMO_JSON_NULL) x = NAN;
            else if (j.tokens[v].type == THERMO_JSON_STRING) x = strtod(j.text + j.tokens[v].start, NULL);
            else thermo_json_double(&j, v, &x);
            mismatches += !(isnan(c) ? isnan(x) : c == x);
            compared++;
            field = end + 1;
        }
        line = next + 1;
    }
    CHECK(compared == 14 * rep.n_rows && mismatches == 0, "%d of %d JSON numbers differ from the CSV", mismatches, compared);
    thermo_json_free(&j);
    free(jtext);
    free(ctext);
    fclose(jf);
    fclose(cf);
    thermo_report_free(&rep);
    thermo_model_close(&m);
}

int main(void) {
    size_t i;
    for (i = 0; i < sizeof models / sizeof *models; i++) test_model(models[i]);
    test_multi();
    test_json_matches_csv();
    return check_report("test_e2e");
}
