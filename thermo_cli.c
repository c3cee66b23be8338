/* thermo_cli.c - the command line for thermo.h: parse arguments, call the library, print, exit.
   exit status: 0 success, 1 bad input or runtime failure, 2 usage error. */
#define _POSIX_C_SOURCE 200809L /* fileno, isatty */
#define THERMO_IMPLEMENTATION
#include "thermo.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_PROMPT "The future of AI will"

static const char usage_text[] =
    "usage: thermo_cli [options] MODEL\n"
    "  MODEL                    folder with config.json, model.safetensors or model.safetensors.index.json\n"
    "                           (+ shards) and tokenizer.json, as downloaded from the Hugging Face hub;\n"
    "                           or a hub id (Qwen/Qwen2.5-0.5B) already in the Hugging Face cache\n"
    "                           ($HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub).\n"
    "                           A folder of that name wins over the cache\n"
    "  --revision REV           with a hub id: a branch, tag or commit hash in the cache (default main)\n"
    "  -p, --prompt TEXT        default \"" DEFAULT_PROMPT "\" (the original's PROMPT)\n"
    "  -f, --prompt-file FILE   the prompt's bytes read from a file\n"
    "  --prompts FILE           one prompt per non-empty line; the loss is the mean of their losses\n"
    "  --ids 1,2,3              token ids instead of a prompt (no tokenizer.json needed); at least 2\n"
    "  -o, --output FILE        CSV path. Default, as the original: MODEL with trailing '/' dropped and\n"
    "                           every '/' replaced by '_', then \"_transformer_thermo_analysis.csv\"\n"
    "  --json FILE              also write every row, the tokens and the settings as JSON\n"
    "  --svg FILE               also plot T, S, E and F against depth as an SVG picture\n"
    "  --sigma FILE             also write every singular value: a safetensors file, one F64 tensor\n"
    "                           per matrix named as its CSV row, descending\n"
    "  --cache DIR              the spectra cache (each matrix's spectrum is computed once and reused\n"
    "                           with any prompt). Default $THERMO_CACHE, else $XDG_CACHE_HOME/thermo,\n"
    "                           else ~/.cache/thermo\n"
    "  --no-cache               neither read nor write the cache\n"
    "  --spectra-only           compute and cache the spectra, write nothing else (no prompt needed)\n"
    "  --shard K/N              with --spectra-only: only the K-th of N parts of the matrices, of about\n"
    "                           equal cost, the same split on every machine (1 <= K <= N)\n"
    "  --fixed-thresholds       the original's USE_FIXED_THRESHOLDS = True\n"
    "  --order name|depth       row order: by name, as the original (default), or by layer and type\n"
    "  --series rows|type       differences between neighbouring rows, as the original (default),\n"
    "                           or along depth within each matrix type\n"
    "  -t, --threads N          worker threads (default: all cores)\n"
    "  --timings                print the time each stage took and each gradient norm's route (stderr)\n"
    "  -q, --quiet              nothing but warnings and errors\n"
    "  --inspect                print the config and every tensor (name, dtype, shape); exit 0\n"
    "  --tokenize               print the prompt's ids as a JSON array on one line; exit 0. MODEL may be\n"
    "                           the folder or a tokenizer.json path; an empty prompt prints []\n"
    "  --verbose                with --tokenize, also each id, its vocabulary piece and its bytes\n"
    "  -h, --help; --version\n"
    "exit status: 0 success; 1 bad input or runtime failure; 2 usage error\n";

typedef struct options {
    const char *model, *revision, *path, *prompt, *prompt_file, *prompts_file, *ids, *output, *json, *svg, *sigma, *cache;
    int fixed_thresholds, threads, quiet, inspect, tokenize, verbose, timings;
    int no_cache, spectra_only, shard, shards;
    thermo_order order;
    thermo_series series;
} options;

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "thermo: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (thermo_cli --help lists the options)\n");
    return 2;
}

static int fail(const thermo_error *err) {
    fprintf(stderr, "thermo: %s\n", err->message);
    return 1;
}

