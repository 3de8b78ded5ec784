package io.spotguard.server.users;

import java.util.Collection;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** What account administration needs to know of grants (kept by the rbac feature). */
public interface AccountGrants {
    /** Users a spot admin may see: those with any grant in one of the spots. */
    Set<String> usersInSpots(Handle h, Collection<String> spotIds);

    /** Refuses (409 last_owner) when the user is the organization's last active owner. */
    void requireAnotherActiveOwner(Handle h, String orgId, String userId);
}
