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
        return value.codePoints().anyMatch(HiddenCharacters::isHidden);
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