/* Parses argv into *o; returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, options *o) {
    int i, positional = 0;
    memset(o, 0, sizeof *o);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **value = NULL, *order = NULL, *series = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (!strcmp(a, "--version")) {
            printf("thermo %s\n", THERMO_VERSION);
            return 0;
        }
        if (!strcmp(a, "-p") || !strcmp(a, "--prompt")) value = &o->prompt;
        else if (!strcmp(a, "-f") || !strcmp(a, "--prompt-file")) value = &o->prompt_file;
        else if (!strcmp(a, "--prompts")) value = &o->prompts_file;
        else if (!strcmp(a, "--ids")) value = &o->ids;
        else if (!strcmp(a, "--revision")) value = &o->revision;
        else if (!strcmp(a, "-o") || !strcmp(a, "--output")) value = &o->output;
        else if (!strcmp(a, "--json")) value = &o->json;
        else if (!strcmp(a, "--svg")) value = &o->svg;
        else if (!strcmp(a, "--sigma")) value = &o->sigma;
        else if (!strcmp(a, "--cache")) value = &o->cache;
        else if (!strcmp(a, "--no-cache")) o->no_cache = 1;
        else if (!strcmp(a, "--spectra-only")) o->spectra_only = 1;
        else if (!strcmp(a, "--order")) value = &order;
        else if (!strcmp(a, "--series")) value = &series;
        else if (!strcmp(a, "--fixed-thresholds")) o->fixed_thresholds = 1;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) o->quiet = 1;
        else if (!strcmp(a, "--inspect")) o->inspect = 1;
        else if (!strcmp(a, "--tokenize")) o->tokenize = 1;
        else if (!strcmp(a, "--verbose")) o->verbose = 1;
        else if (!strcmp(a, "--timings")) o->timings = 1;
        else if (!strcmp(a, "-t") || !strcmp(a, "--threads")) {
            char *end;
            long n;
            if (++i >= argc) return usage_error("%s needs a value", a);
            errno = 0;
            n = strtol(argv[i], &end, 10);
            if (errno || *end || end == argv[i] || n < 1 || n > 4096)
                return usage_error("--threads wants a count from 1 to 4096, not '%s'", argv[i]);
            o->threads = (int)n;
        } else if (!strcmp(a, "--shard")) {
            char *slash, *end;
            long k, n;
            if (++i >= argc) return usage_error("%s needs a value", a);
            errno = 0;
            k = strtol(argv[i], &slash, 10);
            n = *slash == '/' ? strtol(slash + 1, &end, 10) : 0;
            if (errno || slash == argv[i] || *slash != '/' || *end || end == slash + 1 || k < 1 || n < k || n > 1000000)
                return usage_error("--shard wants K/N with 1 <= K <= N, such as 2/3, not '%s'", argv[i]);
            o->shard = (int)k;
            o->shards = (int)n;
        } else if (a[0] == '-' && a[1]) return usage_error("unknown option '%s'", a);
        else {
            if (positional++) return usage_error("more than one MODEL given ('%s')", a);
            if (!a[0]) return usage_error("%s", "MODEL is an empty path");
            o->model = a;
        }
        if (value) {
            if (++i >= argc) return usage_error("%s needs a value", a);
            if (!argv[i][0] && value != &o->prompt) return usage_error("%s needs a value, not an empty one", a);
            *value = argv[i];
        }
        if (order) {
            int k;
            for (k = 0; thermo_order_name((thermo_order)k) && strcmp(order, thermo_order_name((thermo_order)k)); k++) {}
            if (!thermo_order_name((thermo_order)k))
                return usage_error("--order is 'name' or 'depth', not '%s'", order);
            o->order = (thermo_order)k;
        }
        if (series) {
            int k;
            for (k = 0; thermo_series_name((thermo_series)k) && strcmp(series, thermo_series_name((thermo_series)k)); k++) {}
            if (!thermo_series_name((thermo_series)k))
                return usage_error("--series is 'rows' or 'type', not '%s'", series);
            o->series = (thermo_series)k;
        }
    }
    if (!o->model) return usage_error("%s", "no MODEL given");
    if ((o->prompt != NULL) + (o->prompt_file != NULL) + (o->prompts_file != NULL) + (o->ids != NULL) > 1)
        return usage_error("%s", "give only one of --prompt, --prompt-file, --prompts and --ids");
    if (o->inspect && o->tokenize) return usage_error("%s", "--inspect and --tokenize exclude each other");
    if (o->tokenize && (o->ids || o->prompts_file))
        return usage_error("%s", "--tokenize takes one prompt (--prompt or --prompt-file)");
    if (o->verbose && !o->tokenize) return usage_error("%s", "--verbose goes with --tokenize");
    if (o->no_cache && o->cache) return usage_error("%s", "--cache and --no-cache exclude each other");
    if (o->shards && !o->spectra_only) return usage_error("%s", "--shard goes with --spectra-only");
    if (o->spectra_only && (o->inspect || o->tokenize || o->output || o->json || o->svg))
        return usage_error("%s", "--spectra-only writes no CSV, JSON or SVG (only --sigma)");
    if (o->spectra_only && o->no_cache && !o->sigma)
        return usage_error("%s", "--spectra-only --no-cache would keep nothing (add --sigma FILE)");
    return -1;
}

static int inspect(const char *dir) {
    thermo_model m;
    thermo_error err;
    const thermo_config *c = &m.config;
    int i;
    if (thermo_model_open(&m, dir, &err) != THERMO_OK) return fail(&err);
    printf("model_type %s (%s)\n", c->model_type, thermo_arch_name(c->arch));
    printf("hidden_size %d, intermediate_size %d, num_hidden_layers %d\n", c->hidden_size,
           c->intermediate_size, c->num_hidden_layers);
    printf("num_attention_heads %d, num_key_value_heads %d, head_dim %d, vocab_size %d\n",
           c->num_attention_heads, c->num_key_value_heads, c->head_dim, c->vocab_size);
    printf("rms_norm_eps %g, rope_theta %g, tie_word_embeddings %s, attention_bias %s\n",
           c->rms_norm_eps, c->rope_theta, c->tie_word_embeddings ? "true" : "false",
           c->attention_bias ? "true" : "false");
    if (c->rope_llama3)
        printf("rope_scaling llama3: factor %g, low_freq_factor %g, high_freq_factor %g, "
               "original_max_position_embeddings %d\n",
               c->rope_factor, c->rope_low_freq_factor, c->rope_high_freq_factor,
               c->rope_original_max_position);
    printf("%d tensors in %d file%s\n", m.checkpoint.n_tensors, m.checkpoint.n_files,
           m.checkpoint.n_files == 1 ? "" : "s");
    for (i = 0; i < m.checkpoint.n_tensors; i++) {
        const thermo_tensor *t = &m.checkpoint.tensors[i];
        int d;
        printf("%s %s [", t->name, thermo_dtype_name(t->dtype));
        for (d = 0; d < t->ndim; d++) printf("%s%lld", d ? ", " : "", (long long)t->shape[d]);
        printf("]\n");
    }
    thermo_model_close(&m);
    return 0;
}

/* --ids "1,2,3": strictly comma-separated non-negative integers. */
static int parse_ids(const char *s, int32_t **ids, int *n, thermo_error *err) {
    int cap = 16;
    *n = 0;
    *ids = (int32_t *)malloc((size_t)cap * sizeof **ids);
    if (!*ids) { snprintf(err->message, sizeof err->message, "out of memory"); return -1; }
    for (;;) {
        char *end;
        long long v;
        if (*s < '0' || *s > '9') {
            snprintf(err->message, sizeof err->message, "--ids: expected a token id at item %d of the list", *n + 1);
            return -1;
        }
        errno = 0;
        v = strtoll(s, &end, 10);
        if (errno || v > INT32_MAX) {
            snprintf(err->message, sizeof err->message, "--ids: token id %.20s is too large", s);
            return -1;
        }
        if (*n == cap) {
            int32_t *p = (int32_t *)realloc(*ids, (size_t)(cap *= 2) * sizeof **ids);
            if (!p) { snprintf(err->message, sizeof err->message, "out of memory"); return -1; }
            *ids = p;
        }
        (*ids)[(*n)++] = (int32_t)v;
        s = end;
        if (!*s) return 0;
        if (*s != ',') {
            snprintf(err->message, sizeof err->message, "--ids: expected ',' between token ids, found byte 0x%02X",
                     (unsigned char)*s);
            return -1;
        }
        s++;
    }
}

