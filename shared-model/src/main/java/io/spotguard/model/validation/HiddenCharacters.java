package io.spotguard.model.validation;

/**
 * Characters that a reader cannot see, or that change how the text around them is shown: controls (NUL, ANSI
 * escapes, bell), format characters (bidi overrides and isolates, zero-width spaces, the byte order mark, soft
 * hyphens), line and paragraph separators, private-use and unassigned code points, and lone surrogates. Each lets a
 * name look like something it is not, in the console, in a log or in the audit trail. "Unassigned" is as the
 * running JDK's Unicode version knows it: server and console run the same JDK, so they agree.
 */
final class HiddenCharacters {
    static final String MESSAGE = "must not contain invisible or control characters";

    private HiddenCharacters() {
    }

    /** Walks code points, not chars: a lone surrogate is refused, a whole emoji is not. */
    static boolean anyIn(String value) {
        int[] codePoints = value.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (isHidden(codePoints[i]) && !isNeededJoiner(codePoints, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /**
     * Zero-width (non-)joiners are part of correct spelling in Persian, Arabic and Indic names and of emoji
     * sequences. They are accepted between two visible characters when the one before is neither Latin, Greek
     * nor Cyrillic, so they cannot split a Latin-looking name ("Ad\u200Dmin") into a look-alike.
     */
    private static boolean isNeededJoiner(int[] codePoints, int i) {
        int joiner = codePoints[i];
        if ((joiner != 0x200C && joiner != 0x200D) || i == 0 || i == codePoints.length - 1) {
            return false;
        }
        int before = codePoints[i - 1];
        int after = codePoints[i + 1];
        return isVisible(before) && isVisible(after) && !isLookAlikeScript(before);
    }

    private static boolean isVisible(int codePoint) {
        return !isHidden(codePoint) && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }

    private static boolean isLookAlikeScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC
                || (script == Character.UnicodeScript.COMMON && codePoint < 0x2000);
    }
}
