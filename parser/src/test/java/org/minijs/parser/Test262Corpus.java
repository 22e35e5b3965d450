package org.minijs.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.antlr.v4.runtime.Token;
import org.minijs.parser.grammar.JavaScriptLexer;

/**
 * The external corpus of the npm package {@code test262-parser-tests}: locating (or installing) it, deciding
 * which files are in the minijs subset, and parsing them. Used by {@link Test262CorpusTest}, and runnable by
 * hand ({@code main}) to list the files that do not behave.
 *
 * <p>The feature filter: a file is out of the subset when it uses something the subset leaves out on purpose
 * (see parser/README.md):
 * <ul>
 *   <li>the {@code with} statement;</li>
 *   <li>BigInt literals ({@code 1n});</li>
 *   <li>HTML-like comments ({@code <!--}, {@code -->}, Annex B);</li>
 *   <li>dynamic {@code import()} and {@code import.meta};</li>
 *   <li>{@code for (var x = init in o)} (Annex B initializer in a for-in head);</li>
 *   <li>for fail/ and early/ files only: a regular-expression literal, since minijs does not validate
 *       pattern syntax while parsing (the engine compiles patterns when they are evaluated) and such a file
 *       may be invalid only because of its pattern.</li>
 * </ul>
 * A pass-explicit/ file is in the subset when it and its pass/ twin both are. Single files are left out by
 * {@code test262-exclusions.txt} (test resources), each with its reason: expectations superseded by later
 * editions, deliberate V8 compatibility, and pass-explicit/ files that are not the same program as their twin.
 */
final class Test262Corpus {
    static final String PACKAGE = "test262-parser-tests@0.0.5";

    enum Kind { PASS, PASS_EXPLICIT, FAIL, EARLY }

    record Result(Kind kind, int inSubset, int passed, List<String> failures) {
    }

    private static final Pattern BIGINT = Pattern.compile("(?<![\\w$.])(?:0[xXoObB][0-9a-fA-F_]+|\\d[\\d_]*)n\\b");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--|-->");
    private static final Pattern FOR_IN_INIT = Pattern.compile("for\\s*\\(\\s*var\\s+[^;)]*=[^;)]*\\sin\\s");

    private Test262Corpus() {
    }

    /**
     * The corpus folder: {@code -Dtest262.dir}, else {@code target/test262} (installed there with npm on first
     * use). Null when it is not there and npm is not available.
     */
    static Path locate() {
        String configured = System.getProperty("test262.dir");
        if (configured != null) {
            Path p = Path.of(configured);
            return Files.isDirectory(p.resolve("pass")) ? p : null;
        }
        Path prefix = Path.of("target", "test262").toAbsolutePath();
        Path dir = prefix.resolve("node_modules").resolve("test262-parser-tests");
        if (Files.isDirectory(dir.resolve("pass"))) {
            return dir;
        }
        try {
            Files.createDirectories(prefix);
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix",
                    prefix.toString(), PACKAGE).redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("npm.log").toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
        } catch (IOException e) {
            return null; // npm is not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return Files.isDirectory(dir.resolve("pass")) ? dir : null;
    }

