#!/usr/bin/env node
// tokenizer_variants.js - tokenizer.json variants of files the repository does not carry (the
// `variant` rows of tests/data/tokenizers/files.txt: NAME variant SOURCE, SOURCE a `fetch` row).
// They cover layouts that no fetched file has, with a real vocabulary, and are made where they
// are needed, never committed (the file they come from is under its model's licence):
//
//   node tools/tokenizer_variants.js NPM_DIR OUT_DIR     writes OUT_DIR/NAME.json for each row
//                                                        (make tokenizer-data: build/tokenizers)
//
// tools/tokenizer_goldens.js requires this file for the same variants.  No npm packages needed.
"use strict";
const fs = require("fs");
const path = require("path");

const METASPACE = { type: "Metaspace", replacement: "\u2581" };
const variants = {
  // the layout of newer Llama/Mistral files: no normalizer, a Metaspace pre-tokenizer that adds
  // "▁" only at the start of the text and does not split, and the Metaspace decoder
  "mistral-metaspace": (m) => ({
    ...m,
    normalizer: null,
    pre_tokenizer: { ...METASPACE, prepend_scheme: "first", split: false },
    decoder: { type: "Sequence", decoders: [{ ...METASPACE, prepend_scheme: "first", split: false }, { type: "ByteFallback" }, { type: "Fuse" }] },
  }),
  // the older Metaspace: "▁" before every piece between added tokens, a split before each "▁"
  "mistral-metaspace-split": (m) => ({
    ...m,
    normalizer: null,
    pre_tokenizer: { ...METASPACE, prepend_scheme: "always", split: true },
    decoder: { type: "Sequence", decoders: [{ ...METASPACE, prepend_scheme: "always", split: true }, { type: "ByteFallback" }, { type: "Fuse" }] },
  }),
  // no byte fallback: characters outside the vocabulary become one fused <unk>
  "mistral-unk": (m) => ({ ...m, model: { ...m.model, byte_fallback: false, fuse_unk: true } }),
};
module.exports = variants;

// files.txt rows: [{name, store, source}]
function readTable(root) {
  return fs.readFileSync(path.join(root, "tests", "data", "tokenizers", "files.txt"), "utf8").split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => { const [name, store, source] = l.trim().split(/\s+/); return { name, store, source }; });
}

if (require.main === module) {
  const [npmDir, outDir] = process.argv.slice(2);
  if (!npmDir || !outDir) { console.error("usage: tokenizer_variants.js NPM_DIR OUT_DIR"); process.exit(2); }
  const rows = readTable(path.join(__dirname, ".."));
  fs.mkdirSync(outDir, { recursive: true });
  for (const { name, store, source } of rows) {
    if (store !== "variant") continue;
    const from = rows.find((r) => r.name === source && r.store === "fetch");
    if (!variants[name] || !from) throw new Error(`files.txt: ${name}: no variant function or no fetch row ${source}`);
    const [spec, file] = from.source.split(":");
    const json = path.join(npmDir, "node_modules", spec.slice(0, spec.lastIndexOf("@")), file);
    if (!fs.existsSync(json)) { console.log(`note: ${json} not fetched; ${name} not made`); continue; }
    fs.writeFileSync(path.join(outDir, name + ".json"), JSON.stringify(variants[name](JSON.parse(fs.readFileSync(json, "utf8")))) + "\n");
  }
}
