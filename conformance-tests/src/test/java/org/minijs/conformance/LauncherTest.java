package org.minijs.conformance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end through the {@code ./minijs} launcher, as a user runs it: stdout, stderr and exit code of real
 * processes. Also guards that no JVM or Truffle warning and no Java stack trace ever reaches the user.
 */
class LauncherTest {

    record Result(int code, String out, String err) { }

    static Result launch(String... args) throws IOException, InterruptedException {
        return launchWithInputFile(null, args);
    }

    /** As {@link #launch}, with {@code text} as standard input (through a temporary file). */
    static Result launchWithInput(String text, String... args) throws IOException, InterruptedException {
        Path input = Files.createTempFile("input", ".txt");
        try {
            Files.writeString(input, text);
            return launchWithInputFile(input, args);
        } finally {
            Files.delete(input);
        }
    }

    /** As {@link #launch}, with {@code input} (a file) as standard input, or none. */
    private static Result launchWithInputFile(Path input, String... args) throws IOException, InterruptedException {
        Path root = Corpus.root();
        List<String> command = new ArrayList<>();
        command.add(root.resolve("minijs").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        Path out = Files.createTempFile("minijs-out", ".txt");
        Path err = Files.createTempFile("minijs-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher timed out: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static void assertNoJavaLeak(String stderr) {
        assertFalse(stderr.contains("WARNING"), stderr);
        assertFalse(stderr.contains("Exception in thread"), stderr);
        assertFalse(stderr.contains("at org.minijs"), stderr);
        assertFalse(stderr.contains("at com.oracle"), stderr);
    }

    @Test
    void awaitOrderExamplePrintsACB() throws Exception {
        Result r = launch("examples/await-order.js");
        assertEquals("", r.err());
        assertEquals(0, r.code());
        assertTrue(r.out().matches("(?s).*A\\n.*C\\n.*B\\n.*"), r.out());
    }

    @Test
    void syntaxErrorPointsAtFileLineColumn() throws Exception {
        Path file = Files.createTempFile("bad", ".js");
        Files.writeString(file, "let a = 1;\nlet b = ;\n");
        Result r = launch(file.toString());
        Files.delete(file);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains(file + ":2:9"), r.err());
        assertTrue(r.err().contains("SyntaxError: Unexpected token ';'"), r.err());
        assertNoJavaLeak(r.err());
    }

    @Test
    void uncaughtErrorPrintsJavaScriptStackAndExitsOne() throws Exception {
        Path file = Files.createTempFile("throws", ".js");
        Files.writeString(file, "console.log('before');\nfunction f() {\n  throw new Error('boom');\n}\nf();\n");
        Result r = launch(file.toString());
        Files.delete(file);
        assertEquals(1, r.code());
        assertEquals("before\n", r.out());
        // as node: the header points at the throw statement, the stack at the Error's construction
        assertTrue(r.err().startsWith(file + ":3\n  throw new Error('boom');\n  ^\n\nError: boom\n"), r.err());
        assertTrue(r.err().contains("at f (" + file + ":3:9)"), r.err());
        assertNoJavaLeak(r.err());
    }

    @Test
    void uncaughtNonErrorValueIsShownUnderItsThrowStatement() throws Exception {
        Path file = Files.createTempFile("throws", ".js");
        Files.writeString(file, "setTimeout(() => {\n  throw { code: 7 };\n});\n");
        Result r = launch(file.toString());
        Files.delete(file);
        assertEquals(1, r.code());
        assertEquals("\n" + file + ":2\n  throw { code: 7 };\n  ^\n{ code: 7 }\n\nminijs v0.1.0\n", r.err());
    }

    @Test
    void readFileSyncOfDescriptorZeroReadsStandardInput() throws Exception {
        Result r = launchWithInput("1\n2\n3\n", "-e",
                "const t = require('fs').readFileSync(0, 'utf8'); console.log(t.split('\\n').filter(Boolean).map(Number).reduce((a, b) => a + b))");
        assertEquals(0, r.code(), r.err());
        assertEquals("6\n", r.out());
    }

    @Test
    void readlineReadsStandardInputLineByLine() throws Exception {
        Path script = Files.createTempFile("readline", ".js");
        Files.writeString(script, String.join("\n",
                "const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });",
                "rl.question('name? ', (name) => {",
                "  const rest = [];",
                "  rl.on('line', (line) => rest.push(line));",
                "  rl.on('close', () => console.log(`[${name}]`, rest));",
                "});",
                ""));
        Result r = launchWithInput("alice\n42\r\nlast line without newline", script.toString());
        Files.delete(script);
        assertEquals(0, r.code(), r.err());
        assertEquals("name? [alice] [ '42', 'last line without newline' ]\n", r.out());
    }

    @Test
    void stdinReadableEventsAndRead() throws Exception {
        Result r = launchWithInput("x\ny", "-e", "process.stdin.setEncoding('utf8'); let all = '';"
                + " process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) all += c; });"
                + " process.stdin.on('end', () => console.log(JSON.stringify(all)));");
        assertEquals(0, r.code(), r.err());
        assertEquals("\"x\\ny\"\n", r.out());
    }

    @Test
    void evalRunsGlobalCodeLikeNode() throws Exception {
        // node -e: var and function declarations become properties of the global object
        Result r = launch("-e", "var x = 5; function f() { return x * 2 } console.log(f(), globalThis.x, typeof globalThis.f)");
        assertEquals(0, r.code(), r.err());
        assertEquals("10 5 function\n", r.out());
        Result p = launch("-p", "[1, 2].map(n => n * 21)");
        assertEquals("[ 21, 42 ]\n", p.out());
    }

    @Test
    void versionAndHelp() throws Exception {
        Result version = launch("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("v"), version.out());
        Result help = launch("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: minijs"), help.out());
    }
}
