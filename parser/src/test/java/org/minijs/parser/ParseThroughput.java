package org.minijs.parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm parse throughput, for bench/parse.sh: warms up on all the {@code script:FILE} / {@code module:FILE}
 * arguments in turn (so that the JIT has compiled the parser before any file is measured), then for each file
 * parses it repeatedly for a measuring period and prints one line {@code FILE BYTES MEDIAN_MS MB_PER_S}
 * (MB = 10^6 bytes of UTF-8 source). bench/parse/acorn-bench.js does the same for acorn.
 */
public final class ParseThroughput {
    private ParseThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double warmupSeconds = Double.parseDouble(System.getProperty("warmup", "4"));
        double measureSeconds = Double.parseDouble(System.getProperty("measure", "4"));
        int n = args.length;
        String[] files = new String[n];
        String[] sources = new String[n];
        boolean[] modules = new boolean[n];
        for (int i = 0; i < n; i++) {
            modules[i] = args[i].startsWith("module:");
            files[i] = args[i].substring(args[i].indexOf(':') + 1);
            sources[i] = Files.readString(Path.of(files[i]));
        }
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < n; i++) {
                run(sources[i], files[i], modules[i], warmupSeconds / 4);
            }
        }
        for (int i = 0; i < n; i++) {
            String src = sources[i];
            String file = files[i];
            int bytes = src.getBytes(StandardCharsets.UTF_8).length;
            double[] times = run(src, file, modules[i], measureSeconds);
            double median = times[times.length / 2];
            System.out.printf("%s %d %.3f %.2f%n", file, bytes, median * 1e3, bytes / median / 1e6);
        }
    }

    /** Parses for about {@code seconds}; returns the sorted times of the parses, in seconds. */
    private static double[] run(String src, String file, boolean module, double seconds) {
        double[] times = new double[16];
        int n = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long t0 = System.nanoTime();
            Object ast = module ? JsParser.parseModule(src, file) : JsParser.parse(src, file);
            long t1 = System.nanoTime();
            if (ast == null) {
                throw new IllegalStateException("no AST");
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = (t1 - t0) / 1e9;
        } while (System.nanoTime() < end || n < 5);
        double[] out = Arrays.copyOf(times, n);
        Arrays.sort(out);
        return out;
    }
}
