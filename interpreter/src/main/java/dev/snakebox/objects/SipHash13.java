package dev.snakebox.objects;

/**
 * SipHash-1-3 with the zero key, as CPython's {@code Python/pyhash.c} computes str and bytes
 * hashes, on pairs of 32-bit ints rather than on longs: the result is the same, and in TeaVM's
 * JavaScript, where a long is a BigInt, every 64-bit step would allocate.
 */
final class SipHash13 {
    private SipHash13() {}

    // the state v0..v3, high and low halves
    private int v0h;
    private int v0l;
    private int v1h;
    private int v1l;
    private int v2h;
    private int v2l;
    private int v3h;
    private int v3l;

    /** {@code siphash13(0, 0, in)}. */
    static long hash(byte[] in) {
        SipHash13 s = new SipHash13();
        s.v0h = 0x736f6d65;
        s.v0l = 0x70736575;
        s.v1h = 0x646f7261;
        s.v1l = 0x6e646f6d;
        s.v2h = 0x6c796765;
        s.v2l = 0x6e657261;
        s.v3h = 0x74656462;
        s.v3l = 0x79746573;
        int size = in.length;
        int off = 0;
        while (size - off >= 8) {
            int ml = le32(in, off);
            int mh = le32(in, off + 4);
            off += 8;
            s.v3h ^= mh;
            s.v3l ^= ml;
            s.round();
            s.v0h ^= mh;
            s.v0l ^= ml;
        }
        // the last 0..7 bytes, with the length in the top byte
        int tl = 0;
        int th = 0;
        int rest = size - off;
        for (int i = rest - 1; i >= 0; i--) {
            int byteValue = in[off + i] & 0xff;
            if (i >= 4) {
                th |= byteValue << (8 * (i - 4));
            } else {
                tl |= byteValue << (8 * i);
            }
        }
        th |= (size & 0xff) << 24;
        s.v3h ^= th;
        s.v3l ^= tl;
        s.round();
        s.v0h ^= th;
        s.v0l ^= tl;
        s.v2l ^= 0xff;
        s.round();
        s.round();
        s.round();
        int h = s.v0h ^ s.v1h ^ s.v2h ^ s.v3h;
        int l = s.v0l ^ s.v1l ^ s.v2l ^ s.v3l;
        return ((long) h << 32) | (l & 0xffffffffL);
    }

    private static int le32(byte[] in, int off) {
        return (in[off] & 0xff) | (in[off + 1] & 0xff) << 8 | (in[off + 2] & 0xff) << 16 | (in[off + 3] & 0xff) << 24;
    }

    /** The carry out of adding the low halves {@code a + b} (whose sum is {@code s}). */
    private static int carry(int a, int b, int s) {
        return ((a & b) | ((a | b) & ~s)) >>> 31;
    }

    /** {@code SINGLE_ROUND}: two {@code HALF_ROUND}s, each 64-bit step on the (high, low) pairs. */
    private void round() {
        int s;
        int h;
        int l;
        // HALF_ROUND(v0, v1, v2, v3, 13, 16)
        s = v0l + v1l;
        v0h = v0h + v1h + carry(v0l, v1l, s);
        v0l = s;
        s = v2l + v3l;
        v2h = v2h + v3h + carry(v2l, v3l, s);
        v2l = s;
        h = (v1h << 13) | (v1l >>> 19);
        l = (v1l << 13) | (v1h >>> 19);
        v1h = h ^ v0h;
        v1l = l ^ v0l;
        h = (v3h << 16) | (v3l >>> 16);
        l = (v3l << 16) | (v3h >>> 16);
        v3h = h ^ v2h;
        v3l = l ^ v2l;
        h = v0h;
        v0h = v0l;
        v0l = h;
        // HALF_ROUND(v2, v1, v0, v3, 17, 21)
        s = v2l + v1l;
        v2h = v2h + v1h + carry(v2l, v1l, s);
        v2l = s;
        s = v0l + v3l;
        v0h = v0h + v3h + carry(v0l, v3l, s);
        v0l = s;
        h = (v1h << 17) | (v1l >>> 15);
        l = (v1l << 17) | (v1h >>> 15);
        v1h = h ^ v2h;
        v1l = l ^ v2l;
        h = (v3h << 21) | (v3l >>> 11);
        l = (v3l << 21) | (v3h >>> 11);
        v3h = h ^ v0h;
        v3l = l ^ v0l;
        h = v2h;
        v2h = v2l;
        v2l = h;
    }
}
