package dev.snakebox.vm;

/** {@code ascii()}'s escaping of a repr: non-ASCII characters as {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}. */
final class Ascii {
    private Ascii() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String of(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        int i = 0;
        while (i < repr.length()) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else if (c < 0x10000) {
                sb.append("\\u");
                for (int s = 12; s >= 0; s -= 4) {
                    sb.append(HEX[(c >> s) & 15]);
                }
            } else {
                sb.append("\\U");
                for (int s = 28; s >= 0; s -= 4) {
                    sb.append(HEX[(c >> s) & 15]);
                }
            }
        }
        return sb.toString();
    }
}
