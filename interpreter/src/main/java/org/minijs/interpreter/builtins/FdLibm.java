package org.minijs.interpreter.builtins;

/**
 * The few Math functions whose V8 implementation (src/base/ieee754.cc, adapted from fdlibm and FreeBSD msun,
 * "Copyright (C) 1993 by Sun Microsystems, Inc. ... Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice is preserved") differs from java.lang.StrictMath or
 * has no StrictMath counterpart. Ported so that node and minijs print the same last digit.
 */
final class FdLibm {
    private static final double LN2 = 6.93147180559945286227e-01;

    private FdLibm() {
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lowWord(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double fromWords(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFFFFFFL));
    }

    private static double withHighWord(double x, int high) {
        return fromWords(high, lowWord(x));
    }

    private static double withLowWord(double x, int low) {
        return fromWords(highWord(x), low);
    }

    /** fdlibm exp, which V8 special-cases at 1 to return E exactly (the algorithm is one ulp off there). */
    static double exp(double x) {
        return x == 1.0 ? Math.E : StrictMath.exp(x);
    }

    /** cosh as in ieee754.cc, on the exp above. */
    static double cosh(double x) {
        int ix = highWord(x) & 0x7FFFFFFF;
        double ax = Math.abs(x);
        if (ix < 0x3FD62E43) { // |x| in [0, 0.5*ln2]: 1 + expm1(|x|)^2 / (2 exp(|x|))
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            if (ix < 0x3C800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| in [0.5*ln2, 22]
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) { // |x| in [22, log(maxdouble)]
            return 0.5 * exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7FF00000) {
            return x * x; // NaN or infinite
        }
        return Double.POSITIVE_INFINITY;
    }

    /** asinh(x) = sign(x) * log(|x| + sqrt(x*x + 1)), evaluated by range as fdlibm does. */
    static double asinh(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            return x + x; // inf or NaN
        }
        if (ix < 0x3E300000) {
            return x; // |x| < 2^-28
        }
        double w;
        if (ix > 0x41B00000) { // |x| > 2^28
            w = StrictMath.log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) { // 2 < |x| <= 2^28
            double t = Math.abs(x);
            w = StrictMath.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else { // 2^-28 <= |x| <= 2
            double t = x * x;
            w = StrictMath.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    /** acosh(x) = log(x + sqrt(x*x - 1)), evaluated by range as fdlibm does. */
    static double acosh(double x) {
        int hx = highWord(x);
        if (hx < 0x3FF00000) {
            return Double.NaN; // x < 1 (or negative, or NaN with the sign bit set)
        }
        if (hx >= 0x41B00000) { // x > 2^28
            return hx >= 0x7FF00000 ? x + x : StrictMath.log(x) + LN2;
        }
        if (((hx - 0x3FF00000) | lowWord(x)) == 0) {
            return 0.0; // acosh(1)
        }
        if (hx > 0x40000000) { // 2 < x < 2^28
            double t = x * x;
            return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0; // 1 < x <= 2
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** atanh(x) = 0.5 * log1p(2x / (1 - x)), evaluated by range as fdlibm does. */
    static double atanh(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7FFFFFFF;
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (ix == 0x3FF00000 && lowWord(x) == 0) {
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (ix < 0x3E300000) {
            return x; // |x| < 2^-28
        }
        double ax = Math.abs(x);
        double t;
        if (ix < 0x3FE00000) { // |x| < 0.5
            t = ax + ax;
            t = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        }
        return hx >= 0 ? t : -t;
    }

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    /** k_log1p(f): log(1+f) - f for 1+f in [sqrt(2)/2, sqrt(2)]. */
    private static double kLog1p(double f) {
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        double hfsq = 0.5 * f * f;
        return s * (hfsq + r);
    }

    /** log2 from FreeBSD's e_log2.c: the reduction of e_log.c with the final scaling in extra precision. */
    static double log2(double x) {
        final double two54 = 1.80143985094819840000e+16;
        final double ivln2hi = 1.44269504072144627571e+00;
        final double ivln2lo = 1.67517131648865118353e-10;
        int hx = highWord(x);
        int lx = lowWord(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7FFFFFFF) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= two54; // subnormal: scale up
            hx = highWord(x);
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        if (hx == 0x3FF00000 && lx == 0) {
            return 0.0;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000FFFFF;
        int i = (hx + 0x95F64) & 0x100000;
        x = withHighWord(x, hx | (i ^ 0x3FF00000)); // normalize x or x/2
        k += i >> 20;
        double y = k;
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double r = kLog1p(f);
        double hi = withLowWord(f - hfsq, 0);
        double lo = (f - hi) - hfsq + r;
        double valHi = hi * ivln2hi;
        double valLo = (lo + hi) * ivln2lo + lo * ivln2hi;
        double w = y + valHi;
        valLo += (y - w) + valHi;
        valHi = w;
        return valLo + valHi;
    }

    /** cbrt from FreeBSD's s_cbrt.c: a 23-bit polynomial estimate, then one Newton step. */
    static double cbrt(double x) {
        final int b1 = 715094163;
        final int b2 = 696219795;
        final double p0 = 1.87595182427177009643;
        final double p1 = -1.88497979543377169875;
        final double p2 = 1.621429720105354466140;
        final double p3 = -0.758397934778766047437;
        final double p4 = 0.145996192886612446982;
        int hx = highWord(x);
        int low = lowWord(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        double t;
        if (hx < 0x00100000) { // zero or subnormal
            if ((hx | low) == 0) {
                return x;
            }
            t = fromWords(0x43500000, 0) * x; // x * 2^54
            int high = highWord(t);
            t = fromWords(sign | (Integer.divideUnsigned(high & 0x7FFFFFFF, 3) + b2), 0);
        } else {
            t = fromWords(sign | (Integer.divideUnsigned(hx, 3) + b1), 0);
        }
        double r = (t * t) * (t / x);
        t = t * ((p0 + r * (p1 + r * p2)) + ((r * r) * r) * (p3 + r * p4));
        long bits = Double.doubleToRawLongBits(t);
        bits = (bits + 0x80000000L) & 0xFFFFFFFFC0000000L; // round away from zero to 23 bits
        t = Double.longBitsToDouble(bits);
        double s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        return t + t * r;
    }
}
