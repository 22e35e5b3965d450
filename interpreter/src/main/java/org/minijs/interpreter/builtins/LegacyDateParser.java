package org.minijs.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback of Date.parse for strings that are not in the ISO format, after V8's legacy date parser:
 * words (month names, weekday names, AM/PM, UTC/GMT/Z), numbers separated by '/', '-', ',' or spaces, a time
 * {@code h:mm[:ss[.mmm]]} and a zone offset {@code +hhmm} or {@code +hh:mm}. Without a zone the time is local.
 * Examples: "Thu, 01 Jan 1970 00:00:00 GMT", "December 17, 1995 03:24:00", "2020/01/02", "1/2/2020",
 * "Mar 1 2022 10:00 PM", "2020-1-1".
 */
final class LegacyDateParser {
    private static final String[] MONTH_NAMES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};
    private static final String[] WEEKDAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

    private record Token(char kind, String text, long number) { } // kind: 'n' number, 'w' word, 's' symbol

    private LegacyDateParser() {
    }

    /** The time value, or NaN when the string is not a date this parser understands. */
    static double parse(String s) {
        List<Token> tokens = tokenize(s);
        if (tokens == null) {
            return Double.NaN;
        }
        List<Token> dayParts = new ArrayList<>();
        int month = -1;
        long[] time = null; // hour, minute, second, millisecond
        String ampm = null;
        Integer zoneMinutes = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind) {
                case 'n' -> {
                    if (time == null && next(tokens, i, ":")) {
                        time = new long[4];
                        time[0] = t.number;
                        i += 2;
                        if (i >= tokens.size() || tokens.get(i).kind != 'n') {
                            return Double.NaN;
                        }
                        time[1] = tokens.get(i).number;
                        if (next(tokens, i, ":") && i + 2 < tokens.size() && tokens.get(i + 2).kind == 'n') {
                            i += 2;
                            time[2] = tokens.get(i).number;
                            if (next(tokens, i, ".") && i + 2 < tokens.size() && tokens.get(i + 2).kind == 'n') {
                                i += 2;
                                String digits = (tokens.get(i).text + "00").substring(0, 3);
                                time[3] = Long.parseLong(digits);
                            }
                        }
                    } else {
                        dayParts.add(t);
                    }
                }
                case 's' -> {
                    boolean sign = t.text.equals("+") || t.text.equals("-");
                    boolean zoneContext = time != null || zoneMinutes != null;
                    if (sign && zoneContext && i + 1 < tokens.size() && tokens.get(i + 1).kind == 'n') {
                        Token n = tokens.get(++i);
                        long hours;
                        long minutes = 0;
                        if (n.text.length() <= 2) {
                            hours = n.number;
                            if (next(tokens, i, ":") && i + 2 < tokens.size() && tokens.get(i + 2).kind == 'n') {
                                i += 2;
                                minutes = tokens.get(i).number;
                            }
                        } else {
                            hours = n.number / 100;
                            minutes = n.number % 100;
                        }
                        int offset = (int) (hours * 60 + minutes) * (t.text.equals("-") ? -1 : 1);
                        zoneMinutes = (zoneMinutes == null ? 0 : zoneMinutes) + offset;
                    } else if (!(t.text.equals("/") || t.text.equals("-") || t.text.equals("."))) {
                        return Double.NaN;
                    }
                }
                default -> {
                    String w = t.text;
                    int m = w.length() >= 3 ? indexOfPrefix(MONTH_NAMES, w) : -1;
                    if (m >= 0 && month < 0) {
                        month = m;
                    } else if (w.equals("am") || w.equals("pm")) {
                        ampm = w;
                    } else if (w.equals("utc") || w.equals("gmt") || w.equals("ut") || w.equals("z")) {
                        zoneMinutes = zoneMinutes == null ? 0 : zoneMinutes;
                    } else if (w.equals("t") || w.length() >= 3 && indexOfPrefix(WEEKDAYS, w) >= 0) {
                        // a date/time separator, or a weekday name: ignored
                    } else if (!dayParts.isEmpty() || time != null || month >= 0) {
                        return Double.NaN; // V8 ignores unknown words only before the date starts
                    }
                }
            }
        }
        return compose(dayParts, month, time, ampm, zoneMinutes);
    }

    private static double compose(List<Token> parts, int namedMonth, long[] time, String ampm, Integer zoneMinutes) {
        long year;
        long month;
        long day;
        if (namedMonth >= 0) {
            month = namedMonth + 1;
            if (parts.size() == 2) {
                boolean yearFirst = parts.get(0).text.length() >= 3 || parts.get(0).number > 31;
                year = yearFirst ? parts.get(0).number : parts.get(1).number;
                day = yearFirst ? parts.get(1).number : parts.get(0).number;
                if (!yearFirst && parts.get(1).text.length() <= 2) {
                    year = twoDigitYear(year);
                }
            } else if (parts.size() == 1) {
                day = parts.get(0).number;
                year = 2001; // V8's year when none is given
            } else {
                return Double.NaN;
            }
        } else if (parts.size() == 3) {
            boolean yearFirst = parts.get(0).text.length() >= 3 || parts.get(0).number > 31;
            if (yearFirst) {
                year = parts.get(0).number;
                month = parts.get(1).number;
                day = parts.get(2).number;
            } else {
                month = parts.get(0).number;
                day = parts.get(1).number;
                year = parts.get(2).text.length() <= 2 ? twoDigitYear(parts.get(2).number) : parts.get(2).number;
            }
        } else {
            return Double.NaN;
        }
        long hour = time == null ? 0 : time[0];
        long minute = time == null ? 0 : time[1];
        long second = time == null ? 0 : time[2];
        long ms = time == null ? 0 : time[3];
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Double.NaN;
            }
            hour = hour % 12 + (ampm.equals("pm") ? 12 : 0);
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59
                || hour == 24 && (minute != 0 || second != 0 || ms != 0)) {
            return Double.NaN;
        }
        double t = DateBuiltins.makeDateValue(new double[]{year, month - 1, day, hour, minute, second, ms});
        return zoneMinutes == null ? DateBuiltins.localToUtc(t) : t - zoneMinutes * 60000.0;
    }

    private static long twoDigitYear(long year) {
        return year < 50 ? 2000 + year : year < 100 ? 1900 + year : year;
    }

    private static boolean next(List<Token> tokens, int i, String symbol) {
        return i + 1 < tokens.size() && tokens.get(i + 1).kind == 's' && tokens.get(i + 1).text.equals(symbol);
    }

    private static int indexOfPrefix(String[] names, String word) {
        for (int i = 0; i < names.length; i++) {
            if (word.startsWith(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Numbers, words (lower case) and the symbols : . / - + ; spaces and commas separate, (comments) are skipped. */
    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
                i++;
            } else if (c == ')' && depth > 0) {
                depth--;
                i++;
            } else if (depth > 0 || Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                String digits = s.substring(start, i);
                if (digits.length() > 9) {
                    return null;
                }
                tokens.add(new Token('n', digits, Long.parseLong(digits)));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < s.length() && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token('w', s.substring(start, i).toLowerCase(java.util.Locale.ROOT), 0));
            } else if (":./-+".indexOf(c) >= 0) {
                tokens.add(new Token('s', String.valueOf(c), 0));
                i++;
            } else {
                return null;
            }
        }
        return tokens;
    }
}
