package org.minijs.runtime.console;

import org.minijs.interpreter.collections.JSMapObject;
import org.minijs.interpreter.collections.OrderedHashMap;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * console.table(data[, properties]) as node draws it (lib/internal/console/constructor.js and cli_table.js):
 * an "(index)" column of the keys, a column per property of the rows (or "Values" for primitive rows, and for
 * the entries of a Map or Set), cells inspected shallowly and left-aligned in box-drawing borders.
 */
final class ConsoleTable {
    private ConsoleTable() {
    }

    /** The table, or null when data is not an object (console.table then logs it as console.log does). */
    static String render(Object data, Object properties) {
        if (!(data instanceof JSObject table)) {
            return null;
        }
        List<String> filter = null;
        if (properties instanceof JSArray p) {
            filter = new ArrayList<>();
            for (Object o : p.elements()) {
                filter.add(JSRuntime.toString(o == null ? Undefined.INSTANCE : o));
            }
        }
        List<String> indexKeys = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        String indexHeader = "(index)";
        List<String> mapKeys = null;
        if (table instanceof JSMapObject collection) {
            indexHeader = "(iteration index)";
            OrderedHashMap entries = collection.data;
            int i = 0;
            if (!collection.isSet()) {
                mapKeys = new ArrayList<>();
            }
            for (OrderedHashMap.Entry e = entries.next(entries.start()); e != null; e = entries.next(e), i++) {
                indexKeys.add(Integer.toString(i));
                items.add(collection.isSet() ? e.key : e.value);
                if (mapKeys != null) {
                    mapKeys.add(cell(e.key));
                }
            }
        } else {
            for (Object key : table.ownPropertyKeys()) {
                if (key instanceof String k && table.getOwnProperty(k) != null && table.getOwnProperty(k).enumerable()) {
                    indexKeys.add(k);
                    items.add(table.get(k));
                }
            }
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        boolean hasPrimitives = false;
        boolean collection = table instanceof JSMapObject; // a Map's or Set's values are cells, not rows
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            boolean primitive = !(item instanceof JSObject);
            if (collection || filter == null && primitive) {
                hasPrimitives = true;
                set(values, i, cell(item));
                continue;
            }
            List<String> keys = filter != null ? filter : enumerableKeys((JSObject) item);
            for (String key : keys) {
                List<String> column = columns.computeIfAbsent(key, k -> new ArrayList<>());
                boolean own = item instanceof JSObject o && o.getOwnProperty(key) != null;
                set(column, i, primitive || !own ? "" : cell(((JSObject) item).get(key)));
            }
        }
        List<String> head = new ArrayList<>();
        List<List<String>> body = new ArrayList<>();
        head.add(indexHeader);
        body.add(indexKeys);
        if (mapKeys != null) {
            head.add("Key");
            body.add(mapKeys);
        }
        // node gathers the columns as keys of an object: integer keys come first, ascending
        List<String> names = new ArrayList<>(columns.keySet());
        if (filter == null) {
            names.sort(java.util.Comparator.comparingLong((String k) -> {
                long index = org.minijs.interpreter.objects.ArrayIndex.parse(k);
                return index >= 0 ? index : Long.MAX_VALUE;
            }));
        }
        for (String name : names) {
            head.add(name);
            body.add(columns.get(name));
        }
        if (hasPrimitives) {
            head.add("Values");
            body.add(values);
        }
        return draw(head, body);
    }

    private static List<String> enumerableKeys(JSObject o) {
        List<String> keys = new ArrayList<>();
        for (Object key : o.ownPropertyKeys()) {
            if (key instanceof String k && o.getOwnProperty(k) != null && o.getOwnProperty(k).enumerable()) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static void set(List<String> column, int index, String value) {
        while (column.size() <= index) {
            column.add(null);
        }
        column.set(index, value);
    }

    /** node's _inspect for cells: shallow (objects with more than two keys as [Object]), 3 array items. */
    private static String cell(Object v) {
        int depth = v instanceof JSObject o && !(o instanceof JSArray) && !(o instanceof JSFunction)
                && enumerableKeys(o).size() > 2 ? -1 : 0;
        return Inspect.inspect(v, InspectOptions.DEFAULTS.withDepth(depth).withMaxArrayLength(3)
                .withBreakLength(Integer.MAX_VALUE));
    }

    /** cli_table's table(): widths from the longest cell, each cell left-aligned. */
    private static String draw(List<String> head, List<List<String>> columns) {
        int rows = 0;
        for (List<String> c : columns) {
            rows = Math.max(rows, c.size());
        }
        int[] widths = new int[head.size()];
        for (int i = 0; i < head.size(); i++) {
            widths[i] = width(head.get(i));
            for (int j = 0; j < rows; j++) {
                widths[i] = Math.max(widths[i], width(cellAt(columns.get(i), j)));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, widths, '┌', '┬', '┐');
        row(sb, head, widths);
        line(sb, widths, '├', '┼', '┤');
        for (int j = 0; j < rows; j++) {
            List<String> r = new ArrayList<>();
            for (List<String> c : columns) {
                r.add(cellAt(c, j));
            }
            row(sb, r, widths);
        }
        line(sb, widths, '└', '┴', '┘');
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String cellAt(List<String> column, int j) {
        return j < column.size() && column.get(j) != null ? column.get(j) : "";
    }

    private static int width(String s) {
        return StringWidth.of(s);
    }

    private static void line(StringBuilder sb, int[] widths, char left, char middle, char right) {
        sb.append(left);
        for (int i = 0; i < widths.length; i++) {
            sb.append("─".repeat(widths[i] + 2)).append(i < widths.length - 1 ? middle : right);
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append("│ ");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(cell).append(" ".repeat(widths[i] - width(cell)));
            sb.append(i < cells.size() - 1 ? " │ " : " │");
        }
        sb.append('\n');
    }
}
