package io.spotguard.desktop.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Turns what an admin typed into the server's base address, refusing anything that is not plain HTTPS. */
public final class ServerAddress {
    private ServerAddress() {
    }

    /** @throws IllegalArgumentException with a sentence the admin can act on */
    public static URI parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter the server's address, for example https://spotguard.example.com:8443");
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The console talks to the server over HTTPS only: start the address with https://");
            }
            if (uri.getRawUserInfo() != null) {
                // "ada@host" is almost always sign-in details typed into the wrong field; never drop them silently.
                throw new IllegalArgumentException("The address must not contain a user name or '@'. "
                        + "Enter only the server, for example https://spotguard.example.com:8443");
            }
            if ((uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("Enter only the server's address without a path, "
                        + "for example https://spotguard.example.com:8443");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("The address needs a host name, for example https://spotguard.example.com:8443");
            }
            return new URI("https", null, uri.getHost(), uri.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("This is not a valid address. Use the form https://host:port");
        }
    }
}
