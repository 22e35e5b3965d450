package org.minijs.interpreter.collections;

import java.util.List;

/**
 * What a host may see of a live Map or Set iterator without advancing it (node's previewEntries, used by
 * util.inspect): which collection kind it walks, whether it yields [key, value] entries, and what is left.
 */
public interface CollectionIteratorView {
    boolean isMapIterator();

    /** True for entries(): each remaining item is a [key, value] pair (for a Set, [value, value]). */
    boolean yieldsEntries();

    /** The items still to come: keys, values, or flattened key/value pairs when {@link #yieldsEntries()}. */
    List<Object> remaining();
}
