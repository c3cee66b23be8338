#!/usr/bin/env python3
"""gen_unicode.py - the Unicode tables of thermo.h's tokenizer, generated from the Unicode
Character Database (Debian's unicode-data package: /usr/share/unicode, Unicode 15.0.0).

    tools/gen_unicode.py [--ucd DIR]                 print the generated region
    tools/gen_unicode.py [--ucd DIR] --check FILE    exit 1 (with a diff) if FILE's region differs
    tools/gen_unicode.py [--ucd DIR] --update FILE   rewrite FILE's region in place

`make unicode` runs --check on thermo.h; nobody edits the regions by hand.  The flags are
defined in the PROPERTIES region (section 5, where the code uses them), the tables in the TABLES
region (the appendix at the end of the header).

What the tables hold, per code point (a two-stage table, 2^SHIFT code points a block):
  flags  L (general category L*), N (N*), M (M*), WS (White_Space), WORD (the regex \\w class:
         Alphabetic, M, Nd, Pc, Join_Control), QC (NFC_Quick_Check is No or Maybe),
         DECOMP (has a canonical decomposition; Hangul syllables excluded, they are algorithmic),
         KDECOMP (its full compatibility decomposition is not its canonical one)
  ccc    canonical combining class
  class  the general categories the newer pre-tokenizer regexes name: LU (Lu or Lt), LL (Ll),
         PS (P* or S*); in an array beside the flags, read through the same two-stage index
and sorted lists: full (recursively expanded) canonical decompositions, full compatibility
decompositions (of the KDECOMP characters), the primary composites (pairs whose canonical
decomposition is the pair and that are not in Full_Composition_Exclusion) for canonical
composition, and the full lowercase mappings (UnicodeData's simple ones and SpecialCasing's
unconditional ones, as Rust's char::to_lowercase).
"""
import argparse
import difflib
import os
import re
import sys

# Two regions of thermo.h: the property flags the tokenizer's code uses (in section 5), and the
# tables with the data (in the appendix at the end of the file).
REGIONS = ("PROPERTIES", "TABLES")
MAXCP = 0x110000
FLAG_BITS = [("L", 1), ("N", 2), ("M", 4), ("WS", 8), ("WORD", 16), ("QC", 32), ("DECOMP", 64), ("KDECOMP", 128)]
FLAG = dict(FLAG_BITS)
CLASS_BITS = [("LU", 1), ("LL", 2), ("PS", 4)]
CLASS = dict(CLASS_BITS)
SBASE, SCOUNT = 0xAC00, 11172


