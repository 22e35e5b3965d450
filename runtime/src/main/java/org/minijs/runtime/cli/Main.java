package org.minijs.runtime.cli;

import org.minijs.runtime.MiniJs;
import org.minijs.runtime.Version;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code minijs} command: {@code minijs [options] file.js [args...]} or {@code minijs -e code}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println("Usage: minijs [options] script.js [arguments]\n"
                    + "       minijs -e \"code\"\n\n"
                    + "Options:\n"
                    + "  -e, --eval code   run code given on the command line\n"
                    + "  -v, --version     print the minijs version\n"
                    + "  -h, --help        print this help");
            code = args.length == 0 ? 9 : 0;
        } else if (args[0].equals("--version") || args[0].equals("-v")) {
            out.println(Version.VERSION);
            code = 0;
        } else if (args[0].equals("-e") || args[0].equals("--eval")) {
            if (args.length < 2) {
                err.println("minijs: " + args[0] + " requires an argument");
                code = 9;
            } else {
                code = MiniJs.runSource(args[1], "[eval]", out, err);
            }
        } else if (args[0].startsWith("-")) {
            err.println("minijs: bad option: " + args[0]);
            code = 9;
        } else {
            code = MiniJs.runFile(Path.of(args[0]), out, err);
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
