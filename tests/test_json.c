/* test_json.c - the strict JSON tokenizer: grammar, escapes, surrogates, depth, speed-free. */
#define THERMO_IMPLEMENTATION
#include "../thermo.h"
#include "check.h"

static int parses(const char *s) {
    thermo_json j;
    thermo_error err;
    int ok = thermo_json_parse(&j, s, strlen(s), "t.json", &err) == THERMO_OK;
    thermo_json_free(&j);
    return ok;
}

static void test_grammar(void) {
    static const char *good[] = {
        "{}", "[]", "0", "-0", "1.5e-3", "-12.25E+4", "\"\"", "true", "false", "null",
        " { \"a\" : [1, 2, {\"b\": null}] , \"c\": \"d\" } ", "[[[[]]]]", "\"\\u00e9\\ud83d\\ude00\"",
        "{\"a\":1,\"a\":2}", "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"", "1E5", "[1,\n2]\n"};
    static const char *bad[] = {
        "", " ", "{", "[", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "01", "1.", ".5", "-", "1e",
        "+1", "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"",
        "\"\\ud800\\u0041\"", "\"a\tb\"", "[1] 2", "{}}", "[}", "{]", "\"\xff\"", "\"\xc0\xaf\"",
        "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xe2\x82\"", "NaN", "Infinity", "[1 2]"};
    size_t i;
    for (i = 0; i < sizeof good / sizeof *good; i++) CHECK(parses(good[i]), "should parse: %s", good[i]);
    for (i = 0; i < sizeof bad / sizeof *bad; i++) CHECK(!parses(bad[i]), "should fail: %s", bad[i]);
}

static void test_tokens(void) {
    const char *s = "{\"x\": [1, -2.5, \"q\\\"\\n\\u0041\\ud83d\\ude00\"], \"big\": 9223372036854775807, "
                    "\"neg\": -9223372036854775808, \"over\": 9223372036854775808, \"f\": 2.0, "
                    "\"x\": {\"inner\": true}}";
    thermo_json j;
    thermo_error err;
    int32_t x, arr, t;
    int64_t v;
    double d;
    char buf[64];
    CHECK(thermo_json_parse(&j, s, strlen(s), "t.json", &err) == THERMO_OK, "%s", err.message);
    CHECK(j.tokens[0].type == THERMO_JSON_OBJECT && j.tokens[0].size == 6, "root object of 6 keys");
    CHECK(j.tokens[0].next == j.count, "root subtree spans everything");
    x = thermo_json_get(&j, 0, "x");
    CHECK(x >= 0 && j.tokens[x].type == THERMO_JSON_OBJECT, "the last duplicate key wins");
    CHECK(thermo_json_get(&j, x, "inner") >= 0, "nested key");
    arr = 2; /* the first "x" value */
    CHECK(j.tokens[arr].type == THERMO_JSON_ARRAY && j.tokens[arr].size == 3, "array of 3");
    t = arr + 3;
    CHECK(j.tokens[t].type == THERMO_JSON_STRING && j.tokens[t].escaped, "escaped string");
    thermo_json_string(&j, t, buf);
    CHECK(strcmp(buf, "q\"\nA\xf0\x9f\x98\x80") == 0, "decoded escapes and the surrogate pair");
    CHECK(thermo_json_int64(&j, thermo_json_get(&j, 0, "big"), &v) == 0 && v == INT64_MAX, "INT64_MAX");
    CHECK(thermo_json_int64(&j, thermo_json_get(&j, 0, "neg"), &v) == 0 && v == INT64_MIN, "INT64_MIN");
    CHECK(thermo_json_int64(&j, thermo_json_get(&j, 0, "over"), &v) != 0, "overflow rejected");
    CHECK(thermo_json_int64(&j, thermo_json_get(&j, 0, "f"), &v) != 0, "2.0 is not an integer");
    CHECK(thermo_json_double(&j, arr + 2, &d) == 0 && d == -2.5, "double");
    CHECK(thermo_json_equals(&j, t, "q\"\nA\xf0\x9f\x98\x80"), "equals decodes");
    CHECK(thermo_json_get(&j, 0, "missing") == -1, "missing key");
    thermo_json_free(&j);
}

static void test_depth_and_errors(void) {
    size_t n = 100000, i;
    char *deep = (char *)malloc(2 * n + 1);
    thermo_json j;
    thermo_error err;
    for (i = 0; i < n; i++) { deep[i] = '['; deep[2 * n - 1 - i] = ']'; }
    deep[2 * n] = 0;
    CHECK(thermo_json_parse(&j, deep, 2 * n, "deep.json", &err) == THERMO_ERR_FORMAT, "100000 deep");
    CHECK(strstr(err.message, "deep.json") && strstr(err.message, "nesting"), "message: %s", err.message);
    memset(deep, '[', 512);
    memset(deep + 512, ']', 512);
    CHECK(thermo_json_parse(&j, deep, 1024, "ok.json", &err) == THERMO_OK, "512 deep is fine");
    thermo_json_free(&j);
    free(deep);
    CHECK(thermo_json_parse(&j, "{\n  \"a\": tru }", 14, "cfg.json", &err) == THERMO_ERR_FORMAT, "bad literal");
    CHECK(strstr(err.message, "cfg.json: invalid JSON at line 2, column 8") != NULL, "position: %s", err.message);
}

int main(void) {
    test_grammar();
    test_tokens();
    test_depth_and_errors();
    return check_report("test_json");
}
