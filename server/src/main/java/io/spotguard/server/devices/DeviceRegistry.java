package io.spotguard.server.devices;

import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.server.db.Sql;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Devices users sign in from. The foundation records them at sign-in; restrictions and remote wipe build on
 * these rows later.
 */
public final class DeviceRegistry {
    public void recordSignIn(Handle h, String orgId, String userId, String clientDeviceId, String name,
                             DevicePlatform platform, Instant now) {
        int updated = h.createUpdate("""
                        UPDATE device SET name = :name, platform = :platform, last_seen_at = :now
                        WHERE user_id = :user AND client_device_id = :device""")
                .bind("name", name).bind("platform", platform.name()).bind("now", Sql.utc(now))
                .bind("user", userId).bind("device", clientDeviceId).execute();
        if (updated == 0) {
            h.createUpdate("""
                            INSERT INTO device (id, org_id, user_id, client_device_id, name, platform, status, wipe_state,
                                first_seen_at, last_seen_at)
                            VALUES (:id, :org, :user, :device, :name, :platform, 'ACTIVE', 'NONE', :now, :now)""")
                    .bind("id", Sql.newId()).bind("org", orgId).bind("user", userId).bind("device", clientDeviceId)
                    .bind("name", name).bind("platform", platform.name()).bind("now", Sql.utc(now)).execute();
        }
    }
}
