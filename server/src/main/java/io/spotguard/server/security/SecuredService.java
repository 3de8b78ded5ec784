package io.spotguard.server.security;

/** A feature's routes, each registered with what it needs. */
public interface SecuredService {
    void routing(SecuredRoutes routes);
}
