package org.minijs.runtime.cli;

import org.minijs.runtime.MiniJs;
import org.minijs.runtime.Version;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code minijs} command, with node's conventions: {@code minijs [options] file.js [args...]},
 * {@code minijs -e code [args...]}, {@code -p code} (print the result), {@code --version}, {@code --help};
 * with no file, a REPL on a terminal, else the script read from stdin. Exit codes as node: 0, 1 for an
 * uncaught error, 9 for a bad option, process.exitCode otherwise.
 */
public final class Main {
    private static final int INVALID_ARGUMENT = 9;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int run(String[] allArgs, PrintStream out, PrintStream err) {
        // the instruments' flags come first, as node's flags do (-o of --visualize may also follow the file)
        InstrumentFlags flags = InstrumentFlags.parse(allArgs, err);
        if (flags == null) {
            return INVALID_ARGUMENT;
        }
        String[] args = flags.remaining();
        if (flags.explain() || flags.trace().enabled()) {
            if (args.length == 0 || args[0].startsWith("-")) {
                err.println("minijs: " + (flags.explain() ? "--explain" : "tracing") + " needs a script file");
                return INVALID_ARGUMENT;
            }
            if (flags.explain()) {
                return Explain.run(Path.of(args[0]), out, err);
            }
            return MiniJs.runFile(Path.of(args[0]), List.of(args).subList(1, args.length), out, err, flags.trace());
        }
        if (args.length > 0) {
            String first = args[0];
            List<String> rest = List.of(args).subList(Math.min(2, args.length), args.length);
            switch (first) {
                case "-h", "--help" -> {
                    out.print(help());
                    return 0;
                }
                case "-v", "--version" -> {
                    out.println(Version.VERSION);
                    return 0;
                }
                case "-e", "--eval", "-p", "--print" -> {
                    if (args.length < 2) {
                        err.println("minijs: " + first + " requires an argument");
                        return INVALID_ARGUMENT;
                    }
                    String code = first.startsWith("-p") || first.equals("--print")
                            ? "console.log(" + args[1] + "\n)" : args[1];
                    return MiniJs.runEval(code, rest, out, err);
                }
                case "-" -> {
                    return runStdin(List.of(args).subList(1, args.length), out, err);
                }
                default -> {
                    if (first.startsWith("-")) {
                        err.println("minijs: bad option: " + first);
                        return INVALID_ARGUMENT;
                    }
                    return MiniJs.runFile(Path.of(first), List.of(args).subList(1, args.length), out, err);
                }
            }
        }
        if (System.console() != null) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            out.println("Welcome to minijs " + Version.VERSION + ".\nType \".exit\" or press Ctrl+D to leave.");
            return MiniJs.run(new ArrayList<>(List.of(System.getProperty("minijs.launcher", "minijs"))), out, err,
                    host -> Repl.start(host, in, out));
        }
        return runStdin(List.of(), out, err);
    }

    /** Like node with a pipe on stdin: the whole input is the script, named "[stdin]". */
    private static int runStdin(List<String> args, PrintStream out, PrintStream err) {
        try {
            String source = Repl.readAll(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            return MiniJs.runEval(source, args, out, err);
        } catch (IOException e) {
            err.println("minijs: cannot read stdin: " + e.getMessage());
            return 1;
        }
    }

    private static String help() {
        return """
                Usage: minijs [options] [script.js] [arguments]
                       minijs -e "code" [arguments]
                       minijs              (a REPL on a terminal; otherwise the script is read from stdin)

                Options:
                  -e, --eval code     run code given on the command line
                  --trace             print a timeline of the event loop and the engine on stderr
                  --trace-events=F    write the run as a Chrome trace (Perfetto, chrome://tracing) to F
                  --visualize -o F    write a self-contained HTML replay of the run to F
                  --explain           print how each async function and generator is split at its
                                      suspension points, without running the script
                  -p, --print code    run code and print its result
                  -v, --version       print the minijs version
                  -h, --help          print this help

                Exit codes: 0 success, 1 uncaught exception or unhandled rejection,
                9 invalid option, otherwise process.exitCode.
                """;
    }
}
