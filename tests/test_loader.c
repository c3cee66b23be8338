/* test_loader.c - safetensors parsing and validation, dtype conversions, config.json and the model
   binding: every bad input (truncated or lying headers, missing tensors, wrong
   shapes, bad JSON) gets THERMO_ERR_* and a message naming the file. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"
#include "st_write.h"

#define TMP "build/test/tmp_loader"

/* Opens `path` as a checkpoint; expects failure with all the `needles` in the message. */
static void expect_bad_file(const char *path, const char *needle, const char *what) {
    thermo_checkpoint ck;
    thermo_error err;
    thermo_status st = thermo_checkpoint_open(&ck, path, &err);
    CHECK(st != THERMO_OK, "%s: should fail", what);
    if (st != THERMO_OK) {
        CHECK(strstr(err.message, path) != NULL, "%s: message names the file: %s", what, err.message);
        CHECK(strstr(err.message, needle) != NULL, "%s: message says '%s': %s", what, needle, err.message);
        CHECK(strchr(err.message, '\n') == NULL, "%s: one line", what);
    } else thermo_checkpoint_close(&ck);
}

static void test_bad_safetensors(void) {
    char p[256];
    unsigned char raw[16] = {0};
    snprintf(p, sizeof p, "%s/empty.safetensors", TMP);
    st_write_raw(p, raw, 0);
    expect_bad_file(p, "too short", "empty file");
    snprintf(p, sizeof p, "%s/four.safetensors", TMP);
    st_write_raw(p, raw, 4);
    expect_bad_file(p, "too short", "4-byte file");
    snprintf(p, sizeof p, "%s/huge.safetensors", TMP);
    memset(raw, 0, sizeof raw);
    raw[7] = 0x80; /* 2^63 */
    memcpy(raw + 8, "{}", 2);
    st_write_raw(p, raw, 10);
    expect_bad_file(p, "exceeds the file size", "header length 2^63");
    snprintf(p, sizeof p, "%s/pasteof.safetensors", TMP);
    memset(raw, 0, sizeof raw);
    raw[0] = 3; /* one past the 2 header bytes there are */
    memcpy(raw + 8, "{}", 2);
    st_write_raw(p, raw, 10);
    expect_bad_file(p, "exceeds the file size", "header length one past EOF");
    snprintf(p, sizeof p, "%s/notjson.safetensors", TMP);
    st_write_header(p, "{this is not json}", 0);
    expect_bad_file(p, "invalid JSON", "header not JSON");
    snprintf(p, sizeof p, "%s/notobj.safetensors", TMP);
    st_write_header(p, "[1, 2]", 0);
    expect_bad_file(p, "not a JSON object", "header not an object");
    snprintf(p, sizeof p, "%s/trunc.safetensors", TMP);
    st_write_header(p, "{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_off", 0);
    expect_bad_file(p, "invalid JSON", "truncated JSON");
    {
        size_t n = 100000, i;
        char *deep = (char *)malloc(2 * n + 8);
        deep[0] = '{';
        memcpy(deep + 1, "\"a\":", 4);
        for (i = 0; i < n; i++) deep[5 + i] = '[';
        for (i = 0; i < n; i++) deep[5 + n + i] = ']';
        deep[5 + 2 * n] = '}';
        deep[6 + 2 * n] = 0;
        snprintf(p, sizeof p, "%s/deep.safetensors", TMP);
        st_write_header(p, deep, 0);
        free(deep);
        expect_bad_file(p, "nesting", "JSON nested 100000 deep");
    }
    snprintf(p, sizeof p, "%s/pasteof2.safetensors", TMP);
    st_write_header(p, "{\"w\": {\"dtype\": \"F32\", \"shape\": [4], \"data_offsets\": [0, 16]}}", 8);
    expect_bad_file(p, "exceed the data section", "offsets past EOF");
    snprintf(p, sizeof p, "%s/reversed.safetensors", TMP);
    st_write_header(p, "{\"w\": {\"dtype\": \"F32\", \"shape\": [0], \"data_offsets\": [8, 0]}}", 16);
    expect_bad_file(p, "reversed", "reversed offsets");
    snprintf(p, sizeof p, "%s/disagree.safetensors", TMP);
    st_write_header(p, "{\"w\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 16]}}", 16);
    expect_bad_file(p, "need 12", "offsets disagreeing with the shape");
    snprintf(p, sizeof p, "%s/dtype.safetensors", TMP);
    st_write_header(p, "{\"w\": {\"dtype\": \"X64\", \"shape\": [2], \"data_offsets\": [0, 16]}}", 16);
    expect_bad_file(p, "dtype X64 is not a safetensors dtype", "unknown dtype");
    {
        thermo_checkpoint ck;
        thermo_error err;
        CHECK(thermo_checkpoint_open(&ck, p, &err) != THERMO_OK && strstr(err.message, "'w'"),
              "the dtype error names the tensor: %s", err.message);
    }
    /* the other safetensors dtypes are read (a GPT-2 file's BOOL or U8 mask buffers), sized by their
       dtype, never converted (NaN), and refused where a weight is expected (test_models) */
    snprintf(p, sizeof p, "%s/otherdtypes.safetensors", TMP);
    st_write_header(p, "{\"b\": {\"dtype\": \"BOOL\", \"shape\": [1, 1, 2, 2], \"data_offsets\": [0, 4]}, "
                       "\"i\": {\"dtype\": \"I64\", \"shape\": [1], \"data_offsets\": [4, 12]}, "
                       "\"u\": {\"dtype\": \"U8\", \"shape\": [], \"data_offsets\": [12, 13]}}", 16);
    {
        thermo_checkpoint ck;
        thermo_error err;
        float f = 0;
        CHECK(thermo_checkpoint_open(&ck, p, &err) == THERMO_OK, "BOOL, I64 and U8 tensors are read: %s", err.message);
        if (ck.n_tensors == 3) {
            CHECK(ck.tensors[0].dtype == THERMO_BOOL && ck.tensors[1].dtype == THERMO_I64 && ck.tensors[2].dtype == THERMO_U8 &&
                      ck.tensors[1].numel == 1 && strcmp(thermo_dtype_name(ck.tensors[1].dtype), "I64") == 0 &&
                      thermo_dtype_size(THERMO_I64) == 8 && thermo_dtype_size(THERMO_BOOL) == 1,
                  "dtypes, names and sizes of the non-float tensors");
            thermo_tensor_f32(&ck.tensors[1], 0, 1, &f);
            CHECK(isnan(f), "a non-float tensor converts to NaN, not to a misread number");
            thermo_checkpoint_close(&ck);
        } else CHECK(0, "%d tensors", ck.n_tensors);
    }
    snprintf(p, sizeof p, "%s/negshape.safetensors", TMP);
    st_write_header(p, "{\"w\": {\"dtype\": \"F32\", \"shape\": [-1, 4], \"data_offsets\": [0, 16]}}", 16);
    expect_bad_file(p, "non-negative", "negative shape");
    snprintf(p, sizeof p, "%s/overflow.safetensors", TMP);
    st_write_header(p, "{\"w\": {\"dtype\": \"F32\", \"shape\": [4294967296, 4294967296, 16], \"data_offsets\": [0, 16]}}", 16);
    expect_bad_file(p, "overflows", "overflowing shape");
    snprintf(p, sizeof p, "%s/overlap.safetensors", TMP);
    st_write_header(p, "{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]}, "
                       "\"b\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [4, 12]}}", 16);
    expect_bad_file(p, "overlap", "overlapping tensors");
    snprintf(p, sizeof p, "%s/dup.safetensors", TMP);
    st_write_header(p, "{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}, "
                       "\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}", 8);
    expect_bad_file(p, "twice", "duplicate tensor name");
    snprintf(p, sizeof p, "%s/notafile", TMP);
    expect_bad_file(p, "no model.safetensors", "no weights file");
}

