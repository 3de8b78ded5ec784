package io.spotguard.server.security;

/** A route's work once the caller is authenticated and authorized. */
@FunctionalInterface
public interface ApiHandler {
    void handle(Call call) throws Exception;
}
