/* thermo.h - v0.1.0 - statistical thermodynamics of a causal language model's weights.
   Single-file C99 library, libc + libm only, OpenMP optional.  Public domain or MIT (see end).

   thermo reads a Hugging Face checkpoint folder (config.json, *.safetensors, tokenizer.json),
   runs one forward and backward pass of the prompt with labels = inputs, and computes for every
   2-D weight matrix W a "temperature" T = |W|/(|dW|+1e-8), a spectral entropy S, an energy E and
   a free energy F = E - T*S, then finite differences along the rows and four phenomenon flags.
   It reimplements the public "Thermodynamics Analyzer" gist (2025-05-18) column for column.

   HOW TO USE
     In exactly one C or C++ file:
         #define THERMO_IMPLEMENTATION
         #include "thermo.h"
     Everywhere else just #include "thermo.h".  thermo_cli.c is a complete example.

   COMPILE-TIME OPTIONS (define before the #include that has THERMO_IMPLEMENTATION)
     THERMO_STATIC            make every function static (private to that file)
     THERMO_MALLOC(n), THERMO_REALLOC(p,n), THERMO_FREE(p)
                              replace the allocator (define all three or none)
     THERMO_NO_MMAP           read weight files into memory instead of mmap() (set on Windows)
     THERMO_NO_TOKENIZER      leave out the tokenizer (section 5 and the Unicode tables of the
                              appendix, a third of the compiled code) for programs that pass
                              token ids only; define it before every #include of thermo.h
   Numbers are parsed and printed with strtod/snprintf: keep LC_NUMERIC at "C" (the default).

   UNTRUSTED INPUT
     Every parser (JSON, safetensors header, config.json, tokenizer.json, prompt bytes) treats its
     input as hostile: each offset, size and count read from a file is checked, with
     overflow-checked arithmetic, against the size of the file before it is used.  Bad input gets
     a one-line message in the caller's thermo_error (text from the file shown escaped and cut
     short) and an error code, never a crash, an exit() or a print.  JSON nesting is bounded
     (THERMO_JSON_MAX_DEPTH) and parsed without recursion.  safetensors files are held to what
     reading them needs: tensors inside the data section, sized as their shape and dtype say, not
     overlapping; unused bytes between or after tensors are allowed (the Rust crate refuses them),
     and __metadata__ must be an object.  Little-endian hosts only.

   TABLE OF CONTENTS (the implementation follows the data)
     1. basics       allocation, errors, checked arithmetic, files and mmap, timers
     2. json         jsmn-style strict JSON tokenizer
     3. safetensors  dtypes, headers, shards
     4. model        config.json, binding and checking every tensor
     5. tokenizer    Unicode tables, NFC, pre-tokenizer, byte-level BPE, added tokens
     6. forward      float32 forward and backward pass, kernels in pairs, gradient norms
     7. spectrum     one-sided Jacobi SVD (reference and fast)
     7b. cache       spectra cache: content hash, entries written atomically, shards
     8. metrics      T, S, E, F, finite differences, flags
     9. output       Python-repr numbers, CSV, JSON, SVG, singular values (safetensors)
     A. Unicode      the tokenizer's generated Unicode tables and their lookups
*/
#ifndef THERMO_H
#define THERMO_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define THERMO_VERSION "0.1.0"

#ifndef THERMODEF
#ifdef THERMO_STATIC
#if defined(__GNUC__) || defined(__clang__)
#define THERMODEF static __attribute__((unused)) /* a program may use only part of the API */
#else
#define THERMODEF static
#endif
#else
#define THERMODEF extern
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- errors ---------------------------------------------------------------------------------
   Every fallible function returns THERMO_OK (0) or an error code, and on error leaves a one-line
   message naming the file and the problem in *err (err may be NULL). */
typedef enum thermo_status {
    THERMO_OK = 0,
    THERMO_ERR_IO,          /* a file could not be opened, read or written */
    THERMO_ERR_FORMAT,      /* the input is malformed or inconsistent */
    THERMO_ERR_UNSUPPORTED, /* well-formed, but not something thermo handles */
    THERMO_ERR_MEMORY,      /* an allocation failed */
    THERMO_ERR_ARGUMENT     /* the caller passed something invalid */
} thermo_status;

typedef struct thermo_error {
    thermo_status status;
    char message[512];
} thermo_error;

/* A whole file read into memory (THERMO_MALLOC) with a terminating NUL that *size does not
   count; files larger than max_size are an error. */
THERMODEF thermo_status thermo_read_file(const char *path, size_t max_size, char **data,
                                         size_t *size, thermo_error *err);
/* Where the model `model` lives, as transformers' from_pretrained finds it: `model` itself when
   that path exists (a folder wins over a hub id of the same spelling); else a hub id
   ("Org/Name" or "Name", as huggingface_hub validates it) looked up in the local Hugging Face
   cache as huggingface_hub does offline: the cache is $HF_HUB_CACHE, else $HUGGINGFACE_HUB_CACHE,
   else $HF_HOME/hub, else ${XDG_CACHE_HOME:-~/.cache}/huggingface/hub (each with ~ and $VAR
   expanded); the model is <cache>/models--Org--Name, `revision` (NULL: "main") a 40-hex commit
   hash or a branch or tag whose file refs/<revision> holds the commit, and the answer the folder
   snapshots/<commit>.  Nothing is downloaded: when the id is not cached, the message says where
   it looked and how to download it.  A revision with a local path is an error.  *path is
   allocated with THERMO_MALLOC. */
THERMODEF thermo_status thermo_locate_model(const char *model, const char *revision, char **path,
                                            thermo_error *err);
/* Sets the number of OpenMP threads (no effect without OpenMP); n <= 0 leaves the default. */
THERMODEF void thermo_set_threads(int n);
/* The length (1-4) of the valid UTF-8 character at s[0..n), or 0 when the bytes there are not one:
   overlong forms, surrogates and code points past U+10FFFF are not (as Rust's str and JSON). */
THERMODEF int thermo_utf8_length(const unsigned char *s, size_t n);
/* Wall-clock seconds from an arbitrary origin. */
THERMODEF double thermo_seconds(void);

/* ---- 2. JSON ------------------------------------------------------------------------------
   A strict RFC 8259 tokenizer.  Tokens record byte offsets into the caller's buffer (which must
   outlive the thermo_json); strings are left escaped until thermo_json_string() decodes them.
   Objects hold key/value token pairs; `next` skips a whole subtree, so walking is O(1) a step. */
#define THERMO_JSON_MAX_DEPTH 512
#define THERMO_JSON_MAX_MEMBERS 0xFFFFFFF /* of one object or array */

typedef enum thermo_json_type {
    THERMO_JSON_OBJECT = 1,
    THERMO_JSON_ARRAY,
    THERMO_JSON_STRING,
    THERMO_JSON_NUMBER,
    THERMO_JSON_TRUE,
    THERMO_JSON_FALSE,
    THERMO_JSON_NULL
} thermo_json_type;

typedef struct thermo_json_token {
    unsigned type : 3;    /* thermo_json_type */
    unsigned escaped : 1; /* strings: contains a backslash escape */
    unsigned size : 28;   /* objects: number of keys; arrays: number of elements (at most
                             THERMO_JSON_MAX_MEMBERS) */
    uint32_t start, end;  /* [start,end) in the buffer; strings exclude the quotes */
    int32_t next;         /* index of the first token after this token's subtree */
} thermo_json_token;      /* 16 bytes: a tokenizer.json has millions */

typedef struct thermo_json {
    const char *text;
    size_t length;
    thermo_json_token *tokens;
    int32_t count;
} thermo_json;

/* Parses text[0..length).  `name` (a file name) prefixes error messages. */
THERMODEF thermo_status thermo_json_parse(thermo_json *json, const char *text, size_t length,
                                          const char *name, thermo_error *err);
THERMODEF void thermo_json_free(thermo_json *json);
/* The value token of `key` in object token `object`, or -1.  The last duplicate wins. */
THERMODEF int32_t thermo_json_get(const thermo_json *json, int32_t object, const char *key);
/* Decodes string token `t` (escapes, surrogate pairs) into out (room for end-start+1 bytes is
   always enough); returns the decoded length and NUL-terminates. */
THERMODEF size_t thermo_json_string(const thermo_json *json, int32_t t, char *out);
/* A newly allocated decoded copy of string token `t`, or NULL when out of memory. */
THERMODEF char *thermo_json_strdup(const thermo_json *json, int32_t t);
/* 1 when token `t` is a string equal to s after decoding. */
THERMODEF int thermo_json_equals(const thermo_json *json, int32_t t, const char *s);
/* Number tokens: 0 on success; -1 when `t` is not a number, not an integer, or out of range. */
THERMODEF int thermo_json_double(const thermo_json *json, int32_t t, double *out);
THERMODEF int thermo_json_int64(const thermo_json *json, int32_t t, int64_t *out);

/* ---- 3. safetensors -------------------------------------------------------------------------
   Tensors stay in their stored dtype, mmapped; nothing is converted until it is used. */
#define THERMO_MAX_DIMS 8

/* The safetensors dtypes.  Weights are F32, BF16, F16 or F64; tensors of the others (the causal-mask
   buffers some GPT-2 files carry, integer tables) are listed, never converted, and refused where a
   weight is expected. */
typedef enum thermo_dtype {
    THERMO_F32 = 1, THERMO_BF16, THERMO_F16, /* the weights' */
    THERMO_F64, THERMO_I64, THERMO_U64, THERMO_I32, THERMO_U32, THERMO_I16, THERMO_U16, THERMO_I8, THERMO_U8,
    THERMO_BOOL, THERMO_F8_E4M3, THERMO_F8_E5M2
} thermo_dtype;

typedef struct thermo_tensor {
    const char *name;
    thermo_dtype dtype;
    int ndim;
    int64_t shape[THERMO_MAX_DIMS];
    int64_t numel;
    const unsigned char *data; /* numel * thermo_dtype_size(dtype) bytes, any alignment */
    const char *file;          /* path of the file that holds it */
} thermo_tensor;

typedef struct thermo__file thermo__file;

typedef struct thermo_checkpoint {
    thermo_tensor *tensors; /* sorted by name (byte order) */
    int n_tensors;
    thermo__file *files;
    int n_files;
    char *strings; /* names and paths */
    char *source;  /* the .safetensors file, or the index, that lists the tensors */
} thermo_checkpoint;

THERMODEF size_t thermo_dtype_size(thermo_dtype dtype);
THERMODEF const char *thermo_dtype_name(thermo_dtype dtype);
/* Converts n stored elements starting at element `first` of t (F32, BF16, F16 or F64; NaN for
   the other dtypes) to float32 / float64, exactly (F64 to float32 rounds to nearest). */
THERMODEF void thermo_tensor_f32(const thermo_tensor *t, int64_t first, int64_t n, float *out);
THERMODEF void thermo_tensor_f64(const thermo_tensor *t, int64_t first, int64_t n, double *out);
/* Opens `dir`/model.safetensors, or else the shards listed by `dir`/model.safetensors.index.json.
   A path to a single .safetensors file also works. */
THERMODEF thermo_status thermo_checkpoint_open(thermo_checkpoint *ck, const char *path,
                                               thermo_error *err);
/* Parses one safetensors image held in memory (the fuzzer's entry point); `name` labels errors.
   The tensors point into `data`, which must outlive the checkpoint. */
THERMODEF thermo_status thermo_checkpoint_parse(thermo_checkpoint *ck, const unsigned char *data,
                                                size_t size, const char *name, thermo_error *err);
THERMODEF const thermo_tensor *thermo_checkpoint_find(const thermo_checkpoint *ck,
                                                      const char *name);
THERMODEF void thermo_checkpoint_close(thermo_checkpoint *ck);

/* ---- 4. model -------------------------------------------------------------------------------- */
typedef enum thermo_arch {
    THERMO_QWEN2 = 1, THERMO_LLAMA, THERMO_QWEN3, THERMO_SMOLLM3, THERMO_OLMO2, THERMO_GEMMA2, THERMO_GEMMA3,
    THERMO_PHI3, THERMO_GPT2
} thermo_arch;

/* The MLP's activation: act(gate) * up. */
typedef enum thermo_activation {
    THERMO_SILU,     /* "silu" */
    THERMO_GELU_TANH /* "gelu_pytorch_tanh": GELU's tanh approximation (Gemma) */
} thermo_activation;

#define THERMO_MAX_LAYERS 4096
/* layer_flags: what sets a layer apart from the family's others */
#define THERMO_LAYER_NO_ROPE 1    /* no rotary position embedding (SmolLM3's NoPE layers) */
#define THERMO_LAYER_SLIDING 2    /* attends to the last sliding_window positions only (Gemma) */
#define THERMO_LAYER_LOCAL_ROPE 4 /* RoPE of base rope_local_base_freq, unscaled (Gemma 3's sliding layers) */
#define THERMO_MAX_ROPE_FACTORS 256 /* longrope factors: rotary_dim / 2 of each kind, at most */

typedef struct thermo_config {
    thermo_arch arch;
    char model_type[32];
    int hidden_size, intermediate_size, num_hidden_layers;
    int num_attention_heads, num_key_value_heads, head_dim, vocab_size;
    double rms_norm_eps, rope_theta; /* rms_norm_eps: the norms' epsilon (gpt2's layer_norm_epsilon) */
    int tie_word_embeddings;
    int attention_bias;     /* q/k/v biases (qwen2 always; llama/qwen3 when set, with o too) */
    int o_bias, mlp_bias;   /* o_proj bias; gate/up/down biases (llama's mlp_bias) */
    int rope_llama3;        /* rope_scaling.rope_type == "llama3" */
    double rope_factor, rope_low_freq_factor, rope_high_freq_factor;
    int rope_original_max_position;
    int rotary_dim;         /* the leading dims of each head that RoPE rotates, the rest passing
                               through: int(head_dim * partial_rotary_factor) (phi3), else head_dim */
    int rope_longrope;      /* rope_scaling type "longrope" (phi3; Phi3Config reads "su" and "yarn"
                               as it): inv_freq_i / ext_i with ext the short factors while a
                               sequence fits rope_original_max_position tokens, the long ones beyond */
    double rope_attention_factor; /* longrope: cos and sin are multiplied by it */
    double rope_short_factor[THERMO_MAX_ROPE_FACTORS], rope_long_factor[THERMO_MAX_ROPE_FACTORS];
    int pad_token_id;       /* the embedding's padding_idx (that row gets no gradient from the
                               lookup, as in nn.Embedding), in [0, vocab_size); -1 when none */
    int n_positions;        /* gpt2: learned positions (wpe's rows); longer prompts are refused */
    int sliding_window;     /* the attention window W when one is in force, else 0: the layers
                               marked THERMO_LAYER_SLIDING attend within it (row i sees j when
                               0 <= i - j < W): Gemma's, mistral's all, qwen2/qwen3's (with
                               use_sliding_window) those from max_window_layers (default 28) on */
    unsigned char layer_flags[THERMO_MAX_LAYERS]; /* THERMO_LAYER_* of each layer */
    thermo_activation hidden_act;
    double query_pre_attn_scalar;   /* attention scores are scaled by its -1/2 power (head_dim, or
                                       Gemma's query_pre_attn_scalar) */
    double final_logit_softcapping; /* cap of cap tanh(logits / cap) (Gemma), 0 for none */
    double attn_logit_softcapping;  /* the same on attention scores (Gemma 2), 0 for none */
    double rope_local_base_freq;    /* RoPE base of THERMO_LAYER_LOCAL_ROPE layers */
    int rope_linear;                /* rope_scaling.rope_type == "linear": inv_freq / rope_factor */
} thermo_config;

typedef struct thermo_model {
    thermo_config config;
    thermo_checkpoint checkpoint;
    const thermo_tensor *embed_tokens; /* (vocab, hidden) */
    const thermo_tensor *norm;         /* (hidden) */
    const thermo_tensor *lm_head;      /* (vocab, hidden); == embed_tokens when tied */
    const thermo_tensor *positions;    /* (n_positions, hidden) learned positions (gpt2's wpe), or NULL */
    const thermo_tensor *norm_bias;    /* (hidden) the final LayerNorm's bias (gpt2), or NULL */
    char *names;                       /* private: tensor names with the prefix the file left out */
    const thermo_tensor **layers;      /* private: each layer's tensors by role (section 4) */
} thermo_model;
THERMODEF const char *thermo_arch_name(thermo_arch arch);
/* Parses config.json text; `name` labels errors. */
THERMODEF thermo_status thermo_config_parse(thermo_config *cfg, const char *text, size_t length,
                                            const char *name, thermo_error *err);
/* Loads dir/config.json and the weights, and checks every expected tensor and its shape. */
THERMODEF thermo_status thermo_model_open(thermo_model *model, const char *dir, thermo_error *err);
THERMODEF void thermo_model_close(thermo_model *model);

/* ---- 5. tokenizer ------------------------------------------------------------------------
   Hugging Face tokenizer.json, BPE: byte-level (Qwen2/2.5/3, Llama-3, GPT-2, cl100k, o200k and
   DeepSeek-V3 style) or
   SentencePiece-style (Llama-2, Mistral, Gemma: "\xE2\x96\x81" for spaces, byte fallback), token
   for token as the Rust `tokenizers` library encodes with add_special_tokens=True:
     model          BPE: vocab, merges as "a b" or ["a", "b"], ignore_merges, unk_token, fuse_unk,
                    byte_fallback (<0xNN> tokens), continuing_subword_prefix, end_of_word_suffix;
                    dropout only null or 0
     normalizer     NFC, NFD, NFKC, NFKD, Lowercase (Unicode 15.0), Prepend, Replace (a string),
                    Strip, a Sequence, or none
     pre_tokenizer  Split (any behavior, invert) on a string or on the Qwen2, Llama-3 (= cl100k),
                    GPT-2, o200k or DeepSeek-V3 regexes, Digits, Metaspace (prepend_scheme
                    always/first/never, split), and ByteLevel (add_prefix_space, use_regex = GPT-2's
                    regex), alone or in a Sequence
     added_tokens   split out first, leftmost then longest; lstrip, rstrip, single_word, normalized
     post_processor none, ByteLevel, TemplateProcessing (its "single" template), or a Sequence
     decoder        ByteLevel, or Replace, ByteFallback, Fuse, Strip, Metaspace in a Sequence
                    (thermo_token_bytes)
   Anything else is THERMO_ERR_UNSUPPORTED with a message naming it; truncation and padding are
   ignored, as transformers' tokenizer(text) does.  Ids are below 2^24. */
typedef struct thermo_tokenizer thermo_tokenizer;
#ifndef THERMO_NO_TOKENIZER
/* Loads `path`/tokenizer.json when `path` is a folder holding one, else the file `path`.  With a
   folder, its tokenizer_config.json is followed where transformers' AutoTokenizer follows it: for
   LlamaTokenizerFast and GemmaTokenizerFast, add_bos_token and add_eos_token set the BOS and EOS
   around the text, replacing tokenizer.json's post-processor. */
THERMODEF thermo_status thermo_tokenizer_load(thermo_tokenizer **tok, const char *path,
                                              thermo_error *err);
/* The same from tokenizer.json text in memory; `name` labels errors. */
THERMODEF thermo_status thermo_tokenizer_parse(thermo_tokenizer **tok, const char *text,
                                               size_t length, const char *name, thermo_error *err);
THERMODEF void thermo_tokenizer_free(thermo_tokenizer *tok);
/* Encodes UTF-8 text[0..length) into *ids (allocated with THERMO_MALLOC, never NULL on success;
   free it with THERMO_FREE) and *n_ids.  Invalid UTF-8 is a THERMO_ERR_FORMAT error whose message
   gives the byte offset; it is never replaced. */
THERMODEF thermo_status thermo_tokenize(const thermo_tokenizer *tok, const char *text,
                                        size_t length, int32_t **ids, int *n_ids,
                                        thermo_error *err);
/* The bytes token `id` stands for, or NULL for an id that is no token; *length gets their count.
   Byte-level: the decoded bytes (an added token: its content).  SentencePiece-style: the piece
   through the decoder's steps that act on one token (Replace, ByteFallback, Metaspace), as in the
   middle of a text: "\xE2\x96\x81the" is " the" even where Strip or Metaspace would drop the
   space at the start.  A token may hold part of a UTF-8 character. */
THERMODEF const char *thermo_token_bytes(const thermo_tokenizer *tok, int32_t id, size_t *length);
/* The vocabulary's string for `id` (e.g. "\xC4\xA0the", i.e. "Ġthe"; an added token's content),
   NUL-terminated, or NULL. */
THERMODEF const char *thermo_token_piece(const thermo_tokenizer *tok, int32_t id);
/* One more than the largest id, vocabulary and added tokens together. */
THERMODEF int32_t thermo_tokenizer_vocab_size(const thermo_tokenizer *tok);
#endif

/* ---- 6. forward and backward -------------------------------------------------------------
   One float32 forward pass of each sequence with labels = inputs, as transformers computes
   model(ids, labels=ids).loss, and one backward pass of the mean of those losses.  The weights
   stay as stored (mmapped bf16/f16/f32) and are converted to float as they are packed for each
   product.  Memory is O(T): attention is streamed (FlashAttention's way, never T x T), the
   logits and the lm_head's gradient go a vocabulary tile at a time (never T x V), and no whole
   gradient matrix is formed: |dW| comes, per matrix, from an exact T x T identity or from dW
   formed a tile of rows at a time, whichever takes fewer multiply-adds (section 6).  Besides the
   checkpoint, for T tokens in all: T * L * (2 H + Dq + 2 Dkv + 2 I) floats of saved activations
   (L layers, hidden H, q width Dq, kv width Dkv, intermediate I; Dq + Dkv more a layer with q/k
   norms, H more for each norm on attention's or the MLP's output), one layer's scratch of about
   T * (7 H + 4 Dq + 3 Dkv + 6 I) floats, three vocabulary tiles of at most 4M floats, and two
   T x T double matrices only when some matrix takes the identity route.  At most 1 << 20
   tokens. */

/* How |dW|_F is taken; every route is exact up to float rounding of the gradient itself. */
typedef enum thermo_gradnorm_route {
    THERMO_GRADNORM_AUTO = 0,  /* per matrix (OC, C), the cheaper of the next two: T^2 (C + OC) / 2
                                  double multiply-adds, each counted as 8 float ones, against T C OC
                                  (the identity while 4 T (C + OC) < C OC) */
    THERMO_GRADNORM_IDENTITY,  /* |dW|^2 = sum_{t,s} (dy_t . dy_s)(x_t . x_s), two T x T Gram
                                  matrices in double */
    THERMO_GRADNORM_STREAMED,  /* dW = dy^T x formed a tile of rows at a time in float, each tile's
                                  squares summed in double */
    THERMO_GRADNORM_REFERENCE, /* every row of dW in double, one at a time: the yardstick */
    THERMO_GRADNORM_ROUTES
} thermo_gradnorm_route;

typedef struct thermo_param {
    const char *name;             /* the parameter's name; a tied lm_head is not listed */
    const thermo_tensor *tensor;  /* 2-D (rows, cols) */
    double w_norm;                /* |W|_F */
    double g_norm;                /* |dL/dW|_F */
    thermo_gradnorm_route route;  /* how g_norm was taken (an embedding's scattered rows: streamed) */
} thermo_param;

typedef struct thermo_gradients {
    double loss;           /* mean over sequences of each sequence's mean cross-entropy */
    double *losses;        /* per sequence */
    int n_sequences;
    thermo_param *params;  /* every 2-D weight, in checkpoint order (by name); names point into the
                              model, which must stay open while they are used */
    int n_params;
    int routes[THERMO_GRADNORM_ROUTES]; /* how many params took each route */
    double seconds_forward, seconds_backward;
} thermo_gradients;

/* Options of thermo_forward_backward; all zero (or a NULL pointer) is the default. */
typedef struct thermo_forward_options {
    thermo_gradnorm_route gradient_route; /* AUTO, or one route for every matrix */
    float *logits;          /* not NULL: receives the logits (softcapped where the model caps
                               them), (total tokens, vocab_size) floats, the sequences one after
                               another */
} thermo_forward_options;

/* Runs sequences ids[i][0..lengths[i]) (each at least 2 tokens, 0 <= id < vocab_size); the loss
   is the mean of the sequences' losses and the gradients are those of that mean.  Uses OpenMP's
   thread count; results are the same, bit for bit, for any thread count. */
THERMODEF thermo_status thermo_forward_backward(const thermo_model *model,
                                                const int32_t *const *ids, const int *lengths,
                                                int n_sequences,
                                                const thermo_forward_options *options,
                                                thermo_gradients *out, thermo_error *err);
/* "T x T identity", "streamed dW", ... */
THERMODEF const char *thermo_gradnorm_route_name(thermo_gradnorm_route route);
THERMODEF void thermo_gradients_free(thermo_gradients *g);

/* ---- 7. spectrum -------------------------------------------------------------------------
   Singular values by one-sided (Hestenes) Jacobi, in double, on the short side of the matrix.
   thermo_svd_reference is the textbook method (the oracle the fast one is tested against);
   thermo_svd / thermo_svd_tensor / thermo_spectra precondition with a pivoted Cholesky factor of
   the Gram matrix and run a blocked, parallel Jacobi (section 7 says what accuracy that keeps). */
typedef struct thermo_spectrum {
    double sum;      /* sum of singular values (nuclear norm) */
    double sum_sq;   /* sum of squared singular values (= |W|_F^2) */
    double entropy;  /* S = -sum p log p, p = sigma/sum over sigma > 0; 0 when there are none */
    double energy;   /* E = sum_sq/(sum + 1e-8); 0 when sum == 0 */
} thermo_spectrum;

/* The spectrum algorithm's version.  It is part of every spectra cache key, so
   entries computed by another version are never reused: increase it with any change to
   thermo_svd_tensor or thermo_spectrum_from_sigma that can change a single output bit. */
#define THERMO_SPECTRUM_VERSION 1

/* All min(rows, cols) singular values of the rows x cols row-major double matrix a, descending,
   into sigma.  The simple reference version: de Rijk-pivoted Jacobi on the matrix itself. */
THERMODEF thermo_status thermo_svd_reference(const double *a, int64_t rows, int64_t cols,
                                             double *sigma, thermo_error *err);
/* The same, fast: Gram matrix, pivoted Cholesky (or QR), blocked Jacobi.  Same results within
   the tolerances documented in section 7; its Jacobi stops when S, E and the sum are good to
   1e-13, which bounds each sigma only to first order (on a random 896 x 896 the sigma still
   agreed with float64 numpy's as closely as under the m eps rule: median 1.4e-13 relative, 5e-11
   for the smallest). */
THERMODEF thermo_status thermo_svd(const double *a, int64_t rows, int64_t cols, double *sigma,
                                   thermo_error *err);
/* The singular values of a stored 2-D tensor (any dtype), fast path, converted in row panels
   (no double copy of the whole matrix); non-finite weights are an error naming the tensor. */
THERMODEF thermo_status thermo_svd_tensor(const thermo_tensor *t, double *sigma, thermo_error *err);
/* S, E and the sums from n singular values. */
THERMODEF void thermo_spectrum_from_sigma(const double *sigma, int64_t n, thermo_spectrum *out);
/* thermo_svd_tensor and thermo_spectrum_from_sigma for n 2-D tensors into out[0..n): the big ones
   one at a time with every thread, the rest in parallel across matrices.  progress (may be NULL)
   is called once per finished matrix, never concurrently, with done = 1..n.  On error the
   message names the tensor; out[] is complete only when THERMO_OK is returned. */
THERMODEF thermo_status thermo_spectra(const thermo_tensor *const *tensors, int n,
                                       thermo_spectrum *out,
                                       void (*progress)(void *user, int done, int total,
                                                        const char *name),
                                       void *user, thermo_error *err);

/* ---- 7b. spectra cache -------------------------------------------------------------------
   The spectra do not depend on the prompt, so thermo_analyze can keep each matrix's spectrum in a
   cache folder (thermo_options.cache_dir) and reuse it in any later run, with any prompt, by any
   process or machine that shares the folder.
     key    MurmurHash3 x64_128 (Austin Appleby's, seed 0) of the tensor's bytes as stored; then of
            that hash, the dtype, the shape and THERMO_SPECTRUM_VERSION.  A changed bit in the
            weights (one weight one ulp away), another dtype or shape, or another algorithm gives
            another key.  What the hash guarantees: it is not cryptographic.  Two different tensors
            that nobody chose to collide share a key with probability about 2^-128 (a cache of 10^9
            entries: about 10^-21); but someone who controls the weights can make two tensors
            collide on purpose, so share a cache only with people whose models you would run.
     entry  DIR/<32 hex digits of the key>.spectrum, little-endian: "THERMOSP", u32 entry format 1,
            u32 THERMO_SPECTRUM_VERSION, the key (16 bytes), u32 dtype, u32 0, i64 rows, i64 cols,
            i64 k = min(rows, cols), doubles sum, sum_sq, entropy, energy, the k singular values
            (descending), and the hash of all the bytes before it (16 bytes).
     safety Each entry is written to a temporary file beside it and renamed into place as soon as
            its matrix is done, so a run killed at any point (SIGKILL included) leaves only whole
            entries; any number of processes may share the folder (an entry written twice has the
            same content either time).  An entry that is truncated, corrupt, from another version
            or unreadable is recomputed and rewritten after one warning; a folder that cannot be
            created or written gives one warning and the run goes on without it (or only reading
            from it).  A killed run may leave a *.tmp.* file behind: unused, safe to delete. */

/* ---- 8. metrics --------------------------------------------------------------------------
   One row per 2-D weight, as the original's DataFrame: the primitives T, S, E, F, |W|, |dW|, then
   central differences, specific heat, susceptibility, compressibility and four flags. */
/* Matrix types, in the order --order depth lists them within a layer. */
typedef enum thermo_kind {
    THERMO_KIND_EMBED,
    THERMO_KIND_POSITION, /* learned position embeddings (gpt2's wpe) */
    THERMO_KIND_Q, THERMO_KIND_K, THERMO_KIND_V,
    THERMO_KIND_QKV,     /* a fused [q | k | v] projection (phi3's qkv_proj) */
    THERMO_KIND_O, THERMO_KIND_GATE, THERMO_KIND_UP,
    THERMO_KIND_GATE_UP, /* a fused [gate | up] projection (phi3's gate_up_proj) */
    THERMO_KIND_DOWN, THERMO_KIND_LM_HEAD, THERMO_KIND_OTHER,
    THERMO_KIND_COUNT
} thermo_kind;

typedef struct thermo_row {
    const char *name;
    int layer;  /* N of model.layers.N, or -1 */
    thermo_kind kind;
    double temperature, entropy, energy, free_energy, W_norm, G_norm;
    double dE, dT, dG_norm, dS, dF;                     /* NaN where undefined */
    double specific_heat, susceptibility, compressibility;
    int latent_heat_jump, neg_specific_heat, suscept_divergent, high_compress;
    const double *sigma;  /* thermo_analyze: all min(rows, cols) singular values, descending */
    int64_t n_sigma;
} thermo_row;

typedef enum thermo_order {
    THERMO_ORDER_NAME,  /* the original: plain byte order of the names, as pandas sorts */
    THERMO_ORDER_DEPTH  /* embedding, then each layer's q k v o gate up down, then lm_head */
} thermo_order;

typedef enum thermo_series {
    THERMO_SERIES_ROWS, /* the original: central differences between neighbouring rows */
    THERMO_SERIES_TYPE  /* central differences along depth within each matrix type */
} thermo_series;

/* The original's thresholds. */
#define THERMO_LATENT_DT 1e-2
#define THERMO_LATENT_DE 5.0
#define THERMO_SUSCEPT_FIXED 1e-3
#define THERMO_COMPRESS_FIXED 0.3
#define THERMO_SUSCEPT_Z 3.0
#define THERMO_COMPRESS_Z 2.0

/* T = |W|/(|dW| + 1e-8) if |dW| > 0, else inf. */
THERMODEF double thermo_temperature(double w_norm, double g_norm);
/* Layer and kind from a parameter name ("model.layers.3.mlp.up_proj.weight" -> 3, UP;
   "transformer.h.3.mlp.c_fc.weight" -> 3, UP). */
THERMODEF void thermo_classify(const char *name, int *layer, thermo_kind *kind);
THERMODEF const char *thermo_kind_name(thermo_kind kind);
/* "name" / "depth" and "rows" / "type" (the CLI's --order and --series words); NULL past the last. */
THERMODEF const char *thermo_order_name(thermo_order order);
THERMODEF const char *thermo_series_name(thermo_series series);
/* Sorts rows by `order`; then fills every derived column and flag from the primitives. */
THERMODEF void thermo_rows_sort(thermo_row *rows, int n, thermo_order order);
THERMODEF thermo_status thermo_rows_derive(thermo_row *rows, int n, thermo_series series,
                                           int fixed_thresholds, thermo_error *err);

/* The whole analysis: forward and backward pass, spectra, rows, derivation. */
typedef struct thermo_options {
    int fixed_thresholds;  /* the original's USE_FIXED_THRESHOLDS */
    thermo_order order;
    thermo_series series;
    /* Called as work proceeds (may be NULL): stage is "forward+backward", "cache" (done = the
       spectra found in the cache, once, before "spectrum") or "spectrum" (done counts those
       found too), item the matrix being worked on (or NULL), done/total counts within the stage. */
    void (*progress)(void *user, const char *stage, const char *item, int done, int total);
    void *progress_user;
    /* A one-line problem the run got past (the cache's; may be NULL), with progress_user. */
    void (*warning)(void *user, const char *message);
    const char *cache_dir;  /* the spectra cache folder (section 7b), created if need be; NULL: none */
    int spectra_only;       /* 1: the spectra alone, no forward or backward pass (ids may be NULL):
                               rows hold name, layer, kind, entropy, energy and sigma, in checkpoint
                               order, and nothing is derived */
    int shard, shards;      /* with spectra_only and shards > 1: only the shard-th (1..shards) of
                               shards parts of the matrices, split by estimated SVD cost so that
                               the parts take about equal time; the split depends only on the
                               names and shapes in the checkpoint */
} thermo_options;

typedef struct thermo_report {
    thermo_row *rows;
    int n_rows;
    double loss;          /* mean over sequences */
    double *losses;       /* per sequence */
    int n_sequences;
    double seconds_forward, seconds_backward, seconds_metrics;
    int gradnorm_routes[THERMO_GRADNORM_ROUTES]; /* how many rows' |dW| each route took */
    double seconds_hash;     /* hashing the weights and reading the cache */
    double seconds_spectrum; /* the SVDs of the matrices not in the cache, and writing their entries */
    int n_cached;            /* spectra found in the cache */
    char *names;             /* storage of the row names */
    double *sigma;           /* storage of the rows' singular values */
} thermo_report;

THERMODEF thermo_status thermo_analyze(const thermo_model *model, const int32_t *const *ids,
                                       const int *lengths, int n_sequences,
                                       const thermo_options *options, thermo_report *report,
                                       thermo_error *err);
THERMODEF void thermo_report_free(thermo_report *report);

/* ---- 9. output ---------------------------------------------------------------------------
   Numbers as Python's repr() writes them, and the CSV exactly as pandas to_csv(index=False). */
#define THERMO_REPR_MAX 32
/* Shortest round-trip digits in Python's repr() style: "12.063295139280504", "100.0", "1e-05",
   "1.5e+16", "inf", "-inf", "nan".  buf needs THERMO_REPR_MAX bytes; returns the length. */
THERMODEF int thermo_format_double(char *buf, double x);
/* The original's 19 columns; NaN as an empty field, booleans True/False, lines end in \n. */
THERMODEF thermo_status thermo_write_csv(FILE *f, const thermo_row *rows, int n);

/* Files are written atomically: a temporary file beside `path`, renamed over it on success and
   removed on failure, so no partial or stale file is left.  thermo_output_check() makes sure
   that can work before a long computation starts. */
typedef struct thermo_output {
    FILE *file;
    char *path, *temp;
} thermo_output;
THERMODEF thermo_status thermo_output_check(const char *path, thermo_error *err);
THERMODEF thermo_status thermo_output_open(thermo_output *out, const char *path, thermo_error *err);
/* Closes and renames when ok and no write failed; otherwise removes the temporary file. */
THERMODEF thermo_status thermo_output_close(thermo_output *out, int ok, thermo_error *err);
/* What the JSON document records beside the rows. */
typedef struct thermo_run_info {
    const char *model_path;
    const thermo_config *config;
    const thermo_tokenizer *tokenizer;  /* to decode the tokens; may be NULL (and is ignored
                                           with THERMO_NO_TOKENIZER) */
    const char *const *prompts;         /* n_sequences prompt texts, or NULL (--ids) */
    const size_t *prompt_lengths;       /* their lengths in bytes, or NULL: strlen */
    const int32_t *const *ids;
    const int *lengths;
    const thermo_options *options;
} thermo_run_info;

/* A JSON document: thermo version, model and config summary, prompts with their ids, decoded
   tokens and losses, the mean loss, the threshold mode, order and series, and every row with the
   same numbers as the CSV (shortest round-trip digits).  NaN is written as null and +-inf as the
   strings "inf" and "-inf"; decoded tokens that are not valid UTF-8 on their own (a byte-level
   piece of a character) have those bytes replaced by U+FFFD. */
THERMODEF thermo_status thermo_write_json(FILE *f, const thermo_report *report,
                                          const thermo_run_info *info);
/* A self-contained SVG: four panels (T, S, E, F) against layer depth, one line per matrix type,
   the embedding and lm_head as marked points, flagged points ringed in red. */
THERMODEF thermo_status thermo_write_svg(FILE *f, const thermo_report *report, const char *title);
/* Every singular value, as a safetensors file: one F64 1-D tensor per row, in row order, named as
   the row and holding its n_sigma values in descending order (zeros included); __metadata__ gives
   the thermo and spectrum versions.  f must be seekable: the header's length is written last. */
THERMODEF thermo_status thermo_write_sigma(FILE *f, const thermo_report *report);

#ifdef __cplusplus
}
#endif
#endif /* THERMO_H */

/* ===================================================================================================
   Stop reading here if you only want the API.
   =================================================================================================== */

#ifdef THERMO_IMPLEMENTATION

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef _WIN32
#define THERMO__POSIX /* stat, open, getpid, gettimeofday */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#elif !defined(THERMO_NO_MMAP)
#define THERMO_NO_MMAP
#endif
#ifndef THERMO_NO_MMAP
#include <sys/mman.h>
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#error "thermo reads safetensors' little-endian numbers directly: big-endian hosts are not supported"
#endif
#ifdef _OPENMP
#include <omp.h>
#endif

#if defined(THERMO_MALLOC) && defined(THERMO_FREE) && defined(THERMO_REALLOC)
#elif !defined(THERMO_MALLOC) && !defined(THERMO_FREE) && !defined(THERMO_REALLOC)
#define THERMO_MALLOC(n) malloc(n)
#define THERMO_REALLOC(p, n) realloc(p, n)
#define THERMO_FREE(p) free(p)
#else
#error "define all of THERMO_MALLOC, THERMO_REALLOC and THERMO_FREE, or none"
#endif

/* ============================== 1. basics ============================== */

/* THERMO__OMP(omp ...) is a pragma with OpenMP and nothing without; the thread number and count
   are 0 and 1 without OpenMP. */
#ifdef _OPENMP
#define THERMO__OMP(...) _Pragma(#__VA_ARGS__)
#define THERMO__THREAD() omp_get_thread_num()
#define THERMO__THREADS() omp_get_max_threads()
#else
#define THERMO__OMP(...)
#define THERMO__THREAD() 0
#define THERMO__THREADS() 1
#endif

/* a * b + c rounded once where the hardware has a fused multiply-add (one vectorised instruction;
   ISO C modes never fuse by themselves), else rounded twice: double and float */
#if defined(__FMA__) || defined(__FP_FAST_FMA)
#define THERMO__FMA(a, b, c) fma(a, b, c)
#else
#define THERMO__FMA(a, b, c) ((a) * (b) + (c))
#endif
#if defined(__FMA__) || defined(__FP_FAST_FMAF)
#define THERMO__FMAF(a, b, c) fmaf(a, b, c)
#else
#define THERMO__FMAF(a, b, c) ((a) * (b) + (c))
#endif
/* gcc keeps a register tile in registers only when its loops are fully unrolled first */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define THERMO__UNROLL _Pragma("GCC unroll 32")
#else
#define THERMO__UNROLL
#endif

#if defined(__GNUC__) || defined(__clang__)
#define THERMO__PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define THERMO__PRINTF(f, a)
#endif

static thermo_status thermo__fail(thermo_error *err, thermo_status status, const char *fmt, ...)
    THERMO__PRINTF(3, 4);
static thermo_status thermo__fail(thermo_error *err, thermo_status status, const char *fmt, ...) {
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
        err->status = status;
    }
    return status;
}

static void *thermo__calloc(size_t count, size_t size) {
    void *p;
    size_t bytes;
    if (size && count > SIZE_MAX / size) return NULL;
    bytes = count * size;
    p = THERMO_MALLOC(bytes ? bytes : 1);
    if (p) memset(p, 0, bytes);
    return p;
}

/* A growable array: *p holds *cap elements of `size` bytes; returns the (maybe moved) array
   with room for `need`, or NULL when out of memory (the old one is still valid then). */
static void *thermo__grow(void *p, size_t *cap, size_t need, size_t size) {
    size_t ncap = *cap ? *cap : 16;
    void *q;
    if (need <= *cap) return p;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / size) return NULL;
        ncap *= 2;
    }
    if ((q = THERMO_REALLOC(p, ncap * size)) != NULL) *cap = ncap;
    return q;
}

/* Overflow-checked size arithmetic: 0 on success. */
static int thermo__mul_u64(uint64_t a, uint64_t b, uint64_t *out) {
    if (a && b > UINT64_MAX / a) return -1;
    *out = a * b;
    return 0;
}

static char *thermo__strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = (char *)THERMO_MALLOC(n);
    if (p) memcpy(p, s, n);
    return p;
}

/* dir + "/" + file, newly allocated. */
static char *thermo__join(const char *dir, const char *file) {
    size_t a = strlen(dir), b = strlen(file);
    char *p = (char *)THERMO_MALLOC(a + b + 2);
    if (!p) return NULL;
    memcpy(p, dir, a);
    if (a && dir[a - 1] != '/') p[a++] = '/';
    memcpy(p + a, file, b + 1);
    return p;
}

/* 1 for an existing folder (POSIX; 0 elsewhere). */
static int thermo__is_dir(const char *path) {
#ifdef THERMO__POSIX
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
#else
    (void)path;
    return 0;
#endif
}

/* 1 for an existing regular file: not a folder, and not a FIFO that would block the open. */
static int thermo__is_file(const char *path) {
#ifdef THERMO__POSIX
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
#else
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return f != NULL;
#endif
}

/* Text from a file shown in a one-line message: at most 60 bytes (cut at a character boundary),
   control characters and DEL as \xNN, so that no message spans lines or carries terminal
   escapes.  Returns out. */
#define THERMO__SHOWN_MAX 256
static const char *thermo__shown(char *out, const char *s, size_t n) {
    size_t i, end = n, k = 0;
    if (end > 60) {
        end = 60;
        while (end > 0 && ((unsigned char)s[end] & 0xC0) == 0x80) end--;
    }
    for (i = 0; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F) k += (size_t)sprintf(out + k, "\\x%02X", c);
        else out[k++] = (char)c;
    }
    if (end < n) k += (size_t)sprintf(out + k, "...");
    out[k] = 0;
    return out;
}

THERMODEF thermo_status thermo_read_file(const char *path, size_t max_size, char **data,
                                         size_t *size, thermo_error *err) {
    FILE *f;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    *data = NULL;
    *size = 0;
#ifdef THERMO__POSIX
    {
        struct stat st;
        if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
            return thermo__fail(err, THERMO_ERR_IO, "%s: not a regular file%s", path,
                                S_ISDIR(st.st_mode) ? " (a folder)" : "");
    }
#endif
    if (!(f = fopen(path, "rb"))) return thermo__fail(err, THERMO_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    while (n <= max_size) {
        size_t got;
        char *grown = (char *)thermo__grow(buf, &cap, n + 65536 + 1, 1); /* + 1: the NUL */
        if (!grown) {
            fclose(f);
            THERMO_FREE(buf);
            return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", path);
        }
        buf = grown;
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        fclose(f);
        THERMO_FREE(buf);
        return thermo__fail(err, THERMO_ERR_IO, "%s: read error: %s", path, strerror(errno));
    }
    fclose(f);
    if (n > max_size) {
        THERMO_FREE(buf);
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: larger than %zu bytes", path, max_size);
    }
    buf[n] = 0;
    *data = buf;
    *size = n;
    return THERMO_OK;
}

/* A read-only view of a whole file: mmapped, or read into memory with THERMO_NO_MMAP. */
struct thermo__file {
    const unsigned char *data;
    size_t size;
    int mapped;
};

static thermo_status thermo__map_file(thermo__file *file, const char *path, thermo_error *err) {
#ifndef THERMO_NO_MMAP
    struct stat st;
    int fd = open(path, O_RDONLY | O_NONBLOCK); /* a FIFO must not block the open */
    void *p;
    file->data = NULL;
    file->size = 0;
    file->mapped = 0;
    if (fd < 0) return thermo__fail(err, THERMO_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return thermo__fail(err, THERMO_ERR_IO, "%s: not a regular file", path);
    }
    if ((uint64_t)st.st_size > (uint64_t)SIZE_MAX) {
        close(fd);
        return thermo__fail(err, THERMO_ERR_IO, "%s: too large to map", path);
    }
    if (st.st_size == 0) { /* mmap of length 0 fails; an empty view is enough */
        close(fd);
        file->data = (const unsigned char *)"";
        return THERMO_OK;
    }
    p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return thermo__fail(err, THERMO_ERR_IO, "%s: mmap failed: %s", path, strerror(errno));
    file->data = (const unsigned char *)p;
    file->size = (size_t)st.st_size;
    file->mapped = 1;
    return THERMO_OK;
#else
    char *buf;
    size_t n;
    thermo_status s = thermo_read_file(path, SIZE_MAX - 1, &buf, &n, err);
    file->mapped = 0;
    file->data = (const unsigned char *)buf;
    file->size = n;
    return s;
#endif
}

static void thermo__unmap_file(thermo__file *file) {
#ifndef THERMO_NO_MMAP
    if (file->mapped) munmap((void *)file->data, file->size);
#else
    THERMO_FREE((void *)file->data);
#endif
    file->data = NULL;
    file->size = 0;
    file->mapped = 0;
}

/* ---- the Hugging Face cache ---- */

/* An ASCII letter, digit or '_' (Python's \w under re.ASCII). */
static int thermo__is_word(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* An environment value with a leading ~ (HOME) and every $NAME / ${NAME} that is set expanded,
   as Python's os.path.expandvars(os.path.expanduser(v)) on POSIX ("~user" is left as it is);
   NULL when out of memory. */
static char *thermo__expand_path(const char *v) {
    const char *home = getenv("HOME");
    size_t cap = 0, n = 0;
    char *out = NULL, *grown;
    if (v[0] == '~' && (v[1] == '/' || !v[1]) && home) {
        if (!(out = (char *)thermo__grow(out, &cap, strlen(home) + 1, 1))) return NULL;
        memcpy(out, home, (n = strlen(home)));
        v++;
    }
    for (;;) {
        const char *name = NULL, *value = NULL;
        size_t name_len = 0, skip = 1, value_len;
        char key[256];
        if (v[0] == '$' && v[1] == '{' && strchr(v + 2, '}')) {
            name = v + 2;
            name_len = (size_t)(strchr(name, '}') - name);
            skip = name_len + 3;
        } else if (v[0] == '$') {
            name = v + 1;
            while (thermo__is_word((unsigned char)name[name_len])) name_len++;
            skip = name_len + 1;
        }
        if (name_len && name_len < sizeof key) {
            memcpy(key, name, name_len);
            key[name_len] = 0;
            value = getenv(key);
        }
        if (!*v) skip = 0;
        if (value) value_len = strlen(value);
        else value = v, value_len = skip;
        if (!(grown = (char *)thermo__grow(out, &cap, n + value_len + 1, 1))) {
            THERMO_FREE(out);
            return NULL;
        }
        out = grown;
        memcpy(out + n, value, value_len);
        n += value_len;
        out[n] = 0;
        if (!*v) return out;
        v += skip;
    }
}

/* huggingface_hub's validate_repo_id: "name" or "namespace/name" of [A-Za-z0-9_.-], each part
   starting and ending with a letter, digit or '_', the name at most 96 bytes, no "--" or "..",
   not ending in ".git". */
static int thermo__is_hub_id(const char *id) {
    const char *slash = strchr(id, '/'), *name = slash ? slash + 1 : id, *part;
    size_t n = strlen(id);
    if (slash && strchr(name, '/')) return 0;
    if (strlen(name) < 1 || strlen(name) > 96 || strstr(id, "--") || strstr(id, "..") ||
        (n >= 4 && !strcmp(id + n - 4, ".git")))
        return 0;
    for (part = id; part; part = part == name ? NULL : name) {
        const char *end = part == id && slash ? slash : id + n, *c;
        if (end == part) return 0;
        for (c = part; c < end; c++)
            if (!thermo__is_word((unsigned char)*c) && *c != '-' && *c != '.') return 0;
        if (!thermo__is_word((unsigned char)*part) || !thermo__is_word((unsigned char)end[-1])) return 0;
    }
    return 1;
}

/* huggingface_hub's HF_HUB_CACHE, newly allocated (NULL: out of memory). */
static char *thermo__hub_cache(void) {
    const char *v;
    char *home, *cache;
    if ((v = getenv("HF_HUB_CACHE")) || (v = getenv("HUGGINGFACE_HUB_CACHE"))) return thermo__expand_path(v);
    if ((v = getenv("HF_HOME"))) home = thermo__expand_path(v);
    else {
        char *base = thermo__expand_path((v = getenv("XDG_CACHE_HOME")) ? v : "~/.cache");
        home = base ? thermo__join(base, "huggingface") : NULL;
        THERMO_FREE(base);
    }
    cache = home ? thermo__join(home, "hub") : NULL;
    THERMO_FREE(home);
    return cache;
}

THERMODEF thermo_status thermo_locate_model(const char *model, const char *revision, char **path,
                                            thermo_error *err) {
    const char *rev = revision ? revision : "main";
    char *cache = NULL, *folder = NULL, *ref = NULL, *commit = NULL, *snapshots = NULL, *c;
    size_t len, k;
    thermo_status st = THERMO_ERR_MEMORY;
    *path = NULL;
#ifdef THERMO__POSIX
    {
        struct stat sb;
        if (stat(model, &sb) == 0) {
            if (revision)
                return thermo__fail(err, THERMO_ERR_ARGUMENT,
                                    "%s: a local path; a revision applies only to a hub id", model);
            return (*path = thermo__strdup(model)) ? THERMO_OK : thermo__fail(err, st, "out of memory");
        }
    }
#endif
    if (!thermo__is_hub_id(model))
        return thermo__fail(err, THERMO_ERR_IO, "%s: no such file or folder", model);
    if (!(cache = thermo__hub_cache()) || !(folder = (char *)THERMO_MALLOC(strlen(model) + 10))) goto done;
    strcpy(folder, "models--");
    for (c = folder + 8, k = 0; model[k]; k++) {
        if (model[k] == '/') *c++ = '-', *c++ = '-';
        else *c++ = model[k];
    }
    *c = 0;
    c = folder;
    if (!(folder = thermo__join(cache, c))) { folder = c; goto done; }
    THERMO_FREE(c);
    if (!thermo__is_dir(folder)) {
        st = thermo__fail(err, THERMO_ERR_IO,
                          "%s: no such folder, and not in the Hugging Face cache (no %s); download it with "
                          "`hf download %s` (huggingface_hub), or give the model's folder",
                          model, folder, model);
        goto done;
    }
    for (k = 0; k < 40 && ((rev[k] >= '0' && rev[k] <= '9') || (rev[k] >= 'a' && rev[k] <= 'f')); k++) {}
    if (k == 40 && !rev[40]) {
        if (!(commit = thermo__strdup(rev))) goto done;
    } else {
        char *refs = thermo__join(folder, "refs");
        ref = refs ? thermo__join(refs, rev) : NULL;
        THERMO_FREE(refs);
        if (!ref) goto done;
        if (!thermo__is_file(ref)) {
            st = thermo__fail(err, THERMO_ERR_IO,
                              "%s: revision '%s' is not in the Hugging Face cache (no %s); download it with "
                              "`hf download %s --revision %s`", model, rev, ref, model, rev);
            goto done;
        }
        if ((st = thermo_read_file(ref, 4096, &commit, &len, err)) != THERMO_OK) goto done;
        st = THERMO_ERR_MEMORY;
    }
    if (!(snapshots = thermo__join(folder, "snapshots")) || !(*path = thermo__join(snapshots, commit))) goto done;
    if (!thermo__is_dir(*path)) {
        char shown[THERMO__SHOWN_MAX];
        st = thermo__fail(err, THERMO_ERR_IO,
                          "%s: revision '%s' is commit '%s' in the Hugging Face cache, but %s/ holds no such "
                          "snapshot; download it again with `hf download %s --revision %s`", model, rev,
                          thermo__shown(shown, commit, strlen(commit)), snapshots, model, rev);
        THERMO_FREE(*path);
        *path = NULL;
        goto done;
    }
    st = THERMO_OK;
done:
    if (st == THERMO_ERR_MEMORY) thermo__fail(err, st, "out of memory");
    THERMO_FREE(cache);
    THERMO_FREE(folder);
    THERMO_FREE(ref);
    THERMO_FREE(commit);
    THERMO_FREE(snapshots);
    return st;
}

THERMODEF void thermo_set_threads(int n) {
#ifdef _OPENMP
    if (n > 0) omp_set_num_threads(n);
#else
    (void)n;
#endif
}

THERMODEF double thermo_seconds(void) {
#ifdef _OPENMP
    return omp_get_wtime();
#elif defined(THERMO__POSIX)
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + 1e-6 * (double)tv.tv_usec;
#else
    return (double)clock() / CLOCKS_PER_SEC;
#endif
}

/* ============================== 2. json ============================== */

/* Length of the valid UTF-8 sequence at s[0..n) (1..4), or 0 if it is invalid: overlong forms,
   surrogates and code points past U+10FFFF are rejected, as Rust's str (serde_json) does. */
THERMODEF int thermo_utf8_length(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;  /* overlong */
        if (c == 0xF4 && s[1] >= 0x90) return 0; /* > U+10FFFF */
        return 4;
    }
    return 0;
}

/* Writes code point cp (< 0x110000, not a surrogate) as UTF-8; returns the byte count. */
static int thermo__utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int thermo__hex4(const char *s, uint32_t *out) {
    uint32_t v = 0;
    int i;
    for (i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

/* Line and column (1-based) of byte offset pos, for error messages. */
static void thermo__line_col(const char *text, size_t pos, size_t *line, size_t *col) {
    size_t i;
    *line = 1;
    *col = 1;
    for (i = 0; i < pos; i++) {
        if (text[i] == '\n') { ++*line; *col = 1; }
        else ++*col;
    }
}

/* Scans the string whose opening quote is at text[*pos]; leaves *pos after the closing quote. */
static const char *thermo__json_scan_string(const char *text, size_t length, size_t *pos,
                                            int *escaped) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = *pos + 1;
    *escaped = 0;
    for (;;) {
        unsigned c;
        for (;;) { /* ASCII, and well-formed 2- and 3-byte characters (not E0 or ED: the slow path) */
            if (i < length && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\') i++;
            else if (i + 1 < length && s[i] >= 0xC2 && s[i] < 0xE0 && (s[i + 1] & 0xC0) == 0x80) i += 2;
            else if (i + 2 < length && s[i] >= 0xE1 && s[i] < 0xF0 && s[i] != 0xED && (s[i + 1] & 0xC0) == 0x80 &&
                     (s[i + 2] & 0xC0) == 0x80) i += 3;
            else break;
        }
        if (i >= length) { *pos = i; return "unterminated string"; }
        c = s[i];
        if (c == '"') { *pos = i + 1; return NULL; }
        if (c < 0x20) { *pos = i; return "control character in string"; }
        if (c == '\\') {
            *escaped = 1;
            if (i + 1 >= length) { *pos = i; return "unterminated string"; }
            c = s[i + 1];
            if (c == 'u') {
                uint32_t u, lo;
                if (i + 6 > length || thermo__hex4(text + i + 2, &u)) { *pos = i; return "bad \\u escape"; }
                i += 6;
                if (u >= 0xDC00 && u <= 0xDFFF) { *pos = i - 6; return "unpaired surrogate in \\u escape"; }
                if (u >= 0xD800 && u <= 0xDBFF) {
                    if (i + 6 > length || s[i] != '\\' || s[i + 1] != 'u' ||
                        thermo__hex4(text + i + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
                        *pos = i - 6;
                        return "unpaired surrogate in \\u escape";
                    }
                    i += 6;
                }
            } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' ||
                       c == 'r' || c == 't') {
                i += 2;
            } else {
                *pos = i;
                return "bad escape in string";
            }
            continue;
        }
        {
            int len = thermo_utf8_length(s + i, length - i);
            if (!len) { *pos = i; return "invalid UTF-8 in string"; }
            i += (size_t)len;
        }
    }
}

/* JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static const char *thermo__json_scan_number(const char *text, size_t length, size_t *pos) {
    size_t i = *pos;
    if (i < length && text[i] == '-') i++;
    if (i >= length || text[i] < '0' || text[i] > '9') { *pos = i; return "bad number"; }
    if (text[i] == '0') i++;
    else while (i < length && text[i] >= '0' && text[i] <= '9') i++;
    if (i < length && text[i] == '.') {
        i++;
        if (i >= length || text[i] < '0' || text[i] > '9') { *pos = i; return "bad number"; }
        while (i < length && text[i] >= '0' && text[i] <= '9') i++;
    }
    if (i < length && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        if (i < length && (text[i] == '+' || text[i] == '-')) i++;
        if (i >= length || text[i] < '0' || text[i] > '9') { *pos = i; return "bad number"; }
        while (i < length && text[i] >= '0' && text[i] <= '9') i++;
    }
    *pos = i;
    return NULL;
}

THERMODEF thermo_status thermo_json_parse(thermo_json *json, const char *text, size_t length,
                                          const char *name, thermo_error *err) {
    int32_t stack[THERMO_JSON_MAX_DEPTH]; /* open containers */
    int depth = 0;
    size_t pos = 0, cap = 0;
    int32_t n = 0;
    thermo_json_token *tok = NULL;
    const char *problem = NULL;
    /* what the grammar allows next */
    enum { VALUE, FIRST_VALUE_OR_CLOSE, KEY, FIRST_KEY_OR_CLOSE, COLON, COMMA_OR_CLOSE, DONE } want = VALUE;

    memset(json, 0, sizeof *json);
    if (length > 0x7FFFFFF0u)
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: JSON larger than 2 GB", name);
    for (;;) {
        char c;
        while (pos < length && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' ||
                                text[pos] == '\r'))
            pos++;
        if (pos >= length) {
            if (want == DONE) break;
            problem = n ? "unexpected end of input" : "empty input";
            goto fail;
        }
        c = text[pos];
        if (want == DONE) { problem = "trailing characters after the JSON value"; goto fail; }
        if (want == COLON) {
            if (c != ':') { problem = "expected ':'"; goto fail; }
            pos++;
            want = VALUE;
            continue;
        }
        if (want == COMMA_OR_CLOSE || ((want == FIRST_VALUE_OR_CLOSE || want == FIRST_KEY_OR_CLOSE) &&
                                       (c == ']' || c == '}'))) {
            thermo_json_token *top = &tok[stack[depth - 1]];
            if (c == ',' && want == COMMA_OR_CLOSE) {
                pos++;
                want = top->type == THERMO_JSON_OBJECT ? KEY : VALUE;
                continue;
            }
            if ((c == '}' && top->type == THERMO_JSON_OBJECT) ||
                (c == ']' && top->type == THERMO_JSON_ARRAY)) {
                pos++;
                top->end = (uint32_t)pos;
                top->next = n;
                depth--;
                want = depth ? COMMA_OR_CLOSE : DONE;
                continue;
            }
            problem = want == COMMA_OR_CLOSE ? "expected ',' or a closing bracket" : "mismatched bracket";
            goto fail;
        }
        /* a value, or a key */
        if ((size_t)n == cap) {
            thermo_json_token *grown;
            if (cap >= 0x7FFFFFF0u / sizeof *tok) { problem = "too many tokens"; goto fail; }
            if (!(grown = (thermo_json_token *)thermo__grow(tok, &cap, (size_t)n + 1, sizeof *tok))) {
                THERMO_FREE(tok);
                return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory parsing JSON", name);
            }
            tok = grown;
        }
        if (want == KEY || want == FIRST_KEY_OR_CLOSE) {
            int escaped;
            size_t start = pos + 1;
            if (c != '"') { problem = "expected a string key"; goto fail; }
            if ((problem = thermo__json_scan_string(text, length, &pos, &escaped)) != NULL) goto fail;
            tok[n].type = THERMO_JSON_STRING;
            tok[n].escaped = (unsigned)escaped;
            tok[n].size = 0;
            tok[n].start = (uint32_t)start;
            tok[n].end = (uint32_t)(pos - 1);
            tok[n].next = n + 1;
            if (tok[stack[depth - 1]].size == THERMO_JSON_MAX_MEMBERS) { problem = "too many members"; goto fail; }
            tok[stack[depth - 1]].size++;
            n++;
            want = COLON;
            continue;
        }
        if (depth && tok[stack[depth - 1]].type == THERMO_JSON_ARRAY) {
            if (tok[stack[depth - 1]].size == THERMO_JSON_MAX_MEMBERS) { problem = "too many members"; goto fail; }
            tok[stack[depth - 1]].size++;
        }
        tok[n].escaped = 0;
        tok[n].size = 0;
        tok[n].start = (uint32_t)pos;
        tok[n].next = n + 1;
        if (c == '{' || c == '[') {
            if (depth == THERMO_JSON_MAX_DEPTH) { problem = "nesting deeper than 512 levels"; goto fail; }
            tok[n].type = c == '{' ? THERMO_JSON_OBJECT : THERMO_JSON_ARRAY;
            stack[depth++] = n++;
            pos++;
            want = c == '{' ? FIRST_KEY_OR_CLOSE : FIRST_VALUE_OR_CLOSE;
            continue;
        }
        if (c == '"') {
            int escaped;
            if ((problem = thermo__json_scan_string(text, length, &pos, &escaped)) != NULL) goto fail;
            tok[n].type = THERMO_JSON_STRING;
            tok[n].escaped = (unsigned)escaped;
            tok[n].start++;
            tok[n].end = (uint32_t)(pos - 1);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if ((problem = thermo__json_scan_number(text, length, &pos)) != NULL) goto fail;
            tok[n].type = THERMO_JSON_NUMBER;
            tok[n].end = (uint32_t)pos;
        } else {
            static const char *const words[3] = {"true", "false", "null"};
            static const uint8_t types[3] = {THERMO_JSON_TRUE, THERMO_JSON_FALSE, THERMO_JSON_NULL};
            int w = c == 't' ? 0 : c == 'f' ? 1 : c == 'n' ? 2 : -1;
            size_t wl = w >= 0 ? strlen(words[w]) : 0;
            if (w < 0 || length - pos < wl || memcmp(text + pos, words[w], wl) != 0) {
                problem = "unexpected character";
                goto fail;
            }
            pos += wl;
            tok[n].type = types[w];
            tok[n].end = (uint32_t)pos;
        }
        n++;
        want = depth ? COMMA_OR_CLOSE : DONE;
    }
    json->text = text;
    json->length = length;
    json->tokens = tok;
    json->count = n;
    return THERMO_OK;
fail:
    THERMO_FREE(tok);
    {
        size_t line, col;
        thermo__line_col(text, pos < length ? pos : length, &line, &col);
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: invalid JSON at line %zu, column %zu: %s",
                            name, line, col, problem);
    }
}

THERMODEF void thermo_json_free(thermo_json *json) {
    THERMO_FREE(json->tokens);
    memset(json, 0, sizeof *json);
}

THERMODEF size_t thermo_json_string(const thermo_json *json, int32_t t, char *out) {
    const thermo_json_token *tk = &json->tokens[t];
    const char *s = json->text + tk->start, *end = json->text + tk->end;
    size_t n = 0;
    if (!tk->escaped) {
        n = tk->end - tk->start;
        memcpy(out, s, n);
        out[n] = 0;
        return n;
    }
    while (s < end) {
        if (*s != '\\') { out[n++] = *s++; continue; }
        switch (s[1]) {
        case 'b': out[n++] = '\b'; s += 2; break;
        case 'f': out[n++] = '\f'; s += 2; break;
        case 'n': out[n++] = '\n'; s += 2; break;
        case 'r': out[n++] = '\r'; s += 2; break;
        case 't': out[n++] = '\t'; s += 2; break;
        case 'u': {
            uint32_t u, lo;
            thermo__hex4(s + 2, &u); /* validated by the parser */
            s += 6;
            if (u >= 0xD800 && u <= 0xDBFF) {
                thermo__hex4(s + 2, &lo);
                s += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            n += (size_t)thermo__utf8_encode(u, out + n);
            break;
        }
        default: out[n++] = s[1]; s += 2; break; /* " \ / */
        }
    }
    out[n] = 0;
    return n;
}

THERMODEF char *thermo_json_strdup(const thermo_json *json, int32_t t) {
    char *out = (char *)THERMO_MALLOC(json->tokens[t].end - json->tokens[t].start + 1);
    if (out) thermo_json_string(json, t, out);
    return out;
}

/* A decoded string token with no NUL inside (names become C strings), newly allocated; NULL with
   *bad set when it holds a NUL, NULL with *bad clear when out of memory. */
static char *thermo__json_name(const thermo_json *json, int32_t t, int *bad) {
    char *s = (char *)THERMO_MALLOC(json->tokens[t].end - json->tokens[t].start + 1);
    *bad = 0;
    if (s && thermo_json_string(json, t, s) != strlen(s)) {
        THERMO_FREE(s);
        s = NULL;
        *bad = 1;
    }
    return s;
}

THERMODEF int thermo_json_equals(const thermo_json *json, int32_t t, const char *s) {
    const thermo_json_token *tk;
    size_t len = strlen(s);
    if (t < 0 || json->tokens[t].type != THERMO_JSON_STRING) return 0;
    tk = &json->tokens[t];
    if (!tk->escaped) return tk->end - tk->start == len && memcmp(json->text + tk->start, s, len) == 0;
    {
        char small[256], *buf = tk->end - tk->start < sizeof small ? small : thermo_json_strdup(json, t);
        int eq;
        if (!buf) return 0;
        if (buf == small) thermo_json_string(json, t, small);
        eq = strcmp(buf, s) == 0;
        if (buf != small) THERMO_FREE(buf);
        return eq;
    }
}

THERMODEF int32_t thermo_json_get(const thermo_json *json, int32_t object, const char *key) {
    int32_t i, k, found = -1;
    if (object < 0 || json->tokens[object].type != THERMO_JSON_OBJECT) return -1;
    k = object + 1;
    for (i = 0; i < json->tokens[object].size; i++) {
        if (thermo_json_equals(json, k, key)) found = k + 1;
        k = json->tokens[k + 1].next;
    }
    return found;
}

/* The type of token t, or 0 for t < 0 (a missing member). */
static int thermo__jtype(const thermo_json *j, int32_t t) { return t < 0 ? 0 : j->tokens[t].type; }

/* A boolean member: its value, `dflt` when absent or null, -1 when it is not a boolean. */
static int thermo__jbool(const thermo_json *j, int32_t obj, const char *key, int dflt) {
    int type = thermo__jtype(j, thermo_json_get(j, obj, key));
    if (type == 0 || type == THERMO_JSON_NULL) return dflt;
    return type == THERMO_JSON_TRUE ? 1 : type == THERMO_JSON_FALSE ? 0 : -1;
}

THERMODEF int thermo_json_double(const thermo_json *json, int32_t t, double *out) {
    char buf[64], *end;
    size_t len;
    int ok;
    if (t < 0 || json->tokens[t].type != THERMO_JSON_NUMBER) return -1;
    len = json->tokens[t].end - json->tokens[t].start;
    if (len >= sizeof buf) {
        char *big = (char *)THERMO_MALLOC(len + 1);
        if (!big) return -1;
        memcpy(big, json->text + json->tokens[t].start, len);
        big[len] = 0;
        *out = strtod(big, &end);
        ok = end == big + len;
        THERMO_FREE(big);
        return ok ? 0 : -1;
    }
    memcpy(buf, json->text + json->tokens[t].start, len);
    buf[len] = 0;
    *out = strtod(buf, &end);
    return end == buf + len ? 0 : -1; /* not all of it: LC_NUMERIC is not "C" */
}

THERMODEF int thermo_json_int64(const thermo_json *json, int32_t t, int64_t *out) {
    const char *s, *end;
    int neg = 0;
    uint64_t v = 0;
    if (t < 0 || json->tokens[t].type != THERMO_JSON_NUMBER) return -1;
    s = json->text + json->tokens[t].start;
    end = json->text + json->tokens[t].end;
    if (*s == '-') { neg = 1; s++; }
    for (; s < end; s++) {
        if (*s < '0' || *s > '9') return -1; /* a fraction or an exponent */
        if (v > (UINT64_MAX - 9) / 10) return -1;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    if (v > (uint64_t)INT64_MAX + (uint64_t)neg) return -1;
    *out = neg ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v) : (int64_t)v;
    return 0;
}

/* ============================== 3. safetensors ============================== */

/* Each dtype's name in safetensors headers and its size in bytes, indexed by thermo_dtype. */
static const struct thermo__dtype_info {
    const char *name;
    unsigned char size;
} thermo__dtypes[] = {{"?", 1},   {"F32", 4}, {"BF16", 2}, {"F16", 2}, {"F64", 8},  {"I64", 8},     {"U64", 8},
                      {"I32", 4}, {"U32", 4}, {"I16", 2},  {"U16", 2}, {"I8", 1},   {"U8", 1},      {"BOOL", 1},
                      {"F8_E4M3", 1}, {"F8_E5M2", 1}};
#define THERMO__N_DTYPES ((int)(sizeof thermo__dtypes / sizeof *thermo__dtypes))

THERMODEF size_t thermo_dtype_size(thermo_dtype dtype) {
    return thermo__dtypes[(int)dtype > 0 && (int)dtype < THERMO__N_DTYPES ? dtype : 0].size;
}

THERMODEF const char *thermo_dtype_name(thermo_dtype dtype) {
    return thermo__dtypes[(int)dtype > 0 && (int)dtype < THERMO__N_DTYPES ? dtype : 0].name;
}

/* bf16 is the top half of a float32: exact, NaN and inf included. */
static float thermo__bf16_to_f32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

/* IEEE binary16 to binary32, exact: subnormals are renormalised, inf and NaN (payload) kept. */
static float thermo__f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16, exp = (h >> 10) & 0x1F, mant = h & 0x3FF, bits;
    float f;
    if (exp == 0x1F) bits = sign | 0x7F800000u | (mant << 13);
    else if (exp) bits = sign | ((exp + 112) << 23) | (mant << 13);
    else if (!mant) bits = sign;
    else {
        exp = 113; /* 1 - 15 + 127 */
        while (!(mant & 0x400)) { mant <<= 1; exp--; }
        bits = sign | (exp << 23) | ((mant & 0x3FF) << 13);
    }
    memcpy(&f, &bits, 4);
    return f;
}

THERMODEF void thermo_tensor_f32(const thermo_tensor *t, int64_t first, int64_t n, float *out) {
    const unsigned char *p = t->data + (size_t)first * thermo_dtype_size(t->dtype);
    int64_t i;
    if (t->dtype == THERMO_F32) {
        memcpy(out, p, (size_t)n * 4); /* little-endian hosts */
    } else if (t->dtype == THERMO_BF16) {
        /* as thermo__bf16_to_f32, 16 at a time through a local array, each float stored on its own
           (compilers vectorise this at -O2; a second local array for the bits would make them
           store two halves of a vector and load it whole, which stalls) */
        for (i = 0; i + 16 <= n; i += 16) {
            uint16_t h[16];
            int k;
            memcpy(h, p + 2 * i, sizeof h); /* little-endian hosts */
            for (k = 0; k < 16; k++) {
                uint32_t bits = (uint32_t)h[k] << 16;
                memcpy(out + i + k, &bits, 4);
            }
        }
        for (; i < n; i++) out[i] = thermo__bf16_to_f32((uint16_t)(p[2 * i] | p[2 * i + 1] << 8));
    } else if (t->dtype == THERMO_F64) {
        for (i = 0; i < n; i++) {
            double d;
            memcpy(&d, p + 8 * i, 8);
            out[i] = (float)d;
        }
    } else if (t->dtype == THERMO_F16) {
        for (i = 0; i < n; i++) out[i] = thermo__f16_to_f32((uint16_t)(p[2 * i] | p[2 * i + 1] << 8));
    } else
        for (i = 0; i < n; i++) out[i] = NAN;
}

THERMODEF void thermo_tensor_f64(const thermo_tensor *t, int64_t first, int64_t n, double *out) {
    const unsigned char *p = t->data + (size_t)first * thermo_dtype_size(t->dtype);
    int64_t i;
    if (t->dtype == THERMO_F64) {
        memcpy(out, p, (size_t)n * 8); /* little-endian hosts */
        return;
    }
    for (i = 0; i < n; i++) {
        float f;
        if (t->dtype == THERMO_F32) memcpy(&f, p + 4 * i, 4);
        else if (t->dtype == THERMO_BF16) f = thermo__bf16_to_f32((uint16_t)(p[2 * i] | p[2 * i + 1] << 8));
        else if (t->dtype == THERMO_F16) f = thermo__f16_to_f32((uint16_t)(p[2 * i] | p[2 * i + 1] << 8));
        else f = NAN;
        out[i] = f;
    }
}

/* The Rust safetensors crate refuses headers over 100 MB; so do we. */
#define THERMO__MAX_HEADER 100000000u

static int thermo__tensor_name_cmp(const void *a, const void *b) {
    return strcmp(((const thermo_tensor *)a)->name, ((const thermo_tensor *)b)->name);
}

typedef struct { uint64_t begin, end; int index; } thermo__span;

static int thermo__span_cmp(const void *a, const void *b) {
    const thermo__span *x = (const thermo__span *)a, *y = (const thermo__span *)b;
    return x->begin < y->begin ? -1 : x->begin > y->begin ? 1 : (x->end > y->end) - (x->end < y->end);
}

/* Parses one safetensors file image and appends its tensors to *tensors (count *n, capacity *cap).
   Names and the file label are stored in *strings (grown as needed); tensor names are kept as
   offsets into it until the checkpoint is complete, then fixed up. */
typedef struct {
    thermo_tensor *tensors;
    int n;
    size_t cap;
    char *strings;
    size_t strings_len, strings_cap;
} thermo__tensor_list;

static int64_t thermo__store_string(thermo__tensor_list *list, const char *s, size_t len) {
    size_t at = list->strings_len;
    char *grown = (char *)thermo__grow(list->strings, &list->strings_cap, at + len + 1, 1);
    if (!grown) return -1;
    list->strings = grown;
    memcpy(list->strings + at, s, len);
    list->strings[at + len] = 0;
    list->strings_len += len + 1;
    return (int64_t)at;
}

static thermo_status thermo__parse_safetensors(thermo__tensor_list *list, const unsigned char *data,
                                               size_t size, const char *name, thermo_error *err) {
    uint64_t header_len = 0, data_size;
    thermo_json json;
    thermo_status st;
    thermo__span *spans = NULL;
    int32_t k, i;
    int first = list->n, count = 0;
    int64_t file_label;

    if (size < 8)
        return thermo__fail(err, THERMO_ERR_FORMAT,
                            "%s: %zu bytes, too short for a safetensors file (needs an 8-byte header length)",
                            name, size);
    for (i = 7; i >= 0; i--) header_len = header_len << 8 | data[i];
    if (header_len > size - 8)
        return thermo__fail(err, THERMO_ERR_FORMAT,
                            "%s: header length %llu exceeds the file size (%zu bytes)", name,
                            (unsigned long long)header_len, size);
    if (header_len > THERMO__MAX_HEADER)
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: header length %llu is larger than 100 MB",
                            name, (unsigned long long)header_len);
    if (header_len < 2 || data[8] != '{')
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: the header is not a JSON object", name);
    data_size = size - 8 - header_len;
    if ((st = thermo_json_parse(&json, (const char *)data + 8, (size_t)header_len, name, err)) != THERMO_OK)
        return st;
    if ((file_label = thermo__store_string(list, name, strlen(name))) < 0) goto oom;
    st = THERMO_ERR_FORMAT;
    k = 1;
    for (i = 0; i < json.tokens[0].size; i++, k = json.tokens[k + 1].next) {
        int32_t v = k + 1, dt, sh, off, d;
        thermo_tensor *t;
        char label[THERMO__SHOWN_MAX]; /* the name as the file spells it, for messages */
        uint64_t numel = 1, nbytes = 0, begin, end;
        int64_t b64, e64, name_at;
        thermo__shown(label, json.text + json.tokens[k].start, json.tokens[k].end - json.tokens[k].start);
        if (thermo_json_equals(&json, k, "__metadata__")) {
            if (json.tokens[v].type != THERMO_JSON_OBJECT) {
                thermo__fail(err, st, "%s: __metadata__ is not an object", name);
                goto fail;
            }
            continue;
        }
        if (json.tokens[v].type != THERMO_JSON_OBJECT) {
            thermo__fail(err, st, "%s: tensor '%s': entry is not an object", name, label);
            goto fail;
        }
        dt = thermo_json_get(&json, v, "dtype");
        sh = thermo_json_get(&json, v, "shape");
        off = thermo_json_get(&json, v, "data_offsets");
        if (dt < 0 || sh < 0 || off < 0) {
            thermo__fail(err, st, "%s: tensor '%s': missing %s", name, label,
                         dt < 0 ? "dtype" : sh < 0 ? "shape" : "data_offsets");
            goto fail;
        }
        if (json.tokens[dt].type != THERMO_JSON_STRING) {
            thermo__fail(err, st, "%s: tensor '%s': dtype is not a string", name, label);
            goto fail;
        }
        {
            thermo_tensor *grown;
            if (list->n == INT_MAX) { thermo__fail(err, st, "%s: too many tensors", name); goto fail; }
            if (!(grown = (thermo_tensor *)thermo__grow(list->tensors, &list->cap, (size_t)list->n + 1, sizeof *grown)))
                goto oom;
            list->tensors = grown;
        }
        t = &list->tensors[list->n];
        memset(t, 0, sizeof *t);
        for (d = 1; d < THERMO__N_DTYPES && !t->dtype; d++)
            if (thermo_json_equals(&json, dt, thermo__dtypes[d].name)) t->dtype = (thermo_dtype)d;
        if (!t->dtype) {
            char dname[THERMO__SHOWN_MAX];
            thermo__shown(dname, json.text + json.tokens[dt].start, json.tokens[dt].end - json.tokens[dt].start);
            thermo__fail(err, THERMO_ERR_UNSUPPORTED, "%s: tensor '%s': dtype %s is not a safetensors dtype", name,
                         label, dname);
            st = THERMO_ERR_UNSUPPORTED;
            goto fail;
        }
        if (json.tokens[sh].type != THERMO_JSON_ARRAY || json.tokens[sh].size > THERMO_MAX_DIMS) {
            thermo__fail(err, st, "%s: tensor '%s': shape is not an array of at most %d sizes", name,
                         label, THERMO_MAX_DIMS);
            goto fail;
        }
        t->ndim = json.tokens[sh].size;
        for (d = 0; d < t->ndim; d++) {
            int64_t dim;
            if (thermo_json_int64(&json, sh + 1 + d, &dim) || dim < 0) {
                thermo__fail(err, st, "%s: tensor '%s': shape[%d] is not a non-negative integer",
                             name, label, (int)d);
                goto fail;
            }
            t->shape[d] = dim;
            if (thermo__mul_u64(numel, (uint64_t)dim, &numel) || numel > (uint64_t)INT64_MAX / 4) {
                thermo__fail(err, st, "%s: tensor '%s': the shape's element count overflows", name, label);
                goto fail;
            }
        }
        t->numel = (int64_t)numel;
        if (json.tokens[off].type != THERMO_JSON_ARRAY || json.tokens[off].size != 2 ||
            thermo_json_int64(&json, off + 1, &b64) || thermo_json_int64(&json, off + 2, &e64) ||
            b64 < 0 || e64 < 0) {
            thermo__fail(err, st, "%s: tensor '%s': data_offsets is not two non-negative integers",
                         name, label);
            goto fail;
        }
        begin = (uint64_t)b64;
        end = (uint64_t)e64;
        if (begin > end) {
            thermo__fail(err, st, "%s: tensor '%s': data_offsets [%llu, %llu] are reversed", name,
                         label, (unsigned long long)begin, (unsigned long long)end);
            goto fail;
        }
        if (end > data_size) {
            thermo__fail(err, st,
                         "%s: tensor '%s': data_offsets [%llu, %llu] exceed the data section (%llu bytes)",
                         name, label, (unsigned long long)begin, (unsigned long long)end,
                         (unsigned long long)data_size);
            goto fail;
        }
        thermo__mul_u64(numel, thermo_dtype_size(t->dtype), &nbytes);
        if (end - begin != nbytes) {
            thermo__fail(err, st,
                         "%s: tensor '%s': data_offsets [%llu, %llu] hold %llu bytes, but shape and "
                         "dtype need %llu",
                         name, label, (unsigned long long)begin, (unsigned long long)end,
                         (unsigned long long)(end - begin), (unsigned long long)nbytes);
            goto fail;
        }
        t->data = data + 8 + header_len + begin;
        {
            int bad;
            char *decoded = thermo__json_name(&json, k, &bad);
            if (!decoded && bad) {
                thermo__fail(err, st, "%s: a tensor name holds a NUL character", name);
                goto fail;
            }
            if (!decoded) goto oom;
            name_at = thermo__store_string(list, decoded, strlen(decoded));
            THERMO_FREE(decoded);
            if (name_at < 0) goto oom;
        }
        t->name = (const char *)(intptr_t)name_at; /* fixed up by the caller */
        t->file = (const char *)(intptr_t)file_label;
        list->n++;
        count++;
    }
    /* tensors may not overlap (empty ones take no room) */
    if (count) {
        int nonempty = 0;
        spans = (thermo__span *)thermo__calloc((size_t)count, sizeof *spans);
        if (!spans) goto oom;
        for (i = 0; i < count; i++) {
            const thermo_tensor *t = &list->tensors[first + i];
            uint64_t begin = (uint64_t)(t->data - data) - 8 - header_len, nb = 0;
            thermo__mul_u64((uint64_t)t->numel, thermo_dtype_size(t->dtype), &nb);
            if (!nb) continue;
            spans[nonempty].begin = begin;
            spans[nonempty].end = begin + nb;
            spans[nonempty].index = first + i;
            nonempty++;
        }
        qsort(spans, (size_t)nonempty, sizeof *spans, thermo__span_cmp);
        for (i = 1; i < nonempty; i++) {
            if (spans[i].begin < spans[i - 1].end) {
                thermo__fail(err, st, "%s: tensors '%s' and '%s' overlap in the data section", name,
                             list->strings + (intptr_t)list->tensors[spans[i - 1].index].name,
                             list->strings + (intptr_t)list->tensors[spans[i].index].name);
                goto fail;
            }
        }
        THERMO_FREE(spans);
        spans = NULL;
    }
    thermo_json_free(&json);
    return THERMO_OK;
oom:
    st = thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", name);
fail:
    THERMO_FREE(spans);
    thermo_json_free(&json);
    list->n = first;
    return st;
}

/* Turns the list into a checkpoint: names fixed up, sorted, duplicates rejected. */
static thermo_status thermo__finish_checkpoint(thermo_checkpoint *ck, thermo__tensor_list *list,
                                               const char *name, thermo_error *err) {
    int i;
    for (i = 0; i < list->n; i++) {
        list->tensors[i].name = list->strings + (intptr_t)list->tensors[i].name;
        list->tensors[i].file = list->strings + (intptr_t)list->tensors[i].file;
    }
    if (list->n > 1) qsort(list->tensors, (size_t)list->n, sizeof *list->tensors, thermo__tensor_name_cmp);
    ck->tensors = list->tensors;
    ck->n_tensors = list->n;
    ck->strings = list->strings;
    for (i = 1; i < list->n; i++)
        if (strcmp(list->tensors[i].name, list->tensors[i - 1].name) == 0)
            return thermo__fail(err, THERMO_ERR_FORMAT, "%s: tensor '%s' appears twice", name,
                                list->tensors[i].name);
    return THERMO_OK;
}

THERMODEF thermo_status thermo_checkpoint_parse(thermo_checkpoint *ck, const unsigned char *data,
                                                size_t size, const char *name, thermo_error *err) {
    thermo__tensor_list list;
    thermo_status st;
    memset(ck, 0, sizeof *ck);
    memset(&list, 0, sizeof list);
    st = thermo__parse_safetensors(&list, data, size, name, err);
    if (st == THERMO_OK) st = thermo__finish_checkpoint(ck, &list, name, err); /* ck owns the list */
    else {
        THERMO_FREE(list.tensors);
        THERMO_FREE(list.strings);
    }
    if (st == THERMO_OK && !(ck->source = thermo__strdup(name)))
        st = thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", name);
    if (st != THERMO_OK) thermo_checkpoint_close(ck);
    return st;
}

static int thermo__ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* The shard files that index (model.safetensors.index.json: {"weight_map": {tensor: file}})
   names, each once, as dir/file. */
static thermo_status thermo__index_shards(const thermo_json *index, const char *dir,
                                          const char *index_path, char ***shards, int *n_shards,
                                          thermo_error *err) {
    int32_t map = thermo_json_get(index, 0, "weight_map"), k;
    int i, j, bad;
    if (map < 0 || index->tokens[map].type != THERMO_JSON_OBJECT || index->tokens[map].size == 0)
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: no weight_map object", index_path);
    *shards = (char **)thermo__calloc((size_t)index->tokens[map].size, sizeof **shards);
    if (!*shards) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", index_path);
    for (i = 0, k = map + 1; i < index->tokens[map].size; i++, k = index->tokens[k + 1].next) {
        char *file, *joined;
        if (index->tokens[k + 1].type != THERMO_JSON_STRING)
            return thermo__fail(err, THERMO_ERR_FORMAT, "%s: weight_map values must be file names", index_path);
        if (!(file = thermo__json_name(index, k + 1, &bad)))
            return bad ? thermo__fail(err, THERMO_ERR_FORMAT, "%s: a shard name holds a NUL character", index_path)
                       : thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", index_path);
        if (!*file || strchr(file, '/') || strcmp(file, "..") == 0 || strcmp(file, ".") == 0) {
            char shown[THERMO__SHOWN_MAX];
            thermo__shown(shown, file, strlen(file));
            THERMO_FREE(file);
            return thermo__fail(err, THERMO_ERR_FORMAT, "%s: shard name '%s' is not a plain file name", index_path, shown);
        }
        joined = thermo__join(dir, file);
        THERMO_FREE(file);
        if (!joined) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", index_path);
        for (j = 0; j < *n_shards && strcmp((*shards)[j], joined) != 0; j++) continue;
        if (j < *n_shards) THERMO_FREE(joined);
        else (*shards)[(*n_shards)++] = joined;
    }
    return THERMO_OK;
}

/* Every tensor the index names must be in the shard it names. */
static thermo_status thermo__check_index(const thermo_checkpoint *ck, const thermo_json *index,
                                         const char *dir, const char *index_path, thermo_error *err) {
    int32_t map = thermo_json_get(index, 0, "weight_map"), k;
    int i, bad;
    for (i = 0, k = map + 1; i < index->tokens[map].size; i++, k = index->tokens[k + 1].next) {
        char *name = thermo__json_name(index, k, &bad), *file = thermo__json_name(index, k + 1, &bad);
        char *want = file ? thermo__join(dir, file) : NULL;
        const thermo_tensor *t = name ? thermo_checkpoint_find(ck, name) : NULL;
        thermo_status st = THERMO_OK;
        if (!name || !want)
            st = bad ? thermo__fail(err, THERMO_ERR_FORMAT, "%s: a tensor name holds a NUL character", index_path)
                     : thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", index_path);
        else if (!t || strcmp(t->file, want) != 0) {
            char shown[THERMO__SHOWN_MAX], shown_file[THERMO__SHOWN_MAX];
            thermo__shown(shown, name, strlen(name));
            thermo__shown(shown_file, file, strlen(file));
            st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: tensor '%s' is not in shard %s", index_path, shown, shown_file);
        }
        THERMO_FREE(name);
        THERMO_FREE(file);
        THERMO_FREE(want);
        if (st != THERMO_OK) return st;
    }
    return THERMO_OK;
}

THERMODEF thermo_status thermo_checkpoint_open(thermo_checkpoint *ck, const char *path,
                                               thermo_error *err) {
    thermo__tensor_list list;
    thermo_status st = THERMO_OK;
    char *index_path = NULL, *index_text = NULL, **shards = NULL;
    int n_shards = 0, i;
    thermo_json index;
    size_t index_len;

    memset(ck, 0, sizeof *ck);
    memset(&list, 0, sizeof list);
    memset(&index, 0, sizeof index);
    if (!*path) return thermo__fail(err, THERMO_ERR_ARGUMENT, "the model path is empty");
    shards = (char **)thermo__calloc(1, sizeof *shards);
    if (!shards) goto oom;
    /* a .safetensors file; dir/model.safetensors (transformers prefers it too); or the index */
    shards[0] = thermo__ends_with(path, ".safetensors") ? thermo__strdup(path) : thermo__join(path, "model.safetensors");
    if (!shards[0]) goto oom;
    n_shards = 1;
    if (!thermo__ends_with(path, ".safetensors") && !thermo__is_file(shards[0])) {
        THERMO_FREE(shards[0]);
        THERMO_FREE(shards);
        shards = NULL;
        n_shards = 0;
        if (!(index_path = thermo__join(path, "model.safetensors.index.json"))) goto oom;
        if (!thermo__is_file(index_path)) {
            st = thermo__fail(err, THERMO_ERR_IO, "%s: no model.safetensors or model.safetensors.index.json", path);
            goto done;
        }
        if ((st = thermo_read_file(index_path, 1u << 30, &index_text, &index_len, err)) != THERMO_OK ||
            (st = thermo_json_parse(&index, index_text, index_len, index_path, err)) != THERMO_OK ||
            (st = thermo__index_shards(&index, path, index_path, &shards, &n_shards, err)) != THERMO_OK)
            goto done;
    }
    ck->files = (thermo__file *)thermo__calloc((size_t)n_shards, sizeof *ck->files);
    if (!ck->files) goto oom;
    for (i = 0; i < n_shards; i++) {
        if ((st = thermo__map_file(&ck->files[i], shards[i], err)) != THERMO_OK) goto done;
        ck->n_files++;
        if ((st = thermo__parse_safetensors(&list, ck->files[i].data, ck->files[i].size, shards[i], err)) != THERMO_OK)
            goto done;
    }
    st = thermo__finish_checkpoint(ck, &list, index_path ? index_path : shards[0], err);
    if (!(ck->source = thermo__strdup(index_path ? index_path : shards[0]))) goto oom;
    memset(&list, 0, sizeof list); /* now owned by ck */
    if (st == THERMO_OK && index_path) st = thermo__check_index(ck, &index, path, index_path, err);
    goto done;
oom:
    st = thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", path);
done:
    THERMO_FREE(list.tensors);
    THERMO_FREE(list.strings);
    for (i = 0; i < n_shards; i++) THERMO_FREE(shards[i]);
    THERMO_FREE(shards);
    THERMO_FREE(index_path);
    THERMO_FREE(index_text);
    thermo_json_free(&index);
    if (st != THERMO_OK) thermo_checkpoint_close(ck);
    return st;
}

THERMODEF const thermo_tensor *thermo_checkpoint_find(const thermo_checkpoint *ck, const char *name) {
    int lo = 0, hi = ck->n_tensors - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2, c = strcmp(ck->tensors[mid].name, name);
        if (!c) return &ck->tensors[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

THERMODEF void thermo_checkpoint_close(thermo_checkpoint *ck) {
    int i;
    for (i = 0; i < ck->n_files; i++) thermo__unmap_file(&ck->files[i]);
    THERMO_FREE(ck->files);
    THERMO_FREE(ck->tensors);
    THERMO_FREE(ck->strings);
    THERMO_FREE(ck->source);
    memset(ck, 0, sizeof *ck);
}

/* ============================== 4. model ============================== */
/* What thermo knows of each architecture, in one place: the family table below names each
   family's tensors (their Hugging Face names, shapes from config.json, and role in the layer),
   and how its decoder differs from Llama's.  The loader binds tensors from it, the forward pass
   (section 6) finds each layer's weights by role, and the metrics (section 8) classify rows by it.
   Adding a family is an entry here plus whatever kernels its decoder needs. */

/* The roles of a layer's tensors; m->layers[l * THERMO__SLOTS + role], NULL where absent. */
enum thermo__slot {
    THERMO__Q, THERMO__K, THERMO__V, THERMO__O, THERMO__GATE, THERMO__UP, THERMO__DOWN,
    THERMO__QKV,     /* q, k and v in one matrix, rows [q | k | v] (phi3) */
    THERMO__GATE_UP, /* gate and up in one matrix, rows [gate | up] (phi3) */
    THERMO__Q_BIAS, THERMO__K_BIAS, THERMO__V_BIAS, THERMO__O_BIAS,
    THERMO__GATE_BIAS, THERMO__UP_BIAS, THERMO__DOWN_BIAS,
    THERMO__ATTN_IN_NORM,  /* RMSNorm of the residual stream into attention (input_layernorm) */
    THERMO__ATTN_OUT_NORM, /* RMSNorm of attention's output, before the residual add */
    THERMO__MLP_IN_NORM,   /* RMSNorm of the residual stream into the MLP */
    THERMO__MLP_OUT_NORM,  /* RMSNorm of the MLP's output, before the residual add */
    THERMO__Q_NORM, THERMO__K_NORM, /* RMSNorm of q, k: per head (head_dim wide) or whole width */
    THERMO__QKV_BIAS, THERMO__ATTN_IN_NORM_BIAS, THERMO__MLP_IN_NORM_BIAS, /* gpt2 */
    THERMO__SLOTS
};

/* A tensor's extent along one axis, from config.json. */
enum thermo__dim {
    THERMO__NONE,   /* (a 1-D tensor's second axis) */
    THERMO__HIDDEN, /* hidden_size */
    THERMO__INTER,  /* intermediate_size */
    THERMO__QDIM,   /* num_attention_heads * head_dim */
    THERMO__KVDIM,  /* num_key_value_heads * head_dim */
    THERMO__HEAD,   /* head_dim */
    THERMO__QKVDIM, /* QDIM + 2 KVDIM */
    THERMO__INTER2  /* 2 intermediate_size */
};

/* When a listed tensor is present. */
enum thermo__when { THERMO__ALWAYS, THERMO__IF_QKV_BIAS, THERMO__IF_O_BIAS, THERMO__IF_MLP_BIAS };

typedef struct thermo__weight {
    const char *name;    /* after the layer's prefix "model.layers.N." */
    unsigned char slot;  /* enum thermo__slot */
    unsigned char kind;  /* thermo_kind: 2-D weights are rows of the analysis; THERMO_KIND_OTHER */
    unsigned char rows, cols, when; /* enum thermo__dim (cols THERMO__NONE: 1-D), enum thermo__when */
} thermo__weight;

/* The parts layers are made of; each list ends with a NULL name. */
static const thermo__weight thermo__attention_weights[] = {
    {"self_attn.q_proj.weight", THERMO__Q, THERMO_KIND_Q, THERMO__QDIM, THERMO__HIDDEN, THERMO__ALWAYS},
    {"self_attn.k_proj.weight", THERMO__K, THERMO_KIND_K, THERMO__KVDIM, THERMO__HIDDEN, THERMO__ALWAYS},
    {"self_attn.v_proj.weight", THERMO__V, THERMO_KIND_V, THERMO__KVDIM, THERMO__HIDDEN, THERMO__ALWAYS},
    {"self_attn.o_proj.weight", THERMO__O, THERMO_KIND_O, THERMO__HIDDEN, THERMO__QDIM, THERMO__ALWAYS},
    {"self_attn.q_proj.bias", THERMO__Q_BIAS, THERMO_KIND_OTHER, THERMO__QDIM, THERMO__NONE, THERMO__IF_QKV_BIAS},
    {"self_attn.k_proj.bias", THERMO__K_BIAS, THERMO_KIND_OTHER, THERMO__KVDIM, THERMO__NONE, THERMO__IF_QKV_BIAS},
    {"self_attn.v_proj.bias", THERMO__V_BIAS, THERMO_KIND_OTHER, THERMO__KVDIM, THERMO__NONE, THERMO__IF_QKV_BIAS},
    {"self_attn.o_proj.bias", THERMO__O_BIAS, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__IF_O_BIAS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__swiglu_weights[] = { /* down(act(gate(x)) * up(x)) */
    {"mlp.gate_proj.weight", THERMO__GATE, THERMO_KIND_GATE, THERMO__INTER, THERMO__HIDDEN, THERMO__ALWAYS},
    {"mlp.up_proj.weight", THERMO__UP, THERMO_KIND_UP, THERMO__INTER, THERMO__HIDDEN, THERMO__ALWAYS},
    {"mlp.down_proj.weight", THERMO__DOWN, THERMO_KIND_DOWN, THERMO__HIDDEN, THERMO__INTER, THERMO__ALWAYS},
    {"mlp.gate_proj.bias", THERMO__GATE_BIAS, THERMO_KIND_OTHER, THERMO__INTER, THERMO__NONE, THERMO__IF_MLP_BIAS},
    {"mlp.up_proj.bias", THERMO__UP_BIAS, THERMO_KIND_OTHER, THERMO__INTER, THERMO__NONE, THERMO__IF_MLP_BIAS},
    {"mlp.down_proj.bias", THERMO__DOWN_BIAS, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__IF_MLP_BIAS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__fused_attention_weights[] = { /* Phi-3: qkv_proj rows are [q | k | v] */
    {"self_attn.qkv_proj.weight", THERMO__QKV, THERMO_KIND_QKV, THERMO__QKVDIM, THERMO__HIDDEN, THERMO__ALWAYS},
    {"self_attn.o_proj.weight", THERMO__O, THERMO_KIND_O, THERMO__HIDDEN, THERMO__QDIM, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__fused_swiglu_weights[] = { /* Phi-3: down(up * act(gate)), [gate | up] rows */
    {"mlp.gate_up_proj.weight", THERMO__GATE_UP, THERMO_KIND_GATE_UP, THERMO__INTER2, THERMO__HIDDEN, THERMO__ALWAYS},
    {"mlp.down_proj.weight", THERMO__DOWN, THERMO_KIND_DOWN, THERMO__HIDDEN, THERMO__INTER, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__gpt2_weights[] = { /* Conv1D weights, stored (in, out); LayerNorms with biases */
    {"ln_1.weight", THERMO__ATTN_IN_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"ln_1.bias", THERMO__ATTN_IN_NORM_BIAS, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"attn.c_attn.weight", THERMO__QKV, THERMO_KIND_QKV, THERMO__HIDDEN, THERMO__QKVDIM, THERMO__ALWAYS},
    {"attn.c_attn.bias", THERMO__QKV_BIAS, THERMO_KIND_OTHER, THERMO__QKVDIM, THERMO__NONE, THERMO__ALWAYS},
    {"attn.c_proj.weight", THERMO__O, THERMO_KIND_O, THERMO__QDIM, THERMO__HIDDEN, THERMO__ALWAYS},
    {"attn.c_proj.bias", THERMO__O_BIAS, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"ln_2.weight", THERMO__MLP_IN_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"ln_2.bias", THERMO__MLP_IN_NORM_BIAS, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"mlp.c_fc.weight", THERMO__UP, THERMO_KIND_UP, THERMO__HIDDEN, THERMO__INTER, THERMO__ALWAYS},
    {"mlp.c_fc.bias", THERMO__UP_BIAS, THERMO_KIND_OTHER, THERMO__INTER, THERMO__NONE, THERMO__ALWAYS},
    {"mlp.c_proj.weight", THERMO__DOWN, THERMO_KIND_DOWN, THERMO__INTER, THERMO__HIDDEN, THERMO__ALWAYS},
    {"mlp.c_proj.bias", THERMO__DOWN_BIAS, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__pre_norms[] = { /* Llama: a norm before attention and before the MLP */
    {"input_layernorm.weight", THERMO__ATTN_IN_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"post_attention_layernorm.weight", THERMO__MLP_IN_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__head_qk_norms[] = { /* Qwen3: each head of q and k */
    {"self_attn.q_norm.weight", THERMO__Q_NORM, THERMO_KIND_OTHER, THERMO__HEAD, THERMO__NONE, THERMO__ALWAYS},
    {"self_attn.k_norm.weight", THERMO__K_NORM, THERMO_KIND_OTHER, THERMO__HEAD, THERMO__NONE, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};

static const thermo__weight thermo__width_qk_norms[] = { /* OLMo 2: all of q and of k, before the heads split */
    {"self_attn.q_norm.weight", THERMO__Q_NORM, THERMO_KIND_OTHER, THERMO__QDIM, THERMO__NONE, THERMO__ALWAYS},
    {"self_attn.k_norm.weight", THERMO__K_NORM, THERMO_KIND_OTHER, THERMO__KVDIM, THERMO__NONE, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};
static const thermo__weight thermo__post_norms[] = { /* OLMo 2: a norm on the attention and MLP outputs */
    {"post_attention_layernorm.weight", THERMO__ATTN_OUT_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"post_feedforward_layernorm.weight", THERMO__MLP_OUT_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};

static const thermo__weight thermo__sandwich_norms[] = { /* Gemma: a norm before and after attention and the MLP */
    {"input_layernorm.weight", THERMO__ATTN_IN_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"post_attention_layernorm.weight", THERMO__ATTN_OUT_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"pre_feedforward_layernorm.weight", THERMO__MLP_IN_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {"post_feedforward_layernorm.weight", THERMO__MLP_OUT_NORM, THERMO_KIND_OTHER, THERMO__HIDDEN, THERMO__NONE, THERMO__ALWAYS},
    {NULL, 0, 0, 0, 0, 0}};

/* Where a family's bias comes from. */
enum thermo__bias { THERMO__NEVER, THERMO__YES, THERMO__KEY /* config.json's attention_bias / mlp_bias */ };
/* How a family's sliding window is switched on. */
enum thermo__window {
    THERMO__NO_WINDOW,
    THERMO__WINDOW_DEFAULT, /* MistralConfig: sliding_window, 4096 when absent, null for none */
    THERMO__WINDOW_IF_USED, /* Qwen2Config, Qwen3Config: sliding_window only with use_sliding_window */
    THERMO__WINDOW_LAYERS,  /* Gemma: on the layers layer_types calls "sliding_attention"; without it
                               every layer but each sliding_period-th (defaults.window: absent) */
    THERMO__WINDOW_IF_SET   /* Phi3Config: sliding_window, none when absent or null */
};

/* How a family's layers differ from each other. */
enum thermo__layers {
    THERMO__ALIKE,
    THERMO__NOPE_LAYERS /* SmolLM3: RoPE where no_rope_layers has 1; absent, not on every
                           no_rope_layer_interval-th layer (default 4) */
};

/* What sets a family's decoder apart from Llama's (all zero: Llama's). */
typedef struct thermo__variant {
    float norm_offset;            /* RMSNorms multiply by (norm_offset + w): 1 in Gemma */
    unsigned char embed_scaled;   /* embeddings times sqrt(hidden_size) (Gemma) */
    unsigned char layers;         /* enum thermo__layers */
    unsigned char sliding_period; /* THERMO__WINDOW_LAYERS: the default period of the global layers */
    unsigned char period_keys;    /* the period may be given as sliding_window_pattern (Gemma 3) */
    unsigned char softcaps;       /* 1: final_logit_softcapping on the logits (Gemma); 2: and
                                     attn_logit_softcapping on attention scores (Gemma 2) */
    unsigned char local_rope;     /* sliding layers use rope_local_base_freq, unscaled (Gemma 3) */
    const char *act_key;          /* the activation's key: hidden_act (NULL), Gemma's hidden_activation */
    unsigned char phi3_rope;      /* partial_rotary_factor and longrope scaling are read (Phi3Config) */
} thermo__variant;
#define THERMO__LLAMA_VARIANT {0.0f, 0, THERMO__ALIKE, 0, 0, 0, 0, NULL, 0}

/* The config class's values for keys config.json leaves out. */
typedef struct thermo__defaults {
    unsigned char tie_word_embeddings;
    double rms_norm_eps, rope_theta;
    int pad_token_id;                /* -1: none */
    int head_dim;                    /* 0: hidden_size / num_attention_heads */
    double query_pre_attn_scalar;    /* 0: head_dim */
    thermo_activation act;
    double final_logit_softcapping;  /* 0: none */
    double attn_logit_softcapping;   /* 0: none */
    double rope_local_base_freq;
    int sliding_window;
} thermo__defaults;
#define THERMO__DEFAULTS(tie, eps, theta, pad) {tie, eps, theta, pad, 0, 0.0, THERMO_SILU, 0.0, 0.0, 0.0, 0}

typedef struct thermo__family {
    const char *model_type, *architecture; /* config.json's model_type, and its architectures[0] */
    thermo_arch arch;
    const thermo__weight *parts[4];        /* a layer's tensors, NULL-padded */
    unsigned char qkv_bias, o_bias, mlp_bias; /* enum thermo__bias */
    unsigned char window;                     /* enum thermo__window */
    thermo__variant variant;
    thermo__defaults defaults;
    const struct thermo__outer *outer;     /* the names outside the layers */
} thermo__family;

/* The names outside the layers.  GPT-2 is GPT2LMHeadModel's: learned positions, a final
   LayerNorm with a bias, Conv1D layer weights stored (in, out), LayerNorm, gelu_new, no RoPE;
   its files may leave out the "transformer." prefix (`strip`), which the rows keep. */
typedef struct thermo__outer {
    const char *embed, *positions, *norm, *norm_bias, *lm_head, *layers, *strip;
} thermo__outer;
static const struct thermo__outer thermo__llama_names = {"model.embed_tokens.weight", NULL, "model.norm.weight", NULL,
                                                         "lm_head.weight", "model.layers.", NULL};
static const struct thermo__outer thermo__gpt2_names = {"transformer.wte.weight", "transformer.wpe.weight",
                                                        "transformer.ln_f.weight", "transformer.ln_f.bias",
                                                        "lm_head.weight", "transformer.h.", "transformer."};

static const thermo__family thermo__families[] = {
    {"qwen2", "Qwen2ForCausalLM", THERMO_QWEN2,
     {thermo__attention_weights, thermo__pre_norms, thermo__swiglu_weights, NULL},
     THERMO__YES, THERMO__NEVER, THERMO__NEVER, THERMO__WINDOW_IF_USED, THERMO__LLAMA_VARIANT,
     THERMO__DEFAULTS(0, 1e-6, 10000.0, -1), &thermo__llama_names},
    {"llama", "LlamaForCausalLM", THERMO_LLAMA,
     {thermo__attention_weights, thermo__pre_norms, thermo__swiglu_weights, NULL},
     THERMO__KEY, THERMO__KEY, THERMO__KEY, THERMO__NO_WINDOW, THERMO__LLAMA_VARIANT,
     THERMO__DEFAULTS(0, 1e-6, 10000.0, -1), &thermo__llama_names},
    {"mistral", "MistralForCausalLM", THERMO_LLAMA,
     {thermo__attention_weights, thermo__pre_norms, thermo__swiglu_weights, NULL},
     THERMO__KEY, THERMO__KEY, THERMO__KEY, THERMO__WINDOW_DEFAULT, THERMO__LLAMA_VARIANT,
     THERMO__DEFAULTS(0, 1e-6, 10000.0, -1), &thermo__llama_names},
    {"qwen3", "Qwen3ForCausalLM", THERMO_QWEN3,
     {thermo__attention_weights, thermo__head_qk_norms, thermo__pre_norms, thermo__swiglu_weights},
     THERMO__KEY, THERMO__KEY, THERMO__NEVER, THERMO__WINDOW_IF_USED, THERMO__LLAMA_VARIANT,
     THERMO__DEFAULTS(0, 1e-6, 10000.0, -1), &thermo__llama_names},
    {"smollm3", "SmolLM3ForCausalLM", THERMO_SMOLLM3,
     {thermo__attention_weights, thermo__pre_norms, thermo__swiglu_weights, NULL},
     THERMO__KEY, THERMO__KEY, THERMO__KEY, THERMO__WINDOW_IF_USED,
     {0.0f, 0, THERMO__NOPE_LAYERS, 0, 0, 0, 0, NULL, 0},
     THERMO__DEFAULTS(1, 1e-6, 2000000.0, 128004), &thermo__llama_names},
    {"olmo2", "Olmo2ForCausalLM", THERMO_OLMO2,
     {thermo__attention_weights, thermo__width_qk_norms, thermo__post_norms, thermo__swiglu_weights},
     THERMO__KEY, THERMO__KEY, THERMO__NEVER, THERMO__NO_WINDOW, THERMO__LLAMA_VARIANT,
     THERMO__DEFAULTS(0, 1e-5, 10000.0, 1), &thermo__llama_names},
    {"gemma2", "Gemma2ForCausalLM", THERMO_GEMMA2,
     {thermo__attention_weights, thermo__sandwich_norms, thermo__swiglu_weights, NULL},
     THERMO__KEY, THERMO__KEY, THERMO__NEVER, THERMO__WINDOW_LAYERS,
     {1.0f, 1, THERMO__ALIKE, 2, 0, 2, 0, "hidden_activation", 0},
     {1, 1e-6, 10000.0, 0, 256, 256.0, THERMO_GELU_TANH, 30.0, 50.0, 0.0, 4096}, &thermo__llama_names},
    {"gemma3_text", "Gemma3ForCausalLM", THERMO_GEMMA3,
     {thermo__attention_weights, thermo__head_qk_norms, thermo__sandwich_norms, thermo__swiglu_weights},
     THERMO__KEY, THERMO__KEY, THERMO__NEVER, THERMO__WINDOW_LAYERS,
     {1.0f, 1, THERMO__ALIKE, 6, 1, 1, 1, "hidden_activation", 0},
     {1, 1e-6, 1000000.0, 0, 256, 256.0, THERMO_GELU_TANH, 0.0, 0.0, 10000.0, 4096}, &thermo__llama_names},
    {"phi3", "Phi3ForCausalLM", THERMO_PHI3,
     {thermo__fused_attention_weights, thermo__pre_norms, thermo__fused_swiglu_weights, NULL},
     THERMO__NEVER, THERMO__NEVER, THERMO__NEVER, THERMO__WINDOW_IF_SET,
     {0.0f, 0, THERMO__ALIKE, 0, 0, 0, 0, NULL, 1},
     THERMO__DEFAULTS(0, 1e-5, 10000.0, 32000), &thermo__llama_names},
    {"gpt2", "GPT2LMHeadModel", THERMO_GPT2, {thermo__gpt2_weights, NULL, NULL, NULL},
     THERMO__YES, THERMO__YES, THERMO__YES, THERMO__NO_WINDOW, THERMO__LLAMA_VARIANT,
     THERMO__DEFAULTS(1, 1e-5, 10000.0, -1), &thermo__gpt2_names}};
#define THERMO__N_FAMILIES ((int)(sizeof thermo__families / sizeof *thermo__families))

static const thermo__family *thermo__family_of(const thermo_config *c) {
    int k;
    for (k = 0; k < THERMO__N_FAMILIES; k++)
        if (strcmp(c->model_type, thermo__families[k].model_type) == 0) return &thermo__families[k];
    return NULL;
}

/* The extent `dim` of config c. */
static int64_t thermo__dim_size(const thermo_config *c, int dim) {
    switch (dim) {
    case THERMO__HIDDEN: return c->hidden_size;
    case THERMO__INTER: return c->intermediate_size;
    case THERMO__QDIM: return (int64_t)c->num_attention_heads * c->head_dim;
    case THERMO__KVDIM: return (int64_t)c->num_key_value_heads * c->head_dim;
    case THERMO__HEAD: return c->head_dim;
    case THERMO__QKVDIM: return ((int64_t)c->num_attention_heads + 2 * (int64_t)c->num_key_value_heads) * c->head_dim;
    case THERMO__INTER2: return 2 * (int64_t)c->intermediate_size;
    default: return -1;
    }
}

static int thermo__weight_present(const thermo_config *c, const thermo__weight *w) {
    return w->when == THERMO__ALWAYS || (w->when == THERMO__IF_QKV_BIAS && c->attention_bias) ||
           (w->when == THERMO__IF_O_BIAS && c->o_bias) || (w->when == THERMO__IF_MLP_BIAS && c->mlp_bias);
}

THERMODEF const char *thermo_arch_name(thermo_arch arch) {
    int k;
    for (k = 0; k < THERMO__N_FAMILIES; k++)
        if (thermo__families[k].arch == arch) return thermo__families[k].model_type;
    return "?";
}

/* Reads an integer key into *out; `required` keys must exist.  Values must lie in [lo, hi]. */
static thermo_status thermo__config_int(const thermo_json *j, const char *key, int required, int64_t lo,
                                        int64_t hi, int *out, const char *name, thermo_error *err) {
    int32_t t = thermo_json_get(j, 0, key);
    int64_t v;
    if (t < 0 || j->tokens[t].type == THERMO_JSON_NULL) {
        if (required) return thermo__fail(err, THERMO_ERR_FORMAT, "%s: missing \"%s\"", name, key);
        return THERMO_OK;
    }
    if (thermo_json_int64(j, t, &v))
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: \"%s\" is not an integer", name, key);
    if (v < lo || v > hi)
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: \"%s\" is %lld, outside [%lld, %lld]", name,
                            key, (long long)v, (long long)lo, (long long)hi);
    *out = (int)v;
    return THERMO_OK;
}

static thermo_status thermo__config_double(const thermo_json *j, int32_t obj, const char *key,
                                           double *out, const char *name, thermo_error *err) {
    int32_t t = thermo_json_get(j, obj, key);
    if (t < 0 || j->tokens[t].type == THERMO_JSON_NULL) return THERMO_OK;
    if (thermo_json_double(j, t, out) || !isfinite(*out))
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: \"%s\" is not a finite number", name, key);
    return THERMO_OK;
}

static thermo_status thermo__config_bool(const thermo_json *j, const char *key, int *out,
                                         const char *name, thermo_error *err) {
    int v = thermo__jbool(j, 0, key, *out);
    if (v < 0) return thermo__fail(err, THERMO_ERR_FORMAT, "%s: \"%s\" is not true or false", name, key);
    *out = v;
    return THERMO_OK;
}

/* A softcap key: a number > 0, or null for none (0); absent keeps *out. */
static thermo_status thermo__config_cap(const thermo_json *j, const char *key, double *out, const char *name,
                                        thermo_error *err) {
    int32_t t = thermo_json_get(j, 0, key);
    if (thermo__jtype(j, t) == THERMO_JSON_NULL) *out = 0;
    else if (t >= 0 && (thermo_json_double(j, t, out) || !(*out > 0) || !isfinite(*out)))
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: \"%s\" is not a number > 0 or null", name, key);
    return THERMO_OK;
}

/* Gemma's layers: sliding_window (null: no window anywhere), and which layers slide: those
   layer_types calls "sliding_attention", else all but every period-th (sliding_window_pattern or
   _sliding_window_pattern where the family reads them); Gemma 3's sliding layers also use the
   local RoPE base. */
static thermo_status thermo__config_layer_windows(thermo_config *cfg, const thermo_json *j,
                                                  const thermo__family *family, const char *name, thermo_error *err) {
    int32_t t = thermo_json_get(j, 0, "sliding_window");
    int l, period = family->variant.sliding_period, window = family->defaults.sliding_window;
    thermo_status st;
    if (thermo__jtype(j, t) == THERMO_JSON_NULL) window = 0;
    else if ((st = thermo__config_int(j, "sliding_window", 0, 1, INT_MAX, &window, name, err))) return st;
    cfg->sliding_window = window;
    cfg->rope_local_base_freq = family->defaults.rope_local_base_freq;
    if ((st = thermo__config_double(j, 0, "rope_local_base_freq", &cfg->rope_local_base_freq, name, err))) return st;
    if (family->variant.local_rope && !(cfg->rope_local_base_freq > 0))
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_local_base_freq must be > 0", name);
    t = thermo_json_get(j, 0, "layer_types");
    if (thermo__jtype(j, t) == THERMO_JSON_ARRAY) {
        int32_t e = t + 1;
        if (j->tokens[t].size < cfg->num_hidden_layers)
            return thermo__fail(err, THERMO_ERR_FORMAT, "%s: layer_types has %d entries for %d layers", name,
                                (int)j->tokens[t].size, cfg->num_hidden_layers);
        for (l = 0; l < cfg->num_hidden_layers; l++, e = j->tokens[e].next) {
            if (thermo_json_equals(j, e, "sliding_attention")) cfg->layer_flags[l] |= THERMO_LAYER_SLIDING;
            else if (!thermo_json_equals(j, e, "full_attention"))
                return thermo__fail(err, THERMO_ERR_UNSUPPORTED,
                                    "%s: layer_types[%d] is not \"sliding_attention\" or \"full_attention\"", name, l);
        }
    } else if (t >= 0 && thermo__jtype(j, t) != THERMO_JSON_NULL) {
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: layer_types is not a list", name);
    } else {
        if (family->variant.period_keys &&
            ((st = thermo__config_int(j, "_sliding_window_pattern", 0, 1, INT_MAX, &period, name, err)) ||
             (st = thermo__config_int(j, "sliding_window_pattern", 0, 1, INT_MAX, &period, name, err))))
            return st;
        for (l = 0; l < cfg->num_hidden_layers; l++)
            if ((l + 1) % period) cfg->layer_flags[l] |= THERMO_LAYER_SLIDING;
    }
    for (l = 0; l < cfg->num_hidden_layers; l++)
        if (cfg->layer_flags[l] & THERMO_LAYER_SLIDING) {
            if (family->variant.local_rope) cfg->layer_flags[l] |= THERMO_LAYER_LOCAL_ROPE;
            if (!window) cfg->layer_flags[l] &= (unsigned char)~THERMO_LAYER_SLIDING;
        }
    return THERMO_OK;
}

/* One list of longrope factors, rotary_dim / 2 positive numbers, into out. */
static thermo_status thermo__config_factors(const thermo_json *j, int32_t obj, const char *key, int n, double *out,
                                            const char *name, thermo_error *err) {
    int32_t t = thermo_json_get(j, obj, key), e;
    int i;
    if (thermo__jtype(j, t) != THERMO_JSON_ARRAY || j->tokens[t].size != n)
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_scaling.%s must be a list of %d numbers (rotary dims / 2)",
                            name, key, n);
    for (i = 0, e = t + 1; i < n; i++, e = j->tokens[e].next)
        if (thermo_json_double(j, e, &out[i]) || !(out[i] > 0) || !isfinite(out[i]))
            return thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_scaling.%s[%d] is not a positive number", name, key, i);
    return THERMO_OK;
}

/* longrope (_compute_longrope_parameters, as Phi3Config sets it up): short and long factors, the
   pretraining length original_max_position_embeddings (a top-level key, 4096 by default) and the
   attention factor: rope_scaling's attention_factor, else with s = max_position_embeddings / that
   length, sqrt(1 + ln s / ln original) when s > 1, else 1.  rotary_dim is known. */
static thermo_status thermo__config_longrope(thermo_config *cfg, const thermo_json *j, int32_t scaling,
                                             const char *name, thermo_error *err) {
    thermo_status st;
    int n = cfg->rotary_dim / 2, max_position = 4096;
    int32_t given;
    double factor;
    cfg->rope_longrope = 1;
    cfg->rope_original_max_position = 4096;
    cfg->rope_attention_factor = 0;
    if (n > THERMO_MAX_ROPE_FACTORS)
        return thermo__fail(err, THERMO_ERR_UNSUPPORTED, "%s: longrope with %d rotary dims (thermo takes at most %d)",
                            name, cfg->rotary_dim, 2 * THERMO_MAX_ROPE_FACTORS);
    if ((st = thermo__config_factors(j, scaling, "short_factor", n, cfg->rope_short_factor, name, err)) ||
        (st = thermo__config_factors(j, scaling, "long_factor", n, cfg->rope_long_factor, name, err)) ||
        (st = thermo__config_double(j, scaling, "attention_factor", &cfg->rope_attention_factor, name, err)) ||
        (st = thermo__config_int(j, "max_position_embeddings", 0, 1, INT_MAX, &max_position, name, err)) ||
        (st = thermo__config_int(j, "original_max_position_embeddings", 0, 1, INT_MAX, &cfg->rope_original_max_position,
                                 name, err)))
        return st;
    factor = (double)max_position / cfg->rope_original_max_position;
    given = thermo_json_get(j, scaling, "attention_factor");
    if (given < 0 || j->tokens[given].type == THERMO_JSON_NULL)
        cfg->rope_attention_factor = factor <= 1.0 || cfg->rope_original_max_position < 2 ? 1.0
                                     : sqrt(1 + log(factor) / log((double)cfg->rope_original_max_position));
    if (!(cfg->rope_attention_factor > 0))
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_scaling.attention_factor must be positive", name);
    return THERMO_OK;
}

/* GPT2Config: n_embd, n_layer, n_head, n_positions (or the names its attribute_map gives them:
   hidden_size, num_hidden_layers, num_attention_heads, max_position_embeddings), n_inner (null:
   4 n_embd), layer_norm_epsilon; always tied, biases everywhere, no padding_idx, no RoPE; the
   variants transformers' GPT2Attention has beyond the defaults are refused. */
static thermo_status thermo__config_gpt2(thermo_config *cfg, const thermo_json *j, const char *name,
                                         thermo_error *err) {
    static const struct { const char *key, *alias; int lo, hi; size_t at; } keys[] = {
        {"n_embd", "hidden_size", 1, 1 << 24, offsetof(thermo_config, hidden_size)},
        {"n_layer", "num_hidden_layers", 1, 4096, offsetof(thermo_config, num_hidden_layers)},
        {"n_head", "num_attention_heads", 1, 65536, offsetof(thermo_config, num_attention_heads)},
        {"n_positions", "max_position_embeddings", 1, 1 << 24, offsetof(thermo_config, n_positions)},
        {"vocab_size", NULL, 1, 1 << 28, offsetof(thermo_config, vocab_size)}};
    static const struct { const char *key, *want; } fixed[] = { /* JSON text transformers' defaults have */
        {"activation_function", "\"gelu_new\""}, {"scale_attn_weights", "true"},
        {"scale_attn_by_inverse_layer_idx", "false"}, {"add_cross_attention", "false"}, {"tie_word_embeddings", "true"}};
    thermo_status st;
    size_t k;
    for (k = 0; k < sizeof keys / sizeof *keys; k++) {
        int *out = (int *)((char *)cfg + keys[k].at);
        *out = -1;
        if ((st = thermo__config_int(j, keys[k].key, 0, keys[k].lo, keys[k].hi, out, name, err)) ||
            (*out < 0 && keys[k].alias && (st = thermo__config_int(j, keys[k].alias, 0, keys[k].lo, keys[k].hi, out, name, err))))
            return st;
        if (*out < 0) return thermo__fail(err, THERMO_ERR_FORMAT, "%s: missing \"%s\"", name, keys[k].key);
    }
    for (k = 0; k < sizeof fixed / sizeof *fixed; k++) {
        int32_t t = thermo_json_get(j, 0, fixed[k].key);
        size_t n = strlen(fixed[k].want);
        if (t >= 0 && j->tokens[t].type != THERMO_JSON_NULL) {
            const thermo_json_token *v = &j->tokens[t];
            size_t start = v->start - (v->type == THERMO_JSON_STRING), end = v->end + (v->type == THERMO_JSON_STRING);
            if (end - start != n || memcmp(j->text + start, fixed[k].want, n) != 0) {
                char shown[THERMO__SHOWN_MAX];
                return thermo__fail(err, THERMO_ERR_UNSUPPORTED, "%s: gpt2 with %s %s is not supported (only %s is)", name,
                                    fixed[k].key, thermo__shown(shown, j->text + start, end - start), fixed[k].want);
            }
        }
    }
    cfg->intermediate_size = 4 * cfg->hidden_size;
    cfg->rms_norm_eps = 1e-5;
    if ((st = thermo__config_int(j, "n_inner", 0, 1, 1 << 24, &cfg->intermediate_size, name, err)) ||
        (st = thermo__config_double(j, 0, "layer_norm_epsilon", &cfg->rms_norm_eps, name, err)))
        return st;
    if (cfg->hidden_size % cfg->num_attention_heads)
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: n_head (%d) does not divide n_embd (%d)", name,
                            cfg->num_attention_heads, cfg->hidden_size);
    if (!(cfg->rms_norm_eps >= 0))
        return thermo__fail(err, THERMO_ERR_FORMAT, "%s: layer_norm_epsilon must be >= 0", name);
    cfg->num_key_value_heads = cfg->num_attention_heads;
    cfg->head_dim = cfg->hidden_size / cfg->num_attention_heads;
    cfg->tie_word_embeddings = 1;
    cfg->attention_bias = cfg->o_bias = cfg->mlp_bias = 1;
    cfg->pad_token_id = -1; /* GPT2Model's wte is nn.Embedding without padding_idx, whatever pad_token_id says */
    cfg->hidden_act = THERMO_GELU_TANH; /* gelu_new: the same tanh approximation */
    cfg->query_pre_attn_scalar = cfg->head_dim;
    return THERMO_OK;
}

THERMODEF thermo_status thermo_config_parse(thermo_config *cfg, const char *text, size_t length,
                                            const char *name, thermo_error *err) {
    thermo_json j;
    thermo_status st;
    int32_t t;
    const int BIG = 1 << 24; /* no dimension of a real model comes near this */
    const thermo__family *family = NULL;
    memset(cfg, 0, sizeof *cfg);
    if ((st = thermo_json_parse(&j, text, length, name, err)) != THERMO_OK) return st;
    if (j.tokens[0].type != THERMO_JSON_OBJECT) {
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: not a JSON object", name);
        goto done;
    }
    /* the family: model_type when present, else the first of "architectures" */
    {
        int32_t a = thermo_json_get(&j, 0, "architectures"), given;
        int k;
        t = thermo_json_get(&j, 0, "model_type");
        given = t >= 0 && j.tokens[t].type != THERMO_JSON_NULL;
        if (!given && thermo__jtype(&j, a) == THERMO_JSON_ARRAY && j.tokens[a].size > 0) t = a + 1;
        for (k = 0; k < THERMO__N_FAMILIES && !family; k++)
            if (thermo_json_equals(&j, t, given ? thermo__families[k].model_type : thermo__families[k].architecture))
                family = &thermo__families[k];
        if (!family) {
            char shown[THERMO__SHOWN_MAX] = "(missing)", list[256] = "";
            size_t at = 0;
            if (t >= 0) thermo__shown(shown, j.text + j.tokens[t].start, j.tokens[t].end - j.tokens[t].start);
            for (k = 0; k < THERMO__N_FAMILIES; k++)
                at += (size_t)snprintf(list + at, sizeof list - at, "%s%s", k ? ", " : "", thermo__families[k].model_type);
            st = thermo__fail(err, THERMO_ERR_UNSUPPORTED, "%s: %s %s is not supported (supported: %s)", name,
                              given || t < 0 ? "model_type" : "architecture", shown, list);
            goto done;
        }
        cfg->arch = family->arch;
        strcpy(cfg->model_type, family->model_type);
    }
    if (family->arch == THERMO_GPT2) {
        st = thermo__config_gpt2(cfg, &j, name, err);
        goto done;
    }
    if (thermo__jbool(&j, 0, "use_bidirectional_attention", 0) == 1) { /* (EmbeddingGemma) */
        st = thermo__fail(err, THERMO_ERR_UNSUPPORTED, "%s: use_bidirectional_attention is not supported "
                          "(thermo runs causal language models)", name);
        goto done;
    }
    {   /* the MLP's activation, under the family's key */
        const char *key = family->variant.act_key ? family->variant.act_key : "hidden_act";
        cfg->hidden_act = family->defaults.act;
        t = thermo_json_get(&j, 0, key);
        if (thermo_json_equals(&j, t, "silu")) cfg->hidden_act = THERMO_SILU;
        else if (thermo_json_equals(&j, t, "gelu_pytorch_tanh")) cfg->hidden_act = THERMO_GELU_TANH;
        else if (t >= 0 && j.tokens[t].type != THERMO_JSON_NULL) {
            char shown[THERMO__SHOWN_MAX];
            st = thermo__fail(err, THERMO_ERR_UNSUPPORTED,
                              "%s: %s %s is not supported (\"silu\" and \"gelu_pytorch_tanh\" are)", name, key,
                              thermo__shown(shown, j.text + j.tokens[t].start, j.tokens[t].end - j.tokens[t].start));
            goto done;
        }
    }
    cfg->num_key_value_heads = -1;
    cfg->head_dim = -1;
    cfg->rms_norm_eps = family->defaults.rms_norm_eps;
    cfg->rope_theta = family->defaults.rope_theta;
    cfg->tie_word_embeddings = family->defaults.tie_word_embeddings;
    if ((st = thermo__config_int(&j, "hidden_size", 1, 1, BIG, &cfg->hidden_size, name, err)) ||
        (st = thermo__config_int(&j, "intermediate_size", 1, 1, BIG, &cfg->intermediate_size, name, err)) ||
        (st = thermo__config_int(&j, "num_hidden_layers", 1, 1, THERMO_MAX_LAYERS, &cfg->num_hidden_layers, name, err)) ||
        (st = thermo__config_int(&j, "num_attention_heads", 1, 1, 65536, &cfg->num_attention_heads, name, err)) ||
        (st = thermo__config_int(&j, "num_key_value_heads", 0, 1, 65536, &cfg->num_key_value_heads, name, err)) ||
        (st = thermo__config_int(&j, "head_dim", 0, 1, 65536, &cfg->head_dim, name, err)) ||
        (st = thermo__config_int(&j, "vocab_size", 1, 1, 1 << 28, &cfg->vocab_size, name, err)) ||
        (st = thermo__config_double(&j, 0, "rms_norm_eps", &cfg->rms_norm_eps, name, err)) ||
        (st = thermo__config_double(&j, 0, "rope_theta", &cfg->rope_theta, name, err)) ||
        (st = thermo__config_bool(&j, "tie_word_embeddings", &cfg->tie_word_embeddings, name, err)) ||
        (st = thermo__config_bool(&j, "attention_bias", &cfg->attention_bias, name, err)) ||
        (st = thermo__config_bool(&j, "mlp_bias", &cfg->mlp_bias, name, err)))
        goto done;
    {   /* nn.Embedding takes padding_idx in [-vocab, vocab), a negative one counting from the end */
        int pad = INT_MIN;
        if ((st = thermo__config_int(&j, "pad_token_id", 0, -(int64_t)cfg->vocab_size, cfg->vocab_size - 1,
                                     &pad, name, err)))
            goto done;
        if (pad != INT_MIN) cfg->pad_token_id = pad < 0 ? pad + cfg->vocab_size : pad;
        else if (thermo_json_get(&j, 0, "pad_token_id") >= 0) cfg->pad_token_id = -1; /* null: none */
        else /* absent: the config class's default (the embedding could not hold one past the vocabulary) */
            cfg->pad_token_id = family->defaults.pad_token_id < cfg->vocab_size ? family->defaults.pad_token_id : -1;
    }
    if (family->variant.layers == THERMO__NOPE_LAYERS) { /* RoPE where no_rope_layers[l] is 1 */
        int interval = 4, l;
        t = thermo_json_get(&j, 0, "no_rope_layers");
        if (thermo__jtype(&j, t) == THERMO_JSON_ARRAY) {
            int32_t e = t + 1;
            if (j.tokens[t].size < cfg->num_hidden_layers) {
                st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: no_rope_layers has %d entries for %d layers", name,
                                  (int)j.tokens[t].size, cfg->num_hidden_layers);
                goto done;
            }
            for (l = 0; l < cfg->num_hidden_layers; l++, e = j.tokens[e].next) {
                int64_t v;
                if (thermo_json_int64(&j, e, &v) || (v != 0 && v != 1)) {
                    st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: no_rope_layers[%d] is not 0 or 1", name, l);
                    goto done;
                }
                if (!v) cfg->layer_flags[l] |= THERMO_LAYER_NO_ROPE;
            }
        } else if (thermo__jtype(&j, t) != 0 && thermo__jtype(&j, t) != THERMO_JSON_NULL) {
            st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: no_rope_layers is not a list", name);
            goto done;
        } else {
            if ((st = thermo__config_int(&j, "no_rope_layer_interval", 0, 1, INT_MAX, &interval, name, err))) goto done;
            for (l = 0; l < cfg->num_hidden_layers; l++)
                if ((l + 1) % interval == 0) cfg->layer_flags[l] |= THERMO_LAYER_NO_ROPE;
        }
    }
    if (family->window == THERMO__WINDOW_LAYERS && (st = thermo__config_layer_windows(cfg, &j, family, name, err)))
        goto done;
    else if (family->window != THERMO__WINDOW_LAYERS) {
        /* sliding-window attention: MistralConfig defaults to a 4096 window (null: none);
           Qwen2Config and Qwen3Config use theirs only with use_sliding_window */
        int use = family->window == THERMO__WINDOW_DEFAULT || family->window == THERMO__WINDOW_IF_SET;
        int window = family->window == THERMO__WINDOW_DEFAULT ? 4096 : 0;
        if (family->window == THERMO__WINDOW_IF_USED &&
            (st = thermo__config_bool(&j, "use_sliding_window", &use, name, err)))
            goto done;
        if (use) {
            t = thermo_json_get(&j, 0, "sliding_window");
            if (thermo__jtype(&j, t) == THERMO_JSON_NULL) window = 0;
            else if ((st = thermo__config_int(&j, "sliding_window", 0, 1, INT_MAX, &window, name, err)))
                goto done;
            cfg->sliding_window = window;
            if (window) { /* the layer_types Qwen2Config / Qwen3Config derive; Mistral slides everywhere */
                int first = 0, l;
                if (family->window == THERMO__WINDOW_IF_USED &&
                    ((first = 28), (st = thermo__config_int(&j, "max_window_layers", 0, 0, INT_MAX, &first, name, err))))
                    goto done;
                for (l = first; l < cfg->num_hidden_layers; l++) cfg->layer_flags[l] |= THERMO_LAYER_SLIDING;
            }
        }
    }
    if (cfg->head_dim < 0 && family->defaults.head_dim) cfg->head_dim = family->defaults.head_dim;
    if (cfg->head_dim < 0) {
        if (cfg->hidden_size % cfg->num_attention_heads) {
            st = thermo__fail(err, THERMO_ERR_FORMAT,
                              "%s: num_attention_heads (%d) does not divide hidden_size (%d)", name,
                              cfg->num_attention_heads, cfg->hidden_size);
            goto done;
        }
        cfg->head_dim = cfg->hidden_size / cfg->num_attention_heads;
    }
    if (cfg->head_dim % 2) {
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: head_dim %d is odd (RoPE needs pairs)", name, cfg->head_dim);
        goto done;
    }
    cfg->rotary_dim = cfg->head_dim;
    if (family->variant.phi3_rope) { /* RoPE on the first int(head_dim * partial_rotary_factor) dims */
        double factor = 1.0;
        if ((st = thermo__config_double(&j, 0, "partial_rotary_factor", &factor, name, err))) goto done;
        cfg->rotary_dim = factor > 0 && factor <= 1 ? (int)(cfg->head_dim * factor) : -1;
        if (cfg->rotary_dim < 2 || cfg->rotary_dim % 2) {
            st = thermo__fail(err, THERMO_ERR_FORMAT,
                              "%s: partial_rotary_factor %g of head_dim %d does not give an even number of rotated dims",
                              name, factor, cfg->head_dim);
            goto done;
        }
    }
    if (cfg->num_key_value_heads < 0) cfg->num_key_value_heads = cfg->num_attention_heads;
    if (cfg->num_attention_heads % cfg->num_key_value_heads) {
        st = thermo__fail(err, THERMO_ERR_FORMAT,
                          "%s: num_key_value_heads (%d) does not divide num_attention_heads (%d)", name,
                          cfg->num_key_value_heads, cfg->num_attention_heads);
        goto done;
    }
    if ((int64_t)cfg->num_attention_heads * cfg->head_dim > BIG) {
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: num_attention_heads * head_dim is absurd", name);
        goto done;
    }
    if (!(cfg->rms_norm_eps >= 0) || !(cfg->rope_theta > 0)) {
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: rms_norm_eps must be >= 0 and rope_theta > 0", name);
        goto done;
    }
    /* the biases the family has: always, never, or as attention_bias / mlp_bias say */
    cfg->o_bias = family->o_bias == THERMO__KEY && cfg->attention_bias;
    cfg->attention_bias = family->qkv_bias == THERMO__YES || (family->qkv_bias == THERMO__KEY && cfg->attention_bias);
    cfg->mlp_bias = family->mlp_bias == THERMO__KEY && cfg->mlp_bias;
    /* attention scores scale by query_pre_attn_scalar^-1/2: head_dim's, or Gemma's own key */
    cfg->query_pre_attn_scalar = family->defaults.query_pre_attn_scalar > 0 ? family->defaults.query_pre_attn_scalar
                                                                           : cfg->head_dim;
    if (family->defaults.query_pre_attn_scalar > 0 &&
        (st = thermo__config_double(&j, 0, "query_pre_attn_scalar", &cfg->query_pre_attn_scalar, name, err)))
        goto done;
    cfg->final_logit_softcapping = family->defaults.final_logit_softcapping;
    cfg->attn_logit_softcapping = family->defaults.attn_logit_softcapping;
    if ((family->variant.softcaps >= 1 &&
         (st = thermo__config_cap(&j, "final_logit_softcapping", &cfg->final_logit_softcapping, name, err))) ||
        (family->variant.softcaps >= 2 &&
         (st = thermo__config_cap(&j, "attn_logit_softcapping", &cfg->attn_logit_softcapping, name, err))))
        goto done;
    if (!(cfg->query_pre_attn_scalar > 0)) {
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: query_pre_attn_scalar must be > 0", name);
        goto done;
    }
    t = thermo_json_get(&j, 0, "rope_scaling");
    if (t >= 0 && j.tokens[t].type == THERMO_JSON_OBJECT) {
        int32_t rt = thermo_json_get(&j, t, "rope_type");
        if (rt < 0) rt = thermo_json_get(&j, t, "type");
        if (thermo_json_equals(&j, rt, "llama3")) {
            int32_t om = thermo_json_get(&j, t, "original_max_position_embeddings");
            int64_t omv;
            cfg->rope_llama3 = 1;
            cfg->rope_factor = 8.0;
            cfg->rope_low_freq_factor = 1.0;
            cfg->rope_high_freq_factor = 4.0;
            cfg->rope_original_max_position = 8192;
            if ((st = thermo__config_double(&j, t, "factor", &cfg->rope_factor, name, err)) ||
                (st = thermo__config_double(&j, t, "low_freq_factor", &cfg->rope_low_freq_factor, name, err)) ||
                (st = thermo__config_double(&j, t, "high_freq_factor", &cfg->rope_high_freq_factor, name, err)))
                goto done;
            if (om >= 0) {
                if (thermo_json_int64(&j, om, &omv) || omv < 1 || omv > INT_MAX) {
                    st = thermo__fail(err, THERMO_ERR_FORMAT,
                                      "%s: rope_scaling.original_max_position_embeddings is not a positive integer", name);
                    goto done;
                }
                cfg->rope_original_max_position = (int)omv;
            }
            if (!(cfg->rope_high_freq_factor != cfg->rope_low_freq_factor) || !(cfg->rope_factor > 0)) {
                st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_scaling factors are inconsistent", name);
                goto done;
            }
        } else if (thermo_json_equals(&j, rt, "linear")) { /* inv_freq / factor */
            cfg->rope_linear = 1;
            cfg->rope_factor = 0;
            if ((st = thermo__config_double(&j, t, "factor", &cfg->rope_factor, name, err))) goto done;
            if (!(cfg->rope_factor > 0)) {
                st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_scaling.factor must be > 0", name);
                goto done;
            }
        } else if (family->variant.phi3_rope && (thermo_json_equals(&j, rt, "longrope") || thermo_json_equals(&j, rt, "su") ||
                                                 thermo_json_equals(&j, rt, "yarn"))) {
            if ((st = thermo__config_longrope(cfg, &j, t, name, err))) goto done;
        } else if (!thermo_json_equals(&j, rt, "default")) {
            st = thermo__fail(err, THERMO_ERR_UNSUPPORTED,
                              "%s: rope_scaling type is not supported (\"linear\", \"llama3\"%s are)", name,
                              family->variant.phi3_rope ? " and \"longrope\"" : "");
            goto done;
        }
    } else if (t >= 0 && j.tokens[t].type != THERMO_JSON_NULL) {
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: rope_scaling is not an object", name);
        goto done;
    }
done:
    thermo_json_free(&j);
    return st;
}

/* Finds `name` and checks its shape: [d0, d1], or [d0] when d1 is -1. */
static thermo_status thermo__bind(const thermo_model *m, const thermo_tensor **out, const char *name,
                                  int64_t d0, int64_t d1, thermo_error *err) {
    const thermo_tensor *t = thermo_checkpoint_find(&m->checkpoint, name);
    int ndim = d1 >= 0 ? 2 : 1;
    *out = NULL;
    if (!t) return thermo__fail(err, THERMO_ERR_FORMAT, "%s: missing tensor '%s'", m->checkpoint.source, name);
    if (t->dtype > THERMO_F64)
        return thermo__fail(err, THERMO_ERR_UNSUPPORTED, "%s: tensor '%s': dtype %s is not supported (F32, BF16, F16 and F64 are)",
                            t->file, name, thermo_dtype_name(t->dtype));
    if (t->ndim != ndim || t->shape[0] != d0 || (ndim == 2 && t->shape[1] != d1)) {
        char got[160];
        int i, len = 0;
        got[0] = 0;
        for (i = 0; i < t->ndim && len < 120; i++)
            len += snprintf(got + len, sizeof got - (size_t)len, "%s%lld", i ? ", " : "", (long long)t->shape[i]);
        if (ndim == 2)
            return thermo__fail(err, THERMO_ERR_FORMAT,
                                "%s: tensor '%s' has shape [%s], but config.json implies [%lld, %lld]",
                                t->file, name, got, (long long)d0, (long long)d1);
        return thermo__fail(err, THERMO_ERR_FORMAT,
                            "%s: tensor '%s' has shape [%s], but config.json implies [%lld]", t->file,
                            name, got, (long long)d0);
    }
    *out = t;
    return THERMO_OK;
}

/* Names every tensor but lm_head.weight that lacks `prefix` with it (GPT-2 files saved from GPT2Model
   have no "transformer."; the rows are named as GPT2LMHeadModel's named_parameters), keeping the
   checkpoint sorted by name. */
static thermo_status thermo__add_prefix(thermo_model *m, const char *prefix, thermo_error *err) {
    thermo_checkpoint *ck = &m->checkpoint;
    size_t bytes = 0, at = 0, n = strlen(prefix);
    int i;
    for (i = 0; i < ck->n_tensors; i++) bytes += strlen(ck->tensors[i].name) + n + 1;
    if (!(m->names = (char *)THERMO_MALLOC(bytes ? bytes : 1))) return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
    for (i = 0; i < ck->n_tensors; i++) {
        thermo_tensor *t = &ck->tensors[i];
        int add = strncmp(t->name, prefix, n) != 0 && strncmp(t->name, "lm_head.", 8) != 0;
        sprintf(m->names + at, "%s%s", add ? prefix : "", t->name);
        t->name = m->names + at;
        at += strlen(t->name) + 1;
    }
    if (ck->n_tensors > 1) qsort(ck->tensors, (size_t)ck->n_tensors, sizeof *ck->tensors, thermo__tensor_name_cmp);
    return THERMO_OK;
}

THERMODEF thermo_status thermo_model_open(thermo_model *m, const char *dir, thermo_error *err) {
    thermo_status st;
    char *config_path, *text = NULL;
    size_t len;
    const thermo_config *c = &m->config;
    const thermo__family *family;
    const thermo__outer *names;
    int64_t H, V;
    int l;

    memset(m, 0, sizeof *m);
    if (!(config_path = thermo__join(dir, "config.json")))
        return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
    st = thermo_read_file(config_path, 1u << 24, &text, &len, err);
    if (st == THERMO_OK) st = thermo_config_parse(&m->config, text, len, config_path, err);
    THERMO_FREE(text);
    THERMO_FREE(config_path);
    if (st != THERMO_OK) return st;
    if ((st = thermo_checkpoint_open(&m->checkpoint, dir, err)) != THERMO_OK) return st;
    family = thermo__family_of(c);
    names = family->outer;
    H = c->hidden_size;
    V = c->vocab_size;
    if (names->strip && !thermo_checkpoint_find(&m->checkpoint, names->embed) &&
        (st = thermo__add_prefix(m, names->strip, err)))
        goto fail;
    {
        const thermo_tensor *e = thermo_checkpoint_find(&m->checkpoint, names->embed);
        if (e && e->ndim == 2 && e->shape[1] == H && e->shape[0] != V) {
            st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: vocab_size is %lld in config.json, but %s has %lld rows",
                              e->file, (long long)V, names->embed, (long long)e->shape[0]);
            goto fail;
        }
    }
    if ((st = thermo__bind(m, &m->embed_tokens, names->embed, V, H, err)) ||
        (st = thermo__bind(m, &m->norm, names->norm, H, -1, err)) ||
        (names->norm_bias && (st = thermo__bind(m, &m->norm_bias, names->norm_bias, H, -1, err))) ||
        (names->positions && (st = thermo__bind(m, &m->positions, names->positions, c->n_positions, H, err))))
        goto fail;
    if (c->tie_word_embeddings) m->lm_head = m->embed_tokens;
    else if ((st = thermo__bind(m, &m->lm_head, names->lm_head, V, H, err)))
        goto fail;
    m->layers = (const thermo_tensor **)thermo__calloc((size_t)c->num_hidden_layers * THERMO__SLOTS, sizeof *m->layers);
    if (!m->layers) {
        st = thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
        goto fail;
    }
    for (l = 0; l < c->num_hidden_layers; l++) {
        int part;
        for (part = 0; part < 4 && family->parts[part]; part++) {
            const thermo__weight *w;
            for (w = family->parts[part]; w->name; w++) {
                char name[160];
                if (!thermo__weight_present(c, w)) continue;
                snprintf(name, sizeof name, "%s%d.%s", names->layers, l, w->name);
                if ((st = thermo__bind(m, &m->layers[(size_t)l * THERMO__SLOTS + w->slot], name,
                                       thermo__dim_size(c, w->rows), thermo__dim_size(c, w->cols), err)))
                    goto fail;
            }
        }
    }
    return THERMO_OK;
fail:
    thermo_model_close(m);
    return st;
}

THERMODEF void thermo_model_close(thermo_model *m) {
    THERMO_FREE(m->layers);
    THERMO_FREE(m->names);
    thermo_checkpoint_close(&m->checkpoint);
    memset(m, 0, sizeof *m);
}

static int thermo__tensor_address_cmp(const void *a, const void *b) {
    const thermo_tensor *x = *(const thermo_tensor *const *)a, *y = *(const thermo_tensor *const *)b;
    return (x > y) - (x < y);
}

/* The 2-D weights the analysis covers, in checkpoint order (by name), each once: the embedding,
   the learned positions (gpt2), every 2-D weight of every layer (its family's table says which) and lm_head (the embedding
   itself when tied).  out needs room for THERMO__MATRICES(m); returns the count. */
#define THERMO__MATRICES(m) (3 + (size_t)(m)->config.num_hidden_layers * THERMO__SLOTS)
static int thermo__model_matrices(const thermo_model *m, const thermo_tensor **out) {
    int i, n = 0, kept = 0;
    out[n++] = m->embed_tokens;
    out[n++] = m->lm_head;
    if (m->positions) out[n++] = m->positions;
    for (i = 0; i < m->config.num_hidden_layers * THERMO__SLOTS; i++)
        if (m->layers[i] && m->layers[i]->ndim == 2) out[n++] = m->layers[i];
    qsort(out, (size_t)n, sizeof *out, thermo__tensor_address_cmp); /* the checkpoint's array order */
    for (i = 0; i < n; i++)
        if (!kept || out[i] != out[kept - 1]) out[kept++] = out[i];
    return kept;
}

/* ============================== 5. tokenizer ============================== */
#ifndef THERMO_NO_TOKENIZER
/* The pipeline, as Hugging Face `tokenizers` (Rust) encodes with add_special_tokens=True:
     1. added tokens with normalized=false are split out of the raw text, leftmost then longest
        (Aho-Corasick LeftmostLongest), honouring single_word, lstrip and rstrip;
     2. each remaining piece is normalized (the normalizer's steps in order), and added tokens
        with normalized=true are split out of the normalized pieces the same way;
     3. the pre-tokenizer cuts the rest (a regex, a string, digits, Metaspace's spaces);
     4. BPE merges each cut, lowest merge rank first and leftmost first among equal ranks;
     5. the post-processor adds its template's tokens (a BOS, say).
   Byte-level BPE maps every byte to one printable character (GPT-2's bytes_to_unicode), a
   bijection, so here the merges run on bytes and only the vocabulary keeps the mapped form.
   SentencePiece-style BPE starts from the text's characters (a character outside the vocabulary
   becomes its bytes' <0xNN> tokens, or the unk).
   Where thermo knowingly differs from the Rust library (Unicode versions), see the notes at
   thermo__pretokenize_* and thermo__nfc. */

/* ---- Unicode properties ----
   The generated tables and their lookups are in the appendix at the end of the file. */
/* @@UNICODE-PROPERTIES-BEGIN@@ */
/* Generated by tools/gen_unicode.py (with the tables in the appendix).  Do not edit. */
#define THERMO__UNICODE_VERSION "15.0.0"
#define THERMO__U_L 1
#define THERMO__U_N 2
#define THERMO__U_M 4
#define THERMO__U_WS 8
#define THERMO__U_WORD 16
#define THERMO__U_QC 32
#define THERMO__U_DECOMP 64
#define THERMO__U_KDECOMP 128
#define THERMO__C_LU 1
#define THERMO__C_LL 2
#define THERMO__C_PS 4
/* @@UNICODE-PROPERTIES-END@@ */
/* flags (THERMO__U_*) | canonical combining class << 8, of code point cp */
static unsigned thermo__uprop(uint32_t cp);
/* flags (THERMO__U_*) | class bits (THERMO__C_*) << 8, of code point cp */
static unsigned thermo__uflags_class(uint32_t cp);
/* The primary composite of the pair (a, b), or 0. */
static uint32_t thermo__compose(uint32_t a, uint32_t b);
/* Writes the full canonical (compat: compatibility) decomposition of cp to out (room for 4, compat:
   18, is enough); returns its length. */
static size_t thermo__decompose(uint32_t cp, int compat, uint32_t *out);
/* Writes cp's full lowercase mapping to out (room for 3), as Rust's char::to_lowercase: UnicodeData's
   simple mappings and SpecialCasing's unconditional ones; returns its length. */
static size_t thermo__lowercase(uint32_t cp, uint32_t *out);

/* The code point of the (already validated) UTF-8 sequence at s; *len gets its length. */
static uint32_t thermo__utf8_decode(const unsigned char *s, int *len) {
    uint32_t c = s[0];
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return (c & 0x1F) << 6 | (s[1] & 0x3Fu); }
    if (c < 0xF0) { *len = 3; return (c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu); }
    *len = 4;
    return (c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
}

/* Offset of the first byte of s[0..n) that does not start a valid UTF-8 sequence, or n. */
static size_t thermo__utf8_check(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        int len;
        if (s[i] < 0x80) { i++; continue; }
        if ((len = thermo_utf8_length(s + i, n - i)) == 0) return i;
        i += (size_t)len;
    }
    return n;
}

typedef struct thermo__buf {
    char *data;
    size_t len, cap;
} thermo__buf;

/* Room for n more bytes and a NUL: 0, or -1 when out of memory. */
static int thermo__buf_reserve(thermo__buf *b, size_t n) {
    char *d = (char *)thermo__grow(b->data, &b->cap, b->len + n + 1, 1);
    if (!d) return -1;
    b->data = d;
    return 0;
}

static int thermo__buf_add(thermo__buf *b, const void *p, size_t n) {
    if (thermo__buf_reserve(b, n)) return -1;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
    return 0;
}

/* The steps of the pipeline, each with its options: normalizers, pre-tokenizers, decoders. */
enum {
    THERMO__NFC = 1, THERMO__NFD, THERMO__NFKC, THERMO__NFKD, THERMO__LOWERCASE, /* normalizers */
    THERMO__PREPEND, THERMO__REPLACE, THERMO__STRIP,
    THERMO__SPLIT_QWEN2, THERMO__SPLIT_LLAMA3, THERMO__SPLIT_GPT2, THERMO__SPLIT_O200K, /* pre-tokenizers: */
    THERMO__SPLIT_DIGITS3, THERMO__SPLIT_CJK, THERMO__SPLIT_DEEPSEEK, THERMO__DIGITS,  /* Splits, those that */
    THERMO__SPLIT_STRING, THERMO__PREFIX_SPACE, THERMO__METASPACE,                      /* tile the text first */
    THERMO__BYTE_FALLBACK                                                     /* decoders (and Replace,
                                                                                 Metaspace) */
};
enum { THERMO__PREPEND_ALWAYS, THERMO__PREPEND_FIRST, THERMO__PREPEND_NEVER }; /* Metaspace */
enum { THERMO__REMOVED, THERMO__ISOLATED, THERMO__MERGED_WITH_PREVIOUS, THERMO__MERGED_WITH_NEXT,
       THERMO__CONTIGUOUS };                                                 /* Split's behavior */
typedef struct thermo__step {
    uint8_t kind;
    uint8_t mode;      /* Metaspace: THERMO__PREPEND_*; Split: its behavior; Strip: 1 left | 2 right */
    uint8_t split;     /* Metaspace: split before each replacement character; Split: invert */
    uint32_t a, a_len; /* a string in tok->strings: Prepend's text, Replace's pattern, Metaspace's
                          replacement character, Split's pattern */
    uint32_t b, b_len; /* Replace's content */
} thermo__step;
#define THERMO__MAX_STAGES 8

/* ---- NFC (UAX #15): canonical decomposition, canonical ordering, canonical composition ----
   Unicode 15.0 (the tables in the appendix), and tested against all of NormalizationTest.txt.  Note: the
   Rust library's NFC (unicode-normalization-alignments 0.1.12) carries Unicode 9.0 tables, so
   it leaves alone the few marks assigned since 9.0 that NFC reorders or composes. */
/* 1 when the character at s[i] starts a piece of the text that NFC treats on its own: a
   starter (class 0) with NFC_Quick_Check Yes, which no character before it composes with or is
   reordered across (tools/gen_unicode.py checks that its decomposition starts with no character
   that composes backwards either). */
static int thermo__nfc_boundary(const unsigned char *s, size_t i) {
    int len;
    return s[i] < 0x80 || (thermo__uprop(thermo__utf8_decode(s + i, &len)) & (THERMO__U_QC | 0xFF00u)) == 0;
}

/* Stable sort of cp[0..n) by canonical combining class (all non-zero): insertion sort for
   short runs, a counting sort for long ones so a hostile run of marks stays linear. */
static int thermo__sort_marks(uint32_t *cp, size_t n) {
    size_t i;
    if (n <= 32) {
        for (i = 1; i < n; i++) {
            uint32_t c = cp[i];
            unsigned k = thermo__uprop(c) >> 8;
            size_t j = i;
            while (j > 0 && (thermo__uprop(cp[j - 1]) >> 8) > k) { cp[j] = cp[j - 1]; j--; }
            cp[j] = c;
        }
        return 0;
    } else {
        size_t count[257] = {0};
        uint32_t *tmp = (uint32_t *)thermo__calloc(n, sizeof *tmp);
        unsigned k;
        if (!tmp) return -1;
        for (i = 0; i < n; i++) count[(thermo__uprop(cp[i]) >> 8) + 1]++;
        for (k = 1; k < 257; k++) count[k] += count[k - 1];
        for (i = 0; i < n; i++) tmp[count[thermo__uprop(cp[i]) >> 8]++] = cp[i];
        memcpy(cp, tmp, n * sizeof *cp);
        THERMO_FREE(tmp);
        return 0;
    }
}

/* Normalization form `form` (THERMO__NFC, NFD, NFKC or NFKD) of valid UTF-8 s[0..n), appended
   to out: decompose (canonical, or compatibility for NFKC and NFKD), order the marks, compose
   (NFC, NFKC).  *scratch (capacity *cap) is a reusable code point buffer.  0, or -1 when out of
   memory. */
static int thermo__unicode_form(const unsigned char *s, size_t n, int form, thermo__buf *out, uint32_t **scratch,
                                size_t *cap) {
    uint32_t *cp;
    size_t i, m = 0, w = 0, starter = (size_t)-1;
    unsigned last_ccc = 0;
    int compat = form == THERMO__NFKC || form == THERMO__NFKD;
    if (n > SIZE_MAX / 80 || !(cp = (uint32_t *)thermo__grow(*scratch, cap, (compat ? 18 : 4) * n + 18, 4))) return -1;
    *scratch = cp;
    for (i = 0; i < n;) { /* decompose */
        int len;
        m += thermo__decompose(thermo__utf8_decode(s + i, &len), compat, cp + m);
        i += (size_t)len;
    }
    for (i = 0; i < m;) { /* canonical order: sort each run of non-starters by class */
        size_t j = i;
        while (j < m && (thermo__uprop(cp[j]) >> 8)) j++;
        if (j - i > 1 && thermo__sort_marks(cp + i, j - i)) return -1;
        i = j + 1;
    }
    for (i = 0; i < m && (form == THERMO__NFD || form == THERMO__NFKD); i++) cp[w++] = cp[i];
    for (i = 0; i < m && (form == THERMO__NFC || form == THERMO__NFKC); i++) { /* compose each unblocked
                                                                                  mark with the last starter */
        uint32_t c = cp[i], composite;
        unsigned ccc = thermo__uprop(c) >> 8;
        if (starter != (size_t)-1 && (w - 1 == starter || (last_ccc && last_ccc < ccc)) &&
            (composite = thermo__compose(cp[starter], c)) != 0) {
            cp[starter] = composite;
            continue;
        }
        if (!ccc) starter = w;
        cp[w++] = c;
        last_ccc = ccc;
    }
    for (i = 0; i < w; i++) {
        char u[4];
        if (thermo__buf_add(out, u, (size_t)thermo__utf8_encode(cp[i], u))) return -1;
    }
    return 0;
}

/* NFC of valid UTF-8 s[0..n) into out (replacing its contents).  Text that passes
   NFC_Quick_Check (no "No" or "Maybe" character, marks in canonical order) is copied; only the
   pieces between NFC boundaries around the others are normalized.  0, or -1 when out of memory. */
static int thermo__nfc(const unsigned char *s, size_t n, thermo__buf *out, uint32_t **scratch,
                       size_t *cap) {
    size_t i = 0, boundary = 0, done = 0;
    unsigned last = 0;
    out->len = 0;
    while (i < n) {
        int len = 1;
        unsigned p = s[i] < 0x80 ? 0 : thermo__uprop(thermo__utf8_decode(s + i, &len)), ccc = p >> 8;
        if (!(p & THERMO__U_QC) && !ccc) boundary = i;
        else if ((p & THERMO__U_QC) || last > ccc) { /* normalize from the boundary to the next */
            size_t end = i + (size_t)len;
            while (end < n && !thermo__nfc_boundary(s, end)) end += (size_t)thermo_utf8_length(s + end, n - end);
            if (thermo__buf_add(out, s + done, boundary - done) ||
                thermo__unicode_form(s + boundary, end - boundary, THERMO__NFC, out, scratch, cap))
                return -1;
            done = boundary = i = end;
            last = 0;
            continue;
        }
        last = ccc;
        i += (size_t)len;
    }
    return thermo__buf_add(out, s + done, n - done);
}

/* ---- pre-tokenizer regexes ----
   Hand-written matchers, keyed on the exact pattern strings; any other pattern is an error.
   Each returns the end of the match that the regex (Oniguruma, which the Rust library uses:
   leftmost alternative first, greedy with backtracking) finds at s[i]; for the patterns here
   every position matches one alternative, so the matches tile the text (DeepSeek-V3's, further
   down, are searched for).  Classes: \p{L} and \p{N}
   are the general categories L* and N*, \s is White_Space (Oniguruma's \s: 9-D, 85, Zs, Zl,
   Zp, the same set), P below is [^\s\p{L}\p{N}].  Unicode 15.0 here; the Rust library's
   Oniguruma may carry an older version for characters assigned since. */
static const char thermo__re_qwen2[] =
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*"
    "|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
static const char thermo__re_llama3[] =
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*"
    "|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
static const char thermo__re_gpt2[] =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

#define THERMO__U_P (THERMO__U_WS | THERMO__U_L | THERMO__U_N) /* P = none of these */

/* Property flags of the character at s[i] (i < n); *next gets the index after it. */
static unsigned thermo__flags_at(const unsigned char *s, size_t i, size_t *next) {
    static const unsigned char ascii[128] = { /* thermo__uprop(c) & 0xFF for c < 128 */
        0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 0, 0, 0, 0, 0, 0,
        0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 0, 0, 0, 0, 16,
        0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 0, 0, 0, 0, 0};
    int len;
    uint32_t cp;
    if (s[i] < 0x80) { *next = i + 1; return ascii[s[i]]; }
    cp = thermo__utf8_decode(s + i, &len);
    *next = i + (size_t)len;
    return thermo__uprop(cp) & 0xFF;
}

/* End of the run of characters from s[i] that have one of `any` flags (none: `none` set). */
static size_t thermo__run(const unsigned char *s, size_t n, size_t i, unsigned any, int none) {
    while (i < n) {
        size_t next;
        unsigned f = thermo__flags_at(s, i, &next) & any;
        if (none ? f != 0 : f == 0) break;
        i = next;
    }
    return i;
}

/* Start of the run of White_Space characters that ends at s[end], not reaching below s[floor]
   (a boundary; scanning only down to it keeps lstrip linear). */
static size_t thermo__space_before(const unsigned char *s, size_t floor, size_t end) {
    while (end > floor) {
        size_t start = end - 1, next;
        while (start > 0 && (s[start] & 0xC0) == 0x80) start--;
        if (!(thermo__flags_at(s, start, &next) & THERMO__U_WS)) break;
        end = start;
    }
    return end;
}

/* The contractions 's 't 're 've 'm 'll 'd at s[i] (s[i] == '\''): the match's end, or 0.
   Case-insensitive (Qwen2/Llama-3's (?i:...)) includes U+017F LATIN SMALL LETTER LONG S, whose
   simple case folding is 's', as Oniguruma's (and Rust regex's) (?i) matching does. */
static size_t thermo__contraction(const unsigned char *s, size_t n, size_t i, int fold) {
    static const char *const tails[] = {"s", "t", "re", "ve", "m", "ll", "d"};
    int t;
    if (fold && i + 2 < n && s[i + 1] == 0xC5 && s[i + 2] == 0xBF) return i + 3; /* 'ſ */
    for (t = 0; t < 7; t++) {
        size_t k, len = strlen(tails[t]);
        if (i + 1 + len > n) continue;
        for (k = 0; k < len; k++) {
            unsigned c = s[i + 1 + k];
            if (fold && c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != (unsigned char)tails[t][k]) break;
        }
        if (k == len) return i + 1 + len;
    }
    return 0;
}

/* Whitespace at s[i]: \s*[\r\n]+ (when `newlines`), then \s+(?!\S), then \s+.  With the
   maximal whitespace run [i, e): \s*[\r\n]+ backtracks to end just after the run's last \r or
   \n; \s+(?!\S) takes the whole run at the end of the text, else all but its last character
   (which must then be followed by whitespace), and needs two characters for that. */
static size_t thermo__whitespace(const unsigned char *s, size_t n, size_t i, int newlines) {
    size_t e = i, last_start = i, after_newline = 0;
    int chars = 0;
    while (e < n) {
        size_t next;
        if (!(thermo__flags_at(s, e, &next) & THERMO__U_WS)) break;
        if (s[e] == '\r' || s[e] == '\n') after_newline = next;
        last_start = e;
        e = next;
        chars++;
    }
    if (newlines && after_newline) return after_newline;
    if (e == n || chars < 2) return e;
    return last_start;
}

/* (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,max_digits}
   | ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+    (Qwen2: max_digits 1, Llama-3: 3) */
static size_t thermo__pretokenize_qwen2(const unsigned char *s, size_t n, size_t i, int max_digits) {
    size_t j, k, e;
    unsigned f = thermo__flags_at(s, i, &j), g = j < n ? thermo__flags_at(s, j, &k) : 0;
    int d;
    if (s[i] == '\'' && (e = thermo__contraction(s, n, i, 1)) != 0) return e;
    if (f & THERMO__U_L) return thermo__run(s, n, j, THERMO__U_L, 0);
    if (!(f & THERMO__U_N) && s[i] != '\r' && s[i] != '\n' && (g & THERMO__U_L))
        return thermo__run(s, n, k, THERMO__U_L, 0);
    if (f & THERMO__U_N) {
        for (d = 1, e = j; d < max_digits && e < n && (thermo__flags_at(s, e, &k) & THERMO__U_N); d++)
            e = k;
        return e;
    }
    e = 0;
    if (s[i] == ' ' && j < n && !(g & THERMO__U_P)) e = thermo__run(s, n, k, THERMO__U_P, 1);
    else if (!(f & THERMO__U_P)) e = thermo__run(s, n, j, THERMO__U_P, 1);
    if (e) {
        while (e < n && (s[e] == '\r' || s[e] == '\n')) e++;
        return e;
    }
    return thermo__whitespace(s, n, i, 1);
}

/* 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+    (GPT-2) */
static size_t thermo__pretokenize_gpt2(const unsigned char *s, size_t n, size_t i) {
    size_t j, k, e;
    unsigned f = thermo__flags_at(s, i, &j), g = j < n ? thermo__flags_at(s, j, &k) : 0;
    if (s[i] == '\'' && (e = thermo__contraction(s, n, i, 0)) != 0) return e;
    if (s[i] == ' ' && j < n) {
        if (g & THERMO__U_L) return thermo__run(s, n, k, THERMO__U_L, 0);
        if (g & THERMO__U_N) return thermo__run(s, n, k, THERMO__U_N, 0);
        if (!(g & THERMO__U_P)) return thermo__run(s, n, k, THERMO__U_P, 1);
    }
    if (f & THERMO__U_L) return thermo__run(s, n, j, THERMO__U_L, 0);
    if (f & THERMO__U_N) return thermo__run(s, n, j, THERMO__U_N, 0);
    if (!(f & THERMO__U_P)) return thermo__run(s, n, j, THERMO__U_P, 1);
    return thermo__whitespace(s, n, i, 0);
}

/* The newer patterns name general categories that the flags above do not separate: \p{Lu},
   \p{Lt}, \p{Ll}, \p{P}, \p{S} (thermo__uflags_class).  o200k (GPT-4o, Phi-4, gpt-oss) splits
   words at case changes; DeepSeek-V3 cuts digits, then CJK runs, then words with a sequence of
   three Splits, whose regexes leave gaps (characters no alternative matches: the gaps are pieces
   too). */
static const char thermo__re_o200k[] =
    "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
    "|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
    "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
static const char thermo__re_digits3[] = "\\p{N}{1,3}";
static const char thermo__re_cjk[] = /* [\u4e00-\u9fa5\u3040-\u309f\u30a0-\u30ff]+ */
    "[\xe4\xb8\x80-\xe9\xbe\xa5\xe3\x81\x80-\xe3\x82\x9f\xe3\x82\xa0-\xe3\x83\xbf]+";
static const char thermo__re_deepseek[] = /* the \r and \n in it are the characters themselves */
    "[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~][A-Za-z]+|[^\r\n\\p{L}\\p{P}\\p{S}]?[\\p{L}\\p{M}]+"
    "| ?[\\p{P}\\p{S}]+[\r\n]*|\\s*[\r\n]+|\\s+(?!\\S)|\\s+";

#define THERMO__O200K_UPPER 1 /* [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}] */
#define THERMO__O200K_LOWER 2 /* [\p{Ll}\p{Lm}\p{Lo}\p{M}] */

/* Flags | class bits << 8 of the character at s[i] (i < n); *next gets the index after it. */
static unsigned thermo__class_at(const unsigned char *s, size_t i, size_t *next) {
    unsigned f, c = s[i];
    int len;
    if (c >= 0x80) {
        f = thermo__uflags_class(thermo__utf8_decode(s + i, &len));
        *next = i + (size_t)len;
        return f;
    }
    f = thermo__flags_at(s, i, next);
    if (c - 'A' < 26u) return f | THERMO__C_LU << 8;
    if (c - 'a' < 26u) return f | THERMO__C_LL << 8;
    return f | (c > ' ' && c < 0x7F && !(f & THERMO__U_N) ? THERMO__C_PS << 8 : 0); /* ASCII P and S */
}

/* THERMO__O200K_UPPER | THERMO__O200K_LOWER: the o200k letter classes a character (thermo__class_at) is in */
static unsigned thermo__o200k_case(unsigned v) {
    if (v & THERMO__U_M) return THERMO__O200K_UPPER | THERMO__O200K_LOWER;
    if (!(v & THERMO__U_L)) return 0;
    if (v & THERMO__C_LU << 8) return THERMO__O200K_UPPER;
    if (v & THERMO__C_LL << 8) return THERMO__O200K_LOWER;
    return THERMO__O200K_UPPER | THERMO__O200K_LOWER; /* \p{Lm}, \p{Lo} */
}

/* o200k's word alternatives after the optional prefix, at s[p]: `second` 0 tries
   [UP]*[LO]+, 1 tries [UP]+[LO]*, each then (?i:'s|'t|'re|'ve|'m|'ll|'d)?.  The end, or 0.
   [UP]* is greedy and backtracks: when no LO follows the UP run, [LO]+ can still take the run's
   last character that is in both classes (\p{Lm}, \p{Lo}, \p{M}), and the match ends after it. */
static size_t thermo__o200k_word(const unsigned char *s, size_t n, size_t p, int second) {
    size_t k = p, next, both_end = 0, e;
    unsigned cls = 0;
    while (k < n && ((cls = thermo__o200k_case(thermo__class_at(s, k, &next))) & THERMO__O200K_UPPER)) {
        if (cls & THERMO__O200K_LOWER) both_end = next;
        k = next;
    }
    if (second && k == p) return 0;
    if (k < n && (cls & THERMO__O200K_LOWER)) { /* the LO run after the UP run */
        e = next;
        while (e < n && (thermo__o200k_case(thermo__class_at(s, e, &next)) & THERMO__O200K_LOWER)) e = next;
    } else if (second) e = k;
    else if (both_end) e = both_end;
    else return 0;
    if (e < n && s[e] == '\'' && (k = thermo__contraction(s, n, e, 1)) != 0) e = k;
    return e;
}

/* o200k (thermo__re_o200k): the end of the match at s[i]; its matches tile the text. */
static size_t thermo__pretokenize_o200k(const unsigned char *s, size_t n, size_t i) {
    size_t j, k, e;
    unsigned f = thermo__flags_at(s, i, &j), g = j < n ? thermo__flags_at(s, j, &k) : 0;
    int prefix = !(f & (THERMO__U_L | THERMO__U_N)) && s[i] != '\r' && s[i] != '\n', second, d;
    for (second = 0; second < 2; second++) { /* each word alternative with the prefix, then without */
        if (prefix && j < n && (e = thermo__o200k_word(s, n, j, second)) != 0) return e;
        if ((e = thermo__o200k_word(s, n, i, second)) != 0) return e;
    }
    if (f & THERMO__U_N) {
        for (d = 1, e = j; d < 3 && e < n && (thermo__flags_at(s, e, &k) & THERMO__U_N); d++) e = k;
        return e;
    }
    e = 0;
    if (s[i] == ' ' && j < n && !(g & THERMO__U_P)) e = thermo__run(s, n, k, THERMO__U_P, 1);
    else if (!(f & THERMO__U_P)) e = thermo__run(s, n, j, THERMO__U_P, 1);
    if (e) {
        while (e < n && (s[e] == '\r' || s[e] == '\n' || s[e] == '/')) e++;
        return e;
    }
    return thermo__whitespace(s, n, i, 1);
}

/* DeepSeek-V3's word regex (thermo__re_deepseek) at s[i]: the end of its match there, or 0 (no
   alternative matches: s[i] starts a gap). */
static size_t thermo__deepseek_at(const unsigned char *s, size_t n, size_t i) {
    size_t j, k, e;
    unsigned f = thermo__class_at(s, i, &j), g = j < n ? thermo__class_at(s, j, &k) : 0;
    const unsigned lm = THERMO__U_L | THERMO__U_M, ps = THERMO__C_PS << 8;
    if (s[i] < 0x80 && (f & ps) && j < n && (unsigned)((s[j] | 0x20) - 'a') < 26u) { /* [!-/:-@[-`{-~][A-Za-z]+ */
        for (e = k; e < n && (unsigned)((s[e] | 0x20) - 'a') < 26u; e++) {}
        return e;
    }
    if (!(f & (THERMO__U_L | ps)) && s[i] != '\r' && s[i] != '\n' && (g & lm)) /* a prefix, [\p{L}\p{M}]+ */
        return thermo__run(s, n, k, lm, 0);
    if (f & lm) return thermo__run(s, n, j, lm, 0);
    e = 0;
    if (s[i] == ' ' && (g & ps)) e = k;
    else if (f & ps) e = j;
    if (e) {
        while (e < n && (thermo__class_at(s, e, &k) & ps)) e = k;
        while (e < n && (s[e] == '\r' || s[e] == '\n')) e++;
        return e;
    }
    return f & THERMO__U_WS ? thermo__whitespace(s, n, i, 1) : 0;
}

/* The next match of Split pattern `kind` (THERMO__SPLIT_STRING: the string pattern[0..pn)) in
   s[i..n), i < n: its end, and its start in *start (n when there is none).  The first four
   patterns match at every position (their matches tile the text); the others are searched for,
   leftmost first, not overlapping. */
static size_t thermo__next_match(int kind, const char *pattern, size_t pn, const unsigned char *s, size_t n, size_t i,
                                 size_t *start) {
    size_t p, next, e;
    int d, len;
    *start = i;
    switch (kind) {
    case THERMO__SPLIT_QWEN2: return thermo__pretokenize_qwen2(s, n, i, 1);
    case THERMO__SPLIT_LLAMA3: return thermo__pretokenize_qwen2(s, n, i, 3);
    case THERMO__SPLIT_GPT2: return thermo__pretokenize_gpt2(s, n, i);
    case THERMO__SPLIT_O200K: return thermo__pretokenize_o200k(s, n, i);
    case THERMO__SPLIT_STRING:
        for (p = i; p + pn <= n; p++) {
            const unsigned char *hit = (const unsigned char *)memchr(s + p, (unsigned char)pattern[0], n - pn + 1 - p);
            if (!hit) break;
            p = (size_t)(hit - s);
            if (!memcmp(hit, pattern, pn)) {
                *start = p;
                return p + pn;
            }
        }
        *start = n;
        return n;
    default: break;
    }
    for (p = i; p < n; p = next) {
        unsigned f = thermo__flags_at(s, p, &next);
        uint32_t cp;
        *start = p;
        switch (kind) {
        case THERMO__DIGITS: /* each character of general category N, as Rust's char::is_numeric */
            if (f & THERMO__U_N) return next;
            break;
        case THERMO__SPLIT_DIGITS3: /* \p{N}{1,3} */
            if (f & THERMO__U_N) {
                for (d = 1, e = next; d < 3 && e < n && (thermo__flags_at(s, e, &next) & THERMO__U_N); d++) e = next;
                return e;
            }
            break;
        case THERMO__SPLIT_CJK: /* [\u4e00-\u9fa5\u3040-\u309f\u30a0-\u30ff]+ */
            for (e = p; e < n; e += (size_t)len) {
                cp = s[e] < 0x80 ? (len = 1, s[e]) : thermo__utf8_decode(s + e, &len);
                if (!(cp - 0x4E00u <= 0x9FA5u - 0x4E00u || cp - 0x3040u <= 0x30FFu - 0x3040u)) break;
            }
            if (e > p) return e;
            break;
        default: /* THERMO__SPLIT_DEEPSEEK */
            if ((e = thermo__deepseek_at(s, n, p)) != 0) return e;
        }
    }
    *start = n;
    return n;
}

/* ---- the tokenizer ---- */
#define THERMO__MAX_TOKEN_ID 0xFFFFFF /* ids are dense in practice; this bounds the id table */

typedef struct thermo__added {
    uint32_t record;          /* its record in `strings` */
    uint32_t content, length; /* the text matched, in `strings` (NFC'd when normalized and NFC) */
    int32_t id;
    uint8_t single_word, lstrip, rstrip, normalized;
} thermo__added;

/* A byte trie of added tokens' contents; node 0 is the root. */
typedef struct thermo__trie_node {
    int32_t child, sibling, added; /* first child, next sibling, index in tok->added or -1 */
    unsigned char byte;
} thermo__trie_node;

typedef struct thermo__trie {
    thermo__trie_node *nodes;
    size_t count, cap;
    unsigned char first[256]; /* 1 for bytes that start some content */
} thermo__trie;

typedef struct thermo__merge_slot {
    uint64_t key;   /* left id << 32 | right id; ~0 free */
    uint32_t rank;  /* the merge's line in model.merges */
    int32_t result; /* the id of left+right */
} thermo__merge_slot;

struct thermo_tokenizer {
    /* Every token's record in `strings`: uint32 piece length, uint32 bytes length, int32 id,
       the piece (vocabulary form, e.g. "Ġthe") and NUL, its decoded bytes and NUL. */
    thermo__buf strings;
    uint32_t *record;       /* n_ids: id -> record offset, UINT32_MAX for unused ids */
    int32_t n_ids;          /* one more than the largest id */
    uint64_t *vocab_slots;  /* open addressing: hash << 32 | record offset + 1 of a string; 0 free */
    size_t vocab_mask;
    int32_t n_strings;      /* distinct vocabulary strings, as the Rust library counts them */
    thermo__merge_slot *merges; /* open addressing on the pair (one cache line probe) */
    size_t merge_mask;
    int32_t byte_id[256];   /* id of each byte's byte-level character, -1 when missing */
    uint16_t byte_char[256];/* bytes_to_unicode */
    int16_t char_byte[512]; /* its inverse on U+0000..U+01FF, -1 elsewhere */
    int32_t unk_id;         /* -1: characters outside the vocabulary are dropped */
    int fuse_unk, ignore_merges;
    int byte_level;         /* merges run on byte-level characters (a ByteLevel pre-tokenizer); else
                               on the characters of the text (SentencePiece-style BPE) */
    int byte_fallback;      /* a character outside the vocabulary becomes its bytes' <0xNN> tokens */
    int32_t byte_token[256];/* id of <0xNN>, -1 when missing */
    int32_t ascii_id[128];  /* not byte-level: id of each ASCII character alone, -1 when missing */
    uint32_t prefix, prefix_len, suffix, suffix_len; /* continuing_subword_prefix, end_of_word_suffix
                                                        in `strings` (0 long when absent) */
    thermo__step norm[THERMO__MAX_STAGES], stages[THERMO__MAX_STAGES], decode[THERMO__MAX_STAGES];
    int n_norm, n_stages, n_decode; /* normalizers, pre-tokenizers, per-token decoders */
    thermo__added *added;
    int n_added;
    thermo__trie trie[2];   /* [0] normalized=false contents, [1] normalized=true */
    int32_t *post;          /* template: ids, -1 for the sequence */
    int n_post;
};

/* The bytes s[0..n), n <= 8, as one word: two overlapping 4-byte reads, or the first, middle and
   last bytes when n < 4, that together cover every byte (so equal words mean equal strings of
   the same length), without a call for a variable-length copy. */
static uint64_t thermo__short_word(const char *s, size_t n) {
    uint32_t lo, hi;
    if (n >= 4) {
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        return (uint64_t)hi << 32 | lo;
    }
    return n ? (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
                   (uint64_t)(unsigned char)s[n - 1] << 16
             : 0;
}

/* s[0..n) == r[0..n) */
static int thermo__same_bytes(const char *s, const char *r, size_t n) {
    return n <= 8 ? thermo__short_word(s, n) == thermo__short_word(r, n) : memcmp(s, r, n) == 0;
}

/* A string's hash: eight bytes a step, multiply and fold, then a final mix (the low bits pick the
   slot, the high 32 are kept to compare first). */
static uint64_t thermo__hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ n, w;
    for (; n > 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    h = (h ^ thermo__short_word(s, n)) * 0xFF51AFD7ED558CCDu;
    h = (h ^ (h >> 29)) * 0xC4CEB9FE1A85EC53u;
    return h ^ (h >> 32);
}

static uint64_t thermo__hash_pair(uint64_t key) {
    key *= 0x9E3779B97F4A7C15u;
    return key ^ (key >> 31);
}

static uint32_t thermo__rec_u32(const thermo_tokenizer *t, uint32_t rec, int field) {
    uint32_t v;
    memcpy(&v, t->strings.data + rec + 4 * field, 4);
    return v;
}

/* The slot of vocabulary string s[0..n) with hash h, probing from slot i: where it is, or the
   free one to put it. */
static size_t thermo__vocab_slot(const thermo_tokenizer *t, const char *s, size_t n, uint64_t h, size_t i) {
    for (;; i = (i + 1) & t->vocab_mask) {
        uint64_t slot = t->vocab_slots[i];
        uint32_t rec = (uint32_t)slot - 1;
        if (!slot || ((slot >> 32) == (h >> 32) && thermo__rec_u32(t, rec, 0) == n &&
                      thermo__same_bytes(t->strings.data + rec + 12, s, n)))
            return i;
    }
}

static int32_t thermo__vocab_id(const thermo_tokenizer *t, const char *s, size_t n) {
    uint64_t h = thermo__hash_bytes(s, n), slot;
    slot = t->vocab_slots[thermo__vocab_slot(t, s, n, h, (size_t)h & t->vocab_mask)];
    return slot ? (int32_t)thermo__rec_u32(t, (uint32_t)slot - 1, 2) : -1;
}

#if defined(__GNUC__) || defined(__clang__)
#define THERMO__PREFETCH(p) __builtin_prefetch(p)
#else
#define THERMO__PREFETCH(p) ((void)0)
#endif
#define THERMO__BATCH 64

/* The slots of count (<= THERMO__BATCH) strings with hashes h, found together so that their
   cache misses overlap (loading is bound by them): the first probe of each, then the first
   candidate record of each, then the exact comparisons. */
static void thermo__vocab_slots(const thermo_tokenizer *t, const char *const *s, const size_t *n,
                                const uint64_t *h, size_t *slot, int count) {
    int i;
    for (i = 0; i < count; i++) THERMO__PREFETCH(&t->vocab_slots[h[i] & t->vocab_mask]);
    for (i = 0; i < count; i++) {
        size_t k = (size_t)h[i] & t->vocab_mask;
        while (t->vocab_slots[k] && (t->vocab_slots[k] >> 32) != (h[i] >> 32)) k = (k + 1) & t->vocab_mask;
        if (t->vocab_slots[k]) THERMO__PREFETCH(t->strings.data + (uint32_t)t->vocab_slots[k] - 1);
        slot[i] = k;
    }
    for (i = 0; i < count; i++) slot[i] = thermo__vocab_slot(t, s[i], n[i], h[i], slot[i]);
}

/* The merge of ids (a, b): 1 with its rank and result id, or 0. */
static int thermo__merge_find(const thermo_tokenizer *t, int32_t a, int32_t b, uint32_t *rank,
                              int32_t *result) {
    uint64_t key = (uint64_t)(uint32_t)a << 32 | (uint32_t)b;
    size_t h;
    for (h = (size_t)thermo__hash_pair(key) & t->merge_mask;; h = (h + 1) & t->merge_mask) {
        if (t->merges[h].key == key) {
            *rank = t->merges[h].rank;
            *result = t->merges[h].result;
            return 1;
        }
        if (t->merges[h].key == UINT64_MAX) return 0;
    }
}

/* Appends s[0..n) to out with every occurrence of pattern[0..pn) (leftmost first, none
   overlapping) replaced by content[0..cn).  0, or -1 when out of memory. */
static int thermo__replace(const char *s, size_t n, const char *pattern, size_t pn, const char *content,
                           size_t cn, thermo__buf *out) {
    size_t i = 0, done = 0;
    while (pn && i + pn <= n) {
        const char *hit = (const char *)memchr(s + i, pattern[0], n - pn + 1 - i);
        if (!hit) break;
        i = (size_t)(hit - s);
        if (memcmp(hit, pattern, pn) != 0) { i++; continue; }
        if (thermo__buf_add(out, s + done, i - done) || thermo__buf_add(out, content, cn)) return -1;
        done = i += pn;
    }
    return thermo__buf_add(out, s + done, n - done);
}

/* The byte a ByteFallback decoder reads from the token "<0xNN>" (two hexadecimal digits, as
   Rust's u8::from_str_radix reads them: either case, or a '+' and one digit), or -1. */
static int thermo__fallback_byte(const char *p, size_t n) {
    int v = 0, k;
    if (n != 6 || memcmp(p, "<0x", 3) != 0 || p[5] != '>') return -1;
    for (k = 3; k < 5; k++) {
        int c = (unsigned char)p[k], d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 && !(k == 3 && c == '+')) return -1;
        v = d < 0 ? 0 : v * 16 + d;
    }
    return v;
}

/* What a token stands for by the decoder steps that act on each token alone: Replace, Metaspace
   (its replacement character is a space) and ByteFallback ("<0x0A>" is the byte 0x0A), in the
   order given, into out (tmp: scratch).  Fuse and Strip, and the Metaspace decoder's removal of
   the first token's replacement characters, act on the whole sequence and are left out, so the
   tokens' texts spell the decoding of a sequence from its second token on.  0, or -1. */
static int thermo__decode_piece(const thermo_tokenizer *t, const char *p, size_t n, thermo__buf *out,
                                thermo__buf *tmp) {
    int k, byte;
    out->len = 0;
    if (thermo__buf_add(out, p, n)) return -1;
    for (k = 0; k < t->n_decode; k++) {
        const thermo__step *d = &t->decode[k];
        thermo__buf swap;
        if (d->kind == THERMO__BYTE_FALLBACK) {
            if ((byte = thermo__fallback_byte(out->data, out->len)) >= 0) {
                out->data[0] = (char)byte;
                out->len = 1;
            }
            continue;
        }
        tmp->len = 0;
        if (thermo__replace(out->data, out->len, t->strings.data + d->a, d->a_len,
                            d->kind == THERMO__METASPACE ? " " : t->strings.data + d->b,
                            d->kind == THERMO__METASPACE ? 1 : d->b_len, tmp))
            return -1;
        swap = *out;
        *out = *tmp;
        *tmp = swap;
    }
    return 0;
}

/* Appends a token record; returns its offset, or UINT32_MAX when out of memory / too large.
   decode: its bytes are the piece decoded (byte-level, or by the decoder steps), else the piece
   itself.  tmp: two scratch buffers. */
static uint32_t thermo__add_record(thermo_tokenizer *t, const char *piece, size_t n, int32_t id, int decode,
                                   thermo__buf *tmp) {
    uint32_t head[3], nb = 0;
    size_t at = t->strings.len, i;
    char zero = 0;
    if (n > UINT32_MAX / 2 || at + 2 * n + 14 > UINT32_MAX) return UINT32_MAX;
    head[0] = (uint32_t)n;
    head[2] = (uint32_t)id;
    if (thermo__buf_add(&t->strings, head, 12) || thermo__buf_add(&t->strings, piece, n) ||
        thermo__buf_add(&t->strings, &zero, 1))
        return UINT32_MAX;
    /* the byte-level decoding; a piece with any other character stands for its own bytes, as
       the Rust ByteLevel decoder does */
    for (i = 0; decode && t->byte_level && i < n;) {
        int len;
        uint32_t c = thermo__utf8_decode((const unsigned char *)piece + i, &len);
        char b;
        if (c >= 512 || t->char_byte[c] < 0) break;
        b = (char)t->char_byte[c];
        if (thermo__buf_add(&t->strings, &b, 1)) return UINT32_MAX;
        nb++;
        i += (size_t)len;
    }
    if (!decode || !t->byte_level || i < n) {
        t->strings.len = at + 12 + n + 1;
        if (decode && !t->byte_level && t->n_decode) {
            if (thermo__decode_piece(t, piece, n, &tmp[0], &tmp[1]) ||
                tmp[0].len > UINT32_MAX / 2 || thermo__buf_add(&t->strings, tmp[0].data, tmp[0].len))
                return UINT32_MAX;
            nb = (uint32_t)tmp[0].len;
        } else {
            if (thermo__buf_add(&t->strings, piece, n)) return UINT32_MAX;
            nb = (uint32_t)n;
        }
    }
    if (thermo__buf_add(&t->strings, &zero, 1)) return UINT32_MAX;
    memcpy(t->strings.data + at + 4, &nb, 4);
    return (uint32_t)at;
}

/* The normalizer's work buffers: the steps alternate between the two. */
typedef struct thermo__normalizing {
    thermo__buf buf[2];
    uint32_t *cps; /* NFC scratch */
    size_t cap_cps;
} thermo__normalizing;

/* The text s[0..n) (valid UTF-8) lowercased character by character, as Rust's str::to_lowercase
   but without its final-sigma rule (the Rust Lowercase normalizer maps each char alone), appended
   to out.  0, or -1 when out of memory. */
static int thermo__lowercase_text(const unsigned char *s, size_t n, thermo__buf *out) {
    size_t i = 0;
    if (thermo__buf_reserve(out, n)) return -1;
    while (i < n) {
        uint32_t lower[3];
        size_t k, m;
        int len;
        char u[4];
        if (s[i] < 0x80) { /* ASCII */
            char c = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
            if (thermo__buf_add(out, &c, 1)) return -1;
            i++;
            continue;
        }
        m = thermo__lowercase(thermo__utf8_decode(s + i, &len), lower);
        for (k = 0; k < m; k++)
            if (thermo__buf_add(out, u, (size_t)thermo__utf8_encode(lower[k], u))) return -1;
        i += (size_t)len;
    }
    return 0;
}

/* Runs the normalizer steps on s[0..n), as the Rust normalizers do: NFC, NFD, NFKC, NFKD;
   Lowercase; Prepend (to non-empty text); Replace (every occurrence of a string); Strip
   (White_Space off the left and/or right).
   *out gets the result (s itself when there are no steps), in w.  0, or -1 when out of memory. */
static int thermo__normalize(const thermo_tokenizer *t, const unsigned char *s, size_t n, thermo__normalizing *w,
                             const unsigned char **out, size_t *out_n) {
    int k;
    for (k = 0; k < t->n_norm; k++) {
        const thermo__step *st = &t->norm[k];
        thermo__buf *dst = &w->buf[k & 1];
        const char *a = t->strings.data + st->a;
        size_t left = 0, right = n;
        int fail;
        dst->len = 0;
        switch (st->kind) {
        case THERMO__NFC: fail = thermo__nfc(s, n, dst, &w->cps, &w->cap_cps); break;
        case THERMO__NFD: case THERMO__NFKC: case THERMO__NFKD:
            fail = thermo__unicode_form(s, n, st->kind, dst, &w->cps, &w->cap_cps);
            break;
        case THERMO__LOWERCASE: fail = thermo__lowercase_text(s, n, dst); break;
        case THERMO__PREPEND: fail = (n && thermo__buf_add(dst, a, st->a_len)) || thermo__buf_add(dst, s, n); break;
        case THERMO__REPLACE:
            fail = thermo__replace((const char *)s, n, a, st->a_len, t->strings.data + st->b, st->b_len, dst);
            break;
        default: /* THERMO__STRIP */
            if (st->mode & 1) left = thermo__run(s, n, 0, THERMO__U_WS, 0);
            if (st->mode & 2) right = thermo__space_before(s, left, n);
            fail = thermo__buf_add(dst, s + left, right - left);
        }
        if (fail) return -1;
        s = (const unsigned char *)dst->data;
        n = dst->len;
    }
    *out = s;
    *out_n = n;
    return 0;
}

/* GPT-2's bytes_to_unicode: printable bytes stand for themselves, the others for U+0100.. */
static void thermo__byte_level_init(thermo_tokenizer *t) {
    int b, extra = 0;
    for (b = 0; b < 512; b++) t->char_byte[b] = -1;
    for (b = 0; b < 256; b++) {
        int printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE;
        t->byte_char[b] = (uint16_t)(printable ? b : 256 + extra++);
        t->char_byte[t->byte_char[b]] = (int16_t)b;
    }
}

/* A JSON string's decoded bytes, NUL-terminated in *scratch (valid until its next use), *n
   long.  NULL when out of memory. */
static const char *thermo__jstrz(const thermo_json *j, int32_t t, thermo__buf *scratch, size_t *n) {
    scratch->len = 0;
    if (thermo__buf_reserve(scratch, j->tokens[t].end - j->tokens[t].start)) return NULL;
    *n = thermo_json_string(j, t, scratch->data);
    return scratch->data;
}

/* The same, but pointing into the JSON text (not NUL-terminated) when it has no escapes. */
static const char *thermo__jstr(const thermo_json *j, int32_t t, thermo__buf *scratch, size_t *n) {
    const thermo_json_token *tk = &j->tokens[t];
    if (tk->escaped) return thermo__jstrz(j, t, scratch, n);
    *n = tk->end - tk->start;
    return j->text + tk->start;
}

/* At most 60 bytes of s[0..n), for "%.*s" in messages */

/* 1 when member `key` is absent, null or the empty string. */
static int thermo__jempty(const thermo_json *j, int32_t obj, const char *key) {
    int32_t v = thermo_json_get(j, obj, key);
    int type = thermo__jtype(j, v);
    return type == 0 || type == THERMO_JSON_NULL ||
           (type == THERMO_JSON_STRING && j->tokens[v].end == j->tokens[v].start);
}

/* The "type" of object `obj` copied into out (truncated), or "" when it has none. */
static const char *thermo__jtypename(const thermo_json *j, int32_t obj, char *out, size_t size) {
    int32_t v = thermo_json_get(j, obj, "type");
    size_t n;
    out[0] = 0;
    if (thermo__jtype(j, v) != THERMO_JSON_STRING) return out;
    n = j->tokens[v].end - j->tokens[v].start;
    if (n >= size) n = size - 1;
    memcpy(out, j->text + j->tokens[v].start, n); /* type names have no escapes */
    out[n] = 0;
    return out;
}

/* Adds added token k's content to trie `tr`. */
static int thermo__trie_add(thermo__trie *tr, const char *s, size_t n, int32_t k) {
    int32_t node = 0;
    size_t i;
    if (!tr->count) {
        thermo__trie_node *nodes = (thermo__trie_node *)thermo__grow(NULL, &tr->cap, 64, sizeof *nodes);
        if (!nodes) return -1;
        tr->nodes = nodes;
        tr->nodes[0].child = tr->nodes[0].sibling = tr->nodes[0].added = -1;
        tr->count = 1;
    }
    tr->first[(unsigned char)s[0]] = 1;
    for (i = 0; i < n; i++) {
        int32_t c = tr->nodes[node].child;
        while (c >= 0 && tr->nodes[c].byte != (unsigned char)s[i]) c = tr->nodes[c].sibling;
        if (c < 0) {
            thermo__trie_node *nodes = (thermo__trie_node *)thermo__grow(tr->nodes, &tr->cap, tr->count + 1,
                                                                         sizeof *nodes);
            if (!nodes || tr->count >= INT32_MAX) return -1;
            tr->nodes = nodes;
            c = (int32_t)tr->count++;
            nodes[c].byte = (unsigned char)s[i];
            nodes[c].child = nodes[c].added = -1;
            nodes[c].sibling = nodes[node].child;
            nodes[node].child = c;
        }
        node = c;
    }
    tr->nodes[node].added = k;
    return 0;
}

/* The longest content in the trie that starts s[0..n): its added index and *len, or -1. */
static int32_t thermo__trie_longest(const thermo__trie *tr, const unsigned char *s, size_t n, size_t *len) {
    int32_t node = 0, found = -1;
    size_t i;
    for (i = 0; i < n; i++) {
        int32_t c = tr->nodes[node].child;
        while (c >= 0 && tr->nodes[c].byte != s[i]) c = tr->nodes[c].sibling;
        if (c < 0) break;
        node = c;
        if (tr->nodes[c].added >= 0) { found = tr->nodes[c].added; *len = i + 1; }
    }
    return found;
}

THERMODEF void thermo_tokenizer_free(thermo_tokenizer *t) {
    if (!t) return;
    THERMO_FREE(t->strings.data);
    THERMO_FREE(t->record);
    THERMO_FREE(t->vocab_slots);
    THERMO_FREE(t->merges);
    THERMO_FREE(t->added);
    THERMO_FREE(t->trie[0].nodes);
    THERMO_FREE(t->trie[1].nodes);
    THERMO_FREE(t->post);
    THERMO_FREE(t);
}

/* ---- loading tokenizer.json ---- */
typedef struct thermo__loader {
    thermo_tokenizer *t;
    const thermo_json *j;
    const char *name;
    thermo_error *err;
    thermo__buf s1, s2, s3; /* string scratch */
    thermo__buf decoded[2]; /* thermo__add_record's scratch */
    int byte_level;         /* a ByteLevel pre-tokenizer has been seen */
} thermo__loader;

/* thermo__fail with the file's name in front */
static thermo_status thermo__bad(thermo__loader *L, thermo_status status, const char *fmt, ...)
    THERMO__PRINTF(3, 4);
static thermo_status thermo__bad(thermo__loader *L, thermo_status status, const char *fmt, ...) {
    char what[sizeof L->err->message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return thermo__fail(L->err, status, "%s: %s", L->name, what);
}

static thermo_status thermo__oom(thermo__loader *L) {
    return thermo__bad(L, THERMO_ERR_MEMORY, "out of memory loading the tokenizer");
}

#define THERMO__MAX_PATTERN 256 /* longest Replace or Split string, prefix or suffix (bytes) */

/* Keeps JSON string token v (decoded) in tok->strings: *at and *len get where.  `what` names it
   in errors; it must be a string of 1 to THERMO__MAX_PATTERN bytes (0 allowed when may_be_empty). */
static thermo_status thermo__keep_string(thermo__loader *L, int32_t v, const char *what, int may_be_empty,
                                         uint32_t *at, uint32_t *len) {
    size_t n;
    const char *s;
    if (thermo__jtype(L->j, v) != THERMO_JSON_STRING)
        return thermo__bad(L, THERMO_ERR_FORMAT, "%s is not a string", what);
    if (!(s = thermo__jstr(L->j, v, &L->s1, &n))) return thermo__oom(L);
    if ((!n && !may_be_empty) || n > THERMO__MAX_PATTERN)
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "%s is %s", what, n ? "longer than 256 bytes" : "empty");
    *at = (uint32_t)L->t->strings.len;
    *len = (uint32_t)n;
    return thermo__buf_add(&L->t->strings, s, n) ? thermo__oom(L) : THERMO_OK;
}

/* Adds a step to a list of THERMO__MAX_STAGES. */
static thermo_status thermo__add_step(thermo__loader *L, thermo__step *list, int *count, thermo__step step,
                                      const char *what) {
    if (*count == THERMO__MAX_STAGES)
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "more than %d %s steps", THERMO__MAX_STAGES, what);
    list[(*count)++] = step;
    return THERMO_OK;
}

/* model: BPE and its options.  A model without byte-level pre-tokenizing works on the text's
   characters (SentencePiece-style: byte_fallback, unk_token, fuse_unk).  dropout is refused
   unless null or 0 (the Rust library treats 0 as none); a continuing_subword_prefix or
   end_of_word_suffix of "" is none (it adds nothing). */
static thermo_status thermo__load_model(thermo__loader *L, int32_t model) {
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    int32_t dropout = thermo_json_get(j, model, "dropout");
    char type[32];
    double p;
    thermo_status st = THERMO_OK;
    thermo__jtypename(j, model, type, sizeof type);
    if (type[0] && strcmp(type, "BPE") != 0)
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "model type '%s' is not supported (thermo reads BPE)", type);
    if (thermo__jtype(j, dropout) != 0 && thermo__jtype(j, dropout) != THERMO_JSON_NULL &&
        (thermo_json_double(j, dropout, &p) || p != 0))
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "model.dropout is set: random BPE dropout is not supported");
    if (!thermo__jempty(j, model, "continuing_subword_prefix"))
        st = thermo__keep_string(L, thermo_json_get(j, model, "continuing_subword_prefix"),
                                 "model.continuing_subword_prefix", 0, &t->prefix, &t->prefix_len);
    if (st == THERMO_OK && !thermo__jempty(j, model, "end_of_word_suffix"))
        st = thermo__keep_string(L, thermo_json_get(j, model, "end_of_word_suffix"), "model.end_of_word_suffix", 0,
                                 &t->suffix, &t->suffix_len);
    if (st != THERMO_OK) return st;
    if ((t->ignore_merges = thermo__jbool(j, model, "ignore_merges", 0)) < 0 ||
        (t->fuse_unk = thermo__jbool(j, model, "fuse_unk", 0)) < 0 ||
        (t->byte_fallback = thermo__jbool(j, model, "byte_fallback", 0)) < 0)
        return thermo__bad(L, THERMO_ERR_FORMAT, "model.ignore_merges, fuse_unk or byte_fallback is not a boolean");
    return THERMO_OK;
}

/* model.vocab: string -> id, the last of repeated strings winning (as a Rust HashMap), inserted in
   batches whose cache misses overlap */
static thermo_status thermo__load_vocab(thermo__loader *L, int32_t model) {
    char shown[THERMO__SHOWN_MAX];
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    int32_t vocab = thermo_json_get(j, model, "vocab"), unk = thermo_json_get(j, model, "unk_token"), i, k;
    size_t cap, n;
    if (thermo__jtype(j, vocab) != THERMO_JSON_OBJECT || j->tokens[vocab].size == 0)
        return thermo__bad(L, THERMO_ERR_FORMAT, "model.vocab is not a non-empty object");
    for (cap = 16; cap < 2 * (size_t)j->tokens[vocab].size; cap *= 2) {}
    if (!(t->vocab_slots = (uint64_t *)thermo__calloc(cap, sizeof *t->vocab_slots)) ||
        thermo__buf_reserve(&t->strings, 2 * (size_t)(j->tokens[vocab].end - j->tokens[vocab].start) +
                                             16 * (size_t)j->tokens[vocab].size))
        return thermo__oom(L);
    t->vocab_mask = cap - 1;
    for (i = 0, k = vocab + 1; i < j->tokens[vocab].size;) {
        const char *s[THERMO__BATCH];
        size_t len[THERMO__BATCH], slot[THERMO__BATCH];
        uint32_t rec[THERMO__BATCH];
        uint64_t h[THERMO__BATCH];
        int b, count;
        for (count = 0; count < THERMO__BATCH && i < j->tokens[vocab].size; count++, i++) {
            int64_t id;
            const char *str = thermo__jstr(j, k, &L->s1, &n);
            if (!str) return thermo__oom(L);
            if (thermo_json_int64(j, k + 1, &id) || id < 0 || id > THERMO__MAX_TOKEN_ID)
                return thermo__bad(L, THERMO_ERR_FORMAT, "model.vocab['%s']: the id is not an integer from 0 "
                                   "to %d", thermo__shown(shown, str, n), THERMO__MAX_TOKEN_ID);
            if ((rec[count] = thermo__add_record(t, str, n, (int32_t)id, 1, L->decoded)) == UINT32_MAX)
                return thermo__oom(L);
            len[count] = n;
            h[count] = thermo__hash_bytes(str, n);
            if ((int32_t)id >= t->n_ids) t->n_ids = (int32_t)id + 1;
            k = j->tokens[k + 1].next;
        }
        for (b = 0; b < count; b++) s[b] = t->strings.data + rec[b] + 12;
        thermo__vocab_slots(t, s, len, h, slot, count);
        for (b = 0; b < count; b++) { /* in order: a repeat inside this batch finds the first */
            size_t at = thermo__vocab_slot(t, s[b], len[b], h[b], slot[b]);
            if (!t->vocab_slots[at]) t->n_strings++;
            t->vocab_slots[at] = (h[b] >> 32) << 32 | (rec[b] + 1);
        }
    }
    for (i = 0; i < 256; i++) {
        char u[8];
        t->byte_id[i] = thermo__vocab_id(t, u, (size_t)thermo__utf8_encode(t->byte_char[i], u));
        snprintf(u, sizeof u, "<0x%02X>", (unsigned)i);
        t->byte_token[i] = thermo__vocab_id(t, u, 6);
        if (i < 128) {
            u[0] = (char)i;
            t->ascii_id[i] = thermo__vocab_id(t, u, 1);
        }
    }
    t->unk_id = -1;
    if (thermo__jtype(j, unk) == THERMO_JSON_STRING) {
        const char *s = thermo__jstrz(j, unk, &L->s1, &n);
        if (!s) return thermo__oom(L);
        if ((t->unk_id = thermo__vocab_id(t, s, n)) < 0)
            return thermo__bad(L, THERMO_ERR_FORMAT, "model.unk_token '%s' is not in the vocabulary",
                               thermo__shown(shown, s, n));
    }
    return THERMO_OK;
}

/* The two strings of merge token k, "a b" or ["a", "b"], decoded when escaped (into s1, s2, and
   then *decoded is 1; else they point into the JSON text): 0; 1 for a merges.txt "#version"
   header line (skipped); 2 when it is not two tokens separated by one space; 3 when it is neither
   form. */
static int thermo__merge_strings(const thermo_json *j, int32_t k, thermo__buf *s1, thermo__buf *s2, const char **a,
                                 size_t *na, const char **c, size_t *nc, int *decoded) {
    int pair = thermo__jtype(j, k) == THERMO_JSON_ARRAY && j->tokens[k].size == 2;
    int32_t second = pair ? j->tokens[k + 1].next : -1;
    size_t n;
    if (thermo__jtype(j, k) == THERMO_JSON_STRING) { /* "a b", the older form */
        const char *sp;
        *decoded = j->tokens[k].escaped;
        if (!(*a = thermo__jstr(j, k, s1, &n))) return -1;
        if (n >= 8 && memcmp(*a, "#version", 8) == 0) return 1;
        if ((sp = (const char *)memchr(*a, ' ', n)) == NULL || memchr(sp + 1, ' ', n - (size_t)(sp + 1 - *a))) {
            *na = n;
            return 2;
        }
        *na = (size_t)(sp - *a);
        *c = sp + 1;
        *nc = n - *na - 1;
        return 0;
    }
    if (!pair || thermo__jtype(j, k + 1) != THERMO_JSON_STRING || thermo__jtype(j, second) != THERMO_JSON_STRING) return 3;
    *decoded = j->tokens[k + 1].escaped || j->tokens[second].escaped;
    if (!(*a = thermo__jstr(j, k + 1, s1, na)) || !(*c = thermo__jstr(j, second, s2, nc))) return -1;
    return 0;
}

/* Merge outcomes besides a result id (thermo__merge_batch). */
enum { THERMO__MERGE_SKIP = -1, THERMO__MERGE_OOM = -2, THERMO__MERGE_BAD = -3 };

/* Merges index[0..count) (their JSON tokens at[]) to keys (left id << 32 | right id) and result
   ids, or an outcome above (BAD: thermo__load_merges explains it).  The strings a+b, a and b of
   all of them are looked up together, so that their cache misses overlap: a+b built in s3, a and
   b read in the JSON text, or copied to s3 where they were decoded into scratch. */
static void thermo__merge_batch(const thermo_tokenizer *t, const thermo_json *j, const int32_t *at_token, int count,
                                uint64_t *key, int32_t *result, thermo__buf *s1, thermo__buf *s2, thermo__buf *s3) {
    const char *s[3 * THERMO__BATCH];
    size_t len[3 * THERMO__BATCH], at[3 * THERMO__BATCH], slot[3 * THERMO__BATCH], pre = t->prefix_len;
    uint64_t h[3 * THERMO__BATCH];
    int b, m;
    if (count < 1) return;
    s3->len = 0;
    for (b = 0; b < count; b++) {
        const char *a = NULL, *c = NULL;
        size_t na = 0, nc = 0, *n = &len[3 * b];
        int decoded = 0, form = thermo__merge_strings(j, at_token[b], s1, s2, &a, &na, &c, &nc, &decoded);
        result[b] = form < 0 ? THERMO__MERGE_OOM : form == 1 ? THERMO__MERGE_SKIP : form ? THERMO__MERGE_BAD : 0;
        if (!form && nc < pre) result[b] = THERMO__MERGE_BAD;
        if (!result[b] && thermo__buf_reserve(s3, 2 * (na + nc))) result[b] = THERMO__MERGE_OOM;
        s[3 * b] = s[3 * b + 1] = s[3 * b + 2] = "";
        n[0] = n[1] = n[2] = 0;
        if (result[b]) continue;
        s[3 * b] = NULL; /* NULL: in s3 at at[] */
        at[3 * b] = s3->len;
        n[0] = na + nc - pre; /* a, then b less the subword prefix */
        memcpy(s3->data + s3->len, a, na);
        memcpy(s3->data + s3->len + na, c + pre, nc - pre);
        s3->len += n[0];
        n[1] = na;
        n[2] = nc;
        if (decoded) {
            s[3 * b + 1] = s[3 * b + 2] = NULL;
            at[3 * b + 1] = s3->len;
            at[3 * b + 2] = s3->len + na;
            memcpy(s3->data + s3->len, a, na);
            memcpy(s3->data + s3->len + na, c, nc);
            s3->len += na + nc;
        } else {
            s[3 * b + 1] = a;
            s[3 * b + 2] = c;
        }
    }
    for (b = 0; b < 3 * count; b++) {
        if (!s[b]) s[b] = s3->data + at[b];
        h[b] = thermo__hash_bytes(s[b], len[b]);
    }
    thermo__vocab_slots(t, s, len, h, slot, 3 * count);
    for (b = 0; b < count; b++) {
        int32_t id[3];
        for (m = 0; m < 3 && !result[b]; m++) {
            uint64_t v = t->vocab_slots[slot[3 * b + m]];
            if (!v) result[b] = THERMO__MERGE_BAD;
            else id[m] = (int32_t)thermo__rec_u32(t, (uint32_t)v - 1, 2);
        }
        if (result[b]) continue;
        key[b] = (uint64_t)(uint32_t)id[1] << 32 | (uint32_t)id[2];
        result[b] = id[0];
    }
}

/* Why merge number i (JSON token k) cannot be loaded, as thermo__merge_batch found. */
static thermo_status thermo__bad_merge(thermo__loader *L, int32_t k, int32_t i) {
    char shown[THERMO__SHOWN_MAX];
    const thermo_tokenizer *t = L->t;
    const char *a = NULL, *c = NULL, *what = NULL;
    size_t na = 0, nc = 0, nw = 0;
    int decoded, form = thermo__merge_strings(L->j, k, &L->s1, &L->s2, &a, &na, &c, &nc, &decoded), m;
    if (form < 0) return thermo__oom(L);
    if (form == 2)
        return thermo__bad(L, THERMO_ERR_FORMAT, "model.merges[%d] '%s' is not two tokens separated by one space", i,
                           thermo__shown(shown, a, na));
    if (form) return thermo__bad(L, THERMO_ERR_FORMAT, "model.merges[%d] is neither \"a b\" nor [\"a\", \"b\"]", i);
    if (nc < t->prefix_len)
        return thermo__bad(L, THERMO_ERR_FORMAT, "model.merges[%d]: '%s' is shorter than the continuing_subword_prefix",
                           i, thermo__shown(shown, c, nc));
    for (m = 0; m < 3; m++) { /* a, b, then a+b */
        L->s3.len = 0;
        if (thermo__buf_add(&L->s3, m == 1 ? c : a, m == 1 ? nc : na) ||
            (m == 2 && thermo__buf_add(&L->s3, c + t->prefix_len, nc - t->prefix_len)))
            return thermo__oom(L);
        what = L->s3.data;
        nw = L->s3.len;
        if (thermo__vocab_id(t, what, nw) < 0) break;
    }
    return thermo__bad(L, THERMO_ERR_FORMAT, "model.merges[%d]: '%s' is not in the vocabulary", i,
                       thermo__shown(shown, what, nw));
}

/* model.merges, "a b" or ["a", "b"]: (id of a, id of b) -> (rank, id of a+b), a repeated pair
   taking its last rank (as a Rust HashMap).  The pairs' ids are looked up in batches, in parallel
   (the vocabulary is read-only by now; one parallel region, as a second thread that has to share
   its core costs a time slice at every join), then put in the table in order. */
static thermo_status thermo__load_merges(thermo__loader *L, int32_t model) {
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    int32_t merges = thermo_json_get(j, model, "merges"), i, k, n, *at_token, *result;
    uint64_t *key;
    uint32_t rank = 0;
    size_t cap;
    thermo_status st = THERMO_OK;
    if (thermo__jtype(j, merges) != THERMO_JSON_ARRAY)
        return thermo__bad(L, THERMO_ERR_FORMAT, "model.merges is not an array");
    n = j->tokens[merges].size;
    for (cap = 16; cap < 2 * (size_t)n; cap *= 2) {}
    t->merges = (thermo__merge_slot *)THERMO_MALLOC(cap * sizeof *t->merges);
    at_token = (int32_t *)THERMO_MALLOC(((size_t)n + 1) * sizeof *at_token);
    result = (int32_t *)THERMO_MALLOC(((size_t)n + 1) * sizeof *result);
    key = (uint64_t *)THERMO_MALLOC(((size_t)n + 1) * sizeof *key);
    if (!t->merges || !at_token || !result || !key) st = thermo__oom(L);
    else {
        memset(t->merges, 0xFF, cap * sizeof *t->merges);
        t->merge_mask = cap - 1;
        for (i = 0, k = merges + 1; i < n; i++, k = j->tokens[k].next) at_token[i] = k;
        THERMO__OMP(omp parallel if(n >= 4 * THERMO__BATCH && !omp_in_parallel()))
        {
            thermo__buf s1 = {NULL, 0, 0}, s2 = {NULL, 0, 0}, s3 = {NULL, 0, 0};
            int32_t b;
            THERMO__OMP(omp for schedule(dynamic, 16))
            for (b = 0; b < n; b += THERMO__BATCH)
                thermo__merge_batch(t, j, at_token + b, n - b < THERMO__BATCH ? (int)(n - b) : THERMO__BATCH, key + b,
                                    result + b, &s1, &s2, &s3);
            THERMO_FREE(s1.data);
            THERMO_FREE(s2.data);
            THERMO_FREE(s3.data);
        }
    }
    for (i = 0; st == THERMO_OK && i < n; i++) {
        size_t h_at;
        if (result[i] == THERMO__MERGE_SKIP) continue;
        if (result[i] == THERMO__MERGE_OOM) st = thermo__oom(L);
        else if (result[i] == THERMO__MERGE_BAD) st = thermo__bad_merge(L, at_token[i], i);
        else {
            if (i + THERMO__BATCH < n && result[i + THERMO__BATCH] >= 0) /* the table outgrows the caches */
                THERMO__PREFETCH(&t->merges[(size_t)thermo__hash_pair(key[i + THERMO__BATCH]) & t->merge_mask]);
            h_at = (size_t)thermo__hash_pair(key[i]) & t->merge_mask;
            while (t->merges[h_at].key != UINT64_MAX && t->merges[h_at].key != key[i]) h_at = (h_at + 1) & t->merge_mask;
            t->merges[h_at].key = key[i];
            t->merges[h_at].rank = rank++;
            t->merges[h_at].result = result[i];
        }
    }
    THERMO_FREE(at_token);
    THERMO_FREE(result);
    THERMO_FREE(key);
    return st;
}

/* added_tokens.  Their ids are the ones the Rust library assigns while it loads the file (the
   vocabulary's id for a content in it, else the next id after the vocabulary and the added
   tokens so far); they agree with the file's ids in every well-formed tokenizer.json.  A
   repeated content keeps its id and takes the last flags. */
static thermo_status thermo__load_added(thermo__loader *L, int32_t list) {
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    int32_t i, k, max_id = -1;
    uint32_t *slots;
    size_t cap, n;
    thermo__normalizing w;
    thermo_status st = THERMO_OK;

    if (thermo__jtype(j, list) == 0 || thermo__jtype(j, list) == THERMO_JSON_NULL) return THERMO_OK;
    if (thermo__jtype(j, list) != THERMO_JSON_ARRAY)
        return thermo__bad(L, THERMO_ERR_FORMAT, "added_tokens is not an array");
    if (!j->tokens[list].size) return THERMO_OK;
    for (cap = 16; cap < 2 * (size_t)j->tokens[list].size; cap *= 2) {}
    t->added = (thermo__added *)thermo__calloc((size_t)j->tokens[list].size, sizeof *t->added);
    slots = (uint32_t *)thermo__calloc(cap, sizeof *slots); /* content -> added index + 1 */
    if (!t->added || !slots) {
        THERMO_FREE(slots);
        return thermo__oom(L);
    }
    for (i = 0, k = list + 1; i < j->tokens[list].size; i++, k = j->tokens[k].next) {
        int32_t c = thermo_json_get(j, k, "content");
        int64_t file_id;
        int special = thermo__jbool(j, k, "special", 0);
        int single_word = thermo__jbool(j, k, "single_word", 0), lstrip = thermo__jbool(j, k, "lstrip", 0);
        int rstrip = thermo__jbool(j, k, "rstrip", 0), normalized = thermo__jbool(j, k, "normalized", !special);
        thermo__added *a;
        const char *s;
        size_t h;
        if (thermo__jtype(j, k) != THERMO_JSON_OBJECT || thermo__jtype(j, c) != THERMO_JSON_STRING ||
            thermo_json_int64(j, thermo_json_get(j, k, "id"), &file_id) || file_id < 0 || file_id > UINT32_MAX ||
            special < 0 || single_word < 0 || lstrip < 0 || rstrip < 0 || normalized < 0) {
            st = thermo__bad(L, THERMO_ERR_FORMAT, "added_tokens[%d] is not an object with a string content, an "
                             "integer id and boolean flags", i);
            break;
        }
        if (!(s = thermo__jstr(j, c, &L->s1, &n))) {
            st = thermo__oom(L);
            break;
        }
        if (!n) continue; /* the Rust library ignores empty contents */
        for (h = (size_t)thermo__hash_bytes(s, n) & (cap - 1); slots[h]; h = (h + 1) & (cap - 1)) {
            const thermo__added *o = &t->added[slots[h] - 1];
            if (thermo__rec_u32(t, o->record, 0) == n && thermo__same_bytes(t->strings.data + o->record + 12, s, n))
                break;
        }
        if (slots[h]) a = &t->added[slots[h] - 1];
        else {
            int32_t id = thermo__vocab_id(t, s, n);
            uint32_t rec;
            if (id < 0) id = t->n_added > 0 && max_id >= t->n_strings ? max_id + 1 : t->n_strings;
            if (id > THERMO__MAX_TOKEN_ID) {
                st = thermo__bad(L, THERMO_ERR_FORMAT, "added_tokens[%d]: ids past %d", i, THERMO__MAX_TOKEN_ID);
                break;
            }
            if ((rec = thermo__add_record(t, s, n, id, !t->byte_level, L->decoded)) == UINT32_MAX) {
                st = thermo__oom(L);
                break;
            }
            a = &t->added[t->n_added];
            slots[h] = (uint32_t)++t->n_added;
            a->id = id;
            a->record = rec;
            if (id > max_id) max_id = id;
            if (id >= t->n_ids) t->n_ids = id + 1;
        }
        a->single_word = (uint8_t)single_word;
        a->lstrip = (uint8_t)lstrip;
        a->rstrip = (uint8_t)rstrip;
        a->normalized = (uint8_t)normalized;
    }
    THERMO_FREE(slots);
    memset(&w, 0, sizeof w);
    /* the tries, of the contents as they appear in the raw text, or normalized */
    for (i = 0; st == THERMO_OK && i < t->n_added; i++) {
        thermo__added *a = &t->added[i];
        uint32_t len = thermo__rec_u32(t, a->record, 0);
        const unsigned char *s = (const unsigned char *)t->strings.data + a->record + 12;
        const unsigned char *norm = s;
        size_t norm_n = len;
        if (a->normalized && thermo__normalize(t, s, len, &w, &norm, &norm_n)) {
            st = thermo__oom(L);
            break;
        }
        if (!norm_n) continue; /* normalized away: it can never match */
        if (t->strings.len + norm_n > UINT32_MAX) {
            st = thermo__oom(L);
            break;
        }
        if (thermo__buf_reserve(&t->strings, norm_n)) {
            st = thermo__oom(L);
            break;
        }
        if (norm == s) norm = (const unsigned char *)t->strings.data + a->record + 12; /* it may have moved */
        a->content = (uint32_t)t->strings.len;
        a->length = (uint32_t)norm_n;
        if (thermo__buf_add(&t->strings, norm, norm_n) ||
            thermo__trie_add(&t->trie[a->normalized], t->strings.data + a->content, norm_n, i))
            st = thermo__oom(L);
    }
    THERMO_FREE(w.buf[0].data);
    THERMO_FREE(w.buf[1].data);
    THERMO_FREE(w.cps);
    return st;
}

/* A normalizer, pre-tokenizer, decoder or post-processor loader. */
typedef thermo_status (*thermo__load_fn)(thermo__loader *L, int32_t obj, int depth);

/* A Sequence: each member of its array `key` through `load`, in order. */
static thermo_status thermo__load_sequence(thermo__loader *L, int32_t obj, const char *key, const char *what,
                                           thermo__load_fn load, int depth) {
    const thermo_json *j = L->j;
    int32_t list = thermo_json_get(j, obj, key), i, k;
    thermo_status st = THERMO_OK;
    if (thermo__jtype(j, list) != THERMO_JSON_ARRAY)
        return thermo__bad(L, THERMO_ERR_FORMAT, "%s Sequence without a %s array", what, key);
    for (i = 0, k = list + 1; st == THERMO_OK && i < j->tokens[list].size; i++, k = j->tokens[k].next)
        st = load(L, k, depth + 1);
    return st;
}

/* A Replace normalizer's or decoder's pattern (a String; a Regex is refused, naming it) and
   content, into step->a and step->b. */
static thermo_status thermo__load_replace(thermo__loader *L, int32_t obj, const char *what, thermo__step *step) {
    char shown[THERMO__SHOWN_MAX];
    const thermo_json *j = L->j;
    int32_t pattern = thermo_json_get(j, obj, "pattern"), re = thermo_json_get(j, pattern, "Regex");
    thermo_status st;
    size_t n;
    const char *s;
    if (thermo__jtype(j, re) == THERMO_JSON_STRING) {
        if (!(s = thermo__jstr(j, re, &L->s1, &n))) return thermo__oom(L);
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "%s Replace: the regex '%s' is not supported (thermo "
                           "replaces strings)", what, thermo__shown(shown, s, n));
    }
    step->kind = THERMO__REPLACE;
    st = thermo__keep_string(L, thermo_json_get(j, pattern, "String"), "Replace's pattern.String", 0, &step->a,
                             &step->a_len);
    if (st == THERMO_OK)
        st = thermo__keep_string(L, thermo_json_get(j, obj, "content"), "Replace's content", 1, &step->b, &step->b_len);
    return st;
}

/* normalizer: NFC, NFD, NFKC, NFKD, Lowercase, Prepend, Replace (strings), Strip, or a Sequence of
   them (or none) */
static thermo_status thermo__load_normalizer(thermo__loader *L, int32_t nz, int depth) {
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    thermo__step step;
    thermo_status st = THERMO_OK;
    char type[32];
    memset(&step, 0, sizeof step);
    if (thermo__jtype(j, nz) == 0 || thermo__jtype(j, nz) == THERMO_JSON_NULL) return THERMO_OK;
    thermo__jtypename(j, nz, type, sizeof type);
    if (!strcmp(type, "Sequence") && depth < 4)
        return thermo__load_sequence(L, nz, "normalizers", "normalizer", thermo__load_normalizer, depth);
    if (!strcmp(type, "NFC") || !strcmp(type, "NFD") || !strcmp(type, "NFKC") || !strcmp(type, "NFKD")) {
        step.kind = (uint8_t)(type[2] == 'C' ? THERMO__NFC : type[2] == 'D' ? THERMO__NFD
                              : type[3] == 'C' ? THERMO__NFKC : THERMO__NFKD);
    } else if (!strcmp(type, "Lowercase")) {
        step.kind = THERMO__LOWERCASE;
    } else if (!strcmp(type, "Prepend")) {
        step.kind = THERMO__PREPEND;
        st = thermo__keep_string(L, thermo_json_get(j, nz, "prepend"), "normalizer Prepend's prepend", 1, &step.a,
                                 &step.a_len);
    } else if (!strcmp(type, "Replace")) {
        st = thermo__load_replace(L, nz, "normalizer", &step);
    } else if (!strcmp(type, "Strip")) {
        int left = thermo__jbool(j, nz, "strip_left", -1), right = thermo__jbool(j, nz, "strip_right", -1);
        if (left < 0 || right < 0)
            return thermo__bad(L, THERMO_ERR_FORMAT, "normalizer Strip: strip_left and strip_right are not booleans");
        step.kind = THERMO__STRIP;
        step.mode = (uint8_t)(left | right << 1);
    } else {
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "normalizer '%s' is not supported (thermo handles NFC, NFD, "
                           "NFKC, NFKD, Lowercase, Prepend, Replace, Strip and Sequence)", type);
    }
    return st == THERMO_OK ? thermo__add_step(L, t->norm, &t->n_norm, step, "normalizer") : st;
}

/* decoder: ByteLevel for byte-level BPE; else Replace, ByteFallback, Fuse, Strip, Metaspace, or a
   Sequence of them (or none).  Only the steps that act on each token alone are kept (see
   thermo__decode_piece). */
static thermo_status thermo__load_decoder(thermo__loader *L, int32_t d, int depth) {
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    thermo__step step;
    thermo_status st = THERMO_OK;
    char type[32];
    memset(&step, 0, sizeof step);
    if (thermo__jtype(j, d) == 0 || thermo__jtype(j, d) == THERMO_JSON_NULL) return THERMO_OK;
    thermo__jtypename(j, d, type, sizeof type);
    if (t->byte_level || !strcmp(type, "ByteLevel")) {
        if (t->byte_level && !strcmp(type, "ByteLevel")) return THERMO_OK;
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "decoder '%s' %s a ByteLevel pre-tokenizer", type,
                           t->byte_level ? "with" : "without");
    }
    if (!strcmp(type, "Sequence") && depth < 4)
        return thermo__load_sequence(L, d, "decoders", "decoder", thermo__load_decoder, depth);
    if (!strcmp(type, "Fuse") || !strcmp(type, "Strip")) return THERMO_OK; /* whole-sequence steps */
    if (!strcmp(type, "ByteFallback")) step.kind = THERMO__BYTE_FALLBACK;
    else if (!strcmp(type, "Replace")) st = thermo__load_replace(L, d, "decoder", &step);
    else if (!strcmp(type, "Metaspace")) {
        step.kind = THERMO__METASPACE;
        st = thermo__keep_string(L, thermo_json_get(j, d, "replacement"), "decoder Metaspace's replacement", 0,
                                 &step.a, &step.a_len);
    } else
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "decoder '%s' is not supported (thermo handles ByteLevel, "
                           "Replace, ByteFallback, Fuse, Strip, Metaspace and Sequence)", type);
    return st == THERMO_OK ? thermo__add_step(L, t->decode, &t->n_decode, step, "decoder") : st;
}

/* 1 when pre-tokenizer p is ByteLevel or a Sequence holding one. */
static int thermo__has_byte_level(const thermo_json *j, int32_t p, int depth) {
    int32_t list = thermo_json_get(j, p, "pretokenizers"), i, k;
    if (thermo_json_equals(j, thermo_json_get(j, p, "type"), "ByteLevel")) return 1;
    if (depth >= 4 || thermo__jtype(j, list) != THERMO_JSON_ARRAY) return 0;
    for (i = 0, k = list + 1; i < j->tokens[list].size; i++, k = j->tokens[k].next)
        if (thermo__has_byte_level(j, k, depth + 1)) return 1;
    return 0;
}

static thermo_status thermo__add_stage(thermo__loader *L, int kind) {
    thermo__step step;
    memset(&step, 0, sizeof step);
    step.kind = (uint8_t)kind;
    return thermo__add_step(L, L->t->stages, &L->t->n_stages, step, "pre-tokenizer");
}

/* A Split step on pattern `kind` (THERMO__SPLIT_* but the string, THERMO__DIGITS) with behavior
   `mode` (THERMO__REMOVED, ...), inverted or not */
static thermo_status thermo__add_split(thermo__loader *L, int kind, int mode, int invert) {
    thermo__step step;
    memset(&step, 0, sizeof step);
    step.kind = (uint8_t)kind;
    step.mode = (uint8_t)mode;
    step.split = (uint8_t)invert;
    return thermo__add_step(L, L->t->stages, &L->t->n_stages, step, "pre-tokenizer");
}

/* pre_tokenizer: Split (on a string or one of the known regexes, any behavior, inverted or not),
   Digits, Metaspace and ByteLevel, or a Sequence of them; the ByteLevel must come last, as it
   turns bytes into characters that a later split would see. */
static thermo_status thermo__load_pretokenizer(thermo__loader *L, int32_t p, int depth) {
    char shown[THERMO__SHOWN_MAX];
    const thermo_json *j = L->j;
    char type[32];
    thermo_status st;
    thermo__jtypename(j, p, type, sizeof type);
    if (!strcmp(type, "Sequence") && depth < 4)
        return thermo__load_sequence(L, p, "pretokenizers", "pre_tokenizer", thermo__load_pretokenizer, depth);
    if (!strcmp(type, "Metaspace")) {
        static const char *const schemes[] = {"always", "first", "never"};
        int32_t scheme = thermo_json_get(j, p, "prepend_scheme");
        int prefix = thermo__jbool(j, p, "add_prefix_space", 1), split = thermo__jbool(j, p, "split", 1), len;
        thermo__step step;
        memset(&step, 0, sizeof step);
        step.kind = THERMO__METASPACE;
        if (L->byte_level)
            return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "a Metaspace after the ByteLevel pre-tokenizer is not supported");
        if (thermo__jtype(j, scheme) != 0)
            while (step.mode < 3 && !thermo_json_equals(j, scheme, schemes[step.mode])) step.mode++;
        if (step.mode == 3 || prefix < 0 || split < 0 || (!prefix && step.mode != THERMO__PREPEND_NEVER &&
                                                           thermo__jtype(j, scheme) != 0))
            return thermo__bad(L, THERMO_ERR_FORMAT, "pre_tokenizer Metaspace: prepend_scheme is not always, first "
                               "or never, add_prefix_space contradicts it, or a flag is not a boolean");
        if (!prefix) step.mode = THERMO__PREPEND_NEVER;
        step.split = (uint8_t)split;
        st = thermo__keep_string(L, thermo_json_get(j, p, "replacement"), "pre_tokenizer Metaspace's replacement", 0,
                                 &step.a, &step.a_len);
        if (st == THERMO_OK &&
            ((len = thermo_utf8_length((const unsigned char *)L->t->strings.data + step.a, step.a_len)) == 0 ||
             (uint32_t)len != step.a_len))
            st = thermo__bad(L, THERMO_ERR_FORMAT, "pre_tokenizer Metaspace: the replacement is not one character");
        return st == THERMO_OK ? thermo__add_step(L, L->t->stages, &L->t->n_stages, step, "pre-tokenizer") : st;
    }
    if (!strcmp(type, "Split")) {
        static const char *const behaviors[] = {"Removed", "Isolated", "MergedWithPrevious", "MergedWithNext",
                                                "Contiguous"};
        static const struct { const char *pattern; int kind; } known[] = {
            {thermo__re_qwen2, THERMO__SPLIT_QWEN2}, {thermo__re_llama3, THERMO__SPLIT_LLAMA3},
            {thermo__re_gpt2, THERMO__SPLIT_GPT2}, {thermo__re_o200k, THERMO__SPLIT_O200K},
            {thermo__re_digits3, THERMO__SPLIT_DIGITS3}, {thermo__re_cjk, THERMO__SPLIT_CJK},
            {thermo__re_deepseek, THERMO__SPLIT_DEEPSEEK}};
        int32_t pattern = thermo_json_get(j, p, "pattern"), re = thermo_json_get(j, pattern, "Regex");
        int invert = thermo__jbool(j, p, "invert", 0), mode;
        const char *s;
        size_t n, k;
        if (L->byte_level)
            return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "a Split after the ByteLevel pre-tokenizer is not supported");
        for (mode = 0; mode < 5 && !thermo_json_equals(j, thermo_json_get(j, p, "behavior"), behaviors[mode]); mode++) {}
        if (mode == 5 || invert < 0)
            return thermo__bad(L, THERMO_ERR_FORMAT, "pre_tokenizer Split: behavior or invert is missing or unknown");
        if (thermo__jtype(j, thermo_json_get(j, pattern, "String"))) {
            thermo__step step;
            memset(&step, 0, sizeof step);
            step.kind = THERMO__SPLIT_STRING;
            st = thermo__keep_string(L, thermo_json_get(j, pattern, "String"), "pre_tokenizer Split's pattern.String", 0,
                                     &step.a, &step.a_len);
            step.mode = (uint8_t)mode;
            step.split = (uint8_t)invert;
            return st == THERMO_OK ? thermo__add_step(L, L->t->stages, &L->t->n_stages, step, "pre-tokenizer") : st;
        }
        if (thermo__jtype(j, re) != THERMO_JSON_STRING)
            return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "pre_tokenizer Split: the pattern is neither a String nor a "
                               "Regex");
        if (!(s = thermo__jstr(j, re, &L->s1, &n))) return thermo__oom(L);
        for (k = 0; k < sizeof known / sizeof *known; k++)
            if (n == strlen(known[k].pattern) && !memcmp(s, known[k].pattern, n))
                return thermo__add_split(L, known[k].kind, mode, invert);
        return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "pre_tokenizer Split: unknown regex '%s' (thermo knows the "
                           "Qwen2, Llama-3, GPT-2, o200k and DeepSeek-V3 patterns)", thermo__shown(shown, s, n));
    }
    if (!strcmp(type, "Digits")) { /* each digit on its own, or runs of them */
        int individual = thermo__jbool(j, p, "individual_digits", 0);
        if (individual < 0)
            return thermo__bad(L, THERMO_ERR_FORMAT, "pre_tokenizer Digits: individual_digits is not a boolean");
        if (L->byte_level)
            return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "a Digits after the ByteLevel pre-tokenizer is not supported");
        return thermo__add_split(L, THERMO__DIGITS, individual ? THERMO__ISOLATED : THERMO__CONTIGUOUS, 0);
    }
    if (!strcmp(type, "ByteLevel")) {
        int prefix = thermo__jbool(j, p, "add_prefix_space", 1), regex = thermo__jbool(j, p, "use_regex", 1);
        st = THERMO_OK;
        if (L->byte_level) return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "two ByteLevel pre-tokenizers");
        if (prefix < 0 || regex < 0)
            return thermo__bad(L, THERMO_ERR_FORMAT, "pre_tokenizer ByteLevel: flags are not booleans");
        L->byte_level = 1;
        if (prefix) st = thermo__add_stage(L, THERMO__PREFIX_SPACE);
        if (st == THERMO_OK && regex) st = thermo__add_split(L, THERMO__SPLIT_GPT2, THERMO__ISOLATED, 0);
        return st;
    }
    return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "pre_tokenizer '%s' is not supported (thermo handles Split "
                       "with a known regex or a string, Digits, Metaspace and ByteLevel)", type);
}

/* Appends ids[0..n) to *out (capacity *cap, length *len). */
static int thermo__append_ids(int32_t **out, size_t *cap, size_t *len, const int32_t *ids, size_t n) {
    int32_t *grown = (int32_t *)thermo__grow(*out, cap, *len + n, sizeof **out);
    if (!grown) return -1;
    *out = grown;
    if (n) memcpy(grown + *len, ids, n * sizeof *ids);
    *len += n;
    return 0;
}

/* TemplateProcessing's "single" template, applied to the template so far (t->post, in which -1
   stands for the sequence). */
static thermo_status thermo__load_template(thermo__loader *L, int32_t p) {
    char shown[THERMO__SHOWN_MAX];
    thermo_tokenizer *t = L->t;
    const thermo_json *j = L->j;
    int32_t single = thermo_json_get(j, p, "single"), specials = thermo_json_get(j, p, "special_tokens");
    int32_t i, k, *out = NULL;
    size_t n = 0, cap = 0;
    thermo_status st = THERMO_OK;
    if (thermo__jtype(j, single) != THERMO_JSON_ARRAY)
        return thermo__bad(L, THERMO_ERR_FORMAT, "TemplateProcessing without a single template array");
    for (i = 0, k = single + 1; st == THERMO_OK && i < j->tokens[single].size; i++, k = j->tokens[k].next) {
        int32_t sp = thermo_json_get(j, thermo_json_get(j, k, "SpecialToken"), "id");
        int32_t seq = thermo_json_get(j, thermo_json_get(j, k, "Sequence"), "id"), ids, m, e;
        const char *s;
        size_t len;
        if (seq >= 0) {
            if (!thermo_json_equals(j, seq, "A"))
                st = thermo__bad(L, THERMO_ERR_FORMAT, "TemplateProcessing: the single template has a sequence "
                                 "other than A");
            else if (thermo__append_ids(&out, &cap, &n, t->post, (size_t)t->n_post))
                st = thermo__oom(L);
            continue;
        }
        if (thermo__jtype(j, sp) != THERMO_JSON_STRING) {
            st = thermo__bad(L, THERMO_ERR_FORMAT, "TemplateProcessing: single[%d] is neither a SpecialToken nor a "
                             "Sequence", i);
            continue;
        }
        if (!(s = thermo__jstrz(j, sp, &L->s1, &len))) {
            st = thermo__oom(L);
            continue;
        }
        ids = thermo_json_get(j, thermo_json_get(j, specials, s), "ids");
        if (thermo__jtype(j, ids) != THERMO_JSON_ARRAY)
            st = thermo__bad(L, THERMO_ERR_FORMAT, "TemplateProcessing: special token '%s' has no ids",
                             thermo__shown(shown, s, len));
        for (m = 0, e = ids + 1; st == THERMO_OK && m < j->tokens[ids].size; m++, e = j->tokens[e].next) {
            int64_t id;
            int32_t id32;
            if (thermo_json_int64(j, e, &id) || id < 0 || id > THERMO__MAX_TOKEN_ID) {
                st = thermo__bad(L, THERMO_ERR_FORMAT, "TemplateProcessing: special token '%s' has a bad id",
                                 thermo__shown(shown, s, len));
                break;
            }
            id32 = (int32_t)id;
            if (thermo__append_ids(&out, &cap, &n, &id32, 1)) st = thermo__oom(L);
        }
    }
    if (st == THERMO_OK && n > (size_t)INT_MAX / 2) st = thermo__oom(L);
    if (st != THERMO_OK) {
        THERMO_FREE(out);
        return st;
    }
    THERMO_FREE(t->post);
    t->post = out;
    t->n_post = (int)n;
    return THERMO_OK;
}

/* post_processor: none, ByteLevel (it only trims offsets), TemplateProcessing, or a Sequence */
static thermo_status thermo__load_postprocessor(thermo__loader *L, int32_t p, int depth) {
    const thermo_json *j = L->j;
    char type[32];
    if (thermo__jtype(j, p) == 0 || thermo__jtype(j, p) == THERMO_JSON_NULL) return THERMO_OK;
    thermo__jtypename(j, p, type, sizeof type);
    if (!strcmp(type, "ByteLevel")) return THERMO_OK;
    if (!strcmp(type, "TemplateProcessing")) return thermo__load_template(L, p);
    if (!strcmp(type, "Sequence") && depth < 4)
        return thermo__load_sequence(L, p, "processors", "post_processor", thermo__load_postprocessor, depth);
    return thermo__bad(L, THERMO_ERR_UNSUPPORTED, "post_processor '%s' is not supported (thermo handles "
                       "ByteLevel and TemplateProcessing)", type);
}

/* The id -> record table: the vocabulary, then the added tokens; template ids must be tokens. */
static thermo_status thermo__index_ids(thermo__loader *L) {
    thermo_tokenizer *t = L->t;
    size_t h;
    int i;
    if (!(t->record = (uint32_t *)THERMO_MALLOC((size_t)t->n_ids * sizeof *t->record))) return thermo__oom(L);
    memset(t->record, 0xFF, (size_t)t->n_ids * sizeof *t->record);
    for (h = 0; h <= t->vocab_mask; h++)
        if (t->vocab_slots[h]) {
            uint32_t rec = (uint32_t)t->vocab_slots[h] - 1;
            t->record[thermo__rec_u32(t, rec, 2)] = rec;
        }
    for (i = 0; i < t->n_added; i++) t->record[t->added[i].id] = t->added[i].record;
    for (i = 0; i < t->n_post; i++)
        if (t->post[i] >= 0 && (t->post[i] >= t->n_ids || t->record[t->post[i]] == UINT32_MAX))
            return thermo__bad(L, THERMO_ERR_FORMAT, "post_processor: template token id %d is not a token",
                               (int)t->post[i]);
    return THERMO_OK;
}

THERMODEF thermo_status thermo_tokenizer_parse(thermo_tokenizer **out, const char *text, size_t length,
                                               const char *name, thermo_error *err) {
    thermo_tokenizer *t;
    thermo_json j;
    thermo__loader L;
    thermo_status st;
    int32_t model, pre;

    *out = NULL;
    if ((st = thermo_json_parse(&j, text, length, name, err)) != THERMO_OK) return st;
    memset(&L, 0, sizeof L);
    L.j = &j;
    L.name = name;
    L.err = err;
    if (!(L.t = t = (thermo_tokenizer *)thermo__calloc(1, sizeof *t)) ||
        !(t->post = (int32_t *)THERMO_MALLOC(sizeof *t->post))) {
        thermo_json_free(&j);
        thermo_tokenizer_free(t);
        return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory loading the tokenizer", name);
    }
    t->post[0] = -1; /* the template: the sequence alone */
    t->n_post = 1;
    thermo__byte_level_init(t);
    model = thermo_json_get(&j, 0, "model");
    pre = thermo_json_get(&j, 0, "pre_tokenizer");
    if (j.tokens[0].type != THERMO_JSON_OBJECT || thermo__jtype(&j, model) != THERMO_JSON_OBJECT)
        st = thermo__bad(&L, THERMO_ERR_FORMAT, "not a tokenizer.json (no \"model\" object)");
    t->byte_level = thermo__has_byte_level(&j, pre, 0); /* the vocabulary's decoding depends on it */
    if (st == THERMO_OK) st = thermo__load_model(&L, model);
    if (st == THERMO_OK && thermo__jtype(&j, pre) == THERMO_JSON_OBJECT) st = thermo__load_pretokenizer(&L, pre, 0);
    if (st == THERMO_OK) st = thermo__load_decoder(&L, thermo_json_get(&j, 0, "decoder"), 0);
    if (st == THERMO_OK) st = thermo__load_vocab(&L, model);
    if (st == THERMO_OK) st = thermo__load_merges(&L, model);
    if (st == THERMO_OK) st = thermo__load_normalizer(&L, thermo_json_get(&j, 0, "normalizer"), 0);
    if (st == THERMO_OK) st = thermo__load_added(&L, thermo_json_get(&j, 0, "added_tokens"));
    if (st == THERMO_OK) st = thermo__load_postprocessor(&L, thermo_json_get(&j, 0, "post_processor"), 0);
    if (st == THERMO_OK) st = thermo__index_ids(&L);
    thermo_json_free(&j);
    THERMO_FREE(L.s1.data);
    THERMO_FREE(L.s2.data);
    THERMO_FREE(L.s3.data);
    THERMO_FREE(L.decoded[0].data);
    THERMO_FREE(L.decoded[1].data);
    if (st != THERMO_OK) {
        thermo_tokenizer_free(t);
        return st;
    }
    *out = t;
    return THERMO_OK;
}

/* The id of the token whose content (an added token's) or vocabulary string is s[0..n), or -1;
   added tokens first, as the Rust library's token_to_id. */
static int32_t thermo__token_id(const thermo_tokenizer *t, const char *s, size_t n) {
    int i;
    for (i = 0; i < t->n_added; i++) {
        uint32_t rec = t->added[i].record;
        if (thermo__rec_u32(t, rec, 0) == n && thermo__same_bytes(t->strings.data + rec + 12, s, n)) return t->added[i].id;
    }
    return thermo__vocab_id(t, s, n);
}

/* A model folder's tokenizer_config.json, as transformers' AutoTokenizer reads it: for the
   classes LlamaTokenizerFast and GemmaTokenizerFast (also when named without "Fast": AutoTokenizer
   loads the fast class) the post-processor becomes [bos] $A [eos], bos present when add_bos_token
   (default true), eos when add_eos_token (default false), with the class's default bos_token and
   eos_token ("<s>" "</s>", "<bos>" "<eos>") unless the file gives them (their update_post_processor).
   Other classes and settings are not read; no file, nothing changes. */
static thermo_status thermo__load_config_template(thermo_tokenizer *t, const char *dir, thermo_error *err) {
    static const char *const classes[4][3] = {{"LlamaTokenizer", "<s>", "</s>"}, {"LlamaTokenizerFast", "<s>", "</s>"},
                                              {"GemmaTokenizer", "<bos>", "<eos>"},
                                              {"GemmaTokenizerFast", "<bos>", "<eos>"}};
    char shown[THERMO__SHOWN_MAX], *file = thermo__join(dir, "tokenizer_config.json"), *text = NULL;
    thermo_json j;
    thermo_status st;
    int32_t post[3];
    int c, k, n = 0, add[2];
    size_t len;
    if (!file) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", dir);
    if (!thermo__is_file(file)) {
        THERMO_FREE(file);
        return THERMO_OK;
    }
    if ((st = thermo_read_file(file, (size_t)1 << 28, &text, &len, err)) != THERMO_OK ||
        (st = thermo_json_parse(&j, text, len, file, err)) != THERMO_OK) {
        THERMO_FREE(text);
        THERMO_FREE(file);
        return st;
    }
    for (c = 0; c < 4 && !thermo_json_equals(&j, thermo_json_get(&j, 0, "tokenizer_class"), classes[c][0]); c++) {}
    add[0] = thermo__jbool(&j, 0, "add_bos_token", 1);
    add[1] = thermo__jbool(&j, 0, "add_eos_token", 0);
    if (c < 4 && (add[0] < 0 || add[1] < 0))
        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: add_bos_token or add_eos_token is not a boolean", file);
    for (k = 0; c < 4 && st == THERMO_OK && k < 2; k++) { /* the bos, then the eos */
        int32_t v = thermo_json_get(&j, 0, k ? "eos_token" : "bos_token"), id;
        char *name;
        if (thermo__jtype(&j, v) == THERMO_JSON_OBJECT) v = thermo_json_get(&j, v, "content"); /* an AddedToken */
        if (k == 1) post[n++] = -1; /* the sequence */
        if (!add[k]) continue;
        name = thermo__jtype(&j, v) == THERMO_JSON_STRING ? thermo_json_strdup(&j, v)
               : thermo__jtype(&j, v) == 0 ? thermo__strdup(classes[c][1 + k]) : NULL;
        if (!name) {
            st = thermo__fail(err, thermo__jtype(&j, v) == 0 ? THERMO_ERR_MEMORY : THERMO_ERR_FORMAT,
                              "%s: add_%s_token is set but %s_token is not a string", file, k ? "eos" : "bos",
                              k ? "eos" : "bos");
            break;
        }
        if ((id = thermo__token_id(t, name, strlen(name))) < 0)
            st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: %s_token '%s' is not a token of the tokenizer", file,
                              k ? "eos" : "bos", thermo__shown(shown, name, strlen(name)));
        post[n++] = id;
        THERMO_FREE(name);
    }
    if (c < 4 && st == THERMO_OK) {
        int32_t *p = (int32_t *)THERMO_MALLOC((size_t)n * sizeof *p);
        if (!p) st = thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", file);
        else {
            memcpy(p, post, (size_t)n * sizeof *p);
            THERMO_FREE(t->post);
            t->post = p;
            t->n_post = n;
        }
    }
    thermo_json_free(&j);
    THERMO_FREE(text);
    THERMO_FREE(file);
    return st;
}

THERMODEF thermo_status thermo_tokenizer_load(thermo_tokenizer **out, const char *path, thermo_error *err) {
    char *file = thermo__join(path, "tokenizer.json");
    thermo__file view;
    thermo_status st;
    *out = NULL;
    if (!file) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", path);
    if (!thermo__is_dir(path) && !thermo__is_file(file)) { /* a tokenizer.json path itself */
        THERMO_FREE(file);
        file = thermo__strdup(path);
        if (!file) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", path);
    }
    st = thermo__map_file(&view, file, err); /* mapped, not copied: the parse reads it once */
    if (st == THERMO_OK) {
        st = thermo_tokenizer_parse(out, (const char *)view.data, view.size, file, err);
        thermo__unmap_file(&view);
    }
    if (st == THERMO_OK && thermo__is_dir(path) && (st = thermo__load_config_template(*out, path, err)) != THERMO_OK) {
        thermo_tokenizer_free(*out);
        *out = NULL;
    }
    THERMO_FREE(file);
    return st;
}

/* ---- encoding ---- */
typedef struct thermo__symbol {
    int32_t id;         /* -1 once merged into its left neighbour */
    int32_t prev, next; /* neighbours, -1 at the ends */
} thermo__symbol;

typedef struct thermo__merge {
    uint32_t rank, pos;  /* merge rank of the pair of symbol pos and its next */
    int32_t left, right; /* the pair's ids when it was queued */
} thermo__merge;

typedef struct thermo__encoder {
    const thermo_tokenizer *t;
    int32_t *ids;
    size_t n_ids, cap_ids;
    thermo__normalizing norm;                  /* the normalized piece being encoded */
    thermo__buf prefixed[THERMO__MAX_STAGES];  /* a split as a pre-tokenizer step changed it, per stage */
    thermo__buf mapped;                        /* a split in byte-level characters */
    thermo__buf affixed;                       /* a character with the subword prefix or suffix */
    thermo__symbol *sym;
    size_t cap_sym, n_sym;
    thermo__merge *heap;
    size_t n_heap, cap_heap;
    int oom;
} thermo__encoder;

static void thermo__emit(thermo__encoder *e, int32_t id) {
    int32_t *ids = (int32_t *)thermo__grow(e->ids, &e->cap_ids, e->n_ids + 1, sizeof *ids);
    if (!ids) { e->oom = 1; return; }
    e->ids = ids;
    ids[e->n_ids++] = id;
}

static int thermo__merge_less(const thermo__merge *a, const thermo__merge *b) {
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

/* The queue of candidate merges is a 4-ary min-heap on (rank, pos), as the Rust library's. */
static void thermo__heap_push(thermo__encoder *e, int32_t pos) {
    thermo__merge m, *h;
    size_t i;
    int32_t next = e->sym[pos].next, result;
    if (next < 0 || !thermo__merge_find(e->t, e->sym[pos].id, e->sym[next].id, &m.rank, &result)) return;
    if (!(h = (thermo__merge *)thermo__grow(e->heap, &e->cap_heap, e->n_heap + 1, sizeof *h))) {
        e->oom = 1;
        return;
    }
    e->heap = h;
    m.pos = (uint32_t)pos;
    m.left = e->sym[pos].id;
    m.right = e->sym[next].id;
    for (i = e->n_heap++; i > 0 && thermo__merge_less(&m, &h[(i - 1) / 4]); i = (i - 1) / 4)
        h[i] = h[(i - 1) / 4];
    h[i] = m;
}

static thermo__merge thermo__heap_pop(thermo__encoder *e) {
    thermo__merge *h = e->heap, top = h[0], last = h[--e->n_heap];
    size_t i = 0, n = e->n_heap;
    for (;;) {
        size_t c = 4 * i + 1, k, best = c;
        if (c >= n) break;
        for (k = c + 1; k < c + 4 && k < n; k++)
            if (thermo__merge_less(&h[k], &h[best])) best = k;
        if (!thermo__merge_less(&h[best], &last)) break;
        h[i] = h[best];
        i = best;
    }
    if (n) h[i] = last;
    return top;
}

/* Appends a symbol (token id) to the word being merged. */
static void thermo__symbol_add(thermo__encoder *e, int32_t id) {
    thermo__symbol *sym = (thermo__symbol *)thermo__grow(e->sym, &e->cap_sym, e->n_sym + 1, sizeof *sym);
    if (!sym || e->n_sym >= INT32_MAX) { e->oom = 1; return; }
    e->sym = sym;
    sym[e->n_sym].id = id;
    sym[e->n_sym].prev = (int32_t)e->n_sym - 1;
    sym[e->n_sym].next = (int32_t)e->n_sym + 1;
    e->n_sym++;
}

/* The symbols of split s[0..n) (valid UTF-8), as the Rust BPE model's merge_word makes them: one
   per character, with the continuing_subword_prefix on all but the first and the
   end_of_word_suffix on the last.  A character outside the vocabulary becomes its bytes' <0xNN>
   tokens with byte_fallback (when all are there), else the unk_token, consecutive ones fused into
   one with fuse_unk, or nothing when there is no unk_token.  As in the Rust library an unknown
   character's unk waits until the next known character (or the end), so byte-fallback tokens
   that come between go before it. */
static void thermo__symbols_of_chars(thermo__encoder *e, const unsigned char *s, size_t n) {
    const thermo_tokenizer *t = e->t;
    const char *strings = t->strings.data;
    size_t i, next;
    int unk = 0; /* an unk is waiting */
    for (i = 0; i < n && !e->oom; i = next) {
        const char *piece = (const char *)s + i;
        size_t len, k;
        int32_t id;
        next = i + (size_t)thermo_utf8_length(s + i, n - i);
        len = next - i;
        if ((i > 0 && t->prefix_len) || (next == n && t->suffix_len)) {
            e->affixed.len = 0;
            if ((i > 0 && thermo__buf_add(&e->affixed, strings + t->prefix, t->prefix_len)) ||
                thermo__buf_add(&e->affixed, piece, len) ||
                (next == n && thermo__buf_add(&e->affixed, strings + t->suffix, t->suffix_len))) {
                e->oom = 1;
                return;
            }
            piece = e->affixed.data;
            len = e->affixed.len;
            id = thermo__vocab_id(t, piece, len);
        } else {
            id = s[i] < 0x80 ? t->ascii_id[s[i]] : thermo__vocab_id(t, piece, len);
        }
        if (id >= 0) {
            if (unk) thermo__symbol_add(e, t->unk_id);
            unk = 0;
            thermo__symbol_add(e, id);
            continue;
        }
        if (t->byte_fallback) {
            for (k = 0; k < len && t->byte_token[(unsigned char)piece[k]] >= 0; k++) {}
            if (k == len) {
                for (k = 0; k < len; k++) thermo__symbol_add(e, t->byte_token[(unsigned char)piece[k]]);
                continue;
            }
        }
        if (t->unk_id < 0 || (unk && t->fuse_unk)) continue;
        if (unk) thermo__symbol_add(e, t->unk_id);
        unk = 1;
    }
    if (unk) thermo__symbol_add(e, t->unk_id);
}

/* BPE of one pre-tokenized split s[0..n), as the Rust BPE model: with ignore_merges a split that
   is in the vocabulary is one token; otherwise the split becomes symbols (byte-level: each byte
   one, a byte missing from the vocabulary the unk_token, fused with fuse_unk, or dropped when there
   is none; else thermo__symbols_of_chars), and the pair with the lowest merge rank, leftmost among
   equals, merges until none is left.  A heap keeps this O(n log n) for a long split. */
static void thermo__bpe(thermo__encoder *e, const unsigned char *s, size_t n) {
    const thermo_tokenizer *t = e->t;
    thermo__symbol *sym;
    size_t i, m;
    int32_t p;
    if (t->byte_level && (t->ignore_merges || t->prefix_len || t->suffix_len)) { /* the byte-level form */
        e->mapped.len = 0;
        for (i = 0; i < n; i++) {
            char u[4];
            if (thermo__buf_add(&e->mapped, u, (size_t)thermo__utf8_encode(t->byte_char[s[i]], u))) {
                e->oom = 1;
                return;
            }
        }
    }
    if (t->ignore_merges) {
        int32_t id = t->byte_level ? thermo__vocab_id(t, e->mapped.data, e->mapped.len)
                                   : thermo__vocab_id(t, (const char *)s, n);
        if (id >= 0) {
            thermo__emit(e, id);
            return;
        }
    }
    e->n_sym = 0;
    if (!t->byte_level) thermo__symbols_of_chars(e, s, n);
    else if (t->prefix_len || t->suffix_len) thermo__symbols_of_chars(e, (const unsigned char *)e->mapped.data,
                                                                       e->mapped.len);
    else {
        for (i = 0; i < n; i++) {
            int32_t id = t->byte_id[s[i]];
            if (id < 0) {
                if (t->unk_id < 0) continue;
                if (t->fuse_unk && i > 0 && t->byte_id[s[i - 1]] < 0) continue; /* fused with the last */
                id = t->unk_id;
            }
            thermo__symbol_add(e, id);
        }
    }
    if (!(m = e->n_sym) || e->oom) return;
    sym = e->sym;
    sym[m - 1].next = -1;
    e->n_heap = 0;
    for (i = 0; i + 1 < m; i++) thermo__heap_push(e, (int32_t)i);
    while (e->n_heap && !e->oom) {
        thermo__merge top = thermo__heap_pop(e);
        int32_t pos = (int32_t)top.pos, next = sym[pos].next, result = -1;
        uint32_t rank;
        /* skip entries made stale by earlier merges: the pair is no longer there.  (The Rust
           library checks that the pair now there merges to the same id, which comes to the
           same: symbols only grow, so no other pair can spell the same token.) */
        if (sym[pos].id != top.left || next < 0 || sym[next].id != top.right) continue;
        thermo__merge_find(t, top.left, top.right, &rank, &result);
        sym[pos].id = result;
        sym[pos].next = sym[next].next;
        sym[next].id = -1;
        if (sym[pos].next >= 0) sym[sym[pos].next].prev = pos;
        if (sym[pos].prev >= 0) thermo__heap_push(e, sym[pos].prev);
        thermo__heap_push(e, pos);
    }
    for (p = 0; p >= 0; p = sym[p].next) thermo__emit(e, sym[p].id);
}

static void thermo__pretokenize(thermo__encoder *e, int stage, const unsigned char *s, size_t n, int first);

/* A Split's pieces in the making: the last one, held back while a later one may join it. */
typedef struct thermo__pieces {
    size_t start, end;
    int held, match; /* a piece is held; the last piece was a match */
} thermo__pieces;

/* Piece s[a..b) (a match or the text between two) of Split step `stage` with behavior `mode`, as
   the Rust library's NormalizedString::split: Removed drops the matches, Isolated keeps every
   piece, MergedWithPrevious joins a match to the piece before it and MergedWithNext to the piece
   after it (unless that piece is a match too), Contiguous joins adjacent matches.  The pieces go
   to the next step (first: the text's first piece, for Metaspace). */
static void thermo__split_piece(thermo__encoder *e, int stage, const unsigned char *s, int first, thermo__pieces *p,
                                size_t a, size_t b, int match, int mode) {
    int join;
    switch (mode) {
    case THERMO__REMOVED: if (!match) thermo__pretokenize(e, stage + 1, s + a, b - a, first && !a); return;
    case THERMO__ISOLATED: thermo__pretokenize(e, stage + 1, s + a, b - a, first && !a); return;
    case THERMO__MERGED_WITH_NEXT: /* the held piece is a match waiting for the piece after it */
        if (p->held) /* alone before another match, or with the piece after it */
            thermo__pretokenize(e, stage + 1, s + p->start, (match ? p->end : b) - p->start, first && !p->start);
        if (p->held && !match) { p->held = 0; return; }
        p->held = match;
        p->start = a;
        p->end = b;
        if (!match) thermo__pretokenize(e, stage + 1, s + a, b - a, first && !a);
        return;
    case THERMO__MERGED_WITH_PREVIOUS: join = match && !p->match; break;
    default: join = match == p->match; /* THERMO__CONTIGUOUS */
    }
    if (join && p->held) p->end = b;
    else {
        if (p->held) thermo__pretokenize(e, stage + 1, s + p->start, p->end - p->start, first && !p->start);
        p->start = a;
        p->end = b;
        p->held = 1;
    }
    p->match = match;
}

/* Split step `stage` on s[0..n): the text between the matches and the matches (inverted: the
   other way round) become pieces as its behavior says.  first: s starts the text. */
static void thermo__split(thermo__encoder *e, int stage, const unsigned char *s, size_t n, int first) {
    const thermo__step *st = &e->t->stages[stage];
    thermo__pieces p = {0, 0, 0, 0};
    size_t i, end;
    for (i = 0; i < n && !e->oom; i = end) {
        size_t start;
        end = thermo__next_match(st->kind, e->t->strings.data + st->a, st->a_len, s, n, i, &start);
        if (start > i) thermo__split_piece(e, stage, s, first, &p, i, start, st->split, st->mode);
        if (start < n) thermo__split_piece(e, stage, s, first, &p, start, end, !st->split, st->mode);
    }
    if (p.held) thermo__pretokenize(e, stage + 1, s + p.start, p.end - p.start, first && !p.start);
}

/* Metaspace: spaces become the replacement character, which is prepended (always; first: only to
   the split at the start of the text; never) unless the split starts with it; with `split`, a
   split starts at each replacement character (MergedWithNext). */
static void thermo__metaspace(thermo__encoder *e, int stage, const unsigned char *s, size_t n, int first) {
    const thermo__step *st = &e->t->stages[stage];
    const char *rep = e->t->strings.data + st->a;
    size_t rn = st->a_len, i, cut;
    thermo__buf *b = &e->prefixed[stage];
    const unsigned char *d;
    b->len = 0;
    if ((st->mode == THERMO__PREPEND_ALWAYS || (st->mode == THERMO__PREPEND_FIRST && first)) && s[0] != ' ' &&
        !(n >= rn && memcmp(s, rep, rn) == 0) && thermo__buf_add(b, rep, rn)) {
        e->oom = 1;
        return;
    }
    if (thermo__replace((const char *)s, n, " ", 1, rep, rn, b)) { e->oom = 1; return; }
    d = (const unsigned char *)b->data;
    if (!st->split) {
        thermo__pretokenize(e, stage + 1, d, b->len, first);
        return;
    }
    for (i = cut = 0; i < b->len && !e->oom;) {
        if (i + rn <= b->len && d[i] == (unsigned char)rep[0] && memcmp(d + i, rep, rn) == 0) {
            if (i > cut) thermo__pretokenize(e, stage + 1, d + cut, i - cut, first && !cut);
            cut = i;
            i += rn;
        } else {
            i++;
        }
    }
    thermo__pretokenize(e, stage + 1, d + cut, b->len - cut, first && !cut);
}

/* Runs pre-tokenizer steps stage.. on s[0..n), then BPE on each split.  first: the split starts
   the text (Metaspace's prepend_scheme "first"). */
static void thermo__pretokenize(thermo__encoder *e, int stage, const unsigned char *s, size_t n, int first) {
    const thermo_tokenizer *t = e->t;
    if (n == 0 || e->oom) return; /* empty splits are dropped */
    if (stage == t->n_stages) { thermo__bpe(e, s, n); return; }
    switch (t->stages[stage].kind) {
    case THERMO__PREFIX_SPACE: /* ByteLevel's add_prefix_space, on every split that lacks one */
        if (s[0] != ' ') {
            thermo__buf *b = &e->prefixed[stage];
            b->len = 0;
            if (thermo__buf_add(b, " ", 1) || thermo__buf_add(b, s, n)) { e->oom = 1; return; }
            s = (const unsigned char *)b->data;
            n = b->len;
        }
        thermo__pretokenize(e, stage + 1, s, n, first);
        return;
    case THERMO__METASPACE: thermo__metaspace(e, stage, s, n, first); return;
    default: thermo__split(e, stage, s, n, first); /* a Split or Digits */
    }
}

static void thermo__between_added(thermo__encoder *e, int pass, const unsigned char *s, size_t n, int first);

/* Splits added tokens (trie `pass`: 0 raw, 1 normalized) out of s[0..n), as the Rust library's
   AddedVocabulary::find_matches does, and passes every other piece on: in pass 0 to the
   normalizer and pass 1, in pass 1 to the pre-tokenizer.  first: s starts the text. */
static void thermo__split_added(thermo__encoder *e, int pass, const unsigned char *s, size_t n, int first) {
    const thermo_tokenizer *t = e->t;
    const thermo__trie *tr = &t->trie[pass];
    size_t pos = 0, start_offset = 0;
    while (tr->count && pos < n && !e->oom) {
        size_t start, stop, len = 0;
        int32_t k = -1;
        const thermo__added *a;
        for (start = pos; start < n; start++)
            if (tr->first[s[start]] && (k = thermo__trie_longest(tr, s + start, n - start, &len)) >= 0) break;
        if (k < 0) break;
        a = &t->added[k];
        stop = start + len;
        pos = stop; /* the next match is searched for after this one, even if it is dropped */
        if (a->single_word) { /* not inside a word: no \w right before or right after */
            size_t before = start, next;
            if (before > 0) do before--; while (before > 0 && (s[before] & 0xC0) == 0x80);
            if ((start > 0 && (thermo__flags_at(s, before, &next) & THERMO__U_WORD)) ||
                (stop < n && (thermo__flags_at(s, stop, &next) & THERMO__U_WORD)))
                continue;
        }
        if (a->lstrip) {
            start = thermo__space_before(s, start_offset, start); /* never back past the last match */
        }
        if (a->rstrip) stop = thermo__run(s, n, stop, THERMO__U_WS, 0);
        if (start_offset < start)
            thermo__between_added(e, pass, s + start_offset, start - start_offset, first && !start_offset);
        thermo__emit(e, a->id);
        start_offset = stop;
    }
    if (start_offset < n) thermo__between_added(e, pass, s + start_offset, n - start_offset, first && !start_offset);
}

/* A piece between added tokens: after pass 0, normalize it and split out normalized added
   tokens (pass 1); after pass 1, pre-tokenize it. */
static void thermo__between_added(thermo__encoder *e, int pass, const unsigned char *s, size_t n, int first) {
    const unsigned char *norm;
    size_t norm_n;
    if (pass == 1) thermo__pretokenize(e, 0, s, n, first);
    else if (thermo__normalize(e->t, s, n, &e->norm, &norm, &norm_n)) e->oom = 1;
    else thermo__split_added(e, 1, norm, norm_n, first);
}

THERMODEF thermo_status thermo_tokenize(const thermo_tokenizer *t, const char *text, size_t length,
                                        int32_t **ids, int *n_ids, thermo_error *err) {
    thermo__encoder e;
    size_t bad = thermo__utf8_check((const unsigned char *)text, length), i;
    int k;
    *ids = NULL;
    *n_ids = 0;
    if (bad < length)
        return thermo__fail(err, THERMO_ERR_FORMAT, "invalid UTF-8 at byte offset %zu (byte 0x%02X)", bad,
                            (unsigned char)text[bad]);
    memset(&e, 0, sizeof e);
    e.t = t;
    for (k = 0; k < t->n_post && !e.oom; k++) { /* the post-processor's template around the text */
        if (t->post[k] >= 0) { thermo__emit(&e, t->post[k]); continue; }
        thermo__split_added(&e, 0, (const unsigned char *)text, length, 1);
    }
    THERMO_FREE(e.norm.buf[0].data);
    THERMO_FREE(e.norm.buf[1].data);
    THERMO_FREE(e.norm.cps);
    THERMO_FREE(e.mapped.data);
    THERMO_FREE(e.affixed.data);
    THERMO_FREE(e.sym);
    THERMO_FREE(e.heap);
    for (i = 0; i < THERMO__MAX_STAGES; i++) THERMO_FREE(e.prefixed[i].data);
    if (!e.ids && !e.oom) e.ids = (int32_t *)THERMO_MALLOC(sizeof *e.ids); /* never NULL on success */
    if (!e.ids || e.oom || e.n_ids > INT_MAX) {
        THERMO_FREE(e.ids);
        return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory tokenizing %zu bytes", length);
    }
    *ids = e.ids;
    *n_ids = (int)e.n_ids;
    return THERMO_OK;
}

THERMODEF const char *thermo_token_piece(const thermo_tokenizer *t, int32_t id) {
    if (id < 0 || id >= t->n_ids || t->record[id] == UINT32_MAX) return NULL;
    return t->strings.data + t->record[id] + 12;
}

THERMODEF const char *thermo_token_bytes(const thermo_tokenizer *t, int32_t id, size_t *length) {
    uint32_t rec;
    if (id < 0 || id >= t->n_ids || (rec = t->record[id]) == UINT32_MAX) {
        *length = 0;
        return NULL;
    }
    *length = thermo__rec_u32(t, rec, 1);
    return t->strings.data + rec + 12 + thermo__rec_u32(t, rec, 0) + 1;
}

THERMODEF int32_t thermo_tokenizer_vocab_size(const thermo_tokenizer *t) { return t->n_ids; }
#endif /* THERMO_NO_TOKENIZER */


/* ============================== 6. forward ============================== */
/* The decoder of the families in section 4's table (transformers' Qwen2, Llama, Mistral, Qwen3,
   SmolLM3, OLMo 2, Gemma 2 and Gemma 3 ForCausalLM) in float32, for sequences packed one after
   another into T rows (each sequence attends only to itself; positions restart at 0), H hidden,
   I intermediate, V vocab:

       x = embed_tokens[ids] * embed_scale                                          (T,H)
       for each layer:
           h = attn_in(x)
           x += attn_out(o_proj(attention(rope(qn(q_proj(h))), rope(kn(k_proj(h))), v_proj(h))))
           h = mlp_in(x)
           x += mlp_out(down_proj(act(gate_proj(h)) * up_proj(h)))
       logits = softcap(lm_head(rmsnorm(x)))                                        (T,V)
       loss = mean over sequences of the mean over t < len-1 of CE(logits_t, ids_t+1)

   attn_in, attn_out, mlp_in, mlp_out, qn and kn are RMSNorms where the family has them (the
   identity elsewhere: Llama has attn_in and mlp_in, OLMo 2 attn_out and mlp_out, Gemma all four;
   qn and kn over each head in Qwen3 and Gemma 3, over all of q and k in OLMo 2), multiplying by
   (1 + w) in Gemma.  act is SiLU, or GELU-tanh in Gemma; embed_scale is sqrt(H) in Gemma, else 1;
   softcap(x) = c tanh(x / c) with final_logit_softcapping c where set (else the identity).  The
   attention scores are (q.k) query_pre_attn_scalar^-1/2 (head_dim's by default), softcapped by
   attn_logit_softcapping (Gemma 2); a layer marked THERMO_LAYER_SLIDING attends to its last
   sliding_window positions (Gemma's, Mistral's, Qwen2/Qwen3's from max_window_layers on), THERMO_LAYER_NO_ROPE skips rope (SmolLM3), THERMO_LAYER_LOCAL_ROPE
   uses the local base (Gemma 3).  Biases are added where the checkpoint
   has them.  Kernels come in forward/backward pairs, llm.c style, arguments ordered outputs, saved
   values, inputs, weights, sizes.  A backward kernel adds (+=) into its input gradients unless it
   says otherwise; the gradients of biases and norm weights are never needed (only 2-D weights are
   reported), so backward computes what flows through them, not their own gradients.  Every
   product is one packed float gemm (thermo__gemm), the stored weights (bf16/f16/f32, either way
   round: Conv1D's (in, out) as well as Linear's (out, in)) converted to float once per product as
   they are packed (the packed copy of one matrix, or one vocabulary tile, lives while its product
   runs); only one layer's 1-D weights are held in float.

   Memory O(T).  Forward saves per layer the residual streams, q, k, v (and, with q/k norms, q and
   k before them), the attention output, the MLP's gate and up, the outputs of o_proj and
   down_proj where a norm follows them, and each norm's and attention row's statistics (1/rms or
   mean, softmax max and sum).  Backward makes again, from those, each norm's output (RMSNorm or
   LayerNorm), the attention weights (FlashAttention: block by block, never T x T) and
   act(gate) * up (SiLU, GELU-tanh or gelu_new), the same bits as forward.  The logits, their softcap and their
   gradient go a THERMO__VOCAB_FLOATS tile of columns at a time (forward: a running log-sum-exp;
   backward: the logits again, then the lm_head's input gradient and its |dW|), never T x V.

   Gradient norms, exact, without gradient matrices.  A linear layer y = x W^T + b with inputs
   x (T,C) and output gradients dy (T,OC) has dW = sum_t dy_t x_t^T; per matrix the cheaper route
   (thermo_gradnorm_route):
     identity  since <a b^T, c d^T>_F = (a.c)(b.d), |dW|_F^2 = sum_{t,s} (dy_t . dy_s) (x_t . x_s):
               two T x T Gram matrices in double, T^2 (OC + C) / 2 multiply-adds, while T is small;
     streamed  dW formed THERMO__DW_ROWS rows at a time in float (T OC C), never whole;
     reference every row of dW in double, one at a time (the yardstick the others are tested
               against; chosen only by the caller).
   The embedding's scattered rows add to the lm_head's part when tied (thermo__embedding_backward).

   Threads: every OpenMP loop gives each output element to one thread, which computes it in a
   fixed order (the gemm's tiles, the attention's blocks of rows, and its tiles in backward as
   tasks ordered by their dependencies, a Gram matrix's rows), and sums over tiles are added in
   tile order, so the results are bitwise the same for any thread count and without OpenMP.  The
   big loops are scheduled dynamically (which thread takes an iteration changes nothing), so a
   thread the OS preempts on a busy machine does not hold up the others.  The products' and
   attention's multiply-adds are fused where the hardware has FMA (THERMO__FMAF) and the
   exponentials of softmax and SiLU are thermo__exp_shifted's (within 2 ulp of expf): last bits
   differ between machines with and without FMA, never between thread counts. */

#define THERMO__TILE 256      /* thermo__weight_norm converts this many elements at a time */
#define THERMO__PARALLEL 131072.0 /* loops with less work (multiply-adds) than this run on one thread */
#define THERMO__MAX_TOKENS (1 << 20)

/* a . b in double (the products of floats are exact) with 8 running sums */
static double thermo__dot_f64(const float *a, const float *b, size_t n) {
    double acc[8] = {0}, sum = 0;
    size_t i = 0;
    int k;
    for (; i + 8 <= n; i += 8)
        for (k = 0; k < 8; k++) acc[k] += (double)a[i + k] * b[i + k];
    for (k = 0; i < n; i++, k++) acc[k] += (double)a[i] * b[i];
    for (k = 0; k < 8; k++) sum += acc[k];
    return sum;
}

/* y (n) += a * x (n), 16 at a time through a local array: compilers vectorise this at -O2 (no
   alias check, no remainder loop to cost) */
static void thermo__axpy(float *y, float a, const float *x, int n) {
    int i = 0, k;
    for (; i + 16 <= n; i += 16) {
        float ax[16];
        for (k = 0; k < 16; k++) ax[k] = a * x[i + k];
        for (k = 0; k < 16; k++) y[i + k] += ax[k];
    }
    for (; i < n; i++) y[i] += a * x[i];
}

static void thermo__zero(float *p, size_t n) { memset(p, 0, n * sizeof *p); }

/* ---- matrix products ---- */

/* The gemm's register tile: THERMO__MR x THERMO__NR sums of c held in registers while k runs, a
   fused multiply-add each (THERMO__FMAF).  NR is two vectors (AVX-512's where the machine has
   them); gcc is fastest at 8 rows, clang (which unrolls by itself) at 4, and 6 rows of AVX
   vectors leave registers for the operands.  Each c_ij adds its products in k order whatever the
   tile, so the tile does not change results. */
#if defined(__AVX512F__)
#define THERMO__NR 32
#else
#define THERMO__NR 16
#endif
#if defined(__clang__)
#define THERMO__MR 4
#elif defined(__AVX512F__) || !defined(__AVX__)
#define THERMO__MR 8
#else
#define THERMO__MR 6
#endif
#define THERMO__KC 256        /* k of one pass over a tile: its strip of b stays in L1 */
#define THERMO__GEMM_ROWS 256 /* one OpenMP iteration's share of c: rows ... */
#define THERMO__GEMM_COLS 128 /* ... and columns (a multiple of THERMO__NR) */
#define THERMO__WIDE_COLS 1024 /* floats of a stored row converted at once (and of the small packing
                                  buffer when scratch is scarce) */
#define THERMO__PACKED (THERMO__KC * THERMO__GEMM_COLS) /* floats of a packed b */

/* The b of a gemm, (K,N): floats f or a stored weight t, read as stored (b_kj = t[r0 + k][j],
   transposed 0) or transposed (b_kj = t[r0 + j][k], transposed 1), ld its row length.  Weights
   are converted to float as they are packed: never a float copy. */
typedef struct thermo__operand {
    const float *f;
    const thermo_tensor *t;
    int64_t r0;
    size_t ld;
    int transposed;
} thermo__operand;

/* floats (rows, ld) as a gemm's b */
static thermo__operand thermo__floats_operand(const float *f, size_t ld) {
    thermo__operand b;
    memset(&b, 0, sizeof b);
    b.f = f;
    b.ld = ld;
    return b;
}
/* a stored (rows, ld) weight from row r0 as a gemm's b, as stored or transposed */
static thermo__operand thermo__stored(const thermo_tensor *t, int64_t r0, int transposed) {
    thermo__operand b;
    memset(&b, 0, sizeof b);
    b.t = t;
    b.r0 = r0;
    b.ld = (size_t)t->shape[1];
    b.transposed = transposed;
    return b;
}

/* rows k0 .. k0+nk and columns j0 .. j0+N of b (nk <= THERMO__KC, N <= THERMO__WIDE_COLS) in
   strips of THERMO__NR columns, zero-padded: strip s, (nk, THERMO__NR) row-major, at bp + s stride */
static void thermo__pack(float *bp, size_t stride, const thermo__operand *b, int k0, int nk, int j0, int N) {
    int k, j, s0;
    if (b->transposed) /* THERMO__NR stored rows of a strip, nk elements of each */
        for (s0 = 0; s0 < N; s0 += THERMO__NR) {
            float *strip = bp + (size_t)(s0 / THERMO__NR) * stride, run[THERMO__KC];
            int nj = N - s0 < THERMO__NR ? N - s0 : THERMO__NR;
            for (j = 0; j < THERMO__NR; j++) {
                const float *src = run;
                int64_t at = (b->r0 + j0 + s0 + j) * (int64_t)b->ld + k0;
                if (j < nj && b->t) thermo_tensor_f32(b->t, at, nk, run);
                else if (j < nj) src = b->f + at;
                for (k = 0; k < nk; k++) strip[(size_t)k * THERMO__NR + j] = j < nj ? src[k] : 0.0f;
            }
        }
    else /* row k of b: its N columns at once, dealt to the strips */
        for (k = 0; k < nk; k++) {
            float run[THERMO__WIDE_COLS];
            const float *row = run;
            if (b->t) thermo_tensor_f32(b->t, (b->r0 + k0 + k) * (int64_t)b->ld + j0, N, run);
            else row = b->f + (size_t)(k0 + k) * b->ld + j0;
            for (s0 = 0; s0 < N; s0 += THERMO__NR) {
                float *dst = bp + (size_t)(s0 / THERMO__NR) * stride + (size_t)k * THERMO__NR;
                int nj = N - s0 < THERMO__NR ? N - s0 : THERMO__NR;
                memcpy(dst, row + s0, sizeof(float) * (size_t)nj);
                for (j = nj; j < THERMO__NR; j++) dst[j] = 0.0f;
            }
        }
}

/* c (THERMO__MR, cols; row stride ldc) += sum_{k < nk} ar[i][k] strip[k][j], j < cols: the
   register tile, each row of a broadcast times one row of the strip (THERMO__NR floats apart).
   Two of them: the whole strip, and its first half (for strips of at most that many columns of c,
   as c^T in thermo__gemm_few_rows is for a few tokens). */
#define THERMO__GEMM_TILE(name, cols)                                                                      \
    static void name(float *c, size_t ldc, const float *const *ar, const float *strip, int nk) {        \
        float acc[THERMO__MR][cols];                                                                    \
        int i, j, k;                                                                                    \
        THERMO__UNROLL for (i = 0; i < THERMO__MR; i++)                                                 \
            THERMO__UNROLL for (j = 0; j < (cols); j++) acc[i][j] = c[i * ldc + j];                     \
        for (k = 0; k < nk; k++) {                                                                      \
            const float *bk = strip + (size_t)k * THERMO__NR;                                           \
            THERMO__UNROLL for (i = 0; i < THERMO__MR; i++) {                                           \
                float x = ar[i][k];                                                                     \
                THERMO__UNROLL for (j = 0; j < (cols); j++) acc[i][j] = THERMO__FMAF(x, bk[j], acc[i][j]); \
            }                                                                                           \
        }                                                                                               \
        THERMO__UNROLL for (i = 0; i < THERMO__MR; i++)                                                 \
            THERMO__UNROLL for (j = 0; j < (cols); j++) c[i * ldc + j] = acc[i][j];                     \
    }
THERMO__GEMM_TILE(thermo__gemm_tile, THERMO__NR)
THERMO__GEMM_TILE(thermo__gemm_half_tile, THERMO__NR / 2)

/* c (M,N) += a (M,nk) b on one thread, b packed by thermo__pack (strip s at bp + s stride): a
   strip at a time (it stays in L1) down all of a's rows.  A tile of c past the last row or column
   is computed in a local tile, from the last row of a again and the strip's zero padding, and only
   its part inside c is stored. */
static void thermo__gemm_kernel(float *c, size_t ldc, const float *a, size_t lda, const float *bp, size_t stride,
                                int M, int N, int nk) {
    int i0, j0, i, j;
    for (j0 = 0; j0 < N; j0 += THERMO__NR) {
        int nj = N - j0 < THERMO__NR ? N - j0 : THERMO__NR;
        const float *strip = bp + (size_t)(j0 / THERMO__NR) * stride;
        for (i0 = 0; i0 < M; i0 += THERMO__MR) {
            int mi = M - i0 < THERMO__MR ? M - i0 : THERMO__MR;
            const float *ar[THERMO__MR];
            float *ct = c + (size_t)i0 * ldc + j0, edge[THERMO__MR * THERMO__NR];
            for (i = 0; i < THERMO__MR; i++) ar[i] = a + (size_t)(i0 + (i < mi ? i : mi - 1)) * lda;
            if (mi == THERMO__MR && nj == THERMO__NR) {
                thermo__gemm_tile(ct, ldc, ar, strip, nk);
                continue;
            }
            if (mi == THERMO__MR && nj == THERMO__NR / 2) {
                thermo__gemm_half_tile(ct, ldc, ar, strip, nk);
                continue;
            }
            for (i = 0; i < THERMO__MR; i++)
                for (j = 0; j < THERMO__NR; j++) edge[i * THERMO__NR + j] = i < mi && j < nj ? ct[(size_t)i * ldc + j] : 0.0f;
            if (nj <= THERMO__NR / 2) thermo__gemm_half_tile(edge, THERMO__NR, ar, strip, nk);
            else thermo__gemm_tile(edge, THERMO__NR, ar, strip, nk);
            for (i = 0; i < mi; i++)
                for (j = 0; j < nj; j++) ct[(size_t)i * ldc + j] = edge[i * THERMO__NR + j];
        }
    }
}

/* b (K,N) packed whole by thermo__pack, one OpenMP loop over its THERMO__KC x THERMO__GEMM_COLS
   blocks: THERMO__NR-column strips of all K rows (bp: K x N rounded up to THERMO__NR floats) */
static void thermo__pack_whole(float *bp, const thermo__operand *b, int K, int N) {
    int n_kc = (K + THERMO__KC - 1) / THERMO__KC, n_jobs = (N + THERMO__GEMM_COLS - 1) / THERMO__GEMM_COLS * n_kc, job;
    size_t stride = (size_t)K * THERMO__NR;
    THERMO__OMP(omp parallel for schedule(dynamic) if ((double)K * N >= THERMO__PARALLEL))
    for (job = 0; job < n_jobs; job++) {
        int j0 = job / n_kc * THERMO__GEMM_COLS, k0 = job % n_kc * THERMO__KC;
        int n = N - j0 < THERMO__GEMM_COLS ? N - j0 : THERMO__GEMM_COLS, nk = K - k0 < THERMO__KC ? K - k0 : THERMO__KC;
        thermo__pack(bp + (size_t)(j0 / THERMO__NR) * stride + (size_t)k0 * THERMO__NR, stride, b, k0, nk, j0, n);
    }
}

/* c (M,N) += a (M,K) b, b packed whole by thermo__pack_whole (bp at the strip of c's first
   column), on one thread, THERMO__KC of k a pass.  Every c_ij adds its products a_ik b_kj in k
   order, in float: the same bits however c and k are cut, and as thermo__gemm_serial's. */
static void thermo__gemm_packed(float *c, size_t ldc, const float *a, size_t lda, const float *bp, int M, int N,
                                int K) {
    int k0;
    for (k0 = 0; k0 < K; k0 += THERMO__KC)
        thermo__gemm_kernel(c, ldc, a + k0, lda, bp + (size_t)k0 * THERMO__NR, (size_t)K * THERMO__NR, M, N,
                            K - k0 < THERMO__KC ? K - k0 : THERMO__KC);
}

/* c (M,N) += a (M,K) b (K,N) on one thread, N <= THERMO__GEMM_COLS: kc rows of b packed at a time
   into bp (kc THERMO__GEMM_COLS floats) */
static void thermo__gemm_serial(float *c, size_t ldc, const float *a, size_t lda, const thermo__operand *b,
                                int j0, int M, int N, int K, float *bp, int kc) {
    int k0;
    for (k0 = 0; k0 < K; k0 += kc) {
        int nk = K - k0 < kc ? K - k0 : kc;
        thermo__pack(bp, (size_t)nk * THERMO__NR, b, k0, nk, j0, N);
        thermo__gemm_kernel(c, ldc, a + k0, lda, bp, (size_t)nk * THERMO__NR, M, N, nk);
    }
}

#define THERMO__SWAP_ROWS 64 /* weight rows of one OpenMP iteration of thermo__gemm_few_rows */

/* c (M,N) += a (M,K) W^T, W a stored (N,K) weight (b transposed) and M <= THERMO__GEMM_COLS: as
   c^T = W a^T, so that THERMO__SWAP_ROWS of W's rows are converted whole, in storage order, into
   a thread's buffer instead of transposed as they are packed (which would cost more than the
   products when M is small); a^T is packed once for all.  Each c_ij adds the same products
   W_jk a_ik in the same k order as thermo__gemm_serial: the same bits.  0 (nothing done) when
   W's rows are longer than K, or out of memory for a^T and the row buffers. */
static int thermo__gemm_few_rows(float *c, size_t ldc, const float *a, size_t lda, const thermo__operand *b, int M,
                                 int N, int K) {
    int n_jobs = (N + THERMO__SWAP_ROWS - 1) / THERMO__SWAP_ROWS, job, Mp = (M + THERMO__NR - 1) / THERMO__NR * THERMO__NR;
    int Mc = M <= THERMO__NR / 2 ? THERMO__NR / 2 : Mp; /* c^T's row length: whole tiles, no edges */
    size_t per_thread = (size_t)THERMO__SWAP_ROWS * ((size_t)K + THERMO__GEMM_COLS); /* a job's rows of W, and c^T */
    thermo__operand at = thermo__floats_operand(a, lda); /* b'_ki = a_ik */
    float *packed;
    if (b->ld != (size_t)K) return 0;
    packed = (float *)THERMO_MALLOC(sizeof(float) * ((size_t)K * Mp + per_thread * (size_t)THERMO__THREADS()));
    if (!packed) return 0; /* a^T, then each thread's scratch */
    at.transposed = 1;
    thermo__pack_whole(packed, &at, K, M);
    THERMO__OMP(omp parallel for schedule(dynamic) if ((double)M * N * K >= THERMO__PARALLEL))
    for (job = 0; job < n_jobs; job++) {
        float *w = packed + (size_t)K * Mp + per_thread * (size_t)THERMO__THREAD(), *ct = w + (size_t)THERMO__SWAP_ROWS * K;
        int j0 = job * THERMO__SWAP_ROWS, n = N - j0 < THERMO__SWAP_ROWS ? N - j0 : THERMO__SWAP_ROWS, r, i;
        for (r = 0; r < n; r++)
            for (i = 0; i < M; i++) ct[r * Mc + i] = c[(size_t)i * ldc + j0 + r];
        thermo_tensor_f32(b->t, (b->r0 + j0) * (int64_t)b->ld, (int64_t)n * K, w); /* rows j0.. whole (ld = K) */
        thermo__gemm_packed(ct, (size_t)Mc, w, (size_t)K, packed, n, Mc, K);
        for (r = 0; r < n; r++)
            for (i = 0; i < M; i++) c[(size_t)i * ldc + j0 + r] = ct[r * Mc + i];
    }
    THERMO_FREE(packed);
    return 1;
}

#define THERMO__FEW_ROWS 16 /* at most this many rows of c: a weight read as stored goes by k blocks */
#define THERMO__K_BLOCKS 8  /* ... this many (fewer for K < 128), whatever the thread count */

/* c (M,N) += a (M,K) W, W a stored (K,N) weight read as stored and M <= THERMO__FEW_ROWS: each of
   n_kb fixed blocks of k (one OpenMP iteration) reads its rows of W in storage order, adding
   a_ik W_k into its own (M,N) partial (k in order), and the partials are added to c in block
   order; the same bits for any thread count.  0 when out of memory for the partials (nothing
   done). */
static int thermo__gemm_k_blocks(float *c, size_t ldc, const float *a, size_t lda, const thermo__operand *b, int M,
                                 int N, int K) {
    int n_kb = K / 16 < THERMO__K_BLOCKS ? (K / 16 > 1 ? K / 16 : 1) : THERMO__K_BLOCKS, kb; /* blocks of 16 rows or more */
    size_t MN = (size_t)M * N, i;
    float *partial = (float *)THERMO_MALLOC(sizeof(float) * MN * (size_t)n_kb);
    if (!partial) return 0;
    THERMO__OMP(omp parallel for schedule(dynamic) if ((double)M * N * K >= THERMO__PARALLEL))
    for (kb = 0; kb < n_kb; kb++) {
        float run[THERMO__WIDE_COLS], *p = partial + MN * (size_t)kb;
        int k = (int)((int64_t)K * kb / n_kb), k1 = (int)((int64_t)K * (kb + 1) / n_kb), j0, r;
        memset(p, 0, sizeof(float) * MN);
        for (; k < k1; k++)
            for (j0 = 0; j0 < N; j0 += THERMO__WIDE_COLS) {
                int n = N - j0 < THERMO__WIDE_COLS ? N - j0 : THERMO__WIDE_COLS;
                thermo_tensor_f32(b->t, (b->r0 + k) * (int64_t)b->ld + j0, n, run);
                for (r = 0; r < M; r++) thermo__axpy(p + (size_t)r * N + j0, a[(size_t)r * lda + k], run, n);
            }
    }
    THERMO__OMP(omp parallel for schedule(static) if ((double)MN * n_kb >= THERMO__PARALLEL))
    for (i = 0; i < MN; i++) {
        float *ci = c + i / (size_t)N * ldc + i % (size_t)N;
        for (kb = 0; kb < n_kb; kb++) *ci += partial[MN * (size_t)kb + i];
    }
    THERMO_FREE(partial);
    return 1;
}

/* c (M,N) += a (M,K) b (K,N): b packed whole once (bf16/f16 converted once), then each
   THERMO__GEMM_ROWS x THERMO__GEMM_COLS tile of c one OpenMP iteration: the same sums, bit for bit,
   for any thread count.  Out of memory for the packed b, each tile packs a few rows of b at a
   time into a small buffer on its stack (thread stacks can be small: musl gives 128 KB): the same
   bits either way. */
static void thermo__gemm(float *c, size_t ldc, const float *a, size_t lda, const thermo__operand *b, int M, int N,
                         int K) {
    int n_cols = (N + THERMO__GEMM_COLS - 1) / THERMO__GEMM_COLS, n_jobs = (M + THERMO__GEMM_ROWS - 1) / THERMO__GEMM_ROWS * n_cols, job;
    float *bp;
    if (b->t && b->transposed && M <= THERMO__GEMM_COLS && thermo__gemm_few_rows(c, ldc, a, lda, b, M, N, K)) return;
    if (b->t && !b->transposed && M <= THERMO__FEW_ROWS && thermo__gemm_k_blocks(c, ldc, a, lda, b, M, N, K)) return;
    bp = (float *)THERMO_MALLOC(sizeof(float) * (size_t)K * (size_t)((N + THERMO__NR - 1) / THERMO__NR * THERMO__NR));
    if (bp) thermo__pack_whole(bp, b, K, N);
    THERMO__OMP(omp parallel for schedule(dynamic) if ((double)M * N * K >= THERMO__PARALLEL))
    for (job = 0; job < n_jobs; job++) {
        int i0 = job / n_cols * THERMO__GEMM_ROWS, j0 = job % n_cols * THERMO__GEMM_COLS;
        int m = M - i0 < THERMO__GEMM_ROWS ? M - i0 : THERMO__GEMM_ROWS, n = N - j0 < THERMO__GEMM_COLS ? N - j0 : THERMO__GEMM_COLS;
        float small[THERMO__WIDE_COLS];
        if (bp)
            thermo__gemm_packed(c + (size_t)i0 * ldc + j0, ldc, a + (size_t)i0 * lda, lda,
                                bp + (size_t)(j0 / THERMO__NR) * K * THERMO__NR, m, n, K);
        else
            thermo__gemm_serial(c + (size_t)i0 * ldc + j0, ldc, a + (size_t)i0 * lda, lda, b, j0, m, n, K, small,
                                THERMO__WIDE_COLS / THERMO__GEMM_COLS);
    }
    THERMO_FREE(bp);
}

/* at (C,R) = a (R,C)^T, 16 x 16 blocks at a time */
static void thermo__transpose(float *at, const float *a, int R, int C) {
    int r0;
    THERMO__OMP(omp parallel for schedule(static) if ((double)R * C >= THERMO__PARALLEL))
    for (r0 = 0; r0 < R; r0 += 16) {
        int c0, r, c, r1 = r0 + 16 < R ? r0 + 16 : R;
        for (c0 = 0; c0 < C; c0 += 16)
            for (c = c0; c < C && c < c0 + 16; c++)
                for (r = r0; r < r1; r++) at[(size_t)c * R + r] = a[(size_t)r * C + c];
    }
}

/* ---- gradient norms ---- */

/* |dW|_F^2 of every checkpoint tensor (indexed like checkpoint.tensors), the route each took, and
   their scratch. */
typedef struct thermo__gradnorms {
    const thermo_tensor *tensors; /* the checkpoint's tensor array */
    double *g2;                   /* (n_tensors) |dW|_F^2 */
    unsigned char *route;         /* (n_tensors) the thermo_gradnorm_route each took */
    thermo_gradnorm_route choice; /* the caller's; AUTO picks per matrix */
    int T;
    double *gx, *gdy;  /* (T,T) identity route: Gram matrices of a layer's inputs and output gradients
                          (NULL when no matrix takes that route) */
    double *rowsq;     /* (max rows, at least T) per-row or per-token sums, added in order */
    double *scratch;   /* (threads, max cols) reference: one row of dW per thread */
    float *tiles;      /* (threads, thermo__tile_floats(T, tile_cols)) streamed: dy^T, dW rows and the
                          gemm's packing */
    size_t tile_cols;  /* the most columns of any weight */
} thermo__gradnorms;

#define THERMO__DW_ROWS 32 /* rows of dW one streamed OpenMP iteration forms */

/* floats of one thread's share of gn->tiles: THERMO__DW_ROWS rows of dy^T (T) and of dW (cols),
   then the gemm's packing of x when out of memory for all of it */
static size_t thermo__tile_floats(size_t T, size_t cols) { return THERMO__DW_ROWS * (T + cols) + THERMO__PACKED; }

#define THERMO__GRAM_COST 8.0 /* float gemm multiply-adds that one of the Gram matrices' costs (double
                                 dot products; measured about 3 to 16 on the 0.5B shape, 256 to 512 tokens) */

/* The route for a (OC, C) weight: the caller's, or the cheaper in multiply-adds of the identity,
   T^2 (C + OC) / 2 (the Gram matrices' halves) weighed by THERMO__GRAM_COST, and the streamed dW,
   T C OC. */
static thermo_gradnorm_route thermo__route(thermo_gradnorm_route choice, double T, double C, double OC) {
    if (choice != THERMO_GRADNORM_AUTO) return choice;
    return THERMO__GRAM_COST * T * T * (C + OC) / 2 < T * C * OC ? THERMO_GRADNORM_IDENTITY : THERMO_GRADNORM_STREAMED;
}

/* G (T,T) = a (T,N) a^T in double.  Thread t writes G[t][s] and G[s][t] for s <= t only. */
static void thermo__gram(double *G, const float *a, int T, size_t N) {
    int t;
    THERMO__OMP(omp parallel for schedule(dynamic) if ((double)T * T * N / 2 >= THERMO__PARALLEL))
    for (t = 0; t < T; t++) {
        int s;
        for (s = 0; s <= t; s++) G[(size_t)t * T + s] = G[(size_t)s * T + t] = thermo__dot_f64(a + t * N, a + s * N, N);
    }
}

/* sum_{t,s} A_ts B_ts of two (T,T) matrices */
static double thermo__frobenius_dot(const double *A, const double *B, int T) {
    double sum = 0;
    size_t i;
    for (i = 0; i < (size_t)T * T; i++) sum += A[i] * B[i];
    return sum;
}

/* The reference: |dW|_F^2 with every row of dW formed in double, dW_o = sum_t dy[t][o] x_t, one
   row at a time (O(T OC C)); dy (T, ldy) holds the OC columns used, x (T, C). */
static double thermo__gradnorm2_reference(thermo__gradnorms *gn, const float *dy, size_t ldy, const float *x, int C,
                                          int OC) {
    int o, T = gn->T;
    double sum = 0;
    THERMO__OMP(omp parallel for schedule(dynamic, 16) if ((double)T * OC * C >= THERMO__PARALLEL))
    for (o = 0; o < OC; o++) {
        double *row = gn->scratch + (size_t)THERMO__THREAD() * C, sq = 0;
        int t, c;
        for (c = 0; c < C; c++) row[c] = 0;
        for (t = 0; t < T; t++) {
            double d = dy[(size_t)t * ldy + o];
            for (c = 0; c < C; c++) row[c] += d * x[(size_t)t * C + c];
        }
        for (c = 0; c < C; c++) sq += row[c] * row[c];
        gn->rowsq[o] = sq;
    }
    for (o = 0; o < OC; o++) sum += gn->rowsq[o];
    return sum;
}

/* Streamed: |dW|_F^2 with dW = dy^T x formed THERMO__DW_ROWS rows at a time in float (a gemm
   over the T tokens: dy's columns transposed, times x, packed once for all tiles, or per tile
   when out of memory for that), each tile's squares summed in double and the tiles added in
   order; never more of dW than a tile per thread.  dy (T, ldy), x (T, C). */
static double thermo__gradnorm2_streamed(thermo__gradnorms *gn, const float *dy, size_t ldy, const float *x, int C,
                                         int OC) {
    int T = gn->T, n_tiles = (OC + THERMO__DW_ROWS - 1) / THERMO__DW_ROWS, tile;
    thermo__operand xb = thermo__floats_operand(x, (size_t)C);
    float *xp = (float *)THERMO_MALLOC(sizeof(float) * (size_t)T * (size_t)((C + THERMO__NR - 1) / THERMO__NR * THERMO__NR));
    double sum = 0;
    if (xp) thermo__pack_whole(xp, &xb, T, C);
    THERMO__OMP(omp parallel for schedule(dynamic) if ((double)T * OC * C >= THERMO__PARALLEL))
    for (tile = 0; tile < n_tiles; tile++) {
        int o0 = tile * THERMO__DW_ROWS, n = OC - o0 < THERMO__DW_ROWS ? OC - o0 : THERMO__DW_ROWS, o, t, t0;
        float *dyt = gn->tiles + thermo__tile_floats((size_t)T, gn->tile_cols) * (size_t)THERMO__THREAD(), *dw = dyt + (size_t)THERMO__DW_ROWS * T;
        float *bp = dw + THERMO__DW_ROWS * gn->tile_cols;
        double sq = 0;
        int c0;
        for (t0 = 0; t0 < T; t0 += 16) /* 16 tokens at a time: whole cache lines of dyt (rows T floats apart) */
            for (o = 0; o < n; o++)
                for (t = t0; t < T && t < t0 + 16; t++) dyt[(size_t)o * T + t] = dy[(size_t)t * ldy + o0 + o];
        memset(dw, 0, sizeof(float) * (size_t)n * C);
        if (xp) thermo__gemm_packed(dw, (size_t)C, dyt, (size_t)T, xp, n, C, T);
        else
            for (c0 = 0; c0 < C; c0 += THERMO__GEMM_COLS)
                thermo__gemm_serial(dw + c0, (size_t)C, dyt, (size_t)T, &xb, c0, n,
                                    C - c0 < THERMO__GEMM_COLS ? C - c0 : THERMO__GEMM_COLS, T, bp, THERMO__KC);
        for (o = 0; o < n; o++) sq += thermo__dot_f64(dw + (size_t)o * C, dw + (size_t)o * C, (size_t)C);
        gn->rowsq[tile] = sq;
    }
    THERMO_FREE(xp);
    for (tile = 0; tile < n_tiles; tile++) sum += gn->rowsq[tile];
    return sum;
}

/* Records |dW|_F^2 of a linear layer's weight (OC,C) from dy (T,OC) and x (T,C), by its route:
   identity sum of (dy dy^T) o (x x^T) (exact: <a b^T, c d^T>_F = (a.c)(b.d)), streamed, or reference. */
static void thermo__linear_gradnorm(thermo__gradnorms *gn, const thermo_tensor *weight, const float *dy,
                                    const float *x, int C, int OC) {
    thermo_gradnorm_route route = thermo__route(gn->choice, gn->T, C, OC);
    double g2;
    if (route == THERMO_GRADNORM_IDENTITY) {
        thermo__gram(gn->gx, x, gn->T, (size_t)C);
        thermo__gram(gn->gdy, dy, gn->T, (size_t)OC);
        g2 = thermo__frobenius_dot(gn->gx, gn->gdy, gn->T);
    } else if (route == THERMO_GRADNORM_STREAMED) g2 = thermo__gradnorm2_streamed(gn, dy, (size_t)OC, x, C, OC);
    else g2 = thermo__gradnorm2_reference(gn, dy, (size_t)OC, x, C, OC);
    gn->g2[weight - gn->tensors] = g2;
    gn->route[weight - gn->tensors] = (unsigned char)route;
}

/* ---- embedding ---- */

/* out (T,H) = rows ids (T) of embedding (V,H), times scale (a float32 product; 1: none) */
static void thermo__embedding_forward(float *out, const int32_t *ids, const thermo_tensor *embedding,
                                      float scale, int T, int H) {
    int t, i;
    for (t = 0; t < T; t++) {
        thermo_tensor_f32(embedding, (int64_t)ids[t] * H, H, out + (size_t)t * H);
        if (scale != 1.0f)
            for (i = 0; i < H; i++) out[(size_t)t * H + i] *= scale;
    }
}

/* forward: out_t = E[ids_t], so dE = B + A with B = sum_s e_{ids_s} dout_s^T (rows scattered;
   ids_s = -1, the padding_idx, scatters nothing) and, when E is also the lm_head (tied), A = dl^T lnf
   from the logits (thermo__lm_head_backward recorded |A|^2 and arow_s = A[ids_s]):
     |dE|^2 = |A|^2 + 2 sum_s arow_s . dout_s + |B|^2,   |B|^2 = sum_i |sum_{s : ids_s = i} dout_s|^2,
   the rows of B summed over the tokens sorted by id (order (T): 0..T-1 sorted by ids, then index).
   arow NULL when untied: |dE|^2 = |B|^2. */
static void thermo__embedding_backward(thermo__gradnorms *gn, const thermo_tensor *embedding, const float *dout,
                                       const int32_t *ids, const int *order, const float *arow, int H) {
    int T = gn->T, t, i;
    double g2 = arow ? gn->g2[embedding - gn->tensors] : 0;
    double *terms = gn->rowsq; /* (T) each token's share, summed in order */
    THERMO__OMP(omp parallel for schedule(static) if ((double)T * H >= THERMO__PARALLEL))
    for (t = 0; t < T; t++) {
        const float *d = dout + (size_t)order[t] * H;
        int s, c, id = ids[order[t]];
        double sum = 0;
        terms[t] = 0;
        if (id < 0) continue;
        if (arow) sum += 2.0 * thermo__dot_f64(arow + (size_t)order[t] * H, d, (size_t)H);
        if (t == 0 || ids[order[t - 1]] != id) { /* the first of its id: that row of B, squared */
            double row2 = 0;
            for (c = 0; c < H; c++) {
                double r = 0;
                for (s = t; s < T && ids[order[s]] == id; s++) r += dout[(size_t)order[s] * H + c];
                row2 += r * r;
            }
            sum += row2;
        }
        terms[t] = sum;
    }
    for (i = 0; i < T; i++) g2 += terms[i];
    gn->g2[embedding - gn->tensors] = g2;
    if (!arow) gn->route[embedding - gn->tensors] = (unsigned char)THERMO_GRADNORM_STREAMED;
}

/* ---- rmsnorm ---- */

/* out (N,C) = inp (N,C) * rstd (N) * weight (C), rstd = 1/sqrt(mean(inp^2) + eps), in float32 as
   transformers' RMSNorm: (x * rstd) * w, mean(x^2) summed in double and rounded to float. */
static void thermo__rmsnorm_forward(float *out, float *rstd, const float *inp, const float *weight,
                                    float eps, int N, int C) {
    int n;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N * C >= THERMO__PARALLEL))
    for (n = 0; n < N; n++) {
        const float *x = inp + (size_t)n * C;
        float *y = out + (size_t)n * C, r;
        int i;
        r = 1.0f / sqrtf((float)(thermo__dot_f64(x, x, (size_t)C) / C) + eps);
        for (i = 0; i < C; i++) y[i] = (x[i] * r) * weight[i];
        rstd[n] = r;
    }
}

/* forward: y_i = x_i r w_i with r = (sum_j x_j^2 / C + eps)^-1/2, so dr/dx_i = -r^3 x_i / C and
   dx_i += r w_i dy_i - (r^3 / C) x_i sum_j w_j dy_j x_j */
static void thermo__rmsnorm_backward(float *dinp, const float *dout, const float *inp, const float *rstd,
                                     const float *weight, int N, int C) {
    int n;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N * C >= THERMO__PARALLEL))
    for (n = 0; n < N; n++) {
        const float *x = inp + (size_t)n * C, *dy = dout + (size_t)n * C;
        float *dx = dinp + (size_t)n * C;
        double r = rstd[n], wdyx = 0, c;
        int i;
        for (i = 0; i < C; i++) wdyx += (double)weight[i] * dy[i] * x[i];
        c = r * r * r * wdyx / C;
        for (i = 0; i < C; i++) dx[i] += (float)(r * weight[i] * dy[i] - c * x[i]);
    }
}

/* ---- layernorm (gpt2) ---- */

/* out (N,C) = (inp - mean) * rstd * weight (C) + bias (C), rstd = 1/sqrt(var + eps), var the
   biased variance of each row: torch's layer_norm in float32, its moments taken in double and
   rounded to float.  Saves mean (N) and rstd (N). */
static void thermo__layernorm_forward(float *out, float *mean, float *rstd, const float *inp, const float *weight,
                                      const float *bias, float eps, int N, int C) {
    int n;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N * C >= THERMO__PARALLEL))
    for (n = 0; n < N; n++) {
        const float *x = inp + (size_t)n * C;
        float *y = out + (size_t)n * C, mu, r;
        double sum = 0, var = 0;
        int i;
        for (i = 0; i < C; i++) sum += x[i];
        mu = (float)(sum / C);
        for (i = 0; i < C; i++) var += ((double)x[i] - sum / C) * ((double)x[i] - sum / C);
        r = 1.0f / sqrtf((float)(var / C) + eps);
        for (i = 0; i < C; i++) y[i] = (x[i] - mu) * r * weight[i] + bias[i];
        mean[n] = mu;
        rstd[n] = r;
    }
}

/* forward: y_i = xh_i w_i + b_i with xh = (x - mean) r, so with g_i = dy_i w_i,
   dx_i += r (g_i - mean_j g_j - xh_i mean_j g_j xh_j) */
static void thermo__layernorm_backward(float *dinp, const float *dout, const float *inp, const float *mean,
                                       const float *rstd, const float *weight, int N, int C) {
    int n;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N * C >= THERMO__PARALLEL))
    for (n = 0; n < N; n++) {
        const float *x = inp + (size_t)n * C, *dy = dout + (size_t)n * C;
        float *dx = dinp + (size_t)n * C;
        double r = rstd[n], mg = 0, mgx = 0;
        int i;
        for (i = 0; i < C; i++) {
            double g = (double)dy[i] * weight[i];
            mg += g;
            mgx += g * ((x[i] - mean[n]) * r);
        }
        mg /= C;
        mgx /= C;
        for (i = 0; i < C; i++)
            dx[i] += (float)(r * ((double)dy[i] * weight[i] - mg - (x[i] - mean[n]) * r * mgx));
    }
}

/* ---- matmul (a linear layer) ---- */

/* out (T,OC) = inp (T,C) b (C,OC) + bias (OC, or NULL): one gemm, a stored weight converted as it
   is packed (Linear's and Conv1D's forward) */
static void thermo__affine_forward(float *out, const float *inp, const thermo__operand *b, const float *bias, int T,
                                   int C, int OC) {
    int t;
    memset(out, 0, sizeof(float) * (size_t)T * OC);
    thermo__gemm(out, (size_t)OC, inp, (size_t)C, b, T, OC, C);
    if (bias)
        for (t = 0; t < T; t++) thermo__axpy(out + (size_t)t * OC, 1.0f, bias, OC);
}

/* out (T,OC) = inp (T,C) @ weight (OC,C)^T + bias (OC, or NULL) */
static void thermo__matmul_forward(float *out, const float *inp, const thermo_tensor *weight, const float *bias,
                                   int T, int C, int OC) {
    thermo__operand wt = thermo__stored(weight, 0, 1);
    thermo__affine_forward(out, inp, &wt, bias, T, C, OC);
}

/* forward: out = inp @ weight^T + bias, so dinp (T,C) += dout (T,OC) @ weight (OC,C) (one gemm),
   and dweight = dout^T @ inp, whose norm gn records (gn NULL: not recorded). */
static void thermo__matmul_backward(float *dinp, thermo__gradnorms *gn, const float *dout, const float *inp,
                                    const thermo_tensor *weight, int T, int C, int OC) {
    thermo__operand w = thermo__stored(weight, 0, 0);
    thermo__gemm(dinp, (size_t)C, dout, (size_t)OC, &w, T, C, OC);
    if (gn) thermo__linear_gradnorm(gn, weight, dout, inp, C, OC);
}

/* ---- conv1d (gpt2's linear layer, its weight stored (in, out)) ---- */

/* out (T,OC) = inp (T,C) @ weight (C,OC) + bias (OC): transformers' Conv1D, the weight as stored */
static void thermo__conv1d_forward(float *out, const float *inp, const thermo_tensor *weight, const float *bias,
                                   int T, int C, int OC) {
    thermo__operand w = thermo__stored(weight, 0, 0);
    thermo__affine_forward(out, inp, &w, bias, T, C, OC);
}

/* forward: out = inp @ W + bias, so dinp (T,C) += dout (T,OC) @ W^T (one gemm, W read transposed),
   and dW = inp^T @ dout: its norm is a linear layer's with the roles of inp and dout exchanged. */
static void thermo__conv1d_backward(float *dinp, thermo__gradnorms *gn, const float *dout, const float *inp,
                                    const thermo_tensor *weight, int T, int C, int OC) {
    thermo__operand wt = thermo__stored(weight, 0, 1);
    thermo__gemm(dinp, (size_t)C, dout, (size_t)OC, &wt, T, C, OC);
    thermo__linear_gradnorm(gn, weight, inp, dout, OC, C);
}

/* ---- learned positions (gpt2) ---- */

/* out (T,H) += rows positions (T) of wpe (P,H).  The backward is thermo__embedding_backward with
   the positions as ids: each row of wpe collects the gradient of the tokens at its position. */
static void thermo__positions_forward(float *out, const int32_t *positions, const thermo_tensor *wpe, float *row,
                                      int T, int H) {
    int t, i;
    for (t = 0; t < T; t++) {
        thermo_tensor_f32(wpe, (int64_t)positions[t] * H, H, row);
        for (i = 0; i < H; i++) out[(size_t)t * H + i] += row[i];
    }
}

/* ---- residual ---- */

/* out (N) += inp (N) */
static void thermo__residual_forward(float *out, const float *inp, size_t N) {
    size_t i;
    for (i = 0; i < N; i++) out[i] += inp[i];
}

/* forward: out = out + inp, so the gradient passes on unchanged: dinp += dout.  (Backward keeps
   the residual stream's gradient in one buffer, dres, which the identity leaves as it is.) */
static void thermo__residual_backward(float *dinp, const float *dout, size_t N) {
    size_t i;
    for (i = 0; i < N; i++) dinp[i] += dout[i];
}

/* ---- rotary position embedding ---- */

/* inv_freq (hd/2) as transformers computes it in float32: 1 / theta^(2i/hd); with llama3 scaling
   (_compute_llama3_parameters) wavelengths 2 pi / f above ctx/low are slowed down by `factor`,
   those below ctx/high kept, and the band between blended with
   smooth = (ctx / wavelen - low) / (high - low):  f <- (1 - smooth) f / factor + smooth f; with linear
   scaling f <- f / factor; with longrope (phi3) 1 / (ext_i theta^(2i/d)), ext the long factors if
   `long_factors`, else the short ones.  d is the rotary dims (head_dim but for partial rotary).
   local: the RoPE of THERMO_LAYER_LOCAL_ROPE layers, theta rope_local_base_freq and no scaling
   (Gemma 3). */
static void thermo__rope_inv_freq(float *inv_freq, const thermo_config *c, int local, int long_factors) {
    int i, half = c->rotary_dim / 2;
    for (i = 0; i < half; i++) {
        float f = 1.0f / powf((float)(local ? c->rope_local_base_freq : c->rope_theta), (float)(2 * i) / (float)c->rotary_dim);
        if (c->rope_longrope && !local) {
            float ext = (float)(long_factors ? c->rope_long_factor[i] : c->rope_short_factor[i]);
            f = 1.0f / (ext * powf((float)c->rope_theta, (float)(2 * i) / (float)c->rotary_dim));
        }
        if (c->rope_linear && !local) f = f / (float)c->rope_factor;
        if (c->rope_llama3 && !local) {
            float factor = (float)c->rope_factor, low = (float)c->rope_low_freq_factor;
            float wavelen = (1.0f / f) * (float)6.283185307179586; /* 2 pi / f, as torch: reciprocal * 2 pi */
            float low_wavelen = (float)(c->rope_original_max_position / c->rope_low_freq_factor);
            float high_wavelen = (float)(c->rope_original_max_position / c->rope_high_freq_factor);
            if (wavelen > low_wavelen) f = f / factor;
            else if (!(wavelen < high_wavelen)) {
                float smooth = ((1.0f / wavelen) * (float)c->rope_original_max_position - low) /
                               (float)(c->rope_high_freq_factor - c->rope_low_freq_factor);
                f = (1.0f - smooth) * f / factor + smooth * f;
            }
        }
        inv_freq[i] = f;
    }
}

/* cos, sin (P, d/2) of the angles pos * inv_freq_i (a float32 product, as transformers), each
   times `scale` (longrope's attention factor; 1 otherwise) */
static void thermo__rope_tables(float *cos_t, float *sin_t, const float *inv_freq, int P, int d, float scale) {
    int p, i, half = d / 2;
    for (p = 0; p < P; p++)
        for (i = 0; i < half; i++) {
            float angle = (float)p * inv_freq[i];
            cos_t[(size_t)p * half + i] = (float)cos(angle) * scale;
            sin_t[(size_t)p * half + i] = (float)sin(angle) * scale;
        }
}

/* x (T, NH, hd) <- the first d dims of each head turned in place by sign * each token's angles
   (rotate-half layout within them; dims d.. pass through): with j = i + d/2 and s = sign * sin,
   x_i <- x_i cos - x_j s,  x_j <- x_j cos + x_i s */
static void thermo__rope_rotate(float *x, const float *cos_t, const float *sin_t, float sign, const int *pos,
                                int T, int NH, int hd, int d) {
    int t, h, i, half = d / 2;
    for (t = 0; t < T; t++)
        for (h = 0; h < NH; h++) {
            float *v = x + ((size_t)t * NH + h) * hd;
            const float *c = cos_t + (size_t)pos[t] * half, *s = sin_t + (size_t)pos[t] * half;
            for (i = 0; i < half; i++) {
                float a = v[i], b = v[i + half];
                v[i] = a * c[i] - b * (sign * s[i]);
                v[i + half] = b * c[i] + a * (sign * s[i]);
            }
        }
}

/* x (T, NH, hd) <- RoPE(x) in place: each (x_i, x_i+d/2) pair, i < d/2, rotated by pos[t] *
   inv_freq_i (transformers' cat(q_rot * cos + rotate_half(q_rot) * sin, q_pass), q_rot the
   first d = rotary dims); cos, sin (P, d/2), pos (T) the table row of each token */
static void thermo__rope_forward(float *x, const float *cos_t, const float *sin_t, const int *pos, int T,
                                 int NH, int hd, int d) {
    thermo__rope_rotate(x, cos_t, sin_t, 1.0f, pos, T, NH, hd, d);
}

/* forward: x <- R x with R = a [[cos, -sin], [sin, cos]] in each pair's plane (a the attention
   factor, 1 but for longrope) and the identity on the passed-through dims, so dx <- R^T dx, the
   turn by minus the angle (in place, not +=) */
static void thermo__rope_backward(float *dx, const float *cos_t, const float *sin_t, const int *pos, int T,
                                  int NH, int hd, int d) {
    thermo__rope_rotate(dx, cos_t, sin_t, -1.0f, pos, T, NH, hd, d);
}

/* ---- fused projections ---- */

/* Phi-3's qkv_proj and gate_up_proj: x (T, n0 + n1 + n2) split by columns into a (T, n0),
   b (T, n1) and c (T, n2; n2 may be 0) */
static void thermo__split_forward(float *a, float *b, float *c, const float *x, int T, int n0, int n1, int n2) {
    int t, n = n0 + n1 + n2;
    for (t = 0; t < T; t++) {
        const float *row = x + (size_t)t * n;
        memcpy(a + (size_t)t * n0, row, (size_t)n0 * sizeof *a);
        memcpy(b + (size_t)t * n1, row + n0, (size_t)n1 * sizeof *b);
        if (n2) memcpy(c + (size_t)t * n2, row + n0 + n1, (size_t)n2 * sizeof *c);
    }
}

/* forward: a, b, c are column blocks of x, so dx (T, n0 + n1 + n2) = [da | db | dc] (written, not +=) */
static void thermo__split_backward(float *dx, const float *da, const float *db, const float *dc, int T, int n0,
                                   int n1, int n2) {
    int t, n = n0 + n1 + n2;
    for (t = 0; t < T; t++) {
        float *row = dx + (size_t)t * n;
        memcpy(row, da + (size_t)t * n0, (size_t)n0 * sizeof *row);
        memcpy(row + n0, db + (size_t)t * n1, (size_t)n1 * sizeof *row);
        if (n2) memcpy(row + n0 + n1, dc + (size_t)t * n2, (size_t)n2 * sizeof *row);
    }
}

/* ---- attention ---- */

/* The packed sequences: sequence i holds rows start[i] .. start[i] + len[i] - 1. */
typedef struct thermo__batch {
    int n, T, max_len;
    int *start, *len;   /* (n) */
    int *pos;           /* (T) position of each token in its sequence */
    int *seq_end;       /* (T) one past the last row of the token's sequence */
    int *rope_row;      /* (T) each token's row of the RoPE tables: its position (+ max_len for a
                           sequence that uses longrope's long factors) */
    int32_t *positions; /* (T) gpt2: each token's position, the row of wpe it adds */
    int32_t *ids;       /* (T) the tokens */
    int32_t *emb_ids;   /* (T) ids, with -1 for the padding_idx (it gets no lookup gradient) */
    int32_t *targets;   /* (T) the next token, -1 for the last of a sequence */
    double *scale;      /* (T) dloss/dloss_t = 1 / (n (len - 1)) where there is a target, else 0 */
} thermo__batch;

/* How a layer's attention scores its keys: s_ts = scale (q_t . k_s), softcapped to
   cap tanh(s / cap) when cap > 0 (Gemma 2), for keys within `window` positions (0 <= t - s < window;
   0: every earlier key). */
typedef struct thermo__scoring {
    float scale, cap;
    int window;
} thermo__scoring;

/* The first row row t attends to (the last is t itself). */
static int thermo__attention_first(const thermo__batch *b, const thermo__scoring *sc, int t) {
    int first = t - b->pos[t];
    return sc->window > 0 && t - sc->window + 1 > first ? t - sc->window + 1 : first;
}

/* One past the last row that attends to row s. */
static int thermo__attention_end(const thermo__batch *b, const thermo__scoring *sc, int s) {
    int end = b->seq_end[s];
    return sc->window > 0 && s + sc->window < end ? s + sc->window : end;
}

/* x_j = e^(x_j - m) for j < n, where x_j - m <= 0, within 2 ulp of expf (0 from -104 down, NaN
   stays NaN), in plain arithmetic so that it vectorises, 16 at a time (a short end in a copy):
   y = x_j - m = k ln2 + r with |r| <= ln2/2 (k rounded by adding 1.5 2^23, ln2 in two parts),
   e^r = 1 + r + r^2 p(r) with Cephes' degree-5 p, times 2^(k+64) made in the exponent bits, then
   2^-64 (exact, or one rounding to a subnormal). */
static void thermo__exp_shifted(float *x, float m, int n) {
    const float round = 12582912.0f; /* 1.5 2^23: y log2(e) + round holds k in its low bits */
    int j0, j;
    for (j0 = 0; j0 < n; j0 += 16) {
        float end[16], *xs = x + j0;
        int w = n - j0 < 16 ? n - j0 : 16;
        if (w < 16) {
            for (j = 0; j < 16; j++) end[j] = j < w ? xs[j] : m;
            xs = end;
        }
        for (j = 0; j < 16; j++) {
            float y = xs[j] - m, kf, r, p, two_k;
            uint32_t bits;
            y = y < -104.0f ? -104.0f : y;
            kf = y * 1.44269504088896341f + round;
            memcpy(&bits, &kf, sizeof bits);
            kf -= round;
            r = THERMO__FMAF(kf, -0.693359375f, y);
            r = THERMO__FMAF(kf, 2.12194440e-4f, r);
            p = THERMO__FMAF(1.9875691500e-4f, r, 1.3981999507e-3f);
            p = THERMO__FMAF(p, r, 8.3334519073e-3f);
            p = THERMO__FMAF(p, r, 4.1665795894e-2f);
            p = THERMO__FMAF(p, r, 1.6666665459e-1f);
            p = THERMO__FMAF(p, r, 5.0000001201e-1f);
            p = THERMO__FMAF(p, r * r, r) + 1.0f;
            bits = (bits - 0x4B400000u + 64u + 127u) << 23; /* k + 64 + the exponent bias */
            memcpy(&two_k, &bits, sizeof two_k);
            xs[j] = p * two_k * 5.42101086242752217e-20f;
        }
        if (xs == end) memcpy(x + j0, end, sizeof(float) * (size_t)w);
    }
}

#define THERMO__EXP_RUN 256 /* values exponentiated at a time in a buffer on the stack */

/* multiply-adds of one score sweep (at most): rows x the keys each sees x the q width */
#define THERMO__ATTENTION_WORK(b, sc, qw) \
    ((double)(b)->T * ((sc)->window > 0 && (sc)->window < (b)->max_len ? (sc)->window : (b)->max_len) * (double)(qw))
#define THERMO__ATT_BLOCK 64 /* query rows and keys of a tile of the scores; tiles lie on one grid */
/* A register tile of a block product: THERMO__ATT_TR x THERMO__ATT_TC accumulators, 8 x 16
   floats in 8 of the 32 AVX-512 registers, 4 x 16 in 8 of the 16 AVX ones (8 rows there spill);
   the shape does not change results. */
#ifdef __AVX512F__
#define THERMO__ATT_TR 8
#else
#define THERMO__ATT_TR 4
#endif
#define THERMO__ATT_TC 16
#define THERMO__ATT_PAD(hd) (((hd) + THERMO__ATT_TC - 1) / THERMO__ATT_TC * THERMO__ATT_TC)

/* floats of one thread's blocks for head_dim hd: keys and values transposed (hd, BLOCK) twice,
   three (BLOCK, hd rounded up to THERMO__ATT_TC) row blocks, two (BLOCK, BLOCK) score tiles */
static size_t thermo__attention_floats(int hd) {
    return (size_t)THERMO__ATT_BLOCK * (2 * (size_t)hd + 3 * (size_t)THERMO__ATT_PAD(hd) + 2 * THERMO__ATT_BLOCK);
}

/* c (TR, TC), rows ldc apart, += sum_{k < kk} a_r[k ak] b[k ldb + j] in k order, a_r = a + r ar
   (rows past m read row m - 1) broadcast times a row of b: the one register-tiled kernel of
   attention's block products */
static void thermo__att_tile(float *c, size_t ldc, const float *a, size_t ar, size_t ak, int m, const float *b,
                             size_t ldb, int kk) {
    float acc[THERMO__ATT_TR][THERMO__ATT_TC];
    const float *arow[THERMO__ATT_TR];
    int r, j, k;
    for (r = 0; r < THERMO__ATT_TR; r++) arow[r] = a + (size_t)(r < m ? r : m - 1) * ar;
    THERMO__UNROLL for (r = 0; r < THERMO__ATT_TR; r++)
        THERMO__UNROLL for (j = 0; j < THERMO__ATT_TC; j++) acc[r][j] = c[r * ldc + j];
    for (k = 0; k < kk; k++) {
        const float *bk = b + (size_t)k * ldb;
        THERMO__UNROLL for (r = 0; r < THERMO__ATT_TR; r++) {
            float x = arow[r][(size_t)k * ak];
            THERMO__UNROLL for (j = 0; j < THERMO__ATT_TC; j++) acc[r][j] = THERMO__FMAF(x, bk[j], acc[r][j]);
        }
    }
    THERMO__UNROLL for (r = 0; r < THERMO__ATT_TR; r++)
        THERMO__UNROLL for (j = 0; j < THERMO__ATT_TC; j++) c[r * ldc + j] = acc[r][j];
}

/* c (m, n) = [c +] a (m, kk) b (kk, n), a's element (r, k) at a[r ar + k ak], b's rows ldb apart
   and THERMO__ATT_TC floats past column n readable; a tile over c's edge is worked in a copy */
static void thermo__att_product(float *c, size_t ldc, int add, const float *a, size_t ar, size_t ak, const float *b,
                                size_t ldb, int m, int n, int kk) {
    int r0, j0, r, j;
    if (!add)
        for (r = 0; r < m; r++) memset(c + (size_t)r * ldc, 0, sizeof(float) * (size_t)n);
    for (r0 = 0; r0 < m; r0 += THERMO__ATT_TR)
        for (j0 = 0; j0 < n; j0 += THERMO__ATT_TC) {
            int mt = m - r0 < THERMO__ATT_TR ? m - r0 : THERMO__ATT_TR, nt = n - j0 < THERMO__ATT_TC ? n - j0 : THERMO__ATT_TC;
            float *ct = c + (size_t)r0 * ldc + j0, edge[THERMO__ATT_TR * THERMO__ATT_TC];
            if (mt == THERMO__ATT_TR && nt == THERMO__ATT_TC) {
                thermo__att_tile(ct, ldc, a + (size_t)r0 * ar, ar, ak, mt, b + j0, ldb, kk);
                continue;
            }
            for (r = 0; r < THERMO__ATT_TR; r++)
                for (j = 0; j < THERMO__ATT_TC; j++) edge[r * THERMO__ATT_TC + j] = r < mt && j < nt ? ct[(size_t)r * ldc + j] : 0.0f;
            thermo__att_tile(edge, THERMO__ATT_TC, a + (size_t)r0 * ar, ar, ak, mt, b + j0, ldb, kk);
            for (r = 0; r < mt; r++)
                for (j = 0; j < nt; j++) ct[(size_t)r * ldc + j] = edge[r * THERMO__ATT_TC + j];
        }
}

/* rows x (n, hd), ld apart, as xt (hd, BLOCK) = x^T, zero past column n */
static void thermo__att_transpose(float *xt, const float *x, size_t ld, int n, int hd) {
    int c, j;
    for (c = 0; c < hd; c++)
        for (j = 0; j < THERMO__ATT_BLOCK; j++) xt[c * THERMO__ATT_BLOCK + j] = j < n ? x[(size_t)j * ld + c] : 0.0f;
}

/* rows x (n, hd), ld apart, as xp (n, THERMO__ATT_PAD(hd)), zero past column hd */
static void thermo__att_rows(float *xp, const float *x, size_t ld, int n, int hd) {
    int j, c, w = THERMO__ATT_PAD(hd);
    for (j = 0; j < n; j++) {
        memcpy(xp + (size_t)j * w, x + (size_t)j * ld, sizeof(float) * (size_t)hd);
        for (c = hd; c < w; c++) xp[(size_t)j * w + c] = 0.0f;
    }
}

/* One row of a tile: the keys lo .. hi of s (BLOCK) scored in place, x = cap(scale s), -inf
   outside lo .. hi (then e^(x - m) = 0); slope (may be NULL) gets dx / d(scale s). */
static void thermo__att_scores(float *s, float *slope, const thermo__scoring *sc, int lo, int hi) {
    float scale = sc->scale, cap = sc->cap; /* locals: s's stores cannot change them, so the loops vectorise */
    int j;
    if (cap > 0)
        for (j = 0; j < THERMO__ATT_BLOCK; j++) {
            float t = tanhf(s[j] * scale / cap);
            s[j] = j >= lo && j <= hi ? t * cap : -INFINITY;
            if (slope) slope[j] = 1.0f - t * t;
        }
    else {
        for (j = 0; j < THERMO__ATT_BLOCK; j++) s[j] = j >= lo && j <= hi ? s[j] * scale : -INFINITY;
        if (slope)
            for (j = 0; j < THERMO__ATT_BLOCK; j++) slope[j] = 1.0f;
    }
}

/* out (T, NH*hd): for each query head h (KV head h / (NH/NKV), grouped-query), s_ts = cap(scale
   q_t.k_s) over the rows s of t's sequence with 0 <= t - s < window (causal), att_ts =
   exp(s_ts - smax_t) / ssum_t, out_t = sum_s att_ts v_s, as FlashAttention does it: a block of
   BLOCK query rows against BLOCK keys at a time, S = Q K^T and out += P V as register-tiled
   products, the running max m and sum l of each row's exp(s - m) rescaled by exp(m_old - m_new)
   when a block raises the max, never a T x T matrix.  smax, ssum (T, NH) are saved: backward
   makes att again from them.  q (T, NH*hd), k, v (T, NKV*hd); blocks (threads,
   thermo__attention_floats(hd)) scratch.  OpenMP over (query block, KV head), the latest (the
   most keys) first; each row is one thread's, in a fixed order. */
static void thermo__attention_forward(float *out, float *smax, float *ssum, float *blocks, const float *q,
                                      const float *k, const float *v, const thermo__batch *b,
                                      const thermo__scoring *sc, int NH, int NKV, int hd) {
    int group = NH / NKV, n_blocks = (b->T + THERMO__ATT_BLOCK - 1) / THERMO__ATT_BLOCK, job;
    size_t qw = (size_t)NH * hd, kw = (size_t)NKV * hd, w = (size_t)THERMO__ATT_PAD(hd);
    THERMO__OMP(omp parallel for schedule(dynamic) if (THERMO__ATTENTION_WORK(b, sc, qw) >= THERMO__PARALLEL))
    for (job = 0; job < n_blocks * NKV; job++) {
        float *kt = blocks + thermo__attention_floats(hd) * (size_t)THERMO__THREAD(), *vp = kt + (size_t)hd * THERMO__ATT_BLOCK;
        float *s = vp + THERMO__ATT_BLOCK * w; /* (BLOCK, BLOCK) scores, then their exps */
        int t0 = (n_blocks - 1 - job / NKV) * THERMO__ATT_BLOCK, kvh = job % NKV, s0, h, r, j, c;
        int m = b->T - t0 < THERMO__ATT_BLOCK ? b->T - t0 : THERMO__ATT_BLOCK;
        for (h = kvh * group; h < (kvh + 1) * group; h++)
            for (r = 0; r < m; r++) {
                for (c = 0; c < hd; c++) out[(t0 + r) * qw + (size_t)h * hd + c] = 0.0f;
                smax[(size_t)(t0 + r) * NH + h] = -INFINITY;
                ssum[(size_t)(t0 + r) * NH + h] = 0.0f;
            }
        for (s0 = thermo__attention_first(b, sc, t0); s0 < t0 + m; s0 += THERMO__ATT_BLOCK) {
            int n = t0 + m - s0 < THERMO__ATT_BLOCK ? t0 + m - s0 : THERMO__ATT_BLOCK;
            thermo__att_transpose(kt, k + s0 * kw + (size_t)kvh * hd, kw, n, hd);
            thermo__att_rows(vp, v + s0 * kw + (size_t)kvh * hd, kw, n, hd);
            for (h = kvh * group; h < (kvh + 1) * group; h++) {
                float *o = out + t0 * qw + (size_t)h * hd;
                thermo__att_product(s, THERMO__ATT_BLOCK, 0, q + t0 * qw + (size_t)h * hd, qw, 1, kt, THERMO__ATT_BLOCK, m,
                                    THERMO__ATT_PAD(n), hd);
                for (r = 0; r < m; r++) { /* the online softmax of row t */
                    int t = t0 + r, first = thermo__attention_first(b, sc, t);
                    int lo = first > s0 ? first - s0 : 0, hi = t - s0 < n - 1 ? t - s0 : n - 1;
                    float *x = s + (size_t)r * THERMO__ATT_BLOCK, *mt = smax + (size_t)t * NH + h, lane[16], mb, sum = 0.0f;
                    if (lo > hi) { /* no key of this block */
                        for (j = 0; j < THERMO__ATT_BLOCK; j++) x[j] = 0.0f;
                        continue;
                    }
                    thermo__att_scores(x, NULL, sc, lo, hi);
                    for (c = 0; c < 16; c++) lane[c] = x[c];
                    for (j = 16; j < THERMO__ATT_BLOCK; j += 16)
                        for (c = 0; c < 16; c++) lane[c] = x[j + c] > lane[c] ? x[j + c] : lane[c];
                    for (mb = *mt, c = 0; c < 16; c++) mb = lane[c] > mb ? lane[c] : mb;
                    if (mb > *mt) { /* a larger max: rescale what is summed so far */
                        float scale = *mt;
                        thermo__exp_shifted(&scale, mb, 1);
                        for (c = 0; c < hd; c++) o[r * qw + c] *= scale;
                        ssum[(size_t)t * NH + h] *= scale;
                        *mt = mb;
                    }
                    thermo__exp_shifted(x, mb, THERMO__ATT_BLOCK);
                    for (c = 0; c < 16; c++) lane[c] = x[c];
                    for (j = 16; j < THERMO__ATT_BLOCK; j += 16)
                        for (c = 0; c < 16; c++) lane[c] += x[j + c];
                    for (c = 0; c < 16; c++) sum += lane[c];
                    ssum[(size_t)t * NH + h] += sum;
                }
                thermo__att_product(o, qw, 1, s, THERMO__ATT_BLOCK, 1, vp, w, m, hd, n);
            }
        }
        for (h = kvh * group; h < (kvh + 1) * group; h++)
            for (r = 0; r < m; r++) {
                float l = ssum[(size_t)(t0 + r) * NH + h];
                for (c = 0; c < hd; c++) out[(t0 + r) * qw + (size_t)h * hd + c] /= l;
            }
    }
}

/* forward: s_ts = cap(scale q_t.k_s), att_t = softmax(s_t), out_t = sum_s att_ts v_s, so with
   datt_ts = dout_t . v_s, ds_ts = att_ts (datt_ts - D_t), D_t = sum_s att_ts datt_ts = dout_t . out_t,
   the cap's slope c_ts = 1 - tanh^2 (1 without a cap) and g_ts = ds_ts c_ts scale:
   dv_s += sum_t att_ts dout_t,  dq_t += sum_s g_ts k_s,  dk_s += sum_t g_ts q_t.
   One tile: query rows t0 .. t0+BLOCK-1 (of the heads of KV head kvh) and keys s0 .. s0+BLOCK-1,
   att made again from smax, ssum (FlashAttention's backward): P = att, dP = dO V^T, G = g, then
   dV += P^T dO, dK += G^T Q, dQ += G K, register-tiled products.  dd (T, NH) holds D; blocks: the
   thread's thermo__attention_floats(hd). */
static void thermo__attention_tile_backward(float *dq, float *dk, float *dv, float *blocks, const float *dd,
                                            const float *dout, const float *smax, const float *ssum, const float *q,
                                            const float *k, const float *v, const thermo__batch *b,
                                            const thermo__scoring *sc, int NH, int NKV, int hd, int t0, int s0, int kvh) {
    size_t qw = (size_t)NH * hd, kw = (size_t)NKV * hd, w = (size_t)THERMO__ATT_PAD(hd), kvo = (size_t)kvh * hd;
    float scale = sc->scale, *kt = blocks, *vt = kt + (size_t)hd * THERMO__ATT_BLOCK, *kp = vt + (size_t)hd * THERMO__ATT_BLOCK;
    float *qp = kp + THERMO__ATT_BLOCK * w, *dop = qp + THERMO__ATT_BLOCK * w;
    float *p = dop + THERMO__ATT_BLOCK * w, *g = p + THERMO__ATT_BLOCK * THERMO__ATT_BLOCK; /* (BLOCK, BLOCK) */
    int group = NH / NKV, h, r, j, c;
    int n = b->T - s0 < THERMO__ATT_BLOCK ? b->T - s0 : THERMO__ATT_BLOCK, m = b->T - t0 < THERMO__ATT_BLOCK ? b->T - t0 : THERMO__ATT_BLOCK;
    thermo__att_transpose(kt, k + s0 * kw + kvo, kw, n, hd);
    thermo__att_transpose(vt, v + s0 * kw + kvo, kw, n, hd);
    thermo__att_rows(kp, k + s0 * kw + kvo, kw, n, hd);
    for (h = kvh * group; h < (kvh + 1) * group; h++) {
        size_t ho = t0 * qw + (size_t)h * hd;
        thermo__att_product(p, THERMO__ATT_BLOCK, 0, q + ho, qw, 1, kt, THERMO__ATT_BLOCK, m, THERMO__ATT_PAD(n), hd);
        thermo__att_product(g, THERMO__ATT_BLOCK, 0, dout + ho, qw, 1, vt, THERMO__ATT_BLOCK, m, THERMO__ATT_PAD(n), hd);
        for (r = 0; r < m; r++) { /* P = att, G = P (dP - D) c scale of row t */
            int t = t0 + r, first = thermo__attention_first(b, sc, t);
            int lo = first > s0 ? first - s0 : 0, hi = t - s0 < n - 1 ? t - s0 : n - 1;
            float *pr = p + (size_t)r * THERMO__ATT_BLOCK, *gr = g + (size_t)r * THERMO__ATT_BLOCK, slope[THERMO__ATT_BLOCK];
            float mt = smax[(size_t)t * NH + h], l = ssum[(size_t)t * NH + h], D = dd[(size_t)t * NH + h];
            thermo__att_scores(pr, slope, sc, lo, hi);
            thermo__exp_shifted(pr, mt, THERMO__ATT_BLOCK);
            for (j = 0; j < THERMO__ATT_BLOCK; j += 16) { /* 16 at a time through locals: vectorises */
                float pj[16], gj[16];
                for (c = 0; c < 16; c++) pj[c] = pr[j + c] / l;
                for (c = 0; c < 16; c++) gj[c] = pj[c] * (gr[j + c] - D) * slope[j + c] * scale;
                for (c = 0; c < 16; c++) pr[j + c] = pj[c], gr[j + c] = gj[c];
            }
        }
        thermo__att_rows(qp, q + ho, qw, m, hd);
        thermo__att_rows(dop, dout + ho, qw, m, hd);
        thermo__att_product(dv + s0 * kw + kvo, kw, 1, p, 1, THERMO__ATT_BLOCK, dop, w, n, hd, m);
        thermo__att_product(dk + s0 * kw + kvo, kw, 1, g, 1, THERMO__ATT_BLOCK, qp, w, n, hd, m);
        thermo__att_product(dq + ho, qw, 1, g, THERMO__ATT_BLOCK, 1, kp, w, m, hd, n);
    }
}

/* The backward of thermo__attention_forward, a tile at a time on one grid (thermo__attention_
   tile_backward).  A tile adds into its query rows' dq and its keys' dk, dv, so the tiles are
   taken by diagonals, d = query block - key block = 0, 1, ..., and each is an OpenMP task that
   depends on the tile before it in its query block and in its key block: each dq row adds its
   key blocks from the latest back, each dk, dv row its query blocks in order, the same bits for
   any thread count, and no thread waits for a whole diagonal (a preempted one holds up only the
   tiles after its own).  dd (T, NH): scratch for D; blocks (threads,
   thermo__attention_floats(hd)) scratch. */
static void thermo__attention_backward(float *dq, float *dk, float *dv, float *dd, float *blocks, const float *dout,
                                       const float *out, const float *smax, const float *ssum, const float *q,
                                       const float *k, const float *v, const thermo__batch *b,
                                       const thermo__scoring *sc, int NH, int NKV, int hd) {
    int n_blocks = (b->T + THERMO__ATT_BLOCK - 1) / THERMO__ATT_BLOCK, t;
    size_t qw = (size_t)NH * hd;
    THERMO__OMP(omp parallel for schedule(static) if ((double)b->T * qw >= THERMO__PARALLEL))
    for (t = 0; t < b->T; t++) {
        int h;
        for (h = 0; h < NH; h++)
            dd[(size_t)t * NH + h] = (float)thermo__dot_f64(dout + t * qw + (size_t)h * hd, out + t * qw + (size_t)h * hd, (size_t)hd);
    }
    THERMO__OMP(omp parallel if (THERMO__ATTENTION_WORK(b, sc, qw) >= THERMO__PARALLEL))
    THERMO__OMP(omp single)
    {
        int d, job;
        for (d = 0; d < n_blocks; d++)
            for (job = 0; job < (n_blocks - d) * NKV; job++) {
                int s0 = job / NKV * THERMO__ATT_BLOCK, kvh = job % NKV, t0 = s0 + d * THERMO__ATT_BLOCK;
                int last = s0 + THERMO__ATT_BLOCK < b->T ? s0 + THERMO__ATT_BLOCK - 1 : b->T - 1;
                if (thermo__attention_end(b, sc, last) <= t0) continue; /* no row of the block sees these keys */
                THERMO__OMP(omp task depend(inout: dq[t0 * qw + (size_t)kvh * (NH / NKV) * hd], dk[((size_t)s0 * NKV + kvh) * hd]))
                thermo__attention_tile_backward(dq, dk, dv, blocks + thermo__attention_floats(hd) * (size_t)THERMO__THREAD(),
                                                dd, dout, smax, ssum, q, k, v, b, sc, NH, NKV, hd, t0, s0, kvh);
            }
    }
}

/* ---- MLP activation ---- */

/* sig (n) = sigmoid(g) = 1 / (1 + e^-g), n <= THERMO__EXP_RUN: t = e^-|g| (thermo__exp_shifted,
   vectorised, never overflowing), sig = 1 / (1 + t) for g >= 0 and t / (1 + t) below */
static void thermo__sigmoid(float *sig, const float *g, int n) {
    int j;
    for (j = 0; j < n; j++) sig[j] = -fabsf(g[j]);
    thermo__exp_shifted(sig, 0.0f, n);
    for (j = 0; j < n; j++) sig[j] = (g[j] >= 0 ? 1.0f : sig[j]) / (1.0f + sig[j]);
}

/* out (N) = silu(gate) * up, silu(x) = x sigmoid(x); OpenMP over runs of THERMO__EXP_RUN */
static void thermo__swiglu_forward(float *out, const float *gate, const float *up, size_t N) {
    size_t i0;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N >= THERMO__PARALLEL))
    for (i0 = 0; i0 < N; i0 += THERMO__EXP_RUN) {
        float sig[THERMO__EXP_RUN];
        int n = N - i0 < THERMO__EXP_RUN ? (int)(N - i0) : THERMO__EXP_RUN, j;
        thermo__sigmoid(sig, gate + i0, n);
        for (j = 0; j < n; j++) out[i0 + j] = gate[i0 + j] * sig[j] * up[i0 + j];
    }
}

/* forward: y = silu(g) u with silu'(g) = sig(g) (1 + g (1 - sig(g))), sig(g) = 1 / (1 + exp(-g)), so
   dg += dy u silu'(g),  du += dy silu(g) */
static void thermo__swiglu_backward(float *dgate, float *dup, const float *dout, const float *gate,
                                    const float *up, size_t N) {
    size_t i0;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N >= THERMO__PARALLEL))
    for (i0 = 0; i0 < N; i0 += THERMO__EXP_RUN) {
        float sig[THERMO__EXP_RUN];
        int n = N - i0 < THERMO__EXP_RUN ? (int)(N - i0) : THERMO__EXP_RUN, j;
        thermo__sigmoid(sig, gate + i0, n);
        for (j = 0; j < n; j++) {
            size_t i = i0 + (size_t)j;
            dgate[i] += dout[i] * up[i] * (sig[j] * (1.0f + gate[i] * (1.0f - sig[j])));
            dup[i] += dout[i] * (gate[i] * sig[j]);
        }
    }
}

/* GELU's tanh approximation in float32 as torch computes it (gelu_pytorch_tanh; GPT-2's gelu_new
   is the same formula): g(x) = 0.5 x (1 + t), t = tanh(b (x + k x^3)), b = sqrt(2/pi), k = 0.044715;
   *slope (may be NULL) gets g'(x) = 0.5 (1 + t) + 0.5 x (1 - t^2) b (1 + 3 k x^2). */
#define THERMO__GELU_B 0.7978845608028654f
#define THERMO__GELU_K 0.044715f
static float thermo__gelu_tanh(float x, float *slope) {
    float t = tanhf(THERMO__GELU_B * (x + THERMO__GELU_K * (x * x * x)));
    if (slope) *slope = 0.5f * (1.0f + t) + 0.5f * x * (1.0f - t * t) * THERMO__GELU_B * (1.0f + 3.0f * THERMO__GELU_K * x * x);
    return 0.5f * x * (1.0f + t);
}

/* out (N) = gelu_tanh(gate) * up (Gemma) */
static void thermo__geglu_forward(float *out, const float *gate, const float *up, size_t N) {
    size_t i;
    for (i = 0; i < N; i++) out[i] = thermo__gelu_tanh(gate[i], NULL) * up[i];
}

/* forward: y = g(x) u, so dgate += dy u g'(x),  dup += dy g(x) */
static void thermo__geglu_backward(float *dgate, float *dup, const float *dout, const float *gate,
                                   const float *up, size_t N) {
    size_t i;
    for (i = 0; i < N; i++) {
        float dg, g = thermo__gelu_tanh(gate[i], &dg);
        dgate[i] += dout[i] * up[i] * dg;
        dup[i] += dout[i] * g;
    }
}

/* out (N) = gelu_new(x) = gelu_tanh(x): GPT-2's MLP activation, ungated */
static void thermo__gelu_new_forward(float *out, const float *x, size_t N) {
    size_t i;
    for (i = 0; i < N; i++) out[i] = thermo__gelu_tanh(x[i], NULL);
}

/* forward: y = g(x), so dx += dy g'(x) */
static void thermo__gelu_new_backward(float *dx, const float *dout, const float *x, size_t N) {
    size_t i;
    for (i = 0; i < N; i++) {
        float dg;
        thermo__gelu_tanh(x[i], &dg);
        dx[i] += dout[i] * dg;
    }
}

/* ---- softcapping (Gemma) ---- */

/* out (N) = cap tanh(inp / cap), as transformers: (x / cap), tanh, * cap; out may be inp */
static void thermo__softcap_forward(float *out, const float *inp, float cap, size_t N) {
    size_t i;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N >= THERMO__PARALLEL))
    for (i = 0; i < N; i++) out[i] = tanhf(inp[i] / cap) * cap;
}

/* forward: y = cap tanh(x / cap), so dx = dy (1 - tanh(x / cap)^2); writes (=, not +=) dinp,
   which may be inp itself (each element is read before it is written) */
static void thermo__softcap_backward(float *dinp, const float *dout, const float *inp, float cap, size_t N) {
    size_t i;
    THERMO__OMP(omp parallel for schedule(static) if ((double)N >= THERMO__PARALLEL))
    for (i = 0; i < N; i++) {
        float t = tanhf(inp[i] / cap);
        dinp[i] = dout[i] * (1.0f - t * t);
    }
}

/* ---- lm_head and cross-entropy, a vocabulary tile at a time ---- */

#define THERMO__VOCAB_FLOATS 4194304 /* a vocabulary tile's T x VT logits (and VT x H dW rows) at most */

typedef struct thermo__vocab { /* the sweeps' scratch */
    int tile;      /* VT: lm_head rows per step, THERMO__VOCAB_FLOATS / T (/ max(T, H) where the
                      lm_head's |dW| is streamed; a multiple of 16, at least 16), so the T x V logits
                      are never held and few steps are taken; a short prompt's vocabulary is one tile */
    float *x;      /* (T, VT) those columns of the logits (before the softcap); backward: their gradient */
    float *xt;     /* (VT, T) backward, streamed: the gradient transposed */
    float *dw;     /* (VT, H) backward, streamed: those rows of dW */
    float *capped; /* (T, VT) with a final softcap: the capped logits; backward: then their gradient */
    double *xtgt;  /* (T) forward: each row's logit of its target */
    float cap;     /* final_logit_softcapping: x <- cap tanh(x / cap) on each tile (0: none) */
} thermo__vocab;

/* For each row t with a target (>= 0): lse_t = log sum_v exp(y_tv) and loss_t = lse_t -
   y_t[target_t], y = softcap(x), x = lnf (T,H) W^T (W the (V,H) lm_head; the cap where
   vs->cap > 0, else y = x); rows without one get 0.  Tile by tile: the running max m_t and sum
   s_t = sum exp(y - m_t) (each term in float, thermo__exp_shifted; the sum in double) are
   rescaled by exp(m_old - m_new) when a tile raises the
   max.  logits (T,V) receives y when not NULL; the last tile's x stays in vs->x. */
static void thermo__lm_head_forward(double *loss, double *lse, float *logits, const thermo__vocab *vs,
                                    const float *lnf, const thermo_tensor *W, const int32_t *targets, int T,
                                    int H, int V) {
    int v0, t;
    for (t = 0; t < T; t++) lse[t] = -INFINITY, loss[t] = 0; /* m_t, s_t while the tiles run */
    for (v0 = 0; v0 < V; v0 += vs->tile) {
        int n = V - v0 < vs->tile ? V - v0 : vs->tile;
        thermo__operand wt = thermo__stored(W, v0, 1);
        memset(vs->x, 0, sizeof(float) * (size_t)T * n);
        thermo__gemm(vs->x, (size_t)n, lnf, (size_t)H, &wt, T, n, H);
        if (vs->cap > 0) thermo__softcap_forward(vs->capped, vs->x, vs->cap, (size_t)T * n);
        THERMO__OMP(omp parallel for schedule(static) if ((double)T * n >= THERMO__PARALLEL))
        for (t = 0; t < T; t++) {
            const float *x = (vs->cap > 0 ? vs->capped : vs->x) + (size_t)t * n;
            float m = -INFINITY;
            double sum = 0;
            int j;
            if (logits) memcpy(logits + (size_t)t * V + v0, x, sizeof(float) * (size_t)n);
            if (targets[t] < 0) continue;
            for (j = 0; j < n; j++)
                if (x[j] > m) m = x[j];
            if (m > lse[t]) loss[t] *= exp(lse[t] - m), lse[t] = m;
            for (j = 0; j < n; j += THERMO__EXP_RUN) { /* e^(x - m) a run at a time, summed in double */
                float run[THERMO__EXP_RUN];
                int w = n - j < THERMO__EXP_RUN ? n - j : THERMO__EXP_RUN, r;
                memcpy(run, x + j, sizeof(float) * (size_t)w);
                thermo__exp_shifted(run, (float)lse[t], w);
                for (r = 0; r < w; r++) sum += run[r];
            }
            loss[t] += sum;
            if (targets[t] >= v0 && targets[t] < v0 + n) vs->xtgt[t] = x[targets[t] - v0];
        }
    }
    for (t = 0; t < T; t++) {
        if (targets[t] < 0) {
            lse[t] = loss[t] = 0;
            continue;
        }
        lse[t] += log(loss[t]);
        loss[t] = lse[t] - vs->xtgt[t];
    }
}

/* forward: loss = sum_t scale_t (lse_t - y_t[target_t]), y = softcap(x), x = lnf W^T, so tile by
   tile, the logits recomputed (the forward's sums, bit for bit):
     dy_tv = scale_t (exp(y_tv - lse_t) - [v == target_t])   (0 on rows without a target; exp in float)
     dx_tv = dy_tv (1 - tanh^2(x_tv / cap))                    (dx = dy without a cap)
     dlnf (T,H) += dx W_tile                                   (dlnf zeroed by the caller)
     dW_tile = dx^T lnf, its |.|^2 by the (V,H) weight's route: identity G_dx += dx dx^T and at the
     end |dW|^2 = sum G_dx o (lnf lnf^T); streamed, the tile formed in float; reference, its rows in
     double.  arow (T,H), tied only (else NULL): row ids_s of dW for each token s with ids_s >= 0. */
static void thermo__lm_head_backward(float *dlnf, float *arow, thermo__gradnorms *gn, const thermo__vocab *vs,
                                     const float *lnf, const thermo_tensor *W, const thermo__batch *b,
                                     const double *lse, int H, int V) {
    int T = b->T, v0, t;
    thermo_gradnorm_route route = thermo__route(gn->choice, T, H, V);
    double g2 = 0;
    if (route == THERMO_GRADNORM_IDENTITY) memset(gn->gdy, 0, sizeof(double) * (size_t)T * T);
    for (v0 = 0; v0 < V; v0 += vs->tile) {
        int n = V - v0 < vs->tile ? V - v0 : vs->tile, o;
        thermo__operand wt = thermo__stored(W, v0, 1), w = thermo__stored(W, v0, 0);
        if (n < V) { /* one tile: forward left the logits in x */
            memset(vs->x, 0, sizeof(float) * (size_t)T * n);
            thermo__gemm(vs->x, (size_t)n, lnf, (size_t)H, &wt, T, n, H);
        }
        if (vs->cap > 0) thermo__softcap_forward(vs->capped, vs->x, vs->cap, (size_t)T * n);
        THERMO__OMP(omp parallel for schedule(static) if ((double)T * n >= THERMO__PARALLEL))
        for (t = 0; t < T; t++) { /* the (capped) logits' gradient, in place */
            float *y = (vs->cap > 0 ? vs->capped : vs->x) + (size_t)t * n;
            int j, target = b->targets[t];
            thermo__exp_shifted(y, (float)lse[t], n);
            for (j = 0; j < n; j++) y[j] = target < 0 ? 0.0f : (float)(b->scale[t] * ((double)y[j] - (v0 + j == target)));
        }
        if (vs->cap > 0) thermo__softcap_backward(vs->x, vs->capped, vs->x, vs->cap, (size_t)T * n);
        thermo__gemm(dlnf, (size_t)H, vs->x, (size_t)n, &w, T, H, n);
        if (route == THERMO_GRADNORM_STREAMED) {
            thermo__operand lb = thermo__floats_operand(lnf, (size_t)H);
            thermo__transpose(vs->xt, vs->x, T, n);
            memset(vs->dw, 0, sizeof(float) * (size_t)n * H);
            thermo__gemm(vs->dw, (size_t)H, vs->xt, (size_t)T, &lb, n, H, T);
            for (o = 0; o < n; o++) g2 += thermo__dot_f64(vs->dw + (size_t)o * H, vs->dw + (size_t)o * H, (size_t)H);
        } else if (route == THERMO_GRADNORM_REFERENCE) {
            g2 += thermo__gradnorm2_reference(gn, vs->x, (size_t)n, lnf, H, n);
        } else {
            THERMO__OMP(omp parallel for schedule(dynamic) if ((double)T * T * n / 2 >= THERMO__PARALLEL))
            for (t = 0; t < T; t++) {
                int s;
                for (s = 0; s <= t; s++) gn->gdy[(size_t)t * T + s] += thermo__dot_f64(vs->x + (size_t)t * n, vs->x + (size_t)s * n, (size_t)n);
            }
        }
        if (arow) { /* the rows of this tile's dW that the tokens' ids select, in double */
            THERMO__OMP(omp parallel for schedule(dynamic, 16) if ((double)T * T * H >= THERMO__PARALLEL))
            for (t = 0; t < T; t++) {
                int id = b->emb_ids[t], c, s;
                if (id < v0 || id >= v0 + n) continue;
                if (route == THERMO_GRADNORM_STREAMED) memcpy(arow + (size_t)t * H, vs->dw + (size_t)(id - v0) * H, sizeof(float) * (size_t)H);
                else
                    for (c = 0; c < H; c++) {
                        double r = 0;
                        for (s = 0; s < T; s++) r += (double)vs->x[(size_t)s * n + id - v0] * lnf[(size_t)s * H + c];
                        arow[(size_t)t * H + c] = (float)r;
                    }
            }
        }
    }
    if (route == THERMO_GRADNORM_IDENTITY) {
        for (t = 0; t < T; t++) {
            int s;
            for (s = 0; s < t; s++) gn->gdy[(size_t)s * T + t] = gn->gdy[(size_t)t * T + s];
        }
        thermo__gram(gn->gx, lnf, T, (size_t)H);
        g2 = thermo__frobenius_dot(gn->gx, gn->gdy, T);
    }
    gn->g2[W - gn->tensors] = g2;
    gn->route[W - gn->tensors] = (unsigned char)route;
}

/* ---- the whole pass ---- */

typedef struct thermo__acts { /* what forward saves for backward; L layers, T tokens */
    float *res;          /* (L+1, T, H) residual stream entering each layer; res[L] the final norm's input */
    float *rstd1;        /* (L, T) the norm into attention: 1/rms (backward recomputes its output) */
    float *q, *k;        /* (L, T, Dq), (L, T, Dkv) with q_norm/k_norm: q_proj, k_proj outputs before them */
    float *qrstd, *krstd;/* (L, T, NH), (L, T, NKV) with q_norm/k_norm: 1/rms of each normed row of q, k */
    float *qr, *kr;      /* (L, T, Dq), (L, T, Dkv) queries and keys after the norm and RoPE */
    float *v;            /* (L, T, Dkv) */
    float *smax, *ssum;  /* (L, T, NH) each attention row's softmax max and sum (backward makes the
                            attention weights again from them) */
    float *atty;         /* (L, T, Dq) the attention output (o_proj's input) */
    float *ao, *rstd3;   /* (L, T, H), (L, T) with a norm on attention's output: o_proj's output, 1/rms */
    float *res2;         /* (L, T, H) residual stream after attention */
    float *rstd2;        /* (L, T) the norm into the MLP: 1/rms (backward recomputes its output) */
    float *gate, *up;    /* (L, T, I) gate_proj, up_proj outputs (backward recomputes act(gate) * up) */
    float *mo, *rstd4;   /* (L, T, H), (L, T) with a norm on the MLP's output: down_proj's output, 1/rms */
    float *rstdf, *lnf;  /* (T), (T, H) the final norm */
    float *mean1, *mean2, *meanf; /* (L, T), (L, T), (T) gpt2: each LayerNorm row's mean */
} thermo__acts;

typedef struct thermo__grads { /* backward's scratch, one layer at a time */
    float *dres;             /* (T, H) gradient of the residual stream */
    float *dln;              /* (T, H) gradient of a norm's output */
    float *dout;             /* (T, H) with an output norm: gradient of o_proj's or down_proj's output */
    float *ln;               /* (T, H) a norm's output (attention's or the MLP's input), recomputed */
    float *datty;            /* (T, Dq) the gradient of the attention output */
    float *dq, *dqn;         /* (T, Dq) qr's gradient, then (RoPE backward in place) qn's; with q_norm: q's */
    float *dk, *dkn, *dv;    /* (T, Dkv) likewise */
    float *dd;               /* (T, NH) attention_backward's D = dout . out of each row and head */
    float *att_blocks;       /* (threads, thermo__attention_floats(hd)) the attention kernels' blocks */
    float *act;              /* (T, I) act(gate) * up (gpt2: gelu_new(up)), down_proj's input, recomputed */
    float *dmlp, *dgate, *dup; /* (T, I) */
    float *arow;             /* (T, H) tied: the lm_head part of dE's row ids_t for each token */
    int *order, *pos_order;  /* (T) the tokens sorted by id, and (gpt2) by position (thermo__embedding_backward) */
    uint64_t *keys;          /* (T) the sorts' keys */
} thermo__grads;

typedef struct thermo__vectors { /* one layer's 1-D weights in float; NULL where absent */
    const float *attn_in, *attn_out, *mlp_in, *mlp_out; /* the norms around attention and the MLP */
    const float *qn, *kn;                               /* q_norm, k_norm */
    const float *qb, *kb, *vb, *ob, *gb, *ub, *db;      /* biases */
    const float *ln1b, *ln2b, *qkvb;                    /* gpt2: the LayerNorms' biases, c_attn's */
} thermo__vectors;

typedef struct thermo__pass {
    const thermo_model *m;
    thermo__batch b;
    thermo__acts a;
    thermo__grads d;
    thermo__vocab vs;        /* the lm_head's vocabulary tiles */
    float *vec_buf;          /* (8H + 3Dq + 5Dkv + 2I) thermo__vectors' storage */
    float *rope_cos[2], *rope_sin[2]; /* (max_len, d/2) the RoPE angles, d the rotary dims; [1]: the local
                                         RoPE's; longrope: [0] holds the short table, then the long one */
    float *fused;            /* (T, Dq + 2 Dkv or 2 I) a fused projection's output or its gradient */
    double *loss, *lse;      /* (T) */
    thermo__gradnorms gn;
    void *block;             /* the one allocation behind every array here */
} thermo__pass;

/* A stored 1-D tensor converted into *buf (advanced past it), or NULL when absent. */
static const float *thermo__vector(const thermo_tensor *t, float **buf) {
    float *p = *buf;
    if (!t) return NULL;
    thermo_tensor_f32(t, 0, t->numel, p);
    *buf += t->numel;
    return p;
}

/* A stored norm weight w (C) as the factor its RMSNorm multiplies by: offset + w, in float32
   (Gemma's (1 + w); w itself elsewhere). */
static void thermo__norm_vector(float *out, const thermo_tensor *w, float offset) {
    int64_t i;
    thermo_tensor_f32(w, 0, w->numel, out);
    if (offset != 0.0f)
        for (i = 0; i < w->numel; i++) out[i] = offset + out[i];
}

/* The norm factor of a stored norm weight into *buf (advanced past it), or NULL when absent. */
static const float *thermo__norm(const thermo_tensor *t, float offset, float **buf) {
    float *p = *buf;
    if (!t) return NULL;
    thermo__norm_vector(p, t, offset);
    *buf += t->numel;
    return p;
}

/* Layer l's 1-D weights in float into v, stored in buf. */
static void thermo__layer_vectors(thermo__vectors *v, float *buf, const thermo_model *m, int l) {
    const thermo_tensor *const *w = m->layers + (size_t)l * THERMO__SLOTS;
    float offset = thermo__family_of(&m->config)->variant.norm_offset;
    v->attn_in = thermo__norm(w[THERMO__ATTN_IN_NORM], offset, &buf);
    v->attn_out = thermo__norm(w[THERMO__ATTN_OUT_NORM], offset, &buf);
    v->mlp_in = thermo__norm(w[THERMO__MLP_IN_NORM], offset, &buf);
    v->mlp_out = thermo__norm(w[THERMO__MLP_OUT_NORM], offset, &buf);
    v->qn = thermo__norm(w[THERMO__Q_NORM], offset, &buf);
    v->kn = thermo__norm(w[THERMO__K_NORM], offset, &buf);
    v->qb = thermo__vector(w[THERMO__Q_BIAS], &buf);
    v->kb = thermo__vector(w[THERMO__K_BIAS], &buf);
    v->vb = thermo__vector(w[THERMO__V_BIAS], &buf);
    v->ob = thermo__vector(w[THERMO__O_BIAS], &buf);
    v->gb = thermo__vector(w[THERMO__GATE_BIAS], &buf);
    v->ub = thermo__vector(w[THERMO__UP_BIAS], &buf);
    v->db = thermo__vector(w[THERMO__DOWN_BIAS], &buf);
    v->ln1b = thermo__vector(w[THERMO__ATTN_IN_NORM_BIAS], &buf);
    v->ln2b = thermo__vector(w[THERMO__MLP_IN_NORM_BIAS], &buf);
    v->qkvb = thermo__vector(w[THERMO__QKV_BIAS], &buf);
}

/* The factor the embeddings are multiplied by: sqrt(hidden_size) as a float32 (Gemma), else 1. */
static float thermo__embed_scale(const thermo_model *m) {
    return thermo__family_of(&m->config)->variant.embed_scaled ? (float)sqrt((double)m->config.hidden_size) : 1.0f;
}

/* How layer l scores keys: query_pre_attn_scalar^-1/2 (a float32, as torch scales by the
   Python float), the attention softcap, and the window on sliding layers. */
static thermo__scoring thermo__layer_scoring(const thermo_config *c, int l) {
    thermo__scoring sc;
    sc.scale = (float)pow(c->query_pre_attn_scalar, -0.5);
    sc.cap = (float)c->attn_logit_softcapping;
    sc.window = c->layer_flags[l] & THERMO_LAYER_SLIDING ? c->sliding_window : 0;
    return sc;
}

/* Carves one allocation into arrays: a first round with base NULL adds up their sizes (n elements
   of `size` bytes, each 64-byte aligned) in *used, a second hands out base + offset (NULL for an
   empty array: one the model does not use).  *bad is set when a size overflows. */
static void *thermo__carve(unsigned char *base, uint64_t *used, int *bad, uint64_t n, size_t size) {
    uint64_t bytes, at = *used;
    if (thermo__mul_u64(n, size, &bytes) || bytes > UINT64_MAX - 64 - at) {
        *bad = 1;
        return NULL;
    }
    *used = at + (bytes + 63) / 64 * 64;
    return base && n ? base + at : NULL;
}

static void thermo__pass_free(thermo__pass *p) { THERMO_FREE(p->block); }

/* for qsort: uint64 keys (id + 1) << 32 | token, i.e. tokens by id, then by index */
static int thermo__by_key(const void *x, const void *y) {
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

/* order (T) = 0 .. T-1 sorted by ids (T; -1 first), then by index; keys (T) scratch */
static void thermo__sort_by_id(int *order, uint64_t *keys, const int32_t *ids, int T) {
    int t;
    for (t = 0; t < T; t++) keys[t] = (uint64_t)(ids[t] + 1) << 32 | (uint64_t)t;
    qsort(keys, (size_t)T, sizeof *keys, thermo__by_key);
    for (t = 0; t < T; t++) order[t] = (int)(keys[t] & 0xFFFFFFFFu);
}

/* Checks the arguments and allocates everything the pass needs. */
static thermo_status thermo__pass_init(thermo__pass *p, const thermo_model *m, const int32_t *const *ids,
                                       const int *lengths, int n_seq, thermo_gradnorm_route choice,
                                       thermo_error *err) {
    const thermo_config *c = &m->config;
    uint64_t T = 0, L = (uint64_t)c->num_hidden_layers, H = (uint64_t)c->hidden_size, I = (uint64_t)c->intermediate_size;
    uint64_t V = (uint64_t)c->vocab_size, NH = (uint64_t)c->num_attention_heads, NKV = (uint64_t)c->num_key_value_heads;
    uint64_t hd = (uint64_t)c->head_dim, Dq = NH * hd, Dkv = NKV * hd;
    /* which of the optional activations the family's layers have (1 or 0, a factor of their sizes) */
    uint64_t qk = m->layers[THERMO__Q_NORM] != NULL, in1 = m->layers[THERMO__ATTN_IN_NORM] != NULL;
    uint64_t out1 = m->layers[THERMO__ATTN_OUT_NORM] != NULL, in2 = m->layers[THERMO__MLP_IN_NORM] != NULL;
    uint64_t out2 = m->layers[THERMO__MLP_OUT_NORM] != NULL, local = 0;
    uint64_t fused = m->layers[THERMO__QKV] || m->layers[THERMO__GATE_UP], tables = c->rope_longrope ? 2 : 1;
    uint64_t gated = m->layers[THERMO__GATE] || m->layers[THERMO__GATE_UP]; /* gpt2's MLP has no gate */
    uint64_t gpt2 = c->arch == THERMO_GPT2;
    uint64_t wide = Dq + 2 * Dkv > 2 * I ? Dq + 2 * Dkv : 2 * I; /* the widest fused projection */
    uint64_t cols = H > wide ? H : wide;     /* the most columns of any weight (either way round) */
    uint64_t rows = V > cols ? V : cols;     /* and the most rows (wpe's: rowsq adds n_positions) */
    uint64_t gram = 0, threads = (uint64_t)THERMO__THREADS(), VT, capped = c->final_logit_softcapping > 0, streamed_vocab;
    unsigned char *base = NULL;
    int i, j, t, round;
    float *inv_freq;
    memset(p, 0, sizeof *p);
    p->m = m;
    for (i = 0; i < c->num_hidden_layers; i++) local |= (c->layer_flags[i] & THERMO_LAYER_LOCAL_ROPE) != 0;
    if (n_seq < 1 || !ids || !lengths)
        return thermo__fail(err, THERMO_ERR_ARGUMENT, "forward: no sequences to run");
    if ((int)choice < 0 || choice >= THERMO_GRADNORM_ROUTES)
        return thermo__fail(err, THERMO_ERR_ARGUMENT, "forward: gradient_route %d is not a route", (int)choice);
    for (i = 0; i < n_seq; i++) {
        if (lengths[i] < 2 || !ids[i])
            return thermo__fail(err, THERMO_ERR_ARGUMENT,
                                "forward: sequence %d has %d tokens; at least 2 are needed (one to predict the next)",
                                i, lengths[i]);
        if (c->arch == THERMO_GPT2 && lengths[i] > c->n_positions)
            return thermo__fail(err, THERMO_ERR_ARGUMENT,
                                "forward: sequence %d has %d tokens, more than the model's n_positions (%d)", i,
                                lengths[i], c->n_positions);
        for (j = 0; j < lengths[i]; j++)
            if (ids[i][j] < 0 || ids[i][j] >= c->vocab_size)
                return thermo__fail(err, THERMO_ERR_ARGUMENT,
                                    "forward: sequence %d, position %d: token id %ld is outside the vocabulary [0, %d)",
                                    i, j, (long)ids[i][j], c->vocab_size);
        T += (uint64_t)lengths[i];
        if (T > THERMO__MAX_TOKENS)
            return thermo__fail(err, THERMO_ERR_ARGUMENT, "forward: more than %d tokens in all", THERMO__MAX_TOKENS);
        if (lengths[i] > p->b.max_len) p->b.max_len = lengths[i];
    }
    if (T * NH > INT_MAX) /* the per-head norms count T * NH rows in an int */
        return thermo__fail(err, THERMO_ERR_ARGUMENT, "forward: %llu tokens of %llu heads are too many",
                            (unsigned long long)T, (unsigned long long)NH);
    p->b.n = n_seq;
    p->b.T = (int)T;
    /* the T x T Gram matrices only where some matrix takes the identity route */
    for (i = 0; i < m->checkpoint.n_tensors; i++) {
        const thermo_tensor *w = &m->checkpoint.tensors[i];
        if (w->ndim == 2 && thermo__route(choice, (double)T, (double)w->shape[1], (double)w->shape[0]) == THERMO_GRADNORM_IDENTITY)
            gram = T * T;
    }
    streamed_vocab = thermo__route(choice, (double)T, (double)H, (double)V) == THERMO_GRADNORM_STREAMED;
    VT = THERMO__VOCAB_FLOATS / (streamed_vocab && H > T ? H : T) / 16 * 16;
    VT = VT < 16 ? 16 : VT > V ? V : VT;
    for (round = 0; round < 2; round++) { /* sizes, then pointers; see thermo__carve */
        uint64_t used = 0;
        int bad = 0;
#define THERMO__CARVE(array, type, n) (array = (type *)thermo__carve(base, &used, &bad, (n), sizeof(type)))
        THERMO__CARVE(p->a.res, float, (L + 1) * T * H);
        THERMO__CARVE(p->a.rstd1, float, in1 * L * T);
        THERMO__CARVE(p->a.q, float, qk * L * T * Dq);
        THERMO__CARVE(p->a.k, float, qk * L * T * Dkv);
        THERMO__CARVE(p->a.qrstd, float, qk * L * T * NH);
        THERMO__CARVE(p->a.krstd, float, qk * L * T * NKV);
        THERMO__CARVE(p->a.qr, float, L * T * Dq);
        THERMO__CARVE(p->a.kr, float, L * T * Dkv);
        THERMO__CARVE(p->a.v, float, L * T * Dkv);
        THERMO__CARVE(p->a.smax, float, L * T * NH);
        THERMO__CARVE(p->a.ssum, float, L * T * NH);
        THERMO__CARVE(p->a.atty, float, L * T * Dq);
        THERMO__CARVE(p->a.ao, float, out1 * L * T * H);
        THERMO__CARVE(p->a.rstd3, float, out1 * L * T);
        THERMO__CARVE(p->a.res2, float, L * T * H);
        THERMO__CARVE(p->a.rstd2, float, in2 * L * T);
        THERMO__CARVE(p->a.gate, float, gated * L * T * I);
        THERMO__CARVE(p->a.up, float, L * T * I);
        THERMO__CARVE(p->a.mo, float, out2 * L * T * H);
        THERMO__CARVE(p->a.rstd4, float, out2 * L * T);
        THERMO__CARVE(p->a.rstdf, float, T);
        THERMO__CARVE(p->a.mean1, float, gpt2 * L * T);
        THERMO__CARVE(p->a.mean2, float, gpt2 * L * T);
        THERMO__CARVE(p->a.meanf, float, gpt2 * T);
        THERMO__CARVE(p->a.lnf, float, T * H);
        THERMO__CARVE(p->d.dres, float, T * H);
        THERMO__CARVE(p->d.dln, float, T * H);
        THERMO__CARVE(p->d.dout, float, (out1 | out2) * T * H);
        THERMO__CARVE(p->d.ln, float, (in1 | in2) * T * H);
        THERMO__CARVE(p->d.datty, float, T * Dq);
        THERMO__CARVE(p->d.dq, float, T * Dq);
        THERMO__CARVE(p->d.dqn, float, qk * T * Dq);
        THERMO__CARVE(p->d.dk, float, T * Dkv);
        THERMO__CARVE(p->d.dkn, float, qk * T * Dkv);
        THERMO__CARVE(p->d.dv, float, T * Dkv);
        THERMO__CARVE(p->d.dd, float, T * NH);
        THERMO__CARVE(p->d.att_blocks, float, threads * thermo__attention_floats((int)hd));
        THERMO__CARVE(p->d.dmlp, float, T * I);
        THERMO__CARVE(p->d.dgate, float, gated * T * I);
        THERMO__CARVE(p->d.dup, float, T * I);
        THERMO__CARVE(p->d.act, float, T * I);
        THERMO__CARVE(p->d.arow, float, (m->lm_head == m->embed_tokens) * T * H);
        THERMO__CARVE(p->d.order, int, T);
        THERMO__CARVE(p->d.pos_order, int, gpt2 * T);
        THERMO__CARVE(p->d.keys, uint64_t, T);
        THERMO__CARVE(p->vs.x, float, VT * T);
        THERMO__CARVE(p->vs.xt, float, streamed_vocab * VT * T);
        THERMO__CARVE(p->vs.dw, float, streamed_vocab * VT * H);
        THERMO__CARVE(p->vs.capped, float, capped * VT * T);
        THERMO__CARVE(p->vs.xtgt, double, T);
        THERMO__CARVE(p->vec_buf, float, 8 * H + 3 * Dq + 5 * Dkv + 2 * I);
        for (i = 0; i < 2; i++) {
            THERMO__CARVE(p->rope_cos[i], float, (uint64_t)(i ? local : tables) * p->b.max_len * (uint64_t)c->rotary_dim / 2);
            THERMO__CARVE(p->rope_sin[i], float, (uint64_t)(i ? local : tables) * p->b.max_len * (uint64_t)c->rotary_dim / 2);
        }
        THERMO__CARVE(p->fused, float, fused * T * wide);
        THERMO__CARVE(p->loss, double, T);
        THERMO__CARVE(p->lse, double, T);
        THERMO__CARVE(p->b.scale, double, T);
        THERMO__CARVE(p->gn.g2, double, (uint64_t)m->checkpoint.n_tensors);
        THERMO__CARVE(p->gn.route, unsigned char, (uint64_t)m->checkpoint.n_tensors);
        THERMO__CARVE(p->gn.gx, double, gram);
        THERMO__CARVE(p->gn.gdy, double, gram);
        THERMO__CARVE(p->gn.rowsq, double, (rows > T ? rows : T) + (uint64_t)c->n_positions);
        THERMO__CARVE(p->gn.scratch, double, choice == THERMO_GRADNORM_REFERENCE ? threads * cols : 0);
        THERMO__CARVE(p->gn.tiles, float, threads * thermo__tile_floats(T, cols));
        THERMO__CARVE(p->b.start, int, (uint64_t)n_seq);
        THERMO__CARVE(p->b.len, int, (uint64_t)n_seq);
        THERMO__CARVE(p->b.pos, int, T);
        THERMO__CARVE(p->b.seq_end, int, T);
        THERMO__CARVE(p->b.rope_row, int, T);
        THERMO__CARVE(p->b.positions, int32_t, gpt2 * T);
        THERMO__CARVE(p->b.ids, int32_t, T);
        THERMO__CARVE(p->b.emb_ids, int32_t, T);
        THERMO__CARVE(p->b.targets, int32_t, T);
#undef THERMO__CARVE
        if (round == 0) {
            if (bad || used > (uint64_t)SIZE_MAX - 64 || !(p->block = THERMO_MALLOC((size_t)used + 64)))
                return thermo__fail(err, THERMO_ERR_MEMORY, "forward: out of memory for %llu tokens",
                                    (unsigned long long)T);
            base = (unsigned char *)p->block + (64 - (uintptr_t)p->block % 64) % 64;
        }
    }
    for (i = 0, t = 0; i < n_seq; i++) {
        p->b.start[i] = t;
        p->b.len[i] = lengths[i];
        for (j = 0; j < lengths[i]; j++, t++) {
            p->b.pos[t] = j;
            p->b.seq_end[t] = p->b.start[i] + lengths[i];
            /* the RoPE table row: longrope's long table follows the short one */
            p->b.rope_row[t] = j + (c->rope_longrope && lengths[i] > c->rope_original_max_position ? p->b.max_len : 0);
            p->b.ids[t] = ids[i][j];
            if (gpt2) p->b.positions[t] = j;
            p->b.emb_ids[t] = ids[i][j] == c->pad_token_id ? -1 : ids[i][j];
            p->b.targets[t] = j + 1 < lengths[i] ? ids[i][j + 1] : -1;
            p->b.scale[t] = j + 1 < lengths[i] ? 1.0 / ((double)n_seq * (lengths[i] - 1)) : 0.0;
        }
    }
    inv_freq = p->vec_buf; /* free until the first layer */
    for (i = 0; c->rotary_dim && i < (int)tables; i++) { /* RoPE's tables (none in gpt2); longrope's long one
                                                            after the short */
        size_t at = (size_t)i * p->b.max_len * (c->rotary_dim / 2);
        thermo__rope_inv_freq(inv_freq, c, 0, i);
        thermo__rope_tables(p->rope_cos[0] + at, p->rope_sin[0] + at, inv_freq, p->b.max_len, c->rotary_dim,
                            c->rope_longrope ? (float)c->rope_attention_factor : 1.0f);
    }
    if (local) {
        thermo__rope_inv_freq(inv_freq, c, 1, 0);
        thermo__rope_tables(p->rope_cos[1], p->rope_sin[1], inv_freq, p->b.max_len, c->rotary_dim, 1.0f);
    }
    thermo__sort_by_id(p->d.order, p->d.keys, p->b.emb_ids, (int)T);
    if (gpt2) thermo__sort_by_id(p->d.pos_order, p->d.keys, p->b.positions, (int)T);
    p->vs.tile = (int)VT;
    p->vs.cap = (float)c->final_logit_softcapping;
    p->gn.tensors = m->checkpoint.tensors;
    p->gn.choice = choice;
    p->gn.T = (int)T;
    p->gn.tile_cols = (size_t)cols;
    for (i = 0; i < m->checkpoint.n_tensors; i++) p->gn.g2[i] = 0, p->gn.route[i] = THERMO_GRADNORM_AUTO;
    return THERMO_OK;
}

/* Layer l's slices of the saved activations (section 6's thermo__acts); h1, h2 are the inputs of
   attention and the MLP: their norms' outputs (in the scratch d.ln, made where they are used), or
   the residual stream where there is no norm; mlp (in the scratch d.act) is made
   where they are used too. */
typedef struct thermo__layer_acts {
    float *res, *rstd1, *h1, *q, *k, *qrstd, *krstd, *qr, *kr, *v, *smax, *ssum, *atty, *ao, *rstd3;
    float *res2, *rstd2, *h2, *gate, *up, *mlp, *mo, *rstd4, *out;
} thermo__layer_acts;

static void thermo__layer_acts_of(thermo__layer_acts *x, const thermo__pass *p, int l) {
    const thermo_config *c = &p->m->config;
    const thermo__acts *a = &p->a;
    size_t T = (size_t)p->b.T, L = (size_t)l, H = (size_t)c->hidden_size, I = (size_t)c->intermediate_size;
    size_t NH = (size_t)c->num_attention_heads, NKV = (size_t)c->num_key_value_heads, hd = (size_t)c->head_dim;
#define THERMO__SLICE(array, width) (a->array ? a->array + L * T * (width) : NULL)
    x->res = THERMO__SLICE(res, H);
    x->out = x->res + T * H;
    x->rstd1 = THERMO__SLICE(rstd1, 1);
    x->h1 = a->rstd1 ? p->d.ln : x->res;
    x->q = THERMO__SLICE(q, NH * hd);
    x->k = THERMO__SLICE(k, NKV * hd);
    x->qrstd = THERMO__SLICE(qrstd, NH);
    x->krstd = THERMO__SLICE(krstd, NKV);
    x->qr = THERMO__SLICE(qr, NH * hd);
    x->kr = THERMO__SLICE(kr, NKV * hd);
    x->v = THERMO__SLICE(v, NKV * hd);
    x->smax = THERMO__SLICE(smax, NH);
    x->ssum = THERMO__SLICE(ssum, NH);
    x->atty = THERMO__SLICE(atty, NH * hd);
    x->ao = THERMO__SLICE(ao, H);
    x->rstd3 = THERMO__SLICE(rstd3, 1);
    x->res2 = THERMO__SLICE(res2, H);
    x->rstd2 = THERMO__SLICE(rstd2, 1);
    x->h2 = a->rstd2 ? p->d.ln : x->res2;
    x->gate = THERMO__SLICE(gate, I);
    x->up = THERMO__SLICE(up, I);
    x->mlp = p->d.act;
    x->mo = THERMO__SLICE(mo, H);
    x->rstd4 = THERMO__SLICE(rstd4, 1);
#undef THERMO__SLICE
}

/* GPT-2's block l (GPT2Block): layer norms with biases, Conv1D layers, no RoPE, gelu_new MLP.
     ln1 = LayerNorm(res; ln_1)           [q | k | v] = ln1 @ c_attn + b   (split into qr, kr, v)
     res2 = res + attention(q, k, v) @ attn.c_proj + b
     ln2 = LayerNorm(res2; ln_2)          up = ln2 @ c_fc + b,  mlp = gelu_new(up)
     res[l+1] = res2 + mlp @ mlp.c_proj + b */
static void thermo__gpt2_block_forward(thermo__pass *p, int l) {
    const thermo_config *c = &p->m->config;
    const thermo_tensor *const *W = p->m->layers + (size_t)l * THERMO__SLOTS;
    thermo__acts *a = &p->a;
    int T = p->b.T, H = c->hidden_size, I = c->intermediate_size, NH = c->num_attention_heads, hd = c->head_dim;
    size_t lh = (size_t)l * T * H, li = (size_t)l * T * I;
    float *res = a->res + lh, *ln = p->d.ln, *qr = a->qr + lh, *kr = a->kr + lh, *v = a->v + lh;
    float *atty = a->atty + lh, *res2 = a->res2 + lh, eps = (float)c->rms_norm_eps;
    thermo__scoring sc = thermo__layer_scoring(c, l);
    thermo__vectors w;
    thermo__layer_vectors(&w, p->vec_buf, p->m, l);
    thermo__layernorm_forward(ln, a->mean1 + (size_t)l * T, a->rstd1 + (size_t)l * T, res, w.attn_in, w.ln1b, eps, T, H);
    thermo__conv1d_forward(p->fused, ln, W[THERMO__QKV], w.qkvb, T, H, 3 * H);
    thermo__split_forward(qr, kr, v, p->fused, T, H, H, H);
    thermo__attention_forward(atty, a->smax + (size_t)l * T * NH, a->ssum + (size_t)l * T * NH, p->d.att_blocks, qr, kr,
                              v, &p->b, &sc, NH, NH, hd);
    thermo__conv1d_forward(res2, atty, W[THERMO__O], w.ob, T, H, H);
    thermo__residual_forward(res2, res, (size_t)T * H);
    thermo__layernorm_forward(ln, a->mean2 + (size_t)l * T, a->rstd2 + (size_t)l * T, res2, w.mlp_in, w.ln2b, eps, T, H);
    thermo__conv1d_forward(a->up + li, ln, W[THERMO__UP], w.ub, T, H, I);
    thermo__gelu_new_forward(p->d.act, a->up + li, (size_t)T * I);
    thermo__conv1d_forward(res + (size_t)T * H, p->d.act, W[THERMO__DOWN], w.db, T, I, H);
    thermo__residual_forward(res + (size_t)T * H, res2, (size_t)T * H);
}

/* The block's backward, from d->dres (the gradient of res[l+1]) to that of res[l], in place;
   ln1, ln2 and gelu_new(up) made again from what forward saved (the same bits). */
static void thermo__gpt2_block_backward(thermo__pass *p, int l) {
    const thermo_config *c = &p->m->config;
    const thermo_tensor *const *W = p->m->layers + (size_t)l * THERMO__SLOTS;
    thermo__acts *a = &p->a;
    thermo__grads *d = &p->d;
    int T = p->b.T, H = c->hidden_size, I = c->intermediate_size, NH = c->num_attention_heads, hd = c->head_dim;
    size_t lh = (size_t)l * T * H, li = (size_t)l * T * I, TH = (size_t)T * H;
    float eps = (float)c->rms_norm_eps, *smax = a->smax + (size_t)l * T * NH, *ssum = a->ssum + (size_t)l * T * NH;
    thermo__scoring sc = thermo__layer_scoring(c, l);
    thermo__vectors w;
    thermo__layer_vectors(&w, p->vec_buf, p->m, l);
    /* MLP: res[l+1] = res2 + c_proj(gelu_new(c_fc(ln2))) */
    thermo__gelu_new_forward(d->act, a->up + li, (size_t)T * I);
    thermo__zero(d->dmlp, (size_t)T * I);
    thermo__conv1d_backward(d->dmlp, &p->gn, d->dres, d->act, W[THERMO__DOWN], T, I, H);
    thermo__zero(d->dup, (size_t)T * I);
    thermo__gelu_new_backward(d->dup, d->dmlp, a->up + li, (size_t)T * I);
    thermo__layernorm_forward(d->ln, a->mean2 + (size_t)l * T, a->rstd2 + (size_t)l * T, a->res2 + lh, w.mlp_in, w.ln2b,
                              eps, T, H);
    thermo__zero(d->dln, TH);
    thermo__conv1d_backward(d->dln, &p->gn, d->dup, d->ln, W[THERMO__UP], T, H, I);
    thermo__layernorm_backward(d->dres, d->dln, a->res2 + lh, a->mean2 + (size_t)l * T, a->rstd2 + (size_t)l * T, w.mlp_in,
                               T, H);
    /* attention: res2 = res[l] + c_proj(attention(split(c_attn(ln1)))) */
    thermo__zero(d->datty, TH);
    thermo__conv1d_backward(d->datty, &p->gn, d->dres, a->atty + lh, W[THERMO__O], T, H, H);
    thermo__zero(d->dq, TH);
    thermo__zero(d->dk, TH);
    thermo__zero(d->dv, TH);
    thermo__attention_backward(d->dq, d->dk, d->dv, d->dd, d->att_blocks, d->datty, a->atty + lh, smax, ssum, a->qr + lh,
                               a->kr + lh, a->v + lh, &p->b, &sc, NH, NH, hd);
    thermo__split_backward(p->fused, d->dq, d->dk, d->dv, T, H, H, H);
    thermo__layernorm_forward(d->ln, a->mean1 + (size_t)l * T, a->rstd1 + (size_t)l * T, a->res + lh, w.attn_in, w.ln1b,
                              eps, T, H);
    thermo__zero(d->dln, TH);
    thermo__conv1d_backward(d->dln, &p->gn, p->fused, d->ln, W[THERMO__QKV], T, H, 3 * H);
    thermo__layernorm_backward(d->dres, d->dln, a->res + lh, a->mean1 + (size_t)l * T, a->rstd1 + (size_t)l * T, w.attn_in,
                               T, H);
}

/* The loss of each row into p->loss (and the log-sum-exps backward needs); logits (T,V), when not
   NULL, receives the (capped) logits. */
static void thermo__forward(thermo__pass *p, float *logits) {
    const thermo_model *m = p->m;
    const thermo_config *c = &m->config;
    thermo__acts *a = &p->a;
    int T = p->b.T, H = c->hidden_size, I = c->intermediate_size, V = c->vocab_size, l;
    int NH = c->num_attention_heads, NKV = c->num_key_value_heads, hd = c->head_dim, Dq = NH * hd, Dkv = NKV * hd;
    float eps = (float)c->rms_norm_eps, *normf = p->vec_buf;
    const thermo__family *family = thermo__family_of(c);
    thermo__embedding_forward(a->res, p->b.ids, m->embed_tokens, thermo__embed_scale(m), T, H);
    if (m->positions) thermo__positions_forward(a->res, p->b.positions, m->positions, normf, T, H);
    for (l = 0; l < c->num_hidden_layers; l++) {
        const thermo_tensor *const *W = m->layers + (size_t)l * THERMO__SLOTS; /* the layer's weights by role */
        int rope = (c->layer_flags[l] & THERMO_LAYER_LOCAL_ROPE) != 0;
        thermo__scoring sc = thermo__layer_scoring(c, l);
        thermo__layer_acts x;
        thermo__vectors w;
        if (c->arch == THERMO_GPT2) {
            thermo__gpt2_block_forward(p, l);
            continue;
        }
        thermo__layer_acts_of(&x, p, l);
        thermo__layer_vectors(&w, p->vec_buf, m, l);
        /* attention: h1 = attn_in(res); q, k, v = q_proj(h1), k_proj(h1), v_proj(h1);
           res2 = res + attn_out(o_proj(attention(rope(qn(q)), rope(kn(k)), v))) */
        if (w.attn_in) thermo__rmsnorm_forward(x.h1, x.rstd1, x.res, w.attn_in, eps, T, H);
        if (W[THERMO__QKV]) { /* phi3: one projection, its columns [q | k | v] */
            thermo__matmul_forward(p->fused, x.h1, W[THERMO__QKV], NULL, T, H, Dq + 2 * Dkv);
            thermo__split_forward(x.qr, x.kr, x.v, p->fused, T, Dq, Dkv, Dkv);
        } else if (w.qn) { /* q_norm, k_norm over rows as wide as their weights: a head, or all of q and k */
            int qw = (int)W[THERMO__Q_NORM]->numel, kw = (int)W[THERMO__K_NORM]->numel;
            thermo__matmul_forward(x.q, x.h1, W[THERMO__Q], w.qb, T, H, Dq);
            thermo__matmul_forward(x.k, x.h1, W[THERMO__K], w.kb, T, H, Dkv);
            thermo__rmsnorm_forward(x.qr, x.qrstd, x.q, w.qn, eps, T * (Dq / qw), qw);
            thermo__rmsnorm_forward(x.kr, x.krstd, x.k, w.kn, eps, T * (Dkv / kw), kw);
        } else {
            thermo__matmul_forward(x.qr, x.h1, W[THERMO__Q], w.qb, T, H, Dq);
            thermo__matmul_forward(x.kr, x.h1, W[THERMO__K], w.kb, T, H, Dkv);
        }
        if (!W[THERMO__QKV]) thermo__matmul_forward(x.v, x.h1, W[THERMO__V], w.vb, T, H, Dkv);
        if (!(c->layer_flags[l] & THERMO_LAYER_NO_ROPE)) {
            thermo__rope_forward(x.qr, p->rope_cos[rope], p->rope_sin[rope], p->b.rope_row, T, NH, hd, c->rotary_dim);
            thermo__rope_forward(x.kr, p->rope_cos[rope], p->rope_sin[rope], p->b.rope_row, T, NKV, hd, c->rotary_dim);
        }
        thermo__attention_forward(x.atty, x.smax, x.ssum, p->d.att_blocks, x.qr, x.kr, x.v, &p->b, &sc, NH, NKV, hd);
        if (w.attn_out) {
            thermo__matmul_forward(x.ao, x.atty, W[THERMO__O], w.ob, T, Dq, H);
            thermo__rmsnorm_forward(x.res2, x.rstd3, x.ao, w.attn_out, eps, T, H);
        } else thermo__matmul_forward(x.res2, x.atty, W[THERMO__O], w.ob, T, Dq, H);
        thermo__residual_forward(x.res2, x.res, (size_t)T * H);
        /* MLP: h2 = mlp_in(res2); out = res2 + mlp_out(down_proj(act(gate_proj(h2)) * up_proj(h2))) */
        if (w.mlp_in) thermo__rmsnorm_forward(x.h2, x.rstd2, x.res2, w.mlp_in, eps, T, H);
        if (W[THERMO__GATE_UP]) { /* phi3: one projection, its columns [gate | up] */
            thermo__matmul_forward(p->fused, x.h2, W[THERMO__GATE_UP], NULL, T, H, 2 * I);
            thermo__split_forward(x.gate, x.up, NULL, p->fused, T, I, I, 0);
        } else {
            thermo__matmul_forward(x.gate, x.h2, W[THERMO__GATE], w.gb, T, H, I);
            thermo__matmul_forward(x.up, x.h2, W[THERMO__UP], w.ub, T, H, I);
        }
        if (c->hidden_act == THERMO_GELU_TANH) thermo__geglu_forward(x.mlp, x.gate, x.up, (size_t)T * I);
        else thermo__swiglu_forward(x.mlp, x.gate, x.up, (size_t)T * I);
        if (w.mlp_out) {
            thermo__matmul_forward(x.mo, x.mlp, W[THERMO__DOWN], w.db, T, I, H);
            thermo__rmsnorm_forward(x.out, x.rstd4, x.mo, w.mlp_out, eps, T, H);
        } else thermo__matmul_forward(x.out, x.mlp, W[THERMO__DOWN], w.db, T, I, H);
        thermo__residual_forward(x.out, x.res2, (size_t)T * H);
    }
    thermo__norm_vector(normf, m->norm, family->variant.norm_offset);
    if (m->norm_bias) { /* gpt2's ln_f */
        thermo_tensor_f32(m->norm_bias, 0, H, normf + H);
        thermo__layernorm_forward(a->lnf, a->meanf, a->rstdf, a->res + (size_t)c->num_hidden_layers * T * H, normf,
                                  normf + H, eps, T, H);
    } else
        thermo__rmsnorm_forward(a->lnf, a->rstdf, a->res + (size_t)c->num_hidden_layers * T * H, normf, eps, T, H);
    thermo__lm_head_forward(p->loss, p->lse, logits, &p->vs, a->lnf, m->lm_head, p->b.targets, T, H, V);
}

static void thermo__backward(thermo__pass *p) {
    const thermo_model *m = p->m;
    const thermo_config *c = &m->config;
    thermo__acts *a = &p->a;
    thermo__grads *d = &p->d;
    thermo__gradnorms *gn = &p->gn;
    int T = p->b.T, H = c->hidden_size, I = c->intermediate_size, V = c->vocab_size, l;
    int NH = c->num_attention_heads, NKV = c->num_key_value_heads, hd = c->head_dim, Dq = NH * hd, Dkv = NKV * hd;
    int tied = m->lm_head == m->embed_tokens;
    float eps = (float)c->rms_norm_eps, *normf = p->vec_buf, embed_scale = thermo__embed_scale(m);
    const thermo__family *family = thermo__family_of(c);
    size_t TH = (size_t)T * H, TI = (size_t)T * I, i;
    thermo__zero(d->dln, TH);
    thermo__lm_head_backward(d->dln, tied ? d->arow : NULL, gn, &p->vs, a->lnf, m->lm_head, &p->b, p->lse, H, V);
    thermo__norm_vector(normf, m->norm, family->variant.norm_offset);
    thermo__zero(d->dres, TH);
    if (m->norm_bias)
        thermo__layernorm_backward(d->dres, d->dln, a->res + (size_t)c->num_hidden_layers * TH, a->meanf, a->rstdf, normf,
                                   T, H);
    else
        thermo__rmsnorm_backward(d->dres, d->dln, a->res + (size_t)c->num_hidden_layers * TH, a->rstdf, normf, T, H);
    for (l = c->num_hidden_layers - 1; l >= 0; l--) {
        const thermo_tensor *const *W = m->layers + (size_t)l * THERMO__SLOTS;
        float *dq = d->dq, *dk = d->dk, *dy = d->dres;
        int rope = (c->layer_flags[l] & THERMO_LAYER_LOCAL_ROPE) != 0;
        thermo__scoring sc = thermo__layer_scoring(c, l);
        thermo__layer_acts x;
        thermo__vectors w;
        if (c->arch == THERMO_GPT2) {
            thermo__gpt2_block_backward(p, l);
            continue;
        }
        thermo__layer_acts_of(&x, p, l);
        thermo__layer_vectors(&w, p->vec_buf, m, l);
        /* MLP: out = res2 + mlp_out(down_proj(act(gate_proj(h2)) * up_proj(h2))), h2 = mlp_in(res2) */
        if (w.mlp_out) {
            thermo__zero(d->dout, TH);
            thermo__rmsnorm_backward(d->dout, d->dres, x.mo, x.rstd4, w.mlp_out, T, H);
            dy = d->dout;
        }
        if (c->hidden_act == THERMO_GELU_TANH) thermo__geglu_forward(x.mlp, x.gate, x.up, TI); /* down_proj's input again */
        else thermo__swiglu_forward(x.mlp, x.gate, x.up, TI);
        thermo__zero(d->dmlp, TI);
        thermo__matmul_backward(d->dmlp, gn, dy, x.mlp, W[THERMO__DOWN], T, I, H);
        thermo__zero(d->dgate, TI);
        thermo__zero(d->dup, TI);
        if (c->hidden_act == THERMO_GELU_TANH) thermo__geglu_backward(d->dgate, d->dup, d->dmlp, x.gate, x.up, TI);
        else thermo__swiglu_backward(d->dgate, d->dup, d->dmlp, x.gate, x.up, TI);
        if (w.mlp_in) thermo__rmsnorm_forward(x.h2, x.rstd2, x.res2, w.mlp_in, eps, T, H); /* h2 again */
        thermo__zero(d->dln, TH);
        if (W[THERMO__GATE_UP]) {
            thermo__split_backward(p->fused, d->dgate, d->dup, NULL, T, I, I, 0);
            thermo__matmul_backward(d->dln, gn, p->fused, x.h2, W[THERMO__GATE_UP], T, H, 2 * I);
        } else {
            thermo__matmul_backward(d->dln, gn, d->dgate, x.h2, W[THERMO__GATE], T, H, I);
            thermo__matmul_backward(d->dln, gn, d->dup, x.h2, W[THERMO__UP], T, H, I);
        }
        if (w.mlp_in) thermo__rmsnorm_backward(d->dres, d->dln, x.res2, x.rstd2, w.mlp_in, T, H);
        else thermo__residual_backward(d->dres, d->dln, TH);
        /* attention: res2 = res + attn_out(o_proj(attention(rope(qn(q)), rope(kn(k)), v))), from h1 = attn_in(res) */
        dy = d->dres;
        if (w.attn_out) {
            thermo__zero(d->dout, TH);
            thermo__rmsnorm_backward(d->dout, d->dres, x.ao, x.rstd3, w.attn_out, T, H);
            dy = d->dout;
        }
        thermo__zero(d->datty, (size_t)T * Dq);
        thermo__matmul_backward(d->datty, gn, dy, x.atty, W[THERMO__O], T, Dq, H);
        thermo__zero(dq, (size_t)T * Dq);
        thermo__zero(dk, (size_t)T * Dkv);
        thermo__zero(d->dv, (size_t)T * Dkv);
        thermo__attention_backward(dq, dk, d->dv, d->dd, d->att_blocks, d->datty, x.atty, x.smax, x.ssum, x.qr, x.kr, x.v, &p->b, &sc,
                                   NH, NKV, hd);
        if (!(c->layer_flags[l] & THERMO_LAYER_NO_ROPE)) {
            thermo__rope_backward(dq, p->rope_cos[rope], p->rope_sin[rope], p->b.rope_row, T, NH, hd, c->rotary_dim);
            thermo__rope_backward(dk, p->rope_cos[rope], p->rope_sin[rope], p->b.rope_row, T, NKV, hd, c->rotary_dim);
        }
        if (w.qn) {
            int qw = (int)W[THERMO__Q_NORM]->numel, kw = (int)W[THERMO__K_NORM]->numel;
            thermo__zero(d->dqn, (size_t)T * Dq);
            thermo__zero(d->dkn, (size_t)T * Dkv);
            thermo__rmsnorm_backward(d->dqn, dq, x.q, x.qrstd, w.qn, T * (Dq / qw), qw);
            thermo__rmsnorm_backward(d->dkn, dk, x.k, x.krstd, w.kn, T * (Dkv / kw), kw);
            dq = d->dqn;
            dk = d->dkn;
        }
        if (w.attn_in) thermo__rmsnorm_forward(x.h1, x.rstd1, x.res, w.attn_in, eps, T, H); /* h1 again */
        thermo__zero(d->dln, TH);
        if (W[THERMO__QKV]) {
            thermo__split_backward(p->fused, dq, dk, d->dv, T, Dq, Dkv, Dkv);
            thermo__matmul_backward(d->dln, gn, p->fused, x.h1, W[THERMO__QKV], T, H, Dq + 2 * Dkv);
        } else {
            thermo__matmul_backward(d->dln, gn, dq, x.h1, W[THERMO__Q], T, H, Dq);
            thermo__matmul_backward(d->dln, gn, dk, x.h1, W[THERMO__K], T, H, Dkv);
            thermo__matmul_backward(d->dln, gn, d->dv, x.h1, W[THERMO__V], T, H, Dkv);
        }
        if (w.attn_in) thermo__rmsnorm_backward(d->dres, d->dln, x.res, x.rstd1, w.attn_in, T, H);
        else thermo__residual_backward(d->dres, d->dln, TH);
    }
    if (embed_scale != 1.0f) /* forward: x = embed_tokens[ids] * embed_scale */
        for (i = 0; i < TH; i++) d->dres[i] *= embed_scale;
    thermo__embedding_backward(gn, m->embed_tokens, d->dres, p->b.emb_ids, d->order, tied ? d->arow : NULL, H);
    if (m->positions) thermo__embedding_backward(gn, m->positions, d->dres, p->b.positions, d->pos_order, NULL, H);
}

/* Each sequence's loss (the mean over its rows with a target) into losses (n), and their mean. */
static double thermo__pass_losses(const thermo__pass *p, double *losses) {
    double mean = 0;
    int i, t;
    for (i = 0; i < p->b.n; i++) {
        double sum = 0;
        for (t = p->b.start[i]; t < p->b.start[i] + p->b.len[i]; t++) sum += p->loss[t];
        losses[i] = sum / (p->b.len[i] - 1);
        mean += losses[i];
    }
    return mean / p->b.n;
}

/* |W|_F of a 2-D tensor in double: rows in parallel, summed in row order (rowsq: rows doubles) */
static double thermo__weight_norm(const thermo_tensor *w, double *rowsq) {
    int64_t r, rows = w->shape[0], cols = w->shape[1];
    double sum = 0;
    THERMO__OMP(omp parallel for schedule(dynamic, 256) if ((double)rows * cols >= THERMO__PARALLEL))
    for (r = 0; r < rows; r++) {
        float tile[THERMO__TILE];
        double sq = 0;
        int64_t c0;
        for (c0 = 0; c0 < cols; c0 += THERMO__TILE) {
            int n = cols - c0 < THERMO__TILE ? (int)(cols - c0) : THERMO__TILE;
            thermo_tensor_f32(w, r * cols + c0, n, tile);
            sq += thermo__dot_f64(tile, tile, (size_t)n);
        }
        rowsq[r] = sq;
    }
    for (r = 0; r < rows; r++) sum += rowsq[r];
    return sqrt(sum);
}

THERMODEF thermo_status thermo_forward_backward(const thermo_model *model, const int32_t *const *ids,
                                                const int *lengths, int n_sequences,
                                                const thermo_forward_options *options,
                                                thermo_gradients *out, thermo_error *err) {
    thermo__pass p;
    thermo_status st;
    const thermo_checkpoint *ck = &model->checkpoint;
    const thermo_tensor **weights;
    int i, n;
    double t0, t1, t2;
    memset(out, 0, sizeof *out);
    st = thermo__pass_init(&p, model, ids, lengths, n_sequences, options ? options->gradient_route : THERMO_GRADNORM_AUTO,
                           err);
    if (st != THERMO_OK) return st;
    t0 = thermo_seconds();
    thermo__forward(&p, options ? options->logits : NULL);
    t1 = thermo_seconds();
    thermo__backward(&p);
    t2 = thermo_seconds();
    weights = (const thermo_tensor **)thermo__calloc(THERMO__MATRICES(model), sizeof *weights);
    out->losses = (double *)thermo__calloc((size_t)n_sequences, sizeof(double));
    out->params = (thermo_param *)thermo__calloc((size_t)ck->n_tensors, sizeof(thermo_param));
    if (!weights || !out->losses || !out->params) {
        THERMO_FREE(weights);
        thermo_gradients_free(out);
        thermo__pass_free(&p);
        return thermo__fail(err, THERMO_ERR_MEMORY, "forward: out of memory");
    }
    n = thermo__model_matrices(model, weights);
    for (i = 0; i < n; i++) {
        double g2 = p.gn.g2[weights[i] - ck->tensors];
        out->params[i].name = weights[i]->name;
        out->params[i].tensor = weights[i];
        out->params[i].w_norm = thermo__weight_norm(weights[i], p.gn.rowsq);
        out->params[i].g_norm = sqrt(g2 < 0 ? 0 : g2); /* a rounding below 0 means 0; NaN stays */
        out->params[i].route = (thermo_gradnorm_route)p.gn.route[weights[i] - ck->tensors];
        out->routes[out->params[i].route]++;
    }
    out->n_params = n;
    out->n_sequences = n_sequences;
    out->loss = thermo__pass_losses(&p, out->losses);
    out->seconds_forward = t1 - t0;
    out->seconds_backward = t2 - t1;
    THERMO_FREE(weights);
    thermo__pass_free(&p);
    return THERMO_OK;
}

THERMODEF const char *thermo_gradnorm_route_name(thermo_gradnorm_route route) {
    switch (route) {
    case THERMO_GRADNORM_AUTO: return "auto";
    case THERMO_GRADNORM_IDENTITY: return "T x T identity";
    case THERMO_GRADNORM_STREAMED: return "streamed dW";
    case THERMO_GRADNORM_REFERENCE: return "reference rows";
    default: return "?";
    }
}

THERMODEF void thermo_gradients_free(thermo_gradients *g) {
    THERMO_FREE(g->losses);
    THERMO_FREE(g->params);
    memset(g, 0, sizeof *g);
}

/* ============================== 7. spectrum ============================== */
/* What every Jacobi here relies on.  A one-sided Jacobi rotation of columns x, y of X, with
   dii = |x|^2, djj = |y|^2, g = x.y, is [x y] <- [x y] [c s; -s c] with t = tan(theta) the
   smaller root of t^2 + 2 zeta t - 1 = 0, zeta = (djj - dii)/(2g) (Rutishauser); it makes x'.y' = 0
   and |x'|^2 = dii - t g, |y'|^2 = djj + t g, so the larger column stays the larger.  The pair is
   left alone when |g| <= tol sqrt(dii) sqrt(djj) (its cosine is already at rounding level).
   The singular values are the column norms once every pair passes. */
/* The register tile of thermo__tile: TR x TC accumulators.  gcc keeps one in registers only when
   its loops are fully unrolled first (THERMO__UNROLL), and is fastest at 8 x 16; clang unrolls by
   itself and is fastest at 4 x 32 (about twice the rate of the other shape; make bench-svd prints
   the rates).  Each output's sum runs over k in the same order whatever the shape, so the shape
   does not change results. */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define THERMO__TR 8
#define THERMO__TC 16
#else
#define THERMO__TR 4
#define THERMO__TC 32
#endif
#define THERMO__JB 32 /* Jacobi block width, Cholesky block, padding unit: a multiple of TR, TC */
#define THERMO__MAX_SWEEPS 60 /* LAPACK's xGESVJ stops at 30; we never came near either */

/* t for g != 0, as ratio = min(|zeta|, 1/|zeta|) so that nothing overflows, and without branches
   (in the inner Jacobi they mispredicted half the time). */
static double thermo__rotation_t(double dii, double djj, double g) {
    double diff = fabs(djj - dii), g2 = 2 * fabs(g), ratio = diff < g2 ? diff / g2 : g2 / diff;
    double root = sqrt(1 + ratio * ratio), t = diff < g2 ? 1 / (ratio + root) : ratio / (1 + root);
    return copysign(t, (djj - dii) * g);
}

static int thermo__descending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Checks a rows x cols double matrix and sets *e so that 2^-e max|a| is in [0.5, 1): an exact
   scaling that keeps squares far from overflow and underflow; *zero when a is all zero. */
static thermo_status thermo__double_input(const double *a, int64_t rows, int64_t cols, int *e,
                                          int *zero, thermo_error *err) {
    double amax = 0;
    int64_t i;
    *e = 0;
    *zero = 0;
    if (rows < 0 || cols < 0)
        return thermo__fail(err, THERMO_ERR_ARGUMENT, "svd: bad shape %lldx%lld", (long long)rows,
                            (long long)cols);
    if (rows && (uint64_t)cols > SIZE_MAX / sizeof(double) / (uint64_t)rows)
        return thermo__fail(err, THERMO_ERR_MEMORY, "svd: %lldx%lld matrix too large",
                            (long long)rows, (long long)cols);
    for (i = 0; i < rows * cols; i++) {
        double v = fabs(a[i]);
        if (!(v <= DBL_MAX))
            return thermo__fail(err, THERMO_ERR_ARGUMENT,
                                "svd: %lldx%lld matrix has a non-finite value at (%lld, %lld)",
                                (long long)rows, (long long)cols, (long long)(i / cols),
                                (long long)(i % cols));
        if (v > amax) amax = v;
    }
    if (amax == 0) *zero = 1;
    else frexp(amax, e);
    return THERMO_OK;
}

THERMODEF void thermo_spectrum_from_sigma(const double *sigma, int64_t n, thermo_spectrum *out) {
    double sum = 0, sum_sq = 0, entropy = 0;
    int64_t i;
    for (i = 0; i < n; i++) {
        sum += sigma[i];
        sum_sq += sigma[i] * sigma[i];
    }
    for (i = 0; i < n && sum > 0; i++) {
        if (sigma[i] > 0) {
            double p = sigma[i] / sum;
            entropy -= p * log(p);
        }
    }
    out->sum = sum;
    out->sum_sq = sum_sq;
    out->entropy = entropy;
    out->energy = sum == 0 ? 0 : sum_sq / (sum + 1e-8);
}

static double thermo__dot(const double *x, const double *y, int64_t n) {
    double s = 0;
    int64_t i;
    for (i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}

/* The reference.  X (m x n, column-major, m >= n) is A, or A^T when A is wide, scaled by a power
   of two.  Each sweep runs the row-cyclic order with de Rijk's pivoting (before pairing column i
   with i+1..n-1, swap the largest remaining column into place i) and rotates every pair whose
   cosine exceeds tol = m eps; it stops after the first sweep that rotates nothing, or after
   THERMO__MAX_SWEEPS sweeps.
   Guaranteed on return: every pair of the final columns has |cos| <= m eps (unless the sweep cap
   was hit, which only a pathological input could cause), X = A V up to rounding with V orthogonal,
   so the computed sigma are the exact singular values of A + dA with |da_j| = O(sweeps m eps)|a_j|
   column by column; each sigma_i then has relative error O(m eps kappa(A D^-1)), D = diag(|a_j|)
   (Demmel & Veselic 1992), and in any case absolute error O(m eps) sigma_max.  All-zero and
   exactly rank-deficient inputs give zeros, never NaN: a zero column never rotates. */
THERMODEF thermo_status thermo_svd_reference(const double *a, int64_t rows, int64_t cols,
                                             double *sigma, thermo_error *err) {
    int wide = rows < cols, e, zero, sweep;
    int64_t m = wide ? cols : rows, n = wide ? rows : cols, i, j, k;
    double *x, *norm2, tol = (double)m * DBL_EPSILON, scale;
    thermo_status st = thermo__double_input(a, rows, cols, &e, &zero, err);
    if (st != THERMO_OK) return st;
    if (zero) {
        for (j = 0; j < n; j++) sigma[j] = 0;
        return THERMO_OK;
    }
    x = (double *)thermo__calloc((size_t)(m * n), sizeof *x);
    norm2 = (double *)thermo__calloc((size_t)n, sizeof *norm2);
    if (!x || !norm2) {
        THERMO_FREE(x);
        THERMO_FREE(norm2);
        return thermo__fail(err, THERMO_ERR_MEMORY, "svd: out of memory");
    }
    scale = ldexp(1.0, -e);
    for (j = 0; j < n; j++)
        for (k = 0; k < m; k++) x[j * m + k] = scale * (wide ? a[j * cols + k] : a[k * cols + j]);
    for (j = 0; j < n; j++) norm2[j] = thermo__dot(x + j * m, x + j * m, m);
    for (sweep = 0; sweep < THERMO__MAX_SWEEPS; sweep++) {
        int64_t rotations = 0;
        for (i = 0; i + 1 < n; i++) {
            double *xi = x + i * m;
            int64_t p = i;
            for (j = i + 1; j < n; j++)
                if (norm2[j] > norm2[p]) p = j;
            if (p != i) {
                double *xp = x + p * m, tmp = norm2[i];
                for (k = 0; k < m; k++) { double v = xi[k]; xi[k] = xp[k]; xp[k] = v; }
                norm2[i] = norm2[p];
                norm2[p] = tmp;
            }
            for (j = i + 1; j < n; j++) {
                double *xj = x + j * m, g = thermo__dot(xi, xj, m), t, c, s;
                if (!(fabs(g) > tol * sqrt(norm2[i]) * sqrt(norm2[j]))) continue;
                t = thermo__rotation_t(norm2[i], norm2[j], g);
                c = 1 / sqrt(1 + t * t);
                s = c * t;
                for (k = 0; k < m; k++) {
                    double u = xi[k], v = xj[k];
                    xi[k] = c * u - s * v;
                    xj[k] = s * u + c * v;
                }
                norm2[i] = thermo__dot(xi, xi, m);
                norm2[j] = thermo__dot(xj, xj, m);
                rotations++;
            }
        }
        if (!rotations) break;
    }
    for (j = 0; j < n; j++) sigma[j] = ldexp(sqrt(norm2[j]), e);
    qsort(sigma, (size_t)n, sizeof *sigma, thermo__descending);
    THERMO_FREE(x);
    THERMO_FREE(norm2);
    return THERMO_OK;
}

/* ---- the fast path ------------------------------------------------------------------------
   X (m x n, m >= n) is the matrix on its short side.  Like LAPACK's xGEJSV:
     1. G = X^T X (n x n) in double, X streamed in row panels converted from storage; never a
        double copy of a whole matrix.
     2. P^T G P = R^T R, Cholesky with diagonal pivoting: in exact arithmetic the R of the
        column-pivoted QR of X.  If a pivot shows a column numerically dependent on the others
        (remaining d_i <= THERMO__CHOL_TAU G_ii), G cannot give its small singular values, and
        R comes instead from a Householder QR of X itself, streamed panel by panel.
     3. One-sided Jacobi on R^T (n x n), blocked: columns in blocks of 32, each pair of blocks
        orthogonalised through its 64 x 64 Gram matrix by an inner Jacobi whose rotations are
        accumulated in V and applied as one product [X_I X_J] V; columns are re-sorted by norm
        between sweeps (de Rijk).  When n >= 2048 the block pairs go in round-robin (tournament)
        order, whose rounds are disjoint pairs run in parallel; below that, on 2 cores, waiting
        at each round's barrier cost more than it saved (thermo_spectra runs whole matrices in
        parallel instead), and they go in row-cyclic order, (0,1), (0,2), ..., (1,2), ...: with
        the largest block first, that took 8 sweeps instead of 10 on a random 896 x 896, 9
        instead of 10 on the R of a 4864 x 896.  It stops after a sweep in which every pair of
        columns had |cos| <= tol on a freshly computed Gram block, where tol (thermo__stop_cos)
        is what S, E and sum(sigma) need to 1e-13, ~1e-8 for n = 896, never below n eps.
   THERMO__CHOL_TAU = 1e-8 sends a matrix to the QR path when some column keeps less than 1e-4 of
   its norm outside the span of the columns pivoted before it: with G accurate to gamma_m ~ 1e-13
   relative, that remaining part would carry a relative error of ~1e-5.  Random, graded and
   trained weights stay far above it (the last pivot of a random square n x n is ~1/n); exactly
   rank-deficient inputs fall below it and get their zeros from the QR path, at about twice the
   Gram's cost.
   Accuracy.  With D = diag(|x_j|), G = D H D and the computed G has |dG_ij| <= gamma_m |x_i||x_j|,
   so dH = D^-1 dG D^-1 is at the level gamma_m ~ m eps whatever the column scaling, and Cholesky
   is invariant under that scaling too (pivoting only orders it).  So R^T R = P^T (G + dG) P with
   the singular values of X perturbed relatively by O(gamma_m / lambda_min(H)): full relative
   accuracy for graded matrices X = B D with B well conditioned, however wild D is (tested with
   columns from 1e-6 to 1).  In absolute terms the floor is sigma_i error <~ eps sigma_max^2 /
   sigma_i, i.e. ~sqrt(eps) sigma_max ~ 1e-8 sigma_max for singular values near zero, which the
   pivot test above routes to the QR path; float32 references (numpy on float32, scipy sgesdd)
   are at ~1e-7 sigma_max.  Jacobi on R^T then adds only O(n eps) relative error (the reference's
   argument) plus the stopping rule's, at most 1e-13 in S, E and sum(sigma).  The Gram matrix,
   the Cholesky and every Jacobi round use a fixed summation order per output whatever the thread
   count, so results do not depend on it; builds differ only where the compiler may or may not
   fuse a multiply-add. */
#define THERMO__PANEL 128   /* rows of X converted and folded into G at a time */
#define THERMO__PARALLEL_BLOCKS 64 /* from 64 blocks of columns (n >= 2048), Jacobi rounds in parallel */
#define THERMO__CHOL_TAU 1e-8

/* c (TR x TC, row stride ldc) += sum_{k<kk} a(k, r) b(k, j) (-= when subtract), where
   a(k, r) = a[k ak + r ar] is broadcast and b(k, j) = b[k ldb + j] is a contiguous row: the one
   register-tiled kernel behind every Gram matrix, update and rotation below. */
static void thermo__tile(double *c, int64_t ldc, const double *a, int64_t ak, int64_t ar,
                         const double *b, int64_t ldb, int64_t kk, int subtract) {
    double acc[THERMO__TR][THERMO__TC];
    int64_t k;
    int r, j;
    THERMO__UNROLL for (r = 0; r < THERMO__TR; r++)
        THERMO__UNROLL for (j = 0; j < THERMO__TC; j++) acc[r][j] = 0;
    for (k = 0; k < kk; k++) {
        const double *arow = a + k * ak, *brow = b + k * ldb;
        THERMO__UNROLL for (r = 0; r < THERMO__TR; r++) {
            double x = arow[r * ar];
            THERMO__UNROLL for (j = 0; j < THERMO__TC; j++) acc[r][j] = THERMO__FMA(x, brow[j], acc[r][j]);
        }
    }
    for (r = 0; r < THERMO__TR; r++)
        for (j = 0; j < THERMO__TC; j++) c[r * ldc + j] += subtract ? -acc[r][j] : acc[r][j];
}

/* X (m x n, m >= n) of a rows x cols matrix: A, or A^T when A is wide; from a stored tensor or a
   row-major double matrix times an exact power-of-two scale. */
typedef struct thermo__tall {
    const thermo_tensor *tensor;
    const double *a;
    double scale;
    int64_t rows, cols, m, n;
    int wide;
} thermo__tall;

/* panel (p x ld, row-major) = rows r0..r0+p of X, zero in columns n..ld.  tmp holds p doubles per
   thread.  Returns 0, or -1 when the panel holds a non-finite value. */
static int thermo__panel(const thermo__tall *x, int64_t r0, int64_t p, double *panel, int64_t ld,
                         double *tmp) {
    double check = 0; /* sum of v*0: NaN as soon as one v is inf or NaN */
    int64_t k, i, n = x->n;
    if (!x->wide) {
        THERMO__OMP(omp parallel for reduction(+:check) if(!omp_in_parallel()))
        for (k = 0; k < p; k++) {
            double *row = panel + k * ld;
            int64_t c;
            if (x->tensor) thermo_tensor_f64(x->tensor, (r0 + k) * x->cols, n, row);
            else for (c = 0; c < n; c++) row[c] = x->scale * x->a[(r0 + k) * x->cols + c];
            for (c = n; c < ld; c++) row[c] = 0;
            for (c = 0; c < n; c++) check += row[c] * 0;
        }
    } else {
        THERMO__OMP(omp parallel for reduction(+:check) if(!omp_in_parallel()))
        for (i = 0; i < n; i++) {
            double *col = tmp + (size_t)THERMO__THREAD() * (size_t)p;
            int64_t j;
            if (x->tensor) thermo_tensor_f64(x->tensor, i * x->cols + r0, p, col);
            else for (j = 0; j < p; j++) col[j] = x->scale * x->a[i * x->cols + r0 + j];
            for (j = 0; j < p; j++) {
                panel[j * ld + i] = col[j];
                check += col[j] * 0;
            }
        }
        for (k = 0; k < p; k++)
            for (i = n; i < ld; i++) panel[k * ld + i] = 0;
    }
    return check == 0 ? 0 : -1;
}

/* g (np x np, row-major) += P^T P for the panel P (p x np): the TC-column groups on and above the
   diagonal, each group's tiles by one thread. */
static void thermo__gram_panel(double *g, int64_t np, const double *panel, int64_t p) {
    int64_t jg;
    THERMO__OMP(omp parallel for schedule(dynamic) if(!omp_in_parallel()))
    for (jg = np / THERMO__TC - 1; jg >= 0; jg--) {
        int64_t i;
        for (i = 0; i < (jg + 1) * THERMO__TC; i += THERMO__TR)
            thermo__tile(g + i * np + jg * THERMO__TC, np, panel + i, np, 1,
                         panel + jg * THERMO__TC, np, p, 0);
    }
}

/* Pivoted Cholesky P^T G P = R^T R in place, blocked like LAPACK's xPSTRF: g (np x np, row-major)
   holds all of G on entry; on return row i holds R's row i (columns i..n-1) in pivoted order.
   Within a block of 32 pivots each row is finished left-looking; the rest of G gets one rank-32
   update per block.  d_j = G_jj - sum_{k<i} R_kj^2 is the diagonal of what is left.  Returns 0, or
   -1 when a column with G_jj > 0 is left with d_j <= THERMO__CHOL_TAU G_jj.  Zero columns go
   last and leave zero rows. */
static int thermo__cholesky(double *g, int64_t np, int64_t n, double *d, double *diag0) {
    int64_t s, i, j, k;
    for (j = 0; j < n; j++) d[j] = diag0[j] = g[j * np + j];
    for (s = 0; s < n; s += THERMO__JB) {
        int64_t e = s + THERMO__JB < n ? s + THERMO__JB : n, r;
        for (i = s; i < e; i++) {
            double *gi = g + i * np, rii, inv, tmp;
            int64_t p = i;
            for (j = i + 1; j < n; j++)
                if (d[j] > d[p]) p = j;
            if (!(d[p] > THERMO__CHOL_TAU * diag0[p])) {
                for (j = i; j < n; j++)
                    if (diag0[j] > 0) return -1;
                for (r = i; r < n; r++)
                    for (j = r; j < np; j++) g[r * np + j] = 0;
                return 0;
            }
            if (p != i) { /* symmetric swap of i and p: rows, columns, and what follows them */
                double *gp = g + p * np;
                for (j = 0; j < np; j++) { tmp = gi[j]; gi[j] = gp[j]; gp[j] = tmp; }
                for (j = 0; j < np; j++) { tmp = g[j * np + i]; g[j * np + i] = g[j * np + p]; g[j * np + p] = tmp; }
                tmp = d[i]; d[i] = d[p]; d[p] = tmp;
                tmp = diag0[i]; diag0[i] = diag0[p]; diag0[p] = tmp;
            }
            /* R_ij = (G_ij - sum_{s<=k<i} R_ki R_kj) / R_ii, j > i (earlier blocks already applied) */
            for (k = s; k < i; k++) {
                const double *gk = g + k * np;
                double f = -gk[i];
                for (j = i + 1; j < np; j++) gi[j] = THERMO__FMA(f, gk[j], gi[j]);
            }
            rii = sqrt(d[i]);
            inv = 1 / rii;
            gi[i] = rii;
            for (j = i + 1; j < np; j++) gi[j] *= inv;
            for (j = i + 1; j < n; j++) d[j] -= gi[j] * gi[j];
        }
        if (e < n) { /* G[e:, e:] -= R[s:e, e:]^T R[s:e, e:] */
            THERMO__OMP(omp parallel for schedule(dynamic) if(!omp_in_parallel()))
            for (r = e; r < np; r += THERMO__TR) {
                int64_t l;
                for (l = e; l < np; l += THERMO__TC)
                    thermo__tile(g + r * np + l, np, g + s * np + r, np, 1, g + s * np + l, np, e - s, 1);
            }
        }
    }
    return 0;
}

/* r (np x np, row-major) = the R of a Householder QR of X, streamed: each panel P of X is folded
   in as [R; P] = Q [R'; 0] with reflectors H_j = I - tau v v^T that touch row j of R and the p
   rows of P (LAPACK's xTPQRT, unblocked).  w holds np doubles. */
static void thermo__qr_stream(const thermo__tall *x, double *r, int64_t np, double *panel,
                              double *tmp, double *w) {
    int64_t r0, j, k, l, n = x->n;
    memset(r, 0, (size_t)(np * np) * sizeof *r);
    for (r0 = 0; r0 < x->m; r0 += THERMO__PANEL) {
        int64_t p = x->m - r0 < THERMO__PANEL ? x->m - r0 : THERMO__PANEL;
        thermo__panel(x, r0, p, panel, np, tmp); /* finite: the Gram pass checked */
        for (j = 0; j < n; j++) {
            double *rj = r + j * np, alpha = rj[j], xnorm2 = 0, beta, tau, scal;
            for (k = 0; k < p; k++) xnorm2 += panel[k * np + j] * panel[k * np + j];
            if (xnorm2 == 0) continue;
            /* v = (1, P[:, j] / (alpha - beta)), beta = -sign(alpha) |(alpha, P[:, j])| */
            beta = -copysign(sqrt(alpha * alpha + xnorm2), alpha);
            tau = (beta - alpha) / beta;
            scal = 1 / (alpha - beta);
            for (k = 0; k < p; k++) panel[k * np + j] *= scal;
            rj[j] = beta;
            /* w = R[j, l] + v_P^T P[:, l]; R[j, l] -= tau w; P[:, l] -= tau v_P w, for l > j */
            for (l = j + 1; l < n; l++) w[l] = rj[l];
            for (k = 0; k < p; k++) {
                const double *pk = panel + k * np;
                double vk = pk[j];
                for (l = j + 1; l < n; l++) w[l] = THERMO__FMA(vk, pk[l], w[l]);
            }
            for (l = j + 1; l < n; l++) rj[l] -= tau * w[l];
            for (k = 0; k < p; k++) {
                double *pk = panel + k * np, f = -tau * pk[j];
                for (l = j + 1; l < n; l++) pk[l] = THERMO__FMA(f, w[l], pk[l]);
            }
        }
    }
}

/* (x, y) <- (c x - s y, s x + c y), n a multiple of 8: eight at a time through temporaries, so
   that the compiler vectorises it without having to prove that x and y do not overlap. */
static void thermo__rotate_rows(double *x, double *y, int64_t n, double c, double s) {
    int64_t q;
    int l;
    for (q = 0; q < n; q += 8) {
        double xv[8], yv[8], xo[8], yo[8];
        THERMO__UNROLL for (l = 0; l < 8; l++) xv[l] = x[q + l];
        THERMO__UNROLL for (l = 0; l < 8; l++) yv[l] = y[q + l];
        THERMO__UNROLL for (l = 0; l < 8; l++) xo[l] = c * xv[l] - s * yv[l];
        THERMO__UNROLL for (l = 0; l < 8; l++) yo[l] = s * xv[l] + c * yv[l];
        THERMO__UNROLL for (l = 0; l < 8; l++) x[q + l] = xo[l];
        THERMO__UNROLL for (l = 0; l < 8; l++) y[q + l] = yo[l];
    }
}

/* x . y for n a multiple of 8: eight lanes of partial sums, then a fixed tree, so that the
   compiler vectorises it (a plain left-to-right sum cannot be reordered) and the order is the same
   in every build. */
static double thermo__dot8(const double *x, const double *y, int64_t n) {
    double acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int64_t q;
    int l;
    for (q = 0; q < n; q += 8)
        for (l = 0; l < 8; l++) acc[l] = THERMO__FMA(x[q + l], y[q + l], acc[l]);
    return ((acc[0] + acc[4]) + (acc[2] + acc[6])) + ((acc[1] + acc[5]) + (acc[3] + acc[7]));
}

/* l (k x k, row-major) = the lower Cholesky factor of h (k x k, symmetric positive definite),
   h = l l^T, so that row a of l has length^2 h_aa and rows a, c have dot product h_ac.
   Right-looking on the upper factor r = l^T, whose rows are contiguous, then one transpose.
   Returns -1 (l undefined) when a pivot keeps no more than THERMO__ROOT_TAU of its diagonal:
   columns too close to dependent for rotations computed from l to be accurate. */
#define THERMO__ROOT_TAU 1e-6
static int thermo__gram_root(double *l, const double *h, int64_t k) {
    double r[2 * THERMO__JB * 2 * THERMO__JB], ri[2 * THERMO__JB];
    int64_t i, j, c;
    int q;
    for (i = 0; i < k; i++) /* r = the upper triangle of h, zeros below */
        for (j = 0; j < k; j++) r[i * k + j] = j >= i ? h[i * k + j] : 0;
    for (i = 0; i < k; i++) {
        double d = r[i * k + i], inv;
        if (!(d > THERMO__ROOT_TAU * h[i * k + i])) return -1;
        d = sqrt(d);
        inv = 1 / d;
        r[i * k + i] = d;
        for (c = i + 1; c < k; c++) r[i * k + c] *= inv;
        memcpy(ri, r + i * k, (size_t)k * sizeof *ri);
        for (j = i + 1; j < k; j++) { /* r[j, j:] -= r[i, j] r[i, j:] in whole groups of 8, so */
            double *rj = r + j * k, f = -ri[j]; /* it vectorises; left of j, unused values */
            for (c = j / 8 * 8; c < k; c += 8)
                for (q = 0; q < 8; q++) rj[c + q] = THERMO__FMA(f, ri[c + q], rj[c + q]);
        }
    }
    for (i = 0; i < k; i++)
        for (j = 0; j < k; j++) l[i * k + j] = j <= i ? r[j * k + i] : 0;
    return 0;
}

/* One sweep of one-sided Jacobi on the rows of l (k x k, row-major; their Gram matrix is the H of
   thermo__jacobi_pair), rotating the same pairs of rows of w (V^T); each row's length^2 is carried
   by the rotation formula.  Round-robin order: the k/2 pairs of a round are disjoint, so their
   dot products, square roots and divisions do not wait on each other.  Returns the number of
   rotations. */
static int64_t thermo__jacobi_rows(double *l, double *w, int64_t k, double tol) {
    double d[2 * THERMO__JB], g[THERMO__JB], t[THERMO__JB], d_lo[THERMO__JB], d_hi[THERMO__JB];
    int64_t slot[2 * THERMO__JB], lo[THERMO__JB], hi[THERMO__JB], a, q, round, rotations = 0;
    for (a = 0; a < k; a++) {
        d[a] = thermo__dot8(l + a * k, l + a * k, k);
        slot[a] = a;
    }
    for (round = 0; round < k - 1; round++) {
        int64_t last;
        for (q = 0; q < k / 2; q++) { /* the round's pairs and their dot products */
            int64_t i = slot[q], j = slot[k - 1 - q];
            lo[q] = i < j ? i : j;
            hi[q] = i ^ j ^ lo[q];
            g[q] = thermo__dot8(l + lo[q] * k, l + hi[q] * k, k);
            d_lo[q] = d[lo[q]];
            d_hi[q] = d[hi[q]];
        }
        for (q = 0; q < k / 2; q++) /* t = 0: already orthogonal to working accuracy */
            t[q] = fabs(g[q]) > tol * sqrt(d_lo[q] * d_hi[q]) ? thermo__rotation_t(d_lo[q], d_hi[q], g[q]) : 0;
        for (q = 0; q < k / 2; q++) {
            double cs, sn;
            if (t[q] == 0) continue;
            cs = 1 / sqrt(1 + t[q] * t[q]);
            sn = cs * t[q];
            thermo__rotate_rows(l + lo[q] * k, l + hi[q] * k, k, cs, sn);
            thermo__rotate_rows(w + lo[q] * k, w + hi[q] * k, k, cs, sn);
            d[lo[q]] -= t[q] * g[q];
            d[hi[q]] += t[q] * g[q];
            rotations++;
        }
        last = slot[k - 1]; /* circle method, as the outer loop */
        for (q = k - 1; q > 1; q--) slot[q] = slot[q - 1];
        slot[1] = last;
    }
    return rotations;
}

/* g (b x b, row-major) = l_rows l_rows^T for the b rows of l (row length k). */
static void thermo__row_gram(double *g, int64_t b, const double *l, int64_t k) {
    int64_t a, c;
    for (a = 0; a < b; a++)
        for (c = 0; c <= a; c++) g[a * b + c] = g[c * b + a] = thermo__dot8(l + a * k, l + c * k, k);
}

/* One pair of column blocks I = [i0, i0+32), J = [j0, j0+32) of x (rows x ld, row-major), or
   block I alone when single: H = [X_I X_J]^T [X_I X_J] (k x k, k = 64 or 32), of which only H_IJ
   is computed here: H_II and H_JJ (32 x 32, in hii and hjj) were computed at the start of the
   sweep and since then carried along by the rotations that changed them, which gives them back
   at 1/3 of the cost of a fresh product (the drift only steers rotations: the sweep that ends the
   iteration rotates nothing, so every H it tested was fresh).  When some pair has
   |H_ac| > tol sqrt(H_aa H_cc), one sweep of Jacobi on H over those pairs accumulates V, and
   [X_I X_J] <- [X_I X_J] V.  The sweep runs one-sided on the rows of L, H = L L^T (Cholesky),
   where every step is a short contiguous vector operation; when the Cholesky shows columns close
   to dependent (rank-deficient input), two-sided on H itself, which needs no factor.  Either way
   the rotations only steer: V is orthogonal by construction, and the stopping test is made on a
   fresh H.  (On a random 896 x 896, more inner sweeps did not save outer sweeps, and leaving the
   pairs inside a block to its first meeting of a sweep cost three more outer sweeps.)
   ws: 3 k^2 + TR k doubles.  Returns the number of rotations. */
static int64_t thermo__jacobi_pair(double *x, int64_t ld, int64_t rows, int64_t i0, int64_t j0,
                                   int single, double tol, double *hii, double *hjj, double *ws) {
    const int64_t b = THERMO__JB, k = single ? b : 2 * b;
    double *h = ws, *w = ws + k * k, *v = ws + 2 * k * k, *y = ws + 3 * k * k, len[2 * THERMO__JB];
    int64_t a, c, q, r, rotations = 0, found = 0;
    for (a = 0; a < b; a++) { /* H_II and H_JJ as the last meetings left them; H_IJ fresh */
        memcpy(h + a * k, hii + a * b, (size_t)b * sizeof *h);
        if (single) continue;
        memcpy(h + (b + a) * k + b, hjj + a * b, (size_t)b * sizeof *h);
        memset(h + a * k + b, 0, (size_t)b * sizeof *h);
    }
    for (r = 0; r < b && !single; r += THERMO__TR)
        for (c = 0; c < b; c += THERMO__TC)
            thermo__tile(h + r * k + b + c, k, x + i0 + r, ld, 1, x + j0 + c, ld, rows, 0);
    for (a = b; a < k; a++)
        for (c = 0; c < b; c++) h[a * k + c] = h[c * k + a];
    for (a = 0; a < k; a++) len[a] = sqrt(h[a * k + a]);
    for (a = 0; a < k && !found; a++)
        for (c = a + 1; c < k && !found; c++) found = fabs(h[a * k + c]) > tol * len[a] * len[c];
    if (!found) return 0;
    for (a = 0; a < k * k; a++) w[a] = 0; /* w = V^T, rotated by rows */
    for (a = 0; a < k; a++) w[a * k + a] = 1;
    if (thermo__gram_root(v, h, k) == 0) {
        rotations = thermo__jacobi_rows(v, w, k, tol);
        thermo__row_gram(hii, b, v, k); /* H after the rotations: the blocks' Gram matrices from now on */
        if (!single) thermo__row_gram(hjj, b, v + b * k, k);
    } else {
        for (a = 0; a < k; a++) {
            for (c = a + 1; c < k; c++) {
                double *ha = h + a * k, *hc = h + c * k, *wa = w + a * k, *wc = w + c * k;
                double g = ha[c], daa = ha[a], dcc = hc[c], t, cs, sn;
                if (!(fabs(g) > tol * sqrt(daa) * sqrt(dcc))) continue;
                t = thermo__rotation_t(daa, dcc, g);
                cs = 1 / sqrt(1 + t * t);
                sn = cs * t;
                thermo__rotate_rows(ha, hc, k, cs, sn); /* H <- J^T H J: rows a, c, then columns */
                for (q = 0; q < k; q++) {
                    h[q * k + a] = ha[q];
                    h[q * k + c] = hc[q];
                }
                ha[a] = daa - t * g;
                hc[c] = dcc + t * g;
                ha[c] = hc[a] = 0;
                thermo__rotate_rows(wa, wc, k, cs, sn); /* V <- V J */
                rotations++;
            }
        }
        for (a = 0; a < b; a++) {
            memcpy(hii + a * b, h + a * k, (size_t)b * sizeof *h);
            if (!single) memcpy(hjj + a * b, h + (b + a) * k + b, (size_t)b * sizeof *h);
        }
    }
    for (a = 0; a < k; a++)
        for (c = 0; c < k; c++) v[a * k + c] = w[c * k + a];
    for (r = 0; r < rows; r += THERMO__TR) { /* TR rows of [X_I X_J] V at a time */
        memset(y, 0, (size_t)(THERMO__TR * k) * sizeof *y);
        for (c = 0; c < k; c += THERMO__TC) {
            thermo__tile(y + c, k, x + r * ld + i0, 1, ld, v + c, k, b, 0);
            if (!single) thermo__tile(y + c, k, x + r * ld + j0, 1, ld, v + b * k + c, k, b, 0);
        }
        for (q = 0; q < THERMO__TR; q++) {
            memcpy(x + (r + q) * ld + i0, y + q * k, (size_t)b * sizeof *y);
            if (!single) memcpy(x + (r + q) * ld + j0, y + q * k + b, (size_t)b * sizeof *y);
        }
    }
    return rotations;
}

/* Column norms^2 of x (rows x np, row-major) into norm2. */
static void thermo__column_norms(const double *x, int64_t rows, int64_t np, double *norm2) {
    int64_t r, c;
    for (c = 0; c < np; c++) norm2[c] = 0;
    for (r = 0; r < rows; r++)
        for (c = 0; c < np; c++) norm2[c] = THERMO__FMA(x[r * np + c], x[r * np + c], norm2[c]);
}

typedef struct { double key; int64_t index; } thermo__ranked; /* sort by key descending, then index */

static int thermo__ranked_descending(const void *a, const void *b) {
    const thermo__ranked *x = (const thermo__ranked *)a, *y = (const thermo__ranked *)b;
    if (x->key != y->key) return x->key < y->key ? 1 : -1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The fast path's stopping rule: what S, E and sum(sigma) need, not every sigma to m eps.
   Let X (n columns) be the current matrix, d_j = |x_j|^2 > 0 (exactly zero columns are an exact
   invariant subspace with sigma = 0 and are left out), H = X^T X = D^1/2 (I + C) D^1/2 with
   C_jk = cos(x_j, x_k) off the diagonal, 0 on it, eta = |C|_2 < 1, and sigma the singular values of
   X, which the fast path reports as the column lengths c_j = sqrt(d_j).
   (a) sum(sigma), relative error rho <= max_j sum_k C_jk^2 / (8 (1 - eta)^3/2).  Upper side:
       sum(sigma) = |X|_* <= sum_j |x_j| (triangle inequality over the rank-one terms x_j e_j^T).
       Lower side: |X|_* >= trace(U^T X) for any U with orthonormal columns; take
       U = Y (I + C)^-1/2, Y = X D^-1/2 (so Y^T Y = I + C): trace(U^T X) = sum_j c_j
       [(I + C)^1/2]_jj.  On the
       spectrum of I + C, mu >= 1 - eta, and Taylor's theorem gives sqrt(mu) >= 1 + (mu - 1)/2 -
       (mu - 1)^2 / (8 (1 - eta)^3/2), so (I + C)^1/2 >= I + C/2 - C^2 / (8 (1 - eta)^3/2) as
       matrices, whose diagonal is 1 - sum_k C_jk^2 / (8 (1 - eta)^3/2).
   (b) S, absolute error <= (1 + 2 L) rho / (1 - rho), L = ln(lambda_hi / lambda_lo) / 4, where
       [lambda_lo, lambda_hi] = [(1 - eta) d_min, (1 + eta) d_max] holds every eigenvalue lambda of
       H (Ostrowski) and every d_j.  S = ln A - B / A - ln(c)/2 for A = sum(sigma) and
       B = sum f(lambda), f(lambda) = sqrt(lambda) ln(lambda / c) / 2, any c > 0.  f'' =
       -lambda^-3/2 ln(lambda / c) / 8, so f is convex on the interval for c = lambda_hi and
       concave for c = lambda_lo; lambda majorizes d (Schur-Horn), so sum f(lambda) - sum f(d)
       is >= 0, resp. <= 0, for those two c.  As f changes by ln(c) sqrt / 2 with c, for
       c = sqrt(lambda_lo lambda_hi): |sum f(lambda) - sum f(d)| <= L (A_d - A) <= L rho A_d,
       A_d = sum c_j.  With |sum f(d)| <= L A_d and |ln(A / A_d)| <= rho / (1 - rho), S from the
       column lengths differs from S from sigma by at most (1 + 2 L) rho / (1 - rho).
       E = sum(sigma^2) / (sum + 1e-8), and sum(sigma^2) = trace H = sum d_j is exact, so E's
       relative error is that of the sum, rho.
   If every pair has |cos| <= tau on a fresh H, with the rounding of a computed cosine
   gamma <= 2 n eps, then sum_k C_jk^2 <= (n - 1) (tau + gamma)^2 and eta <= |C|_F <=
   n (tau + gamma).  So tau is chosen for (1 + 2 L) rho <= THERMO__SPECTRUM_TARGET with eta <=
   1e-3 (where 8 (1 - eta)^3/2 >= 7.9 and 1 / (1 - rho) is 1 to rounding), and never below the
   reference's n eps, which it meets for short sides up to ~10^6.  Individual sigma_j then have
   relative error up to eta / 2 (first order, Ostrowski), the sums above only second order. */
#define THERMO__SPECTRUM_TARGET 1e-13
static double thermo__stop_cos(const thermo__ranked *ranked, int64_t np, int64_t n) {
    double d_max = ranked[0].key, d_min = 0, eps_n = (double)n * DBL_EPSILON, u, tau;
    int64_t c;
    for (c = np - 1; c >= 0 && !(d_min > 0); c--) d_min = ranked[c].key;
    if (!(d_min > 0) || n < 2) return eps_n;
    u = 1 + 0.5 * log(1.0021 * d_max / d_min); /* 1 + 2 L, (1 + eta) / (1 - eta) <= 1.0021 */
    tau = sqrt(7.9 * THERMO__SPECTRUM_TARGET / (u * (double)(n - 1))) - 2 * eps_n;
    if (!((double)n * (tau + 2 * eps_n) <= 1e-3)) tau = 1e-3 / (double)n - 2 * eps_n;
    return tau > eps_n ? tau : eps_n;
}

/* Blocked one-sided Jacobi on x (n x n in np x np, row-major, zero padding); spare is another
   np x np buffer; sigma gets the n singular values, descending.  Workspace: see thermo__svd_fast.
   Returns the number of sweeps; *products gets the flops of its block products (the Gram blocks
   and the updates [X_I X_J] V, not the inner solves). */
static int64_t thermo__jacobi_blocked(double *x, double *spare, int64_t np, int64_t n, double *norm2,
                                      thermo__ranked *ranked, int64_t *slot, double *gram, double *ws,
                                      double *sigma, double *products) {
    int64_t nb = np / THERMO__JB, players = nb + (nb & 1), rows = (n + THERMO__TR - 1) / THERMO__TR * THERMO__TR;
    int64_t ws_size = 12 * THERMO__JB * THERMO__JB + 2 * THERMO__TR * THERMO__JB, r, c, sweep, updates = 0;
    double block = 2.0 * (double)rows * THERMO__JB * THERMO__JB; /* flops of one H_IJ */
    *products = 0;
    for (sweep = 0; sweep < THERMO__MAX_SWEEPS; sweep++) {
        int64_t rotations = 0, round;
        double *t, tol;
        thermo__column_norms(x, rows, np, norm2); /* de Rijk: re-sort columns by norm */
        for (c = 0; c < np; c++) { ranked[c].key = norm2[c]; ranked[c].index = c; }
        qsort(ranked, (size_t)np, sizeof *ranked, thermo__ranked_descending);
        for (r = 0; r < rows; r++)
            for (c = 0; c < np; c++) spare[r * np + c] = x[r * np + ranked[c].index];
        t = x; x = spare; spare = t;
        tol = thermo__stop_cos(ranked, np, n);
        THERMO__OMP(omp parallel for if(nb >= THERMO__PARALLEL_BLOCKS && !omp_in_parallel()))
        for (c = 0; c < nb; c++) { /* gram + c b^2 = X_c^T X_c, fresh for each block */
            double *hc = gram + c * THERMO__JB * THERMO__JB;
            int64_t col;
            memset(hc, 0, THERMO__JB * THERMO__JB * sizeof *hc);
            for (r = 0; r < THERMO__JB; r += THERMO__TR)
                for (col = 0; col < THERMO__JB; col += THERMO__TC)
                    thermo__tile(hc + r * THERMO__JB + col, THERMO__JB, x + c * THERMO__JB + r, np, 1,
                                 x + c * THERMO__JB + col, np, rows, 0);
        }
        if (nb == 1) updates += (rotations = thermo__jacobi_pair(x, np, rows, 0, 0, 1, tol, gram, NULL, ws)) > 0;
        for (r = 0; nb > 1 && nb < THERMO__PARALLEL_BLOCKS && r < nb; r++) /* row-cyclic over blocks */
            for (c = r + 1; c < nb; c++) {
                int64_t turned = thermo__jacobi_pair(x, np, rows, r * THERMO__JB, c * THERMO__JB, 0, tol,
                                                     gram + r * THERMO__JB * THERMO__JB,
                                                     gram + c * THERMO__JB * THERMO__JB, ws);
                rotations += turned;
                updates += turned > 0;
            }
        for (c = 0; c < players; c++) slot[c] = c;
        for (round = 0; nb >= THERMO__PARALLEL_BLOCKS && round < players - 1; round++) {
            int64_t q, last;
            THERMO__OMP(omp parallel for schedule(dynamic) reduction(+:rotations, updates) if(!omp_in_parallel()))
            for (q = 0; q < players / 2; q++) {
                int64_t bi = slot[q], bj = slot[players - 1 - q], lo = bi < bj ? bi : bj, hi = bi ^ bj ^ lo;
                int64_t turned;
                if (hi >= nb) continue; /* the bye of an odd count */
                turned = thermo__jacobi_pair(x, np, rows, lo * THERMO__JB, hi * THERMO__JB, 0, tol,
                                             gram + lo * THERMO__JB * THERMO__JB,
                                             gram + hi * THERMO__JB * THERMO__JB,
                                             ws + (size_t)THERMO__THREAD() * (size_t)ws_size);
                rotations += turned;
                updates += turned > 0;
            }
            last = slot[players - 1]; /* circle method: slot 0 stays, the rest turn by one */
            for (q = players - 1; q > 1; q--) slot[q] = slot[q - 1];
            slot[1] = last;
        }
        *products += block * (double)(nb * (nb + 1) / 2);
        if (!rotations) break;
    }
    *products += 4 * block * (double)updates;
    thermo__column_norms(x, rows, np, norm2);
    for (c = 0; c < np; c++) norm2[c] = sqrt(norm2[c]);
    qsort(norm2, (size_t)np, sizeof *norm2, thermo__descending);
    memcpy(sigma, norm2, (size_t)n * sizeof *sigma);
    return sweep + (sweep < THERMO__MAX_SWEEPS);
}

static double *thermo__align64(double *p) {
    return p ? p + ((64 - (uintptr_t)p % 64) % 64) / sizeof *p : NULL;
}

/* What bench/svd_bench.c reads when it sets thermo__svd_profile (one matrix at a time): seconds
   and flops (a multiply-add counts 2) of the Gram matrix, the R factor and the Jacobi sweeps, and
   the sweeps.  NULL otherwise. */
typedef struct {
    double (*clock)(void); /* seconds; thermo_seconds when NULL */
    double seconds[3], flops[3];
    int64_t sweeps;
} thermo__profile;
enum { THERMO__STAGE_GRAM, THERMO__STAGE_R, THERMO__STAGE_JACOBI };
static thermo__profile *thermo__svd_profile;

static void thermo__profile_add(int stage, double *since, double flops) {
    double now;
    if (!thermo__svd_profile) return;
    now = thermo__svd_profile->clock ? thermo__svd_profile->clock() : thermo_seconds();
    thermo__svd_profile->seconds[stage] += now - *since;
    thermo__svd_profile->flops[stage] += flops;
    *since = now;
}

/* The fast path on X; name labels errors about a tensor.  sigma gets the n singular values. */
static thermo_status thermo__svd_fast(const thermo__tall *x, const char *name, double *sigma,
                                      thermo_error *err) {
    int64_t n = x->n, np = (n + THERMO__JB - 1) / THERMO__JB * THERMO__JB, r0, r, c, sweeps;
    int64_t threads = THERMO__THREADS(), ws_size = 12 * THERMO__JB * THERMO__JB + 2 * THERMO__TR * THERMO__JB;
    double *g_mem, *xr_mem, *g, *xr, *panel, *tmp, *norm2, *diag0, *gram, *ws, trace = 0, since = 0;
    double m = (double)x->m, dn = (double)n, products;
    thermo__ranked *ranked;
    int64_t *slot;
    thermo_status st = THERMO_OK;
    if (n == 0) return THERMO_OK;
    if ((uint64_t)np > SIZE_MAX / sizeof(double) / (uint64_t)np)
        return thermo__fail(err, THERMO_ERR_MEMORY, "%s: %lldx%lld matrix too large", name ? name : "svd",
                            (long long)x->rows, (long long)x->cols);
    g_mem = (double *)thermo__calloc((size_t)(np * np + 8), sizeof *g);
    xr_mem = (double *)thermo__calloc((size_t)(np * np + 8), sizeof *xr);
    g = thermo__align64(g_mem); /* blocks of 32 columns = whole cache lines: no false sharing */
    xr = thermo__align64(xr_mem);
    panel = (double *)thermo__calloc((size_t)(THERMO__PANEL * np), sizeof *panel);
    tmp = (double *)thermo__calloc((size_t)(THERMO__PANEL * threads), sizeof *tmp);
    norm2 = (double *)thermo__calloc((size_t)np, sizeof *norm2);
    diag0 = (double *)thermo__calloc((size_t)np, sizeof *diag0);
    gram = (double *)thermo__calloc((size_t)(np * THERMO__JB), sizeof *gram);
    ws = (double *)thermo__calloc((size_t)(ws_size * threads), sizeof *ws);
    ranked = (thermo__ranked *)thermo__calloc((size_t)np, sizeof *ranked);
    slot = (int64_t *)thermo__calloc((size_t)(np / THERMO__JB + 1), sizeof *slot);
    if (!g_mem || !xr_mem || !panel || !tmp || !norm2 || !diag0 || !gram || !ws || !ranked || !slot) {
        st = thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory for a %lldx%lld SVD",
                          name ? name : "svd", (long long)x->rows, (long long)x->cols);
        goto done;
    }
    if (thermo__svd_profile) since = thermo__svd_profile->clock ? thermo__svd_profile->clock() : thermo_seconds();
    for (r0 = 0; r0 < x->m; r0 += THERMO__PANEL) { /* 1. G = X^T X */
        int64_t p = x->m - r0 < THERMO__PANEL ? x->m - r0 : THERMO__PANEL;
        if (thermo__panel(x, r0, p, panel, np, tmp) != 0) {
            for (r = 0; r < p; r++)
                for (c = 0; c < n; c++)
                    if (!(fabs(panel[r * np + c]) <= DBL_MAX)) {
                        st = thermo__fail(err, THERMO_ERR_FORMAT, "%s: non-finite weight at [%lld, %lld]",
                                          name ? name : "svd", (long long)(x->wide ? c : r0 + r),
                                          (long long)(x->wide ? r0 + r : c));
                        goto done;
                    }
        }
        thermo__gram_panel(g, np, panel, p);
    }
    thermo__profile_add(THERMO__STAGE_GRAM, &since, m * dn * (dn + 1)); /* the upper half */
    for (r = 0; r < np; r++)
        for (c = 0; c < r; c++) g[r * np + c] = g[c * np + r];
    for (c = 0; c < n; c++) trace += g[c * np + c];
    if (trace == 0) {
        for (c = 0; c < n; c++) sigma[c] = 0;
        goto done;
    }
    if (thermo__cholesky(g, np, n, norm2, diag0) != 0) { /* 2. R */
        thermo__qr_stream(x, g, np, panel, tmp, norm2);
        thermo__profile_add(THERMO__STAGE_R, &since, 2 * m * dn * dn);
    } else thermo__profile_add(THERMO__STAGE_R, &since, dn * dn * dn / 3);
    for (r = 0; r < np; r++) /* 3. Jacobi on X = R^T */
        for (c = 0; c < np; c++) xr[r * np + c] = c <= r && r < n ? g[c * np + r] : 0;
    sweeps = thermo__jacobi_blocked(xr, g, np, n, norm2, ranked, slot, gram, ws, sigma, &products);
    if (thermo__svd_profile) thermo__svd_profile->sweeps += sweeps;
    thermo__profile_add(THERMO__STAGE_JACOBI, &since, products);
done:
    THERMO_FREE(g_mem);
    THERMO_FREE(xr_mem);
    THERMO_FREE(panel);
    THERMO_FREE(tmp);
    THERMO_FREE(norm2);
    THERMO_FREE(diag0);
    THERMO_FREE(gram);
    THERMO_FREE(ws);
    THERMO_FREE(ranked);
    THERMO_FREE(slot);
    return st;
}

THERMODEF thermo_status thermo_svd(const double *a, int64_t rows, int64_t cols, double *sigma,
                                   thermo_error *err) {
    thermo__tall x;
    int e = 0, zero = 0;
    int64_t i;
    thermo_status st = thermo__double_input(a, rows, cols, &e, &zero, err);
    if (st != THERMO_OK) return st;
    x.tensor = NULL;
    x.a = a;
    x.scale = ldexp(1.0, -e);
    x.rows = rows;
    x.cols = cols;
    x.wide = rows < cols;
    x.m = x.wide ? cols : rows;
    x.n = x.wide ? rows : cols;
    if (zero) {
        for (i = 0; i < x.n; i++) sigma[i] = 0;
        return THERMO_OK;
    }
    st = thermo__svd_fast(&x, NULL, sigma, err);
    for (i = 0; i < x.n; i++) sigma[i] = ldexp(sigma[i], e);
    return st;
}

THERMODEF thermo_status thermo_svd_tensor(const thermo_tensor *t, double *sigma, thermo_error *err) {
    thermo__tall x;
    char label[2 * THERMO__SHOWN_MAX + 16], file[THERMO__SHOWN_MAX], name[THERMO__SHOWN_MAX];
    snprintf(label, sizeof label, "%s: tensor '%s'", t->file ? thermo__shown(file, t->file, strlen(t->file)) : "?",
             thermo__shown(name, t->name, strlen(t->name))); /* names the tensor in any message */
    if (t->ndim != 2 || t->shape[0] < 0 || t->shape[1] < 0)
        return thermo__fail(err, THERMO_ERR_ARGUMENT, "%s: not a 2-D tensor", label);
    x.tensor = t;
    x.a = NULL;
    x.scale = 1;
    x.rows = t->shape[0];
    x.cols = t->shape[1];
    x.wide = x.rows < x.cols;
    x.m = x.wide ? x.cols : x.rows;
    x.n = x.wide ? x.rows : x.cols;
    return thermo__svd_fast(&x, label, sigma, err);
}

/* The spectrum of t; its singular values go to keep (min(rows, cols) doubles), or to scratch
   memory when keep is NULL. */
static thermo_status thermo__spectrum_one(const thermo_tensor *t, thermo_spectrum *out, double *keep,
                                          thermo_error *err) {
    int64_t k = t->shape[0] < t->shape[1] ? t->shape[0] : t->shape[1];
    double *sigma = keep ? keep : (double *)thermo__calloc((size_t)k, sizeof *sigma);
    thermo_status st;
    if (!sigma) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", t->name);
    st = thermo_svd_tensor(t, sigma, err);
    if (st == THERMO_OK) thermo_spectrum_from_sigma(sigma, k, out);
    if (!keep) THERMO_FREE(sigma);
    return st;
}

/* The estimated cost of a rows x cols SVD: Gram m k^2 + Jacobi ~32 k^3 (8-9 sweeps of ~3.5 k^3
   multiply-adds), m and k the long and short side.  It orders the work here and splits it into shards. */
static double thermo__svd_cost(int64_t rows, int64_t cols) {
    double m = (double)(rows > cols ? rows : cols), k = (double)(rows > cols ? cols : rows);
    return m * k * k + 32 * k * k * k;
}

/* thermo_spectra, keeping the singular values when sigma is not NULL (tensor i's in sigma[i]);
   finished(user, i), when not NULL, runs on the thread that computed tensor i as soon as it is
   done (so possibly concurrently), before progress. */
static thermo_status thermo__spectra_run(const thermo_tensor *const *tensors, int n,
                                         thermo_spectrum *out, double *const *sigma,
                                         void (*finished)(void *user, int index),
                                         void (*progress)(void *user, int done, int total,
                                                          const char *name),
                                         void *user, thermo_error *err) {
    thermo__ranked *order;
    thermo_status *status;
    thermo_error *errors;
    double left = 0;
    int i, j, done = 0, threads = THERMO__THREADS();
    for (i = 0; i < n; i++)
        if (tensors[i]->ndim != 2)
            return thermo__fail(err, THERMO_ERR_ARGUMENT, "%s: not a 2-D tensor", tensors[i]->name);
    order = (thermo__ranked *)thermo__calloc((size_t)n, sizeof *order);
    status = (thermo_status *)thermo__calloc((size_t)n, sizeof *status);
    errors = (thermo_error *)thermo__calloc((size_t)n, sizeof *errors);
    if (!order || !status || !errors) {
        THERMO_FREE(order);
        THERMO_FREE(status);
        THERMO_FREE(errors);
        return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
    }
    for (i = 0; i < n; i++) {
        order[i].key = thermo__svd_cost(tensors[i]->shape[0], tensors[i]->shape[1]);
        order[i].index = i;
        left += order[i].key;
    }
    qsort(order, (size_t)n, sizeof *order, thermo__ranked_descending);
    /* a matrix worth more than one thread's share of what is left gets all the threads */
    for (i = 0; i < n && threads > 1 && order[i].key * threads > left; i++) {
        int at = (int)order[i].index;
        status[at] = thermo__spectrum_one(tensors[at], &out[at], sigma ? sigma[at] : NULL, &errors[at]);
        if (finished && status[at] == THERMO_OK) finished(user, at);
        left -= order[i].key;
        if (progress) progress(user, ++done, n, tensors[at]->name);
    }
    THERMO__OMP(omp parallel for schedule(dynamic, 1))
    for (j = i; j < n; j++) {
        int at = (int)order[j].index;
        status[at] = thermo__spectrum_one(tensors[at], &out[at], sigma ? sigma[at] : NULL, &errors[at]);
        if (finished && status[at] == THERMO_OK) finished(user, at);
        THERMO__OMP(omp critical (thermo__progress))
        {
            done++;
            if (progress) progress(user, done, n, tensors[at]->name);
        }
    }
    for (i = 0; i < n && status[i] == THERMO_OK; i++) {}
    if (i < n && err) *err = errors[i];
    j = i < n ? (int)status[i] : THERMO_OK;
    THERMO_FREE(order);
    THERMO_FREE(status);
    THERMO_FREE(errors);
    return (thermo_status)j;
}

THERMODEF thermo_status thermo_spectra(const thermo_tensor *const *tensors, int n,
                                       thermo_spectrum *out,
                                       void (*progress)(void *user, int done, int total,
                                                        const char *name),
                                       void *user, thermo_error *err) {
    return thermo__spectra_run(tensors, n, out, NULL, NULL, progress, user, err);
}


/* ============================== 7b. spectra cache ============================== */

/* MurmurHash3 x64_128 (Austin Appleby, public domain), from its description: two 64-bit lanes eat
   16 bytes a step (multiply, rotate, multiply, then mix the lanes), the last 0-15 bytes are mixed
   in zero-padded, and the length and fmix64 finish.  About 5-10 GB/s a core. */
static uint64_t thermo__rotl64(uint64_t x, int r) { return x << r | x >> (64 - r); }

static uint64_t thermo__fmix64(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    return k ^ k >> 33;
}

static void thermo__murmur3_128(const void *data, size_t n, uint32_t seed, uint64_t out[2]) {
    const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
    const unsigned char *p = (const unsigned char *)data;
    unsigned char tail[16] = {0};
    uint64_t h1 = seed, h2 = seed, k1, k2;
    size_t i, rest = n & 15;
    for (i = 0; i + 16 <= n; i += 16) {
        memcpy(&k1, p + i, 8); /* little-endian hosts */
        memcpy(&k2, p + i + 8, 8);
        h1 ^= thermo__rotl64(k1 * c1, 31) * c2;
        h1 = (thermo__rotl64(h1, 27) + h2) * 5 + 0x52dce729;
        h2 ^= thermo__rotl64(k2 * c2, 33) * c1;
        h2 = (thermo__rotl64(h2, 31) + h1) * 5 + 0x38495ab5;
    }
    memcpy(tail, p + i, rest);
    memcpy(&k1, tail, 8);
    memcpy(&k2, tail + 8, 8);
    if (rest > 8) h2 ^= thermo__rotl64(k2 * c2, 33) * c1;
    if (rest > 0) h1 ^= thermo__rotl64(k1 * c1, 31) * c2;
    h1 ^= (uint64_t)n;
    h2 ^= (uint64_t)n;
    h1 += h2;
    h2 += h1;
    h1 = thermo__fmix64(h1);
    h2 = thermo__fmix64(h2);
    h1 += h2;
    out[0] = h1;
    out[1] = h2 + h1;
}

/* The cache key of a 2-D tensor: the hash of (hash of its bytes, dtype, rows, cols, version). */
static void thermo__spectrum_key(const thermo_tensor *t, uint64_t key[2]) {
    uint64_t record[6];
    thermo__murmur3_128(t->data, (size_t)t->numel * thermo_dtype_size(t->dtype), 0, record);
    record[2] = (uint64_t)t->dtype;
    record[3] = (uint64_t)t->shape[0];
    record[4] = (uint64_t)t->shape[1];
    record[5] = THERMO_SPECTRUM_VERSION;
    thermo__murmur3_128(record, sizeof record, 0, key);
}

/* An entry: a 96-byte head, k doubles, a 16-byte hash of all before it (the layout in section 7b's
   summary at the top of the file). */
#define THERMO__ENTRY_HEAD 96
#define THERMO__ENTRY_FORMAT 1
static size_t thermo__entry_size(int64_t k) { return THERMO__ENTRY_HEAD + 8 * (size_t)k + 16; }

/* Writes the head's first 64 bytes (what identifies the entry) for tensor t with key. */
static void thermo__entry_id(unsigned char *e, const thermo_tensor *t, const uint64_t key[2]) {
    uint32_t u[4] = {THERMO__ENTRY_FORMAT, THERMO_SPECTRUM_VERSION, 0, 0};
    int64_t dims[3];
    dims[0] = t->shape[0];
    dims[1] = t->shape[1];
    dims[2] = dims[0] < dims[1] ? dims[0] : dims[1];
    u[2] = (uint32_t)t->dtype;
    memcpy(e, "THERMOSP", 8);
    memcpy(e + 8, u, 8);
    memcpy(e + 16, key, 16);
    memcpy(e + 32, u + 2, 8);
    memcpy(e + 40, dims, 24);
}

/* The run's view of the cache folder. */
typedef struct thermo__cache {
    const thermo_options *options;
    char *dir;                          /* NULL: no cache */
    int writable;                       /* until a write fails */
    const thermo_tensor *const *tensors;
    uint64_t (*keys)[2];
    thermo_spectrum *out;
    double *const *sigma;
    const int *missing;                 /* the indices thermo__spectra_run works on, */
    const thermo_spectrum *run_out;     /* and where it puts their spectra */
    int found, total;
} thermo__cache;

static void thermo__warn(const thermo__cache *c, const char *fmt, ...) THERMO__PRINTF(2, 3);
static void thermo__warn(const thermo__cache *c, const char *fmt, ...) {
    char message[1024];
    va_list ap;
    if (!c->options->warning) return;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    c->options->warning(c->options->progress_user, message);
}

/* DIR/<key in hex>.spectrum, newly allocated. */
static char *thermo__entry_path(const thermo__cache *c, const uint64_t key[2]) {
    char file[48];
    snprintf(file, sizeof file, "%016llx%016llx.spectrum", (unsigned long long)key[1], (unsigned long long)key[0]);
    return thermo__join(c->dir, file);
}

/* Creates dir and its parents as needed: 0, or -1 with errno set. */
static int thermo__make_dirs(char *dir) {
#ifdef THERMO__POSIX
    char *p = dir + 1;
    for (;; p++) {
        if (*p == '/' || !*p) {
            char keep = *p;
            *p = 0;
            if (mkdir(dir, 0777) != 0 && errno != EEXIST) return *p = keep, -1;
            *p = keep;
            if (!keep) break;
        }
    }
    if (!thermo__is_dir(dir)) return errno = ENOTDIR, -1;
    return 0;
#else
    (void)dir;
    errno = ENOSYS;
    return -1;
#endif
}

/* Reads tensor i's entry: 1 when it is there and whole (out and sigma filled), else 0, after a
   warning when a file is there but unusable. */
static int thermo__cache_read(thermo__cache *c, int i) {
    const thermo_tensor *t = c->tensors[i];
    int64_t k = t->shape[0] < t->shape[1] ? t->shape[0] : t->shape[1];
    size_t size = thermo__entry_size(k), got = 0;
    char *path = thermo__entry_path(c, c->keys[i]);
    unsigned char *e = (unsigned char *)THERMO_MALLOC(size + 1), id[64];
    uint64_t sum[2];
    uint32_t version = 0;
    const char *problem = NULL;
    int found = 0;
#ifdef THERMO__POSIX
    int fd = path && e ? open(path, O_RDONLY | O_NONBLOCK) : -1; /* a FIFO must not block */
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) problem = "not a regular file";
    while (fd >= 0 && !problem && got <= size) {
        ssize_t r = read(fd, e + got, size + 1 - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) problem = strerror(errno);
        if (r <= 0) break;
        got += (size_t)r;
    }
    if (fd >= 0) close(fd);
    else if (path && e && errno != ENOENT) problem = strerror(errno);
    if (fd < 0 && !problem) goto done; /* not there */
#else
    FILE *f = path && e ? fopen(path, "rb") : NULL;
    if (!f) goto done;
    got = fread(e, 1, size + 1, f);
    if (ferror(f)) problem = "read error";
    fclose(f);
#endif
    if (got >= 16) memcpy(&version, e + 12, 4);
    thermo__entry_id(id, t, c->keys[i]);
    if (problem) {
    } else if (got < 8 || memcmp(e, "THERMOSP", 8) != 0) problem = "not a thermo spectrum entry";
    else if (got >= 16 && version != THERMO_SPECTRUM_VERSION) problem = "from another spectrum version";
    else if (got != size) problem = got < size ? "truncated" : "longer than its matrix needs";
    else if (thermo__murmur3_128(e, size - 16, 0, sum), memcmp(sum, e + size - 16, 16) != 0)
        problem = "corrupt (its checksum does not match)";
    else if (memcmp(e, id, 64) != 0) problem = "made for another matrix or format";
    else {
        memcpy(&c->out[i].sum, e + 64, 8);
        memcpy(&c->out[i].sum_sq, e + 72, 8);
        memcpy(&c->out[i].entropy, e + 80, 8);
        memcpy(&c->out[i].energy, e + 88, 8);
        memcpy(c->sigma[i], e + THERMO__ENTRY_HEAD, 8 * (size_t)k);
        found = 1;
    }
    if (problem) thermo__warn(c, "spectra cache: %s: %s; recomputing it", path, problem);
done:
    if (!path || !e) thermo__warn(c, "spectra cache: out of memory; recomputing");
    THERMO_FREE(path);
    THERMO_FREE(e);
    return found;
}

/* thermo__spectra_run's finished(): writes the entry of missing[index] (from a worker thread). */
static void thermo__cache_write(void *user, int index) {
    thermo__cache *c = (thermo__cache *)user;
    int i = c->missing[index];
    const thermo_tensor *t = c->tensors[i];
    int64_t k = t->shape[0] < t->shape[1] ? t->shape[0] : t->shape[1];
    size_t size = thermo__entry_size(k);
    unsigned char *e;
    char *path;
    uint64_t sum[2];
    thermo_output file;
    thermo_error err;
    thermo_status st = THERMO_ERR_MEMORY;
    int writable;
    THERMO__OMP(omp critical (thermo__cache))
    writable = c->writable;
    if (!writable) return;
    e = (unsigned char *)THERMO_MALLOC(size);
    path = thermo__entry_path(c, c->keys[i]);
    snprintf(err.message, sizeof err.message, "out of memory");
    if (e && path) {
        thermo__entry_id(e, t, c->keys[i]);
        memcpy(e + 64, &c->run_out[index].sum, 8);
        memcpy(e + 72, &c->run_out[index].sum_sq, 8);
        memcpy(e + 80, &c->run_out[index].entropy, 8);
        memcpy(e + 88, &c->run_out[index].energy, 8);
        memcpy(e + THERMO__ENTRY_HEAD, c->sigma[i], 8 * (size_t)k);
        thermo__murmur3_128(e, size - 16, 0, sum);
        memcpy(e + size - 16, sum, 16);
        st = thermo_output_open(&file, path, &err);
        if (st == THERMO_OK) {
            int ok = fwrite(e, 1, size, file.file) == size;
            st = thermo_output_close(&file, ok, &err);
        }
    }
    if (st != THERMO_OK) {
        THERMO__OMP(omp critical (thermo__cache))
        {
            if (c->writable) thermo__warn(c, "spectra cache: %s; spectra are not cached from here on", err.message);
            c->writable = 0;
        }
    }
    THERMO_FREE(e);
    THERMO_FREE(path);
}

/* thermo__spectra_run's progress, passed on as the "spectrum" stage counting the cached ones. */
static void thermo__cache_progress(void *user, int done, int total, const char *name) {
    thermo__cache *c = (thermo__cache *)user;
    (void)total;
    if (c->options->progress)
        c->options->progress(c->options->progress_user, "spectrum", name, c->found + done, c->total);
}

/* The spectra of tensors[0..n) into out and sigma (tensor i's min(rows, cols) values at sigma[i]):
   from options->cache_dir where they are there, else computed and added to it. */
static thermo_status thermo__spectra_cached(const thermo_tensor *const *tensors, int n,
                                            thermo_spectrum *out, double *const *sigma,
                                            const thermo_options *options, thermo_report *report,
                                            thermo_error *err) {
    thermo__cache c;
    thermo_spectrum *run_out = NULL;
    const thermo_tensor **run_tensors = NULL;
    double **run_sigma = NULL;
    int *missing = NULL, *found = NULL, i, m = 0;
    thermo_status st = THERMO_OK;
    double t0 = thermo_seconds();
    memset(&c, 0, sizeof c);
    c.options = options;
    c.tensors = tensors;
    c.out = out;
    c.sigma = sigma;
    c.total = n;
    if (options->cache_dir && options->cache_dir[0]) {
        if (!(c.dir = thermo__strdup(options->cache_dir))) return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
        if (thermo__make_dirs(c.dir) != 0) {
            thermo__warn(&c, "spectra cache: %s: cannot use it as a folder: %s; going on without a cache",
                         c.dir, strerror(errno));
            THERMO_FREE(c.dir);
            c.dir = NULL;
        }
        c.writable = c.dir != NULL;
    }
    c.keys = (uint64_t(*)[2])thermo__calloc((size_t)n, sizeof *c.keys);
    found = (int *)thermo__calloc((size_t)n, sizeof *found);
    missing = (int *)thermo__calloc((size_t)n, sizeof *missing);
    run_out = (thermo_spectrum *)thermo__calloc((size_t)n, sizeof *run_out);
    run_tensors = (const thermo_tensor **)thermo__calloc((size_t)n, sizeof *run_tensors);
    run_sigma = (double **)thermo__calloc((size_t)n, sizeof *run_sigma);
    if (!c.keys || !found || !missing || !run_out || !run_tensors || !run_sigma) {
        st = thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
        goto done;
    }
    if (c.dir) {
        THERMO__OMP(omp parallel for schedule(dynamic, 1))
        for (i = 0; i < n; i++) thermo__spectrum_key(tensors[i], c.keys[i]);
        for (i = 0; i < n; i++) c.found += found[i] = thermo__cache_read(&c, i);
        if (options->progress) options->progress(options->progress_user, "cache", NULL, c.found, n);
    }
    for (i = 0; i < n; i++)
        if (!found[i]) {
            missing[m] = i;
            run_tensors[m] = tensors[i];
            run_sigma[m++] = sigma[i];
        }
    c.missing = missing;
    c.run_out = run_out;
    report->n_cached = c.found;
    report->seconds_hash = thermo_seconds() - t0;
    t0 = thermo_seconds();
    if (options->progress) options->progress(options->progress_user, "spectrum", NULL, c.found, n);
    st = thermo__spectra_run(run_tensors, m, run_out, run_sigma, c.writable ? thermo__cache_write : NULL,
                             thermo__cache_progress, &c, err);
    for (i = 0; i < m; i++) out[missing[i]] = run_out[i];
    report->seconds_spectrum = thermo_seconds() - t0;
done:
    THERMO_FREE(c.dir);
    THERMO_FREE(c.keys);
    THERMO_FREE(found);
    THERMO_FREE(missing);
    THERMO_FREE(run_out);
    THERMO_FREE(run_tensors);
    THERMO_FREE(run_sigma);
    return st;
}

/* Keeps in tensors[0..n) those of part `shard` (1..shards), in order, and returns their count.
   The split: largest estimated cost first, each matrix to the part with the least cost so far
   (the lowest-numbered among equals), so it depends only on the shapes and the name order. */
static int thermo__shard(const thermo_tensor **tensors, int n, int shard, int shards, thermo_error *err) {
    thermo__ranked *order = (thermo__ranked *)thermo__calloc((size_t)n, sizeof *order);
    double *load = (double *)thermo__calloc((size_t)shards, sizeof *load);
    int *part = (int *)thermo__calloc((size_t)n, sizeof *part), i, j, kept = 0;
    if (!order || !load || !part) {
        kept = -1;
        thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
        goto done;
    }
    for (i = 0; i < n; i++) {
        order[i].key = thermo__svd_cost(tensors[i]->shape[0], tensors[i]->shape[1]);
        order[i].index = i;
    }
    qsort(order, (size_t)n, sizeof *order, thermo__ranked_descending);
    for (i = 0; i < n; i++) {
        int least = 0;
        for (j = 1; j < shards; j++)
            if (load[j] < load[least]) least = j;
        load[least] += order[i].key;
        part[order[i].index] = least + 1;
    }
    for (i = 0; i < n; i++)
        if (part[i] == shard) tensors[kept++] = tensors[i];
done:
    THERMO_FREE(order);
    THERMO_FREE(load);
    THERMO_FREE(part);
    return kept;
}


/* ============================== 8. metrics ============================== */

THERMODEF double thermo_temperature(double w_norm, double g_norm) {
    return g_norm > 0 ? w_norm / (g_norm + 1e-8) : HUGE_VAL;
}

/* The matrix types: the name --series type and the SVG legend use, and the SVG colour. */
static const struct thermo__kind_info {
    const char *name, *colour;
} thermo__kinds[THERMO_KIND_COUNT] = {
    {"embed", "#000000"}, {"position", "#393b79"}, {"q", "#1f77b4"}, {"k", "#17becf"}, {"v", "#2ca02c"}, {"qkv", "#aec7e8"},
    {"o", "#9467bd"}, {"gate", "#ff7f0e"}, {"up", "#8c564b"}, {"gate_up", "#ffbb78"}, {"down", "#e377c2"},
    {"lm_head", "#7f7f7f"}, {"other", "#bcbd22"}};

THERMODEF const char *thermo_kind_name(thermo_kind kind) {
    return thermo__kinds[(unsigned)kind < THERMO_KIND_COUNT ? kind : THERMO_KIND_OTHER].name;
}

/* Kind and layer from the family table (section 4): a 2-D layer weight of any family. */
THERMODEF void thermo_classify(const char *name, int *layer, thermo_kind *kind) {
    int f;
    *layer = -1;
    *kind = THERMO_KIND_OTHER;
    for (f = 0; f < THERMO__N_FAMILIES; f++) {
        const thermo__outer *names = thermo__families[f].outer;
        const char *p = name;
        long l = 0;
        int part;
        if (strcmp(name, names->embed) == 0) *kind = THERMO_KIND_EMBED;
        else if (names->positions && strcmp(name, names->positions) == 0) *kind = THERMO_KIND_POSITION;
        else if (strcmp(name, names->lm_head) == 0) *kind = THERMO_KIND_LM_HEAD;
        if (*kind != THERMO_KIND_OTHER) return;
        if (strncmp(name, names->layers, strlen(names->layers)) != 0) continue;
        p += strlen(names->layers);
        if (*p < '0' || *p > '9') continue;
        while (*p >= '0' && *p <= '9' && l < 1000000) l = l * 10 + (*p++ - '0');
        if (*p++ != '.') continue;
        for (part = 0; part < 4 && thermo__families[f].parts[part]; part++) {
            const thermo__weight *w;
            for (w = thermo__families[f].parts[part]; w->name; w++)
                if (w->kind != THERMO_KIND_OTHER && strcmp(p, w->name) == 0) {
                    *layer = (int)l;
                    *kind = (thermo_kind)w->kind;
                }
        }
    }
}

THERMODEF const char *thermo_order_name(thermo_order order) {
    static const char *const names[] = {"name", "depth"};
    return (unsigned)order < sizeof names / sizeof *names ? names[order] : NULL;
}

THERMODEF const char *thermo_series_name(thermo_series series) {
    static const char *const names[] = {"rows", "type"};
    return (unsigned)series < sizeof names / sizeof *names ? names[series] : NULL;
}

static int thermo__row_name_cmp(const void *a, const void *b) {
    return strcmp(((const thermo_row *)a)->name, ((const thermo_row *)b)->name);
}

/* Depth order: embeddings (tokens, positions), layers by number with their kinds in enum order,
   lm_head, then the rest. */
static int thermo__row_depth_cmp(const void *a, const void *b) {
    const thermo_row *x = (const thermo_row *)a, *y = (const thermo_row *)b;
    int gx = x->kind <= THERMO_KIND_POSITION ? 0 : x->layer >= 0 ? 1 : x->kind == THERMO_KIND_LM_HEAD ? 2 : 3;
    int gy = y->kind <= THERMO_KIND_POSITION ? 0 : y->layer >= 0 ? 1 : y->kind == THERMO_KIND_LM_HEAD ? 2 : 3;
    if (gx != gy) return gx - gy;
    if (x->layer != y->layer) return x->layer < y->layer ? -1 : 1;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    return strcmp(x->name, y->name);
}

THERMODEF void thermo_rows_sort(thermo_row *rows, int n, thermo_order order) {
    if (n > 1)
        qsort(rows, (size_t)n, sizeof *rows,
              order == THERMO_ORDER_DEPTH ? thermo__row_depth_cmp : thermo__row_name_cmp);
}

/* numpy's float64 sum: pairwise, 8 accumulators in blocks of up to 128 (bit-identical to
   np.add.reduce, which pandas uses for mean and variance). */
static double thermo__pairwise_sum(const double *a, int64_t n) {
    if (n < 8) {
        double r = 0.;
        int64_t i;
        for (i = 0; i < n; i++) r += a[i];
        return r;
    }
    if (n <= 128) {
        double r[8], res;
        int64_t i, j;
        for (j = 0; j < 8; j++) r[j] = a[j];
        for (i = 8; i < n - (n % 8); i += 8)
            for (j = 0; j < 8; j++) r[j] += a[i + j];
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) res += a[i];
        return res;
    } else {
        int64_t n2 = n / 2;
        n2 -= n2 % 8;
        return thermo__pairwise_sum(a, n2) + thermo__pairwise_sum(a + n2, n - n2);
    }
}

/* z = (x - mean)/std as pandas computes Series.mean() and Series.std() (nanops, no bottleneck):
   NaN entries count as 0 in the sums and are left out of the count; std has ddof = 1 and is
   NaN for fewer than 2 values; inf is not skipped.  scratch holds 2n doubles. */
static void thermo__zscore(const double *x, int n, double *z, double *scratch) {
    double *v = scratch, *sq = scratch + n, mean, var;
    int i, count = 0;
    for (i = 0; i < n; i++) {
        v[i] = isnan(x[i]) ? 0.0 : x[i];
        count += !isnan(x[i]);
    }
    mean = count ? thermo__pairwise_sum(v, n) / count : NAN;
    for (i = 0; i < n; i++) sq[i] = isnan(x[i]) ? 0.0 : (mean - v[i]) * (mean - v[i]);
    var = count > 1 ? thermo__pairwise_sum(sq, n) / (count - 1) : NAN;
    for (i = 0; i < n; i++) z[i] = (x[i] - mean) / sqrt(var);
}

/* Series order for --series type: by kind, then depth, then name (row pointers). */
static int thermo__row_series_cmp(const void *a, const void *b) {
    const thermo_row *x = *(const thermo_row *const *)a, *y = *(const thermo_row *const *)b;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    if (x->layer != y->layer) return x->layer < y->layer ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* out[i] = (a[i+1] - a[i-1])/2 along the rows listed in idx (n of them); NaN at both ends. */
static void thermo__central_diff(const thermo_row *rows, const int *idx, int n, size_t field,
                                 size_t out_field, thermo_row *out_rows) {
    int i;
    for (i = 0; i < n; i++) {
        double *out = (double *)((char *)&out_rows[idx[i]] + out_field);
        if (i == 0 || i == n - 1) *out = NAN;
        else
            *out = (*(const double *)((const char *)&rows[idx[i + 1]] + field) -
                    *(const double *)((const char *)&rows[idx[i - 1]] + field)) / 2;
    }
}

THERMODEF thermo_status thermo_rows_derive(thermo_row *rows, int n, thermo_series series,
                                           int fixed_thresholds, thermo_error *err) {
    static const size_t fields[5][2] = {
        {offsetof(thermo_row, energy), offsetof(thermo_row, dE)},
        {offsetof(thermo_row, temperature), offsetof(thermo_row, dT)},
        {offsetof(thermo_row, G_norm), offsetof(thermo_row, dG_norm)},
        {offsetof(thermo_row, entropy), offsetof(thermo_row, dS)},
        {offsetof(thermo_row, free_energy), offsetof(thermo_row, dF)}};
    /* one block: 4n doubles for the z-scores, n row pointers and n indices for the series */
    char *block = (char *)thermo__calloc((size_t)n + 1, 4 * sizeof(double) + sizeof(thermo_row *) + sizeof(int));
    double *buf = (double *)block;
    const thermo_row **order = (const thermo_row **)(block + (size_t)n * 4 * sizeof(double));
    int *idx = (int *)(block + (size_t)n * (4 * sizeof(double) + sizeof(thermo_row *)));
    int i, f;
    if (!block) return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory deriving %d rows", n);
    if (series == THERMO_SERIES_ROWS) {
        for (i = 0; i < n; i++) idx[i] = i;
        for (f = 0; f < 5; f++) thermo__central_diff(rows, idx, n, fields[f][0], fields[f][1], rows);
    } else {
        /* each matrix type is its own series along depth ("other" rows: one series by name) */
        int start = 0;
        for (i = 0; i < n; i++) order[i] = &rows[i];
        if (n > 1) qsort(order, (size_t)n, sizeof *order, thermo__row_series_cmp);
        for (i = 0; i < n; i++) idx[i] = (int)(order[i] - rows);
        for (i = 1; i <= n; i++)
            if (i == n || rows[idx[i]].kind != rows[idx[start]].kind) {
                for (f = 0; f < 5; f++)
                    thermo__central_diff(rows, idx + start, i - start, fields[f][0], fields[f][1], rows);
                start = i;
            }
    }
    for (i = 0; i < n; i++) {
        thermo_row *r = &rows[i];
        r->specific_heat = r->dE / (r->dT + 1e-6);
        r->susceptibility = r->dG_norm / (r->dT + 1e-6);
        r->compressibility = -r->dS / (r->dF + 1e-6);
        r->latent_heat_jump = fabs(r->dT) < THERMO_LATENT_DT && fabs(r->dE) > THERMO_LATENT_DE;
        r->neg_specific_heat = r->specific_heat < 0;
    }
    if (fixed_thresholds) {
        for (i = 0; i < n; i++) {
            rows[i].suscept_divergent = fabs(rows[i].susceptibility) > THERMO_SUSCEPT_FIXED;
            rows[i].high_compress = fabs(rows[i].compressibility) > THERMO_COMPRESS_FIXED;
        }
    } else {
        double *x = buf, *z = buf + n, *scratch = buf + 2 * n;
        for (i = 0; i < n; i++) x[i] = rows[i].susceptibility;
        thermo__zscore(x, n, z, scratch);
        for (i = 0; i < n; i++) rows[i].suscept_divergent = fabs(z[i]) > THERMO_SUSCEPT_Z;
        for (i = 0; i < n; i++) x[i] = rows[i].compressibility;
        thermo__zscore(x, n, z, scratch);
        for (i = 0; i < n; i++) rows[i].high_compress = fabs(z[i]) > THERMO_COMPRESS_Z;
    }
    THERMO_FREE(block);
    return THERMO_OK;
}

THERMODEF thermo_status thermo_analyze(const thermo_model *model, const int32_t *const *ids,
                                       const int *lengths, int n_sequences,
                                       const thermo_options *options, thermo_report *report,
                                       thermo_error *err) {
    static const thermo_options defaults = {0, THERMO_ORDER_NAME, THERMO_SERIES_ROWS, NULL, NULL, NULL,
                                            NULL, 0, 0, 0}; /* the original's */
    thermo_gradients grads;
    thermo_status st = THERMO_OK;
    thermo_spectrum *spectra = NULL;
    const thermo_tensor **tensors = NULL;
    double **sigma = NULL;
    size_t names_len = 0, at = 0, n_sigma = 0;
    double t0;
    int i, n;
    memset(report, 0, sizeof *report);
    memset(&grads, 0, sizeof grads);
    if (!options) options = &defaults;
    if (options->shards > 1 && (!options->spectra_only || options->shard < 1 || options->shard > options->shards))
        return thermo__fail(err, THERMO_ERR_ARGUMENT, "shard %d of %d: wants spectra_only and 1 <= shard <= shards",
                            options->shard, options->shards);
    if (!(tensors = (const thermo_tensor **)thermo__calloc(THERMO__MATRICES(model), sizeof *tensors)))
        return thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
    if (options->spectra_only) {
        n = thermo__model_matrices(model, tensors);
        if (options->shards > 1 && (n = thermo__shard(tensors, n, options->shard, options->shards, err)) < 0) {
            THERMO_FREE(tensors);
            return THERMO_ERR_MEMORY;
        }
    } else {
        if (options->progress) options->progress(options->progress_user, "forward+backward", NULL, 0, 1);
        st = thermo_forward_backward(model, ids, lengths, n_sequences, NULL, &grads, err);
        if (st != THERMO_OK) {
            THERMO_FREE(tensors);
            return st;
        }
        report->seconds_forward = grads.seconds_forward;
        report->seconds_backward = grads.seconds_backward;
        memcpy(report->gradnorm_routes, grads.routes, sizeof report->gradnorm_routes);
        if (options->progress) options->progress(options->progress_user, "forward+backward", NULL, 1, 1);
        report->loss = grads.loss;
        report->n_sequences = grads.n_sequences;
        n = grads.n_params;
        for (i = 0; i < n; i++) tensors[i] = grads.params[i].tensor;
    }
    for (i = 0; i < n; i++) {
        names_len += strlen(tensors[i]->name) + 1;
        n_sigma += (size_t)(tensors[i]->shape[0] < tensors[i]->shape[1] ? tensors[i]->shape[0] : tensors[i]->shape[1]);
    }
    report->losses = (double *)thermo__calloc((size_t)grads.n_sequences, sizeof *report->losses);
    report->rows = (thermo_row *)thermo__calloc((size_t)n, sizeof *report->rows);
    report->names = (char *)THERMO_MALLOC(names_len + 1);
    report->sigma = (double *)thermo__calloc(n_sigma, sizeof *report->sigma);
    spectra = (thermo_spectrum *)thermo__calloc((size_t)n, sizeof *spectra);
    sigma = (double **)thermo__calloc((size_t)n, sizeof *sigma);
    if (!report->losses || !report->rows || !report->names || !report->sigma || !spectra || !sigma) {
        st = thermo__fail(err, THERMO_ERR_MEMORY, "out of memory");
        goto done;
    }
    if (grads.n_sequences) memcpy(report->losses, grads.losses, (size_t)grads.n_sequences * sizeof *report->losses);
    /* the original's primitives: T from the norms, S and E from the spectrum, F = E - T S */
    for (i = 0, n_sigma = 0; i < n; i++) {
        thermo_row *r = &report->rows[i];
        r->name = strcpy(report->names + at, tensors[i]->name);
        at += strlen(r->name) + 1;
        thermo_classify(r->name, &r->layer, &r->kind);
        r->sigma = sigma[i] = report->sigma + n_sigma;
        r->n_sigma = tensors[i]->shape[0] < tensors[i]->shape[1] ? tensors[i]->shape[0] : tensors[i]->shape[1];
        n_sigma += (size_t)r->n_sigma;
    }
    st = thermo__spectra_cached(tensors, n, spectra, sigma, options, report, err);
    if (st != THERMO_OK) goto done;
    for (i = 0; i < n; i++) {
        thermo_row *r = &report->rows[i];
        r->entropy = spectra[i].entropy;
        r->energy = spectra[i].energy;
        if (options->spectra_only) continue;
        r->W_norm = grads.params[i].w_norm;
        r->G_norm = grads.params[i].g_norm;
        r->temperature = thermo_temperature(r->W_norm, r->G_norm);
        r->free_energy = r->energy - r->temperature * r->entropy;
    }
    report->n_rows = n;
    if (options->spectra_only) goto done;
    t0 = thermo_seconds();
    thermo_rows_sort(report->rows, report->n_rows, options->order);
    st = thermo_rows_derive(report->rows, report->n_rows, options->series, options->fixed_thresholds, err);
    report->seconds_metrics = thermo_seconds() - t0;
done:
    THERMO_FREE(spectra);
    THERMO_FREE(tensors);
    THERMO_FREE(sigma);
    thermo_gradients_free(&grads);
    if (st != THERMO_OK) thermo_report_free(report);
    return st;
}

THERMODEF void thermo_report_free(thermo_report *report) {
    THERMO_FREE(report->rows);
    THERMO_FREE(report->losses);
    THERMO_FREE(report->names);
    THERMO_FREE(report->sigma);
    memset(report, 0, sizeof *report);
}


/* ============================== 9. output ============================== */

/* Python's repr(float): the shortest digit string that reads back as x (David Gay's mode 0),
   in fixed notation when the decimal point position decpt (x = 0.d1d2... * 10^decpt) satisfies
   -4 < decpt <= 16, else as d.ddde[+-]XX.  For each precision p the correctly rounded p-digit
   decimal is tried first, then its two neighbours: next to a power of two the rounding interval
   is lopsided and a neighbour may read back where the nearest does not. */
THERMODEF int thermo_format_double(char *buf, double x) {
    char tmp[40], digits[24];
    int p, k = 0, decpt = 0, n = 0, i;
    double ax = fabs(x);
    if (isnan(x)) return sprintf(buf, "nan");
    if (isinf(x)) return sprintf(buf, x > 0 ? "inf" : "-inf");
    if (x == 0) return sprintf(buf, signbit(x) ? "-0.0" : "0.0");
    for (p = 1; p <= 17 && !k; p++) {
        unsigned long long mant = 0;
        int e10, delta;
        const char *s;
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, ax);
        for (s = tmp; *s != 'e'; s++)
            if (*s >= '0' && *s <= '9') mant = mant * 10 + (unsigned long long)(*s - '0');
        e10 = atoi(s + 1) - (p - 1); /* ax ~ mant * 10^e10 */
        for (delta = 0; delta <= 2 && !k; delta++) {
            unsigned long long cand = delta == 0 ? mant : delta == 1 ? mant - 1 : mant + 1;
            char *end;
            int len;
            if (cand == 0) continue;
            len = snprintf(tmp, sizeof tmp, "%llue%d", cand, e10);
            if (strtod(tmp, &end) != ax) continue;
            /* digits without trailing zeros; decpt from the digit count and exponent */
            len = (int)(strchr(tmp, 'e') - tmp);
            while (len > 1 && tmp[len - 1] == '0') { len--; e10++; }
            memcpy(digits, tmp, (size_t)len);
            k = len;
            decpt = e10 + len;
        }
    }
    if (x < 0) buf[n++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            buf[n++] = '0';
            buf[n++] = '.';
            for (i = 0; i < -decpt; i++) buf[n++] = '0';
            for (i = 0; i < k; i++) buf[n++] = digits[i];
        } else {
            for (i = 0; i < decpt; i++) buf[n++] = i < k ? digits[i] : '0';
            buf[n++] = '.';
            if (decpt >= k) buf[n++] = '0';
            for (i = decpt; i < k; i++) buf[n++] = digits[i];
        }
        buf[n] = 0;
        return n;
    }
    buf[n++] = digits[0];
    if (k > 1) {
        buf[n++] = '.';
        for (i = 1; i < k; i++) buf[n++] = digits[i];
    }
    return n + sprintf(buf + n, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
}

/* A CSV field as Python's csv module writes it with QUOTE_MINIMAL. */
static void thermo__csv_field(FILE *f, const char *s) {
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

/* The original's columns in its order: the name, then numbers, then flags. */
enum { THERMO__NAME_COLUMN, THERMO__NUMBER_COLUMN, THERMO__FLAG_COLUMN };
static const struct thermo__column {
    const char *name;
    size_t offset; /* in thermo_row */
    int type;
} thermo__columns[] = {
    {"name", offsetof(thermo_row, name), THERMO__NAME_COLUMN},
    {"temperature", offsetof(thermo_row, temperature), THERMO__NUMBER_COLUMN},
    {"entropy", offsetof(thermo_row, entropy), THERMO__NUMBER_COLUMN},
    {"energy", offsetof(thermo_row, energy), THERMO__NUMBER_COLUMN},
    {"free_energy", offsetof(thermo_row, free_energy), THERMO__NUMBER_COLUMN},
    {"W_norm", offsetof(thermo_row, W_norm), THERMO__NUMBER_COLUMN},
    {"G_norm", offsetof(thermo_row, G_norm), THERMO__NUMBER_COLUMN},
    {"dE", offsetof(thermo_row, dE), THERMO__NUMBER_COLUMN},
    {"dT", offsetof(thermo_row, dT), THERMO__NUMBER_COLUMN},
    {"dG_norm", offsetof(thermo_row, dG_norm), THERMO__NUMBER_COLUMN},
    {"dS", offsetof(thermo_row, dS), THERMO__NUMBER_COLUMN},
    {"dF", offsetof(thermo_row, dF), THERMO__NUMBER_COLUMN},
    {"specific_heat", offsetof(thermo_row, specific_heat), THERMO__NUMBER_COLUMN},
    {"susceptibility", offsetof(thermo_row, susceptibility), THERMO__NUMBER_COLUMN},
    {"compressibility", offsetof(thermo_row, compressibility), THERMO__NUMBER_COLUMN},
    {"latent_heat_jump", offsetof(thermo_row, latent_heat_jump), THERMO__FLAG_COLUMN},
    {"neg_specific_heat", offsetof(thermo_row, neg_specific_heat), THERMO__FLAG_COLUMN},
    {"suscept_divergent", offsetof(thermo_row, suscept_divergent), THERMO__FLAG_COLUMN},
    {"high_compress", offsetof(thermo_row, high_compress), THERMO__FLAG_COLUMN}};
#define THERMO__N_COLUMNS ((int)(sizeof thermo__columns / sizeof *thermo__columns))
#define THERMO__COLUMN(r, k, type) (*(const type *)((const char *)(r) + thermo__columns[k].offset))

THERMODEF thermo_status thermo_write_csv(FILE *f, const thermo_row *rows, int n) {
    int i, k;
    for (k = 0; k < THERMO__N_COLUMNS; k++) fprintf(f, "%s%s", k ? "," : "", thermo__columns[k].name);
    fputc('\n', f);
    for (i = 0; i < n; i++) {
        for (k = 0; k < THERMO__N_COLUMNS; k++) {
            char num[THERMO_REPR_MAX];
            double v;
            if (k) fputc(',', f);
            switch (thermo__columns[k].type) {
            case THERMO__NAME_COLUMN: thermo__csv_field(f, THERMO__COLUMN(&rows[i], k, char *)); break;
            case THERMO__FLAG_COLUMN: fputs(THERMO__COLUMN(&rows[i], k, int) ? "True" : "False", f); break;
            default:
                v = THERMO__COLUMN(&rows[i], k, double);
                if (!isnan(v)) {
                    thermo_format_double(num, v);
                    fputs(num, f);
                }
            }
        }
        fputc('\n', f);
    }
    return ferror(f) ? THERMO_ERR_IO : THERMO_OK;
}

/* A new temporary file beside path, "path.tmp.PID.N", created exclusively first (so a link
   planted under that name is never followed), then opened as a stream; NULL with errno set when
   none can be made. */
static FILE *thermo__create_temp(const char *path, char **temp) {
    size_t n = strlen(path) + 48;
    int attempt;
#ifdef THERMO__POSIX
    long id = (long)getpid();
#else
    long id = (long)time(NULL);
#endif
    *temp = (char *)THERMO_MALLOC(n);
    if (!*temp) return NULL;
    for (attempt = 0; attempt < 100; attempt++) {
        FILE *f;
        snprintf(*temp, n, "%s.tmp.%ld.%d", path, id, attempt);
#ifdef THERMO__POSIX
        {
            int fd = open(*temp, O_WRONLY | O_CREAT | O_EXCL, 0666);
            if (fd < 0) {
                if (errno == EEXIST) continue;
                break;
            }
            close(fd);
        }
#endif
        f = fopen(*temp, "wb");
        if (f) return f;
        {
            int e = errno;
            remove(*temp);
            errno = e;
        }
        break;
    }
    THERMO_FREE(*temp);
    *temp = NULL;
    return NULL;
}

THERMODEF thermo_status thermo_output_check(const char *path, thermo_error *err) {
    thermo_output out;
    thermo_status st = thermo_output_open(&out, path, err);
    if (st != THERMO_OK) return st;
    thermo_output_close(&out, 0, NULL);
    return THERMO_OK;
}

THERMODEF thermo_status thermo_output_open(thermo_output *out, const char *path, thermo_error *err) {
    memset(out, 0, sizeof *out);
    if (!*path) return thermo__fail(err, THERMO_ERR_ARGUMENT, "an output path is empty");
#ifdef THERMO__POSIX
    {
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            return thermo__fail(err, THERMO_ERR_IO, "%s: cannot write: it is a directory", path);
    }
#endif
    if (!(out->path = thermo__strdup(path))) return thermo__fail(err, THERMO_ERR_MEMORY, "%s: out of memory", path);
    errno = 0;
    if (!(out->file = thermo__create_temp(path, &out->temp))) {
        thermo_status st = thermo__fail(err, THERMO_ERR_IO, "%s: cannot write: %s", path,
                                        errno ? strerror(errno) : "out of memory");
        THERMO_FREE(out->path);
        memset(out, 0, sizeof *out);
        return st;
    }
    return THERMO_OK;
}

THERMODEF thermo_status thermo_output_close(thermo_output *out, int ok, thermo_error *err) {
    thermo_status st = THERMO_OK;
    if (!out->file) return THERMO_OK;
    if (ferror(out->file)) ok = 0, st = thermo__fail(err, THERMO_ERR_IO, "%s: write error", out->path);
    if (fclose(out->file) != 0 && ok)
        ok = 0, st = thermo__fail(err, THERMO_ERR_IO, "%s: write error: %s", out->path, strerror(errno));
    if (ok && rename(out->temp, out->path) != 0)
        ok = 0, st = thermo__fail(err, THERMO_ERR_IO, "%s: cannot write: %s", out->path, strerror(errno));
    if (!ok) remove(out->temp);
    THERMO_FREE(out->path);
    THERMO_FREE(out->temp);
    memset(out, 0, sizeof *out);
    return st;
}
/* A JSON string: quotes, backslashes and control characters escaped; bytes that are not valid
   UTF-8 become U+FFFD. */
static void thermo__json_put_string(FILE *f, const char *s, size_t n) {
    size_t i = 0;
    fputc('"', f);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int len;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c), i++;
        else if (c == '\n') fputs("\\n", f), i++;
        else if (c == '\t') fputs("\\t", f), i++;
        else if (c == '\r') fputs("\\r", f), i++;
        else if (c < 0x20) fprintf(f, "\\u%04x", c), i++;
        else if ((len = thermo_utf8_length((const unsigned char *)s + i, n - i)) > 0) {
            fwrite(s + i, 1, (size_t)len, f);
            i += (size_t)len;
        } else fputs("\xef\xbf\xbd", f), i++;
    }
    fputc('"', f);
}

/* A JSON number as repr() writes it; NaN as null, +-inf as "inf" / "-inf". */
static void thermo__json_put_number(FILE *f, double x) {
    char num[THERMO_REPR_MAX];
    if (isnan(x)) fputs("null", f);
    else if (isinf(x)) fputs(x > 0 ? "\"inf\"" : "\"-inf\"", f);
    else {
        thermo_format_double(num, x);
        fputs(num, f);
    }
}

THERMODEF thermo_status thermo_write_json(FILE *f, const thermo_report *report,
                                          const thermo_run_info *info) {
    const thermo_config *c = info->config;
    int i, k, t;
    fprintf(f, "{\n  \"thermo_version\": \"%s\",\n  \"model\": ", THERMO_VERSION);
    thermo__json_put_string(f, info->model_path, strlen(info->model_path));
    fprintf(f, ",\n  \"config\": {\"model_type\": ");
    thermo__json_put_string(f, c->model_type, strlen(c->model_type));
    fprintf(f, ", \"hidden_size\": %d, \"intermediate_size\": %d, \"num_hidden_layers\": %d, "
               "\"num_attention_heads\": %d, \"num_key_value_heads\": %d, \"head_dim\": %d, "
               "\"vocab_size\": %d, \"rms_norm_eps\": ",
            c->hidden_size, c->intermediate_size, c->num_hidden_layers, c->num_attention_heads,
            c->num_key_value_heads, c->head_dim, c->vocab_size);
    thermo__json_put_number(f, c->rms_norm_eps);
    fprintf(f, ", \"rope_theta\": ");
    thermo__json_put_number(f, c->rope_theta);
    fprintf(f, ", \"tie_word_embeddings\": %s, \"rope_scaling\": %s},\n",
            c->tie_word_embeddings ? "true" : "false", c->rope_llama3 ? "\"llama3\"" : "null");
    fprintf(f, "  \"thresholds\": \"%s\",\n  \"order\": \"%s\",\n  \"series\": \"%s\",\n",
            info->options->fixed_thresholds ? "fixed" : "z-score",
            thermo_order_name(info->options->order), thermo_series_name(info->options->series));
    fprintf(f, "  \"loss\": ");
    thermo__json_put_number(f, report->loss);
    fprintf(f, ",\n  \"prompts\": [\n");
    for (i = 0; i < report->n_sequences; i++) {
        fprintf(f, "    {\"text\": ");
        if (info->prompts)
            thermo__json_put_string(f, info->prompts[i], info->prompt_lengths ? info->prompt_lengths[i] : strlen(info->prompts[i]));
        else fputs("null", f);
        fprintf(f, ", \"loss\": ");
        thermo__json_put_number(f, report->losses[i]);
        fprintf(f, ", \"ids\": [");
        for (t = 0; t < info->lengths[i]; t++) fprintf(f, "%s%ld", t ? ", " : "", (long)info->ids[i][t]);
        fprintf(f, "], \"tokens\": ");
#ifndef THERMO_NO_TOKENIZER
        if (info->tokenizer) {
            fputc('[', f);
            for (t = 0; t < info->lengths[i]; t++) {
                size_t len = 0;
                const char *b = thermo_token_bytes(info->tokenizer, info->ids[i][t], &len);
                if (t) fputs(", ", f);
                if (b) thermo__json_put_string(f, b, len);
                else fputs("null", f);
            }
            fputc(']', f);
        } else
#endif
            fputs("null", f);
        fprintf(f, "}%s\n", i + 1 < report->n_sequences ? "," : "");
    }
    fprintf(f, "  ],\n  \"columns\": [");
    for (k = 0; k < THERMO__N_COLUMNS; k++) fprintf(f, "%s\"%s\"", k ? ", " : "", thermo__columns[k].name);
    fprintf(f, "],\n  \"rows\": [\n");
    for (i = 0; i < report->n_rows; i++) {
        const thermo_row *r = &report->rows[i];
        for (k = 0; k < THERMO__N_COLUMNS; k++) {
            const char *col = thermo__columns[k].name;
            fprintf(f, "%s\"%s\": ", k ? ", " : "    {", col);
            switch (thermo__columns[k].type) {
            case THERMO__NAME_COLUMN: thermo__json_put_string(f, r->name, strlen(r->name)); break;
            case THERMO__FLAG_COLUMN: fputs(THERMO__COLUMN(r, k, int) ? "true" : "false", f); break;
            default: thermo__json_put_number(f, THERMO__COLUMN(r, k, double));
            }
        }
        fprintf(f, "}%s\n", i + 1 < report->n_rows ? "," : "");
    }
    fprintf(f, "  ]\n}\n");
    return ferror(f) ? THERMO_ERR_IO : THERMO_OK;
}

/* XML text with &, <, > and quotes escaped. */
static void thermo__xml_put(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '&') fputs("&amp;", f);
        else if (*s == '<') fputs("&lt;", f);
        else if (*s == '>') fputs("&gt;", f);
        else if (*s == '"') fputs("&quot;", f);
        else fputc(*s, f);
    }
}

/* The plotted value of metric m (0 T, 1 S, 2 E, 3 F) on the panel's axis: log10 for T, a signed
   log10(1 + |F|) for F, linear for S and E.  NaN when it cannot be drawn. */
static double thermo__plot_value(const thermo_row *r, int m) {
    double v = m == 0 ? r->temperature : m == 1 ? r->entropy : m == 2 ? r->energy : r->free_energy;
    if (!isfinite(v)) return NAN;
    if (m == 0) return v > 0 ? log10(v) : NAN;
    if (m == 3) return v < 0 ? -log10(1 - v) : log10(1 + v);
    return v;
}

/* The axis label of plotted value y for metric m, in the metric's own units. */
static void thermo__plot_label(char *buf, size_t n, double y, int m) {
    double v = m == 0 ? pow(10, y) : m == 3 ? (y < 0 ? 1 - pow(10, -y) : pow(10, y) - 1) : y;
    if (v != 0 && (fabs(v) >= 1e4 || fabs(v) < 1e-2)) snprintf(buf, n, "%.1e", v);
    else snprintf(buf, n, "%.3g", v);
}

THERMODEF thermo_status thermo_write_svg(FILE *f, const thermo_report *report, const char *title) {
    static const char *const metric_names[4] = {"temperature T (log scale)", "entropy S",
                                                "energy E", "free energy F (signed log scale)"};
    const int W = 1100, H = 840, PW = 440, PH = 300;
    int layers = 0, i, m, k;
    for (i = 0; i < report->n_rows; i++)
        if (report->rows[i].layer + 1 > layers) layers = report->rows[i].layer + 1;
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
               "font-family=\"sans-serif\" font-size=\"12\">\n"
               "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n<text x=\"20\" y=\"28\" font-size=\"16\">",
            W, H, W, H);
    thermo__xml_put(f, title);
    fprintf(f, "</text>\n");
    for (m = 0; m < 4; m++) {
        /* panel origin, data ranges: x from -1 (embedding) to layers (lm_head) */
        double x0 = 80 + (m % 2) * (PW + 100), y0 = 60 + (m / 2) * (PH + 90);
        double lo = HUGE_VAL, hi = -HUGE_VAL, xs = PW / (double)(layers + 1 > 1 ? layers + 1 : 1);
        int hidden = 0, tick;
        for (i = 0; i < report->n_rows; i++) {
            double y = thermo__plot_value(&report->rows[i], m);
            if (isnan(y)) { hidden++; continue; }
            if (y < lo) lo = y;
            if (y > hi) hi = y;
        }
        if (lo > hi) lo = 0, hi = 1;
        if (hi - lo < 1e-12) lo -= 1, hi += 1;
        lo -= 0.05 * (hi - lo);
        hi += 0.05 * (hi - lo);
#define THERMO__PX(layer) (x0 + ((layer) + 1) * xs)
#define THERMO__PY(y) (y0 + PH - ((y) - lo) / (hi - lo) * PH)
        fprintf(f, "<g>\n<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>\n",
                x0, y0, PW, PH);
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"14\">%s", x0, y0 - 8, metric_names[m]);
        if (hidden) fprintf(f, " (%d not finite, not drawn)", hidden);
        fprintf(f, "</text>\n");
        for (tick = 0; tick <= 4; tick++) {
            double y = lo + (hi - lo) * tick / 4;
            char label[32];
            thermo__plot_label(label, sizeof label, y, m);
            fprintf(f, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                       "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"10\">%s</text>\n",
                    x0, x0 + PW, THERMO__PY(y), THERMO__PY(y), x0 - 4, THERMO__PY(y) + 3, label);
        }
        for (tick = -1; tick < layers; tick += layers > 12 ? (layers + 11) / 12 : 1) {
            const char *label = tick < 0 ? "emb" : NULL;
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\">", THERMO__PX(tick), y0 + PH + 14);
            if (label) fputs(label, f);
            else fprintf(f, "%d", tick);
            fprintf(f, "</text>\n");
        }
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\">head</text>\n"
                   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">layer</text>\n",
                THERMO__PX(layers), y0 + PH + 14, x0 + PW / 2.0, y0 + PH + 32);
        /* one polyline per matrix type along depth; rows arrive in any order */
        for (k = THERMO_KIND_Q; k <= THERMO_KIND_DOWN; k++) {
            int l, open = 0;
            for (l = 0; l < layers; l++) {
                double y = NAN;
                for (i = 0; i < report->n_rows; i++)
                    if ((int)report->rows[i].kind == k && report->rows[i].layer == l)
                        y = thermo__plot_value(&report->rows[i], m);
                if (isnan(y)) {
                    if (open) fputs("\"/>\n", f);
                    open = 0;
                    continue;
                }
                if (!open) fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"", thermo__kinds[k].colour);
                fprintf(f, "%.1f,%.1f ", THERMO__PX(l), THERMO__PY(y));
                open = 1;
            }
            if (open) fputs("\"/>\n", f);
        }
        for (i = 0; i < report->n_rows; i++) {
            const thermo_row *r = &report->rows[i];
            double y = thermo__plot_value(r, m), px;
            if (isnan(y) || r->kind == THERMO_KIND_OTHER) continue;
            px = r->kind == THERMO_KIND_EMBED ? THERMO__PX(-1) : r->kind == THERMO_KIND_LM_HEAD ? THERMO__PX(layers) : THERMO__PX(r->layer);
            if (r->kind == THERMO_KIND_EMBED)
                fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"><title>", px - 4, THERMO__PY(y) - 4, thermo__kinds[r->kind].colour);
            else if (r->kind == THERMO_KIND_LM_HEAD)
                fprintf(f, "<path d=\"M%.1f %.1fl5 5-5 5-5-5z\" fill=\"%s\"><title>", px, THERMO__PY(y) - 5, thermo__kinds[r->kind].colour);
            else fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>", px, THERMO__PY(y), thermo__kinds[r->kind].colour);
            thermo__xml_put(f, r->name);
            fprintf(f, "</title></%s>\n", r->kind == THERMO_KIND_EMBED ? "rect" : r->kind == THERMO_KIND_LM_HEAD ? "path" : "circle");
            if (r->latent_heat_jump || r->neg_specific_heat || r->suscept_divergent || r->high_compress)
                fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"none\" stroke=\"#e00\" stroke-width=\"1.5\"/>\n",
                        px, THERMO__PY(y));
        }
#undef THERMO__PX
#undef THERMO__PY
        fprintf(f, "</g>\n");
    }
    /* legend */
    for (k = 0; k <= THERMO_KIND_LM_HEAD; k++) {
        double x = 80 + k * 90, y = H - 20;
        fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"4\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                x, y - 4, thermo__kinds[k].colour, x + 18, y, thermo_kind_name((thermo_kind)k));
    }
    fprintf(f, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"none\" stroke=\"#e00\" stroke-width=\"1.5\"/>"
               "<text x=\"%d\" y=\"%d\">flagged (any phenomenon)</text>\n</svg>\n",
            80 + 9 * 90 + 6, H - 24, 80 + 9 * 90 + 16, H - 20);
    return ferror(f) ? THERMO_ERR_IO : THERMO_OK;
}

/* safetensors: u64 header length N, N bytes of JSON (padded with spaces to a multiple of 8, as
   the Rust crate writes it), then each tensor's little-endian bytes at its data_offsets. */
THERMODEF thermo_status thermo_write_sigma(FILE *f, const thermo_report *report) {
    long start = ftell(f), end;
    unsigned char length[8] = {0};
    uint64_t offset = 0, header;
    int i;
    if (start < 0 || fwrite(length, 1, 8, f) != 8) return THERMO_ERR_IO;
    fprintf(f, "{\"__metadata__\":{\"format\":\"thermo singular values\",\"thermo\":\"%s\","
               "\"spectrum_version\":\"%d\"}", THERMO_VERSION, THERMO_SPECTRUM_VERSION);
    for (i = 0; i < report->n_rows; i++) {
        const thermo_row *r = &report->rows[i];
        fputc(',', f);
        thermo__json_put_string(f, r->name, strlen(r->name));
        fprintf(f, ":{\"dtype\":\"F64\",\"shape\":[%lld],\"data_offsets\":[%llu,%llu]}", (long long)r->n_sigma,
                (unsigned long long)offset, (unsigned long long)(offset + 8 * (uint64_t)r->n_sigma));
        offset += 8 * (uint64_t)r->n_sigma;
    }
    fputc('}', f);
    if ((end = ftell(f)) < 0) return THERMO_ERR_IO;
    for (header = (uint64_t)(end - start) - 8; header % 8; header++) fputc(' ', f);
    for (i = 0; i < report->n_rows; i++) /* little-endian hosts */
        fwrite(report->rows[i].sigma, 8, (size_t)report->rows[i].n_sigma, f);
    for (i = 0; i < 8; i++) length[i] = (unsigned char)(header >> 8 * i);
    if (fseek(f, start, SEEK_SET) != 0 || fwrite(length, 1, 8, f) != 8 || fseek(f, 0, SEEK_END) != 0)
        return THERMO_ERR_IO;
    return ferror(f) ? THERMO_ERR_IO : THERMO_OK;
}


/* ============================== A. Unicode tables ============================== */
/* The tokenizer's Unicode data (section 5 declares the lookups), kept here, out of the way of
   the code: generated tables, then the functions that read them. */
#ifndef THERMO_NO_TOKENIZER
/* @@UNICODE-TABLES-BEGIN@@ */
/* Generated by tools/gen_unicode.py from the Unicode Character Database 15.0.0
   (UnicodeData, PropList, DerivedCoreProperties, DerivedNormalizationProps,
   CompositionExclusions, SpecialCasing).  Do not edit: `make unicode` regenerates and diffs. */
#define THERMO__U_SHIFT 7 /* stage 1 indexes blocks of 2^SHIFT code points */
static const uint8_t thermo__u_stage1[8704] = {
    0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,
    24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,41,41,42,43,44,45,
    46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,
    70,71,69,69,69,69,72,73,69,69,69,69,74,75,76,77,78,79,80,81,82,83,84,85,
    86,87,88,89,90,91,84,84,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,92,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,93,41,41,94,95,96,97,
    98,99,100,101,102,103,104,105,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,106,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,108,108,109,110,111,112,
    113,113,114,115,116,117,118,119,120,121,122,123,107,124,125,126,127,128,129,130,41,41,131,132,
    133,134,135,136,137,138,139,140,141,142,143,107,144,145,146,147,148,149,150,151,152,153,154,107,
    155,156,107,157,158,159,160,107,161,162,163,164,165,166,167,107,168,169,170,171,107,172,173,174,
    41,41,41,41,41,41,41,175,176,41,177,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,178,41,41,41,41,41,41,41,41,179,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    41,41,41,41,180,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    41,41,41,41,181,182,183,184,107,107,107,107,185,186,187,188,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,189,41,41,41,41,41,41,41,41,
    41,190,191,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,192,
    41,41,193,41,41,194,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    195,196,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,197,198,69,199,200,201,202,203,204,107,
    205,206,207,208,209,210,211,212,69,69,69,69,213,214,107,107,107,107,107,107,107,107,215,107,
    216,217,218,107,107,219,107,107,107,220,107,107,107,107,107,221,41,222,223,107,107,107,107,107,
    224,225,226,107,227,228,107,107,229,230,231,232,233,107,69,69,69,69,69,69,69,234,235,236,
    237,238,69,69,239,240,69,241,107,107,107,107,107,107,107,107,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,242,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,243,41,
    244,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,245,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,246,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,108,108,108,108,247,107,107,107,107,107,107,107,107,107,107,107,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,248,41,41,41,41,41,41,41,41,41,
    41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,249,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,250,251,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
    107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,
};
static const uint8_t thermo__u_stage2[32256] = {
    0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    3,3,3,3,3,3,3,3,3,3,2,2,2,2,2,2,2,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,2,2,2,2,5,
    2,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,2,2,2,2,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,2,2,2,2,2,2,2,
    8,2,9,2,2,0,2,8,2,2,10,10,8,11,2,2,8,10,9,2,10,10,10,2,
    12,12,12,12,12,12,4,12,12,12,12,12,12,12,12,12,4,12,12,12,12,12,12,2,
    4,12,12,12,12,12,4,6,13,13,13,13,13,13,6,13,13,13,13,13,13,13,13,13,
    6,13,13,13,13,13,13,2,6,13,13,13,13,13,6,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,4,6,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,4,6,12,13,12,13,12,13,12,13,12,6,14,11,12,13,12,13,
    6,12,13,12,13,12,13,14,11,4,6,12,13,12,13,12,13,11,4,6,12,13,12,13,
    12,13,4,6,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,4,6,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,12,13,12,13,12,13,11,
    6,4,4,6,4,6,4,4,6,4,4,4,6,6,4,4,4,4,6,4,4,6,4,4,
    4,6,6,6,4,4,6,4,12,13,4,6,4,6,4,4,6,4,6,6,4,6,4,12,
    13,4,4,4,6,4,6,4,4,6,6,15,4,6,6,6,15,15,15,15,14,14,11,14,
    14,11,14,14,11,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,6,12,13,
    12,13,12,13,4,6,12,13,12,13,12,13,12,13,12,13,13,14,14,11,12,13,4,4,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,4,6,12,13,4,6,4,6,4,6,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,6,6,6,6,6,6,4,4,6,4,4,6,
    6,4,6,4,4,4,4,6,4,6,4,6,4,6,4,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,15,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,9,9,9,9,9,9,9,9,
    9,15,15,15,15,15,15,15,15,15,2,2,2,2,15,15,15,15,15,15,15,15,15,15,
    15,15,2,2,2,2,2,2,8,8,8,8,8,8,2,2,9,9,9,9,9,2,2,2,
    2,2,2,2,15,2,15,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    16,16,16,16,16,17,16,16,16,16,16,16,16,17,17,16,17,16,17,16,16,18,19,19,
    19,19,18,20,19,19,19,19,19,21,21,22,22,22,22,23,23,19,19,19,19,22,22,19,
    22,22,19,19,24,24,24,24,25,19,19,19,19,17,17,17,26,26,16,26,26,27,17,19,
    19,19,17,17,17,19,19,28,17,17,17,19,19,19,19,17,18,19,19,17,29,30,30,29,
    30,30,29,17,17,17,17,17,17,17,17,17,17,17,17,17,4,6,4,6,31,2,4,6,
    0,0,9,6,6,6,32,4,0,0,0,0,8,33,12,32,12,12,12,0,12,0,12,12,
    13,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,0,4,4,4,4,4,
    4,4,12,12,13,13,13,13,13,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,13,13,13,13,13,4,11,11,14,34,34,11,11,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    11,11,11,6,14,11,2,4,6,14,4,6,6,4,4,4,12,12,4,12,4,4,4,12,
    4,4,4,4,12,12,12,4,4,4,4,4,4,4,4,4,4,12,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,6,6,6,6,6,6,6,6,
    6,13,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    13,13,6,13,6,6,6,13,6,6,6,6,13,13,13,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,12,13,4,6,4,6,4,6,4,6,
    4,6,2,17,17,17,17,17,28,28,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,12,13,4,6,4,6,4,
    6,4,6,4,6,4,6,6,12,13,12,13,4,6,12,13,4,6,12,13,12,13,12,13,
    4,6,12,13,12,13,12,13,4,6,12,13,12,13,12,13,12,13,12,13,12,13,4,6,
    12,13,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,0,
    0,15,2,2,2,2,2,2,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,11,
    6,2,2,0,0,2,2,2,0,19,17,17,17,17,19,17,17,17,35,19,17,17,17,17,
    17,17,19,19,19,19,19,19,17,17,19,17,17,35,36,17,37,38,39,40,41,42,43,44,
    45,46,46,47,48,49,2,50,2,51,52,2,17,19,2,45,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,0,0,0,0,15,15,15,15,2,2,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,17,17,17,17,17,17,17,17,
    53,54,55,2,0,2,2,2,15,15,56,56,56,56,56,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,57,58,59,53,54,55,60,61,16,16,22,19,17,17,17,17,17,19,17,17,19,
    3,3,3,3,3,3,3,3,3,3,2,2,2,2,15,15,62,15,15,15,15,9,9,9,
    9,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    56,15,56,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,56,2,15,17,17,
    17,17,17,17,17,0,2,17,17,17,17,19,17,15,15,17,17,2,19,17,17,19,15,15,
    3,3,3,3,3,3,3,3,3,3,15,15,15,2,2,15,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,0,0,15,63,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,17,19,17,17,19,17,17,19,
    19,19,17,19,19,17,19,17,17,17,19,17,19,17,19,17,19,17,17,0,0,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,28,
    28,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,17,17,17,17,17,17,17,19,17,15,15,2,2,
    2,2,15,0,0,19,2,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,17,17,17,17,15,17,17,17,17,17,17,17,17,17,15,17,17,17,
    15,17,17,17,17,17,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,19,19,19,0,0,2,0,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    2,15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,17,19,19,19,17,17,17,17,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,17,17,17,17,17,19,
    19,19,19,19,17,17,17,17,17,17,17,17,17,17,17,17,17,17,0,19,17,17,19,17,
    17,19,17,17,17,19,19,19,57,58,59,17,17,17,19,17,17,19,19,17,17,17,17,17,
    28,28,28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,56,15,15,15,15,15,15,
    15,56,15,15,56,15,15,15,15,15,28,28,64,15,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,65,28,28,15,17,19,17,17,28,28,28,31,31,31,31,31,31,31,31,
    15,15,28,28,2,2,3,3,3,3,3,3,3,3,3,3,2,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,28,28,28,0,15,15,15,15,15,15,15,15,0,0,15,
    15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,15,15,15,15,15,15,15,0,15,0,0,0,15,15,15,15,0,0,66,15,67,28,
    28,28,28,28,28,0,0,28,28,0,0,68,68,65,15,0,0,0,0,0,0,0,0,67,
    0,0,0,0,31,31,0,31,15,15,28,28,0,0,3,3,3,3,3,3,3,3,3,3,
    15,15,2,2,69,69,69,69,69,69,2,2,15,2,17,0,0,28,28,28,0,15,15,15,
    15,15,15,0,0,0,0,15,15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,15,31,0,15,31,0,
    15,15,0,0,66,0,28,28,28,28,28,0,0,0,0,28,28,0,0,28,28,65,0,0,
    0,28,0,0,0,0,0,0,0,31,31,31,15,0,31,0,0,0,0,0,0,0,3,3,
    3,3,3,3,3,3,3,3,28,28,15,15,15,28,2,0,0,0,0,0,0,0,0,0,
    0,28,28,28,0,15,15,15,15,15,15,15,15,15,0,15,15,15,0,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,
    15,0,15,15,0,15,15,15,15,15,0,0,66,15,28,28,28,28,28,28,28,28,0,28,
    28,28,0,28,28,65,0,0,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,28,28,0,0,3,3,3,3,3,3,3,3,3,3,2,2,0,0,0,0,0,0,
    0,15,28,28,28,28,28,28,0,28,28,28,0,15,15,15,15,15,15,15,15,0,0,15,
    15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,15,15,15,15,15,15,15,0,15,15,0,15,15,15,15,15,0,0,66,15,67,28,
    28,28,28,28,28,0,0,28,68,0,0,68,68,65,0,0,0,0,0,0,0,28,67,67,
    0,0,0,0,31,31,0,15,15,15,28,28,0,0,3,3,3,3,3,3,3,3,3,3,
    2,15,69,69,69,69,69,69,0,0,0,0,0,0,0,0,0,0,28,15,0,15,15,15,
    15,15,15,0,0,0,15,15,15,0,15,15,56,15,0,0,0,15,15,0,15,0,15,15,
    0,0,0,15,15,0,0,0,15,15,15,0,0,0,15,15,15,15,15,15,15,15,15,15,
    15,15,0,0,0,0,67,28,28,28,28,0,0,0,28,28,28,0,68,68,68,65,0,0,
    15,0,0,0,0,0,0,67,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,
    3,3,3,3,3,3,3,3,69,69,69,2,2,2,2,2,2,2,2,0,0,0,0,0,
    28,28,28,28,28,15,15,15,15,15,15,15,15,0,15,15,15,0,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,0,66,15,28,28,28,28,28,28,28,0,28,28,
    68,0,28,28,28,65,0,0,0,0,0,0,0,70,71,0,15,15,15,0,0,15,0,0,
    15,15,28,28,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,0,2,
    69,69,69,69,69,69,69,2,15,28,28,28,2,15,15,15,15,15,15,15,15,0,15,15,
    15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,0,0,66,15,28,28,
    68,28,67,28,28,0,28,68,68,0,68,68,28,65,0,0,0,0,0,0,0,67,67,0,
    0,0,0,0,0,15,15,0,15,15,28,28,0,0,3,3,3,3,3,3,3,3,3,3,
    0,15,15,28,0,0,0,0,0,0,0,0,0,0,0,0,28,28,28,28,15,15,15,15,
    15,15,15,15,15,0,15,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,65,65,15,67,28,28,28,28,28,28,0,28,28,28,0,68,68,68,65,15,2,
    0,0,0,0,15,15,15,67,69,69,69,69,69,69,69,15,15,15,28,28,0,0,3,3,
    3,3,3,3,3,3,3,3,69,69,69,69,69,69,69,69,69,2,15,15,15,15,15,15,
    0,28,28,28,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,0,15,15,15,15,15,15,15,15,15,0,15,0,0,15,15,15,15,15,15,15,0,
    0,0,72,0,0,0,0,67,28,28,28,28,28,0,28,0,28,28,68,28,68,68,68,67,
    0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,28,28,2,0,0,0,
    0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,28,15,9,28,28,28,28,73,73,65,0,0,0,0,2,
    15,15,15,15,15,15,15,28,74,74,74,74,28,28,28,2,3,3,3,3,3,3,3,3,
    3,3,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,0,15,0,15,15,
    15,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,0,15,0,15,15,15,15,15,15,15,15,15,15,28,15,9,28,28,28,28,
    75,75,65,28,28,15,0,0,15,15,15,15,15,0,15,0,76,76,76,76,28,28,28,0,
    3,3,3,3,3,3,3,3,3,3,0,0,9,9,15,15,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,2,2,2,2,
    19,19,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,69,69,69,69,69,69,
    69,69,69,69,2,19,2,19,2,77,2,2,2,2,28,28,15,15,15,31,15,15,15,15,
    0,15,15,15,15,31,15,15,15,15,31,15,15,15,15,31,15,15,15,15,31,15,15,15,
    15,15,15,15,15,15,15,15,15,31,15,15,15,0,0,0,0,78,79,80,81,80,80,82,
    80,82,79,79,79,79,28,28,79,80,17,17,65,2,17,17,15,15,15,15,15,28,28,28,
    28,28,28,80,28,28,28,28,0,28,28,28,28,80,28,28,28,28,80,28,28,28,28,80,
    28,28,28,28,80,28,28,28,28,28,28,28,28,28,28,28,28,80,28,28,28,0,2,2,
    2,2,2,2,2,2,19,2,2,2,2,2,2,0,2,2,2,2,2,2,2,2,2,2,
    2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,56,15,15,15,15,28,28,28,67,28,28,28,28,28,28,28,28,66,
    28,65,65,28,28,28,28,15,3,3,3,3,3,3,3,3,3,3,2,2,2,2,2,2,
    15,15,15,15,15,15,28,28,28,28,15,15,15,15,28,28,28,15,28,28,28,15,15,28,
    28,28,28,28,28,28,15,15,15,28,28,28,28,15,15,15,15,15,15,15,15,15,15,15,
    15,15,28,28,28,28,28,28,28,28,28,28,28,19,15,28,3,3,3,3,3,3,3,3,
    3,3,28,28,28,28,2,2,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,0,4,
    0,0,0,0,0,4,0,0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,2,9,6,6,6,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,83,83,83,83,83,83,83,83,83,83,83,83,83,83,83,
    83,83,83,83,83,83,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,83,83,83,83,83,83,83,83,83,83,83,83,83,83,83,83,
    83,83,83,83,83,83,83,83,83,83,83,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,15,15,15,15,0,0,15,15,15,15,15,15,15,0,15,0,15,15,15,15,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,0,15,15,15,15,0,0,15,15,15,15,15,15,15,0,
    15,0,15,15,15,15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,0,15,15,15,15,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,0,17,17,17,2,2,2,2,2,2,2,2,
    2,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,2,2,2,2,2,2,2,2,
    2,2,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,0,0,
    6,6,6,6,6,6,0,0,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,2,2,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,1,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,2,2,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,2,2,2,3,3,
    3,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,28,28,65,65,0,0,0,0,0,0,0,0,0,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,65,2,2,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,28,28,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,0,15,15,15,0,28,28,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,65,28,2,2,2,15,2,2,2,2,15,17,0,0,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,69,69,69,69,69,69,69,69,
    69,69,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,28,28,28,0,28,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,15,15,15,15,15,28,28,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,36,15,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,0,28,28,28,28,28,28,28,28,28,28,28,28,0,0,0,0,
    28,28,28,28,28,28,28,28,28,35,17,19,0,0,0,0,2,0,0,0,2,2,3,3,
    3,3,3,3,3,3,3,3,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,15,15,15,15,15,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,69,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,17,19,28,28,28,0,0,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,28,28,28,28,28,28,28,28,28,28,0,65,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,17,17,17,17,17,17,17,17,0,0,19,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,0,2,2,2,2,2,2,2,15,2,2,2,2,2,2,0,0,
    17,17,17,17,17,19,19,19,19,19,19,17,17,19,28,19,19,17,17,19,19,17,17,17,
    17,17,19,17,17,17,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,28,28,28,28,28,15,56,15,56,15,56,15,56,15,56,15,
    15,15,56,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,66,67,28,28,28,28,28,68,28,68,28,28,
    68,68,28,68,65,15,15,15,15,15,15,15,15,0,0,0,3,3,3,3,3,3,3,3,
    3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,17,19,17,17,17,
    17,17,17,17,2,2,2,2,2,2,2,2,2,2,2,0,28,28,28,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,28,28,28,28,28,28,28,28,28,65,65,28,28,15,15,3,3,3,3,3,3,3,3,
    3,3,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,66,28,
    28,28,28,28,28,28,28,28,28,28,65,65,0,0,0,0,0,0,0,0,2,2,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,66,0,0,0,2,2,2,2,2,3,3,3,3,3,3,3,3,
    3,3,0,0,0,15,15,15,3,3,3,3,3,3,3,3,3,3,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,2,2,6,6,6,6,6,6,6,6,6,0,0,0,0,0,0,0,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,0,0,4,4,4,
    2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,17,17,17,2,24,19,19,19,
    19,19,17,17,19,19,19,19,17,28,24,24,24,24,24,24,24,15,15,15,15,19,15,15,
    15,15,15,15,17,15,15,28,17,17,15,0,0,0,0,0,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,9,9,9,15,9,9,9,9,9,9,9,9,
    9,9,9,15,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,15,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,6,6,6,6,6,6,6,6,6,6,6,6,6,9,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,17,17,19,17,17,17,17,17,
    17,17,19,17,17,30,84,19,21,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
    17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,18,36,
    36,19,85,17,29,19,17,19,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,13,13,13,13,11,86,6,6,4,6,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,
    12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,12,13,4,6,4,6,4,6,
    13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,13,13,13,13,13,13,0,0,
    12,12,12,12,12,12,0,0,13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,
    13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,13,13,13,13,13,13,0,0,
    12,12,12,12,12,12,0,0,13,13,13,13,13,13,13,13,0,12,0,12,0,12,0,12,
    13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,13,87,13,87,13,87,13,87,
    13,87,13,87,13,87,0,0,13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,
    13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,13,13,13,13,13,13,13,13,
    12,12,12,12,12,12,12,12,13,13,13,13,13,0,13,13,12,12,12,88,12,8,87,8,
    8,33,13,13,13,0,13,13,12,88,12,88,12,33,33,33,13,13,13,87,0,0,13,13,
    12,12,12,88,0,33,33,33,13,13,13,87,13,13,13,13,12,12,12,88,12,33,89,32,
    0,0,13,13,13,0,13,13,12,88,12,88,12,89,8,0,90,90,7,7,7,7,7,7,
    7,7,7,0,91,91,0,0,2,8,2,2,2,2,2,8,2,2,2,2,2,2,2,2,
    2,2,2,2,8,8,8,2,1,1,0,0,0,0,0,7,2,2,2,8,8,2,8,8,
    2,2,2,2,8,2,8,5,5,2,2,2,2,2,2,8,8,8,2,2,2,2,2,2,
    2,2,2,2,5,2,2,8,2,2,2,2,2,2,2,7,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,10,9,0,0,10,10,10,10,10,10,8,8,8,8,8,9,
    10,10,10,10,10,10,10,10,10,10,8,8,8,8,8,0,9,9,9,9,9,9,9,9,
    9,9,9,9,9,0,0,0,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,17,17,24,24,17,17,17,17,24,24,24,17,17,28,28,28,
    28,17,28,28,28,24,24,17,19,17,24,24,19,19,19,19,17,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,8,8,14,8,2,8,8,14,2,8,11,14,14,14,11,11,
    14,14,14,11,2,14,8,2,2,14,14,14,14,14,2,2,8,8,8,2,14,2,88,2,
    14,2,88,88,14,14,2,11,14,14,4,14,11,9,9,9,9,11,2,8,11,11,14,14,
    8,2,2,2,2,14,11,11,11,11,2,2,2,2,6,2,10,10,10,10,10,10,10,10,
    10,10,10,10,10,10,10,10,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,
    92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,3,3,3,4,6,3,3,3,
    3,10,2,2,0,0,0,0,2,2,2,2,2,2,2,2,2,2,93,93,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,93,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,93,93,93,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,93,2,2,2,2,93,2,2,93,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,93,2,93,2,2,2,2,2,8,8,2,8,
    8,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,93,2,2,93,2,2,93,
    2,93,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    93,2,93,2,2,2,2,2,2,2,2,2,2,93,93,93,93,93,2,2,93,93,2,2,
    93,93,2,2,2,2,2,2,93,93,2,2,93,93,2,2,93,93,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,93,93,93,93,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,93,93,93,93,2,2,2,2,2,2,93,93,93,93,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,32,32,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,
    10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,
    10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,94,94,
    94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,
    94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,
    94,94,10,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,8,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,8,8,8,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,32,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    4,6,4,4,4,6,6,4,6,4,6,4,6,4,4,4,4,6,4,6,6,4,6,6,
    6,6,6,6,9,9,4,4,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,6,2,2,2,2,2,2,4,6,4,6,17,
    17,17,4,6,0,0,0,0,0,2,2,2,2,69,2,2,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,0,6,0,0,0,0,0,6,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,0,0,0,0,0,9,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,65,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,
    15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,
    15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,
    17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
    17,17,17,17,17,17,17,17,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,15,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,2,2,2,2,8,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,8,0,0,0,0,0,0,0,0,0,0,0,0,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,7,2,2,2,2,15,15,3,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,3,3,3,3,3,3,3,3,3,85,36,18,35,95,95,2,15,15,15,15,15,8,2,
    92,92,92,15,15,2,2,2,0,15,15,15,15,15,15,15,15,15,15,15,56,15,56,15,
    56,15,56,15,56,15,56,15,56,15,56,15,56,15,56,15,56,15,56,15,15,56,15,56,
    15,56,15,15,15,15,15,15,56,56,15,56,56,15,56,56,15,56,56,15,56,56,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,56,15,15,0,
    0,96,96,8,8,15,56,9,2,15,15,15,15,15,15,15,15,15,15,15,56,15,56,15,
    56,15,56,15,56,15,56,15,56,15,56,15,56,15,56,15,56,15,56,15,15,56,15,56,
    15,56,15,15,15,15,15,15,56,56,15,56,56,15,56,56,15,56,56,15,56,56,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,56,15,15,56,
    56,56,56,2,15,15,56,9,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,0,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,0,2,2,10,10,10,10,8,8,8,8,8,8,8,8,8,8,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,0,10,10,10,10,10,10,10,10,10,10,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    69,69,69,69,69,69,69,69,8,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,2,10,10,10,10,10,10,10,10,10,10,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,2,2,15,15,15,15,15,15,15,15,15,15,15,15,15,2,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,3,3,3,3,3,3,3,3,
    3,3,15,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,15,17,
    28,28,28,2,17,17,17,17,17,17,17,17,17,17,2,15,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,9,9,17,17,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,3,3,
    3,3,3,3,3,3,3,3,17,17,2,2,2,2,2,2,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,15,
    15,15,15,15,15,15,15,15,2,2,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    6,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,9,6,6,6,6,6,6,6,
    6,4,6,4,6,4,4,6,4,6,4,6,4,6,4,6,15,2,2,4,6,4,6,15,
    4,6,4,6,6,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,4,4,4,4,6,4,4,4,4,4,6,4,6,4,6,4,6,4,6,4,6,
    4,6,4,6,4,4,4,4,6,4,6,0,0,0,0,0,4,6,0,6,0,6,4,6,
    4,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,9,9,9,4,6,15,9,9,6,15,15,15,15,15,15,15,28,15,15,15,65,15,
    15,15,15,28,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,28,28,28,28,28,2,2,2,2,65,0,0,0,69,69,69,69,69,69,2,2,
    2,2,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,2,2,2,2,0,0,0,0,0,0,0,0,
    28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,65,28,0,0,
    0,0,0,0,0,0,2,2,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,
    17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,15,15,15,15,15,15,
    2,2,2,15,2,15,15,28,3,3,3,3,3,3,3,3,3,3,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,
    28,28,28,19,19,19,2,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,28,28,28,65,0,0,0,0,
    0,0,0,0,0,0,0,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,28,28,28,28,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,66,28,28,28,28,
    28,28,28,28,28,28,28,28,65,2,2,2,2,2,2,2,2,2,2,2,2,2,0,15,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,2,2,15,15,15,15,15,28,15,15,
    15,15,15,15,15,15,15,15,3,3,3,3,3,3,3,3,3,3,15,15,15,15,15,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,0,0,0,0,0,0,0,0,0,15,15,15,28,15,15,15,15,
    15,15,15,15,28,28,0,0,3,3,3,3,3,3,3,3,3,3,0,0,2,2,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,2,
    2,2,15,28,28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,17,15,17,17,19,15,15,17,17,15,15,15,15,15,17,17,
    15,17,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,15,15,15,2,2,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,
    2,2,15,15,15,28,65,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,0,
    0,15,15,15,15,15,15,0,0,15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,0,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,2,9,9,9,9,6,6,6,6,6,6,6,6,
    6,9,2,2,0,0,0,0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,28,28,28,28,28,28,28,28,2,28,65,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,15,15,
    31,15,31,15,15,31,31,31,31,31,31,31,31,31,31,15,31,15,31,15,15,31,31,15,
    15,15,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,0,0,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    11,11,11,11,11,11,11,0,0,0,0,0,0,0,0,0,0,0,0,11,11,11,11,11,
    0,0,0,0,0,31,97,31,9,9,9,9,9,9,9,9,9,8,31,31,31,31,31,31,
    31,31,31,31,31,31,31,0,31,31,31,31,31,0,31,0,31,31,0,31,31,0,31,31,
    31,31,31,31,31,31,31,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    0,0,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    9,9,9,9,9,9,9,9,9,9,9,9,8,2,2,2,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,8,8,8,8,8,8,8,8,8,8,0,0,0,0,0,0,
    17,17,17,17,17,17,17,19,19,19,19,19,19,19,17,17,8,8,8,94,94,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,2,2,8,8,8,8,8,8,94,94,94,
    8,8,8,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,0,
    8,8,8,8,0,0,0,0,9,9,9,15,9,0,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,0,0,0,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    92,92,92,92,92,92,92,92,92,92,8,8,8,8,8,8,8,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,8,8,8,8,94,
    8,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,8,8,8,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,0,0,0,9,9,9,9,9,9,0,0,9,9,9,9,9,9,
    0,0,9,9,9,9,9,9,0,0,9,9,9,0,0,0,8,8,8,8,8,8,8,0,
    8,8,8,8,8,8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,15,15,0,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,2,2,2,0,0,0,0,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,0,0,0,2,
    2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,3,3,3,3,69,69,69,69,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,69,69,2,2,2,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,19,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,19,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    69,69,69,69,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,3,15,15,15,15,15,15,15,15,3,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,17,17,17,17,17,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,0,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,
    15,15,15,15,15,15,15,15,2,3,3,3,3,3,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,0,0,0,0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,0,0,0,0,0,0,0,0,0,0,0,2,4,4,4,4,4,4,4,4,
    4,4,4,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,0,4,4,4,4,
    4,4,4,0,4,4,0,6,6,6,6,6,6,6,6,6,6,6,0,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,0,6,6,6,6,6,6,6,0,6,6,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,9,9,9,9,9,0,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,0,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,0,0,15,0,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,15,15,0,0,0,15,0,0,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,2,
    69,69,69,69,69,69,69,69,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,2,2,69,69,69,69,69,69,69,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    0,0,0,0,0,0,0,69,69,69,69,69,69,69,69,69,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,15,15,0,0,0,0,0,69,69,69,69,69,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,69,69,
    69,69,69,69,0,0,0,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,2,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,69,69,15,15,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,0,0,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,15,28,28,28,0,28,28,0,
    0,0,0,0,28,19,28,17,15,15,15,15,0,15,15,15,0,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,
    17,24,19,0,0,0,0,65,69,69,69,69,69,69,69,69,69,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,69,69,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,69,69,69,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,17,19,0,0,0,0,69,69,69,69,69,2,2,2,2,2,2,2,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,2,2,2,2,2,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,
    69,69,69,69,69,69,69,69,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,0,0,0,0,0,69,69,69,69,69,69,69,69,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,2,2,2,2,0,0,0,
    0,0,0,0,0,0,0,0,0,69,69,69,69,69,69,69,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,0,0,0,0,0,0,0,69,69,69,69,69,69,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,17,17,17,17,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,0,17,17,2,0,0,15,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,19,19,19,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,69,69,69,
    69,69,69,69,69,69,69,15,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,19,19,17,17,17,19,17,19,19,19,
    19,69,69,69,69,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,17,19,17,19,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,69,69,69,
    69,69,69,69,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    0,0,0,0,0,0,0,0,28,28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,65,2,2,2,2,2,2,2,0,0,0,0,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,3,3,3,3,3,3,3,3,3,3,
    65,15,15,28,28,15,0,0,0,0,0,0,0,0,0,65,28,28,28,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,56,15,56,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,56,15,15,15,15,28,28,28,28,28,28,28,28,
    28,65,64,2,2,0,2,2,2,2,28,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,
    17,17,17,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,67,28,28,28,28,28,28,68,68,
    28,28,28,65,65,0,3,3,3,3,3,3,3,3,3,3,2,2,2,2,15,28,28,15,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,66,2,2,15,0,
    0,0,0,0,0,0,0,0,28,28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,28,28,28,28,
    65,15,15,15,15,2,2,2,2,28,66,28,28,2,28,28,3,3,3,3,3,3,3,3,
    3,3,15,2,15,2,2,2,0,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,65,66,28,
    2,2,2,2,2,2,28,15,15,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,0,15,0,15,15,15,15,0,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,0,15,15,15,15,15,15,15,15,15,15,2,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,
    28,28,28,28,28,28,28,28,28,66,65,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,0,28,28,28,28,0,15,15,15,15,15,15,15,15,0,0,15,
    15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,15,15,15,15,15,15,15,0,15,15,0,15,15,15,15,15,0,66,66,15,67,28,
    28,28,28,28,28,0,0,28,28,0,0,68,68,65,0,0,15,0,0,0,0,0,0,67,
    0,0,0,0,0,15,15,15,15,15,28,28,0,0,17,17,17,17,17,17,17,0,0,0,
    17,17,17,17,17,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,
    28,28,28,28,28,28,28,28,28,28,65,28,28,28,66,15,15,15,15,2,2,2,2,2,
    3,3,3,3,3,3,3,3,3,3,2,2,0,2,17,15,15,15,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    67,28,28,28,28,28,28,28,28,28,67,68,68,67,68,28,28,28,65,66,15,15,2,15,
    0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,67,28,28,28,28,28,28,0,0,28,28,68,68,28,28,28,65,
    66,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    15,15,15,15,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,65,28,2,2,2,15,0,0,0,0,0,0,0,0,0,0,0,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,
    28,28,28,28,28,28,65,66,15,2,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,0,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,65,0,0,0,0,3,3,3,3,3,3,3,3,3,3,69,69,2,2,2,2,
    15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,28,28,28,
    28,65,66,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    3,3,3,3,3,3,3,3,3,3,69,69,69,69,69,69,69,69,69,0,0,0,0,0,
    0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,0,0,15,0,0,15,15,15,15,
    15,15,15,15,0,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,67,28,28,28,28,28,0,28,68,0,0,28,28,65,65,15,
    28,15,28,66,2,2,2,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,28,28,28,28,28,28,28,0,0,28,28,28,28,28,28,65,15,2,15,28,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,28,28,28,28,28,28,28,28,28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,28,65,28,28,28,28,28,15,28,28,28,28,2,2,2,2,2,2,2,2,65,
    0,0,0,0,0,0,0,0,15,28,28,28,28,28,28,28,28,28,28,28,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,65,2,2,2,15,2,2,2,2,2,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,
    28,28,28,28,28,28,28,0,28,28,28,28,28,28,28,65,15,2,2,2,2,2,0,0,
    0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,0,0,0,2,2,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    0,28,28,28,28,28,28,28,28,28,28,28,28,28,28,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,0,
    15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,28,0,
    0,0,28,0,28,28,0,28,28,28,66,28,65,65,15,28,0,0,0,0,0,0,0,0,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,15,15,15,15,15,15,0,15,
    15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,28,28,28,28,28,0,28,28,0,28,28,28,28,65,
    15,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,28,28,28,28,2,2,0,0,0,0,0,0,0,28,28,15,28,15,15,15,15,
    15,15,15,15,15,15,15,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,28,28,28,28,
    28,28,28,0,0,0,28,28,28,65,65,2,2,2,2,2,2,2,2,2,2,2,2,2,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,
    0,0,0,0,0,0,0,2,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,0,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,28,15,15,15,15,15,15,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,2,2,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,0,0,24,24,24,24,24,2,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    17,17,17,17,17,17,17,2,2,2,2,2,2,2,2,2,15,15,15,15,2,2,0,0,
    0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,69,69,69,69,69,
    69,69,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,6,6,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,2,
    2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,28,15,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    0,0,0,0,0,0,0,28,28,28,28,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,2,15,28,0,0,0,
    0,0,0,0,0,0,0,0,98,98,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,0,15,15,15,
    15,15,15,15,0,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,0,0,15,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,0,0,0,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,0,0,2,28,24,2,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,0,0,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,32,32,32,32,32,32,32,77,77,24,
    24,24,2,2,2,99,77,77,77,77,77,0,0,0,0,0,0,0,0,19,19,19,19,19,
    19,19,19,2,2,17,17,17,17,17,19,19,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,17,17,17,17,2,2,
    2,2,2,2,2,2,2,2,2,2,2,32,32,32,32,32,32,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,17,17,17,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,0,0,0,0,0,0,0,0,0,0,0,0,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,0,0,0,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,0,0,0,0,0,0,0,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,11,11,11,11,11,11,11,0,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,14,0,14,14,
    0,0,14,0,0,14,14,0,0,14,14,14,14,0,14,14,14,14,14,14,14,14,11,11,
    11,11,0,11,0,11,11,11,11,11,11,11,0,11,11,11,11,11,11,11,11,11,11,11,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,14,14,0,14,14,14,14,0,0,14,14,14,14,14,14,14,14,0,14,14,
    14,14,14,14,14,0,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,14,14,0,14,14,14,14,0,14,14,14,14,14,0,14,0,
    0,0,14,14,14,14,14,14,14,0,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,8,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,8,11,11,11,11,
    11,11,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,8,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,8,11,11,11,11,11,11,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,8,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,8,11,11,11,11,11,11,14,14,
    14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,8,
    11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,8,11,11,11,11,11,11,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,
    14,14,14,14,14,14,14,14,14,8,11,11,11,11,11,11,11,11,11,11,11,11,11,11,
    11,11,11,11,11,11,11,11,11,11,11,8,11,11,11,11,11,11,14,11,0,0,92,92,
    92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,
    92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,92,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,2,2,2,2,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,2,2,2,2,2,2,2,2,28,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,28,2,2,2,2,2,2,2,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,28,28,28,28,28,0,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,6,6,6,6,6,6,6,
    6,6,15,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,0,
    0,0,0,0,0,6,6,6,6,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    17,17,17,17,17,17,17,0,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
    17,0,0,17,17,17,17,17,17,17,0,17,17,0,17,17,17,17,17,0,0,0,0,0,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,17,17,17,17,17,17,17,15,
    15,15,15,15,15,15,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,0,15,2,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,17,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,17,17,17,17,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,18,18,19,17,
    3,3,3,3,3,3,3,3,3,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,0,
    15,15,15,15,0,15,15,0,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,69,
    69,69,69,69,69,69,69,69,19,19,19,19,19,19,19,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
    4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,6,6,6,6,6,6,
    6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
    6,6,6,6,17,17,17,17,17,17,66,15,0,0,0,0,3,3,3,3,3,3,3,3,
    3,3,0,0,0,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,2,69,69,69,
    2,69,69,69,69,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,69,69,69,69,2,69,69,69,69,69,69,69,69,69,69,69,69,69,69,69,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,0,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    0,9,9,0,9,0,0,9,0,9,9,9,9,9,9,9,9,9,9,0,9,9,9,9,
    0,9,0,9,0,0,0,0,0,0,9,0,0,0,0,9,0,9,0,9,0,9,9,9,
    0,9,9,0,9,0,0,9,0,9,0,9,0,9,0,9,0,9,9,0,9,0,0,9,
    9,9,9,0,9,9,9,9,9,9,9,0,9,9,9,9,0,9,9,9,9,0,9,0,
    9,9,9,9,9,9,9,9,9,9,0,9,9,9,9,9,9,9,9,9,9,9,9,9,
    9,9,9,9,0,0,0,0,0,9,9,9,0,9,9,9,9,9,0,9,9,9,9,9,
    9,9,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,
    10,10,10,10,10,10,10,10,10,10,10,69,69,2,2,2,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,2,
    94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,94,
    94,94,8,8,8,8,8,8,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,
    5,5,5,5,5,5,5,5,5,5,8,8,8,2,2,2,5,5,5,5,5,5,5,5,
    5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,2,2,2,2,2,2,
    8,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,8,8,0,0,0,0,0,
    0,0,0,0,0,0,0,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,
    8,8,8,8,0,0,0,0,8,8,8,8,8,8,8,8,8,0,0,0,0,0,0,0,
    8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,0,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,
    2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,2,2,2,2,2,2,2,0,0,
    0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,
    2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,
    2,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    92,92,92,92,92,92,92,92,92,92,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,
    31,31,31,31,31,31,31,31,31,31,31,31,31,31,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,
    28,28,28,28,28,28,28,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
};
static const uint16_t thermo__u_props[100] = { /* flags | ccc << 8 */
    0,8,0,18,17,16,17,136,128,145,130,145,81,81,145,17,
    58932,58900,59412,56340,55348,51732,56372,51764,276,308,58996,61492,20,59668,59924,113,
    96,192,209,56852,58388,2580,2836,3092,3348,3604,3860,4116,4372,4628,4884,5140,
    5396,5652,5908,6164,6420,7700,7956,8212,81,6932,7188,7444,8468,8724,8980,9236,
    1844,2324,1812,52,84,2,21524,23348,2356,26388,27412,30228,31252,55316,33044,33300,
    116,33812,148,49,54804,55828,209,113,113,224,232,16,146,64,144,57364,
    2100,6676,1556,57876,
};
static const uint8_t thermo__u_classes[100] = { /* class bits of the same entry */
    0,0,4,0,1,4,2,0,4,0,0,2,1,2,1,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,4,4,1,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,1,4,0,0,0,4,4,0,
    0,0,0,0,
};
#define THERMO__N_DECOMP 2061
static const uint32_t thermo__decomp_cp[2061] = { /* sorted */
    192,193,194,195,196,197,199,200,201,202,203,204,
    205,206,207,209,210,211,212,213,214,217,218,219,
    220,221,224,225,226,227,228,229,231,232,233,234,
    235,236,237,238,239,241,242,243,244,245,246,249,
    250,251,252,253,255,256,257,258,259,260,261,262,
    263,264,265,266,267,268,269,270,271,274,275,276,
    277,278,279,280,281,282,283,284,285,286,287,288,
    289,290,291,292,293,296,297,298,299,300,301,302,
    303,304,308,309,310,311,313,314,315,316,317,318,
    323,324,325,326,327,328,332,333,334,335,336,337,
    340,341,342,343,344,345,346,347,348,349,350,351,
    352,353,354,355,356,357,360,361,362,363,364,365,
    366,367,368,369,370,371,372,373,374,375,376,377,
    378,379,380,381,382,416,417,431,432,461,462,463,
    464,465,466,467,468,469,470,471,472,473,474,475,
    476,478,479,480,481,482,483,486,487,488,489,490,
    491,492,493,494,495,496,500,501,504,505,506,507,
    508,509,510,511,512,513,514,515,516,517,518,519,
    520,521,522,523,524,525,526,527,528,529,530,531,
    532,533,534,535,536,537,538,539,542,543,550,551,
    552,553,554,555,556,557,558,559,560,561,562,563,
    832,833,835,836,884,894,901,902,903,904,905,906,
    908,910,911,912,938,939,940,941,942,943,944,970,
    971,972,973,974,979,980,1024,1025,1027,1031,1036,1037,
    1038,1049,1081,1104,1105,1107,1111,1116,1117,1118,1142,1143,
    1217,1218,1232,1233,1234,1235,1238,1239,1242,1243,1244,1245,
    1246,1247,1250,1251,1252,1253,1254,1255,1258,1259,1260,1261,
    1262,1263,1264,1265,1266,1267,1268,1269,1272,1273,1570,1571,
    1572,1573,1574,1728,1730,1747,2345,2353,2356,2392,2393,2394,
    2395,2396,2397,2398,2399,2507,2508,2524,2525,2527,2611,2614,
    2649,2650,2651,2654,2888,2891,2892,2908,2909,2964,3018,3019,
    3020,3144,3264,3271,3272,3274,3275,3402,3403,3404,3546,3548,
    3549,3550,3907,3917,3922,3927,3932,3945,3955,3957,3958,3960,
    3969,3987,3997,4002,4007,4012,4025,4134,6918,6920,6922,6924,
    6926,6930,6971,6973,6976,6977,6979,7680,7681,7682,7683,7684,
    7685,7686,7687,7688,7689,7690,7691,7692,7693,7694,7695,7696,
    7697,7698,7699,7700,7701,7702,7703,7704,7705,7706,7707,7708,
    7709,7710,7711,7712,7713,7714,7715,7716,7717,7718,7719,7720,
    7721,7722,7723,7724,7725,7726,7727,7728,7729,7730,7731,7732,
    7733,7734,7735,7736,7737,7738,7739,7740,7741,7742,7743,7744,
    7745,7746,7747,7748,7749,7750,7751,7752,7753,7754,7755,7756,
    7757,7758,7759,7760,7761,7762,7763,7764,7765,7766,7767,7768,
    7769,7770,7771,7772,7773,7774,7775,7776,7777,7778,7779,7780,
    7781,7782,7783,7784,7785,7786,7787,7788,7789,7790,7791,7792,
    7793,7794,7795,7796,7797,7798,7799,7800,7801,7802,7803,7804,
    7805,7806,7807,7808,7809,7810,7811,7812,7813,7814,7815,7816,
    7817,7818,7819,7820,7821,7822,7823,7824,7825,7826,7827,7828,
    7829,7830,7831,7832,7833,7835,7840,7841,7842,7843,7844,7845,
    7846,7847,7848,7849,7850,7851,7852,7853,7854,7855,7856,7857,
    7858,7859,7860,7861,7862,7863,7864,7865,7866,7867,7868,7869,
    7870,7871,7872,7873,7874,7875,7876,7877,7878,7879,7880,7881,
    7882,7883,7884,7885,7886,7887,7888,7889,7890,7891,7892,7893,
    7894,7895,7896,7897,7898,7899,7900,7901,7902,7903,7904,7905,
    7906,7907,7908,7909,7910,7911,7912,7913,7914,7915,7916,7917,
    7918,7919,7920,7921,7922,7923,7924,7925,7926,7927,7928,7929,
    7936,7937,7938,7939,7940,7941,7942,7943,7944,7945,7946,7947,
    7948,7949,7950,7951,7952,7953,7954,7955,7956,7957,7960,7961,
    7962,7963,7964,7965,7968,7969,7970,7971,7972,7973,7974,7975,
    7976,7977,7978,7979,7980,7981,7982,7983,7984,7985,7986,7987,
    7988,7989,7990,7991,7992,7993,7994,7995,7996,7997,7998,7999,
    8000,8001,8002,8003,8004,8005,8008,8009,8010,8011,8012,8013,
    8016,8017,8018,8019,8020,8021,8022,8023,8025,8027,8029,8031,
    8032,8033,8034,8035,8036,8037,8038,8039,8040,8041,8042,8043,
    8044,8045,8046,8047,8048,8049,8050,8051,8052,8053,8054,8055,
    8056,8057,8058,8059,8060,8061,8064,8065,8066,8067,8068,8069,
    8070,8071,8072,8073,8074,8075,8076,8077,8078,8079,8080,8081,
    8082,8083,8084,8085,8086,8087,8088,8089,8090,8091,8092,8093,
    8094,8095,8096,8097,8098,8099,8100,8101,8102,8103,8104,8105,
    8106,8107,8108,8109,8110,8111,8112,8113,8114,8115,8116,8118,
    8119,8120,8121,8122,8123,8124,8126,8129,8130,8131,8132,8134,
    8135,8136,8137,8138,8139,8140,8141,8142,8143,8144,8145,8146,
    8147,8150,8151,8152,8153,8154,8155,8157,8158,8159,8160,8161,
    8162,8163,8164,8165,8166,8167,8168,8169,8170,8171,8172,8173,
    8174,8175,8178,8179,8180,8182,8183,8184,8185,8186,8187,8188,
    8189,8192,8193,8486,8490,8491,8602,8603,8622,8653,8654,8655,
    8708,8713,8716,8740,8742,8769,8772,8775,8777,8800,8802,8813,
    8814,8815,8816,8817,8820,8821,8824,8825,8832,8833,8836,8837,
    8840,8841,8876,8877,8878,8879,8928,8929,8930,8931,8938,8939,
    8940,8941,9001,9002,10972,12364,12366,12368,12370,12372,12374,12376,
    12378,12380,12382,12384,12386,12389,12391,12393,12400,12401,12403,12404,
    12406,12407,12409,12410,12412,12413,12436,12446,12460,12462,12464,12466,
    12468,12470,12472,12474,12476,12478,12480,12482,12485,12487,12489,12496,
    12497,12499,12500,12502,12503,12505,12506,12508,12509,12532,12535,12536,
    12537,12538,12542,63744,63745,63746,63747,63748,63749,63750,63751,63752,
    63753,63754,63755,63756,63757,63758,63759,63760,63761,63762,63763,63764,
    63765,63766,63767,63768,63769,63770,63771,63772,63773,63774,63775,63776,
    63777,63778,63779,63780,63781,63782,63783,63784,63785,63786,63787,63788,
    63789,63790,63791,63792,63793,63794,63795,63796,63797,63798,63799,63800,
    63801,63802,63803,63804,63805,63806,63807,63808,63809,63810,63811,63812,
    63813,63814,63815,63816,63817,63818,63819,63820,63821,63822,63823,63824,
    63825,63826,63827,63828,63829,63830,63831,63832,63833,63834,63835,63836,
    63837,63838,63839,63840,63841,63842,63843,63844,63845,63846,63847,63848,
    63849,63850,63851,63852,63853,63854,63855,63856,63857,63858,63859,63860,
    63861,63862,63863,63864,63865,63866,63867,63868,63869,63870,63871,63872,
    63873,63874,63875,63876,63877,63878,63879,63880,63881,63882,63883,63884,
    63885,63886,63887,63888,63889,63890,63891,63892,63893,63894,63895,63896,
    63897,63898,63899,63900,63901,63902,63903,63904,63905,63906,63907,63908,
    63909,63910,63911,63912,63913,63914,63915,63916,63917,63918,63919,63920,
    63921,63922,63923,63924,63925,63926,63927,63928,63929,63930,63931,63932,
    63933,63934,63935,63936,63937,63938,63939,63940,63941,63942,63943,63944,
    63945,63946,63947,63948,63949,63950,63951,63952,63953,63954,63955,63956,
    63957,63958,63959,63960,63961,63962,63963,63964,63965,63966,63967,63968,
    63969,63970,63971,63972,63973,63974,63975,63976,63977,63978,63979,63980,
    63981,63982,63983,63984,63985,63986,63987,63988,63989,63990,63991,63992,
    63993,63994,63995,63996,63997,63998,63999,64000,64001,64002,64003,64004,
    64005,64006,64007,64008,64009,64010,64011,64012,64013,64016,64018,64021,
    64022,64023,64024,64025,64026,64027,64028,64029,64030,64032,64034,64037,
    64038,64042,64043,64044,64045,64046,64047,64048,64049,64050,64051,64052,
    64053,64054,64055,64056,64057,64058,64059,64060,64061,64062,64063,64064,
    64065,64066,64067,64068,64069,64070,64071,64072,64073,64074,64075,64076,
    64077,64078,64079,64080,64081,64082,64083,64084,64085,64086,64087,64088,
    64089,64090,64091,64092,64093,64094,64095,64096,64097,64098,64099,64100,
    64101,64102,64103,64104,64105,64106,64107,64108,64109,64112,64113,64114,
    64115,64116,64117,64118,64119,64120,64121,64122,64123,64124,64125,64126,
    64127,64128,64129,64130,64131,64132,64133,64134,64135,64136,64137,64138,
    64139,64140,64141,64142,64143,64144,64145,64146,64147,64148,64149,64150,
    64151,64152,64153,64154,64155,64156,64157,64158,64159,64160,64161,64162,
    64163,64164,64165,64166,64167,64168,64169,64170,64171,64172,64173,64174,
    64175,64176,64177,64178,64179,64180,64181,64182,64183,64184,64185,64186,
    64187,64188,64189,64190,64191,64192,64193,64194,64195,64196,64197,64198,
    64199,64200,64201,64202,64203,64204,64205,64206,64207,64208,64209,64210,
    64211,64212,64213,64214,64215,64216,64217,64285,64287,64298,64299,64300,
    64301,64302,64303,64304,64305,64306,64307,64308,64309,64310,64312,64313,
    64314,64315,64316,64318,64320,64321,64323,64324,64326,64327,64328,64329,
    64330,64331,64332,64333,64334,69786,69788,69803,69934,69935,70475,70476,
    70843,70844,70846,71098,71099,71992,119134,119135,119136,119137,119138,119139,
    119140,119227,119228,119229,119230,119231,119232,194560,194561,194562,194563,194564,
    194565,194566,194567,194568,194569,194570,194571,194572,194573,194574,194575,194576,
    194577,194578,194579,194580,194581,194582,194583,194584,194585,194586,194587,194588,
    194589,194590,194591,194592,194593,194594,194595,194596,194597,194598,194599,194600,
    194601,194602,194603,194604,194605,194606,194607,194608,194609,194610,194611,194612,
    194613,194614,194615,194616,194617,194618,194619,194620,194621,194622,194623,194624,
    194625,194626,194627,194628,194629,194630,194631,194632,194633,194634,194635,194636,
    194637,194638,194639,194640,194641,194642,194643,194644,194645,194646,194647,194648,
    194649,194650,194651,194652,194653,194654,194655,194656,194657,194658,194659,194660,
    194661,194662,194663,194664,194665,194666,194667,194668,194669,194670,194671,194672,
    194673,194674,194675,194676,194677,194678,194679,194680,194681,194682,194683,194684,
    194685,194686,194687,194688,194689,194690,194691,194692,194693,194694,194695,194696,
    194697,194698,194699,194700,194701,194702,194703,194704,194705,194706,194707,194708,
    194709,194710,194711,194712,194713,194714,194715,194716,194717,194718,194719,194720,
    194721,194722,194723,194724,194725,194726,194727,194728,194729,194730,194731,194732,
    194733,194734,194735,194736,194737,194738,194739,194740,194741,194742,194743,194744,
    194745,194746,194747,194748,194749,194750,194751,194752,194753,194754,194755,194756,
    194757,194758,194759,194760,194761,194762,194763,194764,194765,194766,194767,194768,
    194769,194770,194771,194772,194773,194774,194775,194776,194777,194778,194779,194780,
    194781,194782,194783,194784,194785,194786,194787,194788,194789,194790,194791,194792,
    194793,194794,194795,194796,194797,194798,194799,194800,194801,194802,194803,194804,
    194805,194806,194807,194808,194809,194810,194811,194812,194813,194814,194815,194816,
    194817,194818,194819,194820,194821,194822,194823,194824,194825,194826,194827,194828,
    194829,194830,194831,194832,194833,194834,194835,194836,194837,194838,194839,194840,
    194841,194842,194843,194844,194845,194846,194847,194848,194849,194850,194851,194852,
    194853,194854,194855,194856,194857,194858,194859,194860,194861,194862,194863,194864,
    194865,194866,194867,194868,194869,194870,194871,194872,194873,194874,194875,194876,
    194877,194878,194879,194880,194881,194882,194883,194884,194885,194886,194887,194888,
    194889,194890,194891,194892,194893,194894,194895,194896,194897,194898,194899,194900,
    194901,194902,194903,194904,194905,194906,194907,194908,194909,194910,194911,194912,
    194913,194914,194915,194916,194917,194918,194919,194920,194921,194922,194923,194924,
    194925,194926,194927,194928,194929,194930,194931,194932,194933,194934,194935,194936,
    194937,194938,194939,194940,194941,194942,194943,194944,194945,194946,194947,194948,
    194949,194950,194951,194952,194953,194954,194955,194956,194957,194958,194959,194960,
    194961,194962,194963,194964,194965,194966,194967,194968,194969,194970,194971,194972,
    194973,194974,194975,194976,194977,194978,194979,194980,194981,194982,194983,194984,
    194985,194986,194987,194988,194989,194990,194991,194992,194993,194994,194995,194996,
    194997,194998,194999,195000,195001,195002,195003,195004,195005,195006,195007,195008,
    195009,195010,195011,195012,195013,195014,195015,195016,195017,195018,195019,195020,
    195021,195022,195023,195024,195025,195026,195027,195028,195029,195030,195031,195032,
    195033,195034,195035,195036,195037,195038,195039,195040,195041,195042,195043,195044,
    195045,195046,195047,195048,195049,195050,195051,195052,195053,195054,195055,195056,
    195057,195058,195059,195060,195061,195062,195063,195064,195065,195066,195067,195068,
    195069,195070,195071,195072,195073,195074,195075,195076,195077,195078,195079,195080,
    195081,195082,195083,195084,195085,195086,195087,195088,195089,195090,195091,195092,
    195093,195094,195095,195096,195097,195098,195099,195100,195101,
};
static const uint16_t thermo__decomp_at[2062] = { /* decomposition of decomp_cp[i]: pool[at[i]..at[i+1]) */
    0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,
    32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,
    64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,
    96,98,100,102,104,106,108,110,112,114,116,118,120,122,124,126,
    128,130,132,134,136,138,140,142,144,146,148,150,152,154,156,158,
    160,162,164,166,168,170,172,174,176,178,180,182,184,186,188,190,
    192,194,196,198,200,202,204,206,208,210,212,214,216,218,220,222,
    224,226,228,230,232,234,236,238,240,242,244,246,248,250,252,254,
    256,258,260,262,264,266,268,270,272,274,276,278,280,282,284,286,
    288,290,292,294,296,298,300,302,304,306,308,310,312,314,316,318,
    320,322,324,326,328,330,332,334,336,338,340,342,344,346,349,352,
    355,358,361,364,367,370,373,376,379,382,384,386,388,390,392,394,
    396,398,401,404,406,408,410,412,414,416,418,421,424,426,428,430,
    432,434,436,438,440,442,444,446,448,450,452,454,456,458,460,462,
    464,466,468,470,472,474,476,478,480,482,484,486,488,490,492,494,
    496,498,500,503,506,509,512,514,516,519,522,524,526,527,528,529,
    531,532,533,535,537,538,540,542,544,546,548,550,553,555,557,559,
    561,563,565,568,570,572,574,576,578,580,582,584,586,588,590,592,
    594,596,598,600,602,604,606,608,610,612,614,616,618,620,622,624,
    626,628,630,632,634,636,638,640,642,644,646,648,650,652,654,656,
    658,660,662,664,666,668,670,672,674,676,678,680,682,684,686,688,
    690,692,694,696,698,700,702,704,706,708,710,712,714,716,718,720,
    722,724,726,728,730,732,734,736,738,740,742,744,746,748,750,752,
    754,756,758,760,762,764,766,768,770,772,774,777,779,781,783,785,
    787,790,792,794,796,798,800,802,804,806,808,810,812,814,816,818,
    820,822,824,826,828,830,832,834,836,838,840,842,844,846,848,850,
    852,854,856,858,860,862,864,866,869,872,874,876,878,880,882,884,
    886,888,890,892,895,898,901,904,906,908,910,912,915,918,920,922,
    924,926,928,930,932,934,936,938,940,942,944,946,948,950,953,956,
    958,960,962,964,966,968,970,972,975,978,980,982,984,986,988,990,
    992,994,996,998,1000,1002,1004,1006,1008,1010,1012,1014,1017,1020,1023,1026,
    1029,1032,1035,1038,1040,1042,1044,1046,1048,1050,1052,1054,1057,1060,1062,1064,
    1066,1068,1070,1072,1075,1078,1081,1084,1087,1090,1092,1094,1096,1098,1100,1102,
    1104,1106,1108,1110,1112,1114,1116,1118,1121,1124,1127,1130,1132,1134,1136,1138,
    1140,1142,1144,1146,1148,1150,1152,1154,1156,1158,1160,1162,1164,1166,1168,1170,
    1172,1174,1176,1178,1180,1182,1184,1186,1188,1190,1192,1194,1196,1198,1200,1203,
    1206,1209,1212,1215,1218,1221,1224,1227,1230,1233,1236,1239,1242,1245,1248,1251,
    1254,1257,1260,1262,1264,1266,1268,1270,1272,1275,1278,1281,1284,1287,1290,1293,
    1296,1299,1302,1304,1306,1308,1310,1312,1314,1316,1318,1321,1324,1327,1330,1333,
    1336,1339,1342,1345,1348,1351,1354,1357,1360,1363,1366,1369,1372,1375,1378,1380,
    1382,1384,1386,1389,1392,1395,1398,1401,1404,1407,1410,1413,1416,1418,1420,1422,
    1424,1426,1428,1430,1432,1434,1436,1439,1442,1445,1448,1451,1454,1456,1458,1461,
    1464,1467,1470,1473,1476,1478,1480,1483,1486,1489,1492,1494,1496,1499,1502,1505,
    1508,1510,1512,1515,1518,1521,1524,1527,1530,1532,1534,1537,1540,1543,1546,1549,
    1552,1554,1556,1559,1562,1565,1568,1571,1574,1576,1578,1581,1584,1587,1590,1593,
    1596,1598,1600,1603,1606,1609,1612,1614,1616,1619,1622,1625,1628,1630,1632,1635,
    1638,1641,1644,1647,1650,1652,1655,1658,1661,1663,1665,1668,1671,1674,1677,1680,
    1683,1685,1687,1690,1693,1696,1699,1702,1705,1707,1709,1711,1713,1715,1717,1719,
    1721,1723,1725,1727,1729,1731,1733,1736,1739,1743,1747,1751,1755,1759,1763,1766,
    1769,1773,1777,1781,1785,1789,1793,1796,1799,1803,1807,1811,1815,1819,1823,1826,
    1829,1833,1837,1841,1845,1849,1853,1856,1859,1863,1867,1871,1875,1879,1883,1886,
    1889,1893,1897,1901,1905,1909,1913,1915,1917,1920,1922,1925,1927,1930,1932,1934,
    1936,1938,1940,1941,1943,1946,1948,1951,1953,1956,1958,1960,1962,1964,1966,1968,
    1970,1972,1974,1976,1979,1982,1984,1987,1989,1991,1993,1995,1997,1999,2001,2003,
    2005,2008,2011,2013,2015,2017,2020,2022,2024,2026,2028,2030,2032,2034,2035,2038,
    2040,2043,2045,2048,2050,2052,2054,2056,2058,2059,2060,2061,2062,2063,2065,2067,
    2069,2071,2073,2075,2077,2079,2081,2083,2085,2087,2089,2091,2093,2095,2097,2099,
    2101,2103,2105,2107,2109,2111,2113,2115,2117,2119,2121,2123,2125,2127,2129,2131,
    2133,2135,2137,2139,2141,2143,2145,2147,2149,2151,2153,2154,2155,2157,2159,2161,
    2163,2165,2167,2169,2171,2173,2175,2177,2179,2181,2183,2185,2187,2189,2191,2193,
    2195,2197,2199,2201,2203,2205,2207,2209,2211,2213,2215,2217,2219,2221,2223,2225,
    2227,2229,2231,2233,2235,2237,2239,2241,2243,2245,2247,2249,2251,2253,2255,2257,
    2259,2261,2263,2265,2267,2269,2271,2273,2274,2275,2276,2277,2278,2279,2280,2281,
    2282,2283,2284,2285,2286,2287,2288,2289,2290,2291,2292,2293,2294,2295,2296,2297,
    2298,2299,2300,2301,2302,2303,2304,2305,2306,2307,2308,2309,2310,2311,2312,2313,
    2314,2315,2316,2317,2318,2319,2320,2321,2322,2323,2324,2325,2326,2327,2328,2329,
    2330,2331,2332,2333,2334,2335,2336,2337,2338,2339,2340,2341,2342,2343,2344,2345,
    2346,2347,2348,2349,2350,2351,2352,2353,2354,2355,2356,2357,2358,2359,2360,2361,
    2362,2363,2364,2365,2366,2367,2368,2369,2370,2371,2372,2373,2374,2375,2376,2377,
    2378,2379,2380,2381,2382,2383,2384,2385,2386,2387,2388,2389,2390,2391,2392,2393,
    2394,2395,2396,2397,2398,2399,2400,2401,2402,2403,2404,2405,2406,2407,2408,2409,
    2410,2411,2412,2413,2414,2415,2416,2417,2418,2419,2420,2421,2422,2423,2424,2425,
    2426,2427,2428,2429,2430,2431,2432,2433,2434,2435,2436,2437,2438,2439,2440,2441,
    2442,2443,2444,2445,2446,2447,2448,2449,2450,2451,2452,2453,2454,2455,2456,2457,
    2458,2459,2460,2461,2462,2463,2464,2465,2466,2467,2468,2469,2470,2471,2472,2473,
    2474,2475,2476,2477,2478,2479,2480,2481,2482,2483,2484,2485,2486,2487,2488,2489,
    2490,2491,2492,2493,2494,2495,2496,2497,2498,2499,2500,2501,2502,2503,2504,2505,
    2506,2507,2508,2509,2510,2511,2512,2513,2514,2515,2516,2517,2518,2519,2520,2521,
    2522,2523,2524,2525,2526,2527,2528,2529,2530,2531,2532,2533,2534,2535,2536,2537,
    2538,2539,2540,2541,2542,2543,2544,2545,2546,2547,2548,2549,2550,2551,2552,2553,
    2554,2555,2556,2557,2558,2559,2560,2561,2562,2563,2564,2565,2566,2567,2568,2569,
    2570,2571,2572,2573,2574,2575,2576,2577,2578,2579,2580,2581,2582,2583,2584,2585,
    2586,2587,2588,2589,2590,2591,2592,2593,2594,2595,2596,2597,2598,2599,2600,2601,
    2602,2603,2604,2605,2606,2607,2608,2609,2610,2611,2612,2613,2614,2615,2616,2617,
    2618,2619,2620,2621,2622,2623,2624,2625,2626,2627,2628,2629,2630,2631,2632,2633,
    2634,2635,2636,2637,2638,2639,2640,2641,2642,2643,2644,2645,2646,2647,2648,2649,
    2650,2651,2652,2653,2654,2655,2656,2657,2658,2659,2660,2661,2662,2663,2664,2665,
    2666,2667,2668,2669,2670,2671,2672,2673,2674,2675,2676,2677,2678,2679,2680,2681,
    2682,2683,2684,2685,2686,2687,2688,2689,2690,2691,2692,2693,2694,2695,2696,2697,
    2698,2699,2700,2701,2702,2703,2704,2705,2706,2707,2708,2709,2710,2711,2712,2713,
    2714,2715,2716,2717,2718,2719,2720,2721,2722,2723,2724,2725,2726,2727,2728,2729,
    2730,2731,2732,2733,2735,2737,2739,2741,2744,2747,2749,2751,2753,2755,2757,2759,
    2761,2763,2765,2767,2769,2771,2773,2775,2777,2779,2781,2783,2785,2787,2789,2791,
    2793,2795,2797,2799,2801,2803,2805,2807,2809,2811,2813,2815,2817,2819,2821,2823,
    2825,2827,2829,2831,2833,2836,2839,2842,2845,2848,2850,2852,2855,2858,2861,2864,
    2865,2866,2867,2868,2869,2870,2871,2872,2873,2874,2875,2876,2877,2878,2879,2880,
    2881,2882,2883,2884,2885,2886,2887,2888,2889,2890,2891,2892,2893,2894,2895,2896,
    2897,2898,2899,2900,2901,2902,2903,2904,2905,2906,2907,2908,2909,2910,2911,2912,
    2913,2914,2915,2916,2917,2918,2919,2920,2921,2922,2923,2924,2925,2926,2927,2928,
    2929,2930,2931,2932,2933,2934,2935,2936,2937,2938,2939,2940,2941,2942,2943,2944,
    2945,2946,2947,2948,2949,2950,2951,2952,2953,2954,2955,2956,2957,2958,2959,2960,
    2961,2962,2963,2964,2965,2966,2967,2968,2969,2970,2971,2972,2973,2974,2975,2976,
    2977,2978,2979,2980,2981,2982,2983,2984,2985,2986,2987,2988,2989,2990,2991,2992,
    2993,2994,2995,2996,2997,2998,2999,3000,3001,3002,3003,3004,3005,3006,3007,3008,
    3009,3010,3011,3012,3013,3014,3015,3016,3017,3018,3019,3020,3021,3022,3023,3024,
    3025,3026,3027,3028,3029,3030,3031,3032,3033,3034,3035,3036,3037,3038,3039,3040,
    3041,3042,3043,3044,3045,3046,3047,3048,3049,3050,3051,3052,3053,3054,3055,3056,
    3057,3058,3059,3060,3061,3062,3063,3064,3065,3066,3067,3068,3069,3070,3071,3072,
    3073,3074,3075,3076,3077,3078,3079,3080,3081,3082,3083,3084,3085,3086,3087,3088,
    3089,3090,3091,3092,3093,3094,3095,3096,3097,3098,3099,3100,3101,3102,3103,3104,
    3105,3106,3107,3108,3109,3110,3111,3112,3113,3114,3115,3116,3117,3118,3119,3120,
    3121,3122,3123,3124,3125,3126,3127,3128,3129,3130,3131,3132,3133,3134,3135,3136,
    3137,3138,3139,3140,3141,3142,3143,3144,3145,3146,3147,3148,3149,3150,3151,3152,
    3153,3154,3155,3156,3157,3158,3159,3160,3161,3162,3163,3164,3165,3166,3167,3168,
    3169,3170,3171,3172,3173,3174,3175,3176,3177,3178,3179,3180,3181,3182,3183,3184,
    3185,3186,3187,3188,3189,3190,3191,3192,3193,3194,3195,3196,3197,3198,3199,3200,
    3201,3202,3203,3204,3205,3206,3207,3208,3209,3210,3211,3212,3213,3214,3215,3216,
    3217,3218,3219,3220,3221,3222,3223,3224,3225,3226,3227,3228,3229,3230,3231,3232,
    3233,3234,3235,3236,3237,3238,3239,3240,3241,3242,3243,3244,3245,3246,3247,3248,
    3249,3250,3251,3252,3253,3254,3255,3256,3257,3258,3259,3260,3261,3262,3263,3264,
    3265,3266,3267,3268,3269,3270,3271,3272,3273,3274,3275,3276,3277,3278,3279,3280,
    3281,3282,3283,3284,3285,3286,3287,3288,3289,3290,3291,3292,3293,3294,3295,3296,
    3297,3298,3299,3300,3301,3302,3303,3304,3305,3306,3307,3308,3309,3310,3311,3312,
    3313,3314,3315,3316,3317,3318,3319,3320,3321,3322,3323,3324,3325,3326,3327,3328,
    3329,3330,3331,3332,3333,3334,3335,3336,3337,3338,3339,3340,3341,3342,3343,3344,
    3345,3346,3347,3348,3349,3350,3351,3352,3353,3354,3355,3356,3357,3358,3359,3360,
    3361,3362,3363,3364,3365,3366,3367,3368,3369,3370,3371,3372,3373,3374,3375,3376,
    3377,3378,3379,3380,3381,3382,3383,3384,3385,3386,3387,3388,3389,3390,3391,3392,
    3393,3394,3395,3396,3397,3398,3399,3400,3401,3402,3403,3404,3405,3406,
};
static const uint32_t thermo__decomp_pool[3406] = {
    65,768,65,769,65,770,65,771,65,776,65,778,
    67,807,69,768,69,769,69,770,69,776,73,768,
    73,769,73,770,73,776,78,771,79,768,79,769,
    79,770,79,771,79,776,85,768,85,769,85,770,
    85,776,89,769,97,768,97,769,97,770,97,771,
    97,776,97,778,99,807,101,768,101,769,101,770,
    101,776,105,768,105,769,105,770,105,776,110,771,
    111,768,111,769,111,770,111,771,111,776,117,768,
    117,769,117,770,117,776,121,769,121,776,65,772,
    97,772,65,774,97,774,65,808,97,808,67,769,
    99,769,67,770,99,770,67,775,99,775,67,780,
    99,780,68,780,100,780,69,772,101,772,69,774,
    101,774,69,775,101,775,69,808,101,808,69,780,
    101,780,71,770,103,770,71,774,103,774,71,775,
    103,775,71,807,103,807,72,770,104,770,73,771,
    105,771,73,772,105,772,73,774,105,774,73,808,
    105,808,73,775,74,770,106,770,75,807,107,807,
    76,769,108,769,76,807,108,807,76,780,108,780,
    78,769,110,769,78,807,110,807,78,780,110,780,
    79,772,111,772,79,774,111,774,79,779,111,779,
    82,769,114,769,82,807,114,807,82,780,114,780,
    83,769,115,769,83,770,115,770,83,807,115,807,
    83,780,115,780,84,807,116,807,84,780,116,780,
    85,771,117,771,85,772,117,772,85,774,117,774,
    85,778,117,778,85,779,117,779,85,808,117,808,
    87,770,119,770,89,770,121,770,89,776,90,769,
    122,769,90,775,122,775,90,780,122,780,79,795,
    111,795,85,795,117,795,65,780,97,780,73,780,
    105,780,79,780,111,780,85,780,117,780,85,776,
    772,117,776,772,85,776,769,117,776,769,85,776,
    780,117,776,780,85,776,768,117,776,768,65,776,
    772,97,776,772,65,775,772,97,775,772,198,772,
    230,772,71,780,103,780,75,780,107,780,79,808,
    111,808,79,808,772,111,808,772,439,780,658,780,
    106,780,71,769,103,769,78,768,110,768,65,778,
    769,97,778,769,198,769,230,769,216,769,248,769,
    65,783,97,783,65,785,97,785,69,783,101,783,
    69,785,101,785,73,783,105,783,73,785,105,785,
    79,783,111,783,79,785,111,785,82,783,114,783,
    82,785,114,785,85,783,117,783,85,785,117,785,
    83,806,115,806,84,806,116,806,72,780,104,780,
    65,775,97,775,69,807,101,807,79,776,772,111,
    776,772,79,771,772,111,771,772,79,775,111,775,
    79,775,772,111,775,772,89,772,121,772,768,769,
    787,776,769,697,59,168,769,913,769,183,917,769,
    919,769,921,769,927,769,933,769,937,769,953,776,
    769,921,776,933,776,945,769,949,769,951,769,953,
    769,965,776,769,953,776,965,776,959,769,965,769,
    969,769,978,769,978,776,1045,768,1045,776,1043,769,
    1030,776,1050,769,1048,768,1059,774,1048,774,1080,774,
    1077,768,1077,776,1075,769,1110,776,1082,769,1080,768,
    1091,774,1140,783,1141,783,1046,774,1078,774,1040,774,
    1072,774,1040,776,1072,776,1045,774,1077,774,1240,776,
    1241,776,1046,776,1078,776,1047,776,1079,776,1048,772,
    1080,772,1048,776,1080,776,1054,776,1086,776,1256,776,
    1257,776,1069,776,1101,776,1059,772,1091,772,1059,776,
    1091,776,1059,779,1091,779,1063,776,1095,776,1067,776,
    1099,776,1575,1619,1575,1620,1608,1620,1575,1621,1610,1620,
    1749,1620,1729,1620,1746,1620,2344,2364,2352,2364,2355,2364,
    2325,2364,2326,2364,2327,2364,2332,2364,2337,2364,2338,2364,
    2347,2364,2351,2364,2503,2494,2503,2519,2465,2492,2466,2492,
    2479,2492,2610,2620,2616,2620,2582,2620,2583,2620,2588,2620,
    2603,2620,2887,2902,2887,2878,2887,2903,2849,2876,2850,2876,
    2962,3031,3014,3006,3015,3006,3014,3031,3142,3158,3263,3285,
    3270,3285,3270,3286,3270,3266,3270,3266,3285,3398,3390,3399,
    3390,3398,3415,3545,3530,3545,3535,3545,3535,3530,3545,3551,
    3906,4023,3916,4023,3921,4023,3926,4023,3931,4023,3904,4021,
    3953,3954,3953,3956,4018,3968,4019,3968,3953,3968,3986,4023,
    3996,4023,4001,4023,4006,4023,4011,4023,3984,4021,4133,4142,
    6917,6965,6919,6965,6921,6965,6923,6965,6925,6965,6929,6965,
    6970,6965,6972,6965,6974,6965,6975,6965,6978,6965,65,805,
    97,805,66,775,98,775,66,803,98,803,66,817,
    98,817,67,807,769,99,807,769,68,775,100,775,
    68,803,100,803,68,817,100,817,68,807,100,807,
    68,813,100,813,69,772,768,101,772,768,69,772,
    769,101,772,769,69,813,101,813,69,816,101,816,
    69,807,774,101,807,774,70,775,102,775,71,772,
    103,772,72,775,104,775,72,803,104,803,72,776,
    104,776,72,807,104,807,72,814,104,814,73,816,
    105,816,73,776,769,105,776,769,75,769,107,769,
    75,803,107,803,75,817,107,817,76,803,108,803,
    76,803,772,108,803,772,76,817,108,817,76,813,
    108,813,77,769,109,769,77,775,109,775,77,803,
    109,803,78,775,110,775,78,803,110,803,78,817,
    110,817,78,813,110,813,79,771,769,111,771,769,
    79,771,776,111,771,776,79,772,768,111,772,768,
    79,772,769,111,772,769,80,769,112,769,80,775,
    112,775,82,775,114,775,82,803,114,803,82,803,
    772,114,803,772,82,817,114,817,83,775,115,775,
    83,803,115,803,83,769,775,115,769,775,83,780,
    775,115,780,775,83,803,775,115,803,775,84,775,
    116,775,84,803,116,803,84,817,116,817,84,813,
    116,813,85,804,117,804,85,816,117,816,85,813,
    117,813,85,771,769,117,771,769,85,772,776,117,
    772,776,86,771,118,771,86,803,118,803,87,768,
    119,768,87,769,119,769,87,776,119,776,87,775,
    119,775,87,803,119,803,88,775,120,775,88,776,
    120,776,89,775,121,775,90,770,122,770,90,803,
    122,803,90,817,122,817,104,817,116,776,119,778,
    121,778,383,775,65,803,97,803,65,777,97,777,
    65,770,769,97,770,769,65,770,768,97,770,768,
    65,770,777,97,770,777,65,770,771,97,770,771,
    65,803,770,97,803,770,65,774,769,97,774,769,
    65,774,768,97,774,768,65,774,777,97,774,777,
    65,774,771,97,774,771,65,803,774,97,803,774,
    69,803,101,803,69,777,101,777,69,771,101,771,
    69,770,769,101,770,769,69,770,768,101,770,768,
    69,770,777,101,770,777,69,770,771,101,770,771,
    69,803,770,101,803,770,73,777,105,777,73,803,
    105,803,79,803,111,803,79,777,111,777,79,770,
    769,111,770,769,79,770,768,111,770,768,79,770,
    777,111,770,777,79,770,771,111,770,771,79,803,
    770,111,803,770,79,795,769,111,795,769,79,795,
    768,111,795,768,79,795,777,111,795,777,79,795,
    771,111,795,771,79,795,803,111,795,803,85,803,
    117,803,85,777,117,777,85,795,769,117,795,769,
    85,795,768,117,795,768,85,795,777,117,795,777,
    85,795,771,117,795,771,85,795,803,117,795,803,
    89,768,121,768,89,803,121,803,89,777,121,777,
    89,771,121,771,945,787,945,788,945,787,768,945,
    788,768,945,787,769,945,788,769,945,787,834,945,
    788,834,913,787,913,788,913,787,768,913,788,768,
    913,787,769,913,788,769,913,787,834,913,788,834,
    949,787,949,788,949,787,768,949,788,768,949,787,
    769,949,788,769,917,787,917,788,917,787,768,917,
    788,768,917,787,769,917,788,769,951,787,951,788,
    951,787,768,951,788,768,951,787,769,951,788,769,
    951,787,834,951,788,834,919,787,919,788,919,787,
    768,919,788,768,919,787,769,919,788,769,919,787,
    834,919,788,834,953,787,953,788,953,787,768,953,
    788,768,953,787,769,953,788,769,953,787,834,953,
    788,834,921,787,921,788,921,787,768,921,788,768,
    921,787,769,921,788,769,921,787,834,921,788,834,
    959,787,959,788,959,787,768,959,788,768,959,787,
    769,959,788,769,927,787,927,788,927,787,768,927,
    788,768,927,787,769,927,788,769,965,787,965,788,
    965,787,768,965,788,768,965,787,769,965,788,769,
    965,787,834,965,788,834,933,788,933,788,768,933,
    788,769,933,788,834,969,787,969,788,969,787,768,
    969,788,768,969,787,769,969,788,769,969,787,834,
    969,788,834,937,787,937,788,937,787,768,937,788,
    768,937,787,769,937,788,769,937,787,834,937,788,
    834,945,768,945,769,949,768,949,769,951,768,951,
    769,953,768,953,769,959,768,959,769,965,768,965,
    769,969,768,969,769,945,787,837,945,788,837,945,
    787,768,837,945,788,768,837,945,787,769,837,945,
    788,769,837,945,787,834,837,945,788,834,837,913,
    787,837,913,788,837,913,787,768,837,913,788,768,
    837,913,787,769,837,913,788,769,837,913,787,834,
    837,913,788,834,837,951,787,837,951,788,837,951,
    787,768,837,951,788,768,837,951,787,769,837,951,
    788,769,837,951,787,834,837,951,788,834,837,919,
    787,837,919,788,837,919,787,768,837,919,788,768,
    837,919,787,769,837,919,788,769,837,919,787,834,
    837,919,788,834,837,969,787,837,969,788,837,969,
    787,768,837,969,788,768,837,969,787,769,837,969,
    788,769,837,969,787,834,837,969,788,834,837,937,
    787,837,937,788,837,937,787,768,837,937,788,768,
    837,937,787,769,837,937,788,769,837,937,787,834,
    837,937,788,834,837,945,774,945,772,945,768,837,
    945,837,945,769,837,945,834,945,834,837,913,774,
    913,772,913,768,913,769,913,837,953,168,834,951,
    768,837,951,837,951,769,837,951,834,951,834,837,
    917,768,917,769,919,768,919,769,919,837,8127,768,
    8127,769,8127,834,953,774,953,772,953,776,768,953,
    776,769,953,834,953,776,834,921,774,921,772,921,
    768,921,769,8190,768,8190,769,8190,834,965,774,965,
    772,965,776,768,965,776,769,961,787,961,788,965,
    834,965,776,834,933,774,933,772,933,768,933,769,
    929,788,168,768,168,769,96,969,768,837,969,837,
    969,769,837,969,834,969,834,837,927,768,927,769,
    937,768,937,769,937,837,180,8194,8195,937,75,65,
    778,8592,824,8594,824,8596,824,8656,824,8660,824,8658,
    824,8707,824,8712,824,8715,824,8739,824,8741,824,8764,
    824,8771,824,8773,824,8776,824,61,824,8801,824,8781,
    824,60,824,62,824,8804,824,8805,824,8818,824,8819,
    824,8822,824,8823,824,8826,824,8827,824,8834,824,8835,
    824,8838,824,8839,824,8866,824,8872,824,8873,824,8875,
    824,8828,824,8829,824,8849,824,8850,824,8882,824,8883,
    824,8884,824,8885,824,12296,12297,10973,824,12363,12441,12365,
    12441,12367,12441,12369,12441,12371,12441,12373,12441,12375,12441,12377,
    12441,12379,12441,12381,12441,12383,12441,12385,12441,12388,12441,12390,
    12441,12392,12441,12399,12441,12399,12442,12402,12441,12402,12442,12405,
    12441,12405,12442,12408,12441,12408,12442,12411,12441,12411,12442,12358,
    12441,12445,12441,12459,12441,12461,12441,12463,12441,12465,12441,12467,
    12441,12469,12441,12471,12441,12473,12441,12475,12441,12477,12441,12479,
    12441,12481,12441,12484,12441,12486,12441,12488,12441,12495,12441,12495,
    12442,12498,12441,12498,12442,12501,12441,12501,12442,12504,12441,12504,
    12442,12507,12441,12507,12442,12454,12441,12527,12441,12528,12441,12529,
    12441,12530,12441,12541,12441,35912,26356,36554,36040,28369,20018,21477,
    40860,40860,22865,37329,21895,22856,25078,30313,32645,34367,34746,35064,
    37007,27138,27931,28889,29662,33853,37226,39409,20098,21365,27396,29211,
    34349,40478,23888,28651,34253,35172,25289,33240,34847,24266,26391,28010,
    29436,37070,20358,20919,21214,25796,27347,29200,30439,32769,34310,34396,
    36335,38706,39791,40442,30860,31103,32160,33737,37636,40575,35542,22751,
    24324,31840,32894,29282,30922,36034,38647,22744,23650,27155,28122,28431,
    32047,32311,38475,21202,32907,20956,20940,31260,32190,33777,38517,35712,
    25295,27138,35582,20025,23527,24594,29575,30064,21271,30971,20415,24489,
    19981,27852,25976,32034,21443,22622,30465,33865,35498,27578,36784,27784,
    25342,33509,25504,30053,20142,20841,20937,26753,31975,33391,35538,37327,
    21237,21570,22899,24300,26053,28670,31018,38317,39530,40599,40654,21147,
    26310,27511,36706,24180,24976,25088,25754,28451,29001,29833,31178,32244,
    32879,36646,34030,36899,37706,21015,21155,21693,28872,35010,35498,24265,
    24565,25467,27566,31806,29557,20196,22265,23527,23994,24604,29618,29801,
    32666,32838,37428,38646,38728,38936,20363,31150,37300,38584,24801,20102,
    20698,23534,23615,26009,27138,29134,30274,34044,36988,40845,26248,38446,
    21129,26491,26611,27969,28316,29705,30041,30827,32016,39006,20845,25134,
    38520,20523,23833,28138,36650,24459,24900,26647,29575,38534,21033,21519,
    23653,26131,26446,26792,27877,29702,30178,32633,35023,35041,37324,38626,
    21311,28346,21533,29136,29848,34298,38563,40023,40607,26519,28107,33256,
    31435,31520,31890,29376,28825,35672,20160,33590,21050,20999,24230,25299,
    31958,23429,27934,26292,36667,34892,38477,35211,24275,20800,21952,22618,
    26228,20958,29482,30410,31036,31070,31077,31119,38742,31934,32701,34322,
    35576,36920,37117,39151,39164,39208,40372,37086,38583,20398,20711,20813,
    21193,21220,21329,21917,22022,22120,22592,22696,23652,23662,24724,24936,
    24974,25074,25935,26082,26257,26757,28023,28186,28450,29038,29227,29730,
    30865,31038,31049,31048,31056,31062,31069,31117,31118,31296,31361,31680,
    32244,32265,32321,32626,32773,33261,33401,33401,33879,35088,35222,35585,
    35641,36051,36104,36790,36920,38627,38911,38971,24693,148206,33304,20006,
    20917,20840,20352,20805,20864,21191,21242,21917,21845,21913,21986,22618,
    22707,22852,22868,23138,23336,24274,24281,24425,24493,24792,24910,24840,
    24974,24928,25074,25140,25540,25628,25682,25942,26228,26391,26395,26454,
    27513,27578,27969,28379,28363,28450,28702,29038,30631,29237,29359,29482,
    29809,29958,30011,30237,30239,30410,30427,30452,30538,30528,30924,31409,
    31680,31867,32091,32244,32574,32773,33618,33775,34681,35137,35206,35222,
    35519,35576,35531,35585,35582,35565,35641,35722,36104,36664,36978,37273,
    37494,38524,38627,38742,38875,38911,38923,38971,39698,40860,141386,141380,
    144341,15261,16408,16441,152137,154832,163539,40771,40846,1497,1460,1522,
    1463,1513,1473,1513,1474,1513,1468,1473,1513,1468,1474,1488,
    1463,1488,1464,1488,1468,1489,1468,1490,1468,1491,1468,1492,
    1468,1493,1468,1494,1468,1496,1468,1497,1468,1498,1468,1499,
    1468,1500,1468,1502,1468,1504,1468,1505,1468,1507,1468,1508,
    1468,1510,1468,1511,1468,1512,1468,1513,1468,1514,1468,1493,
    1465,1489,1471,1499,1471,1508,1471,69785,69818,69787,69818,69797,
    69818,69937,69927,69938,69927,70471,70462,70471,70487,70841,70842,70841,
    70832,70841,70845,71096,71087,71097,71087,71989,71984,119127,119141,119128,
    119141,119128,119141,119150,119128,119141,119151,119128,119141,119152,119128,119141,
    119153,119128,119141,119154,119225,119141,119226,119141,119225,119141,119150,119226,
    119141,119150,119225,119141,119151,119226,119141,119151,20029,20024,20033,131362,
    20320,20398,20411,20482,20602,20633,20711,20687,13470,132666,20813,20820,
    20836,20855,132380,13497,20839,20877,132427,20887,20900,20172,20908,20917,
    168415,20981,20995,13535,21051,21062,21106,21111,13589,21191,21193,21220,
    21242,21253,21254,21271,21321,21329,21338,21363,21373,21375,21375,21375,
    133676,28784,21450,21471,133987,21483,21489,21510,21662,21560,21576,21608,
    21666,21750,21776,21843,21859,21892,21892,21913,21931,21939,21954,22294,
    22022,22295,22097,22132,20999,22766,22478,22516,22541,22411,22578,22577,
    22700,136420,22770,22775,22790,22810,22818,22882,136872,136938,23020,23067,
    23079,23000,23142,14062,14076,23304,23358,23358,137672,23491,23512,23527,
    23539,138008,23551,23558,24403,23586,14209,23648,23662,23744,23693,138724,
    23875,138726,23918,23915,23932,24033,24034,14383,24061,24104,24125,24169,
    14434,139651,14460,24240,24243,24246,24266,172946,24318,140081,140081,33281,
    24354,24354,14535,144056,156122,24418,24427,14563,24474,24525,24535,24569,
    24705,14650,14620,24724,141012,24775,24904,24908,24910,24908,24954,24974,
    25010,24996,25007,25054,25074,25078,25104,25115,25181,25265,25300,25424,
    142092,25405,25340,25448,25475,25572,142321,25634,25541,25513,14894,25705,
    25726,25757,25719,14956,25935,25964,143370,26083,26360,26185,15129,26257,
    15112,15076,20882,20885,26368,26268,32941,17369,26391,26395,26401,26462,
    26451,144323,15177,26618,26501,26706,26757,144493,26766,26655,26900,15261,
    26946,27043,27114,27304,145059,27355,15384,27425,145575,27476,15438,27506,
    27551,27578,27579,146061,138507,146170,27726,146620,27839,27853,27751,27926,
    27966,28023,27969,28009,28024,28037,146718,27956,28207,28270,15667,28363,
    28359,147153,28153,28526,147294,147342,28614,28729,28702,28699,15766,28746,
    28797,28791,28845,132389,28997,148067,29084,148395,29224,29237,29264,149000,
    29312,29333,149301,149524,29562,29579,16044,29605,16056,16056,29767,29788,
    29809,29829,29898,16155,29988,150582,30014,150674,30064,139679,30224,151457,
    151480,151620,16380,16392,30452,151795,151794,151833,151859,30494,30495,30495,
    30538,16441,30603,16454,16534,152605,30798,30860,30924,16611,153126,31062,
    153242,153285,31119,31211,16687,31296,31306,31311,153980,154279,154279,31470,
    16898,154539,31686,31689,16935,154752,31954,17056,31976,31971,32000,155526,
    32099,17153,32199,32258,32325,17204,156200,156231,17241,156377,32634,156478,
    32661,32762,32773,156890,156963,32864,157096,32880,144223,17365,32946,33027,
    17419,33086,23221,157607,157621,144275,144284,33281,33284,36766,17515,33425,
    33419,33437,21171,33457,33459,33469,33510,158524,33509,33565,33635,33709,
    33571,33725,33767,33879,33619,33738,33740,33756,158774,159083,158933,17707,
    34033,34035,34070,160714,34148,159532,17757,17761,159665,159954,17771,34384,
    34396,34407,34409,34473,34440,34574,34530,34681,34600,34667,34694,17879,
    34785,34817,17913,34912,34915,161383,35031,35038,17973,35066,13499,161966,
    162150,18110,18119,35488,35565,35722,35925,162984,36011,36033,36123,36215,
    163631,133124,36299,36284,36336,133342,36564,36664,165330,165357,37012,37105,
    37137,165678,37147,37432,37591,37592,37500,37881,37909,166906,38283,18837,
    38327,167287,18918,38595,23986,38691,168261,168474,19054,19062,38880,168970,
    19122,169110,38923,38923,38953,169398,39138,19251,39209,39335,39362,39422,
    19406,170800,39698,40000,40189,19662,19693,40295,172238,19704,172293,172558,
    172689,40635,19798,40697,40702,40709,40719,40726,40763,173568,
};
#define THERMO__N_COMP 941
static const uint32_t thermo__comp_first[941] = { /* sorted by (first, second) */
    60,61,62,65,65,65,65,65,65,65,65,65,
    65,65,65,65,65,65,65,66,66,66,67,67,
    67,67,67,68,68,68,68,68,68,69,69,69,
    69,69,69,69,69,69,69,69,69,69,69,69,
    69,69,70,71,71,71,71,71,71,71,72,72,
    72,72,72,72,72,73,73,73,73,73,73,73,
    73,73,73,73,73,73,73,73,74,75,75,75,
    75,75,76,76,76,76,76,76,77,77,77,78,
    78,78,78,78,78,78,78,78,79,79,79,79,
    79,79,79,79,79,79,79,79,79,79,79,79,
    80,80,82,82,82,82,82,82,82,82,83,83,
    83,83,83,83,83,84,84,84,84,84,84,84,
    85,85,85,85,85,85,85,85,85,85,85,85,
    85,85,85,85,85,85,85,86,86,87,87,87,
    87,87,87,88,88,89,89,89,89,89,89,89,
    89,89,90,90,90,90,90,90,97,97,97,97,
    97,97,97,97,97,97,97,97,97,97,97,97,
    98,98,98,99,99,99,99,99,100,100,100,100,
    100,100,101,101,101,101,101,101,101,101,101,101,
    101,101,101,101,101,101,101,102,103,103,103,103,
    103,103,103,104,104,104,104,104,104,104,104,105,
    105,105,105,105,105,105,105,105,105,105,105,105,
    105,106,106,107,107,107,107,107,108,108,108,108,
    108,108,109,109,109,110,110,110,110,110,110,110,
    110,110,111,111,111,111,111,111,111,111,111,111,
    111,111,111,111,111,111,112,112,114,114,114,114,
    114,114,114,114,115,115,115,115,115,115,115,116,
    116,116,116,116,116,116,116,117,117,117,117,117,
    117,117,117,117,117,117,117,117,117,117,117,117,
    117,117,118,118,119,119,119,119,119,119,119,120,
    120,121,121,121,121,121,121,121,121,121,121,122,
    122,122,122,122,122,168,168,168,194,194,194,194,
    196,197,198,198,199,202,202,202,202,207,212,212,
    212,212,213,213,213,214,216,220,220,220,220,226,
    226,226,226,228,229,230,230,231,234,234,234,234,
    239,244,244,244,244,245,245,245,246,248,252,252,
    252,252,258,258,258,258,259,259,259,259,274,274,
    275,275,332,332,333,333,346,347,352,353,360,361,
    362,363,383,416,416,416,416,416,417,417,417,417,
    417,431,431,431,431,431,432,432,432,432,432,439,
    490,491,550,551,552,553,558,559,658,913,913,913,
    913,913,913,913,917,917,917,917,919,919,919,919,
    919,921,921,921,921,921,921,921,927,927,927,927,
    929,933,933,933,933,933,933,937,937,937,937,937,
    940,942,945,945,945,945,945,945,945,945,949,949,
    949,949,951,951,951,951,951,951,953,953,953,953,
    953,953,953,953,959,959,959,959,961,961,965,965,
    965,965,965,965,965,965,969,969,969,969,969,969,
    970,970,970,971,971,971,974,978,978,1030,1040,1040,
    1043,1045,1045,1045,1046,1046,1047,1048,1048,1048,1048,1050,
    1054,1059,1059,1059,1059,1063,1067,1069,1072,1072,1075,1077,
    1077,1077,1078,1078,1079,1080,1080,1080,1080,1082,1086,1091,
    1091,1091,1091,1095,1099,1101,1110,1140,1141,1240,1241,1256,
    1257,1575,1575,1575,1608,1610,1729,1746,1749,2344,2352,2355,
    2503,2503,2887,2887,2887,2962,3014,3014,3015,3142,3263,3270,
    3270,3270,3274,3398,3398,3399,3545,3545,3545,3548,4133,6917,
    6919,6921,6923,6925,6929,6970,6972,6974,6975,6978,7734,7735,
    7770,7771,7778,7779,7840,7840,7841,7841,7864,7865,7884,7885,
    7936,7936,7936,7936,7937,7937,7937,7937,7938,7939,7940,7941,
    7942,7943,7944,7944,7944,7944,7945,7945,7945,7945,7946,7947,
    7948,7949,7950,7951,7952,7952,7953,7953,7960,7960,7961,7961,
    7968,7968,7968,7968,7969,7969,7969,7969,7970,7971,7972,7973,
    7974,7975,7976,7976,7976,7976,7977,7977,7977,7977,7978,7979,
    7980,7981,7982,7983,7984,7984,7984,7985,7985,7985,7992,7992,
    7992,7993,7993,7993,8000,8000,8001,8001,8008,8008,8009,8009,
    8016,8016,8016,8017,8017,8017,8025,8025,8025,8032,8032,8032,
    8032,8033,8033,8033,8033,8034,8035,8036,8037,8038,8039,8040,
    8040,8040,8040,8041,8041,8041,8041,8042,8043,8044,8045,8046,
    8047,8048,8052,8060,8118,8127,8127,8127,8134,8182,8190,8190,
    8190,8592,8594,8596,8656,8658,8660,8707,8712,8715,8739,8741,
    8764,8771,8773,8776,8781,8801,8804,8805,8818,8819,8822,8823,
    8826,8827,8828,8829,8834,8835,8838,8839,8849,8850,8866,8872,
    8873,8875,8882,8883,8884,8885,12358,12363,12365,12367,12369,12371,
    12373,12375,12377,12379,12381,12383,12385,12388,12390,12392,12399,12399,
    12402,12402,12405,12405,12408,12408,12411,12411,12445,12454,12459,12461,
    12463,12465,12467,12469,12471,12473,12475,12477,12479,12481,12484,12486,
    12488,12495,12495,12498,12498,12501,12501,12504,12504,12507,12507,12527,
    12528,12529,12530,12541,69785,69787,69797,69937,69938,70471,70471,70841,
    70841,70841,71096,71097,71989,
};
static const uint32_t thermo__comp_second[941] = {
    824,824,824,768,769,770,771,772,774,775,776,777,
    778,780,783,785,803,805,808,775,803,817,769,770,
    775,780,807,775,780,803,807,813,817,768,769,770,
    771,772,774,775,776,777,780,783,785,803,807,808,
    813,816,775,769,770,772,774,775,780,807,770,775,
    776,780,803,807,814,768,769,770,771,772,774,775,
    776,777,780,783,785,803,808,816,770,769,780,803,
    807,817,769,780,803,807,813,817,769,775,803,768,
    769,771,775,780,803,807,813,817,768,769,770,771,
    772,774,775,776,777,779,780,783,785,795,803,808,
    769,775,769,775,780,783,785,803,807,817,769,770,
    775,780,803,806,807,775,780,803,806,807,813,817,
    768,769,770,771,772,774,776,777,778,779,780,783,
    785,795,803,804,808,813,816,771,803,768,769,770,
    775,776,803,775,776,768,769,770,771,772,775,776,
    777,803,769,770,775,780,803,817,768,769,770,771,
    772,774,775,776,777,778,780,783,785,803,805,808,
    775,803,817,769,770,775,780,807,775,780,803,807,
    813,817,768,769,770,771,772,774,775,776,777,780,
    783,785,803,807,808,813,816,775,769,770,772,774,
    775,780,807,770,775,776,780,803,807,814,817,768,
    769,770,771,772,774,776,777,780,783,785,803,808,
    816,770,780,769,780,803,807,817,769,780,803,807,
    813,817,769,775,803,768,769,771,775,780,803,807,
    813,817,768,769,770,771,772,774,775,776,777,779,
    780,783,785,795,803,808,769,775,769,775,780,783,
    785,803,807,817,769,770,775,780,803,806,807,775,
    776,780,803,806,807,813,817,768,769,770,771,772,
    774,776,777,778,779,780,783,785,795,803,804,808,
    813,816,771,803,768,769,770,775,776,778,803,775,
    776,768,769,770,771,772,775,776,777,778,803,769,
    770,775,780,803,817,768,769,834,768,769,771,777,
    772,769,769,772,769,768,769,771,777,769,768,769,
    771,777,769,772,776,772,769,768,769,772,780,768,
    769,771,777,772,769,769,772,769,768,769,771,777,
    769,768,769,771,777,769,772,776,772,769,768,769,
    772,780,768,769,771,777,768,769,771,777,768,769,
    768,769,768,769,768,769,775,775,775,775,769,769,
    776,776,775,768,769,771,777,803,768,769,771,777,
    803,768,769,771,777,803,768,769,771,777,803,780,
    772,772,772,772,774,774,772,772,780,768,769,772,
    774,787,788,837,768,769,787,788,768,769,787,788,
    837,768,769,772,774,776,787,788,768,769,787,788,
    788,768,769,772,774,776,788,768,769,787,788,837,
    837,837,768,769,772,774,787,788,834,837,768,769,
    787,788,768,769,787,788,834,837,768,769,772,774,
    776,787,788,834,768,769,787,788,787,788,768,769,
    772,774,776,787,788,834,768,769,787,788,834,837,
    768,769,834,768,769,834,837,769,776,776,774,776,
    769,768,774,776,774,776,776,768,772,774,776,769,
    776,772,774,776,779,776,776,776,774,776,769,768,
    774,776,774,776,776,768,772,774,776,769,776,772,
    774,776,779,776,776,776,776,783,783,776,776,776,
    776,1619,1620,1621,1620,1620,1620,1620,1620,2364,2364,2364,
    2494,2519,2878,2902,2903,3031,3006,3031,3006,3158,3285,3266,
    3285,3286,3285,3390,3415,3390,3530,3535,3551,3530,4142,6965,
    6965,6965,6965,6965,6965,6965,6965,6965,6965,6965,772,772,
    772,772,775,775,770,774,770,774,770,770,770,770,
    768,769,834,837,768,769,834,837,837,837,837,837,
    837,837,768,769,834,837,768,769,834,837,837,837,
    837,837,837,837,768,769,768,769,768,769,768,769,
    768,769,834,837,768,769,834,837,837,837,837,837,
    837,837,768,769,834,837,768,769,834,837,837,837,
    837,837,837,837,768,769,834,768,769,834,768,769,
    834,768,769,834,768,769,768,769,768,769,768,769,
    768,769,834,768,769,834,768,769,834,768,769,834,
    837,768,769,834,837,837,837,837,837,837,837,768,
    769,834,837,768,769,834,837,837,837,837,837,837,
    837,837,837,837,837,768,769,834,837,837,768,769,
    834,824,824,824,824,824,824,824,824,824,824,824,
    824,824,824,824,824,824,824,824,824,824,824,824,
    824,824,824,824,824,824,824,824,824,824,824,824,
    824,824,824,824,824,824,12441,12441,12441,12441,12441,12441,
    12441,12441,12441,12441,12441,12441,12441,12441,12441,12441,12441,12442,
    12441,12442,12441,12442,12441,12442,12441,12442,12441,12441,12441,12441,
    12441,12441,12441,12441,12441,12441,12441,12441,12441,12441,12441,12441,
    12441,12441,12442,12441,12442,12441,12442,12441,12442,12441,12442,12441,
    12441,12441,12441,12441,69818,69818,69818,69927,69927,70462,70487,70832,
    70842,70845,71087,71087,71984,
};
static const uint32_t thermo__comp_result[941] = {
    8814,8800,8815,192,193,194,195,256,258,550,196,7842,
    197,461,512,514,7840,7680,260,7682,7684,7686,262,264,
    266,268,199,7690,270,7692,7696,7698,7694,200,201,202,
    7868,274,276,278,203,7866,282,516,518,7864,552,280,
    7704,7706,7710,500,284,7712,286,288,486,290,292,7714,
    7718,542,7716,7720,7722,204,205,206,296,298,300,304,
    207,7880,463,520,522,7882,302,7724,308,7728,488,7730,
    310,7732,313,317,7734,315,7740,7738,7742,7744,7746,504,
    323,209,7748,327,7750,325,7754,7752,210,211,212,213,
    332,334,558,214,7886,336,465,524,526,416,7884,490,
    7764,7766,340,7768,344,528,530,7770,342,7774,346,348,
    7776,352,7778,536,350,7786,356,7788,538,354,7792,7790,
    217,218,219,360,362,364,220,7910,366,368,467,532,
    534,431,7908,7794,370,7798,7796,7804,7806,7808,7810,372,
    7814,7812,7816,7818,7820,7922,221,374,7928,562,7822,376,
    7926,7924,377,7824,379,381,7826,7828,224,225,226,227,
    257,259,551,228,7843,229,462,513,515,7841,7681,261,
    7683,7685,7687,263,265,267,269,231,7691,271,7693,7697,
    7699,7695,232,233,234,7869,275,277,279,235,7867,283,
    517,519,7865,553,281,7705,7707,7711,501,285,7713,287,
    289,487,291,293,7715,7719,543,7717,7721,7723,7830,236,
    237,238,297,299,301,239,7881,464,521,523,7883,303,
    7725,309,496,7729,489,7731,311,7733,314,318,7735,316,
    7741,7739,7743,7745,7747,505,324,241,7749,328,7751,326,
    7755,7753,242,243,244,245,333,335,559,246,7887,337,
    466,525,527,417,7885,491,7765,7767,341,7769,345,529,
    531,7771,343,7775,347,349,7777,353,7779,537,351,7787,
    7831,357,7789,539,355,7793,7791,249,250,251,361,363,
    365,252,7911,367,369,468,533,535,432,7909,7795,371,
    7799,7797,7805,7807,7809,7811,373,7815,7813,7832,7817,7819,
    7821,7923,253,375,7929,563,7823,255,7927,7833,7925,378,
    7825,380,382,7827,7829,8173,901,8129,7846,7844,7850,7848,
    478,506,508,482,7688,7872,7870,7876,7874,7726,7890,7888,
    7894,7892,7756,556,7758,554,510,475,471,469,473,7847,
    7845,7851,7849,479,507,509,483,7689,7873,7871,7877,7875,
    7727,7891,7889,7895,7893,7757,557,7759,555,511,476,472,
    470,474,7856,7854,7860,7858,7857,7855,7861,7859,7700,7702,
    7701,7703,7760,7762,7761,7763,7780,7781,7782,7783,7800,7801,
    7802,7803,7835,7900,7898,7904,7902,7906,7901,7899,7905,7903,
    7907,7914,7912,7918,7916,7920,7915,7913,7919,7917,7921,494,
    492,493,480,481,7708,7709,560,561,495,8122,902,8121,
    8120,7944,7945,8124,8136,904,7960,7961,8138,905,7976,7977,
    8140,8154,906,8153,8152,938,7992,7993,8184,908,8008,8009,
    8172,8170,910,8169,8168,939,8025,8186,911,8040,8041,8188,
    8116,8132,8048,940,8113,8112,7936,7937,8118,8115,8050,941,
    7952,7953,8052,942,7968,7969,8134,8131,8054,943,8145,8144,
    970,7984,7985,8150,8056,972,8000,8001,8164,8165,8058,973,
    8161,8160,971,8016,8017,8166,8060,974,8032,8033,8182,8179,
    8146,912,8151,8162,944,8167,8180,979,980,1031,1232,1234,
    1027,1024,1238,1025,1217,1244,1246,1037,1250,1049,1252,1036,
    1254,1262,1038,1264,1266,1268,1272,1260,1233,1235,1107,1104,
    1239,1105,1218,1245,1247,1117,1251,1081,1253,1116,1255,1263,
    1118,1265,1267,1269,1273,1261,1111,1142,1143,1242,1243,1258,
    1259,1570,1571,1573,1572,1574,1730,1747,1728,2345,2353,2356,
    2507,2508,2891,2888,2892,2964,3018,3020,3019,3144,3264,3274,
    3271,3272,3275,3402,3404,3403,3546,3548,3550,3549,4134,6918,
    6920,6922,6924,6926,6930,6971,6973,6976,6977,6979,7736,7737,
    7772,7773,7784,7785,7852,7862,7853,7863,7878,7879,7896,7897,
    7938,7940,7942,8064,7939,7941,7943,8065,8066,8067,8068,8069,
    8070,8071,7946,7948,7950,8072,7947,7949,7951,8073,8074,8075,
    8076,8077,8078,8079,7954,7956,7955,7957,7962,7964,7963,7965,
    7970,7972,7974,8080,7971,7973,7975,8081,8082,8083,8084,8085,
    8086,8087,7978,7980,7982,8088,7979,7981,7983,8089,8090,8091,
    8092,8093,8094,8095,7986,7988,7990,7987,7989,7991,7994,7996,
    7998,7995,7997,7999,8002,8004,8003,8005,8010,8012,8011,8013,
    8018,8020,8022,8019,8021,8023,8027,8029,8031,8034,8036,8038,
    8096,8035,8037,8039,8097,8098,8099,8100,8101,8102,8103,8042,
    8044,8046,8104,8043,8045,8047,8105,8106,8107,8108,8109,8110,
    8111,8114,8130,8178,8119,8141,8142,8143,8135,8183,8157,8158,
    8159,8602,8603,8622,8653,8655,8654,8708,8713,8716,8740,8742,
    8769,8772,8775,8777,8813,8802,8816,8817,8820,8821,8824,8825,
    8832,8833,8928,8929,8836,8837,8840,8841,8930,8931,8876,8877,
    8878,8879,8938,8939,8940,8941,12436,12364,12366,12368,12370,12372,
    12374,12376,12378,12380,12382,12384,12386,12389,12391,12393,12400,12401,
    12403,12404,12406,12407,12409,12410,12412,12413,12446,12532,12460,12462,
    12464,12466,12468,12470,12472,12474,12476,12478,12480,12482,12485,12487,
    12489,12496,12497,12499,12500,12502,12503,12505,12506,12508,12509,12535,
    12536,12537,12538,12542,69786,69788,69803,69934,69935,70475,70476,70844,
    70843,70846,71098,71099,71992,
};
#define THERMO__N_KDECOMP 3812 /* full compatibility decompositions, at most 18 long */
static const uint32_t thermo__kdecomp_cp[3812] = { /* sorted */
    160,168,170,175,178,179,180,181,184,185,186,188,
    189,190,306,307,319,320,329,383,452,453,454,455,
    456,457,458,459,460,497,498,499,688,689,690,691,
    692,693,694,695,696,728,729,730,731,732,733,736,
    737,738,739,740,890,900,901,976,977,978,979,980,
    981,982,1008,1009,1010,1012,1013,1017,1415,1653,1654,1655,
    1656,3635,3763,3804,3805,3852,3959,3961,4348,7468,7469,7470,
    7472,7473,7474,7475,7476,7477,7478,7479,7480,7481,7482,7484,
    7485,7486,7487,7488,7489,7490,7491,7492,7493,7494,7495,7496,
    7497,7498,7499,7500,7501,7503,7504,7505,7506,7507,7508,7509,
    7510,7511,7512,7513,7514,7515,7516,7517,7518,7519,7520,7521,
    7522,7523,7524,7525,7526,7527,7528,7529,7530,7544,7579,7580,
    7581,7582,7583,7584,7585,7586,7587,7588,7589,7590,7591,7592,
    7593,7594,7595,7596,7597,7598,7599,7600,7601,7602,7603,7604,
    7605,7606,7607,7608,7609,7610,7611,7612,7613,7614,7615,7834,
    7835,8125,8127,8128,8129,8141,8142,8143,8157,8158,8159,8173,
    8174,8189,8190,8192,8193,8194,8195,8196,8197,8198,8199,8200,
    8201,8202,8209,8215,8228,8229,8230,8239,8243,8244,8246,8247,
    8252,8254,8263,8264,8265,8279,8287,8304,8305,8308,8309,8310,
    8311,8312,8313,8314,8315,8316,8317,8318,8319,8320,8321,8322,
    8323,8324,8325,8326,8327,8328,8329,8330,8331,8332,8333,8334,
    8336,8337,8338,8339,8340,8341,8342,8343,8344,8345,8346,8347,
    8348,8360,8448,8449,8450,8451,8453,8454,8455,8457,8458,8459,
    8460,8461,8462,8463,8464,8465,8466,8467,8469,8470,8473,8474,
    8475,8476,8477,8480,8481,8482,8484,8488,8492,8493,8495,8496,
    8497,8499,8500,8501,8502,8503,8504,8505,8507,8508,8509,8510,
    8511,8512,8517,8518,8519,8520,8521,8528,8529,8530,8531,8532,
    8533,8534,8535,8536,8537,8538,8539,8540,8541,8542,8543,8544,
    8545,8546,8547,8548,8549,8550,8551,8552,8553,8554,8555,8556,
    8557,8558,8559,8560,8561,8562,8563,8564,8565,8566,8567,8568,
    8569,8570,8571,8572,8573,8574,8575,8585,8748,8749,8751,8752,
    9312,9313,9314,9315,9316,9317,9318,9319,9320,9321,9322,9323,
    9324,9325,9326,9327,9328,9329,9330,9331,9332,9333,9334,9335,
    9336,9337,9338,9339,9340,9341,9342,9343,9344,9345,9346,9347,
    9348,9349,9350,9351,9352,9353,9354,9355,9356,9357,9358,9359,
    9360,9361,9362,9363,9364,9365,9366,9367,9368,9369,9370,9371,
    9372,9373,9374,9375,9376,9377,9378,9379,9380,9381,9382,9383,
    9384,9385,9386,9387,9388,9389,9390,9391,9392,9393,9394,9395,
    9396,9397,9398,9399,9400,9401,9402,9403,9404,9405,9406,9407,
    9408,9409,9410,9411,9412,9413,9414,9415,9416,9417,9418,9419,
    9420,9421,9422,9423,9424,9425,9426,9427,9428,9429,9430,9431,
    9432,9433,9434,9435,9436,9437,9438,9439,9440,9441,9442,9443,
    9444,9445,9446,9447,9448,9449,9450,10764,10868,10869,10870,11388,
    11389,11631,11935,12019,12032,12033,12034,12035,12036,12037,12038,12039,
    12040,12041,12042,12043,12044,12045,12046,12047,12048,12049,12050,12051,
    12052,12053,12054,12055,12056,12057,12058,12059,12060,12061,12062,12063,
    12064,12065,12066,12067,12068,12069,12070,12071,12072,12073,12074,12075,
    12076,12077,12078,12079,12080,12081,12082,12083,12084,12085,12086,12087,
    12088,12089,12090,12091,12092,12093,12094,12095,12096,12097,12098,12099,
    12100,12101,12102,12103,12104,12105,12106,12107,12108,12109,12110,12111,
    12112,12113,12114,12115,12116,12117,12118,12119,12120,12121,12122,12123,
    12124,12125,12126,12127,12128,12129,12130,12131,12132,12133,12134,12135,
    12136,12137,12138,12139,12140,12141,12142,12143,12144,12145,12146,12147,
    12148,12149,12150,12151,12152,12153,12154,12155,12156,12157,12158,12159,
    12160,12161,12162,12163,12164,12165,12166,12167,12168,12169,12170,12171,
    12172,12173,12174,12175,12176,12177,12178,12179,12180,12181,12182,12183,
    12184,12185,12186,12187,12188,12189,12190,12191,12192,12193,12194,12195,
    12196,12197,12198,12199,12200,12201,12202,12203,12204,12205,12206,12207,
    12208,12209,12210,12211,12212,12213,12214,12215,12216,12217,12218,12219,
    12220,12221,12222,12223,12224,12225,12226,12227,12228,12229,12230,12231,
    12232,12233,12234,12235,12236,12237,12238,12239,12240,12241,12242,12243,
    12244,12245,12288,12342,12344,12345,12346,12443,12444,12447,12543,12593,
    12594,12595,12596,12597,12598,12599,12600,12601,12602,12603,12604,12605,
    12606,12607,12608,12609,12610,12611,12612,12613,12614,12615,12616,12617,
    12618,12619,12620,12621,12622,12623,12624,12625,12626,12627,12628,12629,
    12630,12631,12632,12633,12634,12635,12636,12637,12638,12639,12640,12641,
    12642,12643,12644,12645,12646,12647,12648,12649,12650,12651,12652,12653,
    12654,12655,12656,12657,12658,12659,12660,12661,12662,12663,12664,12665,
    12666,12667,12668,12669,12670,12671,12672,12673,12674,12675,12676,12677,
    12678,12679,12680,12681,12682,12683,12684,12685,12686,12690,12691,12692,
    12693,12694,12695,12696,12697,12698,12699,12700,12701,12702,12703,12800,
    12801,12802,12803,12804,12805,12806,12807,12808,12809,12810,12811,12812,
    12813,12814,12815,12816,12817,12818,12819,12820,12821,12822,12823,12824,
    12825,12826,12827,12828,12829,12830,12832,12833,12834,12835,12836,12837,
    12838,12839,12840,12841,12842,12843,12844,12845,12846,12847,12848,12849,
    12850,12851,12852,12853,12854,12855,12856,12857,12858,12859,12860,12861,
    12862,12863,12864,12865,12866,12867,12868,12869,12870,12871,12880,12881,
    12882,12883,12884,12885,12886,12887,12888,12889,12890,12891,12892,12893,
    12894,12895,12896,12897,12898,12899,12900,12901,12902,12903,12904,12905,
    12906,12907,12908,12909,12910,12911,12912,12913,12914,12915,12916,12917,
    12918,12919,12920,12921,12922,12923,12924,12925,12926,12928,12929,12930,
    12931,12932,12933,12934,12935,12936,12937,12938,12939,12940,12941,12942,
    12943,12944,12945,12946,12947,12948,12949,12950,12951,12952,12953,12954,
    12955,12956,12957,12958,12959,12960,12961,12962,12963,12964,12965,12966,
    12967,12968,12969,12970,12971,12972,12973,12974,12975,12976,12977,12978,
    12979,12980,12981,12982,12983,12984,12985,12986,12987,12988,12989,12990,
    12991,12992,12993,12994,12995,12996,12997,12998,12999,13000,13001,13002,
    13003,13004,13005,13006,13007,13008,13009,13010,13011,13012,13013,13014,
    13015,13016,13017,13018,13019,13020,13021,13022,13023,13024,13025,13026,
    13027,13028,13029,13030,13031,13032,13033,13034,13035,13036,13037,13038,
    13039,13040,13041,13042,13043,13044,13045,13046,13047,13048,13049,13050,
    13051,13052,13053,13054,13055,13056,13057,13058,13059,13060,13061,13062,
    13063,13064,13065,13066,13067,13068,13069,13070,13071,13072,13073,13074,
    13075,13076,13077,13078,13079,13080,13081,13082,13083,13084,13085,13086,
    13087,13088,13089,13090,13091,13092,13093,13094,13095,13096,13097,13098,
    13099,13100,13101,13102,13103,13104,13105,13106,13107,13108,13109,13110,
    13111,13112,13113,13114,13115,13116,13117,13118,13119,13120,13121,13122,
    13123,13124,13125,13126,13127,13128,13129,13130,13131,13132,13133,13134,
    13135,13136,13137,13138,13139,13140,13141,13142,13143,13144,13145,13146,
    13147,13148,13149,13150,13151,13152,13153,13154,13155,13156,13157,13158,
    13159,13160,13161,13162,13163,13164,13165,13166,13167,13168,13169,13170,
    13171,13172,13173,13174,13175,13176,13177,13178,13179,13180,13181,13182,
    13183,13184,13185,13186,13187,13188,13189,13190,13191,13192,13193,13194,
    13195,13196,13197,13198,13199,13200,13201,13202,13203,13204,13205,13206,
    13207,13208,13209,13210,13211,13212,13213,13214,13215,13216,13217,13218,
    13219,13220,13221,13222,13223,13224,13225,13226,13227,13228,13229,13230,
    13231,13232,13233,13234,13235,13236,13237,13238,13239,13240,13241,13242,
    13243,13244,13245,13246,13247,13248,13249,13250,13251,13252,13253,13254,
    13255,13256,13257,13258,13259,13260,13261,13262,13263,13264,13265,13266,
    13267,13268,13269,13270,13271,13272,13273,13274,13275,13276,13277,13278,
    13279,13280,13281,13282,13283,13284,13285,13286,13287,13288,13289,13290,
    13291,13292,13293,13294,13295,13296,13297,13298,13299,13300,13301,13302,
    13303,13304,13305,13306,13307,13308,13309,13310,13311,42652,42653,42864,
    42994,42995,42996,43000,43001,43868,43869,43870,43871,43881,64256,64257,
    64258,64259,64260,64261,64262,64275,64276,64277,64278,64279,64288,64289,
    64290,64291,64292,64293,64294,64295,64296,64297,64335,64336,64337,64338,
    64339,64340,64341,64342,64343,64344,64345,64346,64347,64348,64349,64350,
    64351,64352,64353,64354,64355,64356,64357,64358,64359,64360,64361,64362,
    64363,64364,64365,64366,64367,64368,64369,64370,64371,64372,64373,64374,
    64375,64376,64377,64378,64379,64380,64381,64382,64383,64384,64385,64386,
    64387,64388,64389,64390,64391,64392,64393,64394,64395,64396,64397,64398,
    64399,64400,64401,64402,64403,64404,64405,64406,64407,64408,64409,64410,
    64411,64412,64413,64414,64415,64416,64417,64418,64419,64420,64421,64422,
    64423,64424,64425,64426,64427,64428,64429,64430,64431,64432,64433,64467,
    64468,64469,64470,64471,64472,64473,64474,64475,64476,64477,64478,64479,
    64480,64481,64482,64483,64484,64485,64486,64487,64488,64489,64490,64491,
    64492,64493,64494,64495,64496,64497,64498,64499,64500,64501,64502,64503,
    64504,64505,64506,64507,64508,64509,64510,64511,64512,64513,64514,64515,
    64516,64517,64518,64519,64520,64521,64522,64523,64524,64525,64526,64527,
    64528,64529,64530,64531,64532,64533,64534,64535,64536,64537,64538,64539,
    64540,64541,64542,64543,64544,64545,64546,64547,64548,64549,64550,64551,
    64552,64553,64554,64555,64556,64557,64558,64559,64560,64561,64562,64563,
    64564,64565,64566,64567,64568,64569,64570,64571,64572,64573,64574,64575,
    64576,64577,64578,64579,64580,64581,64582,64583,64584,64585,64586,64587,
    64588,64589,64590,64591,64592,64593,64594,64595,64596,64597,64598,64599,
    64600,64601,64602,64603,64604,64605,64606,64607,64608,64609,64610,64611,
    64612,64613,64614,64615,64616,64617,64618,64619,64620,64621,64622,64623,
    64624,64625,64626,64627,64628,64629,64630,64631,64632,64633,64634,64635,
    64636,64637,64638,64639,64640,64641,64642,64643,64644,64645,64646,64647,
    64648,64649,64650,64651,64652,64653,64654,64655,64656,64657,64658,64659,
    64660,64661,64662,64663,64664,64665,64666,64667,64668,64669,64670,64671,
    64672,64673,64674,64675,64676,64677,64678,64679,64680,64681,64682,64683,
    64684,64685,64686,64687,64688,64689,64690,64691,64692,64693,64694,64695,
    64696,64697,64698,64699,64700,64701,64702,64703,64704,64705,64706,64707,
    64708,64709,64710,64711,64712,64713,64714,64715,64716,64717,64718,64719,
    64720,64721,64722,64723,64724,64725,64726,64727,64728,64729,64730,64731,
    64732,64733,64734,64735,64736,64737,64738,64739,64740,64741,64742,64743,
    64744,64745,64746,64747,64748,64749,64750,64751,64752,64753,64754,64755,
    64756,64757,64758,64759,64760,64761,64762,64763,64764,64765,64766,64767,
    64768,64769,64770,64771,64772,64773,64774,64775,64776,64777,64778,64779,
    64780,64781,64782,64783,64784,64785,64786,64787,64788,64789,64790,64791,
    64792,64793,64794,64795,64796,64797,64798,64799,64800,64801,64802,64803,
    64804,64805,64806,64807,64808,64809,64810,64811,64812,64813,64814,64815,
    64816,64817,64818,64819,64820,64821,64822,64823,64824,64825,64826,64827,
    64828,64829,64848,64849,64850,64851,64852,64853,64854,64855,64856,64857,
    64858,64859,64860,64861,64862,64863,64864,64865,64866,64867,64868,64869,
    64870,64871,64872,64873,64874,64875,64876,64877,64878,64879,64880,64881,
    64882,64883,64884,64885,64886,64887,64888,64889,64890,64891,64892,64893,
    64894,64895,64896,64897,64898,64899,64900,64901,64902,64903,64904,64905,
    64906,64907,64908,64909,64910,64911,64914,64915,64916,64917,64918,64919,
    64920,64921,64922,64923,64924,64925,64926,64927,64928,64929,64930,64931,
    64932,64933,64934,64935,64936,64937,64938,64939,64940,64941,64942,64943,
    64944,64945,64946,64947,64948,64949,64950,64951,64952,64953,64954,64955,
    64956,64957,64958,64959,64960,64961,64962,64963,64964,64965,64966,64967,
    65008,65009,65010,65011,65012,65013,65014,65015,65016,65017,65018,65019,
    65020,65040,65041,65042,65043,65044,65045,65046,65047,65048,65049,65072,
    65073,65074,65075,65076,65077,65078,65079,65080,65081,65082,65083,65084,
    65085,65086,65087,65088,65089,65090,65091,65092,65095,65096,65097,65098,
    65099,65100,65101,65102,65103,65104,65105,65106,65108,65109,65110,65111,
    65112,65113,65114,65115,65116,65117,65118,65119,65120,65121,65122,65123,
    65124,65125,65126,65128,65129,65130,65131,65136,65137,65138,65140,65142,
    65143,65144,65145,65146,65147,65148,65149,65150,65151,65152,65153,65154,
    65155,65156,65157,65158,65159,65160,65161,65162,65163,65164,65165,65166,
    65167,65168,65169,65170,65171,65172,65173,65174,65175,65176,65177,65178,
    65179,65180,65181,65182,65183,65184,65185,65186,65187,65188,65189,65190,
    65191,65192,65193,65194,65195,65196,65197,65198,65199,65200,65201,65202,
    65203,65204,65205,65206,65207,65208,65209,65210,65211,65212,65213,65214,
    65215,65216,65217,65218,65219,65220,65221,65222,65223,65224,65225,65226,
    65227,65228,65229,65230,65231,65232,65233,65234,65235,65236,65237,65238,
    65239,65240,65241,65242,65243,65244,65245,65246,65247,65248,65249,65250,
    65251,65252,65253,65254,65255,65256,65257,65258,65259,65260,65261,65262,
    65263,65264,65265,65266,65267,65268,65269,65270,65271,65272,65273,65274,
    65275,65276,65281,65282,65283,65284,65285,65286,65287,65288,65289,65290,
    65291,65292,65293,65294,65295,65296,65297,65298,65299,65300,65301,65302,
    65303,65304,65305,65306,65307,65308,65309,65310,65311,65312,65313,65314,
    65315,65316,65317,65318,65319,65320,65321,65322,65323,65324,65325,65326,
    65327,65328,65329,65330,65331,65332,65333,65334,65335,65336,65337,65338,
    65339,65340,65341,65342,65343,65344,65345,65346,65347,65348,65349,65350,
    65351,65352,65353,65354,65355,65356,65357,65358,65359,65360,65361,65362,
    65363,65364,65365,65366,65367,65368,65369,65370,65371,65372,65373,65374,
    65375,65376,65377,65378,65379,65380,65381,65382,65383,65384,65385,65386,
    65387,65388,65389,65390,65391,65392,65393,65394,65395,65396,65397,65398,
    65399,65400,65401,65402,65403,65404,65405,65406,65407,65408,65409,65410,
    65411,65412,65413,65414,65415,65416,65417,65418,65419,65420,65421,65422,
    65423,65424,65425,65426,65427,65428,65429,65430,65431,65432,65433,65434,
    65435,65436,65437,65438,65439,65440,65441,65442,65443,65444,65445,65446,
    65447,65448,65449,65450,65451,65452,65453,65454,65455,65456,65457,65458,
    65459,65460,65461,65462,65463,65464,65465,65466,65467,65468,65469,65470,
    65474,65475,65476,65477,65478,65479,65482,65483,65484,65485,65486,65487,
    65490,65491,65492,65493,65494,65495,65498,65499,65500,65504,65505,65506,
    65507,65508,65509,65510,65512,65513,65514,65515,65516,65517,65518,67457,
    67458,67459,67460,67461,67463,67464,67465,67466,67467,67468,67469,67470,
    67471,67472,67473,67474,67475,67476,67477,67478,67479,67480,67481,67482,
    67483,67484,67485,67486,67487,67488,67489,67490,67491,67492,67493,67494,
    67495,67496,67497,67498,67499,67500,67501,67502,67503,67504,67506,67507,
    67508,67509,67510,67511,67512,67513,67514,119808,119809,119810,119811,119812,
    119813,119814,119815,119816,119817,119818,119819,119820,119821,119822,119823,119824,
    119825,119826,119827,119828,119829,119830,119831,119832,119833,119834,119835,119836,
    119837,119838,119839,119840,119841,119842,119843,119844,119845,119846,119847,119848,
    119849,119850,119851,119852,119853,119854,119855,119856,119857,119858,119859,119860,
    119861,119862,119863,119864,119865,119866,119867,119868,119869,119870,119871,119872,
    119873,119874,119875,119876,119877,119878,119879,119880,119881,119882,119883,119884,
    119885,119886,119887,119888,119889,119890,119891,119892,119894,119895,119896,119897,
    119898,119899,119900,119901,119902,119903,119904,119905,119906,119907,119908,119909,
    119910,119911,119912,119913,119914,119915,119916,119917,119918,119919,119920,119921,
    119922,119923,119924,119925,119926,119927,119928,119929,119930,119931,119932,119933,
    119934,119935,119936,119937,119938,119939,119940,119941,119942,119943,119944,119945,
    119946,119947,119948,119949,119950,119951,119952,119953,119954,119955,119956,119957,
    119958,119959,119960,119961,119962,119963,119964,119966,119967,119970,119973,119974,
    119977,119978,119979,119980,119982,119983,119984,119985,119986,119987,119988,119989,
    119990,119991,119992,119993,119995,119997,119998,119999,120000,120001,120002,120003,
    120005,120006,120007,120008,120009,120010,120011,120012,120013,120014,120015,120016,
    120017,120018,120019,120020,120021,120022,120023,120024,120025,120026,120027,120028,
    120029,120030,120031,120032,120033,120034,120035,120036,120037,120038,120039,120040,
    120041,120042,120043,120044,120045,120046,120047,120048,120049,120050,120051,120052,
    120053,120054,120055,120056,120057,120058,120059,120060,120061,120062,120063,120064,
    120065,120066,120067,120068,120069,120071,120072,120073,120074,120077,120078,120079,
    120080,120081,120082,120083,120084,120086,120087,120088,120089,120090,120091,120092,
    120094,120095,120096,120097,120098,120099,120100,120101,120102,120103,120104,120105,
    120106,120107,120108,120109,120110,120111,120112,120113,120114,120115,120116,120117,
    120118,120119,120120,120121,120123,120124,120125,120126,120128,120129,120130,120131,
    120132,120134,120138,120139,120140,120141,120142,120143,120144,120146,120147,120148,
    120149,120150,120151,120152,120153,120154,120155,120156,120157,120158,120159,120160,
    120161,120162,120163,120164,120165,120166,120167,120168,120169,120170,120171,120172,
    120173,120174,120175,120176,120177,120178,120179,120180,120181,120182,120183,120184,
    120185,120186,120187,120188,120189,120190,120191,120192,120193,120194,120195,120196,
    120197,120198,120199,120200,120201,120202,120203,120204,120205,120206,120207,120208,
    120209,120210,120211,120212,120213,120214,120215,120216,120217,120218,120219,120220,
    120221,120222,120223,120224,120225,120226,120227,120228,120229,120230,120231,120232,
    120233,120234,120235,120236,120237,120238,120239,120240,120241,120242,120243,120244,
    120245,120246,120247,120248,120249,120250,120251,120252,120253,120254,120255,120256,
    120257,120258,120259,120260,120261,120262,120263,120264,120265,120266,120267,120268,
    120269,120270,120271,120272,120273,120274,120275,120276,120277,120278,120279,120280,
    120281,120282,120283,120284,120285,120286,120287,120288,120289,120290,120291,120292,
    120293,120294,120295,120296,120297,120298,120299,120300,120301,120302,120303,120304,
    120305,120306,120307,120308,120309,120310,120311,120312,120313,120314,120315,120316,
    120317,120318,120319,120320,120321,120322,120323,120324,120325,120326,120327,120328,
    120329,120330,120331,120332,120333,120334,120335,120336,120337,120338,120339,120340,
    120341,120342,120343,120344,120345,120346,120347,120348,120349,120350,120351,120352,
    120353,120354,120355,120356,120357,120358,120359,120360,120361,120362,120363,120364,
    120365,120366,120367,120368,120369,120370,120371,120372,120373,120374,120375,120376,
    120377,120378,120379,120380,120381,120382,120383,120384,120385,120386,120387,120388,
    120389,120390,120391,120392,120393,120394,120395,120396,120397,120398,120399,120400,
    120401,120402,120403,120404,120405,120406,120407,120408,120409,120410,120411,120412,
    120413,120414,120415,120416,120417,120418,120419,120420,120421,120422,120423,120424,
    120425,120426,120427,120428,120429,120430,120431,120432,120433,120434,120435,120436,
    120437,120438,120439,120440,120441,120442,120443,120444,120445,120446,120447,120448,
    120449,120450,120451,120452,120453,120454,120455,120456,120457,120458,120459,120460,
    120461,120462,120463,120464,120465,120466,120467,120468,120469,120470,120471,120472,
    120473,120474,120475,120476,120477,120478,120479,120480,120481,120482,120483,120484,
    120485,120488,120489,120490,120491,120492,120493,120494,120495,120496,120497,120498,
    120499,120500,120501,120502,120503,120504,120505,120506,120507,120508,120509,120510,
    120511,120512,120513,120514,120515,120516,120517,120518,120519,120520,120521,120522,
    120523,120524,120525,120526,120527,120528,120529,120530,120531,120532,120533,120534,
    120535,120536,120537,120538,120539,120540,120541,120542,120543,120544,120545,120546,
    120547,120548,120549,120550,120551,120552,120553,120554,120555,120556,120557,120558,
    120559,120560,120561,120562,120563,120564,120565,120566,120567,120568,120569,120570,
    120571,120572,120573,120574,120575,120576,120577,120578,120579,120580,120581,120582,
    120583,120584,120585,120586,120587,120588,120589,120590,120591,120592,120593,120594,
    120595,120596,120597,120598,120599,120600,120601,120602,120603,120604,120605,120606,
    120607,120608,120609,120610,120611,120612,120613,120614,120615,120616,120617,120618,
    120619,120620,120621,120622,120623,120624,120625,120626,120627,120628,120629,120630,
    120631,120632,120633,120634,120635,120636,120637,120638,120639,120640,120641,120642,
    120643,120644,120645,120646,120647,120648,120649,120650,120651,120652,120653,120654,
    120655,120656,120657,120658,120659,120660,120661,120662,120663,120664,120665,120666,
    120667,120668,120669,120670,120671,120672,120673,120674,120675,120676,120677,120678,
    120679,120680,120681,120682,120683,120684,120685,120686,120687,120688,120689,120690,
    120691,120692,120693,120694,120695,120696,120697,120698,120699,120700,120701,120702,
    120703,120704,120705,120706,120707,120708,120709,120710,120711,120712,120713,120714,
    120715,120716,120717,120718,120719,120720,120721,120722,120723,120724,120725,120726,
    120727,120728,120729,120730,120731,120732,120733,120734,120735,120736,120737,120738,
    120739,120740,120741,120742,120743,120744,120745,120746,120747,120748,120749,120750,
    120751,120752,120753,120754,120755,120756,120757,120758,120759,120760,120761,120762,
    120763,120764,120765,120766,120767,120768,120769,120770,120771,120772,120773,120774,
    120775,120776,120777,120778,120779,120782,120783,120784,120785,120786,120787,120788,
    120789,120790,120791,120792,120793,120794,120795,120796,120797,120798,120799,120800,
    120801,120802,120803,120804,120805,120806,120807,120808,120809,120810,120811,120812,
    120813,120814,120815,120816,120817,120818,120819,120820,120821,120822,120823,120824,
    120825,120826,120827,120828,120829,120830,120831,122928,122929,122930,122931,122932,
    122933,122934,122935,122936,122937,122938,122939,122940,122941,122942,122943,122944,
    122945,122946,122947,122948,122949,122950,122951,122952,122953,122954,122955,122956,
    122957,122958,122959,122960,122961,122962,122963,122964,122965,122966,122967,122968,
    122969,122970,122971,122972,122973,122974,122975,122976,122977,122978,122979,122980,
    122981,122982,122983,122984,122985,122986,122987,122988,122989,126464,126465,126466,
    126467,126469,126470,126471,126472,126473,126474,126475,126476,126477,126478,126479,
    126480,126481,126482,126483,126484,126485,126486,126487,126488,126489,126490,126491,
    126492,126493,126494,126495,126497,126498,126500,126503,126505,126506,126507,126508,
    126509,126510,126511,126512,126513,126514,126516,126517,126518,126519,126521,126523,
    126530,126535,126537,126539,126541,126542,126543,126545,126546,126548,126551,126553,
    126555,126557,126559,126561,126562,126564,126567,126568,126569,126570,126572,126573,
    126574,126575,126576,126577,126578,126580,126581,126582,126583,126585,126586,126587,
    126588,126590,126592,126593,126594,126595,126596,126597,126598,126599,126600,126601,
    126603,126604,126605,126606,126607,126608,126609,126610,126611,126612,126613,126614,
    126615,126616,126617,126618,126619,126625,126626,126627,126629,126630,126631,126632,
    126633,126635,126636,126637,126638,126639,126640,126641,126642,126643,126644,126645,
    126646,126647,126648,126649,126650,126651,127232,127233,127234,127235,127236,127237,
    127238,127239,127240,127241,127242,127248,127249,127250,127251,127252,127253,127254,
    127255,127256,127257,127258,127259,127260,127261,127262,127263,127264,127265,127266,
    127267,127268,127269,127270,127271,127272,127273,127274,127275,127276,127277,127278,
    127280,127281,127282,127283,127284,127285,127286,127287,127288,127289,127290,127291,
    127292,127293,127294,127295,127296,127297,127298,127299,127300,127301,127302,127303,
    127304,127305,127306,127307,127308,127309,127310,127311,127338,127339,127340,127376,
    127488,127489,127490,127504,127505,127506,127507,127508,127509,127510,127511,127512,
    127513,127514,127515,127516,127517,127518,127519,127520,127521,127522,127523,127524,
    127525,127526,127527,127528,127529,127530,127531,127532,127533,127534,127535,127536,
    127537,127538,127539,127540,127541,127542,127543,127544,127545,127546,127547,127552,
    127553,127554,127555,127556,127557,127558,127559,127560,127568,127569,130032,130033,
    130034,130035,130036,130037,130038,130039,130040,130041,
};
static const uint16_t thermo__kdecomp_at[3813] = {
    0,1,3,4,6,7,8,10,11,13,14,15,18,21,24,26,
    28,30,32,34,35,38,41,44,46,48,50,52,54,56,58,60,
    62,63,64,65,66,67,68,69,70,71,73,75,77,79,81,83,
    84,85,86,87,88,90,92,95,96,97,98,100,102,103,104,105,
    106,107,108,109,110,112,114,116,118,120,122,124,126,128,129,132,
    135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,
    151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,
    167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,
    183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,
    199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,
    215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,
    231,232,233,234,236,238,240,242,244,247,250,253,256,259,262,265,
    268,271,273,275,276,277,278,279,280,281,282,283,284,285,286,287,
    289,290,292,295,296,298,301,303,306,308,310,312,314,316,320,321,
    322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,
    338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,
    354,355,356,357,358,359,360,361,362,363,365,368,371,372,374,377,
    380,381,383,384,385,386,387,388,389,390,391,392,393,394,396,397,
    398,399,400,401,403,406,408,409,410,411,412,413,414,415,416,417,
    418,419,420,421,422,425,426,427,428,429,430,431,432,433,434,435,
    438,441,445,448,451,454,457,460,463,466,469,472,475,478,481,483,
    484,486,489,491,492,494,497,501,503,504,506,509,510,511,512,513,
    514,516,519,521,522,524,527,531,533,534,536,539,540,541,542,543,
    546,548,551,553,556,557,558,559,560,561,562,563,564,565,567,569,
    571,573,575,577,579,581,583,585,587,590,593,596,599,602,605,608,
    611,614,618,622,626,630,634,638,642,646,650,654,658,660,662,664,
    666,668,670,672,674,676,679,682,685,688,691,694,697,700,703,706,
    709,712,715,718,721,724,727,730,733,736,739,742,745,748,751,754,
    757,760,763,766,769,772,775,778,781,784,787,788,789,790,791,792,
    793,794,795,796,797,798,799,800,801,802,803,804,805,806,807,808,
    809,810,811,812,813,814,815,816,817,818,819,820,821,822,823,824,
    825,826,827,828,829,830,831,832,833,834,835,836,837,838,839,840,
    844,847,849,852,853,854,855,856,857,858,859,860,861,862,863,864,
    865,866,867,868,869,870,871,872,873,874,875,876,877,878,879,880,
    881,882,883,884,885,886,887,888,889,890,891,892,893,894,895,896,
    897,898,899,900,901,902,903,904,905,906,907,908,909,910,911,912,
    913,914,915,916,917,918,919,920,921,922,923,924,925,926,927,928,
    929,930,931,932,933,934,935,936,937,938,939,940,941,942,943,944,
    945,946,947,948,949,950,951,952,953,954,955,956,957,958,959,960,
    961,962,963,964,965,966,967,968,969,970,971,972,973,974,975,976,
    977,978,979,980,981,982,983,984,985,986,987,988,989,990,991,992,
    993,994,995,996,997,998,999,1000,1001,1002,1003,1004,1005,1006,1007,1008,
    1009,1010,1011,1012,1013,1014,1015,1016,1017,1018,1019,1020,1021,1022,1023,1024,
    1025,1026,1027,1028,1029,1030,1031,1032,1033,1034,1035,1036,1037,1038,1039,1040,
    1041,1042,1043,1044,1045,1046,1047,1048,1049,1050,1051,1052,1053,1054,1055,1056,
    1057,1058,1059,1060,1061,1062,1063,1064,1065,1066,1067,1068,1069,1070,1071,1072,
    1073,1074,1075,1076,1078,1080,1082,1084,1085,1086,1087,1088,1089,1090,1091,1092,
    1093,1094,1095,1096,1097,1098,1099,1100,1101,1102,1103,1104,1105,1106,1107,1108,
    1109,1110,1111,1112,1113,1114,1115,1116,1117,1118,1119,1120,1121,1122,1123,1124,
    1125,1126,1127,1128,1129,1130,1131,1132,1133,1134,1135,1136,1137,1138,1139,1140,
    1141,1142,1143,1144,1145,1146,1147,1148,1149,1150,1151,1152,1153,1154,1155,1156,
    1157,1158,1159,1160,1161,1162,1163,1164,1165,1166,1167,1168,1169,1170,1171,1172,
    1173,1174,1175,1176,1177,1178,1179,1180,1181,1182,1183,1184,1185,1186,1187,1188,
    1189,1190,1191,1192,1195,1198,1201,1204,1207,1210,1213,1216,1219,1222,1225,1228,
    1231,1234,1238,1242,1246,1250,1254,1258,1262,1266,1270,1274,1278,1282,1286,1290,
    1294,1301,1307,1310,1313,1316,1319,1322,1325,1328,1331,1334,1337,1340,1343,1346,
    1349,1352,1355,1358,1361,1364,1367,1370,1373,1376,1379,1382,1385,1388,1391,1394,
    1397,1400,1403,1406,1409,1412,1415,1416,1417,1418,1419,1422,1424,1426,1428,1430,
    1432,1434,1436,1438,1440,1442,1444,1446,1448,1450,1452,1453,1454,1455,1456,1457,
    1458,1459,1460,1461,1462,1463,1464,1465,1466,1468,1470,1472,1474,1476,1478,1480,
    1482,1484,1486,1488,1490,1492,1494,1499,1503,1505,1506,1507,1508,1509,1510,1511,
    1512,1513,1514,1515,1516,1517,1518,1519,1520,1521,1522,1523,1524,1525,1526,1527,
    1528,1529,1530,1531,1532,1533,1534,1535,1536,1537,1538,1539,1540,1541,1542,1543,
    1544,1545,1546,1547,1548,1549,1550,1551,1552,1553,1554,1556,1558,1560,1562,1564,
    1566,1568,1570,1572,1574,1576,1578,1580,1582,1584,1586,1588,1590,1592,1594,1596,
    1598,1600,1602,1605,1608,1611,1613,1616,1618,1621,1622,1623,1624,1625,1626,1627,
    1628,1629,1630,1631,1632,1633,1634,1635,1636,1637,1638,1639,1640,1641,1642,1643,
    1644,1645,1646,1647,1648,1649,1650,1651,1652,1653,1654,1655,1656,1657,1658,1659,
    1660,1661,1662,1663,1664,1665,1666,1667,1668,1670,1675,1679,1684,1687,1692,1695,
    1698,1704,1708,1711,1714,1717,1721,1725,1729,1733,1737,1741,1745,1751,1753,1759,
    1765,1770,1774,1780,1786,1790,1793,1796,1800,1804,1809,1814,1817,1820,1824,1827,
    1830,1832,1834,1837,1840,1846,1850,1855,1861,1865,1868,1871,1877,1881,1887,1890,
    1895,1898,1902,1905,1909,1914,1918,1923,1927,1929,1934,1937,1940,1944,1947,1950,
    1953,1958,1962,1964,1970,1973,1978,1982,1986,1989,1992,1996,1998,2002,2007,2009,
    2015,2018,2020,2022,2024,2026,2028,2030,2032,2034,2036,2038,2041,2044,2047,2050,
    2053,2056,2059,2062,2065,2068,2071,2074,2077,2080,2083,2086,2088,2090,2093,2095,
    2097,2099,2102,2105,2107,2109,2111,2113,2115,2119,2121,2123,2125,2127,2129,2131,
    2133,2135,2138,2142,2144,2146,2148,2150,2152,2154,2156,2159,2162,2165,2168,2170,
    2172,2174,2176,2178,2180,2182,2184,2186,2188,2191,2194,2196,2199,2202,2205,2207,
    2210,2213,2217,2219,2222,2225,2228,2231,2236,2242,2244,2246,2248,2250,2252,2254,
    2256,2258,2260,2262,2264,2266,2268,2270,2272,2274,2276,2278,2282,2284,2286,2288,
    2292,2295,2297,2299,2301,2303,2305,2307,2309,2311,2313,2315,2318,2320,2322,2325,
    2328,2330,2334,2337,2339,2341,2343,2345,2348,2351,2353,2355,2357,2359,2361,2363,
    2365,2367,2369,2372,2375,2378,2381,2384,2387,2390,2393,2396,2399,2402,2405,2408,
    2411,2414,2417,2420,2423,2426,2429,2432,2435,2438,2439,2440,2441,2442,2443,2444,
    2445,2446,2447,2448,2449,2450,2451,2453,2455,2457,2460,2463,2465,2467,2469,2471,
    2473,2475,2477,2478,2479,2480,2481,2482,2483,2484,2485,2486,2487,2489,2490,2491,
    2492,2493,2494,2495,2496,2497,2498,2499,2500,2501,2502,2503,2504,2505,2506,2507,
    2508,2509,2510,2511,2512,2513,2514,2515,2516,2517,2518,2519,2520,2521,2522,2523,
    2524,2525,2526,2527,2528,2529,2530,2531,2532,2533,2534,2535,2536,2537,2538,2539,
    2540,2541,2542,2543,2544,2545,2546,2547,2548,2549,2550,2551,2552,2553,2554,2555,
    2556,2557,2558,2559,2560,2561,2562,2563,2564,2565,2566,2567,2568,2569,2570,2571,
    2572,2573,2575,2577,2578,2579,2580,2581,2582,2583,2584,2585,2586,2587,2589,2591,
    2592,2593,2594,2595,2596,2597,2598,2599,2600,2601,2603,2604,2605,2606,2607,2608,
    2609,2610,2611,2612,2613,2614,2615,2618,2621,2624,2627,2630,2633,2636,2639,2642,
    2645,2648,2651,2654,2657,2660,2663,2666,2669,2670,2671,2672,2673,2676,2679,2682,
    2685,2688,2690,2692,2694,2696,2698,2700,2702,2704,2706,2708,2710,2712,2714,2716,
    2718,2720,2722,2724,2726,2728,2730,2732,2734,2736,2738,2740,2742,2744,2746,2748,
    2750,2752,2754,2756,2758,2760,2762,2764,2766,2768,2770,2772,2774,2776,2778,2780,
    2782,2784,2786,2788,2790,2792,2794,2796,2798,2800,2802,2804,2806,2808,2810,2812,
    2814,2816,2818,2820,2822,2824,2826,2828,2830,2832,2834,2836,2838,2840,2842,2844,
    2846,2848,2850,2852,2854,2856,2858,2860,2862,2864,2866,2869,2872,2875,2878,2881,
    2884,2887,2890,2893,2896,2899,2902,2904,2906,2908,2910,2912,2914,2916,2918,2920,
    2922,2924,2926,2928,2930,2932,2934,2936,2938,2940,2942,2944,2946,2948,2950,2952,
    2954,2956,2958,2960,2962,2964,2966,2968,2970,2972,2974,2976,2978,2980,2982,2984,
    2986,2988,2990,2992,2995,2998,3001,3004,3007,3009,3011,3013,3015,3017,3019,3021,
    3023,3025,3027,3029,3031,3033,3035,3037,3039,3041,3043,3045,3047,3049,3051,3053,
    3055,3057,3059,3061,3063,3065,3067,3069,3071,3073,3075,3077,3079,3081,3083,3085,
    3087,3089,3091,3093,3095,3097,3099,3101,3103,3105,3107,3109,3111,3113,3115,3117,
    3119,3121,3123,3125,3127,3129,3131,3133,3135,3137,3139,3141,3144,3147,3149,3151,
    3153,3155,3157,3159,3161,3163,3165,3167,3169,3171,3173,3175,3177,3179,3181,3184,
    3187,3190,3192,3194,3196,3198,3200,3202,3204,3206,3208,3210,3212,3214,3216,3218,
    3220,3222,3224,3226,3228,3230,3232,3234,3236,3238,3240,3242,3244,3246,3248,3250,
    3252,3254,3256,3258,3260,3262,3264,3266,3268,3270,3272,3274,3276,3278,3280,3282,
    3284,3286,3288,3290,3292,3294,3296,3298,3300,3302,3304,3306,3308,3310,3312,3314,
    3316,3318,3320,3322,3324,3326,3328,3330,3332,3334,3336,3339,3342,3345,3348,3351,
    3354,3357,3360,3363,3366,3369,3372,3375,3378,3381,3384,3387,3390,3393,3396,3399,
    3402,3405,3408,3411,3414,3417,3420,3423,3426,3429,3432,3435,3438,3441,3444,3447,
    3450,3453,3456,3459,3462,3465,3468,3471,3474,3477,3480,3483,3486,3489,3492,3495,
    3498,3501,3504,3507,3510,3513,3516,3519,3522,3525,3528,3531,3534,3537,3540,3543,
    3546,3549,3552,3555,3558,3561,3564,3567,3570,3573,3576,3579,3582,3585,3588,3591,
    3594,3597,3600,3603,3606,3609,3612,3615,3618,3621,3624,3627,3630,3633,3636,3639,
    3642,3645,3648,3651,3654,3657,3660,3663,3666,3669,3672,3675,3678,3681,3684,3687,
    3690,3693,3696,3700,3704,3708,3712,3716,3720,3724,3727,3745,3753,3757,3758,3759,
    3760,3761,3762,3763,3764,3765,3766,3769,3771,3772,3773,3774,3775,3776,3777,3778,
    3779,3780,3781,3782,3783,3784,3785,3786,3787,3788,3789,3790,3791,3792,3793,3795,
    3797,3799,3801,3802,3803,3804,3805,3806,3807,3808,3809,3810,3811,3812,3813,3814,
    3815,3816,3817,3818,3819,3820,3821,3822,3823,3824,3825,3826,3827,3828,3829,3830,
    3832,3834,3836,3838,3840,3842,3844,3846,3848,3850,3852,3854,3856,3858,3859,3861,
    3863,3865,3867,3869,3871,3873,3875,3877,3879,3881,3883,3884,3885,3886,3887,3888,
    3889,3890,3891,3892,3893,3894,3895,3896,3897,3898,3899,3900,3901,3902,3903,3904,
    3905,3906,3907,3908,3909,3910,3911,3912,3913,3914,3915,3916,3917,3918,3919,3920,
    3921,3922,3923,3924,3925,3926,3927,3928,3929,3930,3931,3932,3933,3934,3935,3936,
    3937,3938,3939,3940,3941,3942,3943,3944,3945,3946,3947,3948,3949,3950,3951,3952,
    3953,3954,3955,3956,3957,3958,3959,3960,3961,3962,3963,3964,3965,3966,3967,3968,
    3969,3970,3971,3972,3973,3974,3975,3976,3977,3978,3979,3980,3981,3982,3983,3984,
    3985,3986,3987,3990,3993,3996,3999,4002,4005,4007,4009,4010,4011,4012,4013,4014,
    4015,4016,4017,4018,4019,4020,4021,4022,4023,4024,4025,4026,4027,4028,4029,4030,
    4031,4032,4033,4034,4035,4036,4037,4038,4039,4040,4041,4042,4043,4044,4045,4046,
    4047,4048,4049,4050,4051,4052,4053,4054,4055,4056,4057,4058,4059,4060,4061,4062,
    4063,4064,4065,4066,4067,4068,4069,4070,4071,4072,4073,4074,4075,4076,4077,4078,
    4079,4080,4081,4082,4083,4084,4085,4086,4087,4088,4089,4090,4091,4092,4093,4094,
    4095,4096,4097,4098,4099,4100,4101,4102,4103,4104,4105,4106,4107,4108,4109,4110,
    4111,4112,4113,4114,4115,4116,4117,4118,4119,4120,4121,4122,4123,4124,4125,4126,
    4127,4128,4129,4130,4131,4132,4133,4134,4135,4136,4137,4138,4139,4140,4141,4142,
    4143,4144,4145,4146,4147,4148,4149,4150,4151,4152,4153,4154,4155,4156,4157,4158,
    4159,4160,4161,4162,4163,4164,4165,4166,4167,4168,4169,4170,4171,4172,4173,4174,
    4175,4176,4177,4178,4179,4180,4181,4182,4183,4184,4185,4186,4187,4188,4189,4190,
    4191,4192,4193,4194,4195,4196,4197,4198,4199,4200,4201,4202,4203,4204,4205,4206,
    4207,4208,4209,4210,4211,4212,4213,4214,4215,4216,4217,4218,4219,4220,4221,4222,
    4223,4225,4226,4227,4228,4229,4230,4231,4232,4233,4234,4235,4236,4237,4238,4239,
    4240,4241,4242,4243,4244,4245,4246,4247,4248,4249,4250,4251,4252,4253,4254,4255,
    4256,4257,4258,4259,4260,4261,4262,4263,4264,4265,4266,4267,4268,4269,4270,4271,
    4272,4273,4274,4275,4276,4277,4278,4279,4280,4281,4282,4283,4284,4285,4286,4287,
    4288,4289,4290,4291,4292,4293,4294,4295,4296,4297,4298,4299,4300,4301,4302,4303,
    4304,4305,4306,4307,4308,4309,4310,4311,4312,4313,4314,4315,4316,4317,4318,4319,
    4320,4321,4322,4323,4324,4325,4326,4327,4328,4329,4330,4331,4332,4333,4334,4335,
    4336,4337,4338,4339,4340,4341,4342,4343,4344,4345,4346,4347,4348,4349,4350,4351,
    4352,4353,4354,4355,4356,4357,4358,4359,4360,4361,4362,4363,4364,4365,4366,4367,
    4368,4369,4370,4371,4372,4373,4374,4375,4376,4377,4378,4379,4380,4381,4382,4383,
    4384,4385,4386,4387,4388,4389,4390,4391,4392,4393,4394,4395,4396,4397,4398,4399,
    4400,4401,4402,4403,4404,4405,4406,4407,4408,4409,4410,4411,4412,4413,4414,4415,
    4416,4417,4418,4419,4420,4421,4422,4423,4424,4425,4426,4427,4428,4429,4430,4431,
    4432,4433,4434,4435,4436,4437,4438,4439,4440,4441,4442,4443,4444,4445,4446,4447,
    4448,4449,4450,4451,4452,4453,4454,4455,4456,4457,4458,4459,4460,4461,4462,4463,
    4464,4465,4466,4467,4468,4469,4470,4471,4472,4473,4474,4475,4476,4477,4478,4479,
    4480,4481,4482,4483,4484,4485,4486,4487,4488,4489,4490,4491,4492,4493,4494,4495,
    4496,4497,4498,4499,4500,4501,4502,4503,4504,4505,4506,4507,4508,4509,4510,4511,
    4512,4513,4514,4515,4516,4517,4518,4519,4520,4521,4522,4523,4524,4525,4526,4527,
    4528,4529,4530,4531,4532,4533,4534,4535,4536,4537,4538,4539,4540,4541,4542,4543,
    4544,4545,4546,4547,4548,4549,4550,4551,4552,4553,4554,4555,4556,4557,4558,4559,
    4560,4561,4562,4563,4564,4565,4566,4567,4568,4569,4570,4571,4572,4573,4574,4575,
    4576,4577,4578,4579,4580,4581,4582,4583,4584,4585,4586,4587,4588,4589,4590,4591,
    4592,4593,4594,4595,4596,4597,4598,4599,4600,4601,4602,4603,4604,4605,4606,4607,
    4608,4609,4610,4611,4612,4613,4614,4615,4616,4617,4618,4619,4620,4621,4622,4623,
    4624,4625,4626,4627,4628,4629,4630,4631,4632,4633,4634,4635,4636,4637,4638,4639,
    4640,4641,4642,4643,4644,4645,4646,4647,4648,4649,4650,4651,4652,4653,4654,4655,
    4656,4657,4658,4659,4660,4661,4662,4663,4664,4665,4666,4667,4668,4669,4670,4671,
    4672,4673,4674,4675,4676,4677,4678,4679,4680,4681,4682,4683,4684,4685,4686,4687,
    4688,4689,4690,4691,4692,4693,4694,4695,4696,4697,4698,4699,4700,4701,4702,4703,
    4704,4705,4706,4707,4708,4709,4710,4711,4712,4713,4714,4715,4716,4717,4718,4719,
    4720,4721,4722,4723,4724,4725,4726,4727,4728,4729,4730,4731,4732,4733,4734,4735,
    4736,4737,4738,4739,4740,4741,4742,4743,4744,4745,4746,4747,4748,4749,4750,4751,
    4752,4753,4754,4755,4756,4757,4758,4759,4760,4761,4762,4763,4764,4765,4766,4767,
    4768,4769,4770,4771,4772,4773,4774,4775,4776,4777,4778,4779,4780,4781,4782,4783,
    4784,4785,4786,4787,4788,4789,4790,4791,4792,4793,4794,4795,4796,4797,4798,4799,
    4800,4801,4802,4803,4804,4805,4806,4807,4808,4809,4810,4811,4812,4813,4814,4815,
    4816,4817,4818,4819,4820,4821,4822,4823,4824,4825,4826,4827,4828,4829,4830,4831,
    4832,4833,4834,4835,4836,4837,4838,4839,4840,4841,4842,4843,4844,4845,4846,4847,
    4848,4849,4850,4851,4852,4853,4854,4855,4856,4857,4858,4859,4860,4861,4862,4863,
    4864,4865,4866,4867,4868,4869,4870,4871,4872,4873,4874,4875,4876,4877,4878,4879,
    4880,4881,4882,4883,4884,4885,4886,4887,4888,4889,4890,4891,4892,4893,4894,4895,
    4896,4897,4898,4899,4900,4901,4902,4903,4904,4905,4906,4907,4908,4909,4910,4911,
    4912,4913,4914,4915,4916,4917,4918,4919,4920,4921,4922,4923,4924,4925,4926,4927,
    4928,4929,4930,4931,4932,4933,4934,4935,4936,4937,4938,4939,4940,4941,4942,4943,
    4944,4945,4946,4947,4948,4949,4950,4951,4952,4953,4954,4955,4956,4957,4958,4959,
    4960,4961,4962,4963,4964,4965,4966,4967,4968,4969,4970,4971,4972,4973,4974,4975,
    4976,4977,4978,4979,4980,4981,4982,4983,4984,4985,4986,4987,4988,4989,4990,4991,
    4992,4993,4994,4995,4996,4997,4998,4999,5000,5001,5002,5003,5004,5005,5006,5007,
    5008,5009,5010,5011,5012,5013,5014,5015,5016,5017,5018,5019,5020,5021,5022,5023,
    5024,5025,5026,5027,5028,5029,5030,5031,5032,5033,5034,5035,5036,5037,5038,5039,
    5040,5041,5042,5043,5044,5045,5046,5047,5048,5049,5050,5051,5052,5053,5054,5055,
    5056,5057,5058,5059,5060,5061,5062,5063,5064,5065,5066,5067,5068,5069,5070,5071,
    5072,5073,5074,5075,5076,5077,5078,5079,5080,5081,5082,5083,5084,5085,5086,5087,
    5088,5089,5090,5091,5092,5093,5094,5095,5096,5097,5098,5099,5100,5101,5102,5103,
    5104,5105,5106,5107,5108,5109,5110,5111,5112,5113,5114,5115,5116,5117,5118,5119,
    5120,5121,5122,5123,5124,5125,5126,5127,5128,5129,5130,5131,5132,5133,5134,5135,
    5136,5137,5138,5139,5140,5141,5142,5143,5144,5145,5146,5147,5148,5149,5150,5151,
    5152,5153,5154,5155,5156,5157,5158,5159,5160,5161,5162,5163,5164,5165,5166,5167,
    5168,5169,5170,5171,5172,5173,5174,5175,5176,5177,5178,5179,5180,5181,5182,5183,
    5184,5185,5186,5187,5188,5189,5190,5191,5192,5193,5194,5195,5196,5197,5198,5199,
    5200,5201,5202,5203,5204,5205,5206,5207,5208,5209,5210,5211,5212,5213,5214,5215,
    5216,5217,5218,5219,5220,5221,5222,5223,5224,5225,5226,5227,5228,5229,5230,5231,
    5232,5233,5234,5235,5236,5237,5238,5239,5240,5241,5242,5243,5244,5245,5246,5247,
    5248,5249,5250,5251,5252,5253,5254,5255,5256,5257,5258,5259,5260,5261,5262,5263,
    5264,5265,5266,5267,5268,5269,5270,5271,5272,5273,5274,5275,5276,5277,5278,5279,
    5280,5281,5282,5283,5284,5285,5286,5287,5288,5289,5290,5291,5292,5293,5294,5295,
    5296,5297,5298,5299,5300,5301,5302,5303,5304,5305,5306,5307,5308,5309,5310,5311,
    5312,5313,5314,5315,5316,5317,5318,5319,5320,5321,5322,5323,5324,5325,5326,5327,
    5328,5329,5330,5331,5332,5333,5334,5335,5336,5337,5338,5339,5340,5341,5342,5343,
    5344,5345,5346,5347,5348,5349,5350,5351,5352,5353,5354,5355,5356,5357,5358,5359,
    5360,5361,5362,5363,5364,5365,5366,5367,5368,5369,5370,5371,5372,5373,5374,5375,
    5376,5377,5378,5379,5380,5381,5382,5383,5384,5385,5386,5387,5388,5389,5390,5391,
    5392,5393,5394,5395,5396,5397,5398,5399,5400,5401,5402,5403,5404,5405,5406,5407,
    5408,5409,5410,5411,5412,5413,5414,5415,5416,5417,5418,5419,5420,5421,5422,5423,
    5424,5425,5426,5427,5428,5429,5430,5431,5432,5433,5434,5435,5436,5437,5438,5439,
    5440,5441,5442,5443,5444,5445,5446,5447,5448,5449,5450,5451,5452,5453,5454,5455,
    5456,5457,5458,5459,5460,5461,5462,5463,5464,5465,5466,5467,5468,5469,5470,5471,
    5472,5473,5474,5475,5476,5477,5478,5479,5480,5481,5482,5483,5484,5485,5486,5487,
    5488,5489,5490,5492,5494,5496,5498,5500,5502,5504,5506,5508,5510,5512,5515,5518,
    5521,5524,5527,5530,5533,5536,5539,5542,5545,5548,5551,5554,5557,5560,5563,5566,
    5569,5572,5575,5578,5581,5584,5587,5590,5593,5594,5595,5597,5599,5600,5601,5602,
    5603,5604,5605,5606,5607,5608,5609,5610,5611,5612,5613,5614,5615,5616,5617,5618,
    5619,5620,5621,5622,5623,5624,5625,5627,5629,5631,5633,5636,5638,5640,5642,5644,
    5646,5648,5650,5651,5652,5653,5654,5656,5657,5658,5659,5660,5661,5662,5663,5664,
    5665,5666,5667,5668,5669,5670,5671,5672,5673,5674,5675,5676,5677,5678,5679,5680,
    5681,5682,5683,5684,5685,5686,5687,5688,5689,5690,5691,5692,5693,5694,5695,5696,
    5699,5702,5705,5708,5711,5714,5717,5720,5723,5724,5725,5726,5727,5728,5729,5730,
    5731,5732,5733,5734,5735,
};
static const uint32_t thermo__kdecomp_pool[5735] = {
    32,32,776,97,32,772,50,51,32,769,956,32,
    807,49,111,49,8260,52,49,8260,50,51,8260,52,
    73,74,105,106,76,183,108,183,700,110,115,68,
    90,780,68,122,780,100,122,780,76,74,76,106,
    108,106,78,74,78,106,110,106,68,90,68,122,
    100,122,104,614,106,114,633,635,641,119,121,32,
    774,32,775,32,778,32,808,32,771,32,779,611,
    108,115,120,661,32,837,32,769,32,776,769,946,
    952,933,933,769,933,776,966,960,954,961,962,920,
    949,931,1381,1410,1575,1652,1608,1652,1735,1652,1610,1652,
    3661,3634,3789,3762,3755,3737,3755,3745,3851,4018,3953,3968,
    4019,3953,3968,4316,65,198,66,68,69,398,71,72,
    73,74,75,76,77,78,79,546,80,82,84,85,
    87,97,592,593,7426,98,100,101,601,603,604,103,
    107,109,331,111,596,7446,7447,112,116,117,7453,623,
    118,7461,946,947,948,966,967,105,114,117,118,946,
    947,961,966,967,1085,594,99,597,240,604,102,607,
    609,613,616,617,618,7547,669,621,7557,671,625,624,
    626,627,628,629,632,642,643,427,649,650,7452,651,
    652,122,656,657,658,952,97,702,115,775,32,787,
    32,787,32,834,32,776,834,32,787,768,32,787,
    769,32,787,834,32,788,768,32,788,769,32,788,
    834,32,776,768,32,776,769,32,769,32,788,32,
    32,32,32,32,32,32,32,32,32,32,8208,32,
    819,46,46,46,46,46,46,32,8242,8242,8242,8242,
    8242,8245,8245,8245,8245,8245,33,33,32,773,63,63,
    63,33,33,63,8242,8242,8242,8242,32,48,105,52,
    53,54,55,56,57,43,8722,61,40,41,110,48,
    49,50,51,52,53,54,55,56,57,43,8722,61,
    40,41,97,101,111,120,601,104,107,108,109,110,
    112,115,116,82,115,97,47,99,97,47,115,67,
    176,67,99,47,111,99,47,117,400,176,70,103,
    72,72,72,104,295,73,73,76,108,78,78,111,
    80,81,82,82,82,83,77,84,69,76,84,77,
    90,90,66,67,101,69,70,77,111,1488,1489,1490,
    1491,105,70,65,88,960,947,915,928,8721,68,100,
    101,105,106,49,8260,55,49,8260,57,49,8260,49,
    48,49,8260,51,50,8260,51,49,8260,53,50,8260,
    53,51,8260,53,52,8260,53,49,8260,54,53,8260,
    54,49,8260,56,51,8260,56,53,8260,56,55,8260,
    56,49,8260,73,73,73,73,73,73,73,86,86,
    86,73,86,73,73,86,73,73,73,73,88,88,
    88,73,88,73,73,76,67,68,77,105,105,105,
    105,105,105,105,118,118,118,105,118,105,105,118,
    105,105,105,105,120,120,120,105,120,105,105,108,
    99,100,109,48,8260,51,8747,8747,8747,8747,8747,8750,
    8750,8750,8750,8750,49,50,51,52,53,54,55,56,
    57,49,48,49,49,49,50,49,51,49,52,49,
    53,49,54,49,55,49,56,49,57,50,48,40,
    49,41,40,50,41,40,51,41,40,52,41,40,
    53,41,40,54,41,40,55,41,40,56,41,40,
    57,41,40,49,48,41,40,49,49,41,40,49,
    50,41,40,49,51,41,40,49,52,41,40,49,
    53,41,40,49,54,41,40,49,55,41,40,49,
    56,41,40,49,57,41,40,50,48,41,49,46,
    50,46,51,46,52,46,53,46,54,46,55,46,
    56,46,57,46,49,48,46,49,49,46,49,50,
    46,49,51,46,49,52,46,49,53,46,49,54,
    46,49,55,46,49,56,46,49,57,46,50,48,
    46,40,97,41,40,98,41,40,99,41,40,100,
    41,40,101,41,40,102,41,40,103,41,40,104,
    41,40,105,41,40,106,41,40,107,41,40,108,
    41,40,109,41,40,110,41,40,111,41,40,112,
    41,40,113,41,40,114,41,40,115,41,40,116,
    41,40,117,41,40,118,41,40,119,41,40,120,
    41,40,121,41,40,122,41,65,66,67,68,69,
    70,71,72,73,74,75,76,77,78,79,80,81,
    82,83,84,85,86,87,88,89,90,97,98,99,
    100,101,102,103,104,105,106,107,108,109,110,111,
    112,113,114,115,116,117,118,119,120,121,122,48,
    8747,8747,8747,8747,58,58,61,61,61,61,61,61,
    106,86,11617,27597,40863,19968,20008,20022,20031,20057,20101,20108,
    20128,20154,20799,20837,20843,20866,20886,20907,20960,20981,20992,21147,
    21241,21269,21274,21304,21313,21340,21353,21378,21430,21448,21475,22231,
    22303,22763,22786,22794,22805,22823,22899,23376,23424,23544,23567,23586,
    23608,23662,23665,24027,24037,24049,24062,24178,24186,24191,24308,24318,
    24331,24339,24400,24417,24435,24515,25096,25142,25163,25903,25908,25991,
    26007,26020,26041,26080,26085,26352,26376,26408,27424,27490,27513,27571,
    27595,27604,27611,27663,27668,27700,28779,29226,29238,29243,29247,29255,
    29273,29275,29356,29572,29577,29916,29926,29976,29983,29992,30000,30091,
    30098,30326,30333,30382,30399,30446,30683,30690,30707,31034,31160,31166,
    31348,31435,31481,31859,31992,32566,32593,32650,32701,32769,32780,32786,
    32819,32895,32905,33251,33258,33267,33276,33292,33307,33311,33390,33394,
    33400,34381,34411,34880,34892,34915,35198,35211,35282,35328,35895,35910,
    35925,35960,35997,36196,36208,36275,36523,36554,36763,36784,36789,37009,
    37193,37318,37324,37329,38263,38272,38428,38582,38585,38632,38737,38750,
    38754,38761,38859,38893,38899,38913,39080,39131,39135,39318,39321,39340,
    39592,39640,39647,39717,39727,39730,39740,39770,40165,40565,40575,40613,
    40635,40643,40653,40657,40697,40701,40718,40723,40736,40763,40778,40786,
    40845,40860,40864,32,12306,21313,21316,21317,32,12441,32,12442,
    12424,12426,12467,12488,4352,4353,4522,4354,4524,4525,4355,4356,
    4357,4528,4529,4530,4531,4532,4533,4378,4358,4359,4360,4385,
    4361,4362,4363,4364,4365,4366,4367,4368,4369,4370,4449,4450,
    4451,4452,4453,4454,4455,4456,4457,4458,4459,4460,4461,4462,
    4463,4464,4465,4466,4467,4468,4469,4448,4372,4373,4551,4552,
    4556,4558,4563,4567,4569,4380,4573,4575,4381,4382,4384,4386,
    4387,4391,4393,4395,4396,4397,4398,4399,4402,4406,4416,4423,
    4428,4593,4594,4439,4440,4441,4484,4485,4488,4497,4498,4500,
    4510,4513,19968,20108,19977,22235,19978,20013,19979,30002,20057,19993,
    19969,22825,22320,20154,40,4352,41,40,4354,41,40,4355,
    41,40,4357,41,40,4358,41,40,4359,41,40,4361,
    41,40,4363,41,40,4364,41,40,4366,41,40,4367,
    41,40,4368,41,40,4369,41,40,4370,41,40,4352,
    4449,41,40,4354,4449,41,40,4355,4449,41,40,4357,
    4449,41,40,4358,4449,41,40,4359,4449,41,40,4361,
    4449,41,40,4363,4449,41,40,4364,4449,41,40,4366,
    4449,41,40,4367,4449,41,40,4368,4449,41,40,4369,
    4449,41,40,4370,4449,41,40,4364,4462,41,40,4363,
    4457,4364,4453,4523,41,40,4363,4457,4370,4462,41,40,
    19968,41,40,20108,41,40,19977,41,40,22235,41,40,
    20116,41,40,20845,41,40,19971,41,40,20843,41,40,
    20061,41,40,21313,41,40,26376,41,40,28779,41,40,
    27700,41,40,26408,41,40,37329,41,40,22303,41,40,
    26085,41,40,26666,41,40,26377,41,40,31038,41,40,
    21517,41,40,29305,41,40,36001,41,40,31069,41,40,
    21172,41,40,20195,41,40,21628,41,40,23398,41,40,
    30435,41,40,20225,41,40,36039,41,40,21332,41,40,
    31085,41,40,20241,41,40,33258,41,40,33267,41,21839,
    24188,25991,31631,80,84,69,50,49,50,50,50,51,
    50,52,50,53,50,54,50,55,50,56,50,57,
    51,48,51,49,51,50,51,51,51,52,51,53,
    4352,4354,4355,4357,4358,4359,4361,4363,4364,4366,4367,4368,
    4369,4370,4352,4449,4354,4449,4355,4449,4357,4449,4358,4449,
    4359,4449,4361,4449,4363,4449,4364,4449,4366,4449,4367,4449,
    4368,4449,4369,4449,4370,4449,4366,4449,4535,4352,4457,4364,
    4462,4363,4468,4363,4462,19968,20108,19977,22235,20116,20845,19971,
    20843,20061,21313,26376,28779,27700,26408,37329,22303,26085,26666,26377,
    31038,21517,29305,36001,31069,21172,31192,30007,22899,36969,20778,21360,
    27880,38917,20241,20889,27491,19978,20013,19979,24038,21491,21307,23447,
    23398,30435,20225,36039,21332,22812,51,54,51,55,51,56,
    51,57,52,48,52,49,52,50,52,51,52,52,
    52,53,52,54,52,55,52,56,52,57,53,48,
    49,26376,50,26376,51,26376,52,26376,53,26376,54,26376,
    55,26376,56,26376,57,26376,49,48,26376,49,49,26376,
    49,50,26376,72,103,101,114,103,101,86,76,84,
    68,12450,12452,12454,12456,12458,12459,12461,12463,12465,12467,12469,
    12471,12473,12475,12477,12479,12481,12484,12486,12488,12490,12491,12492,
    12493,12494,12495,12498,12501,12504,12507,12510,12511,12512,12513,12514,
    12516,12518,12520,12521,12522,12523,12524,12525,12527,12528,12529,12530,
    20196,21644,12450,12495,12442,12540,12488,12450,12523,12501,12449,12450,
    12531,12504,12442,12450,12450,12540,12523,12452,12491,12531,12463,12441,
    12452,12531,12481,12454,12457,12531,12456,12473,12463,12540,12488,12441,
    12456,12540,12459,12540,12458,12531,12473,12458,12540,12512,12459,12452,
    12522,12459,12521,12483,12488,12459,12525,12522,12540,12459,12441,12525,
    12531,12459,12441,12531,12510,12461,12441,12459,12441,12461,12441,12491,
    12540,12461,12517,12522,12540,12461,12441,12523,12479,12441,12540,12461,
    12525,12461,12525,12463,12441,12521,12512,12461,12525,12513,12540,12488,
    12523,12461,12525,12527,12483,12488,12463,12441,12521,12512,12463,12441,
    12521,12512,12488,12531,12463,12523,12475,12441,12452,12525,12463,12525,
    12540,12493,12465,12540,12473,12467,12523,12490,12467,12540,12507,12442,
    12469,12452,12463,12523,12469,12531,12481,12540,12512,12471,12522,12531,
    12463,12441,12475,12531,12481,12475,12531,12488,12479,12441,12540,12473,
    12486,12441,12471,12488,12441,12523,12488,12531,12490,12494,12494,12483,
    12488,12495,12452,12484,12495,12442,12540,12475,12531,12488,12495,12442,
    12540,12484,12495,12441,12540,12524,12523,12498,12442,12450,12473,12488,
    12523,12498,12442,12463,12523,12498,12442,12467,12498,12441,12523,12501,
    12449,12521,12483,12488,12441,12501,12451,12540,12488,12501,12441,12483,
    12471,12455,12523,12501,12521,12531,12504,12463,12479,12540,12523,12504,
    12442,12477,12504,12442,12491,12498,12504,12523,12484,12504,12442,12531,
    12473,12504,12442,12540,12471,12441,12504,12441,12540,12479,12507,12442,
    12452,12531,12488,12507,12441,12523,12488,12507,12531,12507,12442,12531,
    12488,12441,12507,12540,12523,12507,12540,12531,12510,12452,12463,12525,
    12510,12452,12523,12510,12483,12495,12510,12523,12463,12510,12531,12471,
    12519,12531,12511,12463,12525,12531,12511,12522,12511,12522,12495,12441,
    12540,12523,12513,12459,12441,12513,12459,12441,12488,12531,12513,12540,
    12488,12523,12516,12540,12488,12441,12516,12540,12523,12518,12450,12531,
    12522,12483,12488,12523,12522,12521,12523,12498,12442,12540,12523,12540,
    12501,12441,12523,12524,12512,12524,12531,12488,12465,12441,12531,12527,
    12483,12488,48,28857,49,28857,50,28857,51,28857,52,28857,
    53,28857,54,28857,55,28857,56,28857,57,28857,49,48,
    28857,49,49,28857,49,50,28857,49,51,28857,49,52,
    28857,49,53,28857,49,54,28857,49,55,28857,49,56,
    28857,49,57,28857,50,48,28857,50,49,28857,50,50,
    28857,50,51,28857,50,52,28857,104,80,97,100,97,
    65,85,98,97,114,111,86,112,99,100,109,100,
    109,50,100,109,51,73,85,24179,25104,26157,21644,22823,
    27491,26126,27835,26666,24335,20250,31038,112,65,110,65,956,
    65,109,65,107,65,75,66,77,66,71,66,99,
    97,108,107,99,97,108,112,70,110,70,956,70,
    956,103,109,103,107,103,72,122,107,72,122,77,
    72,122,71,72,122,84,72,122,956,108,109,108,
    100,108,107,108,102,109,110,109,956,109,109,109,
    99,109,107,109,109,109,50,99,109,50,109,50,
    107,109,50,109,109,51,99,109,51,109,51,107,
    109,51,109,8725,115,109,8725,115,50,80,97,107,
    80,97,77,80,97,71,80,97,114,97,100,114,
    97,100,8725,115,114,97,100,8725,115,50,112,115,
    110,115,956,115,109,115,112,86,110,86,956,86,
    109,86,107,86,77,86,112,87,110,87,956,87,
    109,87,107,87,77,87,107,937,77,937,97,46,
    109,46,66,113,99,99,99,100,67,8725,107,103,
    67,111,46,100,66,71,121,104,97,72,80,105,
    110,75,75,75,77,107,116,108,109,108,110,108,
    111,103,108,120,109,98,109,105,108,109,111,108,
    80,72,112,46,109,46,80,80,77,80,82,115,
    114,83,118,87,98,86,8725,109,65,8725,109,49,
    26085,50,26085,51,26085,52,26085,53,26085,54,26085,55,
    26085,56,26085,57,26085,49,48,26085,49,49,26085,49,
    50,26085,49,51,26085,49,52,26085,49,53,26085,49,
    54,26085,49,55,26085,49,56,26085,49,57,26085,50,
    48,26085,50,49,26085,50,50,26085,50,51,26085,50,
    52,26085,50,53,26085,50,54,26085,50,55,26085,50,
    56,26085,50,57,26085,51,48,26085,51,49,26085,103,
    97,108,1098,1100,42863,67,70,81,294,339,42791,43831,
    619,43858,653,102,102,102,105,102,108,102,102,105,
    102,102,108,115,116,115,116,1396,1398,1396,1381,1396,
    1387,1406,1398,1396,1389,1506,1488,1491,1492,1499,1500,1501,
    1512,1514,43,1488,1500,1649,1649,1659,1659,1659,1659,1662,
    1662,1662,1662,1664,1664,1664,1664,1658,1658,1658,1658,1663,
    1663,1663,1663,1657,1657,1657,1657,1700,1700,1700,1700,1702,
    1702,1702,1702,1668,1668,1668,1668,1667,1667,1667,1667,1670,
    1670,1670,1670,1671,1671,1671,1671,1677,1677,1676,1676,1678,
    1678,1672,1672,1688,1688,1681,1681,1705,1705,1705,1705,1711,
    1711,1711,1711,1715,1715,1715,1715,1713,1713,1713,1713,1722,
    1722,1723,1723,1723,1723,1749,1620,1749,1620,1729,1729,1729,
    1729,1726,1726,1726,1726,1746,1746,1746,1620,1746,1620,1709,
    1709,1709,1709,1735,1735,1734,1734,1736,1736,1735,1652,1739,
    1739,1733,1733,1737,1737,1744,1744,1744,1744,1609,1609,1610,
    1620,1575,1610,1620,1575,1610,1620,1749,1610,1620,1749,1610,
    1620,1608,1610,1620,1608,1610,1620,1735,1610,1620,1735,1610,
    1620,1734,1610,1620,1734,1610,1620,1736,1610,1620,1736,1610,
    1620,1744,1610,1620,1744,1610,1620,1744,1610,1620,1609,1610,
    1620,1609,1610,1620,1609,1740,1740,1740,1740,1610,1620,1580,
    1610,1620,1581,1610,1620,1605,1610,1620,1609,1610,1620,1610,
    1576,1580,1576,1581,1576,1582,1576,1605,1576,1609,1576,1610,
    1578,1580,1578,1581,1578,1582,1578,1605,1578,1609,1578,1610,
    1579,1580,1579,1605,1579,1609,1579,1610,1580,1581,1580,1605,
    1581,1580,1581,1605,1582,1580,1582,1581,1582,1605,1587,1580,
    1587,1581,1587,1582,1587,1605,1589,1581,1589,1605,1590,1580,
    1590,1581,1590,1582,1590,1605,1591,1581,1591,1605,1592,1605,
    1593,1580,1593,1605,1594,1580,1594,1605,1601,1580,1601,1581,
    1601,1582,1601,1605,1601,1609,1601,1610,1602,1581,1602,1605,
    1602,1609,1602,1610,1603,1575,1603,1580,1603,1581,1603,1582,
    1603,1604,1603,1605,1603,1609,1603,1610,1604,1580,1604,1581,
    1604,1582,1604,1605,1604,1609,1604,1610,1605,1580,1605,1581,
    1605,1582,1605,1605,1605,1609,1605,1610,1606,1580,1606,1581,
    1606,1582,1606,1605,1606,1609,1606,1610,1607,1580,1607,1605,
    1607,1609,1607,1610,1610,1580,1610,1581,1610,1582,1610,1605,
    1610,1609,1610,1610,1584,1648,1585,1648,1609,1648,32,1612,
    1617,32,1613,1617,32,1614,1617,32,1615,1617,32,1616,
    1617,32,1617,1648,1610,1620,1585,1610,1620,1586,1610,1620,
    1605,1610,1620,1606,1610,1620,1609,1610,1620,1610,1576,1585,
    1576,1586,1576,1605,1576,1606,1576,1609,1576,1610,1578,1585,
    1578,1586,1578,1605,1578,1606,1578,1609,1578,1610,1579,1585,
    1579,1586,1579,1605,1579,1606,1579,1609,1579,1610,1601,1609,
    1601,1610,1602,1609,1602,1610,1603,1575,1603,1604,1603,1605,
    1603,1609,1603,1610,1604,1605,1604,1609,1604,1610,1605,1575,
    1605,1605,1606,1585,1606,1586,1606,1605,1606,1606,1606,1609,
    1606,1610,1609,1648,1610,1585,1610,1586,1610,1605,1610,1606,
    1610,1609,1610,1610,1610,1620,1580,1610,1620,1581,1610,1620,
    1582,1610,1620,1605,1610,1620,1607,1576,1580,1576,1581,1576,
    1582,1576,1605,1576,1607,1578,1580,1578,1581,1578,1582,1578,
    1605,1578,1607,1579,1605,1580,1581,1580,1605,1581,1580,1581,
    1605,1582,1580,1582,1605,1587,1580,1587,1581,1587,1582,1587,
    1605,1589,1581,1589,1582,1589,1605,1590,1580,1590,1581,1590,
    1582,1590,1605,1591,1581,1592,1605,1593,1580,1593,1605,1594,
    1580,1594,1605,1601,1580,1601,1581,1601,1582,1601,1605,1602,
    1581,1602,1605,1603,1580,1603,1581,1603,1582,1603,1604,1603,
    1605,1604,1580,1604,1581,1604,1582,1604,1605,1604,1607,1605,
    1580,1605,1581,1605,1582,1605,1605,1606,1580,1606,1581,1606,
    1582,1606,1605,1606,1607,1607,1580,1607,1605,1607,1648,1610,
    1580,1610,1581,1610,1582,1610,1605,1610,1607,1610,1620,1605,
    1610,1620,1607,1576,1605,1576,1607,1578,1605,1578,1607,1579,
    1605,1579,1607,1587,1605,1587,1607,1588,1605,1588,1607,1603,
    1604,1603,1605,1604,1605,1606,1605,1606,1607,1610,1605,1610,
    1607,1600,1614,1617,1600,1615,1617,1600,1616,1617,1591,1609,
    1591,1610,1593,1609,1593,1610,1594,1609,1594,1610,1587,1609,
    1587,1610,1588,1609,1588,1610,1581,1609,1581,1610,1580,1609,
    1580,1610,1582,1609,1582,1610,1589,1609,1589,1610,1590,1609,
    1590,1610,1588,1580,1588,1581,1588,1582,1588,1605,1588,1585,
    1587,1585,1589,1585,1590,1585,1591,1609,1591,1610,1593,1609,
    1593,1610,1594,1609,1594,1610,1587,1609,1587,1610,1588,1609,
    1588,1610,1581,1609,1581,1610,1580,1609,1580,1610,1582,1609,
    1582,1610,1589,1609,1589,1610,1590,1609,1590,1610,1588,1580,
    1588,1581,1588,1582,1588,1605,1588,1585,1587,1585,1589,1585,
    1590,1585,1588,1580,1588,1581,1588,1582,1588,1605,1587,1607,
    1588,1607,1591,1605,1587,1580,1587,1581,1587,1582,1588,1580,
    1588,1581,1588,1582,1591,1605,1592,1605,1575,1611,1575,1611,
    1578,1580,1605,1578,1581,1580,1578,1581,1580,1578,1581,1605,
    1578,1582,1605,1578,1605,1580,1578,1605,1581,1578,1605,1582,
    1580,1605,1581,1580,1605,1581,1581,1605,1610,1581,1605,1609,
    1587,1581,1580,1587,1580,1581,1587,1580,1609,1587,1605,1581,
    1587,1605,1581,1587,1605,1580,1587,1605,1605,1587,1605,1605,
    1589,1581,1581,1589,1581,1581,1589,1605,1605,1588,1581,1605,
    1588,1581,1605,1588,1580,1610,1588,1605,1582,1588,1605,1582,
    1588,1605,1605,1588,1605,1605,1590,1581,1609,1590,1582,1605,
    1590,1582,1605,1591,1605,1581,1591,1605,1581,1591,1605,1605,
    1591,1605,1610,1593,1580,1605,1593,1605,1605,1593,1605,1605,
    1593,1605,1609,1594,1605,1605,1594,1605,1610,1594,1605,1609,
    1601,1582,1605,1601,1582,1605,1602,1605,1581,1602,1605,1605,
    1604,1581,1605,1604,1581,1610,1604,1581,1609,1604,1580,1580,
    1604,1580,1580,1604,1582,1605,1604,1582,1605,1604,1605,1581,
    1604,1605,1581,1605,1581,1580,1605,1581,1605,1605,1581,1610,
    1605,1580,1581,1605,1580,1605,1605,1582,1580,1605,1582,1605,
    1605,1580,1582,1607,1605,1580,1607,1605,1605,1606,1581,1605,
    1606,1581,1609,1606,1580,1605,1606,1580,1605,1606,1580,1609,
    1606,1605,1610,1606,1605,1609,1610,1605,1605,1610,1605,1605,
    1576,1582,1610,1578,1580,1610,1578,1580,1609,1578,1582,1610,
    1578,1582,1609,1578,1605,1610,1578,1605,1609,1580,1605,1610,
    1580,1581,1609,1580,1605,1609,1587,1582,1609,1589,1581,1610,
    1588,1581,1610,1590,1581,1610,1604,1580,1610,1604,1605,1610,
    1610,1581,1610,1610,1580,1610,1610,1605,1610,1605,1605,1610,
    1602,1605,1610,1606,1581,1610,1602,1605,1581,1604,1581,1605,
    1593,1605,1610,1603,1605,1610,1606,1580,1581,1605,1582,1610,
    1604,1580,1605,1603,1605,1605,1604,1580,1605,1606,1580,1581,
    1580,1581,1610,1581,1580,1610,1605,1580,1610,1601,1605,1610,
    1576,1581,1610,1603,1605,1605,1593,1580,1605,1589,1605,1605,
    1587,1582,1610,1606,1580,1610,1589,1604,1746,1602,1604,1746,
    1575,1604,1604,1607,1575,1603,1576,1585,1605,1581,1605,1583,
    1589,1604,1593,1605,1585,1587,1608,1604,1593,1604,1610,1607,
    1608,1587,1604,1605,1589,1604,1609,1589,1604,1609,32,1575,
    1604,1604,1607,32,1593,1604,1610,1607,32,1608,1587,1604,
    1605,1580,1604,32,1580,1604,1575,1604,1607,1585,1740,1575,
    1604,44,12289,12290,58,59,33,63,12310,12311,46,46,
    46,46,46,8212,8211,95,95,40,41,123,125,12308,
    12309,12304,12305,12298,12299,12296,12297,12300,12301,12302,12303,91,
    93,32,773,32,773,32,773,32,773,95,95,95,
    44,12289,46,59,58,63,33,8212,40,41,123,125,
    12308,12309,35,38,42,43,45,60,62,61,92,36,
    37,64,32,1611,1600,1611,32,1612,32,1613,32,1614,
    1600,1614,32,1615,1600,1615,32,1616,1600,1616,32,1617,
    1600,1617,32,1618,1600,1618,1569,1575,1619,1575,1619,1575,
    1620,1575,1620,1608,1620,1608,1620,1575,1621,1575,1621,1610,
    1620,1610,1620,1610,1620,1610,1620,1575,1575,1576,1576,1576,
    1576,1577,1577,1578,1578,1578,1578,1579,1579,1579,1579,1580,
    1580,1580,1580,1581,1581,1581,1581,1582,1582,1582,1582,1583,
    1583,1584,1584,1585,1585,1586,1586,1587,1587,1587,1587,1588,
    1588,1588,1588,1589,1589,1589,1589,1590,1590,1590,1590,1591,
    1591,1591,1591,1592,1592,1592,1592,1593,1593,1593,1593,1594,
    1594,1594,1594,1601,1601,1601,1601,1602,1602,1602,1602,1603,
    1603,1603,1603,1604,1604,1604,1604,1605,1605,1605,1605,1606,
    1606,1606,1606,1607,1607,1607,1607,1608,1608,1609,1609,1610,
    1610,1610,1610,1604,1575,1619,1604,1575,1619,1604,1575,1620,
    1604,1575,1620,1604,1575,1621,1604,1575,1621,1604,1575,1604,
    1575,33,34,35,36,37,38,39,40,41,42,43,
    44,45,46,47,48,49,50,51,52,53,54,55,
    56,57,58,59,60,61,62,63,64,65,66,67,
    68,69,70,71,72,73,74,75,76,77,78,79,
    80,81,82,83,84,85,86,87,88,89,90,91,
    92,93,94,95,96,97,98,99,100,101,102,103,
    104,105,106,107,108,109,110,111,112,113,114,115,
    116,117,118,119,120,121,122,123,124,125,126,10629,
    10630,12290,12300,12301,12289,12539,12530,12449,12451,12453,12455,12457,
    12515,12517,12519,12483,12540,12450,12452,12454,12456,12458,12459,12461,
    12463,12465,12467,12469,12471,12473,12475,12477,12479,12481,12484,12486,
    12488,12490,12491,12492,12493,12494,12495,12498,12501,12504,12507,12510,
    12511,12512,12513,12514,12516,12518,12520,12521,12522,12523,12524,12525,
    12527,12531,12441,12442,4448,4352,4353,4522,4354,4524,4525,4355,
    4356,4357,4528,4529,4530,4531,4532,4533,4378,4358,4359,4360,
    4385,4361,4362,4363,4364,4365,4366,4367,4368,4369,4370,4449,
    4450,4451,4452,4453,4454,4455,4456,4457,4458,4459,4460,4461,
    4462,4463,4464,4465,4466,4467,4468,4469,162,163,172,32,
    772,166,165,8361,9474,8592,8593,8594,8595,9632,9675,720,
    721,230,665,595,675,43878,677,676,598,599,7569,600,
    606,681,612,610,608,667,295,668,615,644,682,683,
    620,122628,42894,622,122629,654,122630,248,630,631,113,634,
    122632,637,638,640,680,678,43879,679,648,11377,655,673,
    674,664,448,449,450,122634,122654,65,66,67,68,69,
    70,71,72,73,74,75,76,77,78,79,80,81,
    82,83,84,85,86,87,88,89,90,97,98,99,
    100,101,102,103,104,105,106,107,108,109,110,111,
    112,113,114,115,116,117,118,119,120,121,122,65,
    66,67,68,69,70,71,72,73,74,75,76,77,
    78,79,80,81,82,83,84,85,86,87,88,89,
    90,97,98,99,100,101,102,103,105,106,107,108,
    109,110,111,112,113,114,115,116,117,118,119,120,
    121,122,65,66,67,68,69,70,71,72,73,74,
    75,76,77,78,79,80,81,82,83,84,85,86,
    87,88,89,90,97,98,99,100,101,102,103,104,
    105,106,107,108,109,110,111,112,113,114,115,116,
    117,118,119,120,121,122,65,67,68,71,74,75,
    78,79,80,81,83,84,85,86,87,88,89,90,
    97,98,99,100,102,104,105,106,107,108,109,110,
    112,113,114,115,116,117,118,119,120,121,122,65,
    66,67,68,69,70,71,72,73,74,75,76,77,
    78,79,80,81,82,83,84,85,86,87,88,89,
    90,97,98,99,100,101,102,103,104,105,106,107,
    108,109,110,111,112,113,114,115,116,117,118,119,
    120,121,122,65,66,68,69,70,71,74,75,76,
    77,78,79,80,81,83,84,85,86,87,88,89,
    97,98,99,100,101,102,103,104,105,106,107,108,
    109,110,111,112,113,114,115,116,117,118,119,120,
    121,122,65,66,68,69,70,71,73,74,75,76,
    77,79,83,84,85,86,87,88,89,97,98,99,
    100,101,102,103,104,105,106,107,108,109,110,111,
    112,113,114,115,116,117,118,119,120,121,122,65,
    66,67,68,69,70,71,72,73,74,75,76,77,
    78,79,80,81,82,83,84,85,86,87,88,89,
    90,97,98,99,100,101,102,103,104,105,106,107,
    108,109,110,111,112,113,114,115,116,117,118,119,
    120,121,122,65,66,67,68,69,70,71,72,73,
    74,75,76,77,78,79,80,81,82,83,84,85,
    86,87,88,89,90,97,98,99,100,101,102,103,
    104,105,106,107,108,109,110,111,112,113,114,115,
    116,117,118,119,120,121,122,65,66,67,68,69,
    70,71,72,73,74,75,76,77,78,79,80,81,
    82,83,84,85,86,87,88,89,90,97,98,99,
    100,101,102,103,104,105,106,107,108,109,110,111,
    112,113,114,115,116,117,118,119,120,121,122,65,
    66,67,68,69,70,71,72,73,74,75,76,77,
    78,79,80,81,82,83,84,85,86,87,88,89,
    90,97,98,99,100,101,102,103,104,105,106,107,
    108,109,110,111,112,113,114,115,116,117,118,119,
    120,121,122,65,66,67,68,69,70,71,72,73,
    74,75,76,77,78,79,80,81,82,83,84,85,
    86,87,88,89,90,97,98,99,100,101,102,103,
    104,105,106,107,108,109,110,111,112,113,114,115,
    116,117,118,119,120,121,122,65,66,67,68,69,
    70,71,72,73,74,75,76,77,78,79,80,81,
    82,83,84,85,86,87,88,89,90,97,98,99,
    100,101,102,103,104,105,106,107,108,109,110,111,
    112,113,114,115,116,117,118,119,120,121,122,305,
    567,913,914,915,916,917,918,919,920,921,922,923,
    924,925,926,927,928,929,920,931,932,933,934,935,
    936,937,8711,945,946,947,948,949,950,951,952,953,
    954,955,956,957,958,959,960,961,962,963,964,965,
    966,967,968,969,8706,949,952,954,966,961,960,913,
    914,915,916,917,918,919,920,921,922,923,924,925,
    926,927,928,929,920,931,932,933,934,935,936,937,
    8711,945,946,947,948,949,950,951,952,953,954,955,
    956,957,958,959,960,961,962,963,964,965,966,967,
    968,969,8706,949,952,954,966,961,960,913,914,915,
    916,917,918,919,920,921,922,923,924,925,926,927,
    928,929,920,931,932,933,934,935,936,937,8711,945,
    946,947,948,949,950,951,952,953,954,955,956,957,
    958,959,960,961,962,963,964,965,966,967,968,969,
    8706,949,952,954,966,961,960,913,914,915,916,917,
    918,919,920,921,922,923,924,925,926,927,928,929,
    920,931,932,933,934,935,936,937,8711,945,946,947,
    948,949,950,951,952,953,954,955,956,957,958,959,
    960,961,962,963,964,965,966,967,968,969,8706,949,
    952,954,966,961,960,913,914,915,916,917,918,919,
    920,921,922,923,924,925,926,927,928,929,920,931,
    932,933,934,935,936,937,8711,945,946,947,948,949,
    950,951,952,953,954,955,956,957,958,959,960,961,
    962,963,964,965,966,967,968,969,8706,949,952,954,
    966,961,960,988,989,48,49,50,51,52,53,54,
    55,56,57,48,49,50,51,52,53,54,55,56,
    57,48,49,50,51,52,53,54,55,56,57,48,
    49,50,51,52,53,54,55,56,57,48,49,50,
    51,52,53,54,55,56,57,1072,1073,1074,1075,1076,
    1077,1078,1079,1080,1082,1083,1084,1086,1087,1088,1089,1090,
    1091,1092,1093,1094,1095,1096,1099,1101,1102,42633,1241,1110,
    1112,1257,1199,1231,1072,1073,1074,1075,1076,1077,1078,1079,
    1080,1082,1083,1086,1087,1089,1091,1092,1093,1094,1095,1096,
    1098,1099,1169,1110,1109,1119,1195,42577,1201,1575,1576,1580,
    1583,1608,1586,1581,1591,1610,1603,1604,1605,1606,1587,1593,
    1601,1589,1602,1585,1588,1578,1579,1582,1584,1590,1592,1594,
    1646,1722,1697,1647,1576,1580,1607,1581,1610,1603,1604,1605,
    1606,1587,1593,1601,1589,1602,1588,1578,1579,1582,1590,1594,
    1580,1581,1610,1604,1606,1587,1593,1589,1602,1588,1582,1590,
    1594,1722,1647,1576,1580,1607,1581,1591,1610,1603,1605,1606,
    1587,1593,1601,1589,1602,1588,1578,1579,1582,1590,1592,1594,
    1646,1697,1575,1576,1580,1583,1607,1608,1586,1581,1591,1610,
    1604,1605,1606,1587,1593,1601,1589,1602,1585,1588,1578,1579,
    1582,1584,1590,1592,1594,1576,1580,1583,1608,1586,1581,1591,
    1610,1604,1605,1606,1587,1593,1601,1589,1602,1585,1588,1578,
    1579,1582,1584,1590,1592,1594,48,46,48,44,49,44,
    50,44,51,44,52,44,53,44,54,44,55,44,
    56,44,57,44,40,65,41,40,66,41,40,67,
    41,40,68,41,40,69,41,40,70,41,40,71,
    41,40,72,41,40,73,41,40,74,41,40,75,
    41,40,76,41,40,77,41,40,78,41,40,79,
    41,40,80,41,40,81,41,40,82,41,40,83,
    41,40,84,41,40,85,41,40,86,41,40,87,
    41,40,88,41,40,89,41,40,90,41,12308,83,
    12309,67,82,67,68,87,90,65,66,67,68,69,
    70,71,72,73,74,75,76,77,78,79,80,81,
    82,83,84,85,86,87,88,89,90,72,86,77,
    86,83,68,83,83,80,80,86,87,67,77,67,
    77,68,77,82,68,74,12411,12363,12467,12467,12469,25163,
    23383,21452,12486,12441,20108,22810,35299,22825,20132,26144,28961,26009,
    21069,24460,20877,26032,21021,32066,29983,36009,22768,21561,28436,25237,
    25429,19968,19977,36938,24038,20013,21491,25351,36208,25171,31105,31354,
    21512,28288,26377,26376,30003,21106,21942,37197,12308,26412,12309,12308,
    19977,12309,12308,20108,12309,12308,23433,12309,12308,28857,12309,12308,
    25171,12309,12308,30423,12309,12308,21213,12309,12308,25943,12309,24471,
    21487,48,49,50,51,52,53,54,55,56,57,
};
#define THERMO__N_LOWER 1508 /* full lowercase mappings, at most 3 long */
static const uint32_t thermo__lower_cp[1508] = { /* sorted */
    65,66,67,68,69,70,71,72,73,74,75,76,
    77,78,79,80,81,82,83,84,85,86,87,88,
    89,90,192,193,194,195,196,197,198,199,200,201,
    202,203,204,205,206,207,208,209,210,211,212,213,
    214,216,217,218,219,220,221,222,223,256,258,260,
    262,264,266,268,270,272,274,276,278,280,282,284,
    286,288,290,292,294,296,298,300,302,304,306,308,
    310,313,315,317,319,321,323,325,327,329,330,332,
    334,336,338,340,342,344,346,348,350,352,354,356,
    358,360,362,364,366,368,370,372,374,376,377,379,
    381,385,386,388,390,391,393,394,395,398,399,400,
    401,403,404,406,407,408,412,413,415,416,418,420,
    422,423,425,428,430,431,433,434,435,437,439,440,
    444,452,453,455,456,458,459,461,463,465,467,469,
    471,473,475,478,480,482,484,486,488,490,492,494,
    496,497,498,500,502,503,504,506,508,510,512,514,
    516,518,520,522,524,526,528,530,532,534,536,538,
    540,542,544,546,548,550,552,554,556,558,560,562,
    570,571,573,574,577,579,580,581,582,584,586,588,
    590,880,882,886,895,902,904,905,906,908,910,911,
    912,913,914,915,916,917,918,919,920,921,922,923,
    924,925,926,927,928,929,931,932,933,934,935,936,
    937,938,939,944,975,984,986,988,990,992,994,996,
    998,1000,1002,1004,1006,1012,1015,1017,1018,1021,1022,1023,
    1024,1025,1026,1027,1028,1029,1030,1031,1032,1033,1034,1035,
    1036,1037,1038,1039,1040,1041,1042,1043,1044,1045,1046,1047,
    1048,1049,1050,1051,1052,1053,1054,1055,1056,1057,1058,1059,
    1060,1061,1062,1063,1064,1065,1066,1067,1068,1069,1070,1071,
    1120,1122,1124,1126,1128,1130,1132,1134,1136,1138,1140,1142,
    1144,1146,1148,1150,1152,1162,1164,1166,1168,1170,1172,1174,
    1176,1178,1180,1182,1184,1186,1188,1190,1192,1194,1196,1198,
    1200,1202,1204,1206,1208,1210,1212,1214,1216,1217,1219,1221,
    1223,1225,1227,1229,1232,1234,1236,1238,1240,1242,1244,1246,
    1248,1250,1252,1254,1256,1258,1260,1262,1264,1266,1268,1270,
    1272,1274,1276,1278,1280,1282,1284,1286,1288,1290,1292,1294,
    1296,1298,1300,1302,1304,1306,1308,1310,1312,1314,1316,1318,
    1320,1322,1324,1326,1329,1330,1331,1332,1333,1334,1335,1336,
    1337,1338,1339,1340,1341,1342,1343,1344,1345,1346,1347,1348,
    1349,1350,1351,1352,1353,1354,1355,1356,1357,1358,1359,1360,
    1361,1362,1363,1364,1365,1366,1415,4256,4257,4258,4259,4260,
    4261,4262,4263,4264,4265,4266,4267,4268,4269,4270,4271,4272,
    4273,4274,4275,4276,4277,4278,4279,4280,4281,4282,4283,4284,
    4285,4286,4287,4288,4289,4290,4291,4292,4293,4295,4301,5024,
    5025,5026,5027,5028,5029,5030,5031,5032,5033,5034,5035,5036,
    5037,5038,5039,5040,5041,5042,5043,5044,5045,5046,5047,5048,
    5049,5050,5051,5052,5053,5054,5055,5056,5057,5058,5059,5060,
    5061,5062,5063,5064,5065,5066,5067,5068,5069,5070,5071,5072,
    5073,5074,5075,5076,5077,5078,5079,5080,5081,5082,5083,5084,
    5085,5086,5087,5088,5089,5090,5091,5092,5093,5094,5095,5096,
    5097,5098,5099,5100,5101,5102,5103,5104,5105,5106,5107,5108,
    5109,7312,7313,7314,7315,7316,7317,7318,7319,7320,7321,7322,
    7323,7324,7325,7326,7327,7328,7329,7330,7331,7332,7333,7334,
    7335,7336,7337,7338,7339,7340,7341,7342,7343,7344,7345,7346,
    7347,7348,7349,7350,7351,7352,7353,7354,7357,7358,7359,7680,
    7682,7684,7686,7688,7690,7692,7694,7696,7698,7700,7702,7704,
    7706,7708,7710,7712,7714,7716,7718,7720,7722,7724,7726,7728,
    7730,7732,7734,7736,7738,7740,7742,7744,7746,7748,7750,7752,
    7754,7756,7758,7760,7762,7764,7766,7768,7770,7772,7774,7776,
    7778,7780,7782,7784,7786,7788,7790,7792,7794,7796,7798,7800,
    7802,7804,7806,7808,7810,7812,7814,7816,7818,7820,7822,7824,
    7826,7828,7830,7831,7832,7833,7834,7838,7840,7842,7844,7846,
    7848,7850,7852,7854,7856,7858,7860,7862,7864,7866,7868,7870,
    7872,7874,7876,7878,7880,7882,7884,7886,7888,7890,7892,7894,
    7896,7898,7900,7902,7904,7906,7908,7910,7912,7914,7916,7918,
    7920,7922,7924,7926,7928,7930,7932,7934,7944,7945,7946,7947,
    7948,7949,7950,7951,7960,7961,7962,7963,7964,7965,7976,7977,
    7978,7979,7980,7981,7982,7983,7992,7993,7994,7995,7996,7997,
    7998,7999,8008,8009,8010,8011,8012,8013,8016,8018,8020,8022,
    8025,8027,8029,8031,8040,8041,8042,8043,8044,8045,8046,8047,
    8064,8065,8066,8067,8068,8069,8070,8071,8072,8073,8074,8075,
    8076,8077,8078,8079,8080,8081,8082,8083,8084,8085,8086,8087,
    8088,8089,8090,8091,8092,8093,8094,8095,8096,8097,8098,8099,
    8100,8101,8102,8103,8104,8105,8106,8107,8108,8109,8110,8111,
    8114,8115,8116,8118,8119,8120,8121,8122,8123,8124,8130,8131,
    8132,8134,8135,8136,8137,8138,8139,8140,8146,8147,8150,8151,
    8152,8153,8154,8155,8162,8163,8164,8166,8167,8168,8169,8170,
    8171,8172,8178,8179,8180,8182,8183,8184,8185,8186,8187,8188,
    8486,8490,8491,8498,8544,8545,8546,8547,8548,8549,8550,8551,
    8552,8553,8554,8555,8556,8557,8558,8559,8579,9398,9399,9400,
    9401,9402,9403,9404,9405,9406,9407,9408,9409,9410,9411,9412,
    9413,9414,9415,9416,9417,9418,9419,9420,9421,9422,9423,11264,
    11265,11266,11267,11268,11269,11270,11271,11272,11273,11274,11275,11276,
    11277,11278,11279,11280,11281,11282,11283,11284,11285,11286,11287,11288,
    11289,11290,11291,11292,11293,11294,11295,11296,11297,11298,11299,11300,
    11301,11302,11303,11304,11305,11306,11307,11308,11309,11310,11311,11360,
    11362,11363,11364,11367,11369,11371,11373,11374,11375,11376,11378,11381,
    11390,11391,11392,11394,11396,11398,11400,11402,11404,11406,11408,11410,
    11412,11414,11416,11418,11420,11422,11424,11426,11428,11430,11432,11434,
    11436,11438,11440,11442,11444,11446,11448,11450,11452,11454,11456,11458,
    11460,11462,11464,11466,11468,11470,11472,11474,11476,11478,11480,11482,
    11484,11486,11488,11490,11499,11501,11506,42560,42562,42564,42566,42568,
    42570,42572,42574,42576,42578,42580,42582,42584,42586,42588,42590,42592,
    42594,42596,42598,42600,42602,42604,42624,42626,42628,42630,42632,42634,
    42636,42638,42640,42642,42644,42646,42648,42650,42786,42788,42790,42792,
    42794,42796,42798,42802,42804,42806,42808,42810,42812,42814,42816,42818,
    42820,42822,42824,42826,42828,42830,42832,42834,42836,42838,42840,42842,
    42844,42846,42848,42850,42852,42854,42856,42858,42860,42862,42873,42875,
    42877,42878,42880,42882,42884,42886,42891,42893,42896,42898,42902,42904,
    42906,42908,42910,42912,42914,42916,42918,42920,42922,42923,42924,42925,
    42926,42928,42929,42930,42931,42932,42934,42936,42938,42940,42942,42944,
    42946,42948,42949,42950,42951,42953,42960,42966,42968,42997,64256,64257,
    64258,64259,64260,64261,64262,64275,64276,64277,64278,64279,65313,65314,
    65315,65316,65317,65318,65319,65320,65321,65322,65323,65324,65325,65326,
    65327,65328,65329,65330,65331,65332,65333,65334,65335,65336,65337,65338,
    66560,66561,66562,66563,66564,66565,66566,66567,66568,66569,66570,66571,
    66572,66573,66574,66575,66576,66577,66578,66579,66580,66581,66582,66583,
    66584,66585,66586,66587,66588,66589,66590,66591,66592,66593,66594,66595,
    66596,66597,66598,66599,66736,66737,66738,66739,66740,66741,66742,66743,
    66744,66745,66746,66747,66748,66749,66750,66751,66752,66753,66754,66755,
    66756,66757,66758,66759,66760,66761,66762,66763,66764,66765,66766,66767,
    66768,66769,66770,66771,66928,66929,66930,66931,66932,66933,66934,66935,
    66936,66937,66938,66940,66941,66942,66943,66944,66945,66946,66947,66948,
    66949,66950,66951,66952,66953,66954,66956,66957,66958,66959,66960,66961,
    66962,66964,66965,68736,68737,68738,68739,68740,68741,68742,68743,68744,
    68745,68746,68747,68748,68749,68750,68751,68752,68753,68754,68755,68756,
    68757,68758,68759,68760,68761,68762,68763,68764,68765,68766,68767,68768,
    68769,68770,68771,68772,68773,68774,68775,68776,68777,68778,68779,68780,
    68781,68782,68783,68784,68785,68786,71840,71841,71842,71843,71844,71845,
    71846,71847,71848,71849,71850,71851,71852,71853,71854,71855,71856,71857,
    71858,71859,71860,71861,71862,71863,71864,71865,71866,71867,71868,71869,
    71870,71871,93760,93761,93762,93763,93764,93765,93766,93767,93768,93769,
    93770,93771,93772,93773,93774,93775,93776,93777,93778,93779,93780,93781,
    93782,93783,93784,93785,93786,93787,93788,93789,93790,93791,125184,125185,
    125186,125187,125188,125189,125190,125191,125192,125193,125194,125195,125196,125197,
    125198,125199,125200,125201,125202,125203,125204,125205,125206,125207,125208,125209,
    125210,125211,125212,125213,125214,125215,125216,125217,
};
static const uint16_t thermo__lower_at[1509] = {
    0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,
    16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,
    32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,
    48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,
    64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,
    80,81,83,84,85,86,87,88,89,90,91,92,93,94,95,96,
    97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,
    113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,
    129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,
    145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,
    161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,
    177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,
    193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,
    209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,
    225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,
    241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,
    257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,
    273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,
    289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,
    305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,
    321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,
    337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,
    353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,
    369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,
    385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,
    401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,
    417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,
    433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,
    449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,
    465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,
    481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,
    497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,
    513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,
    529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,
    545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,
    561,562,563,564,565,566,567,568,569,570,571,572,573,574,575,576,
    577,578,579,580,581,582,583,584,585,586,587,588,589,590,591,592,
    593,594,595,596,597,598,599,600,601,602,603,604,605,606,607,608,
    609,610,611,612,613,614,615,616,617,618,619,620,621,622,623,624,
    625,626,627,628,629,630,631,632,633,634,635,636,637,638,639,640,
    641,642,643,644,645,646,647,648,649,650,651,652,653,654,655,656,
    657,658,659,660,661,662,663,664,665,666,667,668,669,670,671,672,
    673,674,675,676,677,678,679,680,681,682,683,684,685,686,687,688,
    689,690,691,692,693,694,695,696,697,698,699,700,701,702,703,704,
    705,706,707,708,709,710,711,712,713,714,715,716,717,718,719,720,
    721,722,723,724,725,726,727,728,729,730,731,732,733,734,735,736,
    737,738,739,740,741,742,743,744,745,746,747,748,749,750,751,752,
    753,754,755,756,757,758,759,760,761,762,763,764,765,766,767,768,
    769,770,771,772,773,774,775,776,777,778,779,780,781,782,783,784,
    785,786,787,788,789,790,791,792,793,794,795,796,797,798,799,800,
    801,802,803,804,805,806,807,808,809,810,811,812,813,814,815,816,
    817,818,819,820,821,822,823,824,825,826,827,828,829,830,831,832,
    833,834,835,836,837,838,839,840,841,842,843,844,845,846,847,848,
    849,850,851,852,853,854,855,856,857,858,859,860,861,862,863,864,
    865,866,867,868,869,870,871,872,873,874,875,876,877,878,879,880,
    881,882,883,884,885,886,887,888,889,890,891,892,893,894,895,896,
    897,898,899,900,901,902,903,904,905,906,907,908,909,910,911,912,
    913,914,915,916,917,918,919,920,921,922,923,924,925,926,927,928,
    929,930,931,932,933,934,935,936,937,938,939,940,941,942,943,944,
    945,946,947,948,949,950,951,952,953,954,955,956,957,958,959,960,
    961,962,963,964,965,966,967,968,969,970,971,972,973,974,975,976,
    977,978,979,980,981,982,983,984,985,986,987,988,989,990,991,992,
    993,994,995,996,997,998,999,1000,1001,1002,1003,1004,1005,1006,1007,1008,
    1009,1010,1011,1012,1013,1014,1015,1016,1017,1018,1019,1020,1021,1022,1023,1024,
    1025,1026,1027,1028,1029,1030,1031,1032,1033,1034,1035,1036,1037,1038,1039,1040,
    1041,1042,1043,1044,1045,1046,1047,1048,1049,1050,1051,1052,1053,1054,1055,1056,
    1057,1058,1059,1060,1061,1062,1063,1064,1065,1066,1067,1068,1069,1070,1071,1072,
    1073,1074,1075,1076,1077,1078,1079,1080,1081,1082,1083,1084,1085,1086,1087,1088,
    1089,1090,1091,1092,1093,1094,1095,1096,1097,1098,1099,1100,1101,1102,1103,1104,
    1105,1106,1107,1108,1109,1110,1111,1112,1113,1114,1115,1116,1117,1118,1119,1120,
    1121,1122,1123,1124,1125,1126,1127,1128,1129,1130,1131,1132,1133,1134,1135,1136,
    1137,1138,1139,1140,1141,1142,1143,1144,1145,1146,1147,1148,1149,1150,1151,1152,
    1153,1154,1155,1156,1157,1158,1159,1160,1161,1162,1163,1164,1165,1166,1167,1168,
    1169,1170,1171,1172,1173,1174,1175,1176,1177,1178,1179,1180,1181,1182,1183,1184,
    1185,1186,1187,1188,1189,1190,1191,1192,1193,1194,1195,1196,1197,1198,1199,1200,
    1201,1202,1203,1204,1205,1206,1207,1208,1209,1210,1211,1212,1213,1214,1215,1216,
    1217,1218,1219,1220,1221,1222,1223,1224,1225,1226,1227,1228,1229,1230,1231,1232,
    1233,1234,1235,1236,1237,1238,1239,1240,1241,1242,1243,1244,1245,1246,1247,1248,
    1249,1250,1251,1252,1253,1254,1255,1256,1257,1258,1259,1260,1261,1262,1263,1264,
    1265,1266,1267,1268,1269,1270,1271,1272,1273,1274,1275,1276,1277,1278,1279,1280,
    1281,1282,1283,1284,1285,1286,1287,1288,1289,1290,1291,1292,1293,1294,1295,1296,
    1297,1298,1299,1300,1301,1302,1303,1304,1305,1306,1307,1308,1309,1310,1311,1312,
    1313,1314,1315,1316,1317,1318,1319,1320,1321,1322,1323,1324,1325,1326,1327,1328,
    1329,1330,1331,1332,1333,1334,1335,1336,1337,1338,1339,1340,1341,1342,1343,1344,
    1345,1346,1347,1348,1349,1350,1351,1352,1353,1354,1355,1356,1357,1358,1359,1360,
    1361,1362,1363,1364,1365,1366,1367,1368,1369,1370,1371,1372,1373,1374,1375,1376,
    1377,1378,1379,1380,1381,1382,1383,1384,1385,1386,1387,1388,1389,1390,1391,1392,
    1393,1394,1395,1396,1397,1398,1399,1400,1401,1402,1403,1404,1405,1406,1407,1408,
    1409,1410,1411,1412,1413,1414,1415,1416,1417,1418,1419,1420,1421,1422,1423,1424,
    1425,1426,1427,1428,1429,1430,1431,1432,1433,1434,1435,1436,1437,1438,1439,1440,
    1441,1442,1443,1444,1445,1446,1447,1448,1449,1450,1451,1452,1453,1454,1455,1456,
    1457,1458,1459,1460,1461,1462,1463,1464,1465,1466,1467,1468,1469,1470,1471,1472,
    1473,1474,1475,1476,1477,1478,1479,1480,1481,1482,1483,1484,1485,1486,1487,1488,
    1489,1490,1491,1492,1493,1494,1495,1496,1497,1498,1499,1500,1501,1502,1503,1504,
    1505,1506,1507,1508,1509,
};
static const uint32_t thermo__lower_pool[1509] = {
    97,98,99,100,101,102,103,104,105,106,107,108,
    109,110,111,112,113,114,115,116,117,118,119,120,
    121,122,224,225,226,227,228,229,230,231,232,233,
    234,235,236,237,238,239,240,241,242,243,244,245,
    246,248,249,250,251,252,253,254,223,257,259,261,
    263,265,267,269,271,273,275,277,279,281,283,285,
    287,289,291,293,295,297,299,301,303,105,775,307,
    309,311,314,316,318,320,322,324,326,328,329,331,
    333,335,337,339,341,343,345,347,349,351,353,355,
    357,359,361,363,365,367,369,371,373,375,255,378,
    380,382,595,387,389,596,392,598,599,396,477,601,
    603,402,608,611,617,616,409,623,626,629,417,419,
    421,640,424,643,429,648,432,650,651,436,438,658,
    441,445,454,454,457,457,460,460,462,464,466,468,
    470,472,474,476,479,481,483,485,487,489,491,493,
    495,496,499,499,501,405,447,505,507,509,511,513,
    515,517,519,521,523,525,527,529,531,533,535,537,
    539,541,543,414,547,549,551,553,555,557,559,561,
    563,11365,572,410,11366,578,384,649,652,583,585,587,
    589,591,881,883,887,1011,940,941,942,943,972,973,
    974,912,945,946,947,948,949,950,951,952,953,954,
    955,956,957,958,959,960,961,963,964,965,966,967,
    968,969,970,971,944,983,985,987,989,991,993,995,
    997,999,1001,1003,1005,1007,952,1016,1010,1019,891,892,
    893,1104,1105,1106,1107,1108,1109,1110,1111,1112,1113,1114,
    1115,1116,1117,1118,1119,1072,1073,1074,1075,1076,1077,1078,
    1079,1080,1081,1082,1083,1084,1085,1086,1087,1088,1089,1090,
    1091,1092,1093,1094,1095,1096,1097,1098,1099,1100,1101,1102,
    1103,1121,1123,1125,1127,1129,1131,1133,1135,1137,1139,1141,
    1143,1145,1147,1149,1151,1153,1163,1165,1167,1169,1171,1173,
    1175,1177,1179,1181,1183,1185,1187,1189,1191,1193,1195,1197,
    1199,1201,1203,1205,1207,1209,1211,1213,1215,1231,1218,1220,
    1222,1224,1226,1228,1230,1233,1235,1237,1239,1241,1243,1245,
    1247,1249,1251,1253,1255,1257,1259,1261,1263,1265,1267,1269,
    1271,1273,1275,1277,1279,1281,1283,1285,1287,1289,1291,1293,
    1295,1297,1299,1301,1303,1305,1307,1309,1311,1313,1315,1317,
    1319,1321,1323,1325,1327,1377,1378,1379,1380,1381,1382,1383,
    1384,1385,1386,1387,1388,1389,1390,1391,1392,1393,1394,1395,
    1396,1397,1398,1399,1400,1401,1402,1403,1404,1405,1406,1407,
    1408,1409,1410,1411,1412,1413,1414,1415,11520,11521,11522,11523,
    11524,11525,11526,11527,11528,11529,11530,11531,11532,11533,11534,11535,
    11536,11537,11538,11539,11540,11541,11542,11543,11544,11545,11546,11547,
    11548,11549,11550,11551,11552,11553,11554,11555,11556,11557,11559,11565,
    43888,43889,43890,43891,43892,43893,43894,43895,43896,43897,43898,43899,
    43900,43901,43902,43903,43904,43905,43906,43907,43908,43909,43910,43911,
    43912,43913,43914,43915,43916,43917,43918,43919,43920,43921,43922,43923,
    43924,43925,43926,43927,43928,43929,43930,43931,43932,43933,43934,43935,
    43936,43937,43938,43939,43940,43941,43942,43943,43944,43945,43946,43947,
    43948,43949,43950,43951,43952,43953,43954,43955,43956,43957,43958,43959,
    43960,43961,43962,43963,43964,43965,43966,43967,5112,5113,5114,5115,
    5116,5117,4304,4305,4306,4307,4308,4309,4310,4311,4312,4313,
    4314,4315,4316,4317,4318,4319,4320,4321,4322,4323,4324,4325,
    4326,4327,4328,4329,4330,4331,4332,4333,4334,4335,4336,4337,
    4338,4339,4340,4341,4342,4343,4344,4345,4346,4349,4350,4351,
    7681,7683,7685,7687,7689,7691,7693,7695,7697,7699,7701,7703,
    7705,7707,7709,7711,7713,7715,7717,7719,7721,7723,7725,7727,
    7729,7731,7733,7735,7737,7739,7741,7743,7745,7747,7749,7751,
    7753,7755,7757,7759,7761,7763,7765,7767,7769,7771,7773,7775,
    7777,7779,7781,7783,7785,7787,7789,7791,7793,7795,7797,7799,
    7801,7803,7805,7807,7809,7811,7813,7815,7817,7819,7821,7823,
    7825,7827,7829,7830,7831,7832,7833,7834,223,7841,7843,7845,
    7847,7849,7851,7853,7855,7857,7859,7861,7863,7865,7867,7869,
    7871,7873,7875,7877,7879,7881,7883,7885,7887,7889,7891,7893,
    7895,7897,7899,7901,7903,7905,7907,7909,7911,7913,7915,7917,
    7919,7921,7923,7925,7927,7929,7931,7933,7935,7936,7937,7938,
    7939,7940,7941,7942,7943,7952,7953,7954,7955,7956,7957,7968,
    7969,7970,7971,7972,7973,7974,7975,7984,7985,7986,7987,7988,
    7989,7990,7991,8000,8001,8002,8003,8004,8005,8016,8018,8020,
    8022,8017,8019,8021,8023,8032,8033,8034,8035,8036,8037,8038,
    8039,8064,8065,8066,8067,8068,8069,8070,8071,8064,8065,8066,
    8067,8068,8069,8070,8071,8080,8081,8082,8083,8084,8085,8086,
    8087,8080,8081,8082,8083,8084,8085,8086,8087,8096,8097,8098,
    8099,8100,8101,8102,8103,8096,8097,8098,8099,8100,8101,8102,
    8103,8114,8115,8116,8118,8119,8112,8113,8048,8049,8115,8130,
    8131,8132,8134,8135,8050,8051,8052,8053,8131,8146,8147,8150,
    8151,8144,8145,8054,8055,8162,8163,8164,8166,8167,8160,8161,
    8058,8059,8165,8178,8179,8180,8182,8183,8056,8057,8060,8061,
    8179,969,107,229,8526,8560,8561,8562,8563,8564,8565,8566,
    8567,8568,8569,8570,8571,8572,8573,8574,8575,8580,9424,9425,
    9426,9427,9428,9429,9430,9431,9432,9433,9434,9435,9436,9437,
    9438,9439,9440,9441,9442,9443,9444,9445,9446,9447,9448,9449,
    11312,11313,11314,11315,11316,11317,11318,11319,11320,11321,11322,11323,
    11324,11325,11326,11327,11328,11329,11330,11331,11332,11333,11334,11335,
    11336,11337,11338,11339,11340,11341,11342,11343,11344,11345,11346,11347,
    11348,11349,11350,11351,11352,11353,11354,11355,11356,11357,11358,11359,
    11361,619,7549,637,11368,11370,11372,593,625,592,594,11379,
    11382,575,576,11393,11395,11397,11399,11401,11403,11405,11407,11409,
    11411,11413,11415,11417,11419,11421,11423,11425,11427,11429,11431,11433,
    11435,11437,11439,11441,11443,11445,11447,11449,11451,11453,11455,11457,
    11459,11461,11463,11465,11467,11469,11471,11473,11475,11477,11479,11481,
    11483,11485,11487,11489,11491,11500,11502,11507,42561,42563,42565,42567,
    42569,42571,42573,42575,42577,42579,42581,42583,42585,42587,42589,42591,
    42593,42595,42597,42599,42601,42603,42605,42625,42627,42629,42631,42633,
    42635,42637,42639,42641,42643,42645,42647,42649,42651,42787,42789,42791,
    42793,42795,42797,42799,42803,42805,42807,42809,42811,42813,42815,42817,
    42819,42821,42823,42825,42827,42829,42831,42833,42835,42837,42839,42841,
    42843,42845,42847,42849,42851,42853,42855,42857,42859,42861,42863,42874,
    42876,7545,42879,42881,42883,42885,42887,42892,613,42897,42899,42903,
    42905,42907,42909,42911,42913,42915,42917,42919,42921,614,604,609,
    620,618,670,647,669,43859,42933,42935,42937,42939,42941,42943,
    42945,42947,42900,642,7566,42952,42954,42961,42967,42969,42998,64256,
    64257,64258,64259,64260,64261,64262,64275,64276,64277,64278,64279,65345,
    65346,65347,65348,65349,65350,65351,65352,65353,65354,65355,65356,65357,
    65358,65359,65360,65361,65362,65363,65364,65365,65366,65367,65368,65369,
    65370,66600,66601,66602,66603,66604,66605,66606,66607,66608,66609,66610,
    66611,66612,66613,66614,66615,66616,66617,66618,66619,66620,66621,66622,
    66623,66624,66625,66626,66627,66628,66629,66630,66631,66632,66633,66634,
    66635,66636,66637,66638,66639,66776,66777,66778,66779,66780,66781,66782,
    66783,66784,66785,66786,66787,66788,66789,66790,66791,66792,66793,66794,
    66795,66796,66797,66798,66799,66800,66801,66802,66803,66804,66805,66806,
    66807,66808,66809,66810,66811,66967,66968,66969,66970,66971,66972,66973,
    66974,66975,66976,66977,66979,66980,66981,66982,66983,66984,66985,66986,
    66987,66988,66989,66990,66991,66992,66993,66995,66996,66997,66998,66999,
    67000,67001,67003,67004,68800,68801,68802,68803,68804,68805,68806,68807,
    68808,68809,68810,68811,68812,68813,68814,68815,68816,68817,68818,68819,
    68820,68821,68822,68823,68824,68825,68826,68827,68828,68829,68830,68831,
    68832,68833,68834,68835,68836,68837,68838,68839,68840,68841,68842,68843,
    68844,68845,68846,68847,68848,68849,68850,71872,71873,71874,71875,71876,
    71877,71878,71879,71880,71881,71882,71883,71884,71885,71886,71887,71888,
    71889,71890,71891,71892,71893,71894,71895,71896,71897,71898,71899,71900,
    71901,71902,71903,93792,93793,93794,93795,93796,93797,93798,93799,93800,
    93801,93802,93803,93804,93805,93806,93807,93808,93809,93810,93811,93812,
    93813,93814,93815,93816,93817,93818,93819,93820,93821,93822,93823,125218,
    125219,125220,125221,125222,125223,125224,125225,125226,125227,125228,125229,125230,
    125231,125232,125233,125234,125235,125236,125237,125238,125239,125240,125241,125242,
    125243,125244,125245,125246,125247,125248,125249,125250,125251,
};
/* @@UNICODE-TABLES-END@@ */

/* cp's entry in thermo__u_props and thermo__u_classes */
static size_t thermo__uentry(uint32_t cp) {
    size_t block;
    if (cp >= 0x110000) return 0; /* entry 0: no flags, class 0 */
    block = thermo__u_stage1[cp >> THERMO__U_SHIFT];
    return thermo__u_stage2[block << THERMO__U_SHIFT | (cp & ((1u << THERMO__U_SHIFT) - 1))];
}

static unsigned thermo__uprop(uint32_t cp) { return thermo__u_props[thermo__uentry(cp)]; }

static unsigned thermo__uflags_class(uint32_t cp) {
    size_t e = thermo__uentry(cp);
    return (thermo__u_props[e] & 0xFFu) | (unsigned)thermo__u_classes[e] << 8;
}

/* Hangul syllables compose and decompose algorithmically (Unicode 3.12) */
enum { THERMO__SBASE = 0xAC00, THERMO__LBASE = 0x1100, THERMO__VBASE = 0x1161,
       THERMO__TBASE = 0x11A7, THERMO__LCOUNT = 19, THERMO__VCOUNT = 21, THERMO__TCOUNT = 28,
       THERMO__NCOUNT = 588, THERMO__SCOUNT = 11172 };

static uint32_t thermo__compose(uint32_t a, uint32_t b) {
    size_t lo = 0, hi = THERMO__N_COMP;
    if (a - THERMO__LBASE < THERMO__LCOUNT && b - THERMO__VBASE < THERMO__VCOUNT)
        return THERMO__SBASE + ((a - THERMO__LBASE) * THERMO__VCOUNT + (b - THERMO__VBASE)) * THERMO__TCOUNT;
    if (a - THERMO__SBASE < THERMO__SCOUNT && (a - THERMO__SBASE) % THERMO__TCOUNT == 0 &&
        b - THERMO__TBASE - 1 < THERMO__TCOUNT - 1)
        return a + (b - THERMO__TBASE);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t f = thermo__comp_first[mid], s = thermo__comp_second[mid];
        if (f == a && s == b) return thermo__comp_result[mid];
        if (f < a || (f == a && s < b)) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

/* cp's entry in a generated mapping (keys sorted; key[i] maps to pool[at[i]..at[i+1])) written
   to out: its length, or 0 when cp has none. */
static size_t thermo__mapping(const uint32_t *keys, const uint16_t *at, const uint32_t *pool, size_t count,
                              uint32_t cp, uint32_t *out) {
    size_t lo = 0, hi = count, k;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (keys[mid] < cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == count || keys[lo] != cp) return 0;
    for (k = at[lo]; k < at[lo + 1]; k++) out[k - at[lo]] = pool[k];
    return (size_t)(at[lo + 1] - at[lo]);
}

static size_t thermo__decompose(uint32_t cp, int compat, uint32_t *out) {
    size_t n = 0;
    if (cp - THERMO__SBASE < THERMO__SCOUNT) {
        uint32_t s = cp - THERMO__SBASE, t = s % THERMO__TCOUNT;
        out[0] = THERMO__LBASE + s / THERMO__NCOUNT;
        out[1] = THERMO__VBASE + (s % THERMO__NCOUNT) / THERMO__TCOUNT;
        if (!t) return 2;
        out[2] = THERMO__TBASE + t;
        return 3;
    }
    if (compat && (thermo__uprop(cp) & THERMO__U_KDECOMP))
        n = thermo__mapping(thermo__kdecomp_cp, thermo__kdecomp_at, thermo__kdecomp_pool, THERMO__N_KDECOMP, cp, out);
    else if (thermo__uprop(cp) & THERMO__U_DECOMP)
        n = thermo__mapping(thermo__decomp_cp, thermo__decomp_at, thermo__decomp_pool, THERMO__N_DECOMP, cp, out);
    if (n) return n;
    out[0] = cp;
    return 1;
}

static size_t thermo__lowercase(uint32_t cp, uint32_t *out) {
    size_t n = thermo__mapping(thermo__lower_cp, thermo__lower_at, thermo__lower_pool, THERMO__N_LOWER, cp, out);
    if (n) return n;
    out[0] = cp;
    return 1;
}

#endif /* THERMO_NO_TOKENIZER */
#endif /* THERMO_IMPLEMENTATION */

/*
   REVISION HISTORY
     0.1.0  first version: Qwen2/Qwen2.5, Llama(-3), Mistral and Qwen3 checkpoints.

   LICENSE
     This software is available under two licenses; choose whichever you prefer.
     A) MIT License. Copyright (c) 2026 the thermo authors. Permission is hereby granted, free of
        charge, to any person obtaining a copy of this software, to deal in it without restriction,
        including the rights to use, copy, modify, merge, publish, distribute, sublicense and/or
        sell copies of it, subject to including this notice. THE SOFTWARE IS PROVIDED "AS IS",
        WITHOUT WARRANTY OF ANY KIND.
     B) Public domain (www.unlicense.org). Anyone is free to copy, modify, publish, use, compile,
        sell or distribute this software, in source or binary form, for any purpose, commercial or
        non-commercial, and by any means.
*/
