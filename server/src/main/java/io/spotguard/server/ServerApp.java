package io.spotguard.server;

import io.helidon.common.tls.Tls;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import io.spotguard.server.audit.AuditRoutes;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import io.spotguard.server.credentials.ExpensiveWork;
import io.spotguard.server.db.Database;
import io.spotguard.server.health.HealthRoutes;
import io.spotguard.server.http.ErrorMapper;
import io.spotguard.server.http.RequestHeadDeadline;
import io.spotguard.server.http.SecurityHeaders;
import io.spotguard.server.me.MeRoutes;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.tls.TlsMaterial;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A running Spotguard server: configuration -> database -> features -> routing -> HTTPS web server.
 * Everything is wired here by hand; tests and tools start one with {@link #start(AppConfig)}.
 */
public final class ServerApp implements AutoCloseable {
    private static final String REJECT_RENEGOTIATION = "jdk.tls.rejectClientInitiatedRenegotiation";
    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    /** Forward-secret AEAD suites only (TLS 1.3's are all of that kind). */
    private static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private final AppConfig config;
    private final Database database;
    private final TlsMaterial tls;
    private final AppContext app;
    private final WebServer server;
    private final RequestHeadDeadline headDeadline;
    private final List<SecuredRoutes.Declared> routes;

    static {
        // TLS 1.2 lets a client ask for a new handshake at will, each costing the server a key exchange: a cheap
        // way to burn its CPU. Read once by the JDK when the first server handshake runs, so set before that.
        if (System.getProperty(REJECT_RENEGOTIATION) == null) {
            System.setProperty(REJECT_RENEGOTIATION, "true");
        }
    }

    private ServerApp(AppConfig config, Database database, TlsMaterial tls, AppContext app, WebServer server,
                      RequestHeadDeadline headDeadline, List<SecuredRoutes.Declared> routes) {
        this.config = config;
        this.database = database;
        this.tls = tls;
        this.app = app;
        this.server = server;
        this.headDeadline = headDeadline;
        this.routes = routes;
    }

    public static ServerApp start(AppConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** {@code clock}: the server's time (tests move it instead of sleeping). */
    public static ServerApp start(AppConfig config, Clock clock) {
        TlsMaterial tls = TlsMaterial.load(config);
        Database database = Database.open(config, clock);
        RequestHeadDeadline headDeadline = null;
        AppContext app = null;
        try {
            app = AppContext.wire(config, database);
            HttpRouting.Builder routing = HttpRouting.builder();
            List<SecuredRoutes.Declared> routes = routing(routing, app);

            headDeadline = new RequestHeadDeadline(config.http().requestHeadTimeout());
            WebServer server = WebServer.builder()
                    .host(config.http().host())
                    .port(config.http().port())
                    .tls(tls(tls))
                    .maxPayloadSize(config.http().maxPayloadBytes())
                    .maxTcpConnections(config.http().maxTcpConnections())
                    .maxConcurrentRequests(config.http().maxConcurrentRequests())
                    .idleConnectionTimeout(config.http().idleTimeout())
                    .directHandlers(ErrorMapper.directHandlers())
                    .protocols(List.of(Http1Config.builder()
                            .maxHeadersSize(config.http().maxHeaderBytes())
                            .maxPrologueLength(8192)
                            .validatePath(true)
                            .addReceiveListener(headDeadline)
                            .build()))
                    .shutdownHook(false)
                    .routing(routing)
                    .build()
                    .start();
            if (server.port() <= 0) {
                // Helidon logs the bind failure and carries on without a listener; an operator needs a stop.
                server.stop();
                throw new ConfigException("Cannot listen on " + config.http().host() + ":" + config.http().port()
                        + " (setting spotguard.http.port, SPOTGUARD_HTTP_PORT): the port is in use or not allowed");
            }
            return new ServerApp(config, database, tls, app, server, headDeadline, routes);
        } catch (RuntimeException e) {
            if (headDeadline != null) {
                headDeadline.close();
            }
            if (app != null) {
                app.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * The whole API on a routing: security headers, error mapping, every feature's routes with their declared
     * access, and the 404/405 fallback. Tests can mount it on a server of their own. Returns the routes declared.
     */
    public static List<SecuredRoutes.Declared> routing(HttpRouting.Builder routing, AppContext app) {
        routing.addFilter(new SecurityHeaders());
        ErrorMapper.refuseTrace(routing);
        ErrorMapper.register(routing);
        SecuredRoutes routes = new SecuredRoutes(routing, app.auth().authenticator(), app.authorizer(), app.database());
        routes.register(new HealthRoutes(app.database()),
                app.auth().routes(app.json(), app.clientAddress()),
                new MeRoutes(app.database(), app.users().accounts(), app.tenancy().directory(), app.roles()),
                app.tenancy().routes(app.json()),
                app.users().routes(app.userService(), app.json()),
                app.rbac().routes(app.roles(), app.json()),
                new AuditRoutes(app.database()));
        ErrorMapper.fallback(routing, routes::allowedFor);
        return routes.declared();
    }

    private static Tls tls(TlsMaterial material) {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
        parameters.setCipherSuites(supported(CIPHER_SUITES).toArray(String[]::new));
        parameters.setUseCipherSuitesOrder(true);
        return Tls.builder()
                .privateKey(material.privateKey())
                .privateKeyCertChain(material.chain())
                .sslParameters(parameters)
                .build();
    }

    private static List<String> supported(List<String> suites) {
        try {
            List<String> available = List.of(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites());
            return suites.stream().filter(available::contains).toList();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.port();
    }

    public String certificateFingerprint() {
        return tls.fingerprint();
    }

    public TlsMaterial tlsMaterial() {
        return tls;
    }

    public AppConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    /** Every route with what it needs, as registered. */
    public List<SecuredRoutes.Declared> routes() {
        return routes;
    }

    public ExpensiveWork expensiveWork() {
        return app.expensiveWork();
    }

    public Provisioning provisioning() {
        return app.provisioning();
    }

    @Override
    public void close() {
        server.stop();
        headDeadline.close();
        app.close();
        database.close();
    }
}
