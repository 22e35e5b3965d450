package org.minijs.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/** Manual tool: mutates the given files randomly and checks that parsing only ever fails with a SyntaxError. */
public final class FuzzTool {
    static final String PIECES = "(){}[];,.=+-*/%!?:<>&|^~`'\"\\\n ${}xyz1 async await function => ... let var if else";

    public static void main(String[] args) throws Exception {
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            sources.add(Files.readString(Path.of(line)));
        }
        Random rnd = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
        int n = Integer.parseInt(args[1]);
        TreeMap<String, Integer> messages = new TreeMap<>();
        int ok = 0;
        for (int i = 0; i < n; i++) {
            String src = sources.get(rnd.nextInt(sources.size()));
            if (src.length() > 4000) {
                int start = rnd.nextInt(src.length() - 4000);
                src = src.substring(start, start + 4000);
            }
            StringBuilder sb = new StringBuilder(src);
            int edits = 1 + rnd.nextInt(3);
            for (int k = 0; k < edits && sb.length() > 0; k++) {
                int pos = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(pos);
                    case 1 -> sb.insert(pos, PIECES.charAt(rnd.nextInt(PIECES.length())));
                    default -> {
                        String[] words = PIECES.split(" ");
                        sb.insert(pos, " " + words[rnd.nextInt(words.length)] + " ");
                    }
                }
            }
            String mutated = sb.toString();
            if (args.length > 2) {
                Files.writeString(Path.of(args[2], "m" + i + ".js"), mutated);
            }
            try {
                JsParser.parse(mutated, "f.js");
                ok++;
            } catch (SyntaxError e) {
                String m = e.getMessage();
                if (m.matches("(?i).*(mismatched|no viable|extraneous|expecting|token recognition|missing '|<EOF>).*")) {
                    System.out.println("ANTLR WORDING: " + m);
                }
                if (e.line() < 1 || e.column() < 1) {
                    System.out.println("BAD POSITION " + e.line() + ":" + e.column() + " " + m);
                }
                messages.merge(m.replaceAll("'.*'", "'_'"), 1, Integer::sum);
            } catch (Throwable t) {
                System.out.println("CRASH " + t);
                t.printStackTrace(System.out);
                Files.writeString(Path.of("/tmp/crash-" + i + ".js"), mutated);
            }
        }
        System.out.println("ok " + ok + " of " + n);
        messages.forEach((k, v) -> System.out.println(v + "  " + k));
    }
}
