package io.spotguard.model.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Every kind of audited event. Wire names are stable; new kinds are only ever added. */
public enum AuditAction {
    LOGIN("auth.login"),
    LOGOUT("auth.logout"),
    LOGOUT_ALL("auth.logout_all"),
    REFRESH_TOKEN_REUSE("auth.refresh_token_reuse"),
    REFRESH_DEVICE_MISMATCH("auth.refresh_device_mismatch"),
    PASSWORD_CHANGE("auth.password_change"),
    ACCESS_DENIED("access.denied"),
    ORG_CREATE("org.create"),
    SPOT_CREATE("spot.create"),
    SPOT_RENAME("spot.rename"),
    SPOT_DELETE("spot.delete"),
    USER_CREATE("user.create"),
    USER_UPDATE("user.update"),
    USER_DISABLE("user.disable"),
    USER_ENABLE("user.enable"),
    USER_PASSWORD_RESET("user.password_reset"),
    USER_SESSIONS_REVOKE("user.sessions_revoke"),
    ROLE_CREATE("role.create"),
    ROLE_UPDATE("role.update"),
    ROLE_DELETE("role.delete"),
    ROLE_GRANT("role.grant"),
    ROLE_REVOKE("role.revoke"),
    /** An action this client does not know yet (written by a newer server); never written by the server. */
    UNKNOWN("unknown");

    private final String wireName;

    AuditAction(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Reading answers: a newer server's action must not break an older client's audit page. */
    @JsonCreator
    public static AuditAction fromJson(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst().orElse(UNKNOWN);
    }

    /** Strict: for filters and stored rows, where an unknown name is a mistake. */
    public static AuditAction fromWireName(String name) {
        return Arrays.stream(values())
                .filter(a -> a.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audit action: " + name));
    }
}
