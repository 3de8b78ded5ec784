package io.spotguard.server;

import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.server.credentials.OneTimePasswords;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;

/**
 * The demo organization for `./spotguard demo`: two spots and users in each built-in role. Created once
 * (idempotent); the demo passwords are generated on first run, kept owner-readable in the data directory and
 * printed at every demo start, so nothing secret is in the repository.
 */
final class DemoData {
    static final String SLUG = "demo";

    private record DemoUser(String email, String name, String role, String spot) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("olivia.owner@demo.spotguard.test", "Olivia Owner", "OWNER", null),
            new DemoUser("ada.admin@demo.spotguard.test", "Ada Admin", "ADMIN", null),
            new DemoUser("sam.spotadmin@demo.spotguard.test", "Sam Spot-Admin", "SPOT_ADMIN", "Headquarters"),
            new DemoUser("alex.auditor@demo.spotguard.test", "Alex Auditor", "AUDITOR", null),
            new DemoUser("mia.member@demo.spotguard.test", "Mia Member", "MEMBER", "Field Office"),
            new DemoUser("noah.member@demo.spotguard.test", "Noah Member", "MEMBER", "Headquarters"));

    private DemoData() {
    }

    static void seed(ServerApp app, PrintStream out) {
        Provisioning provisioning = app.provisioning();
        Properties passwords = passwords(app.config().dataDir().resolve("demo-credentials.properties"));
        Organization org = provisioning.organization(SLUG)
                .orElseGet(() -> provisioning.createOrganization(SLUG, "Demo Company"));
        List<Spot> spots = provisioning.spots(org.id());
        for (String name : List.of("Headquarters", "Field Office")) {
            if (spots.stream().noneMatch(s -> s.name().equals(name))) {
                provisioning.createSpot(org.id(), name);
            }
        }
        spots = provisioning.spots(org.id());
        for (DemoUser user : USERS) {
            if (provisioning.userExists(org.id(), user.email())) {
                continue;
            }
            var created = provisioning.createUser(org.id(), user.email(), user.name(),
                    passwords.getProperty(user.email()), false);
            String spotId = user.spot() == null ? null
                    : spots.stream().filter(s -> s.name().equals(user.spot())).findFirst().orElseThrow().id();
            provisioning.grant(org.id(), created.id(), user.role(), spotId);
        }
        out.println();
        out.println("Demo organization 'Demo Company' (organization: " + SLUG + "). Sign in as:");
        for (DemoUser user : USERS) {
            out.printf("  %-36s %-28s %s%n", user.email(), user.role() + (user.spot() == null ? "" : " @ " + user.spot()),
                    passwords.getProperty(user.email()));
        }
        out.println("(Demo passwords are kept in " + app.config().dataDir().resolve("demo-credentials.properties") + ")");
        out.println();
    }

    private static Properties passwords(Path file) {
        Properties passwords = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    passwords.load(in);
                }
            }
            boolean added = false;
            for (DemoUser user : USERS) {
                if (passwords.getProperty(user.email()) == null) {
                    passwords.setProperty(user.email(), OneTimePasswords.generate());
                    added = true;
                }
            }
            if (added) {
                Files.createDirectories(file.getParent());
                if (Files.notExists(file)) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    passwords.store(writer, "Spotguard demo passwords (demo organization only)");
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new io.spotguard.server.config.ConfigException("Cannot keep the demo passwords in " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