/* A token's bytes for people: printable UTF-8 as is, the rest escaped, in double quotes. */
static void print_quoted(const char *s, size_t n) {
    size_t i = 0;
    putchar('"');
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int len = c >= 0x80 ? thermo_utf8_length((const unsigned char *)s + i, n - i) : 1;
        if (c == '\n') fputs("\\n", stdout);
        else if (c == '\t') fputs("\\t", stdout);
        else if (c == '\r') fputs("\\r", stdout);
        else if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c < 0x20 || c == 0x7F || len == 0) printf("\\x%02X", c);
        else {
            fwrite(s + i, 1, (size_t)len, stdout);
            i += (size_t)len;
            continue;
        }
        i++;
    }
    putchar('"');
}

/* The prompts: --prompt, -f (the file's bytes), --prompts (one per non-empty line) or the default;
   each with where it came from, for messages ("--prompt", "FILE", "FILE:LINE"). */
typedef struct prompts {
    int n;
    char **text;
    size_t *length;
    char **where;
    char *file_text;
} prompts;

static void prompts_free(prompts *p) {
    int i;
    for (i = 0; i < p->n; i++) free(p->where[i]);
    free(p->text);
    free(p->length);
    free(p->where);
    THERMO_FREE(p->file_text);
    memset(p, 0, sizeof *p);
}

