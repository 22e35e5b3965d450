package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date (§21.4) on a time value in ms since the epoch. The current time comes from the host (the engine reads
 * no clock); local time uses the JVM's default time zone.
 */
final class DateBuiltins {
    private static final double MAX_TIME = 8.64e15;
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Pattern ISO = Pattern.compile(
            "([+-]\\d{6}|\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?([Zz]|[+-]\\d{2}:\\d{2})?)?");

    private DateBuiltins() {
    }

    /** A Date instance: [[DateValue]]. */
    static final class JSDate extends JSObject {
        double time;

        JSDate(JSObject prototype, double time) {
            super(prototype);
            this.time = time;
        }

        @Override
        public String className() {
            return "Date";
        }
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject proto = new JSObject(in.objectPrototype);
        JSFunction date = Intrinsics.constructor(realm, in.globalObject, "Date", 7, proto, (t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                return toDateString(realm.currentTimeMillis(), true);
            }
            double tv;
            if (a.length == 0) {
                tv = realm.currentTimeMillis();
            } else if (a.length == 1) {
                Object v = a[0] instanceof JSDate d ? d.time : JSRuntime.toPrimitive(a[0], "none");
                tv = v instanceof String s ? parse(s) : JSRuntime.toNumber(v);
            } else {
                tv = utc(makeFromArguments(a));
            }
            JSObject p = nt instanceof JSObject n && n.get("prototype") instanceof JSObject pp ? pp : proto;
            return new JSDate(p, timeClip(tv));
        });
        Intrinsics.method(realm, date, "now", 0, (t, a, nt) -> JSRuntime.number(Math.floor(realm.currentTimeMillis())));
        Intrinsics.method(realm, date, "parse", 1, (t, a, nt) -> JSRuntime.number(parse(JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        Intrinsics.method(realm, date, "UTC", 7, (t, a, nt) -> JSRuntime.number(timeClip(makeFromArguments(a))));

        Intrinsics.method(realm, proto, "getTime", 0, (t, a, nt) -> JSRuntime.number(self(t).time));
        Intrinsics.method(realm, proto, "valueOf", 0, (t, a, nt) -> JSRuntime.number(self(t).time));
        Intrinsics.method(realm, proto, "getTimezoneOffset", 0, (t, a, nt) -> {
            double tv = self(t).time;
            // whole minutes, as V8 shows them (historical local mean time offsets have seconds)
            return Double.isNaN(tv) ? Double.NaN : JSRuntime.number((double) (long) ((tv - local(tv)) / 60000));
        });
        Intrinsics.method(realm, proto, "toISOString", 0, (t, a, nt) -> {
            double tv = self(t).time;
            if (Double.isNaN(tv)) {
                throw Errors.rangeError("Invalid time value", null);
            }
            return iso(tv);
        });
        Intrinsics.method(realm, proto, "toJSON", 1, (t, a, nt) -> {
            Object tv = JSRuntime.toPrimitive(t, "number");
            if (JSRuntime.isNumber(tv) && !Double.isFinite(JSRuntime.toNumber(tv))) {
                return org.minijs.interpreter.values.Null.INSTANCE;
            }
            Object f = ((JSObject) t).get("toISOString");
            return ((JSFunction) f).call(t);
        });
        Intrinsics.method(realm, proto, "toString", 0, (t, a, nt) -> toDateString(self(t).time, true));
        Intrinsics.method(realm, proto, "toDateString", 0, (t, a, nt) -> {
            double tv = self(t).time;
            return Double.isNaN(tv) ? "Invalid Date" : datePart(local(tv));
        });
        Intrinsics.method(realm, proto, "toTimeString", 0, (t, a, nt) -> {
            double tv = self(t).time;
            return Double.isNaN(tv) ? "Invalid Date" : timePart(tv);
        });
        Intrinsics.method(realm, proto, "toUTCString", 0, (t, a, nt) -> {
            double tv = self(t).time;
            if (Double.isNaN(tv)) {
                return "Invalid Date";
            }
            ZonedDateTime z = zoned(tv, ZoneOffset.UTC);
            return String.format(Locale.ROOT, "%s, %02d %s %s %02d:%02d:%02d GMT", DAYS[z.getDayOfWeek().getValue() % 7],
                    z.getDayOfMonth(), MONTHS[z.getMonthValue() - 1], year(z.getYear()), z.getHour(), z.getMinute(), z.getSecond());
        });
        Intrinsics.method(realm, proto, "toLocaleDateString", 0, (t, a, nt) -> {
            ZonedDateTime z = zoned(self(t).time, ZoneId.systemDefault());
            return z.getMonthValue() + "/" + z.getDayOfMonth() + "/" + z.getYear();
        });
        Intrinsics.method(realm, proto, "toLocaleTimeString", 0, (t, a, nt) -> localeTime(self(t).time));
        Intrinsics.method(realm, proto, "toLocaleString", 0, (t, a, nt) -> {
            ZonedDateTime z = zoned(self(t).time, ZoneId.systemDefault());
            return z.getMonthValue() + "/" + z.getDayOfMonth() + "/" + z.getYear() + ", " + localeTime(self(t).time);
        });
        getters(realm, proto, "", false);
        getters(realm, proto, "UTC", true);
        setters(realm, proto);
        // Annex B: toGMTString is the same function object as toUTCString; getYear/setYear count from 1900
        proto.defineHidden("toGMTString", proto.get("toUTCString"));
        Intrinsics.method(realm, proto, "getYear", 0, (t, a, nt) -> {
            double tv = self(t).time;
            return Double.isNaN(tv) ? Double.NaN : JSRuntime.number(zoned(local(tv), ZoneOffset.UTC).getYear() - 1900);
        });
        Intrinsics.method(realm, proto, "setYear", 1, (t, a, nt) -> {
            JSDate d = self(t);
            double y = JSRuntime.toNumber(JSBuiltin.arg(a, 0));
            if (Double.isNaN(y)) {
                d.time = Double.NaN;
                return Double.NaN;
            }
            double yi = JSRuntime.toIntegerOrInfinity(y);
            double year = yi >= 0 && yi <= 99 ? 1900 + yi : y;
            double[] f = fields(Double.isNaN(d.time) ? 0 : local(d.time));
            f[0] = year;
            d.time = timeClip(utc(makeDate(f)));
            return JSRuntime.number(d.time);
        });
        proto.defineOwnProperty(Symbol.TO_PRIMITIVE, PropertyCell.data(realm.newBuiltinFunction("[Symbol.toPrimitive]", 1,
                (t, a, nt) -> {
                    String hint = JSRuntime.toString(JSBuiltin.arg(a, 0));
                    JSObject o = (JSObject) t;
                    String[] order = hint.equals("number") ? new String[]{"valueOf", "toString"} : new String[]{"toString", "valueOf"};
                    for (String m : order) {
                        if (o.get(m) instanceof JSFunction f) {
                            Object r = f.call(o);
                            if (!(r instanceof JSObject)) {
                                return r;
                            }
                        }
                    }
                    throw Errors.typeError("Cannot convert object to primitive value");
                }), PropertyCell.CONFIGURABLE));
    }

    private static void getters(JSRealm realm, JSObject proto, String utc, boolean isUtc) {
        String[] names = {"FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"};
        for (int i = 0; i < names.length; i++) {
            int field = i;
            Intrinsics.method(realm, proto, "get" + utc + names[i], 0, (t, a, nt) -> {
                double tv = self(t).time;
                if (Double.isNaN(tv)) {
                    return Double.NaN;
                }
                double lt = isUtc ? tv : local(tv);
                ZonedDateTime z = zoned(lt, ZoneOffset.UTC);
                return switch (field) {
                    case 0 -> z.getYear();
                    case 1 -> z.getMonthValue() - 1;
                    case 2 -> z.getDayOfMonth();
                    case 3 -> z.getDayOfWeek().getValue() % 7;
                    case 4 -> z.getHour();
                    case 5 -> z.getMinute();
                    case 6 -> z.getSecond();
                    default -> (int) Math.floorMod((long) lt, 1000L);
                };
            });
        }
    }

    /** The common setters, each recomputing the time value from the updated fields. */
    private static void setters(JSRealm realm, JSObject proto) {
        Intrinsics.method(realm, proto, "setTime", 1, (t, a, nt) -> {
            JSDate d = self(t);
            d.time = timeClip(JSRuntime.toNumber(JSBuiltin.arg(a, 0)));
            return JSRuntime.number(d.time);
        });
        String[] names = {"FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"};
        int[] lengths = {3, 2, 1, 4, 3, 2, 1}; // the optional trailing fields each setter accepts
        for (String utc : new String[]{"", "UTC"}) {
            for (int i = 0; i < names.length; i++) {
                int first = i;
                Intrinsics.method(realm, proto, "set" + utc + names[i], lengths[i], (t, a, nt) -> {
                    JSDate d = self(t);
                    boolean isUtc = !utc.isEmpty();
                    // every argument is converted first (a missing first one is undefined: NaN)
                    int count = Math.min(Math.max(1, a.length), 7 - first);
                    double[] given = new double[count];
                    for (int k = 0; k < count; k++) {
                        given[k] = JSRuntime.toNumber(JSBuiltin.arg(a, k));
                    }
                    double base = Double.isNaN(d.time) ? (first == 0 ? 0 : Double.NaN) : (isUtc ? d.time : local(d.time));
                    if (Double.isNaN(base)) {
                        return Double.NaN;
                    }
                    double[] f = fields(base);
                    System.arraycopy(given, 0, f, first, count);
                    double made = makeDate(f);
                    d.time = timeClip(isUtc ? made : utc(made));
                    return JSRuntime.number(d.time);
                });
            }
        }
    }

    private static double[] fields(double tv) {
        ZonedDateTime z = zoned(tv, ZoneOffset.UTC);
        return new double[]{z.getYear(), z.getMonthValue() - 1, z.getDayOfMonth(), z.getHour(), z.getMinute(),
                z.getSecond(), Math.floorMod((long) tv, 1000L)};
    }

    /** MakeDate(MakeDay(y, m, d), MakeTime(h, min, s, ms)) with the spec's overflow of each field. */
    /** MakeDate for the legacy parser. */
    static double makeDateValue(double[] f) {
        return makeDate(f);
    }

    /** UTC(t) of a local time value, for the legacy parser. */
    static double localToUtc(double localTime) {
        return utc(localTime);
    }

    private static double makeDate(double[] f) {
        for (double v : f) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        double y = Math.floor(f[0]) + Math.floor(Math.floor(f[1]) / 12);
        int m = (int) Math.floorMod((long) Math.floor(f[1]), 12L);
        long day = java.time.LocalDate.of((int) y, m + 1, 1).toEpochDay() + (long) Math.floor(f[2]) - 1;
        return day * 86400000.0 + Math.floor(f[3]) * 3600000 + Math.floor(f[4]) * 60000 + Math.floor(f[5]) * 1000
                + Math.floor(f[6]);
    }

    /** The fields of Date(y, m, ...) / Date.UTC: missing ones default; years 0-99 mean 1900-1999. */
    private static double makeFromArguments(Object[] a) {
        double[] f = {Double.NaN, 0, 1, 0, 0, 0, 0};
        for (int i = 0; i < Math.min(a.length, 7); i++) {
            f[i] = JSRuntime.toNumber(a[i]);
        }
        if (!Double.isNaN(f[0])) {
            double yi = Math.floor(f[0]);
            if (yi >= 0 && yi <= 99) {
                f[0] = 1900 + yi;
            }
        }
        return makeDate(f);
    }

    /**
     * Date.parse: the ISO format (date-only forms are UTC, date-times without offset local; fields out of range
     * are NaN), else V8's legacy formats (see LegacyDateParser).
     */
    static double parse(String s) {
        Matcher m = ISO.matcher(s); // exactly: with spaces around it, V8 reads it the legacy way (local time)
        if (m.matches()) {
            int mo = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int mi = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int se = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            boolean endOfDay = h == 24 && mi == 0 && se == 0 && (m.group(7) == null || Integer.parseInt(m.group(7)) == 0);
            if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24
                    || h == 24 && !endOfDay || mi > 59 || se > 59) {
                return Double.NaN;
            }
            double[] f = {Double.parseDouble(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) - 1,
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3))};
            double t = makeDate(f);
            String offset = m.group(8);
            if (offset == null) {
                return timeClip(m.group(4) == null ? t : utc(t));
            }
            if (!offset.equalsIgnoreCase("Z")) {
                int sign = offset.charAt(0) == '-' ? -1 : 1;
                t -= sign * (Integer.parseInt(offset.substring(1, 3)) * 3600000.0 + Integer.parseInt(offset.substring(4, 6)) * 60000.0);
            }
            return timeClip(t);
        }
        return timeClip(LegacyDateParser.parse(s));
    }

    static double timeClip(double t) {
        if (!Double.isFinite(t) || Math.abs(t) > MAX_TIME) {
            return Double.NaN;
        }
        double r = t < 0 ? Math.ceil(t) : Math.floor(t);
        return r == 0 ? 0 : r;
    }

    /** LocalTime(t): t plus the zone offset at t. */
    private static double local(double t) {
        return t + offsetMillis(t);
    }

    /** UTC(t) for a local time value t. */
    /**
     * UTC(t): a local time to a time value. In a gap (clocks moved forward) the offset from before the
     * transition applies, so 02:30 on a spring-forward day reads as 03:30 daylight time; in an overlap the
     * earlier instant is taken (possibleInstants[0]).
     */
    private static double utc(double localTime) {
        if (!Double.isFinite(localTime) || Math.abs(localTime) > MAX_TIME + 864e5) {
            return Double.NaN;
        }
        long millis = (long) Math.floor(localTime);
        java.time.LocalDateTime ldt = java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
                (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
        java.time.zone.ZoneRules rules = ZoneId.systemDefault().getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
        ZoneOffset offset = offsets.isEmpty() ? rules.getTransition(ldt).getOffsetBefore() : offsets.get(0);
        return localTime - offset.getTotalSeconds() * 1000.0;
    }

    private static double offsetMillis(double t) {
        Instant instant = Instant.ofEpochMilli((long) Math.max(Math.min(t, MAX_TIME), -MAX_TIME));
        return ZoneId.systemDefault().getRules().getOffset(instant).getTotalSeconds() * 1000.0;
    }

    private static ZonedDateTime zoned(double t, ZoneId zone) {
        return Instant.ofEpochMilli((long) t).atZone(zone);
    }

    private static String year(int y) {
        return y < 0 ? String.format(Locale.ROOT, "-%06d", -y) : String.format(Locale.ROOT, "%04d", y);
    }

    private static String iso(double tv) {
        ZonedDateTime z = zoned(tv, ZoneOffset.UTC);
        int y = z.getYear();
        String ys = y >= 0 && y <= 9999 ? String.format(Locale.ROOT, "%04d", y)
                : (y < 0 ? "-" : "+") + String.format(Locale.ROOT, "%06d", Math.abs(y));
        return String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", ys, z.getMonthValue(), z.getDayOfMonth(),
                z.getHour(), z.getMinute(), z.getSecond(), Math.floorMod((long) tv, 1000L));
    }

    private static String datePart(double localTime) {
        ZonedDateTime z = zoned(localTime, ZoneOffset.UTC);
        return DAYS[z.getDayOfWeek().getValue() % 7] + " " + MONTHS[z.getMonthValue() - 1] + " "
                + String.format(Locale.ROOT, "%02d", z.getDayOfMonth()) + " " + year(z.getYear());
    }

    /** "13:00:00 GMT+0100 (Central European Standard Time)". */
    private static String timePart(double tv) {
        ZonedDateTime z = zoned(tv, ZoneId.systemDefault());
        int offset = z.getOffset().getTotalSeconds() / 60;
        TimeZone zone = TimeZone.getTimeZone(ZoneId.systemDefault());
        String name = zone.getDisplayName(zone.inDaylightTime(new java.util.Date((long) tv)), TimeZone.LONG, Locale.US);
        return String.format(Locale.ROOT, "%02d:%02d:%02d GMT%s%02d%02d (%s)", z.getHour(), z.getMinute(), z.getSecond(),
                offset < 0 ? "-" : "+", Math.abs(offset) / 60, Math.abs(offset) % 60, name);
    }

    private static String toDateString(double tv, boolean withTime) {
        if (Double.isNaN(tv)) {
            return "Invalid Date";
        }
        return datePart(local(tv)) + (withTime ? " " + timePart(tv) : "");
    }

    private static String localeTime(double tv) {
        ZonedDateTime z = zoned(tv, ZoneId.systemDefault());
        int h = z.getHour() % 12 == 0 ? 12 : z.getHour() % 12;
        return String.format(Locale.ROOT, "%d:%02d:%02d %s", h, z.getMinute(), z.getSecond(), z.getHour() < 12 ? "AM" : "PM");
    }

    private static JSDate self(Object t) {
        if (t instanceof JSDate d) {
            return d;
        }
        throw Errors.typeError("this is not a Date object.");
    }
}
