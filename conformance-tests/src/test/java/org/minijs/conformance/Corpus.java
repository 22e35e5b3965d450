package org.minijs.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository and lists golden cases: {@code <dir>/<category>/<name>.js} with a {@code .expected}. */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        String configured = System.getProperty("minijs.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    static List<Path> cases(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
                    .filter(p -> Files.exists(expectedFor(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path expectedFor(Path js) {
        String name = js.getFileName().toString();
        return js.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    }
}
