package io.spotguard.server.testing;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import java.util.UUID;

/** A test organization with a signed-in owner, and helpers to add spots and members in given roles. */
public final class Tenant {
    public static final String PASSWORD = "correct-horse-battery-staple";
    private final TestServer server;
    private final Organization org;
    private final Member owner;

    /** A user of the organization and their access token. */
    public record Member(User user, String password, String token) {
        public String id() {
            return user.id();
        }

        public String email() {
            return user.email();
        }
    }

    Tenant(TestServer server, Organization org) {
        this.server = server;
        this.org = org;
        this.owner = member("OWNER", null);
    }

    public Organization org() {
        return org;
    }

    public String id() {
        return org.id();
    }

    public Member owner() {
        return owner;
    }

    public Spot spot(String name) {
        return server.app().provisioning().createSpot(org.id(), name);
    }

    /** A new signed-in user holding the role organization-wide (spotId null) or over one spot. */
    public Member member(String role, String spotId) {
        User user = account(role, spotId);
        String token = server.http().signIn(user.email(), PASSWORD).accessToken();
        return new Member(user, PASSWORD, token);
    }

    /** A new user (not signed in) holding the role; role null: no grant at all. */
    public User account(String role, String spotId) {
        String email = (role == null ? "nobody" : role.toLowerCase()) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@" + org.slug() + ".test";
        User user = server.app().provisioning().createUser(org.id(), email, "User " + email, PASSWORD, false);
        if (role != null) {
            server.app().provisioning().grant(org.id(), user.id(), role, spotId);
        }
        return user;
    }

    public String path(String suffix) {
        return ApiPaths.org(org.id()) + suffix;
    }
}
