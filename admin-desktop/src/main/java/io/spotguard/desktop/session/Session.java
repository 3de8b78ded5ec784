package io.spotguard.desktop.session;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.model.me.Me;
import java.net.URI;
import java.util.function.Supplier;

/** The server this console talks to and who is signed in there. Read from background work, so volatile. */
public final class Session {
    private final ServerTrust trust;
    private final Supplier<DeviceIdentity> loadDevice;
    private DeviceIdentity device; // guarded by this
    private volatile ApiClient api;
    private volatile Me me;

    /**
     * {@code loadDevice} runs once, on first connecting, which happens in background work: finding the device
     * (a file and a host name lookup) must not hold up the first window.
     */
    public Session(ServerTrust trust, Supplier<DeviceIdentity> loadDevice) {
        this.trust = trust;
        this.loadDevice = loadDevice;
    }

    /** With the device already known, as tests have it. */
    public Session(ServerTrust trust, DeviceIdentity device) {
        this(trust, () -> device);
    }

    public ServerTrust trust() {
        return trust;
    }

    public ApiClient connectTo(URI server) {
        api = new ApiClient(server, trust, device());
        me = null;
        return api;
    }

    public ApiClient api() {
        if (api == null) {
            throw new IllegalStateException("not connected to a server");
        }
        return api;
    }

    /**
     * Signs in and answers the step the server asks for next. Once that is {@link LoginStep#AUTHENTICATED}, who
     * is signed in is read as well, so the main window has what it shows. Background work.
     */
    public LoginStep signIn(LoginRequest request) {
        return reached(api().login(request));
    }

    /** Replaces a one-time password; answers the next step, as signing in does. Background work. */
    public LoginStep changePassword(ChangePasswordRequest request) {
        return reached(api().changePassword(request));
    }

    private LoginStep reached(LoginResponse answer) {
        if (answer.step() == LoginStep.AUTHENTICATED) {
            me = api().me();
        }
        return answer.step();
    }

    /** Ends the session on the server; locally it ends even when the server cannot be told. */
    public void signOut() {
        try {
            api().logout();
        } finally {
            me = null;
        }
    }

    /** Who is signed in; null until a sign-in reached {@link LoginStep#AUTHENTICATED}. */
    public Me me() {
        return me;
    }

    /** The organization the signed-in user administers; every organization API is addressed with it. */
    public String orgId() {
        Me who = me;
        if (who == null) {
            throw new IllegalStateException("not signed in");
        }
        return who.organization().id();
    }

    private synchronized DeviceIdentity device() {
        if (device == null) {
            device = loadDevice.get();
        }
        return device;
    }
}
