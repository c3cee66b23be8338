/* test_cache.c - the spectra cache, shards and the singular-value file: the hash against
   SMHasher's published check value, keys that change with one ulp of one weight, runs that give
   bit-identical rows with a cold, warm, damaged, unusable or shared cache, a run killed with SIGKILL
   part-way and rerun, shards that cover every matrix once, and --sigma's safetensors file read back
   by thermo's own reader. */
#define _POSIX_C_SOURCE 200809L /* fork, waitpid, mkdir */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define MODEL "tests/data/models/qwen2_tied_f32"
static char tmp[512];  /* this flavour's scratch folder */
static const int32_t ids0[] = {34, 118, 0, 118, 127, 43, 50, 55, 57, 125};

/* ---- a run of the analysis, counting warnings ---- */
typedef struct run {
    int warnings, kill_after;  /* kill_after > 0: SIGKILL itself when that many spectra are done */
    char last_warning[1024];
} run;

static void on_warning(void *user, const char *message) {
    run *r = (run *)user;
    r->warnings++;
    snprintf(r->last_warning, sizeof r->last_warning, "%s", message);
}

static void on_progress(void *user, const char *stage, const char *item, int done, int total) {
    run *r = (run *)user;
    (void)item, (void)total;
    if (r->kill_after && !strcmp(stage, "spectrum") && done >= r->kill_after) raise(SIGKILL);
}

static thermo_model model;

static thermo_status analyze(const char *cache, run *r, thermo_report *report) {
    const int32_t *ids[1] = {ids0};
    int lengths[1] = {10};
    thermo_options o;
    thermo_error err;
    thermo_status st;
    memset(&o, 0, sizeof o);
    memset(r, 0, sizeof *r);
    o.cache_dir = cache;
    o.warning = on_warning;
    o.progress = on_progress;
    o.progress_user = r;
    st = thermo_analyze(&model, ids, lengths, 1, &o, report, &err);
    CHECK(st == THERMO_OK, "%s", err.message);
    return st;
}

/* Rows equal to the last bit, singular values included. */
static int same_rows(const thermo_report *a, const thermo_report *b) {
    int i;
    if (a->n_rows != b->n_rows) return 0;
    for (i = 0; i < a->n_rows; i++) {
        const thermo_row *x = &a->rows[i], *y = &b->rows[i];
        if (strcmp(x->name, y->name) || memcmp(&x->temperature, &y->temperature, offsetof(thermo_row, sigma) - offsetof(thermo_row, temperature)) ||
            x->n_sigma != y->n_sigma || memcmp(x->sigma, y->sigma, (size_t)x->n_sigma * sizeof *x->sigma))
            return 0;
    }
    return 1;
}