static int add_prompt(prompts *p, char *text, size_t length, const char *file, int line) {
    char **t = (char **)realloc(p->text, (size_t)(p->n + 1) * sizeof *t);
    size_t *l = t ? (size_t *)realloc(p->length, (size_t)(p->n + 1) * sizeof *l) : NULL;
    char **w = l ? (char **)realloc(p->where, (size_t)(p->n + 1) * sizeof *w) : NULL;
    if (t) p->text = t;
    if (l) p->length = l;
    if (w) p->where = w;
    if (!w || !(w[p->n] = (char *)malloc(strlen(file) + 16))) return -1;
    if (line) sprintf(w[p->n], "%s:%d", file, line);
    else strcpy(w[p->n], file);
    t[p->n] = text;
    l[p->n] = length;
    p->n++;
    return 0;
}

static int read_prompts(const options *o, prompts *p, thermo_error *err) {
    const char *file = o->prompt_file ? o->prompt_file : o->prompts_file;
    size_t length;
    memset(p, 0, sizeof *p);
    if (!file) {
        const char *text = o->prompt ? o->prompt : DEFAULT_PROMPT;
        if (add_prompt(p, (char *)text, strlen(text), o->prompt ? "--prompt" : "the default prompt", 0) == 0) return 0;
        snprintf(err->message, sizeof err->message, "out of memory");
        return -1;
    }
    if (thermo_read_file(file, (size_t)1 << 30, &p->file_text, &length, err) != THERMO_OK) return -1;
    if (o->prompt_file) {
        if (add_prompt(p, p->file_text, length, file, 0) == 0) return 0;
    } else {
        char *line = p->file_text, *end = p->file_text + length;
        int number = 1;
        for (; line < end; number++) {
            char *stop = (char *)memchr(line, '\n', (size_t)(end - line)), *next;
            size_t n;
            if (!stop) stop = end;
            next = stop < end ? stop + 1 : end;
            n = (size_t)(stop - line);
            if (n && line[n - 1] == '\r') n--;
            line[n] = 0;
            if (n && add_prompt(p, line, n, file, number)) break;
            line = next;
        }
        if (line >= end && p->n) return 0;
        if (!p->n) {
            snprintf(err->message, sizeof err->message, "%s: no prompts (one per non-empty line)", file);
            return -1;
        }
    }
    snprintf(err->message, sizeof err->message, "out of memory");
    return -1;
}

/* --tokenize: the prompt's ids as a JSON array on one line; --verbose adds a line per id with its
   vocabulary piece and the bytes it decodes to. */
static int tokenize(const options *o) {
    thermo_tokenizer *tok;
    thermo_error err;
    prompts p;
    int32_t *ids;
    int n, i;
    if (read_prompts(o, &p, &err)) return fail(&err);
    if (thermo_tokenizer_load(&tok, o->path, &err) != THERMO_OK) {
        prompts_free(&p);
        return fail(&err);
    }
    if (thermo_tokenize(tok, p.text[0], p.length[0], &ids, &n, &err) != THERMO_OK) {
        fprintf(stderr, "thermo: %s: %s\n", p.where[0], err.message);
        thermo_tokenizer_free(tok);
        prompts_free(&p);
        return 1;
    }
    putchar('[');
    for (i = 0; i < n; i++) printf("%s%d", i ? "," : "", (int)ids[i]);
    printf("]\n");
    for (i = 0; o->verbose && i < n; i++) {
        size_t len;
        const char *piece = thermo_token_piece(tok, ids[i]), *bytes = thermo_token_bytes(tok, ids[i], &len);
        printf("%d\t", (int)ids[i]);
        print_quoted(piece ? piece : "", piece ? strlen(piece) : 0);
        putchar('\t');
        print_quoted(bytes ? bytes : "", len);
        putchar('\n');
    }
    THERMO_FREE(ids);
    thermo_tokenizer_free(tok);
    prompts_free(&p);
    return 0;
}

