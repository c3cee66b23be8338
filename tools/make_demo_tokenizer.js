#!/usr/bin/env node
// make_demo_tokenizer.js - writes tests/data/demo/tokenizer.json: a small byte-level BPE in
// exactly the Qwen2 tokenizer.json format (NFC normalizer, the Qwen2 Split regex and a ByteLevel
// pre-tokenizer, ByteLevel post-processor and decoder, <|endoftext|> <|im_start|> <|im_end|> as
// added tokens), trained deterministically on the text below, which was written for this file
// and is in the public domain.  No dependencies: `node tools/make_demo_tokenizer.js`.
//
// Training: NFC, the Qwen2 pre-tokenizer regex, bytes mapped as GPT-2's bytes_to_unicode; then
// MERGES times the most frequent adjacent pair is merged (ties: the smaller pair in code unit
// order).  The vocabulary is the 256 byte characters in bytes_to_unicode order, then each merge's
// result; the added tokens follow.
"use strict";
const fs = require("fs");
const path = require("path");

const MERGES = 765; // 256 + 765 + 3 added tokens = 1024 ids

const TEXT = `
Statistical thermodynamics describes a large system by a few numbers: its temperature, its
entropy, its energy and its free energy. A language model is a large system too. Its weights are
matrices, and every matrix has singular values. Divide each singular value by their sum and you
get a probability distribution; its entropy says how evenly the matrix spreads its energy over
its directions. The temperature of a weight matrix is the ratio of its norm to the norm of its
gradient: a matrix whose gradient is small compared to itself is hot, it barely moves, while a
matrix with a large gradient is cold and still learning. The energy is the sum of the squared
singular values divided by their sum, and the free energy is the energy minus the temperature
times the entropy, F = E - T S, as in the textbooks.

Along the layers of the model these quantities change. The specific heat is the derivative of
the energy with respect to the temperature; the susceptibility and the compressibility are
derivatives as well, taken with central differences between neighbouring layers. Where they
jump, something like a phase transition happens: the model changes its regime from one layer to
the next. The analyzer flags four phenomena: a phase transition, critical slowing down, a
negative specific heat, and a spike in the susceptibility. Each flag compares a number with a
threshold, either a fixed one or one taken from the distribution of the values.

To compute all this we load a checkpoint, tokenize a prompt, run one forward pass and one
backward pass, and then take the singular values of every weight matrix with a one-sided Jacobi
method. The Jacobi method rotates pairs of columns until they are orthogonal; the norms of the
columns are then the singular values. It is slow in the naive form and fast when it is blocked,
preconditioned and run on many threads, but it always gives the same numbers to within rounding.

The tokenizer turns text into numbers. It splits the text into pieces with a regular expression,
maps every byte of a piece to a printable character, and merges the most frequent pairs of
characters into tokens, in the order in which they were learned. The first merges join a space
and a letter, or two letters that often appear together, like t and h, or i and n. Later merges
build whole words: the, and, of, to, in, is, that, for, it, with, as, on, was, by, this, be.

Numbers are split digit by digit: 2024, 3.14159, 1e-9, 100%, 42 and 7. Code looks different:
def forward(self, x): return self.norm(x) @ self.weight.T + self.bias, and for (int i = 0; i < n;
i++) sum += a[i] * b[i]; each symbol matters. Whitespace matters too: two spaces, a tab, a new
line, an empty line, and indentation by four spaces are all kept.

Some words come with accents: café, naïve, résumé, façade, über, señor, Ångström, déjà vu.
Others come from other scripts: Ελληνικά, русский, 中文, 日本語, 한국어, العربية, עברית, हिन्दी.
A thermometer measures temperature; a calorimeter measures heat; a model measures nothing, but
we can still ask how hot it runs, how much it would have to change to learn a little more, and
where along its depth it changes the most. The answers are not physics, they are analogies, and
the point of the exercise is to read the numbers carefully and check the math by hand.

The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. How
vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow. The five boxing wizards
jump quickly. Jackdaws love my big sphinx of quartz. We're sure it's fine; they've said you'll
see what I'm doing, and he'd agree. THE END, or is it? Yes: it's only the beginning.
`;