    static Result run(Path corpus, Kind kind) throws IOException {
        String folder = switch (kind) {
            case PASS -> "pass";
            case PASS_EXPLICIT -> "pass-explicit";
            case FAIL -> "fail";
            case EARLY -> "early";
        };
        List<Path> files = list(corpus.resolve(folder));
        Set<String> excluded = exclusions();
        int inSubset = 0;
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            String src = Files.readString(f);
            boolean module = f.getFileName().toString().endsWith(".module.js");
            if (excluded.contains(folder + "/" + f.getFileName())
                    || !inSubset(src, module, kind == Kind.FAIL || kind == Kind.EARLY)) {
                continue;
            }
            if (kind == Kind.PASS_EXPLICIT
                    && !inSubset(Files.readString(corpus.resolve("pass").resolve(f.getFileName())), module, false)) {
                continue;
            }
            inSubset++;
            String problem = switch (kind) {
                case PASS -> mustParse(src, f, module);
                case PASS_EXPLICIT -> sameAst(src, f, module, corpus.resolve("pass").resolve(f.getFileName()));
                case FAIL, EARLY -> mustReject(src, f, module);
            };
            if (problem == null) {
                passed++;
            } else {
                failures.add(folder + "/" + f.getFileName() + ": " + problem);
            }
        }
        return new Result(kind, inSubset, passed, failures);
    }

    /** folder/file names listed in test262-exclusions.txt. */
    static Set<String> exclusions() throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = Test262Corpus.class.getResourceAsStream("/test262-exclusions.txt")) {
            if (in == null) {
                throw new IOException("test262-exclusions.txt is missing from the test resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.split("\\s+", 2)[0]);
                }
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    static boolean inSubset(String src, boolean module, boolean mustFail) {
        if (BIGINT.matcher(src).find() || HTML_COMMENT.matcher(src).find() || FOR_IN_INIT.matcher(src).find()) {
            return false;
        }
        List<Token> tokens = tokens(src, module);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int prev = i > 0 ? tokens.get(i - 1).getType() : -1;
            int next = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
            boolean afterDot = prev == JavaScriptLexer.Dot || prev == JavaScriptLexer.QuestionDot;
            switch (t.getType()) {
                case JavaScriptLexer.With -> {
                    if (!afterDot) {
                        return false;
                    }
                }
                case JavaScriptLexer.Import -> {
                    if (!afterDot && (next == JavaScriptLexer.OpenParen || next == JavaScriptLexer.Dot)) {
                        return false;
                    }
                }
                case JavaScriptLexer.RegularExpressionLiteral -> {
                    if (mustFail) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    /** The file's tokens as far as the lexer gets (a lexical error just ends the list). */
    private static List<Token> tokens(String src, boolean module) {
        JavaScriptLexer lexer = new JavaScriptLexer(new Utf16CharStream(src, "t.js"));
        lexer.removeErrorListeners();
        List<Token> out = new ArrayList<>();
        try {
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getType() != JavaScriptLexer.NL) {
                    out.add(t);
                }
            }
        } catch (RuntimeException e) {
            // lexical error: the parser reports it
        }
        return out;
    }

    static Object parse(String src, Path f, boolean module) {
        return module ? JsParser.parseModule(src, f.toString()) : JsParser.parse(src, f.toString());
    }

    private static String mustParse(String src, Path f, boolean module) {
        try {
            parse(src, f, module);
            return null;
        } catch (SyntaxError e) {
            return "rejected: " + e.line() + ":" + e.column() + " " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "crashed: " + e;
        }
    }

    private static String mustReject(String src, Path f, boolean module) {
        try {
            parse(src, f, module);
            return "accepted";
        } catch (SyntaxError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "crashed: " + e;
        }
    }

    private static String sameAst(String src, Path f, boolean module, Path passFile) {
        try {
            Object explicit = parse(src, f, module);
            Object plain = parse(Files.readString(passFile), passFile, module);
            String diff = AstCompare.difference(plain, explicit);
            return diff == null ? null : "AST differs from pass/: " + diff;
        } catch (SyntaxError e) {
            return "rejected: " + e.line() + ":" + e.column() + " " + e.getMessage();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return "crashed: " + e;
        }
    }

    /** Prints the counts and every failure: {@code Test262Corpus [corpus dir]}. */
    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : locate();
        if (corpus == null) {
            System.out.println("corpus not found");
            return;
        }
        for (Kind k : Kind.values()) {
            Result r = run(corpus, k);
            r.failures().forEach(System.out::println);
            System.out.printf("%s: %d in subset, %d passed%n", k, r.inSubset(), r.passed());
        }
    }
}