def ranges(path, wanted):
    """Yields (first, last, value) from a UCD property file for property values in `wanted`."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            if fields[1] not in wanted:
                continue
            cps = fields[0].split("..")
            lo = int(cps[0], 16)
            hi = int(cps[-1], 16)
            yield lo, hi, fields[1], fields[2] if len(fields) > 2 else None


def version(ucd):
    with open(os.path.join(ucd, "DerivedNormalizationProps.txt"), encoding="utf-8") as f:
        m = re.match(r"# DerivedNormalizationProps-(\d+\.\d+\.\d+)\.txt", f.readline())
    if not m:
        sys.exit("gen_unicode.py: cannot read the Unicode version")
    return m.group(1)


def load(ucd):
    cat = [""] * MAXCP
    ccc = [0] * MAXCP
    decomp = {}  # canonical only
    kdecomp = {}  # compatibility (the <tag> ones)
    lower = {}
    with open(os.path.join(ucd, "UnicodeData.txt"), encoding="utf-8") as f:
        first = None
        for line in f:
            fields = line.rstrip("\n").split(";")
            cp = int(fields[0], 16)
            if fields[1].endswith(", First>"):
                first = cp
                continue
            lo = first if fields[1].endswith(", Last>") else cp
            first = None
            for c in range(lo, cp + 1):
                cat[c] = fields[2]
                ccc[c] = int(fields[3])
            if fields[5] and not fields[5].startswith("<"):
                decomp[cp] = [int(x, 16) for x in fields[5].split()]
            elif fields[5]:
                kdecomp[cp] = [int(x, 16) for x in fields[5].split()[1:]]
            if fields[13]:
                lower[cp] = [int(fields[13], 16)]
    flags = [0] * MAXCP
    classes = [0] * MAXCP
    for c in range(MAXCP):
        g = cat[c][:1]
        if cat[c] in ("Lu", "Lt"):
            classes[c] |= CLASS["LU"]
        elif cat[c] == "Ll":
            classes[c] |= CLASS["LL"]
        elif g in ("P", "S"):
            classes[c] |= CLASS["PS"]
        if g == "L":
            flags[c] |= FLAG["L"] | FLAG["WORD"]
        elif g == "N":
            flags[c] |= FLAG["N"]
        elif g == "M":
            flags[c] |= FLAG["M"] | FLAG["WORD"]
        if cat[c] in ("Nd", "Pc"):
            flags[c] |= FLAG["WORD"]
    for lo, hi, prop, _ in ranges(os.path.join(ucd, "PropList.txt"), {"White_Space", "Join_Control"}):
        for c in range(lo, hi + 1):
            flags[c] |= FLAG["WS"] if prop == "White_Space" else FLAG["WORD"]
    for lo, hi, _, _ in ranges(os.path.join(ucd, "DerivedCoreProperties.txt"), {"Alphabetic"}):
        for c in range(lo, hi + 1):
            flags[c] |= FLAG["WORD"]
    derived_fce = set()
    for lo, hi, prop, val in ranges(os.path.join(ucd, "DerivedNormalizationProps.txt"),
                                    {"NFC_QC", "Full_Composition_Exclusion"}):
        for c in range(lo, hi + 1):
            if prop == "NFC_QC":
                assert val in ("N", "M")
                flags[c] |= FLAG["QC"]
            else:
                derived_fce.add(c)
    excluded = set()
    for lo, hi, _, _ in ranges_all(os.path.join(ucd, "CompositionExclusions.txt")):
        excluded.update(range(lo, hi + 1))
    # Full_Composition_Exclusion = the listed exclusions + singletons + non-starter decompositions
    fce = set(excluded)
    for c, d in decomp.items():
        if len(d) == 1 or ccc[c] != 0 or ccc[d[0]] != 0:
            fce.add(c)
    if fce != derived_fce:
        sys.exit("gen_unicode.py: derived Full_Composition_Exclusion disagrees with the UCD's")

    def full(c, compat=False):  # the full canonical (compat: compatibility) decomposition
        d = decomp.get(c) or (kdecomp.get(c) if compat else None)
        if d is None:
            return [c]
        out = []
        for x in d:
            out.extend(full(x, compat))
        return out

    decomps = {}
    for c in sorted(decomp):
        flags[c] |= FLAG["DECOMP"]
        decomps[c] = full(c)

    kdecomps = {}
    for c in sorted(set(decomp) | set(kdecomp)):
        k = full(c, True)
        if k != decomps.get(c, [c]):
            flags[c] |= FLAG["KDECOMP"]
            kdecomps[c] = k
    with open(os.path.join(ucd, "SpecialCasing.txt"), encoding="utf-8") as f:
        for line in f:
            fields = [x.strip() for x in line.split("#", 1)[0].split(";")]
            if len(fields) >= 5 and fields[4] == "":  # unconditional
                lower[int(fields[0], 16)] = [int(x, 16) for x in fields[1].split()]
    comps = {}
    for c, d in decomp.items():
        if c not in fce:
            assert len(d) == 2
            comps[(d[0], d[1])] = c
    for c in range(SBASE, SBASE + SCOUNT):
        assert c not in decomp and flags[c] & FLAG["L"]
    # thermo__nfc cuts the text before every starter with NFC_QC=Yes: nothing before such a
    # character may compose with the start of its decomposition
    seconds = {b for (_, b) in comps} | set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for c in range(MAXCP):
        if ccc[c] == 0 and not flags[c] & FLAG["QC"]:
            first = decomps.get(c, [c])[0]
            if ccc[first] != 0 or first in seconds:
                sys.exit("gen_unicode.py: U+%04X is no NFC boundary; thermo__nfc_boundary is wrong" % c)
    return flags, ccc, classes, decomps, comps, kdecomps, lower


def ranges_all(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                cps = line.split("..")
                yield int(cps[0], 16), int(cps[-1], 16), None, None


def two_stage(values, shift):
    size = 1 << shift
    blocks, stage1, index = [], [], {}
    for b in range(0, MAXCP, size):
        blk = tuple(values[b:b + size])
        if blk not in index:
            index[blk] = len(blocks)
            blocks.append(blk)
        stage1.append(index[blk])
    return stage1, [v for blk in blocks for v in blk]


def c_array(ctype, name, values, per_line=24, comment=""):
    out = ["static const %s %s[%d] = {%s" % (ctype, name, len(values), comment)]
    for i in range(0, len(values), per_line):
        out.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("};")
    return "\n".join(out)


def generate(ucd):
    flags, ccc, classes, decomps, comps, kdecomps, lower = load(ucd)
    props, prop_index, per_cp = [], {}, []
    for c in range(MAXCP):
        key = (flags[c] | ccc[c] << 8, classes[c])
        if key not in prop_index:
            prop_index[key] = len(props)
            props.append(key)
        per_cp.append(prop_index[key])
    assert len(props) <= 256
    best = None
    for shift in range(4, 11):
        s1, s2 = two_stage(per_cp, shift)
        cost = len(s1) * (1 if max(s1) < 256 else 2) + len(s2)
        if best is None or cost < best[0]:
            best = (cost, shift, s1, s2)
    _, shift, stage1, stage2 = best
    s1type = "uint8_t" if max(stage1) < 256 else "uint16_t"
    def pooled(mapping):  # (sorted keys, at, pool): mapping[key[i]] is pool[at[i]..at[i+1])
        pool, at = [], [0]
        for c in sorted(mapping):
            pool.extend(mapping[c])
            at.append(len(pool))
        assert len(pool) < 65536
        return sorted(mapping), at, pool

    _, at, pool = pooled(decomps)
    kkeys, kat, kpool = pooled(kdecomps)
    lkeys, lat, lpool = pooled(lower)
    assert max(len(v) for v in kdecomps.values()) <= 18 and max(len(v) for v in lower.values()) <= 3
    comp_keys = sorted(comps)
    properties = [
        "/* Generated by tools/gen_unicode.py (with the tables in the appendix).  Do not edit. */",
        '#define THERMO__UNICODE_VERSION "%s"' % version(ucd),
    ]
    for name, bit in FLAG_BITS:
        properties.append("#define THERMO__U_%s %d" % (name, bit))
    for name, bit in CLASS_BITS:
        properties.append("#define THERMO__C_%s %d" % (name, bit))
    tables = [
        "/* Generated by tools/gen_unicode.py from the Unicode Character Database %s" % version(ucd),
        "   (UnicodeData, PropList, DerivedCoreProperties, DerivedNormalizationProps,",
        "   CompositionExclusions, SpecialCasing).  Do not edit: `make unicode` regenerates and diffs. */",
        "#define THERMO__U_SHIFT %d /* stage 1 indexes blocks of 2^SHIFT code points */" % shift,
        c_array(s1type, "thermo__u_stage1", stage1),
        c_array("uint8_t", "thermo__u_stage2", stage2),
        c_array("uint16_t", "thermo__u_props", [p for p, _ in props], 16, " /* flags | ccc << 8 */"),
        c_array("uint8_t", "thermo__u_classes", [k for _, k in props], 24, " /* class bits of the same entry */"),
        "#define THERMO__N_DECOMP %d" % len(decomps),
        c_array("uint32_t", "thermo__decomp_cp", sorted(decomps), 12, " /* sorted */"),
        c_array("uint16_t", "thermo__decomp_at", at, 16,
                " /* decomposition of decomp_cp[i]: pool[at[i]..at[i+1]) */"),
        c_array("uint32_t", "thermo__decomp_pool", pool, 12),
        "#define THERMO__N_COMP %d" % len(comp_keys),
        c_array("uint32_t", "thermo__comp_first", [k[0] for k in comp_keys], 12,
                " /* sorted by (first, second) */"),
        c_array("uint32_t", "thermo__comp_second", [k[1] for k in comp_keys], 12),
        c_array("uint32_t", "thermo__comp_result", [comps[k] for k in comp_keys], 12),
        "#define THERMO__N_KDECOMP %d /* full compatibility decompositions, at most 18 long */" % len(kkeys),
        c_array("uint32_t", "thermo__kdecomp_cp", kkeys, 12, " /* sorted */"),
        c_array("uint16_t", "thermo__kdecomp_at", kat, 16),
        c_array("uint32_t", "thermo__kdecomp_pool", kpool, 12),
        "#define THERMO__N_LOWER %d /* full lowercase mappings, at most 3 long */" % len(lkeys),
        c_array("uint32_t", "thermo__lower_cp", lkeys, 12, " /* sorted */"),
        c_array("uint16_t", "thermo__lower_at", lat, 16),
        c_array("uint32_t", "thermo__lower_pool", lpool, 12),
    ]
    return {"PROPERTIES": properties, "TABLES": tables}


def marks(name):
    return "/* @@UNICODE-%s-BEGIN@@ */" % name, "/* @@UNICODE-%s-END@@ */" % name


def region_text(name, lines):
    begin, end = marks(name)
    return "\n".join([begin] + lines + [end]) + "\n"


def split_region(text, path, name):
    begin, end = marks(name)
    b, e = text.find(begin), text.find(end)
    if b < 0 or e < b:
        sys.exit("gen_unicode.py: %s has no %s ... %s region" % (path, begin, end))
    return text[:b], text[b:e + len(end) + 1], text[e + len(end) + 1:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ucd", default="/usr/share/unicode")
    ap.add_argument("--check", metavar="FILE")
    ap.add_argument("--update", metavar="FILE")
    args = ap.parse_args()
    regions = {name: region_text(name, lines) for name, lines in generate(args.ucd).items()}
    path = args.check or args.update
    if not path:
        for name in REGIONS:
            sys.stdout.write(regions[name])
        return 0
    with open(path, encoding="utf-8") as f:
        text = f.read()
    differs = False
    for name in REGIONS:
        head, old, tail = split_region(text, path, name)
        if old != regions[name]:
            differs = True
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), regions[name].splitlines(True),
                                                       "%s (%s region)" % (path, name), "regenerated", n=1))
        text = head + regions[name] + tail
    if args.update:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    if differs:
        print("gen_unicode.py: %s's Unicode tables differ from the regenerated ones" % path)
        return 1
    print("gen_unicode.py: %s's Unicode %s tables match the UCD" % (path, version(args.ucd)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
