package org.minijs.interpreter.objects;

import java.util.List;

/**
 * An unmapped arguments object (CreateUnmappedArgumentsObject): indexed properties, a non-enumerable length,
 * and @@iterator = %Array.prototype.values%. Not an Array: Array.isArray(arguments) is false.
 */
public final class JSArguments extends JSObject {
    public JSArguments(JSObject prototype, List<Object> values, Object iterator) {
        super(prototype);
        for (int i = 0; i < values.size(); i++) {
            defineOwnProperty(Integer.toString(i), PropertyCell.data(values.get(i), PropertyCell.ALL));
        }
        defineOwnProperty("length", PropertyCell.data(values.size(), PropertyCell.HIDDEN));
        defineOwnProperty(org.minijs.interpreter.values.Symbol.ITERATOR, PropertyCell.data(iterator, PropertyCell.HIDDEN));
    }

    @Override
    public String className() {
        return "Arguments";
    }
}
