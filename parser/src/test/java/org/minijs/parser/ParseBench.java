package org.minijs.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Manual tool: parses every .js file given (files or directories), prints failures by message and throughput. */
public final class ParseBench {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            try (var s = Files.walk(Path.of(a))) {
                s.filter(p -> p.toString().endsWith(".js") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        List<String> sources = new ArrayList<>();
        for (Path p : files) {
            sources.add(Files.readString(p));
        }
        Map<String, Integer> messages = new TreeMap<>();
        Map<String, String> example = new TreeMap<>();
        int ok = 0;
        long chars = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            ok = 0;
            chars = 0;
            for (int i = 0; i < files.size(); i++) {
                String src = sources.get(i);
                try {
                    JsParser.parse(src, files.get(i).toString());
                    ok++;
                    chars += src.length();
                } catch (SyntaxError e) {
                    if (round == 0) {
                        String key = e.getMessage().startsWith("Unexpected identifier") ? "Unexpected identifier" : e.getMessage();
                        messages.merge(key, 1, Integer::sum);
                        example.putIfAbsent(key, files.get(i) + ":" + e.line() + ":" + e.column() + "  "
                                + (e.sourceLine() == null ? "" : e.sourceLine().strip()));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    if (round == 0) {
                        System.out.println("CRASH " + files.get(i) + " " + e);
                        e.printStackTrace(System.out);
                    }
                }
            }
            long t1 = System.nanoTime();
            System.out.printf("round %d: %d/%d files ok, %.1f ms total, %.1f MB/s over ok files%n", round, ok,
                    files.size(), (t1 - t0) / 1e6, chars / ((t1 - t0) / 1e9) / 1e6);
        }
        messages.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey() + "   e.g. " + example.get(e.getKey())));
    }
}