static void test_good_safetensors(void) {
    char p[256];
    thermo_checkpoint ck;
    thermo_error err;
    const thermo_tensor *t;
    /* two tensors, an empty one sharing an offset, metadata, trailing header padding */
    snprintf(p, sizeof p, "%s/good.safetensors", TMP);
    st_write_header(p, "{\"__metadata__\": {\"format\": \"pt\"}, "
                       "\"b\": {\"dtype\": \"BF16\", \"shape\": [2, 3], \"data_offsets\": [0, 12]}, "
                       "\"e\": {\"dtype\": \"F32\", \"shape\": [0, 5], \"data_offsets\": [12, 12]}, "
                       "\"a\": {\"dtype\": \"F16\", \"shape\": [], \"data_offsets\": [12, 14]}}    ", 14);
    CHECK(thermo_checkpoint_open(&ck, p, &err) == THERMO_OK, "%s", err.message);
    CHECK(ck.n_tensors == 3, "3 tensors, got %d", ck.n_tensors);
    CHECK(ck.n_tensors == 3 && strcmp(ck.tensors[0].name, "a") == 0 && strcmp(ck.tensors[2].name, "e") == 0,
          "sorted by name");
    t = thermo_checkpoint_find(&ck, "b");
    CHECK(t && t->dtype == THERMO_BF16 && t->ndim == 2 && t->shape[0] == 2 && t->shape[1] == 3 && t->numel == 6,
          "tensor b");
    t = thermo_checkpoint_find(&ck, "a");
    CHECK(t && t->ndim == 0 && t->numel == 1, "a scalar has one element");
    CHECK(thermo_checkpoint_find(&ck, "zz") == NULL, "missing name");
    thermo_checkpoint_close(&ck);
}

