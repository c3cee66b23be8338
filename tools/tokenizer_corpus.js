// tokenizer_corpus.js - the strings the tokenizer goldens cover (tools/tokenizer_goldens.js
// writes them to tests/data/tokenizers/corpus.txt).  Every string must be valid UTF-8 (no lone
// surrogates) and use only characters assigned by Unicode 9.0, so that the Unicode versions of
// the oracle (ICU), the Rust library (Oniguruma, unicode-normalization 9.0) and thermo (15.0)
// cannot disagree.  Append new strings at the end.
"use strict";

const rep = (s, n) => s.repeat(n);

const corpus = [
  // plain text
  "",
  "The future of AI will",
  "Hello world",
  "Hello, world!",
  "The quick brown fox jumps over the lazy dog.",
  "A researcher reads the code to check the math.",
  "Statistical thermodynamics of a language model's weights: T = |W|/|dW|.",
  "a",
  "I",
  " ",
  "x y z",
  "hello   world",
  "HELLO WORLD",
  "hElLo WoRlD",
  "Mr. Smith went to Washington D.C. in 1999.",
  "U.S.A. vs. U.K.",
  "e.g., i.e., etc.",
  "state-of-the-art, well-known, so-called",
  "email: someone@example.com, url: https://example.org/a/b?c=d&e=f#g",
  "C:\\Users\\name\\file.txt",
  "/usr/share/unicode/NormalizationTest.txt",

  // contractions, both cases
  "it's", "It's", "IT'S", "it'S",
  "don't", "DON'T", "Don'T",
  "we're", "WE'RE", "we'Re", "we'rE",
  "they've", "THEY'VE", "they'Ve",
  "I'm", "I'M",
  "you'll", "YOU'LL", "you'Ll", "you'lL",
  "he'd", "HE'D",
  "'s", "'S", "'t", "'T", "'re", "'RE", "'ve", "'VE", "'m", "'M", "'ll", "'LL", "'d", "'D",
  "'", "''", "'''", "' s", "'s'", "''s", "'sabc", "'dog", "'REALLY'",
  "the dog's bone", "THE DOG'S BONE", "James' book",
  "rock 'n' roll", "'tis the season", "o'clock", "y'all'd've",
  "it\u2019s", "I\u2019m", "don\u2019t",
  "it\u02BCs",
  "'\u017F", "'\u017Fomething", "it'\u017F", "'\u017Fs", "'\u017F\u017F",
  "'s\n", "x'\n", "'ll'll'll",

  // digits
  "0", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678901234567890",
  "3.14159", "-42", "+7", "1,000,000", "1_000_000", "1e-9", "6.022e23",
  "0x1F", "0b1010", "v1.2.3", "2024-01-01", "12:30:45", "1st 2nd 3rd 4th", "abc123def456",
  "Room 101", "call 555-1234", "\u0663\u0664\u0665", "\u0968\u0966\u0968\u0969", "\u00B2\u00B3\u00B9",
  "\u2160\u2161\u216B", "\u00BD \u00BC \u00BE", "\uFF11\uFF12\uFF13", "\u4E00\u4E8C\u4E09 123",
  "x1y22z333w4444", "  123", " 1", "1 2 3 4 5", "2+2=4",

  // whitespace: runs, \r \n \t, NBSP and friends
  "  ", "   ", "    ", "     ", "\t", "\t\t", "\n", "\n\n", "\r", "\r\n", "\r\n\r\n", "\n\r",
  " \n", "\n ", " \n ", "  \n  ", "\t\n", "\n\t", "\u000B", "\u000C", "\u000B\u000C",
  "a b", "a  b", "a   b", "a    b", "a\tb", "a\t\tb", "a \tb", "a\t b", "a\nb", "a\n\nb", "a\n\n\nb",
  "a \nb", "a\n b", "a \n b", "a  \n  b", "a\r\nb", "a\r\n\r\nb", "a\rb", "a\r\r\nb", "a\n\rb",
  "abc ", "abc  ", "abc   ", " abc", "  abc", "   abc", "  abc  ", "\tabc", "\t\tabc", "abc\t",
  "abc\n", "abc\n\n", "abc \n", "abc  \n", "abc\n ", "abc\n  ", "\n\nabc", "\n  abc", "  \n  abc",
  "a\u00A0b", "a\u00A0\u00A0b", "\u00A0abc", "abc\u00A0", "a \u00A0b", "a\u00A0 b", "\u00A0",
  "a\u2003b", "a\u3000b", "\u3000\u6F22\u5B57", "a\u2028b", "a\u2029b", "a\u202Fb", "a\u205Fb",
  "a\u1680b", "a\u200Bb", "a\u200Cb\u200Dc", "a\u2060b",
  "a\u0085b", "a\u0085\u0085b", "a\u0085!", "x \u0085y", "\u0085", "a\u0085",
  "a\uFEFFb", "a\uFEFF!", "\uFEFFhello", "a\uFEFF\uFEFFb", "x \uFEFF!",
  "  !!", " !", "\t!", "\n!", "!\n", "!!!\n\n", "?!\r\n", "...\r\n\r\n", "!\n\n\nx", ". \n",
  "a \t \n \t b", "\n \n \n", " \t ", "1 \n 2",

  // combining marks, decomposed text that NFC changes, and text it keeps
  "e\u0301", "\u00E9", "caf\u00E9", "cafe\u0301", "CAFE\u0301", "re\u0301sume\u0301",
  "\u212B", "\u2126", "\u212A", "A\u030A", "a\u0328\u0301", "\u1E9B\u0323", "\u0071\u0307\u0323",
  "a\u0301\u0316", "a\u0316\u0301", "a\u0301\u0302\u0303\u0304", "o\u0308\u0304", "u\u0308\u0301",
  "Vie\u0302\u0323t Nam", "Vi\u1EC7t Nam", "Ti\u00EA\u0301ng Vi\u00EA\u0323t",
  "\u0958", "\u0915\u093C", "\u0931", "\u0930\u093C", "\u09CB", "\u09C7\u09BE", "\u0B48", "\u0B47\u0B56",
  "\u0DDA", "\u0DD9\u0DCA", "\u1026", "\u1025\u102E",
  "\u0301", " \u0301", "a \u0301", "\u0301abc", "a\u0301b", "1\u0301", "!\u0301", "\n\u0301",
  "\u05E9\u05C1\u05B8", "\u05E9\u05B8\u05C1", "\uFB2C", "\u0344", "\u0340\u0341", "\u0374\u037E",
  "\u2000\u2001", "\uF900\uF901", "\u2F800", "\uD87E\uDC00", "\u1F82", "\u03B1\u0313\u0300\u0345",
  "\u00C5\u0327", "A\u0327\u030A", "\u1E0A\u0323", "D\u0307\u0323", "D\u0323\u0307",
  "\u0041\u0300\u0041\u0301", "\u00C0\u00C1",

  // Hangul: syllables, conjoining jamo (NFC composes them), compatibility jamo (it does not)
  "\uD55C\uAD6D\uC5B4", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165", "\u1100\u1161",
  "\u1100\u1161\u11A8", "\uAC00\u11A8", "\u1100\u1161\u11A8\u11A8", "\u1100\u1100\u1161",
  "\u1161", "\u11A8", "\u3131\u3134\u3137", "\uC548\uB155\uD558\uC138\uC694 \uC138\uACC4",

  // CJK and other scripts
  "\u4F60\u597D\uFF0C\u4E16\u754C\uFF01", "\u6211\u7231\u5317\u4EAC\u5929\u5B89\u95E8\u3002",
  "\u673A\u5668\u5B66\u4E60\u662F\u4EBA\u5DE5\u667A\u80FD\u7684\u4E00\u4E2A\u5206\u652F\u3002",
  "\u3053\u3093\u306B\u3061\u306F\u4E16\u754C", "\u30AB\u30BF\u30AB\u30CA\u3068\u3072\u3089\u304C\u306A",
  "\u65E5\u672C\u8A9E\u306E\u6587\u7AE0\u3067\u3059\u3002", "\uFF8A\uFF9D\uFF76\uFF78",
  "\u4E2D\u6587 English \u6DF7\u5408 123", "\uD840\uDC00\uD840\uDC01", "\u3400\u3401",
  "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
  "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 123 \u0648 \u0664\u0665\u0666",
  "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "\u05E2\u05B4\u05D1\u05B0\u05E8\u05B4\u05D9\u05EA",
  "\u0641\u0627\u0631\u0633\u06CC \u200C\u0645\u06CC\u200C\u0634\u0648\u062F",
  "abc \u200F\u05D0\u05D1\u05D2\u200E def", "\u202Eevil\u202C",
  "\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440!", "\u0423\u043A\u0440\u0430\u0457\u043D\u0430",
  "\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1 \u03BA\u03CC\u03C3\u03BC\u03B5",
  "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35\u0E0A\u0E32\u0E27\u0E42\u0E25\u0E01",
  "\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E",
  "\u0BB5\u0BA3\u0B95\u0BCD\u0B95\u0BAE\u0BCD", "\u10D2\u10D0\u10DB\u10D0\u10E0\u10EF\u10DD\u10D1\u10D0",
  "\u0532\u0561\u0580\u0565\u0582", "\u1230\u120B\u121D", "\u1780\u17D2\u1798\u17C2\u179A",
  "\u1019\u103C\u1014\u103A\u1019\u102C", "\u0F56\u0F7C\u0F51", "\u1820\u1821\u1822",
  "Stra\u00DFe", "STRASSE", "\u0130stanbul", "\u0131i", "\u01C5", "\u1E9E", "\uFB01le", "\uFB05",
  "\uD835\uDC00\uD835\uDC01\uD835\uDC02", "\uD800\uDF48", "\uD801\uDC00\uD801\uDC28",

  // emoji, with ZWJ sequences, skin tones, flags, keycaps, variation selectors
  "\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE03", "I \u2764\uFE0F you", "\uD83D\uDC4D\uD83C\uDFFD",
  "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66",
  "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA",
  "1\uFE0F\u20E3", "#\uFE0F\u20E3", "\u263A", "\u263A\uFE0E", "hello \uD83D\uDC4B world",
  "\uD83E\uDD14\uD83E\uDD14\uD83E\uDD14", "a\uD83D\uDE00b", "\uD83D\uDE00 ", " \uD83D\uDE00",
  "\uD83D\uDC69\u200D\uD83D\uDCBB writes code",

  // added tokens inside text (each tokenizer sees the other's as plain text)
  "<|endoftext|>", "a<|endoftext|>b", "<|endoftext|><|endoftext|>", " <|endoftext|> ",
  "<|endoftext|>  \n", "\n<|endoftext|>", "<|endoftext|", "|endoftext|>", "<|endoftext|>|>",
  "<<|endoftext|>>", "< |endoftext|>", "<|ENDOFTEXT|>",
  "<|im_start|>user\nHello!<|im_end|>\n<|im_start|>assistant\n",
  "<|im_start|><|im_end|>", "<|im_start|>system\nYou are a helpful assistant.<|im_end|>",
  "<think>\nreasoning\n</think>\n\nanswer", "<tool_call>{}</tool_call>", "<|fim_prefix|>x<|fim_suffix|>y<|fim_middle|>",
  "<|begin_of_text|>", "<|begin_of_text|>Hello", "x<|begin_of_text|>", "<|begin_of_text|><|begin_of_text|>",
  "<|start_header_id|>user<|end_header_id|>\n\nhi<|eot_id|>", "<|eot_id|>", "<|end_of_text|>",
  "<|reserved_special_token_0|>", "<|reserved_special_token_10|>", "<|reserved_special_token_250|>",
  "<|reserved_special_token_1|>0|>", "<|reserved_special_token_|>", "<|image_pad|><|image_pad|>",
  "<|vision_start|><|image_pad|><|vision_end|>", "<|endoftext|>\u00E9", "e<|endoftext|>\u0301",

  // code
  "def f(x):\n    return x * 2\n",
  "for (int i = 0; i < n; i++) {\n\tsum += a[i];\n}\n",
  "#include <stdio.h>\nint main(void) { printf(\"hi\\n\"); return 0; }",
  "if (x) {\n    return y;\n}\n",
  "{\"key\": [1, 2.5, true, null], \"nested\": {\"a\": \"b\"}}",
  "<html><body><p class=\"x\">Hi &amp; bye</p></body></html>",
  "SELECT * FROM users WHERE id = 42;",
  "ls -la | grep '.txt' > out.log 2>&1 && echo done",
  "x+=1; y-=2; z*=3; w/=4; a==b; a!=b; a<=b; a>=b; a->b; a::b; a=>b",
  "const re = /^[a-z]+\\d{2,3}$/gi;",
  "    indented four\n        indented eight\n\ttab\n\t\ttwo tabs",
  "    ", "        ", "\t\t\t", "   \n   \n   ",
  "fn main() {\n    let v: Vec<u8> = vec![1, 2, 3];\n    println!(\"{:?}\", v);\n}",
  "x = [i**2 for i in range(10) if i % 2 == 0]",
  "// comment\n/* block */\n# hash\n-- sql\n",
  "```python\nprint('hi')\n```",
  "$$E = mc^2$$ and \\frac{a}{b} + \\sum_{i=1}^{n} x_i",
  "\u2211\u222B\u221A\u221E \u2264 \u2265 \u2260 \u00B1 \u00D7 \u00F7",
  "$100 \u20AC200 \u00A3300 \u00A5400 \u20B9500",
  "\u2014 \u2013 \u2026 \u00AB\u00BB \u201C\u201D \u2018\u2019 \u2022 \u00B7 \u00A7 \u00B6",
  "!!!", "???", "...", "---", "___", "***", "!?", "?!?!", ".,;:", "()[]{}<>", "@#$%^&*", "~`|\\",
  "a!", "!a", "a!b", "a.b.c", "a,b", "a-b", "a_b", "a/b", "(a)", "[1]", "\"quoted\"", "'single'",

  // control characters
  "\u0000", "a\u0000b", "\u0001\u0002\u0003", "\u007F", "\u001B[31mred\u001B[0m", "\u0008\u0007",
  "\u0080", "\u009F", "\u00AD", "soft\u00ADhyphen",

  // private use, unassigned in 9.0 yet harmless, noncharacters
  "\uE000", "\uF8FF", "\uFFFD", "\uFFFF", "\uFDD0", "\uDBFF\uDFFD",

  // long repeats
  rep("a", 1000), rep("ab", 500), rep(" ", 100), rep("\n", 50), rep("\t", 40), rep("\r\n", 30),
  rep("\uD83D\uDE00", 50), rep("1", 100), rep("!@#", 100), rep("the ", 200), rep("\u4E2D", 300),
  rep("e\u0301", 100), rep("\u0301", 100), rep("\u00A0", 20), rep(" a", 100), rep("'s", 50),
  rep("ha", 300), rep("na", 100) + " batman", rep("x\n", 100), rep(".", 200), rep("\u0430", 500),
  rep("<|endoftext|>", 10), rep("abc ", 100) + rep("def\n", 50), rep("1234567890", 30),
  rep("a", 4000),
  // spaces at the ends and in runs, tabs, CRLF: what Metaspace, Strip and Prepend see
  " hello", "  hello", "hello ", "hello  ", " hello ", "   hello   world   ", "hello \t world",
  "\thello", "hello\t", "\t hello", "hello \t", " \t\n hello \n\t ", "a  b   c    d", " a", "  a", "a ",
  "line one\r\nline two\r\n", "\r\nhello", "hello\r\n", "a\r\n\r\n\r\nb", " \r\n ", "\r\n\t", "x\r \ny",
  "one\ttwo\tthree", "\t\t\tdeep", "col1\tcol2\r\nv1\tv2\r\n", rep(" ", 17) + "x", "x" + rep(" ", 17),
  rep(" ", 33), rep("\t", 9) + "x", rep(" \t", 20),

  // a literal "▁" (U+2581), the SentencePiece space, and its neighbours
  "\u2581", "\u2581\u2581", "\u2581hello", "hello\u2581world", "hello \u2581 world", " \u2581", "\u2581 ",
  "\u2581\u2581\u2581\u2581\u2581\u2581\u2581\u2581", "a\u2581\u2581b", "\u2580\u2581\u2582", "_hello _world",

  // characters a SentencePiece vocabulary lacks (byte fallback: <0xNN> for each UTF-8 byte)
  "\u0F00\u0F01", "\u16A0\u16A1\u16A2", "\u2C80\u2C81", "\uA66E", "\u13A0\u13A1\u13A2", "\u0D9A\u0DBB\u0DD2",
  "\u1000\u1001\u1002", "\u10A0\u10D0", "\uA000\uA001", "\u2D30\u2D31", "x\u0F40y", "\u0E01\u0E32\u0E23",
  "\uD800\uDF00\uD800\uDF01", "\uD801\uDC80", "\uD808\uDC00\uD808\uDC01", "\uD834\uDD1E", "\uD83C\uDC04",
  "abc\uD834\uDD1Edef", "\u00FF\u0100\u017F", "\u0000\u0001x",

  // emoji beyond the BMP, alone, in runs and in text
  "\uD83D\uDE80", "\uD83D\uDE80\uD83C\uDF15", "rocket \uD83D\uDE80 to \uD83C\uDF15!", "\uD83D\uDC4B\uD83C\uDFFB\uD83D\uDC4B\uD83C\uDFFF",
  "\uD83D\uDE00\uD83D\uDE00 \uD83D\uDE00", "end.\uD83D\uDE0A", "\uD83D\uDC4D:", "(\uD83D\uDE42)", "\uD83C\uDDEF\uD83C\uDDF5 Japan",
  "\uD83D\uDC68\u200D\uD83D\uDC68\u200D\uD83D\uDC66 family", "\uD83D\uDE00" + rep("!", 5),

  // CJK: BMP and beyond it (Extension B, C, D), kana, hangul, fullwidth
  "\uD840\uDC00", "\uD840\uDC00\uD840\uDC01\uD840\uDC02", "\uD869\uDED6", "\uD86D\uDF40", "\uD86E\uDC1D",
  "\u4E2D\u6587\uD840\uDC0B\u5B57", "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8", "\u3072\u3089\u304C\u306A", "\u30AB\u30BF\u30AB\u30CA",
  "\u30FC\u30FB\u3001\u3002", "\u9FA5\u9FA6\u9FA5", "\u4E00\u9FA5", "\u3400\u4DB5", "\u3041\u309F\u30A0\u30FF",
  "\uD55C\uAD6D\uC5B4 \uD14D\uC2A4\uD2B8", "\uFF21\uFF22\uFF23\uFF41", "\u4E2D\u6587 and English \u6DF7\u5408",
  "\u4E2D123\u6587", "123\u4E2D", "\u4E2D\u3002\u6587\uFF01", "\u300C\u5F15\u7528\u300D", "\uFF08\u62EC\u5F27\uFF09",

  // special-token lookalikes of other families
  "<s>", "</s>", "<unk>", "<pad>", "<s>hello</s>", "<s> hello", " <s>", "<<s>>", "<s", "s>", "<S>",
  "<0x41>", "<0x0A>", "<0xFF>", "<0x41><0x42>", "<bos>", "<eos>", "<start_of_turn>user\nhi<end_of_turn>\n",
  "<start_of_image>", "<mask>", "[INST] hi [/INST]", "[INST]", "<<SYS>>\nsystem\n<</SYS>>",
  "<|endofprompt|>", "<|fim_prefix|>", "x<|endofprompt|>y", "<|im_sep|>", "<|return|>", "<|channel|>analysis<|message|>",
  "<\uFF5Cbegin\u2581of\u2581sentence\uFF5C>", "<\uFF5Cend\u2581of\u2581sentence\uFF5C>", "<\uFF5CUser\uFF5C>hi<\uFF5CAssistant\uFF5C>",
  "<\uFF5Ctool\u2581sep\uFF5C>", "x<\uFF5Ctool\u2581call\u2581begin\uFF5C>y", "<|begin of sentence|>", "< | begin | >",
  "<think>", "</think>", "<|place\u2581holder\u2581no\u25811|>",

  // long digit runs
  rep("9", 7), rep("0", 16), "31415926535897932384626433832795028841971", "x" + rep("12", 20) + "y",
  "1 22 333 4444 55555 666666", "0.000000001", "1234.5678", "12,345,678.90", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
  "\uFF11\uFF12\uFF13\uFF14\uFF15", "\u2460\u2461\u2462", "\u00B9\u00B2\u00B3\u2074", "a1b2c3d4e5", rep("1234 ", 20),

  // contractions in every case, after every kind of word
  "'S", "'s", "'T", "'t", "'Re", "'rE", "'RE", "'re", "'Ve", "'vE", "'VE", "'ve", "'M", "'m", "'Ll", "'lL", "'LL", "'ll", "'D", "'d",
  "He's", "HE'S", "he'S", "He'S", "Don't", "DON'T", "don'T", "DoN't", "They're", "THEY'RE", "they'Re", "THEY're",
  "I've", "I'VE", "i'Ve", "I'm", "i'M", "She'll", "SHE'LL", "she'Ll", "She'lL", "We'd", "WE'D", "we'D",
  "McDonald's", "MCDONALD'S", "iPhone's", "O'Neil's", "rock'n'roll's", "x's", "X'S", "\u00C9t\u00E9's", "\u00C9T\u00C9'S",
  "\u4E2D's", "1's", "1990's", "_'s", " 's", "\t's", "\n's", "'s's", "it's'", "its'", "'st", "'tis", "'Twas", "'rem", "'velvet", "'mm", "'lla", "'dd",
  "camelCase", "CamelCase", "camelCaseWord", "HTTPServer", "XMLHttpRequest", "getHTTPResponse", "iPhone", "eBay", "ABCdef", "abcDEF",
  "\u01C5ungla", "\u01C4UNGLA", "\u02B0a", "a\u02B0", "\u1E9E\u00DF", "Caf\u00E9Bar", "\u00C9cole", "\u03A3\u03C3\u03C2",

  // slashes, punctuation runs and symbols as the newer regexes group them
  "a/b", "a//b", "a/\nb", "!//", "!/\n/", "?/", ". /", "https://x.y/z", "/path/to/", "//comment", "</div>\n",
  "'hello", ".com", "-abc", "_var", "#tag", "@user", "$HOME", "\"quote\"", "(paren)", "[1]x", "{a}", "a.b", "a,b c",
  "\u00A9 2024", "\u20AC5", "5\u20AC", "\u2192x", "x\u2192", "\u00B1\u00D7", "a+b", "a=b", "\u201Cquoted\u201D", "\u00BFqu\u00E9?", "\u00A1hola!",
  "\u3001\u3002", "\u2026and", "--flag", "**bold**", "~~strike~~", "<a href=\"x\">y</a>",
];

// Every corpus entry once, in order (duplicates would only repeat goldens).
const seen = new Set();
module.exports = corpus.filter((s) => (seen.has(s) ? false : (seen.add(s), true)));
