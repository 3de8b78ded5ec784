package io.spotguard.model.validation;

import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Email addresses as Spotguard accepts and stores them. The domain may be internationalised (RFC 6531) and is kept
 * in its ASCII form (IDNA A-labels, {@code xn--…}): two spellings of one domain then compare equal, and a look-alike
 * domain shows as the {@code xn--} string it really is. The local part must be ASCII (an RFC 5321 dot-atom): a
 * look-alike letter there is the attack, since nothing shows that {@code jоhn} with a Cyrillic о is not
 * {@code john}, and almost no mail provider hands out non-ASCII local parts. Quoted local parts are refused too.
 */
public final class Emails {
    static final String NOT_AN_EMAIL = "must be an email address such as name@example.com";
    static final String LOCAL_PART_NOT_ASCII =
            "must use only ASCII letters, digits and . ! # $ % & ' * + - / = ? ^ _ ` { | } ~ before the @";
    static final String MIXED_SCRIPTS =
            "must not mix scripts, such as Latin and Cyrillic, within one part of the domain";
    static final int LOCAL_PART_MAX = 64;
    static final int LABEL_MAX = 63;

    private static final Pattern DOT_ATOM =
            Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$");
    private static final String ACE_PREFIX = "xn--";
    /** The script mixes that Japanese, Chinese and Korean names need (UTS #39, "highly restrictive"). */
    private static final List<Set<UnicodeScript>> USUAL_MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private Emails() {
    }

    /** Why an address is refused, as the field error that {@link Rules#email} reports. */
    public static final class InvalidEmailException extends IllegalArgumentException {
        private final String code;

        InvalidEmailException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The canonical form of an address: surrounding blanks removed, the local part lower-cased, the domain in
     * NFC, lower-cased and converted to A-labels. Everything that stores, compares or looks up an email uses this.
     *
     * @throws InvalidEmailException naming the reason when the address is refused
     */
    public static String normalize(String email) {
        if (email == null || email.isBlank()) {
            throw new InvalidEmailException("required", "is required");
        }
        String trimmed = email.strip();
        if (trimmed.length() > Rules.EMAIL_MAX) {
            throw tooLong();
        }
        if (HiddenCharacters.anyIn(email)) {
            throw invalid(HiddenCharacters.MESSAGE);
        }
        int at = trimmed.indexOf('@');
        if (at <= 0 || at != trimmed.lastIndexOf('@')) {
            throw invalid(NOT_AN_EMAIL);
        }
        String local = trimmed.substring(0, at);
        if (!local.chars().allMatch(c -> c < 0x80)) {
            throw invalid(LOCAL_PART_NOT_ASCII);
        }
        if (local.length() > LOCAL_PART_MAX || !DOT_ATOM.matcher(local).matches()) {
            throw invalid(NOT_AN_EMAIL);
        }
        String canonical = local.toLowerCase(Locale.ROOT) + "@" + asciiDomain(trimmed.substring(at + 1));
        if (canonical.length() > Rules.EMAIL_MAX) {
            throw tooLong();
        }
        return canonical;
    }

    private static String asciiDomain(String domain) {
        String[] labels = Normalizer.normalize(domain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(NOT_AN_EMAIL);
        }
        StringJoiner ascii = new StringJoiner(".");
        String last = null;
        for (String label : labels) {
            last = asciiLabel(label);
            ascii.add(last);
        }
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(NOT_AN_EMAIL);
        }
        return ascii.toString();
    }

    private static String asciiLabel(String label) {
        if (label.isEmpty()) {
            throw invalid(NOT_AN_EMAIL);
        }
        String ace;
        try {
            ace = IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(NOT_AN_EMAIL);
        }
        // IDN also takes 。 and ． as dots: a label that became two is not what the user typed.
        if (ace.isEmpty() || ace.length() > LABEL_MAX || ace.indexOf('.') >= 0) {
            throw invalid(NOT_AN_EMAIL);
        }
        String unicode = IDN.toUnicode(ace, IDN.USE_STD3_ASCII_RULES);
        if (ace.startsWith(ACE_PREFIX) && unicode.equals(ace)) {
            throw invalid(NOT_AN_EMAIL); // toUnicode hands back what it cannot decode
        }
        // java.net.IDN is IDNA 2003, which maps ß to ss and full-width letters to ASCII: that would store a
        // different domain than the one the user owns, so such labels are refused rather than rewritten.
        if (!label.equals(label.startsWith(ACE_PREFIX) ? ace : unicode)) {
            throw invalid(NOT_AN_EMAIL);
        }
        if (mixesScripts(unicode)) {
            throw invalid(MIXED_SCRIPTS);
        }
        return ace;
    }

    /** Digits, hyphens and combining marks belong to every script; any other mix must be one of the usual ones. */
    private static boolean mixesScripts(String label) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        label.codePoints().mapToObj(UnicodeScript::of)
                .filter(script -> script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED)
                .forEach(scripts::add);
        return scripts.size() > 1 && USUAL_MIXES.stream().noneMatch(usual -> usual.containsAll(scripts));
    }

    private static InvalidEmailException invalid(String message) {
        return new InvalidEmailException("invalid_format", message);
    }

    private static InvalidEmailException tooLong() {
        return new InvalidEmailException("too_long", "must be at most " + Rules.EMAIL_MAX + " characters");
    }
}
