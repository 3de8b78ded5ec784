package io.spotguard.server.tenancy;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.audit.AuditTarget;
import io.spotguard.server.db.Database;
import io.spotguard.server.db.Sql;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Spots: create, list, rename, delete. Callers are authorized by the route guard before they get here. */
public final class SpotService {
    private final Database database;
    private final TenancyRepository repository;
    private final AuditLog audit;

    SpotService(Database database, TenancyRepository repository, AuditLog audit) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
    }

    public List<Spot> list(String orgId, java.util.Collection<String> onlyIds) {
        return database.inTransaction(h -> repository.spots(h, orgId, onlyIds));
    }

    public Spot create(Caller caller, String orgId, SpotRequest request) {
        String name = request.name().strip();
        return database.inTransaction(h -> {
            requireFreeName(h, orgId, name, null);
            Spot spot = new Spot(Sql.newId(), orgId, name, database.now());
            repository.insertSpot(h, spot);
            audit.append(h, AuditRecord.success(AuditAction.SPOT_CREATE).by(caller).target(AuditTarget.SPOT, spot.id(), name));
            return spot;
        });
    }

    public Spot rename(Caller caller, String orgId, String spotId, SpotRequest request) {
        String name = request.name().strip();
        return database.inTransaction(h -> {
            Spot spot = repository.spot(h, orgId, spotId).orElseThrow(ApiException::notFound);
            requireFreeName(h, orgId, name, spotId);
            repository.renameSpot(h, spotId, name);
            audit.append(h, AuditRecord.success(AuditAction.SPOT_RENAME).by(caller).target(AuditTarget.SPOT, spotId, name)
                    .detail("previousName", spot.name()));
            return new Spot(spot.id(), orgId, name, spot.createdAt());
        });
    }

    /** Deleting a spot also ends every grant scoped to it (the mappings cascade). */
    public void delete(Caller caller, String orgId, String spotId) {
        database.useTransaction(h -> {
            Spot spot = repository.spot(h, orgId, spotId).orElseThrow(ApiException::notFound);
            repository.deleteSpot(h, spotId);
            audit.append(h, AuditRecord.success(AuditAction.SPOT_DELETE).by(caller).target(AuditTarget.SPOT, spotId, spot.name()));
        });
    }

    private void requireFreeName(Handle h, String orgId, String name, String exceptSpotId) {
        if (repository.spotNameTaken(h, orgId, name, exceptSpotId)) {
            throw ApiException.conflict(ErrorCodes.SPOT_NAME_TAKEN, "A spot named '" + name + "' already exists.");
        }
    }
}
