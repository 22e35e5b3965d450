package org.minijs.runtime.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * One traced run: the recorder, the stdout tee that feeds the replay's console view, and the files written
 * when the run ends (whatever way it ends).
 */
public final class TraceSession {
    private final TraceOptions options;
    private final Recorder recorder = new Recorder();

    public TraceSession(TraceOptions options, PrintStream err) {
        this.options = options;
        if (options.timeline()) {
            recorder.addSink(new TextTimeline(err));
        }
    }

    public Recorder recorder() {
        return recorder;
    }

    /** Program output still goes to stdout unchanged; a copy of the text is recorded for the replay. */
    public PrintStream teeStdout(PrintStream out) {
        if (options.visualize() == null) {
            return out;
        }
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
                recorder.stdout(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
        return new PrintStream(tee, true, StandardCharsets.UTF_8);
    }

    /** Writes the requested files; an I/O failure is reported on stderr, never as a Java trace. */
    public void finish(String mainFile, String mainSource, PrintStream err) {
        try {
            if (options.traceEvents() != null) {
                Files.writeString(options.traceEvents(), ChromeTraceWriter.write(recorder.events()), StandardCharsets.UTF_8);
            }
            if (options.visualize() != null) {
                Files.writeString(options.visualize(), HtmlReplayWriter.write(mainFile, mainSource, recorder.events()),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("minijs: cannot write trace output: " + e.getMessage());
        }
    }
}