static void test_conversions(void) {
    /* f16 bit patterns and their exact float32 values */
    static const struct { uint16_t h; float f; } f16[] = {
        {0x0000, 0.0f}, {0x3C00, 1.0f}, {0xC000, -2.0f}, {0x7BFF, 65504.0f},
        {0x0001, 5.9604644775390625e-08f}, {0x03FF, 6.0975551605224609375e-05f},
        {0x0400, 6.103515625e-05f}, {0x3555, 0.333251953125f}, {0x8001, -5.9604644775390625e-08f}};
    unsigned char buf[4];
    thermo_tensor t;
    float out;
    size_t i;
    memset(&t, 0, sizeof t);
    t.data = buf;
    t.dtype = THERMO_F16;
    for (i = 0; i < sizeof f16 / sizeof *f16; i++) {
        buf[0] = (unsigned char)(f16[i].h & 0xFF);
        buf[1] = (unsigned char)(f16[i].h >> 8);
        thermo_tensor_f32(&t, 0, 1, &out);
        CHECK(out == f16[i].f && signbit(out) == signbit(f16[i].f), "f16 0x%04x -> %.9g, want %.9g",
              f16[i].h, out, f16[i].f);
    }
    buf[0] = 0x00; buf[1] = 0x7C; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(isinf(out) && out > 0, "f16 +inf");
    buf[0] = 0x00; buf[1] = 0xFC; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(isinf(out) && out < 0, "f16 -inf");
    buf[0] = 0x01; buf[1] = 0x7E; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(isnan(out), "f16 NaN");
    t.dtype = THERMO_BF16;
    buf[0] = 0x80; buf[1] = 0x3F; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(out == 1.0f, "bf16 1.0");
    buf[0] = 0x01; buf[1] = 0x00; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(out == 9.18354961579912115600575419705e-41f, "bf16 smallest subnormal");
    buf[0] = 0x80; buf[1] = 0xFF; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(isinf(out) && out < 0, "bf16 -inf");
    buf[0] = 0xC1; buf[1] = 0x7F; thermo_tensor_f32(&t, 0, 1, &out);
    CHECK(isnan(out), "bf16 NaN");
    /* every f16 value converts to a float that converts back (checked through double too) */
    {
        int bad = 0;
        unsigned h;
        for (h = 0; h < 65536; h++) {
            double d;
            buf[0] = (unsigned char)(h & 0xFF);
            buf[1] = (unsigned char)(h >> 8);
            t.dtype = THERMO_F16;
            thermo_tensor_f32(&t, 0, 1, &out);
            thermo_tensor_f64(&t, 0, 1, &d);
            if (!(isnan(out) ? isnan(d) : (double)out == d)) bad++;
            if (!isnan(out) && !isinf(out) && (h & 0x7C00) != 0x7C00) {
                /* value = (-1)^s * 2^(e-15) * (1 + m/1024) or subnormal 2^-14 * m/1024 */
                int e = (int)((h >> 10) & 0x1F), m = (int)(h & 0x3FF);
                double v = e ? ldexp(1.0 + m / 1024.0, e - 15) : ldexp(m / 1024.0, -14);
                if (h & 0x8000) v = -v;
                if ((double)out != v) bad++;
            }
        }
        CHECK(bad == 0, "all 65536 f16 values exact, %d wrong", bad);
    }
}

#define TINY_OK ST_TINY_CONFIG("")

static void expect_bad_model(const char *dir, const char *needle, const char *what) {
    thermo_model m;
    thermo_error err;
    thermo_status st = thermo_model_open(&m, dir, &err);
    CHECK(st != THERMO_OK, "%s: should fail", what);
    if (st != THERMO_OK) {
        CHECK(strstr(err.message, needle) != NULL, "%s: message says '%s': %s", what, needle, err.message);
        CHECK(strstr(err.message, dir) != NULL, "%s: message names the file: %s", what, err.message);
    } else thermo_model_close(&m);
}

