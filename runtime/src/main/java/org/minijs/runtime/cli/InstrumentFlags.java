package org.minijs.runtime.cli;

import org.minijs.runtime.trace.TraceOptions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The flags of the internals instruments, taken from the front of the command line: {@code --trace},
 * {@code --trace-events=FILE}, {@code --visualize} with {@code -o FILE} (before or after the script name) and
 * {@code --explain}. Everything else is left for the usual option handling.
 */
record InstrumentFlags(TraceOptions trace, boolean explain, String[] remaining) {

    /** The flags, or null (after a message on stderr) when they are malformed. */
    static InstrumentFlags parse(String[] args, PrintStream err) {
        boolean timeline = false;
        boolean explain = false;
        boolean visualize = false;
        Path traceEvents = null;
        Path output = null;
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--trace")) {
                timeline = true;
            } else if (a.startsWith("--trace-events=")) {
                traceEvents = Path.of(a.substring("--trace-events=".length()));
            } else if (a.equals("--visualize")) {
                visualize = true;
            } else if (a.equals("--explain")) {
                explain = true;
            } else if (a.equals("-o") && i + 1 < args.length) {
                output = Path.of(args[++i]);
            } else {
                break;
            }
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(i, args.length));
        if (visualize && output == null) {
            int o = rest.indexOf("-o");
            if (o > 0 && o + 1 < rest.size()) {
                output = Path.of(rest.get(o + 1));
                rest.remove(o + 1);
                rest.remove(o);
            }
        }
        if (visualize && output == null) {
            err.println("minijs: --visualize needs -o out.html");
            return null;
        }
        return new InstrumentFlags(new TraceOptions(timeline, traceEvents, visualize ? output : null), explain,
                rest.toArray(String[]::new));
    }
}