/* The original's SAVE_PATH: MODEL without trailing '/', each '/' replaced by '_'. */
static char *default_output(const char *model) {
    size_t n = strlen(model), i;
    char *p;
    while (n > 1 && model[n - 1] == '/') n--;
    p = (char *)malloc(n + 40);
    if (!p) return NULL;
    for (i = 0; i < n; i++) p[i] = model[i] == '/' ? '_' : model[i];
    strcpy(p + n, "_transformer_thermo_analysis.csv");
    return p;
}

/* ---- progress on stderr: redrawn in place on a terminal, plain lines otherwise ---- */
typedef struct progress {
    int tty, active;
    int cached;     /* spectra found in the cache ("cache" stage) */
    double start, stage_start, last_line;
    char stage[32];
} progress;

/* "spectrum 169/169, 160 from cache, about 3s left": the estimate from the ones computed so far. */
static void progress_counts(const progress *p, double now, const char *stage, int done, int total) {
    int cached = strcmp(stage, "spectrum") == 0 ? p->cached : 0;
    fprintf(stderr, "%s %d/%d", stage, done, total);
    if (cached) fprintf(stderr, ", %d from cache", cached);
    if (done > cached && done < total)
        fprintf(stderr, ", about %.0fs left", (now - p->stage_start) / (done - cached) * (total - done));
}

static void on_progress(void *user, const char *stage, const char *item, int done, int total) {
    progress *p = (progress *)user;
    double now = thermo_seconds(), elapsed = now - p->start;
    if (!strcmp(stage, "cache")) {
        p->cached = done;
        return;
    }
    if (strcmp(p->stage, stage) != 0) {
        snprintf(p->stage, sizeof p->stage, "%s", stage);
        p->stage_start = now;
        p->last_line = 0;
    }
    if (p->tty) {
        fprintf(stderr, "\r\033[K[%6.1fs] ", elapsed);
        progress_counts(p, now, stage, done, total);
        if (item) fprintf(stderr, "  %s", item);
        p->active = 1;
        if (done == total) {
            fputc('\n', stderr);
            p->active = 0;
        }
    } else if (done == 0 || done == p->cached || done == total || now - p->last_line >= 2.0) {
        fprintf(stderr, "[%6.1fs] ", elapsed);
        progress_counts(p, now, stage, done, total);
        fprintf(stderr, "%s%s\n", item ? "  " : "", item ? item : "");
        p->last_line = now;
    }
    fflush(stderr);
}

static void on_warning(void *user, const char *message) {
    progress *p = (progress *)user;
    if (p->active) fputc('\n', stderr);
    p->active = 0;
    fprintf(stderr, "thermo: warning: %s\n", message);
    fflush(stderr);
}

/* The spectra cache folder: --cache DIR, else $THERMO_CACHE, else $XDG_CACHE_HOME/thermo (an
   absolute path, as the XDG spec wants), else $HOME/.cache/thermo; NULL with --no-cache or when
   none is known.  *owned is what to free. */
