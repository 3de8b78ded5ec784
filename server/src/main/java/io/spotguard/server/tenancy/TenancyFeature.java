package io.spotguard.server.tenancy;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;

/** Wires the tenancy feature: what others may ask of it, and its routes. */
public final class TenancyFeature {
    private final TenancyRepository repository = new TenancyRepository();
    private final SpotDirectory directory;
    private final SpotService spots;

    public TenancyFeature(Database database, AuditLog audit) {
        this.directory = new SpotDirectory(repository);
        this.spots = new SpotService(database, repository, audit);
    }

    public SpotDirectory directory() {
        return directory;
    }

    public SpotService spots() {
        return spots;
    }

    public SpotRoutes routes(Json json) {
        return new SpotRoutes(spots, json);
    }
}
