package io.spotguard.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.spotguard.server.config.TrustedProxies;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The client's IP address. X-Forwarded-For is believed only when the connection comes from a configured proxy,
 * and then only up to the first address that is not itself a trusted proxy (read from the right), so a client
 * cannot put an address of its choosing into the audit trail.
 */
public final class ClientAddress {
    private final TrustedProxies proxies;

    public ClientAddress(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    public String of(ServerRequest req) {
        InetAddress peer = peerAddress(req.remotePeer().address());
        if (peer == null) {
            return null;
        }
        if (proxies.isEmpty() || !proxies.trusts(peer)) {
            return peer.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : req.headers().values(HeaderNames.X_FORWARDED_FOR)) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        Collections.reverse(hops);
        InetAddress client = peer;
        for (String hop : hops) {
            InetAddress address = TrustedProxies.parseLiteral(hop);
            if (address == null) {
                break;
            }
            client = address;
            if (!proxies.trusts(address)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private static InetAddress peerAddress(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
