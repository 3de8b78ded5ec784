package io.spotguard.desktop;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.OrganizationApi;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.model.me.Me;
import java.net.URI;

/** The server this console talks to and who is signed in there. Read from background work, so volatile. */
public final class Session {
    private final ServerTrust trust;
    private final DeviceIdentity device;
    private volatile ApiClient api;
    private volatile Me me;

    public Session(ServerTrust trust, DeviceIdentity device) {
        this.trust = trust;
        this.device = device;
    }

    public ServerTrust trust() {
        return trust;
    }

    public ApiClient connectTo(URI server) {
        api = new ApiClient(server, trust, device);
        me = null;
        return api;
    }

    public ApiClient api() {
        if (api == null) {
            throw new IllegalStateException("not connected to a server");
        }
        return api;
    }

    public void signedIn(Me who) {
        this.me = who;
    }

    public Me me() {
        return me;
    }

    public OrganizationApi organization() {
        Me who = me;
        if (who == null) {
            throw new IllegalStateException("not signed in");
        }
        return new OrganizationApi(api(), who.organization().id());
    }
}
