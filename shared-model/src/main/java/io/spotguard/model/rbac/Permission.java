package io.spotguard.model.rbac;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The ACL's vocabulary: what a role may do, over a whole organization or one spot. */
public enum Permission {
    ORG_MANAGE("org.manage", "Manage the organization's settings"),
    SPOTS_READ("spots.read", "See spots"),
    SPOTS_MANAGE("spots.manage", "Create, rename and delete spots"),
    USERS_READ("users.read", "See users and their grants"),
    USERS_MANAGE("users.manage", "Create, change, disable users; reset passwords; end sessions"),
    USERS_GRANT("users.grant", "Grant and revoke roles"),
    ROLES_READ("roles.read", "See roles and their permissions"),
    ROLES_MANAGE("roles.manage", "Define custom roles"),
    AUDIT_READ("audit.read", "Read the audit log"),
    DEVICES_MANAGE("devices.manage", "Set device restrictions"),
    DEVICES_WIPE("devices.wipe", "Wipe devices remotely"),
    BANS_MANAGE("bans.manage", "Ban and unban users"),
    POLICY_MANAGE("policy.manage", "Change access policies"),
    NETWORK_MANAGE("network.manage", "Change network restrictions"),
    CONTENT_POST("content.post", "Post content in a spot");

    private final String wireName;
    private final String description;

    Permission(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    @JsonCreator
    public static Permission fromWireName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown permission: " + name));
    }
}
