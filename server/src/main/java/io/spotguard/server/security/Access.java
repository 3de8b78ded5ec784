package io.spotguard.server.security;

import io.spotguard.model.rbac.Permission;
import java.util.Objects;

/**
 * What a route needs, declared where the route is registered: nothing (public), a signed-in caller, or a
 * permission over a scope. {@link SecuredRoutes} enforces it before the handler runs, once per request.
 */
public record Access(Kind kind, Permission permission) {
    public enum Kind {
        /** Anyone: sign-in, health. */
        EVERYONE,
        /** A signed-in caller, even one who must still replace a one-time password (sign-out, password change). */
        SIGNED_IN_ANY_PASSWORD,
        /** A signed-in caller whose password is in order. */
        SIGNED_IN,
        /** The permission over the whole organization in the path. */
        ORGANIZATION,
        /** The permission over the spot in the path ({spotId}), or over the whole organization. */
        SPOT,
        /** The permission anywhere in the organization; the handler narrows its answer to {@link Call#reach()}. */
        ANYWHERE,
        /** The permission over the organization, on an account ({userId}) the caller covers. */
        ACCOUNT,
        /**
         * Membership of the organization now, the permission over a scope the request itself names (a grant's
         * spot), checked by the service through {@link Call#scoped()}.
         */
        SCOPE_IN_REQUEST
    }

    public Access {
        Objects.requireNonNull(kind);
        if ((permission == null) != (kind == Kind.EVERYONE || kind == Kind.SIGNED_IN
                || kind == Kind.SIGNED_IN_ANY_PASSWORD)) {
            throw new IllegalArgumentException(kind + " and permission " + permission + " do not go together");
        }
    }

    public static Access everyone() {
        return new Access(Kind.EVERYONE, null);
    }

    public static Access signedInAnyPassword() {
        return new Access(Kind.SIGNED_IN_ANY_PASSWORD, null);
    }

    public static Access signedIn() {
        return new Access(Kind.SIGNED_IN, null);
    }

    public static Access organization(Permission permission) {
        return new Access(Kind.ORGANIZATION, permission);
    }

    public static Access spot(Permission permission) {
        return new Access(Kind.SPOT, permission);
    }

    public static Access anywhere(Permission permission) {
        return new Access(Kind.ANYWHERE, permission);
    }

    public static Access account(Permission permission) {
        return new Access(Kind.ACCOUNT, permission);
    }

    public static Access scopeInRequest(Permission permission) {
        return new Access(Kind.SCOPE_IN_REQUEST, permission);
    }

    /** How the route listing shows it, e.g. "users.manage over the account's organization". */
    @Override
    public String toString() {
        return switch (kind) {
            case EVERYONE -> "public";
            case SIGNED_IN_ANY_PASSWORD -> "signed in (one-time password allowed)";
            case SIGNED_IN -> "signed in";
            case ORGANIZATION -> permission.wireName() + " over the organization";
            case SPOT -> permission.wireName() + " over the spot";
            case ANYWHERE -> permission.wireName() + " anywhere (answer narrowed to where)";
            case ACCOUNT -> permission.wireName() + " over the organization, on an account the caller covers";
            case SCOPE_IN_REQUEST -> permission.wireName() + " over the scope the request names";
        };
    }
}
