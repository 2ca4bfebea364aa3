/* Raw libcsv throughput: parse a file with libcsv's callbacks and only count fields and records.
 * The ceiling for Scout's ingest. Build: cc -O2 -o raw_libcsv raw_libcsv.c -lcsv
 * Usage: raw_libcsv FILE [delimiter]   (prints fields, records, bytes, seconds, MB/s)
 * Same options as Scout's tokenizer: strict, spaces kept, 64 KiB field blocks, 1 MiB reads. */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct counts { size_t fields, records; };

static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; ((struct counts *)ctx)->fields++; }
static void on_record(int c, void *ctx) { (void)c; ((struct counts *)ctx)->records++; }
static int no_space(unsigned char c) { (void)c; return 0; }

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s FILE [delimiter]\n", argv[0]); return 64; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) return 70;
    if (argc > 2) csv_set_delim(&p, (unsigned char)argv[2][0]);
    csv_set_space_func(&p, no_space);
    csv_set_blk_size(&p, 1 << 16);
    static char buf[1 << 20];
    struct counts c = {0, 0};
    size_t n, total = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        total += n;
        if (csv_parse(&p, buf, n, on_field, on_record, &c) != n) {
            fprintf(stderr, "%s: %s\n", argv[1], csv_strerror(csv_error(&p)));
            return 1;
        }
    }
    csv_fini(&p, on_field, on_record, &c);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("fields=%zu records=%zu bytes=%zu seconds=%.4f MBps=%.1f\n", c.fields, c.records, total, s, total / 1e6 / s);
    csv_free(&p);
    fclose(f);
    return 0;
}
