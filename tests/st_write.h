/* st_write.h - writes small safetensors files and model folders for the loader tests. */
#ifndef ST_WRITE_H
#define ST_WRITE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct { const char *name, *dtype; long long d0, d1; } st_entry; /* d1 < 0: 1-D */

static inline size_t st_dsize(const char *dtype) { return strcmp(dtype, "F32") == 0 ? 4 : 2; }

/* Writes the named tensors with zero data, consistent offsets; returns 0 on success. */
static inline int st_write(const char *path, const st_entry *e, int n) {
    char *hdr = (char *)malloc(65536 + (size_t)n * 256);
    size_t len = 0, off = 0, total;
    unsigned char lenbytes[8];
    int i;
    FILE *f;
    len += (size_t)sprintf(hdr + len, "{\"__metadata__\":{\"format\":\"pt\"}");
    for (i = 0; i < n; i++) {
        size_t bytes = st_dsize(e[i].dtype) * (size_t)e[i].d0 * (size_t)(e[i].d1 >= 0 ? e[i].d1 : 1);
        if (e[i].d1 >= 0)
            len += (size_t)sprintf(hdr + len, ",\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld,%lld],\"data_offsets\":[%zu,%zu]}",
                                   e[i].name, e[i].dtype, e[i].d0, e[i].d1, off, off + bytes);
        else
            len += (size_t)sprintf(hdr + len, ",\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld],\"data_offsets\":[%zu,%zu]}",
                                   e[i].name, e[i].dtype, e[i].d0, off, off + bytes);
        off += bytes;
    }
    hdr[len++] = '}';
    total = off;
    for (i = 0; i < 8; i++) lenbytes[i] = (unsigned char)((unsigned long long)len >> (8 * i));
    f = fopen(path, "wb");
    if (!f) { free(hdr); return -1; }
    fwrite(lenbytes, 1, 8, f);
    fwrite(hdr, 1, len, f);
    while (total--) fputc(0, f);
    fclose(f);
    free(hdr);
    return 0;
}

/* Raw bytes to a file. */
static inline int st_write_raw(const char *path, const void *data, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    fwrite(data, 1, n, f);
    return fclose(f);
}

/* A safetensors file whose header is the given JSON text, followed by `data_bytes` zero bytes. */
static inline int st_write_header(const char *path, const char *json, size_t data_bytes) {
    size_t len = strlen(json), i;
    unsigned char lenbytes[8];
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    for (i = 0; i < 8; i++) lenbytes[i] = (unsigned char)((unsigned long long)len >> (8 * i));
    fwrite(lenbytes, 1, 8, f);
    fwrite(json, 1, len, f);
    while (data_bytes--) fputc(0, f);
    return fclose(f);
}

/* A tiny model folder: config.json from the given text, model.safetensors with every tensor of a
   qwen2-style model (hidden 8, 2 heads of 4, 1 KV head, intermediate 12, vocab 16). `skip` names a
   tensor to leave out, `reshape` one to give shape [3, 3]. */
static inline int st_tiny_model(const char *dir, const char *config, int layers, int tied,
                                const char *dtype, const char *skip, const char *reshape) {
    st_entry e[64];
    char names[64][96];
    char path[512];
    int n = 0, l, k;
    static const struct { const char *suffix; int d0, d1; } per_layer[] = {
        {"input_layernorm.weight", 8, -1}, {"self_attn.q_proj.weight", 8, 8},
        {"self_attn.q_proj.bias", 8, -1}, {"self_attn.k_proj.weight", 4, 8},
        {"self_attn.k_proj.bias", 4, -1}, {"self_attn.v_proj.weight", 4, 8},
        {"self_attn.v_proj.bias", 4, -1}, {"self_attn.o_proj.weight", 8, 8},
        {"post_attention_layernorm.weight", 8, -1}, {"mlp.gate_proj.weight", 12, 8},
        {"mlp.up_proj.weight", 12, 8}, {"mlp.down_proj.weight", 8, 12}};
    FILE *f;
    mkdir(dir, 0777);
    snprintf(path, sizeof path, "%s/config.json", dir);
    if (config) {
        f = fopen(path, "wb");
        if (!f) return -1;
        fputs(config, f);
        fclose(f);
    } else remove(path);
#define ADD(nm, a, b)                                                                            \
    do {                                                                                         \
        snprintf(names[n], sizeof names[n], "%s", nm);                                           \
        if (!(skip && strcmp(skip, names[n]) == 0)) {                                            \
            int r = reshape && strcmp(reshape, names[n]) == 0;                                   \
            e[n].name = names[n]; e[n].dtype = dtype;                                            \
            e[n].d0 = r ? 3 : (a); e[n].d1 = r ? 3 : (b); n++;                                   \
        }                                                                                        \
    } while (0)
    ADD("model.embed_tokens.weight", 16, 8);
    ADD("model.norm.weight", 8, -1);
    if (!tied) ADD("lm_head.weight", 16, 8);
    for (l = 0; l < layers; l++)
        for (k = 0; k < (int)(sizeof per_layer / sizeof *per_layer); k++) {
            char nm[96];
            snprintf(nm, sizeof nm, "model.layers.%d.%s", l, per_layer[k].suffix);
            ADD(nm, per_layer[k].d0, per_layer[k].d1);
        }
#undef ADD
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    return st_write(path, e, n);
}

#define ST_TINY_CONFIG(extra)                                                                   \
    "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "             \
    "\"num_hidden_layers\": 2, \"num_attention_heads\": 2, \"num_key_value_heads\": 1, "       \
    "\"vocab_size\": 16, \"rms_norm_eps\": 1e-06, \"rope_theta\": 1000000.0, "                 \
    "\"tie_word_embeddings\": true" extra "}"
#endif
