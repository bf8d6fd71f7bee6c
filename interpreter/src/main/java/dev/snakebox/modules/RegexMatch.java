package dev.snakebox.modules;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code re.match(pattern, string)} for the patterns of warning filters, until there is an
 * {@code re} module: the pattern is read as a Java regular expression, which agrees with
 * Python's syntax on what filters use (literal text, {@code .*}, classes, escapes) once
 * Python's {@code \Z} is spelled {@code \z}.
 */
final class RegexMatch {
    private RegexMatch() {}

    static boolean matchesAtStart(String pattern, String text, boolean ignoreCase) {
        String p = pattern.replace("\\Z", "\\z");
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            return Pattern.compile(p, flags).matcher(text).lookingAt();
        } catch (PatternSyntaxException e) {
            // an invalid pattern matches nothing rather than failing the warning
            return false;
        }
    }
}
