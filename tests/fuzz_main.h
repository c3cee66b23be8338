/* fuzz_main.h - with THERMO_FUZZ_REPLAY, a main() that feeds each file named on the command line
   to LLVMFuzzerTestOneInput once (make test replays the corpus this way, under the sanitizers);
   without it, libFuzzer supplies main (make fuzz). */
#ifndef FUZZ_MAIN_H
#define FUZZ_MAIN_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#ifdef THERMO_FUZZ_REPLAY
int main(int argc, char **argv) {
    int i, n = 0;
    for (i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        uint8_t *buf;
        long len;
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        len = ftell(f);
        fseek(f, 0, SEEK_SET);
        buf = (uint8_t *)malloc((size_t)len + 1);
        if (buf && fread(buf, 1, (size_t)len, f) == (size_t)len) {
            LLVMFuzzerTestOneInput(buf, (size_t)len);
            n++;
        }
        free(buf);
        fclose(f);
    }
    printf("%d passed, 0 failed\n", n); /* a crash or a sanitizer report exits non-zero */
    return 0;
}
#endif
#endif