static void test_models(void) {
    char d[256];
    thermo_model m;
    thermo_error err;
    snprintf(d, sizeof d, "%s/tiny", TMP);
    st_tiny_model(d, TINY_OK, 2, 1, "BF16", NULL, NULL);
    CHECK(thermo_model_open(&m, d, &err) == THERMO_OK, "%s", err.message);
    CHECK(m.lm_head == m.embed_tokens && m.config.head_dim == 4 && m.config.num_key_value_heads == 1 &&
              m.layers && m.layers[THERMO__SLOTS + THERMO__Q_BIAS] && !m.layers[THERMO__SLOTS + THERMO__O_BIAS],
          "tiny qwen2 binds");
    thermo_model_close(&m);
    snprintf(d, sizeof d, "%s/untied", TMP);
    st_tiny_model(d, ST_TINY_CONFIG(", \"tie_word_embeddings\": false"), 2, 0, "F16", NULL, NULL);
    CHECK(thermo_model_open(&m, d, &err) == THERMO_OK, "%s", err.message);
    CHECK(m.lm_head && m.lm_head != m.embed_tokens, "untied lm_head");
    thermo_model_close(&m);
    snprintf(d, sizeof d, "%s/missing", TMP);
    st_tiny_model(d, TINY_OK, 2, 1, "F32", "model.layers.1.mlp.up_proj.weight", NULL);
    expect_bad_model(d, "missing tensor 'model.layers.1.mlp.up_proj.weight'", "missing tensor");
    snprintf(d, sizeof d, "%s/reshaped", TMP);
    st_tiny_model(d, TINY_OK, 2, 1, "F32", NULL, "model.layers.0.self_attn.k_proj.weight");
    expect_bad_model(d, "has shape [3, 3], but config.json implies [4, 8]", "wrong shape");
    snprintf(d, sizeof d, "%s/noconfig", TMP);
    st_tiny_model(d, NULL, 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "config.json: cannot open", "missing config.json");
    snprintf(d, sizeof d, "%s/badconfig", TMP);
    st_tiny_model(d, "{\"hidden_size\": 8,", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "invalid JSON", "config.json not JSON");
    snprintf(d, sizeof d, "%s/nohidden", TMP);
    st_tiny_model(d, "{\"model_type\": \"qwen2\", \"intermediate_size\": 12, \"num_hidden_layers\": 2, "
                     "\"num_attention_heads\": 2, \"vocab_size\": 16}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "missing \"hidden_size\"", "no hidden_size");
    snprintf(d, sizeof d, "%s/zeroheads", TMP);
    st_tiny_model(d, "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "
                     "\"num_hidden_layers\": 2, \"num_attention_heads\": 0, \"vocab_size\": 16}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "\"num_attention_heads\" is 0", "zero heads");
    snprintf(d, sizeof d, "%s/nodivide", TMP);
    st_tiny_model(d, "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "
                     "\"num_hidden_layers\": 2, \"num_attention_heads\": 3, \"vocab_size\": 16}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "does not divide hidden_size", "heads not dividing hidden_size");
    snprintf(d, sizeof d, "%s/vocab", TMP);
    st_tiny_model(d, "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "
                     "\"num_hidden_layers\": 2, \"num_attention_heads\": 2, \"num_key_value_heads\": 1, "
                     "\"vocab_size\": 17, \"tie_word_embeddings\": true}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "vocab_size is 17 in config.json, but model.embed_tokens.weight has 16 rows", "vocab mismatch");
    snprintf(d, sizeof d, "%s/neglayers", TMP);
    st_tiny_model(d, "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "
                     "\"num_hidden_layers\": -3, \"num_attention_heads\": 2, \"vocab_size\": 16}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "\"num_hidden_layers\" is -3", "negative layers");
    snprintf(d, sizeof d, "%s/hugelayers", TMP);
    st_tiny_model(d, "{\"model_type\": \"qwen2\", \"hidden_size\": 8, \"intermediate_size\": 12, "
                     "\"num_hidden_layers\": 1000000000000, \"num_attention_heads\": 2, \"vocab_size\": 16}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "\"num_hidden_layers\" is 1000000000000", "absurd layers");
    snprintf(d, sizeof d, "%s/morelayers", TMP);
    st_tiny_model(d, ST_TINY_CONFIG(", \"num_hidden_layers\": 3"), 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "missing tensor 'model.layers.2.", "more layers than tensors");
    snprintf(d, sizeof d, "%s/intweights", TMP);
    st_tiny_model(d, TINY_OK, 2, 1, "I16", NULL, NULL); /* st_write sizes it as 2 bytes */
    expect_bad_model(d, "tensor 'model.embed_tokens.weight': dtype I16 is not supported (F32, BF16, F16 and F64 are)",
                     "integer weights");
    snprintf(d, sizeof d, "%s/arch", TMP);
    st_tiny_model(d, "{\"model_type\": \"mixtral\", \"hidden_size\": 8}", 2, 1, "F32", NULL, NULL);
    expect_bad_model(d, "supported: qwen2, llama, mistral, qwen3", "unknown architecture");
    /* a sharded checkpoint whose index names a missing shard */
    {
        char p[512];
        FILE *f;
        snprintf(d, sizeof d, "%s/shardmissing", TMP);
        st_tiny_model(d, TINY_OK, 2, 1, "F32", NULL, NULL);
        snprintf(p, sizeof p, "%s/model.safetensors", d);
        remove(p);
        snprintf(p, sizeof p, "%s/model.safetensors.index.json", d);
        f = fopen(p, "wb");
        fputs("{\"metadata\": {}, \"weight_map\": {\"model.norm.weight\": \"model-00001-of-00002.safetensors\"}}", f);
        fclose(f);
        expect_bad_model(d, "model-00001-of-00002.safetensors: cannot open", "index naming a missing shard");
    }
}

/* A sharded checkpoint: the tiny model split across two files by an index. */
static void test_shards(void) {
    char d[256], p[512];
    st_entry a[2] = {{"model.embed_tokens.weight", "F32", 16, 8}, {"model.norm.weight", "F32", 8, -1}};
    st_entry b[1] = {{"extra.weight", "F32", 2, 2}};
    thermo_checkpoint ck;
    thermo_error err;
    FILE *f;
    snprintf(d, sizeof d, "%s/sharded", TMP);
    mkdir(d, 0777);
    snprintf(p, sizeof p, "%s/a.safetensors", d);
    st_write(p, a, 2);
    snprintf(p, sizeof p, "%s/b.safetensors", d);
    st_write(p, b, 1);
    snprintf(p, sizeof p, "%s/model.safetensors.index.json", d);
    f = fopen(p, "wb");
    fputs("{\"metadata\": {\"total_size\": 0}, \"weight_map\": {\"model.embed_tokens.weight\": \"a.safetensors\", "
          "\"model.norm.weight\": \"a.safetensors\", \"extra.weight\": \"b.safetensors\"}}", f);
    fclose(f);
    CHECK(thermo_checkpoint_open(&ck, d, &err) == THERMO_OK, "%s", err.message);
    CHECK(ck.n_tensors == 3 && ck.n_files == 2, "3 tensors from 2 shards");
    thermo_checkpoint_close(&ck);
    f = fopen(p, "wb");
    fputs("{\"weight_map\": {\"model.norm.weight\": \"b.safetensors\", \"extra.weight\": \"b.safetensors\"}}", f);
    fclose(f);
    CHECK(thermo_checkpoint_open(&ck, d, &err) != THERMO_OK && strstr(err.message, "'model.norm.weight' is not in shard b.safetensors"),
          "a tensor in the wrong shard: %s", err.message);
    f = fopen(p, "wb");
    fputs("{\"weight_map\": {\"x\": \"../evil.safetensors\"}}", f);
    fclose(f);
    CHECK(thermo_checkpoint_open(&ck, d, &err) != THERMO_OK && strstr(err.message, "not a plain file name"),
          "a shard path outside the folder: %s", err.message);
}

/* config.json files modelled on those published for the models each family was written for
   (gemma-3-270m, gemma-2-2b, SmolLM3-3B, OLMo-2-0425-1B: their keys, with layer lists shortened
   where they repeat), and what thermo takes from them. */
static void test_hub_configs(void) {
    thermo_config c;
    thermo_error err;
    static const char gemma3[] =
        "{\"architectures\": [\"Gemma3ForCausalLM\"], \"_sliding_window_pattern\": 6, \"attention_bias\": false, "
        "\"attention_dropout\": 0.0, \"attn_logit_softcapping\": null, \"bos_token_id\": 2, \"eos_token_id\": 1, "
        "\"final_logit_softcapping\": null, \"head_dim\": 256, \"hidden_activation\": \"gelu_pytorch_tanh\", "
        "\"hidden_size\": 640, \"initializer_range\": 0.02, \"intermediate_size\": 2048, \"layer_types\": ["
        "\"sliding_attention\", \"sliding_attention\", \"sliding_attention\", \"sliding_attention\", \"sliding_attention\", "
        "\"full_attention\", \"sliding_attention\", \"sliding_attention\", \"sliding_attention\", \"sliding_attention\", "
        "\"sliding_attention\", \"full_attention\"], \"max_position_embeddings\": 32768, \"model_type\": \"gemma3_text\", "
        "\"num_attention_heads\": 4, \"num_hidden_layers\": 12, \"num_key_value_heads\": 1, \"pad_token_id\": 0, "
        "\"query_pre_attn_scalar\": 256, \"rms_norm_eps\": 1e-06, \"rope_local_base_freq\": 10000.0, \"rope_scaling\": null, "
        "\"rope_theta\": 1000000.0, \"sliding_window\": 512, \"torch_dtype\": \"bfloat16\", \"use_bidirectional_attention\": false, "
        "\"use_cache\": true, \"vocab_size\": 262144}";
    static const char gemma2[] =
        "{\"architectures\": [\"Gemma2ForCausalLM\"], \"attention_bias\": false, \"attention_dropout\": 0.0, "
        "\"attn_logit_softcapping\": 50.0, \"bos_token_id\": 2, \"cache_implementation\": \"hybrid\", \"eos_token_id\": [1, 107], "
        "\"final_logit_softcapping\": 30.0, \"head_dim\": 256, \"hidden_act\": \"gelu_pytorch_tanh\", "
        "\"hidden_activation\": \"gelu_pytorch_tanh\", \"hidden_size\": 2304, \"intermediate_size\": 9216, "
        "\"max_position_embeddings\": 8192, \"model_type\": \"gemma2\", \"num_attention_heads\": 8, \"num_hidden_layers\": 26, "
        "\"num_key_value_heads\": 4, \"pad_token_id\": 0, \"query_pre_attn_scalar\": 256, \"rms_norm_eps\": 1e-06, "
        "\"rope_theta\": 10000.0, \"sliding_window\": 4096, \"torch_dtype\": \"float32\", \"vocab_size\": 256000}";
    static const char smollm3[] =
        "{\"architectures\": [\"SmolLM3ForCausalLM\"], \"attention_bias\": false, \"hidden_act\": \"silu\", \"hidden_size\": 2048, "
        "\"intermediate_size\": 11008, \"layer_types\": [\"full_attention\", \"full_attention\", \"full_attention\", "
        "\"full_attention\", \"full_attention\", \"full_attention\", \"full_attention\", \"full_attention\"], "
        "\"max_position_embeddings\": 65536, \"mlp_bias\": false, \"model_type\": \"smollm3\", \"no_rope_layer_interval\": 4, "
        "\"no_rope_layers\": [1, 1, 1, 0, 1, 1, 1, 0], \"num_attention_heads\": 16, \"num_hidden_layers\": 8, "
        "\"num_key_value_heads\": 4, \"pad_token_id\": 128004, \"rms_norm_eps\": 1e-06, \"rope_scaling\": null, "
        "\"rope_theta\": 5000000.0, \"sliding_window\": null, \"tie_word_embeddings\": true, \"use_sliding_window\": false, "
        "\"vocab_size\": 128256}";
    static const char olmo2[] =
        "{\"architectures\": [\"Olmo2ForCausalLM\"], \"attention_bias\": false, \"attention_dropout\": 0.0, "
        "\"eos_token_id\": 100257, \"hidden_act\": \"silu\", \"hidden_size\": 2048, \"intermediate_size\": 8192, "
        "\"max_position_embeddings\": 4096, \"model_type\": \"olmo2\", \"num_attention_heads\": 16, \"num_hidden_layers\": 16, "
        "\"num_key_value_heads\": 16, \"pad_token_id\": 100277, \"rms_norm_eps\": 1e-06, \"rope_scaling\": null, "
        "\"rope_theta\": 500000, \"tie_word_embeddings\": false, \"torch_dtype\": \"float32\", \"vocab_size\": 100352}";
#define PARSE(text) thermo_config_parse(&c, text, strlen(text), "config.json", &err)
    CHECK(PARSE(gemma3) == THERMO_OK && c.arch == THERMO_GEMMA3 && c.head_dim == 256 && c.sliding_window == 512 &&
              c.hidden_act == THERMO_GELU_TANH && c.final_logit_softcapping == 0 && c.attn_logit_softcapping == 0 &&
              c.layer_flags[0] == (THERMO_LAYER_SLIDING | THERMO_LAYER_LOCAL_ROPE) && !c.layer_flags[5] &&
              !c.layer_flags[11] && c.pad_token_id == 0 && c.tie_word_embeddings,
          "gemma-3-270m's config: %s", err.message);
    CHECK(PARSE(gemma2) == THERMO_OK && c.arch == THERMO_GEMMA2 && c.attn_logit_softcapping == 50 &&
              c.final_logit_softcapping == 30 && c.layer_flags[24] == THERMO_LAYER_SLIDING && !c.layer_flags[25] &&
              c.query_pre_attn_scalar == 256 && c.sliding_window == 4096,
          "gemma-2-2b's config: %s", err.message);
    CHECK(PARSE(smollm3) == THERMO_OK && c.arch == THERMO_SMOLLM3 && c.layer_flags[3] == THERMO_LAYER_NO_ROPE &&
              c.layer_flags[7] == THERMO_LAYER_NO_ROPE && !c.layer_flags[0] && c.pad_token_id == 128004 &&
              c.sliding_window == 0 && c.rope_theta == 5000000.0,
          "SmolLM3-3B's config: %s", err.message);
    CHECK(PARSE(olmo2) == THERMO_OK && c.arch == THERMO_OLMO2 && c.rope_theta == 500000.0 && c.pad_token_id == 100277 &&
              c.rms_norm_eps == 1e-6 && !c.tie_word_embeddings,
          "OLMo-2-0425-1B's config: %s", err.message);
#undef PARSE
}

/* config.json details: which key decides the family, unsupported activations, sliding windows. */
static void test_config(void) {
    thermo_config c;
    thermo_error err;
#define PARSE(text) thermo_config_parse(&c, text, strlen(text), "config.json", &err)
#define SIZES "\"hidden_size\": 8, \"intermediate_size\": 12, \"num_hidden_layers\": 1, \"num_attention_heads\": 2, \"vocab_size\": 16"
    CHECK(PARSE("{\"model_type\": \"qwen2_moe_experimental_text_only_v9\", \"architectures\": [\"Qwen2ForCausalLM\"], " SIZES "}") ==
              THERMO_ERR_UNSUPPORTED && strstr(err.message, "model_type qwen2_moe_experimental_text_only_v9 is not supported"),
          "a model_type decides even when architectures names a known class: %s", err.message);
    CHECK(PARSE("{\"architectures\": [\"Qwen3ForCausalLM\"], " SIZES "}") == THERMO_OK && c.arch == THERMO_QWEN3,
          "no model_type: architectures[0]: %s", err.message);
    CHECK(PARSE("{\"model_type\": \"x\\n\\u001b[2Jevil\", " SIZES "}") == THERMO_ERR_UNSUPPORTED &&
              !strchr(err.message, '\n') && !strchr(err.message, 0x1b),
          "a model_type with control characters stays on one line: %s", err.message);
    CHECK(PARSE("{\"model_type\": \"llama\", \"hidden_act\": \"gelu\", " SIZES "}") == THERMO_ERR_UNSUPPORTED &&
              strstr(err.message, "hidden_act gelu is not supported"), "%s", err.message);
    CHECK(PARSE("{\"model_type\": \"llama\", \"hidden_act\": \"silu\", " SIZES "}") == THERMO_OK && c.sliding_window == 0,
          "llama: silu, no window");
    CHECK(PARSE("{\"model_type\": \"mistral\", " SIZES "}") == THERMO_OK && c.sliding_window == 4096,
          "mistral's default window is 4096: %d", c.sliding_window);
    CHECK(PARSE("{\"model_type\": \"mistral\", \"sliding_window\": null, " SIZES "}") == THERMO_OK && c.sliding_window == 0,
          "mistral with sliding_window null: none");
    CHECK(PARSE("{\"model_type\": \"qwen2\", \"sliding_window\": 32, " SIZES "}") == THERMO_OK && c.sliding_window == 0,
          "qwen2 ignores sliding_window unless use_sliding_window");
    CHECK(PARSE("{\"model_type\": \"qwen2\", \"use_sliding_window\": true, \"sliding_window\": 32, " SIZES "}") == THERMO_OK &&
              c.sliding_window == 32 && !(c.layer_flags[0] & THERMO_LAYER_SLIDING),
          "qwen2 with use_sliding_window: the window from layer max_window_layers (default 28) on");
    CHECK(PARSE("{\"model_type\": \"mistral\", " SIZES "}") == THERMO_OK && (c.layer_flags[0] & THERMO_LAYER_SLIDING),
          "mistral slides on every layer");
    /* the config classes' defaults for absent keys, and SmolLM3's NoPE layers */
    CHECK(PARSE("{\"model_type\": \"smollm3\", " SIZES ", \"num_hidden_layers\": 8}") == THERMO_OK &&
              c.tie_word_embeddings && c.rope_theta == 2000000.0 && c.pad_token_id == -1 &&
              c.layer_flags[3] == THERMO_LAYER_NO_ROPE && c.layer_flags[7] == THERMO_LAYER_NO_ROPE &&
              !c.layer_flags[0] && !c.layer_flags[4] && !c.layer_flags[6],
          "smollm3: tied, theta 2e6, pad 128004 past the vocabulary is none, every 4th layer without RoPE");
    CHECK(PARSE("{\"model_type\": \"smollm3\", " SIZES ", \"num_hidden_layers\": 3, \"no_rope_layer_interval\": 2, "
                "\"pad_token_id\": 5}") == THERMO_OK &&
              !c.layer_flags[0] && c.layer_flags[1] == THERMO_LAYER_NO_ROPE && !c.layer_flags[2] && c.pad_token_id == 5,
          "smollm3: no_rope_layer_interval 2");
    CHECK(PARSE("{\"model_type\": \"smollm3\", " SIZES ", \"num_hidden_layers\": 3, \"no_rope_layers\": [0, 1, 1, 0], "
                "\"no_rope_layer_interval\": 2}") == THERMO_OK &&
              c.layer_flags[0] == THERMO_LAYER_NO_ROPE && !c.layer_flags[1] && !c.layer_flags[2],
          "smollm3: no_rope_layers wins over the interval (extra entries unused)");
    CHECK(PARSE("{\"model_type\": \"smollm3\", " SIZES ", \"num_hidden_layers\": 3, \"no_rope_layers\": [1, 1]}") ==
              THERMO_ERR_FORMAT && strstr(err.message, "no_rope_layers has 2 entries for 3 layers"), "%s", err.message);
    CHECK(PARSE("{\"model_type\": \"smollm3\", " SIZES ", \"no_rope_layers\": [2]}") == THERMO_ERR_FORMAT &&
              strstr(err.message, "no_rope_layers[0] is not 0 or 1"), "%s", err.message);
    CHECK(PARSE("{\"model_type\": \"olmo2\", " SIZES "}") == THERMO_OK && c.arch == THERMO_OLMO2 &&
              c.rms_norm_eps == 1e-5 && c.pad_token_id == 1 && !c.tie_word_embeddings && c.rope_theta == 10000.0,
          "olmo2: eps 1e-5, padding_idx 1, untied");
    CHECK(PARSE("{\"model_type\": \"olmo2\", \"pad_token_id\": null, " SIZES "}") == THERMO_OK && c.pad_token_id == -1,
          "pad_token_id null: no padding_idx");
    CHECK(PARSE("{\"model_type\": \"qwen2_moe\", " SIZES "}") == THERMO_ERR_UNSUPPORTED &&
              strstr(err.message, "model_type qwen2_moe is not supported (supported: qwen2, llama, mistral, qwen3, smollm3, olmo2, gemma2, gemma3_text, phi3, gpt2)"),
          "an unsupported family names the supported ones: %s", err.message);
    /* Gemma: head_dim 256 by default, sliding layers, local RoPE, softcaps, the activation key */
    CHECK(PARSE("{\"model_type\": \"gemma2\", " SIZES ", \"num_hidden_layers\": 4}") == THERMO_OK &&
              c.head_dim == 256 && c.query_pre_attn_scalar == 256 && c.sliding_window == 4096 && c.pad_token_id == 0 &&
              c.tie_word_embeddings && c.hidden_act == THERMO_GELU_TANH && c.final_logit_softcapping == 30 &&
              c.attn_logit_softcapping == 50 && c.layer_flags[0] == THERMO_LAYER_SLIDING && !c.layer_flags[1] &&
              c.layer_flags[2] == THERMO_LAYER_SLIDING && !c.layer_flags[3],
          "gemma2 defaults: head_dim 256, caps 50/30, the even layers slide");
    CHECK(PARSE("{\"model_type\": \"gemma3_text\", " SIZES ", \"num_hidden_layers\": 7, \"attn_logit_softcapping\": 9, "
                "\"sliding_window\": 512}") == THERMO_OK &&
              c.attn_logit_softcapping == 0 && c.final_logit_softcapping == 0 && c.rope_theta == 1e6 &&
              c.rope_local_base_freq == 10000 && c.sliding_window == 512 &&
              c.layer_flags[0] == (THERMO_LAYER_SLIDING | THERMO_LAYER_LOCAL_ROPE) && !c.layer_flags[5] &&
              c.layer_flags[6] == (THERMO_LAYER_SLIDING | THERMO_LAYER_LOCAL_ROPE),
          "gemma3_text: ignores attn_logit_softcapping, every 6th layer global with rope_theta");
    CHECK(PARSE("{\"model_type\": \"gemma3_text\", " SIZES ", \"num_hidden_layers\": 3, \"_sliding_window_pattern\": 2}") ==
              THERMO_OK && c.layer_flags[0] && !c.layer_flags[1] && c.layer_flags[2], "gemma3_text: _sliding_window_pattern");
    CHECK(PARSE("{\"model_type\": \"gemma3_text\", " SIZES ", \"num_hidden_layers\": 3, \"sliding_window_pattern\": 3, "
                "\"layer_types\": [\"full_attention\", \"sliding_attention\", \"full_attention\"]}") == THERMO_OK &&
              !c.layer_flags[0] && c.layer_flags[1] && !c.layer_flags[2], "layer_types wins over the pattern");
    CHECK(PARSE("{\"model_type\": \"gemma3_text\", " SIZES ", \"sliding_window\": null}") == THERMO_OK &&
              c.layer_flags[0] == THERMO_LAYER_LOCAL_ROPE && c.sliding_window == 0,
          "sliding_window null: no window, the local RoPE stays");
    CHECK(PARSE("{\"model_type\": \"gemma3_text\", " SIZES ", \"layer_types\": [\"chunked_attention\"]}") ==
              THERMO_ERR_UNSUPPORTED && strstr(err.message, "layer_types[0]"), "%s", err.message);
    CHECK(PARSE("{\"model_type\": \"gemma2\", \"hidden_activation\": \"gelu\", " SIZES "}") == THERMO_ERR_UNSUPPORTED &&
              strstr(err.message, "hidden_activation gelu is not supported"), "%s", err.message);
    CHECK(PARSE("{\"model_type\": \"gemma2\", \"final_logit_softcapping\": null, \"attn_logit_softcapping\": -1, " SIZES "}") ==
              THERMO_ERR_FORMAT && strstr(err.message, "attn_logit_softcapping"), "%s", err.message);
    CHECK(PARSE("{\"model_type\": \"gemma3\", \"architectures\": [\"Gemma3ForConditionalGeneration\"], " SIZES "}") ==
              THERMO_ERR_UNSUPPORTED && strstr(err.message, "model_type gemma3 is not supported") &&
              strstr(err.message, "gemma3_text"), "multimodal Gemma 3 is refused: %s", err.message);
#undef PARSE
#undef SIZES
    {   /* a prompt longer than an active window runs (the window's effect: test_forward) */
        char d[256];
        thermo_model m;
        thermo_gradients g;
        static const int32_t ids[3] = {1, 2, 3};
        const int32_t *seq[1] = {ids};
        int three = 3;
        snprintf(d, sizeof d, "%s/window", TMP);
        st_tiny_model(d, ST_TINY_CONFIG(", \"use_sliding_window\": true, \"sliding_window\": 2, \"max_window_layers\": 0"), 2, 1, "F32", NULL, NULL);
        CHECK(thermo_model_open(&m, d, &err) == THERMO_OK, "%s", err.message);
        CHECK(m.config.sliding_window == 2 && (m.config.layer_flags[0] & THERMO_LAYER_SLIDING), "window %d, layer 0 flags %d",
              m.config.sliding_window, m.config.layer_flags[0]);
        CHECK(thermo_forward_backward(&m, seq, &three, 1, NULL, &g, &err) == THERMO_OK, "%s", err.message);
        thermo_gradients_free(&g);
        thermo_model_close(&m);
    }
}

int main(void) {
    mkdir("build", 0777);
    mkdir("build/test", 0777);
    mkdir(TMP, 0777);
    test_bad_safetensors();
    test_good_safetensors();
    test_conversions();
    test_models();
    test_shards();
    test_config();
    test_hub_configs();
    return check_report("test_loader");
}
