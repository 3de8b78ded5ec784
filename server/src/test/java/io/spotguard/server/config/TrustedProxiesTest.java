package io.spotguard.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void ipv4RangeTrustsExactlyItsAddresses() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "192.168.1.7"));

        assertThat(proxies.trusts(literal("10.0.0.1"))).isTrue();
        assertThat(proxies.trusts(literal("10.255.255.255"))).isTrue();
        assertThat(proxies.trusts(literal("11.0.0.1"))).isFalse();
        assertThat(proxies.trusts(literal("9.255.255.255"))).isFalse();
        assertThat(proxies.trusts(literal("192.168.1.7"))).isTrue();
        assertThat(proxies.trusts(literal("192.168.1.8"))).isFalse();
        assertThat(proxies.isEmpty()).isFalse();
    }

    @Test
    void ipv6RangeTrustsExactlyItsAddresses() {
        TrustedProxies proxies = TrustedProxies.of(List.of("2001:db8::/32", "::1"));

        assertThat(proxies.trusts(literal("2001:db8::1"))).isTrue();
        assertThat(proxies.trusts(literal("2001:db8:ffff:ffff::1"))).isTrue();
        assertThat(proxies.trusts(literal("2001:db9::1"))).isFalse();
        assertThat(proxies.trusts(literal("::1"))).isTrue();
        assertThat(proxies.trusts(literal("::2"))).isFalse();
    }

    @Test
    void anIpv4RangeDoesNotTrustIpv6AddressesOrTheOtherWayRound() {
        assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).trusts(literal("2001:db8::1"))).isFalse();
        assertThat(TrustedProxies.of(List.of("::/0")).trusts(literal("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).trusts(literal("203.0.113.9"))).isTrue();
    }

    @Test
    void noEntriesTrustNobody() {
        TrustedProxies none = TrustedProxies.of(List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.trusts(literal("127.0.0.1"))).isFalse();
    }

    @Test
    void hostNamesAndBadRangesAreRefused() {
        for (String entry : List.of("example.com", "localhost", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/-1",
                "10.0.0.0/x", "1.2.3", "")) {
            assertThatThrownBy(() -> TrustedProxies.of(List.of(entry))).as(entry)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void onlyLiteralsAreParsedNeverNames() {
        assertThat(TrustedProxies.parseLiteral("203.0.113.9")).isEqualTo(literal("203.0.113.9"));
        assertThat(TrustedProxies.parseLiteral("2001:db8::1")).isEqualTo(literal("2001:db8::1"));
        for (String notALiteral : List.of("localhost", "example.com", "999.1.1.1", "1.2.3.4.5", "203.0.113.9 ",
                "::gggg", "")) {
            assertThat(TrustedProxies.parseLiteral(notALiteral)).as(notALiteral).isNull();
        }
    }

    private static InetAddress literal(String text) {
        return InetAddress.ofLiteral(text);
    }
}
