package io.spotguard.server.tenancy;

import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.server.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL of organizations and spots. */
final class TenancyRepository {
    void insertOrganization(Handle h, Organization org, Instant at) {
        h.createUpdate("INSERT INTO organization (id, slug, name, created_at) VALUES (:id, :slug, :name, :at)")
                .bind("id", org.id()).bind("slug", org.slug()).bind("name", org.name())
                .bind("at", Sql.utc(at)).execute();
    }

    Optional<Organization> organization(Handle h, String orgId) {
        return h.createQuery("SELECT id, slug, name FROM organization WHERE id = :id").bind("id", orgId)
                .map((rs, ctx) -> new Organization(rs.getString("id"), rs.getString("slug"), rs.getString("name")))
                .findOne();
    }

    Optional<Organization> organizationBySlug(Handle h, String slug) {
        return h.createQuery("SELECT id, slug, name FROM organization WHERE slug = :slug").bind("slug", slug)
                .map((rs, ctx) -> new Organization(rs.getString("id"), rs.getString("slug"), rs.getString("name")))
                .findOne();
    }

    int organizationCount(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM organization").mapTo(Integer.class).one();
    }

    void insertSpot(Handle h, Spot spot) {
        h.createUpdate("INSERT INTO spot (id, org_id, name, created_at) VALUES (:id, :org, :name, :at)")
                .bind("id", spot.id()).bind("org", spot.orgId()).bind("name", spot.name())
                .bind("at", Sql.utc(spot.createdAt())).execute();
    }

    Optional<Spot> spot(Handle h, String orgId, String spotId) {
        return h.createQuery("SELECT id, org_id, name, created_at FROM spot WHERE org_id = :org AND id = :id")
                .bind("org", orgId).bind("id", spotId).map((rs, ctx) -> spot(rs)).findOne();
    }

    boolean spotNameTaken(Handle h, String orgId, String name, String exceptSpotId) {
        return h.createQuery("SELECT COUNT(*) FROM spot WHERE org_id = :org AND name = :name AND id <> :id")
                .bind("org", orgId).bind("name", name).bind("id", exceptSpotId == null ? "" : exceptSpotId)
                .mapTo(Integer.class).one() > 0;
    }

    /** The organization's spots, or only those listed ({@code onlyIds} null: all). */
    List<Spot> spots(Handle h, String orgId, Collection<String> onlyIds) {
        if (onlyIds != null && onlyIds.isEmpty()) {
            return List.of();
        }
        String filter = onlyIds == null ? "" : " AND id IN (<ids>)";
        var q = h.createQuery("SELECT id, org_id, name, created_at FROM spot WHERE org_id = :org" + filter
                + " ORDER BY name").bind("org", orgId);
        if (onlyIds != null) {
            q.bindList("ids", List.copyOf(onlyIds));
        }
        return q.map((rs, ctx) -> spot(rs)).list();
    }

    void renameSpot(Handle h, String spotId, String name) {
        h.createUpdate("UPDATE spot SET name = :name WHERE id = :id").bind("name", name).bind("id", spotId).execute();
    }

    void deleteSpot(Handle h, String spotId) {
        h.createUpdate("DELETE FROM spot WHERE id = :id").bind("id", spotId).execute();
    }

    private static Spot spot(ResultSet rs) throws SQLException {
        return new Spot(rs.getString("id"), rs.getString("org_id"), rs.getString("name"), Sql.instant(rs, "created_at"));
    }
}
