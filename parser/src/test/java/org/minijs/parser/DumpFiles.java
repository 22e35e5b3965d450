package org.minijs.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Manual tool: prints FILE path and the AstDump of each file (or ERR message), for comparison with an oracle. */
public final class DumpFiles {
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String f : args) {
            String src = Files.readString(Path.of(f));
            out.append("FILE ").append(f).append('\n');
            try {
                out.append(AstDump.program(JsParser.parse(src, f)));
            } catch (SyntaxError e) {
                out.append("ERR ").append(e.getMessage());
            } catch (RuntimeException e) {
                out.append("CRASH ").append(e);
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