static const char *cache_dir(const options *o, char **owned) {
    const char *env = getenv("THERMO_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    *owned = NULL;
    if (o->no_cache) return NULL;
    if (o->cache) return o->cache;
    if (env && *env) return env;
    if (xdg && *xdg == '/') {
        if ((*owned = (char *)malloc(strlen(xdg) + 8))) sprintf(*owned, "%s/thermo", xdg);
    } else if (home && *home) {
        if ((*owned = (char *)malloc(strlen(home) + 16))) sprintf(*owned, "%s/.cache/thermo", home);
    }
    return *owned;
}

/* The token sequences: --ids, or the tokenizer on the prompts. */
typedef struct inputs {
    int n;
    prompts p;      /* empty with --ids */
    int32_t **ids;
    int *lengths;
    thermo_tokenizer *tok;
} inputs;

static void inputs_free(inputs *in) {
    int i;
    for (i = 0; in->ids && i < in->n; i++) THERMO_FREE(in->ids[i]);
    free(in->ids);
    free(in->lengths);
    prompts_free(&in->p);
    if (in->tok) thermo_tokenizer_free(in->tok);
    memset(in, 0, sizeof *in);
}

/* The token ids of every prompt, checked against the vocabulary.  When tokenizing a prompt fails,
   *where names it ("FILE:LINE", ...) for the message. */
static int read_inputs(const options *o, const thermo_config *cfg, inputs *in, const char **where,
                       thermo_error *err) {
    int i, t;
    memset(in, 0, sizeof *in);
    *where = NULL;
    if (!o->ids && read_prompts(o, &in->p, err)) return -1;
    in->n = o->ids ? 1 : in->p.n;
    in->ids = (int32_t **)calloc((size_t)in->n, sizeof *in->ids);
    in->lengths = (int *)calloc((size_t)in->n, sizeof *in->lengths);
    if (!in->ids || !in->lengths) {
        snprintf(err->message, sizeof err->message, "out of memory");
        return -1;
    }
    if (o->ids) {
        if (parse_ids(o->ids, &in->ids[0], &in->lengths[0], err)) return -1;
    } else {
        if (thermo_tokenizer_load(&in->tok, o->path, err) != THERMO_OK) return -1;
        for (i = 0; i < in->n; i++)
            if (thermo_tokenize(in->tok, in->p.text[i], in->p.length[i], &in->ids[i], &in->lengths[i], err) != THERMO_OK) {
                *where = in->p.where[i];
                return -1;
            }
    }
    for (i = 0; i < in->n; i++) {
        const char *which = o->ids ? "--ids" : in->p.where[i];
        if (in->lengths[i] < 2) {
            snprintf(err->message, sizeof err->message,
                     "%s gives %d token%s; the loss needs at least 2 (each token is predicted from the ones before)",
                     which, in->lengths[i], in->lengths[i] == 1 ? "" : "s");
            return -1;
        }
        for (t = 0; t < in->lengths[i]; t++)
            if (in->ids[i][t] < 0 || in->ids[i][t] >= cfg->vocab_size) {
                snprintf(err->message, sizeof err->message,
                         "%s: token id %ld at position %d is out of range (vocab_size %d)", which,
                         (long)in->ids[i][t], t, cfg->vocab_size);
                return -1;
            }
    }
    return 0;
}

/* Writes the CSV, JSON, SVG and singular values together: each into its temporary file, then all
   renamed only when every one was written, so a failure leaves none of them behind. */
#define N_OUTPUTS 4
static int write_outputs(const char *const paths[N_OUTPUTS], const thermo_report *r, const thermo_run_info *info) {
    thermo_output out[N_OUTPUTS];
    thermo_error err;
    int i, ok = 1, rc = 0;
    memset(out, 0, sizeof out);
    for (i = 0; i < N_OUTPUTS && ok; i++) {
        thermo_status st;
        if (!paths[i]) continue;
        if (thermo_output_open(&out[i], paths[i], &err) != THERMO_OK) {
            rc = fail(&err);
            ok = 0;
            break;
        }
        if (i == 0 && (info->options->order != THERMO_ORDER_NAME || info->options->series != THERMO_SERIES_ROWS))
            fprintf(out[i].file, "# thermo %s: --order %s --series %s (read with pandas.read_csv(path, comment='#'))\n",
                    THERMO_VERSION, thermo_order_name(info->options->order), thermo_series_name(info->options->series));
        st = i == 0 ? thermo_write_csv(out[i].file, r->rows, r->n_rows)
             : i == 1 ? thermo_write_json(out[i].file, r, info)
             : i == 2 ? thermo_write_svg(out[i].file, r, info->model_path)
                      : thermo_write_sigma(out[i].file, r);
        if (st != THERMO_OK || fflush(out[i].file) != 0 || ferror(out[i].file)) {
            fprintf(stderr, "thermo: %s: write error: %s\n", paths[i], strerror(errno));
            rc = 1;
            ok = 0;
        }
    }
    for (i = 0; i < N_OUTPUTS; i++)
        if (out[i].file && thermo_output_close(&out[i], ok, &err) != THERMO_OK && ok) {
            rc = fail(&err);
            ok = 0;
        }
    return rc;
}

static void print_flag(const thermo_report *r, const char *name, const char *rule, size_t offset) {
    int i, count = 0;
    for (i = 0; i < r->n_rows; i++) count += *(const int *)((const char *)&r->rows[i] + offset);
    printf("  %-18s %-38s %3d", name, rule, count);
    for (i = 0; i < r->n_rows; i++)
        if (*(const int *)((const char *)&r->rows[i] + offset)) printf("\n      %s", r->rows[i].name);
    printf("\n");
}

static void print_summary(const options *o, const thermo_model *m, const inputs *in,
                          const thermo_report *r, const char *const paths[N_OUTPUTS]) {
    const thermo_config *c = &m->config;
    int i, t, hot = -1, cold = -1;
    char a[THERMO_REPR_MAX], b[THERMO_REPR_MAX];
    printf("Analyzed %s: %s, %d layers, hidden %d, vocab %d, %s embeddings\n", o->model, c->model_type,
           c->num_hidden_layers, c->hidden_size, c->vocab_size, c->tie_word_embeddings ? "tied" : "untied");
    for (i = 0; i < in->n; i++) {
        printf("%s %d tokens:", in->n > 1 ? "Prompt" : "Prompt,", in->lengths[i]);
        for (t = 0; t < in->lengths[i]; t++) {
            size_t len = 0;
            const char *bytes = in->tok ? thermo_token_bytes(in->tok, in->ids[i][t], &len) : NULL;
            putchar(' ');
            if (bytes) print_quoted(bytes, len);
            else printf("%ld", (long)in->ids[i][t]);
        }
        thermo_format_double(a, r->losses[i]);
        printf("\n  loss %s\n", a);
    }
    if (in->n > 1) {
        thermo_format_double(a, r->loss);
        printf("Mean loss over %d prompts: %s\n", in->n, a);
    }
    printf("\nEnhanced metrics written \xe2\x86\x92 %s\n\n", paths[0]);
    printf("%-48s %12s %10s %12s %13s\n", "matrix", "T", "S", "E", "F");
    for (i = 0; i < r->n_rows; i++) {
        const thermo_row *x = &r->rows[i];
        printf("%-48s %12.5g %10.6f %12.6g %13.6g\n", x->name, x->temperature, x->entropy, x->energy, x->free_energy);
        if (!isnan(x->temperature) && (hot < 0 || x->temperature > r->rows[hot].temperature)) hot = i;
        if (!isnan(x->temperature) && (cold < 0 || x->temperature < r->rows[cold].temperature)) cold = i;
    }
    printf("\nThermodynamic Phenomena Summary (%s thresholds, %s order, differences along %s):\n",
           o->fixed_thresholds ? "fixed" : "z-score", thermo_order_name(o->order),
           o->series == THERMO_SERIES_TYPE ? "depth within each type" : "neighbouring rows");
    print_flag(r, "latent_heat_jump", "|dT| < 0.01 and |dE| > 5", offsetof(thermo_row, latent_heat_jump));
    print_flag(r, "neg_specific_heat", "specific_heat < 0", offsetof(thermo_row, neg_specific_heat));
    print_flag(r, "suscept_divergent", o->fixed_thresholds ? "|susceptibility| > 1e-3" : "|z(susceptibility)| > 3",
               offsetof(thermo_row, suscept_divergent));
    print_flag(r, "high_compress", o->fixed_thresholds ? "|compressibility| > 0.3" : "|z(compressibility)| > 2",
               offsetof(thermo_row, high_compress));
    if (hot >= 0) {
        thermo_format_double(a, r->rows[hot].temperature);
        thermo_format_double(b, r->rows[cold].temperature);
        printf("Hottest: %s (T = %s)\nColdest: %s (T = %s)\n", r->rows[hot].name, a, r->rows[cold].name, b);
    }
    printf("Wrote %s", paths[0]);
    for (i = 1; i < N_OUTPUTS; i++)
        if (paths[i]) printf(", %s", paths[i]);
    printf("\n");
}

/* Exit status 0, unless writing to stdout failed (a full disk, a closed pipe). */
static int finish_stdout(void) {
    if (fflush(stdout) == 0 && !ferror(stdout)) return 0;
    fprintf(stderr, "thermo: stdout: write error: %s\n", strerror(errno));
    return 1;
}

static int analyze(const options *o, const char *const paths[N_OUTPUTS]) {
    thermo_error err;
    thermo_model model;
    inputs in;
    thermo_report report;
    thermo_options topt;
    thermo_run_info info;
    progress prog;
    double t_start = thermo_seconds(), t_load, t_tok, t_analyzed, t_out;
    const char *where;
    char *cache_owned;
    int i, rc;
    for (i = 0; i < N_OUTPUTS; i++) /* before any long computation */
        if (paths[i] && thermo_output_check(paths[i], &err) != THERMO_OK) return fail(&err);
    if (thermo_model_open(&model, o->path, &err) != THERMO_OK) return fail(&err);
    t_load = thermo_seconds();
    memset(&in, 0, sizeof in);
    if (!o->spectra_only && read_inputs(o, &model.config, &in, &where, &err)) {
        if (where) fprintf(stderr, "thermo: %s: %s\n", where, err.message);
        else fail(&err);
        inputs_free(&in);
        thermo_model_close(&model);
        return 1;
    }
    t_tok = thermo_seconds();
    memset(&prog, 0, sizeof prog);
    prog.tty = isatty(fileno(stderr));
    prog.start = t_start;
    memset(&topt, 0, sizeof topt);
    topt.fixed_thresholds = o->fixed_thresholds;
    topt.order = o->order;
    topt.series = o->series;
    topt.progress = o->quiet ? NULL : on_progress;
    topt.progress_user = &prog;
    topt.warning = on_warning;
    topt.cache_dir = cache_dir(o, &cache_owned);
    topt.spectra_only = o->spectra_only;
    topt.shard = o->shard;
    topt.shards = o->shards;
    rc = thermo_analyze(&model, (const int32_t *const *)in.ids, in.lengths, in.n, &topt, &report, &err);
    free(cache_owned);
    if (rc != THERMO_OK) {
        if (prog.active) fputc('\n', stderr);
        inputs_free(&in);
        thermo_model_close(&model);
        return fail(&err);
    }
    memset(&info, 0, sizeof info);
    info.model_path = o->model;
    info.config = &model.config;
    info.tokenizer = in.tok;
    info.prompts = o->ids ? NULL : (const char *const *)in.p.text;
    info.prompt_lengths = in.p.length;
    info.ids = (const int32_t *const *)in.ids;
    info.lengths = in.lengths;
    info.options = &topt;
    t_analyzed = thermo_seconds();
    rc = write_outputs(paths, &report, &info);
    t_out = thermo_seconds();
    if (!rc && !o->quiet && !o->spectra_only) print_summary(o, &model, &in, &report, paths);
    if (!rc && !o->quiet && o->spectra_only) {
        printf("Spectra of %d matrices", report.n_rows);
        if (o->shards) printf(" (part %d of %d)", o->shard, o->shards);
        printf(": %d from the cache, %d computed\n", report.n_cached, report.n_rows - report.n_cached);
        if (paths[3]) printf("Wrote %s\n", paths[3]);
    }
    if (o->timings)
        fprintf(stderr, "timings: load %.3f s, tokenize %.3f s, forward %.3f s, backward %.3f s, hash %.3f s, "
                        "svd %.3f s (%d of %d spectra from the cache), metrics %.3f s, output %.3f s, total %.3f s\n",
                t_load - t_start, t_tok - t_load, report.seconds_forward, report.seconds_backward,
                report.seconds_hash, report.seconds_spectrum, report.n_cached, report.n_rows,
                report.seconds_metrics, t_out - t_analyzed, t_out - t_start);
    if (o->timings && !o->spectra_only) { /* each matrix's |dW| by the cheaper route (thermo_gradnorm_route) */
        int i, tokens = 0;
        for (i = 0; i < in.n; i++) tokens += in.lengths[i];
        fprintf(stderr, "gradient norms (%d tokens): %d matrices by the T x T identity, %d by streamed dW\n", tokens,
                report.gradnorm_routes[THERMO_GRADNORM_IDENTITY], report.gradnorm_routes[THERMO_GRADNORM_STREAMED]);
    }
    thermo_report_free(&report);
    inputs_free(&in);
    thermo_model_close(&model);
    return rc;
}

int main(int argc, char **argv) {
    options o;
    int rc = parse_args(argc, argv, &o), i, j;
    const char *paths[N_OUTPUTS];
    char *csv = NULL, *path;
    thermo_error err;
    if (rc >= 0) return rc;
    if (!o.inspect && !o.tokenize) {
        if (!o.output && !o.spectra_only && !(csv = default_output(o.model))) {
            fprintf(stderr, "thermo: out of memory\n");
            return 1;
        }
        paths[0] = o.output ? o.output : csv, paths[1] = o.json, paths[2] = o.svg, paths[3] = o.sigma;
        for (i = 0; i < N_OUTPUTS; i++)
            for (j = i + 1; j < N_OUTPUTS; j++)
                if (paths[i] && paths[j] && strcmp(paths[i], paths[j]) == 0) {
                    free(csv);
                    return usage_error("two outputs would both be written to '%s'", paths[i]);
                }
    }
    thermo_set_threads(o.threads);
    if (thermo_locate_model(o.model, o.revision, &path, &err) != THERMO_OK) {
        free(csv);
        return fail(&err);
    }
    o.path = path;
    rc = o.inspect ? inspect(path) : o.tokenize ? tokenize(&o) : analyze(&o, paths);
    free(csv);
    THERMO_FREE(path);
    return rc || finish_stdout();
}
