package io.spotguard.server.config;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose X-Forwarded-For is believed, as addresses or CIDR ranges. Anything else that sends
 * forwarding headers is ignored, so the client address in the audit trail cannot be spoofed.
 */
public final class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$");
    private final List<Range> ranges;

    private record Range(BigInteger network, int bits, int length) {
        boolean contains(byte[] address) {
            if (address.length != length) {
                return false;
            }
            int total = length * 8;
            return new BigInteger(1, address).shiftRight(total - bits).equals(network.shiftRight(total - bits));
        }
    }

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(TrustedProxies::parse).toList());
    }

    static void validate(List<String> entries, Settings settings) {
        for (String entry : entries) {
            try {
                parse(entry);
            } catch (IllegalArgumentException e) {
                throw settings.bad("spotguard.http.trusted-proxies", entry, "must list IP addresses or CIDR ranges");
            }
        }
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        byte[] bytes = address.getAddress();
        return ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    private static Range parse(String entry) {
        String[] parts = entry.split("/", 2);
        InetAddress literal = parseLiteral(parts[0]);
        if (literal == null) {
            throw new IllegalArgumentException(entry);
        }
        try {
            byte[] address = literal.getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException(entry);
            }
            return new Range(new BigInteger(1, address), bits, address.length);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }

    /** An IP address literal, or null. Never a DNS look-up: only literal IPv4 and IPv6 forms are parsed. */
    public static InetAddress parseLiteral(String text) {
        if (text.length() > 45 || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            // ofLiteral never resolves: getByName would send "999.1.1.1" (which passes the pattern) to DNS.
            return InetAddress.ofLiteral(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
