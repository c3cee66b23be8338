/* tokenizer_files.h - the rows of tests/data/tokenizers/files.txt (NAME STORE SOURCE, see there),
   read the same way by tests/test_tokenizer.c and bench/tokenizer_bench.c. */
#include <stdio.h>
#include <string.h>

#define TOKENIZER_NPM_DIR "build/npm/node_modules" /* where `make tokenizer-data` installs the fetched files */
#define TOKENIZER_VARIANTS "build/tokenizers"      /* and where it makes their variants */

/* The next row of files.txt's text at *cursor (its lines cut in place), comments skipped; 0 at the end. */
static int tokenizer_files_next(char **cursor, char name[64], char store[16], char source[192]) {
    while (*cursor && **cursor) {
        char *line = *cursor, *next = strchr(line, '\n');
        if (next) *next++ = 0;
        *cursor = next;
        if (*line != '#' && sscanf(line, "%63s %15s %191s", name, store, source) == 3) return 1;
    }
    return 0;
}

/* Where the file of a `fetch` row (SOURCE = PACKAGE@VERSION:PATH, under TOKENIZER_NPM_DIR) or a
   `variant` row (TOKENIZER_VARIANTS/NAME.json) lies, whether or not it is there; 0 for the rows
   stored in the repository. */
static int tokenizer_files_fetched(const char *name, const char *store, const char *source, char *path, size_t cap) {
    const char *colon = strchr(source, ':'), *at = colon ? colon : source;
    if (!strcmp(store, "variant")) {
        snprintf(path, cap, TOKENIZER_VARIANTS "/%s.json", name);
        return 1;
    }
    if (strcmp(store, "fetch") != 0 || !colon) return 0;
    while (at > source && *at != '@') at--;
    snprintf(path, cap, TOKENIZER_NPM_DIR "/%.*s/%s", (int)(at - source), source, colon + 1);
    return 1;
}
