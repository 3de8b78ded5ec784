package io.spotguard.server;

import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.validation.Rules;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import io.spotguard.server.credentials.OneTimePasswords;
import java.io.PrintStream;

/**
 * First start: with no organization in the database, creates the bootstrap organization and its owner. A
 * generated password is printed once, here, and must be changed at first sign-in; an unattended install sets
 * SPOTGUARD_BOOTSTRAP_EMAIL and SPOTGUARD_BOOTSTRAP_PASSWORD instead.
 */
final class Bootstrap {
    private Bootstrap() {
    }

    static void ensureOwner(ServerApp app, AppConfig.Bootstrap bootstrap, PrintStream out) {
        Provisioning provisioning = app.provisioning();
        if (provisioning.anyOrganization()) {
            return;
        }
        if (!Rules.check().email("email", bootstrap.email()).optionalSlug("slug", bootstrap.organizationSlug())
                .errors().isEmpty()) {
            throw new ConfigException("Settings spotguard.bootstrap.email and spotguard.bootstrap.organization-slug "
                    + "(SPOTGUARD_BOOTSTRAP_EMAIL, SPOTGUARD_BOOTSTRAP_ORGANIZATION_SLUG) need an email address and "
                    + "a slug of lower-case letters, digits and -");
        }
        boolean generated = bootstrap.password() == null;
        String password = generated ? OneTimePasswords.generate() : bootstrap.password();
        if (!Rules.check().newPassword("password", password).errors().isEmpty()) {
            throw new ConfigException("Setting spotguard.bootstrap.password (SPOTGUARD_BOOTSTRAP_PASSWORD) must be "
                    + Rules.PASSWORD_MIN_CHARS + " to " + Rules.PASSWORD_MAX_BYTES + " bytes long");
        }
        Organization org = provisioning.createOrganization(bootstrap.organizationSlug(), bootstrap.organizationName());
        var owner = provisioning.createUser(org.id(), bootstrap.email(), "Owner", password, generated);
        provisioning.grant(org.id(), owner.id(), "OWNER", null);
        out.println();
        out.println("Created organization '" + org.name() + "' (" + org.slug() + ") and its owner " + owner.email() + ".");
        if (generated) {
            out.println("One-time password (shown only now; change it at first sign-in): " + password);
        } else {
            out.println("The owner's password is the one set in SPOTGUARD_BOOTSTRAP_PASSWORD.");
        }
        out.println();
    }

    static void printBanner(ServerApp app, PrintStream out) {
        AppConfig config = app.config();
        String host = config.http().host().equals("0.0.0.0") ? "localhost" : config.http().host();
        out.println("Spotguard is running at https://" + host + ":" + app.port());
        out.println("  TLS certificate SHA-256 fingerprint: " + app.certificateFingerprint()
                + (app.tlsMaterial().selfSigned() ? " (self-signed: compare it when the console asks)" : ""));
        out.println("  Database: " + (config.database().embedded()
                ? "embedded H2 under " + config.dataDir().resolve("db") : config.database().url()));
        out.println("  Health: https://" + host + ":" + app.port() + "/health/ready");
        out.flush();
    }
}
