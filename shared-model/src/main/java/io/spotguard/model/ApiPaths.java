package io.spotguard.model;

/** The API's paths, one place for server routes and client calls. */
public final class ApiPaths {
    public static final String API = "/api/v1";
    public static final String LOGIN = API + "/auth/login";
    public static final String REFRESH = API + "/auth/refresh";
    public static final String LOGOUT = API + "/auth/logout";
    public static final String LOGOUT_ALL = API + "/auth/logout-all";
    public static final String CHANGE_PASSWORD = API + "/auth/password";
    public static final String ME = API + "/me";
    public static final String MY_SPOTS = API + "/spots";
    public static final String ORGS = API + "/orgs";
    public static final String HEALTH_LIVE = "/health/live";
    public static final String HEALTH_READY = "/health/ready";

    /** Query parameters shared by every paged list. */
    public static final String PARAM_LIMIT = "limit";
    public static final String PARAM_CURSOR = "cursor";
    public static final String PARAM_QUERY = "q";

    private ApiPaths() {
    }

    public static String org(String orgId) {
        return ORGS + "/" + orgId;
    }

    public static String spots(String orgId) {
        return org(orgId) + "/spots";
    }

    public static String spot(String orgId, String spotId) {
        return spots(orgId) + "/" + spotId;
    }

    public static String users(String orgId) {
        return org(orgId) + "/users";
    }

    public static String user(String orgId, String userId) {
        return users(orgId) + "/" + userId;
    }

    public static String userAction(String orgId, String userId, String action) {
        return user(orgId, userId) + "/" + action;
    }

    public static String roles(String orgId) {
        return org(orgId) + "/roles";
    }

    public static String role(String orgId, String roleId) {
        return roles(orgId) + "/" + roleId;
    }

    public static String roleMappings(String orgId) {
        return org(orgId) + "/role-mappings";
    }

    public static String roleMapping(String orgId, String mappingId) {
        return roleMappings(orgId) + "/" + mappingId;
    }

    public static String auditEvents(String orgId) {
        return org(orgId) + "/audit-events";
    }

    /** Actions on one user: {@code POST .../users/{id}/<action>}. */
    public static final class UserActions {
        public static final String DISABLE = "disable";
        public static final String ENABLE = "enable";
        public static final String RESET_PASSWORD = "reset-password";
        public static final String REVOKE_SESSIONS = "revoke-sessions";

        private UserActions() {
        }
    }
}
