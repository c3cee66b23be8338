#!/usr/bin/env node
// tokenizer_goldens.js - the tokenizer goldens, from Hugging Face's own tokenizers library: the
// npm package `tokenizers` (0.23.2), its Node binding of the Rust library that AutoTokenizer runs.
// The transformers.js port (@lenml/tokenizers 3.7.2) is run beside it as a second opinion: each
// line where the two differ is printed, and tests/data/tokenizers/README.md says why.
// `make tokenizer-goldens` runs it:
//
//   NODE_PATH=DIR/node_modules node tools/tokenizer_goldens.js
//
// where DIR holds the npm packages: `tokenizers`, `@lenml/tokenizers` and those that
// tests/data/tokenizers/files.txt names (they ship the real tokenizer.json files).  It writes
//   tests/data/tokenizers/corpus.txt    tools/tokenizer_corpus.js, one string a line, escaped
//                                       as printf %b reads them: \\ and \0ooo for bytes < 0x20
//                                       and 0x7F; other bytes (UTF-8 included) as they are
//   tests/data/tokenizers/NAME.json.xz  a file of files.txt stored `xz`, xz -9e
//   tests/data/tokenizers/NAME.json     a file stored `derived`: made by derive[NAME] below
//                                       (a `variant` is made by tools/tokenizer_variants.js and
//                                       only its ids are written)
//   tests/data/tokenizers/NAME.ids      each corpus line's ids, encode(line, add_special_tokens=
//                                       true), as thermo_cli --tokenize prints them
//   tests/data/tokenizers/regex.txt     random strings cut by each pre-tokenizer regex: its name,
//                                       TAB, the string escaped as corpus.txt, TAB, the byte
//                                       offsets where the pieces of a Split(Isolated) end
// for every file of files.txt.  Files stored `fetch` (a model licence) are read from DIR and
// never written here; only their ids are.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { Tokenizer } = require("tokenizers");
const lenml = require("@lenml/tokenizers");

const root = path.join(__dirname, "..");
const out = path.join(root, "tests", "data", "tokenizers");
const corpus = require("./tokenizer_corpus.js");
const variants = require("./tokenizer_variants.js");

// files.txt: [{name, store, source}], in order
function readTable() {
  return fs.readFileSync(path.join(out, "files.txt"), "utf8").split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => { const [name, store, source] = l.trim().split(/\s+/); return { name, store, source }; });
}

// "PKG@VERSION:PATH" -> the file inside the installed package
function npmFile(source) {
  const [spec, file] = source.split(":");
  const pkg = spec.slice(0, spec.lastIndexOf("@"));
  return require.resolve(pkg + "/" + file);
}

