package org.minijs.runtime.cli;

import org.minijs.interpreter.explain.SplitExplainer;
import org.minijs.parser.JsParser;
import org.minijs.parser.SyntaxError;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code minijs --explain file.js}: the split of every async function and generator, without running it. */
final class Explain {
    private Explain() {
    }

    static int run(Path file, PrintStream out, PrintStream err) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            String source = Files.readString(absolute, StandardCharsets.UTF_8);
            out.print(SplitExplainer.explain(JsParser.parse(source, absolute.toString())));
            return 0;
        } catch (IOException e) {
            err.println("Error: Cannot find module '" + absolute + "'");
            return 1;
        } catch (SyntaxError e) {
            err.print(e.format());
            return 1;
        }
    }
}