/* Names in dir ending in suffix: their count, and the first few in names[]. */
static int list_dir(const char *dir, const char *suffix, char names[][512], int cap) {
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (!d) return -1;
    while ((e = readdir(d)) != NULL) {
        size_t a = strlen(e->d_name), b = strlen(suffix);
        if (a < b || strcmp(e->d_name + a - b, suffix)) continue;
        if (n < cap) snprintf(names[n], 512, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    return n;
}

static void remove_dir(const char *dir) {
    char names[64][512];
    int i, n = list_dir(dir, "", names, 64);
    for (i = 0; i < n && i < 64; i++) remove(names[i]);
    rmdir(dir);
}

static char *path_in(const char *name) {
    static char buf[4][600];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmp, name);
    return buf[k];
}

/* ---- the hash ---- */

/* SMHasher's VerificationTest: hash {}, {0}, {0,1}, ... {0..254} with seeds 256, 255, ..., 2, hash
   the 256 results, and the first 4 bytes of that, little-endian, are MurmurHash3_x64_128's
   published check value 0x6384BA69. */
static void test_murmur3(void) {
    unsigned char key[256], hashes[256 * 16];
    uint64_t h[2];
    uint32_t check;
    int i;
    for (i = 0; i < 256; i++) {
        key[i] = (unsigned char)i;
        thermo__murmur3_128(key, (size_t)i, (uint32_t)(256 - i), h);
        memcpy(hashes + 16 * i, h, 16);
    }
    thermo__murmur3_128(hashes, sizeof hashes, 0, h);
    memcpy(&check, h, 4);
    CHECK(check == 0x6384BA69u, "MurmurHash3_x64_128 check value 0x%08X, want 0x6384BA69", check);
}

/* A key per content: one ulp of one weight, the dtype or the shape changes it; the place does not. */
static void test_keys(void) {
    float w[64], w2[64];
    uint16_t b[128];
    uint64_t k0[2], k1[2], k2[2];
    thermo_tensor t;
    int i, j, changed = 0;
    for (i = 0; i < 64; i++) w[i] = (float)sin(i + 1.0);
    memset(&t, 0, sizeof t);
    t.dtype = THERMO_F32, t.ndim = 2, t.shape[0] = 8, t.shape[1] = 8, t.numel = 64;
    t.data = (const unsigned char *)w;
    thermo__spectrum_key(&t, k0);
    memcpy(w2, w, sizeof w);
    t.data = (const unsigned char *)w2;
    thermo__spectrum_key(&t, k1);
    CHECK(!memcmp(k0, k1, 16), "the same bytes elsewhere in memory give the same key");
    for (i = 0; i < 64; i++) { /* every weight in turn one ulp up */
        w2[i] = nextafterf(w[i], INFINITY);
        thermo__spectrum_key(&t, k1);
        changed += memcmp(k0, k1, 16) != 0;
        w2[i] = w[i];
    }
    CHECK(changed == 64, "one ulp of any one weight changes the key (%d of 64 did)", changed);
    t.data = (const unsigned char *)w;
    t.shape[0] = 4, t.shape[1] = 16;
    thermo__spectrum_key(&t, k1);
    CHECK(memcmp(k0, k1, 16) != 0, "another shape, same bytes: another key");
    for (j = 0; j < 128; j++) b[j] = (uint16_t)(0x3C00 + j);
    t.data = (const unsigned char *)b;
    t.dtype = THERMO_BF16, t.shape[0] = 8, t.shape[1] = 16, t.numel = 128;
    thermo__spectrum_key(&t, k1);
    t.dtype = THERMO_F16;
    thermo__spectrum_key(&t, k2);
    CHECK(memcmp(k1, k2, 16) != 0, "BF16 and F16 of the same bytes: other keys");
    t.dtype = THERMO_BF16;
    b[77]++; /* one ulp of a bf16 weight */
    thermo__spectrum_key(&t, k2);
    CHECK(memcmp(k1, k2, 16) != 0, "one ulp of one bf16 weight changes the key");
}

/* ---- SIGKILL part-way through, then a rerun ----
   The children fork before this process has started OpenMP's threads (libgomp does not survive a
   fork after that); the parent checks their work afterwards. */
static int killed_entries;

static void test_kill(void) {
    char names[64][512], *cache = path_in("killed");
    thermo_report report;
    run r;
    pid_t pid;
    int status = 0;
    remove_dir(cache);
    fflush(stdout);
    pid = fork();
    if (pid == 0) { /* the child dies by SIGKILL after 5 spectra, in the middle of the run */
        const int32_t *ids[1] = {ids0};
        int lengths[1] = {10};
        thermo_options o;
        thermo_error err;
        memset(&o, 0, sizeof o);
        memset(&r, 0, sizeof r);
        r.kill_after = 5;
        o.cache_dir = cache;
        o.progress = on_progress;
        o.progress_user = &r;
        thermo_analyze(&model, ids, lengths, 1, &o, &report, &err);
        _exit(0); /* not reached */
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid, "fork and wait");
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child was killed by SIGKILL (status %d)", status);
    killed_entries = list_dir(cache, ".spectrum", names, 64);
}

static void test_kill_rerun(const thermo_report *reference) {
    char names[64][512], *cache = path_in("killed");
    thermo_report report;
    run r;
    int n = killed_entries;
    CHECK(n >= 5 && n < reference->n_rows, "the killed run left %d of %d entries (at least 5, not all)", n, reference->n_rows);
    if (analyze(cache, &r, &report) != THERMO_OK) return;
    CHECK(r.warnings == 0, "the entries a killed run leaves are whole: %s", r.last_warning);
    CHECK(report.n_cached == n, "the rerun found the %d entries (%d)", n, report.n_cached);
    CHECK(same_rows(&report, reference), "the rerun after a kill gives the rows of a run without cache");
    thermo_report_free(&report);
    CHECK(list_dir(cache, ".spectrum", names, 64) == reference->n_rows, "the rerun completed the cache");
}

/* ---- damaged entries, stray files, unusable folders ---- */
static void flip_byte(const char *path, long at) {
    FILE *f = fopen(path, "r+b");
    int c;
    if (!f) return;
    fseek(f, at, SEEK_SET);
    c = fgetc(f);
    fseek(f, at, SEEK_SET);
    fputc(c ^ 0x40, f);
    fclose(f);
}

static void test_damage(const char *cache, const thermo_report *reference) {
    char names[64][512], stray[600];
    thermo_report report;
    run r;
    int n = list_dir(cache, ".spectrum", names, 64);
    FILE *f;
    CHECK(n == reference->n_rows, "one entry per matrix (%d)", n);
    if (n < 4) return;
    flip_byte(names[0], 200);                                           /* corrupt */
    CHECK(truncate(names[1], 100) == 0, "truncate");                    /* truncated */
    if ((f = fopen(names[2], "wb")) != NULL) fputs("not an entry\n", f), fclose(f); /* foreign */
    flip_byte(names[3], 12);                                            /* another version */
    snprintf(stray, sizeof stray, "%s.tmp.999999.0", names[4]);         /* a killed writer's */
    if ((f = fopen(stray, "wb")) != NULL) fputs("half", f), fclose(f);
    if (analyze(cache, &r, &report) != THERMO_OK) return;
    CHECK(r.warnings == 4, "one warning per damaged entry: %d (last: %s)", r.warnings, r.last_warning);
    CHECK(report.n_cached == n - 4, "the others came from the cache (%d)", report.n_cached);
    CHECK(same_rows(&report, reference), "damaged entries are recomputed: the same rows");
    thermo_report_free(&report);
    if (analyze(cache, &r, &report) != THERMO_OK) return;
    CHECK(r.warnings == 0 && report.n_cached == n, "the damaged entries were rewritten (%d warnings, %d cached)",
          r.warnings, report.n_cached);
    thermo_report_free(&report);
    remove(stray);
}

static void test_unusable(const thermo_report *reference) {
    const char *file = path_in("a_file"), *under = path_in("a_file/cache");
    thermo_report report;
    run r;
    FILE *f = fopen(file, "wb");
    if (f) fclose(f);
    if (analyze(file, &r, &report) != THERMO_OK) return;
    CHECK(r.warnings == 1 && strstr(r.last_warning, "going on without a cache"),
          "a file as the cache folder: one warning (%d: %s)", r.warnings, r.last_warning);
    CHECK(same_rows(&report, reference) && report.n_cached == 0, "... and the same rows");
    thermo_report_free(&report);
    if (analyze(under, &r, &report) != THERMO_OK) return;
    CHECK(r.warnings == 1, "a folder under a file: one warning (%d: %s)", r.warnings, r.last_warning);
    CHECK(same_rows(&report, reference), "... and the same rows");
    thermo_report_free(&report);
    if (geteuid() != 0) { /* root writes anywhere */
        const char *ro = path_in("read_only");
        remove_dir(ro);
        mkdir(ro, 0555);
        if (analyze(ro, &r, &report) != THERMO_OK) return;
        CHECK(r.warnings == 1 && strstr(r.last_warning, "not cached"), "a read-only folder: one warning (%d: %s)",
              r.warnings, r.last_warning);
        CHECK(same_rows(&report, reference), "... and the same rows");
        thermo_report_free(&report);
    }
}

/* Two processes filling one cache at once: both succeed without warnings, and leave whole
   entries that give the reference rows. */
static void test_concurrent(void) {
    char *cache = path_in("shared");
    pid_t pid[2];
    int k, status, ok = 0;
    remove_dir(cache);
    fflush(stdout);
    for (k = 0; k < 2; k++)
        if ((pid[k] = fork()) == 0) {
            thermo_report report;
            run r;
            _exit(analyze(cache, &r, &report) == THERMO_OK && r.warnings == 0 ? 0 : 1);
        }
    for (k = 0; k < 2; k++) ok += pid[k] > 0 && waitpid(pid[k], &status, 0) == pid[k] && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    CHECK(ok == 2, "two processes sharing a fresh cache both ran without warnings (%d)", ok);
}

static void test_concurrent_result(const thermo_report *reference) {
    char names[64][512], *cache = path_in("shared");
    thermo_report report;
    run r;
    CHECK(list_dir(cache, ".spectrum", names, 64) == reference->n_rows, "they left one entry per matrix");
    CHECK(list_dir(cache, "", names, 64) == reference->n_rows + 2, "and nothing else (. and ..)");
    if (analyze(cache, &r, &report) != THERMO_OK) return;
    CHECK(r.warnings == 0 && report.n_cached == reference->n_rows && same_rows(&report, reference),
          "their entries are whole and give the reference rows (%d warnings, %d cached)", r.warnings, report.n_cached);
    thermo_report_free(&report);
}

/* ---- shards ---- */
static void test_shards(const thermo_report *reference) {
    const thermo_tensor *all[64], *part[64];
    const char *cache = path_in("sharded");
    int n = thermo__model_matrices(&model, all), shards, k, i;
    thermo_error err;
    for (shards = 1; shards <= 5; shards++) {
        int seen[64] = {0}, covered = 1;
        double most = 0, total = 0, biggest = 0;
        for (k = 1; k <= shards; k++) {
            double load = 0;
            int m;
            memcpy(part, all, (size_t)n * sizeof *all);
            m = thermo__shard(part, n, k, shards, &err);
            for (i = 0; i < m; i++) {
                double c = thermo__svd_cost(part[i]->shape[0], part[i]->shape[1]);
                seen[part[i] - model.checkpoint.tensors]++;
                load += c;
                biggest = c > biggest ? c : biggest;
            }
            total += load;
            most = load > most ? load : most;
        }
        for (i = 0; i < n; i++) covered &= seen[all[i] - model.checkpoint.tensors] == 1;
        CHECK(covered, "%d shards cover every matrix exactly once", shards);
        CHECK(most <= total / shards + biggest, "%d shards: the largest holds %.3g <= mean %.3g + largest matrix %.3g",
              shards, most, total / shards, biggest);
    }
    remove_dir(cache);
    for (k = 1; k <= 3; k++) { /* the shards into one cache, then an ordinary run computes nothing */
        thermo_options o;
        thermo_report report;
        run r;
        memset(&o, 0, sizeof o);
        memset(&r, 0, sizeof r);
        o.cache_dir = cache, o.spectra_only = 1, o.shard = k, o.shards = 3;
        o.warning = on_warning, o.progress_user = &r;
        CHECK(thermo_analyze(&model, NULL, NULL, 0, &o, &report, &err) == THERMO_OK, "shard %d/3: %s", k, err.message);
        CHECK(report.n_rows > 0 && r.warnings == 0, "shard %d/3 has work (%d matrices)", k, report.n_rows);
        thermo_report_free(&report);
    }
    {
        thermo_report report;
        run r;
        if (analyze(cache, &r, &report) != THERMO_OK) return;
        CHECK(report.n_cached == report.n_rows, "after the shards every spectrum is cached (%d of %d)",
              report.n_cached, report.n_rows);
        CHECK(same_rows(&report, reference), "and the rows are the reference's");
        thermo_report_free(&report);
    }
    {
        thermo_options o;
        thermo_report report;
        memset(&o, 0, sizeof o);
        o.shard = 1, o.shards = 2;
        CHECK(thermo_analyze(&model, NULL, NULL, 0, &o, &report, &err) == THERMO_ERR_ARGUMENT, "shards want spectra_only");
        o.spectra_only = 1, o.shard = 3;
        CHECK(thermo_analyze(&model, NULL, NULL, 0, &o, &report, &err) == THERMO_ERR_ARGUMENT, "shard 3 of 2");
    }
}

/* ---- the singular values as safetensors, read back by thermo's own reader ---- */
static void test_sigma(const thermo_report *reference) {
    const char *path = path_in("sigma.safetensors");
    thermo_checkpoint ck;
    thermo_error err;
    FILE *f = fopen(path, "wb");
    int i, ok = 1;
    CHECK(f && thermo_write_sigma(f, reference) == THERMO_OK && fclose(f) == 0, "write %s", path);
    if (thermo_checkpoint_open(&ck, path, &err) != THERMO_OK) {
        CHECK(0, "thermo reads its own singular-value file: %s", err.message);
        return;
    }
    CHECK(ck.n_tensors == reference->n_rows, "one tensor per row (%d)", ck.n_tensors);
    for (i = 0; i < reference->n_rows && ok; i++) {
        const thermo_row *r = &reference->rows[i];
        const thermo_tensor *t = thermo_checkpoint_find(&ck, r->name);
        double *s = t ? (double *)malloc((size_t)t->numel * sizeof *s + 1) : NULL;
        thermo_spectrum sp;
        int64_t j, k = 8; /* the tiny model's matrices are at least 8 on a side */
        ok = t && t->dtype == THERMO_F64 && t->ndim == 1 && t->shape[0] == r->n_sigma && r->n_sigma >= k && s;
        CHECK(ok, "%s: F64 [%lld]", r->name, (long long)r->n_sigma);
        if (!ok) break;
        thermo_tensor_f64(t, 0, t->numel, s);
        ok = !memcmp(s, r->sigma, (size_t)t->numel * sizeof *s);
        for (j = 1; j < t->numel; j++) ok &= s[j] <= s[j - 1];
        thermo_spectrum_from_sigma(s, t->numel, &sp);
        ok &= sp.entropy == r->entropy && sp.energy == r->energy;
        CHECK(ok, "%s: the values, descending, giving the row's S and E", r->name);
        free(s);
    }
    thermo_checkpoint_close(&ck);
}

int main(void) {
    thermo_error err;
    thermo_report reference, report;
    const char *flavour = getenv("THERMO_TEST_FLAVOUR");
    char *cache;
    run r;
    snprintf(tmp, sizeof tmp, "build/test/tmp_cache_%s", flavour ? flavour : "plain");
    mkdir("build", 0777), mkdir("build/test", 0777), mkdir(tmp, 0777);
    test_murmur3();
    test_keys();
    if (thermo_model_open(&model, MODEL, &err) != THERMO_OK) {
        CHECK(0, "%s", err.message);
        return check_report("test_cache");
    }
    test_kill(); /* these fork: before this process starts OpenMP's threads */
    test_concurrent();
    if (analyze(NULL, &r, &reference) != THERMO_OK) return check_report("test_cache");
    CHECK(reference.n_rows == 15 && reference.n_cached == 0 && r.warnings == 0, "no cache: %d rows", reference.n_rows);
    test_kill_rerun(&reference);
    test_concurrent_result(&reference);
    cache = path_in("cache");
    remove_dir(cache);
    if (analyze(cache, &r, &report) == THERMO_OK) {
        CHECK(report.n_cached == 0 && r.warnings == 0, "a cold cache: nothing found, no warning: %s", r.last_warning);
        CHECK(same_rows(&report, &reference), "a cold cache gives the rows of no cache");
        thermo_report_free(&report);
    }
    if (analyze(cache, &r, &report) == THERMO_OK) {
        CHECK(report.n_cached == 15 && r.warnings == 0, "a warm cache: all 15 found (%d)", report.n_cached);
        CHECK(same_rows(&report, &reference), "a warm cache gives the same rows, bit for bit");
        thermo_report_free(&report);
    }
    test_damage(cache, &reference);
    test_unusable(&reference);
    test_shards(&reference);
    test_sigma(&reference);
    thermo_report_free(&reference);
    thermo_model_close(&model);
    return check_report("test_cache");
}