const QWEN2 =
  "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

function bytesToUnicode() {
  const bs = [];
  for (let b = 0x21; b <= 0x7e; b++) bs.push(b);
  for (let b = 0xa1; b <= 0xac; b++) bs.push(b);
  for (let b = 0xae; b <= 0xff; b++) bs.push(b);
  const cs = bs.slice();
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n++);
    }
  }
  return bs.map((b, i) => [b, String.fromCodePoint(cs[i])]);
}

function train() {
  const byteChars = bytesToUnicode();
  const charOf = new Map(byteChars);
  const jsPattern = new RegExp(QWEN2.replace("(?i:'s|'t|'re|'ve|'m|'ll|'d)", "(?:'(?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD]))"), "gu");
  const counts = new Map();
  for (const piece of TEXT.normalize("NFC").match(jsPattern)) {
    const word = Array.from(Buffer.from(piece, "utf8"), (b) => charOf.get(b)).join("\u0000");
    counts.set(word, (counts.get(word) || 0) + 1);
  }
  let words = [...counts].map(([w, c]) => [w.split("\u0000"), c]);
  const merges = [];
  for (let m = 0; m < MERGES; m++) {
    const pairs = new Map();
    for (const [syms, c] of words)
      for (let i = 0; i + 1 < syms.length; i++) {
        const key = syms[i] + "\u0000" + syms[i + 1];
        pairs.set(key, (pairs.get(key) || 0) + c);
      }
    let best = null, bestCount = 0;
    for (const [key, c] of pairs)
      if (c > bestCount || (c === bestCount && key < best)) [best, bestCount] = [key, c];
    if (best === null) throw new Error("the training text allows only " + m + " merges");
    const [a, b] = best.split("\u0000");
    merges.push([a, b]);
    words = words.map(([syms, c]) => {
      const out = [];
      for (let i = 0; i < syms.length; i++) {
        if (i + 1 < syms.length && syms[i] === a && syms[i + 1] === b) {
          out.push(a + b);
          i++;
        } else out.push(syms[i]);
      }
      return [out, c];
    });
  }
  const vocab = {};
  let id = 0;
  for (const [, ch] of byteChars) vocab[ch] = id++;
  for (const [a, b] of merges) if (!(a + b in vocab)) vocab[a + b] = id++;
  return { vocab, merges, size: id };
}

function main() {
  const { vocab, merges, size } = train();
  const byteLevel = { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false };
  const added = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"].map((content, i) => ({
    id: size + i, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
  }));
  const tokenizer = {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: added,
    normalizer: { type: "NFC" },
    pre_tokenizer: {
      type: "Sequence",
      pretokenizers: [
        { type: "Split", pattern: { Regex: QWEN2 }, behavior: "Isolated", invert: false },
        byteLevel,
      ],
    },
    post_processor: byteLevel,
    decoder: byteLevel,
    model: {
      type: "BPE", dropout: null, unk_token: null, continuing_subword_prefix: "", end_of_word_suffix: "",
      fuse_unk: false, byte_fallback: false, ignore_merges: false, vocab: "@VOCAB@", merges,
    },
  };
  // the vocabulary in id order (a JavaScript object would put "0".."9" first)
  const entries = Object.entries(vocab).sort((x, y) => x[1] - y[1]);
  const vocabText = "{\n" + entries.map(([k, v]) => "      " + JSON.stringify(k) + ": " + v).join(",\n") + "\n    }";
  const out = path.join(__dirname, "..", "tests", "data", "demo", "tokenizer.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(tokenizer, null, 2).replace('"@VOCAB@"', vocabText) + "\n");
  console.log(`${out}: ${size} vocabulary tokens + ${added.length} added = ${size + added.length} ids, ${merges.length} merges`);
}

main();
