package io.spotguard.server.tenancy;

import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.server.security.SpotCheck;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * What other features may ask of tenancy: organizations and spots, always within one organization, inside the
 * caller's transaction.
 */
public final class SpotDirectory implements SpotCheck {
    private final TenancyRepository repository;

    SpotDirectory(TenancyRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean exists(Handle h, String orgId, String spotId) {
        return repository.spot(h, orgId, spotId).isPresent();
    }

    public List<Spot> spots(Handle h, String orgId, Collection<String> onlyIds) {
        return repository.spots(h, orgId, onlyIds);
    }

    public Map<String, String> names(Handle h, String orgId, Collection<String> spotIds) {
        return spots(h, orgId, spotIds).stream().collect(Collectors.toMap(Spot::id, Spot::name));
    }

    public Optional<Organization> organization(Handle h, String orgId) {
        return repository.organization(h, orgId);
    }

    public Optional<Organization> organizationBySlug(Handle h, String slug) {
        return repository.organizationBySlug(h, slug);
    }

    public boolean anyOrganization(Handle h) {
        return repository.organizationCount(h) > 0;
    }

    /** Creates an organization inside the caller's transaction (provisioning adds its roles and owner). */
    public void insertOrganization(Handle h, Organization org, Instant at) {
        repository.insertOrganization(h, org, at);
    }

}
