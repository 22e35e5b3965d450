package org.minijs.runtime.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --visualize file.js -o out.html}: a self-contained page (no network) that replays the recorded run
 * step by step. The events and the program's source are embedded as JSON; the player is in the template.
 */
public final class HtmlReplayWriter {
    private HtmlReplayWriter() {
    }

    public static String write(String fileName, String source, List<TraceEvent> events) {
        List<Object> shown = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e.type().equals("queues") || e.type().equals("promise.create")) {
                continue; // the views derive queue contents themselves; creations are noise when stepping
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type());
            m.put("micros", e.micros());
            m.put("fields", e.fields());
            shown.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file", fileName);
        data.put("source", source);
        data.put("events", shown);
        return template().replace("/*DATA*/", Json.write(data));
    }

    private static String template() {
        try (InputStream in = HtmlReplayWriter.class.getResourceAsStream("replay.html")) {
            if (in == null) {
                throw new IllegalStateException("replay.html missing from the runtime jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