// Small tokenizers for what no real file uses, each made from the file its row names.
const derive = {
  // Llama-3's regex with ignore_merges, "a b" merges, and a Sequence[ByteLevel, TemplateProcessing]
  // post-processor wrapping the text in <|im_start|> ... <|im_end|>
  "tiny-llama3": (demo) => {
    const base = plainDemo(demo);
    const llama3 = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    const special = (name) => ({ id: name, ids: [demo.added_tokens.find((t) => t.content === name).id], tokens: [name] });
    return {
      ...base,
      pre_tokenizer: { type: "Sequence", pretokenizers: [{ type: "Split", pattern: { Regex: llama3 }, behavior: "Isolated", invert: false }, BYTE_LEVEL] },
      post_processor: {
        type: "Sequence",
        processors: [
          { ...BYTE_LEVEL, add_prefix_space: true },
          {
            type: "TemplateProcessing",
            single: [{ SpecialToken: { id: "<|im_start|>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "<|im_end|>", type_id: 0 } }],
            pair: [{ SpecialToken: { id: "<|im_start|>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { Sequence: { id: "B", type_id: 1 } }],
            special_tokens: { "<|im_start|>": special("<|im_start|>"), "<|im_end|>": special("<|im_end|>") },
          },
        ],
      },
      model: { ...base.model, ignore_merges: true },
    };
  },
  // the GPT-2 ByteLevel pre-tokenizer, without and with add_prefix_space
  "tiny-gpt2": (demo) => ({ ...plainDemo(demo), pre_tokenizer: { ...BYTE_LEVEL, use_regex: true } }),
  "tiny-gpt2-prefix": (demo) => ({ ...plainDemo(demo), pre_tokenizer: { ...BYTE_LEVEL, add_prefix_space: true, use_regex: true } }),
  // o200k as GPT-4o's file has it (Removed, inverted: the matches are the pieces), with cl100k's
  // empty continuing_subword_prefix and end_of_word_suffix
  "tiny-o200k": (demo) => {
    const base = plainDemo(demo);
    return {
      ...base,
      pre_tokenizer: { type: "Sequence", pretokenizers: [split("o200k", "Removed", true), BYTE_LEVEL] },
      model: { ...base.model, continuing_subword_prefix: "", end_of_word_suffix: "" },
    };
  },
  // Split's other behaviours, Digits both ways, on DeepSeek-V3's patterns (whose gaps are pieces),
  // and a string Split inverted
  "tiny-splits-a": (demo) => ({
    ...plainDemo(demo),
    pre_tokenizer: { type: "Sequence", pretokenizers: [{ type: "Digits", individual_digits: false }, split("digits3", "Contiguous", false), split("deepseek", "MergedWithPrevious", false), { type: "Split", pattern: { String: "e" }, behavior: "MergedWithPrevious", invert: true }, BYTE_LEVEL] },
  }),
  "tiny-splits-b": (demo) => ({
    ...plainDemo(demo),
    pre_tokenizer: { type: "Sequence", pretokenizers: [{ type: "Digits", individual_digits: true }, split("cjk", "Removed", false), split("deepseek", "MergedWithNext", true), BYTE_LEVEL] },
  }),
};
// a Split pre-tokenizer on one of REGEXES
function split(name, behavior, invert) {
  return { type: "Split", pattern: { Regex: REGEXES.find((r) => r[0] === name)[1] }, behavior, invert };
}
const BYTE_LEVEL = { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: false };

// SentencePiece-style variants of the demo (tiny-sp*): its vocabulary and merges as text
const SP = "\u2581";
Object.assign(derive, {
  // Strip (right), Prepend and Replace normalizers, no pre-tokenizer, byte fallback, a fused <unk>,
  // a <s> template, the Llama-2 decoders
  "tiny-sp": (demo) => sentencePieceDemo(demo, {
    normalizer: { type: "Sequence", normalizers: [{ type: "Strip", strip_left: false, strip_right: true },
      { type: "Prepend", prepend: SP }, { type: "Replace", pattern: { String: " " }, content: SP }] },
    pre_tokenizer: null,
  }),
  // Split on strings with every behavior, then Metaspace (never, split); no byte fallback, unks
  // not fused; Strip (left) first
  "tiny-sp-split": (demo) => {
    const split = (str, behavior) => ({ type: "Split", pattern: { String: str }, behavior, invert: false });
    const sp = sentencePieceDemo(demo, {
      normalizer: { type: "Strip", strip_left: true, strip_right: false },
      pre_tokenizer: { type: "Sequence", pretokenizers: [split("  ", "Contiguous"), split(".", "Removed"), split(",", "Isolated"),
        split("-", "MergedWithNext"), split("!", "MergedWithPrevious"), { type: "Metaspace", replacement: SP, prepend_scheme: "never", split: true }] },
      decoder: { type: "Metaspace", replacement: SP, prepend_scheme: "never", split: true },
    });
    return { ...sp, model: { ...sp.model, byte_fallback: false, fuse_unk: false } };
  },
  // the Unicode normalizers: NFKC then Lowercase (before the "▁" normalizers); NFD; NFKD
  "tiny-sp-nfkc": (demo) => spNormalized(demo, [{ type: "NFKC" }, { type: "Lowercase" }]),
  "tiny-sp-nfd": (demo) => spNormalized(demo, [{ type: "NFD" }]),
  "tiny-sp-nfkd": (demo) => spNormalized(demo, [{ type: "NFKD" }]),
  // continuing_subword_prefix "##" (the vocabulary and merges given "##" forms) and
  // end_of_word_suffix "</w>", after a Metaspace that adds "▁" to every piece and splits
  "tiny-sp-affix": (demo) => {
    const sp = sentencePieceDemo(demo, {
      pre_tokenizer: { type: "Metaspace", replacement: SP, prepend_scheme: "always", split: true },
      decoder: { type: "Sequence", decoders: [{ type: "Metaspace", replacement: SP, prepend_scheme: "always", split: true }, { type: "ByteFallback" }] },
    });
    const vocab = { ...sp.model.vocab };
    let next = Math.max(...Object.values(vocab)) + 1;
    const add = (t) => { if (!(t in vocab)) vocab[t] = next++; };
    for (const t of Object.keys(sp.model.vocab)) if ([...t].length === 1) add("##" + t);
    const merges = sp.model.merges.map(([a, b]) => { add("##" + b); return [a, "##" + b]; });
    return { ...sp, model: { ...sp.model, vocab, merges, continuing_subword_prefix: "##", end_of_word_suffix: "</w>" } };
  },
});

// tiny-sp with `first` normalizers before its Prepend and Replace
function spNormalized(demo, first) {
  return sentencePieceDemo(demo, {
    normalizer: { type: "Sequence", normalizers: [...first, { type: "Prepend", prepend: SP }, { type: "Replace", pattern: { String: " " }, content: SP }] },
  });
}

// The demo as SentencePiece-style BPE: its byte-level vocabulary and merges decoded to text (spaces
// as "▁"; tokens that are no UTF-8 text on their own dropped, with the merges that need them),
// <unk> <s> </s> and <0x00>..<0xFF> in front, with `parts` (normalizer, pre_tokenizer, decoder).
function sentencePieceDemo(demo, parts) {
  const byteOf = new Map(); // GPT-2's bytes_to_unicode, inverted
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || b >= 0xae;
    byteOf.set(String.fromCodePoint(printable ? b : 256 + extra++), b);
  }
  const text = (t) => {
    const chars = [...t];
    if (!chars.every((c) => byteOf.has(c))) return null;
    const bytes = Buffer.from(chars.map((c) => byteOf.get(c)));
    const s = bytes.toString("utf8");
    return Buffer.from(s, "utf8").equals(bytes) ? s.split(" ").join(SP) : null;
  };
  const specials = ["<unk>", "<s>", "</s>"];
  const vocab = {};
  specials.forEach((t, i) => { vocab[t] = i; });
  let next = specials.length;
  for (let b = 0; b < 256; b++) vocab["<0x" + b.toString(16).toUpperCase().padStart(2, "0") + ">"] = next++;
  for (const t of Object.keys(demo.model.vocab).sort((x, y) => demo.model.vocab[x] - demo.model.vocab[y])) {
    const s = text(t);
    if (s !== null && !(s in vocab)) vocab[s] = next++;
  }
  const merges = demo.model.merges.map(([a, b]) => [text(a), text(b)])
    .filter(([a, b]) => a !== null && b !== null && (a + b) in vocab);
  return {
    version: "1.0", truncation: null, padding: null,
    added_tokens: specials.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: null,
    pre_tokenizer: null,
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "<s>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }],
      pair: [{ SpecialToken: { id: "<s>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { Sequence: { id: "B", type_id: 1 } }],
      special_tokens: { "<s>": { id: "<s>", ids: [1], tokens: ["<s>"] } },
    },
    decoder: { type: "Sequence", decoders: [{ type: "Replace", pattern: { String: SP }, content: " " }, { type: "ByteFallback" }, { type: "Fuse" },
      { type: "Strip", content: " ", start: 1, stop: 0 }] },
    model: { type: "BPE", dropout: null, unk_token: "<unk>", continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: true, byte_fallback: true, ignore_merges: false, vocab, merges },
    ...parts,
  };
}
// the demo without its normalizer, merges as "a b" strings
function plainDemo(demo) {
  return { ...demo, normalizer: null, model: { ...demo.model, merges: demo.model.merges.map((m) => m.join(" ")) } };
}

// printf %b escaping, one line per string
function escapeLine(s) {
  const bytes = Buffer.from(s, "utf8");
  let r = "";
  for (const b of bytes) {
    if (b === 0x5c) r += "\\\\";
    else if (b < 0x20 || b === 0x7f) r += "\\0" + b.toString(8).padStart(3, "0");
    else r += String.fromCharCode(b);
  }
  return Buffer.from(r, "latin1");
}

// The second opinion: transformers.js's ids, or why it has none.
function lenmlEncoder(json, name) {
  try {
    const config = { tokenizer_class: "PreTrainedTokenizerFast" };
    const t = lenml.TokenizerLoader.fromPreTrained({ tokenizerJSON: json, tokenizerConfig: config });
    return (s) => { try { return t.encode(s); } catch (e) { return "error: " + e.message; } };
  } catch (e) {
    console.log(`${name}: transformers.js cannot load it (${e.message}); no second opinion`);
    return null;
  }
}

async function goldens(name, text) {
  const oracle = Tokenizer.fromString(text);
  const second = lenmlEncoder(JSON.parse(text), name);
  const lines = [];
  let differ = 0;
  for (let i = 0; i < corpus.length; i++) {
    const ids = (await oracle.encode(corpus[i], null, { addSpecialTokens: true })).getIds();
    if (second) {
      const other = second(corpus[i]);
      if (JSON.stringify(other) !== JSON.stringify(ids) && ++differ <= 20)
        console.log(`${name}: line ${i + 1} ${JSON.stringify(corpus[i]).slice(0, 40)}: Rust ${JSON.stringify(ids).slice(0, 100)}, transformers.js ${JSON.stringify(other).slice(0, 100)}`);
    }
    lines.push("[" + ids.join(",") + "]");
  }
  fs.writeFileSync(path.join(out, name + ".ids"), lines.join("\n") + "\n");
  console.log(`${name}: ${corpus.length} goldens` + (second ? `, transformers.js differs on ${differ}` : ""));
}

// Random strings over characters that the regexes treat differently, cut by the Rust library's
// Split pre-tokenizer (Isolated: every match and every gap between matches is a piece).
const ALPHABET = ["a", "b", "Z", "\u00E9", "\u017F", "'", "s", "S", "t", "T", "r", "e", "E", "v", "m", "l", "L",
  "d", "D", "1", "2", "\u0663", "\u00B2", "\u2167", " ", " ", " ", "\t", "\n", "\r", "\u00A0", "\u3000",
  "\u2028", "\u0085", "\uFEFF", "\u200B", "!", ".", "?", "_", "-", "<", "|", "\u4E2D", "\uD83D\uDE00",
  "\u0301", "\u05D0", "\u0000"];
// for the newer patterns: letters of each case class, marks of each kind, P and S, CJK at the edges
// of DeepSeek's ranges, characters no DeepSeek alternative matches (digits, Cf, Co, Cc)
const ALPHABET2 = ["a", "b", "Z", "Q", "s", "S", "t", "T", "'", "'", "\u017F", "\u01C5", "\u02B0", "\u00AA", "\u00E9", "\u00C9",
  "\u0301", "\u0903", "\u20DD", "1", "2", "3", "\u0663", "\u00B2", "\u2167", " ", " ", " ", "\t", "\n", "\r", "\u00A0", "\u3000",
  "\u0085", "!", ".", "/", "/", "$", "+", "^", "\u20AC", "\u00A9", "-", "_", "\uD83D\uDE00", "\u4E00", "\u4E2D", "\u9FA5", "\u9FA6",
  "\u3042", "\u30A2", "\u30FC", "\u3001", "\uAC00", "\u200D", "\u00AD", "\uE000", "\u0001", "\u0000"];
const REGEXES = [
  // name, the pattern as tokenizer.json spells it, the characters its random strings draw from,
  // how many strings
  ["qwen2", "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+", ALPHABET, 1500],
  ["llama3", "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+", ALPHABET, 1500],
  ["gpt2", "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+", ALPHABET, 1500],
  ["o200k", "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+", ALPHABET2, 600],
  ["digits3", "\\p{N}{1,3}", ALPHABET2, 600],
  ["cjk", "[\u4e00-\u9fa5\u3040-\u309f\u30a0-\u30ff]+", ALPHABET2, 600],
  ["deepseek", "[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~][A-Za-z]+|[^\r\n\\p{L}\\p{P}\\p{S}]?[\\p{L}\\p{M}]+| ?[\\p{P}\\p{S}]+[\r\n]*|\\s*[\r\n]+|\\s+(?!\\S)|\\s+", ALPHABET2, 600],
];

function regexGoldens() {
  let seed = 20250518;
  const random = (n) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const lines = [];
  for (const [name, pattern, alphabet, count] of REGEXES) {
    const split = Tokenizer.fromString(JSON.stringify({
      version: "1.0", truncation: null, padding: null, added_tokens: [], normalizer: null, post_processor: null, decoder: null,
      pre_tokenizer: { type: "Split", pattern: { Regex: pattern }, behavior: "Isolated", invert: false },
      model: { type: "BPE", vocab: {}, merges: [] },
    })).getPreTokenizer();
    for (let k = 0; k < count; k++) {
      let str = "";
      for (let n = random(24); n > 0; n--) str += alphabet[random(alphabet.length)];
      const chars = Array.from(str); // the offsets count characters
      const ends = [];
      let covered = 0;
      for (const [, [from, to]] of split.preTokenizeString(str)) {
        if (from !== covered) throw new Error(name + ": pieces do not tile " + JSON.stringify(str));
        covered = to;
        ends.push(Buffer.byteLength(chars.slice(0, to).join(""), "utf8"));
      }
      if (covered !== chars.length) throw new Error(name + ": a gap at the end of " + JSON.stringify(str));
      lines.push(Buffer.concat([Buffer.from(name + "\t"), escapeLine(str), Buffer.from("\t" + ends.join(",") + "\n")]));
    }
  }
  fs.writeFileSync(path.join(out, "regex.txt"), Buffer.concat(lines));
  console.log(`regex: ${lines.length} strings cut by ${REGEXES.map((r) => r[0]).join(", ")}`);
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  for (const s of corpus) {
    if (Buffer.from(s, "utf8").toString("utf8") !== s) throw new Error("not valid UTF-16: " + JSON.stringify(s));
  }
  regexGoldens();
  fs.writeFileSync(path.join(out, "corpus.txt"), Buffer.concat(corpus.map((s) => Buffer.concat([escapeLine(s), Buffer.from("\n")]))));
  const texts = {};
  for (const { name, store, source } of readTable()) {
    let text;
    if (store === "xz" || store === "fetch") {
      text = fs.readFileSync(npmFile(source), "utf8");
      if (store === "xz")
        fs.writeFileSync(path.join(out, name + ".json.xz"), execFileSync("xz", ["-9e", "-c"], { input: text, maxBuffer: 1 << 28 }));
    } else if (store === "ours") {
      text = fs.readFileSync(path.join(root, source), "utf8");
    } else if (store === "derived") {
      if (!derive[name] || !texts[source]) throw new Error(`files.txt: ${name}: no derive["${name}"] or no file ${source} above it`);
      text = JSON.stringify(derive[name](JSON.parse(texts[source]))) + "\n";
      fs.writeFileSync(path.join(out, name + ".json"), text);
    } else if (store === "variant") { // made at test time too, never written here
      if (!variants[name] || !texts[source]) throw new Error(`files.txt: ${name}: no variant "${name}" or no file ${source} above it`);
      text = JSON.stringify(variants[name](JSON.parse(texts[source]))) + "\n";
    } else throw new Error(`files.txt: ${name}: unknown store '${store}'`);
    texts[name] = text;
    await goldens(name, text);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
