package io.spotguard.model.rbac;

import static io.spotguard.model.rbac.Permission.AUDIT_READ;
import static io.spotguard.model.rbac.Permission.SPOTS_MANAGE;
import static io.spotguard.model.rbac.Permission.SPOTS_READ;
import static io.spotguard.model.rbac.Permission.USERS_GRANT;
import static io.spotguard.model.rbac.Permission.USERS_READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.spotguard.model.me.Me;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoldingsTest {
    private static final String ALPHA = "spot-alpha";
    private static final String BETA = "spot-beta";

    /** An auditor of the organization who is also spot admin of Alpha and may grant in Beta. */
    private final Holdings held = new Holdings(Set.of(USERS_READ, AUDIT_READ),
            Map.of(ALPHA, Set.of(SPOTS_READ, SPOTS_MANAGE), BETA, Set.of(USERS_GRANT)));

    @Test
    void organizationWideGrantsCountInEverySpotAndSpotGrantsOnlyInTheirOwn() {
        assertEquals(Set.of(USERS_READ, AUDIT_READ, SPOTS_READ, SPOTS_MANAGE), held.at(ALPHA));
        assertEquals(Set.of(USERS_READ, AUDIT_READ, USERS_GRANT), held.at(BETA));
        assertEquals(Set.of(USERS_READ, AUDIT_READ), held.at("spot-without-grants"));
    }

    @Test
    void withoutASpotOnlyOrganizationWideGrantsCount() {
        assertEquals(Set.of(USERS_READ, AUDIT_READ), held.at(null));
        assertThat(held.organizationWide(AUDIT_READ)).isTrue();
        assertThat(held.organizationWide(SPOTS_MANAGE)).isFalse();
    }

    @Test
    void anywhereMeansOverTheOrganizationOrAtLeastOneSpot() {
        assertThat(held.anywhere(USERS_READ)).isTrue();
        assertThat(held.anywhere(USERS_GRANT)).isTrue();
        assertThat(held.anywhere(Permission.ORG_MANAGE)).isFalse();
    }

    @Test
    void spotsGivingAPermissionAreThoseWhoseOwnGrantsCarryIt() {
        assertEquals(Set.of(ALPHA), held.spotsGiving(SPOTS_MANAGE));
        assertEquals(Set.of(), held.spotsGiving(USERS_READ));
    }

    @Test
    void laterChangesToTheGivenSetsChangeNothing() {
        Set<Permission> organization = new HashSet<>(Set.of(USERS_READ));
        Map<String, Set<Permission>> spots = new HashMap<>(Map.of(ALPHA, new HashSet<>(Set.of(SPOTS_READ))));
        Holdings copied = new Holdings(organization, spots);

        organization.add(AUDIT_READ);
        spots.get(ALPHA).add(SPOTS_MANAGE);
        spots.put(BETA, Set.of(USERS_GRANT));

        assertEquals(Set.of(USERS_READ, SPOTS_READ), copied.at(ALPHA));
        assertEquals(Set.of(), copied.spotsGiving(USERS_GRANT));
    }

    @Test
    void meReadsItsPermissionsByTheSameRuleAndItsJsonStaysAsItWas() throws Exception {
        Me me = new Me(null, null, List.of(), List.of(), Set.of(USERS_READ), Map.of(ALPHA, Set.of(SPOTS_READ)));

        assertEquals(Set.of(USERS_READ, SPOTS_READ), me.holdings().at(ALPHA));
        assertEquals(Set.of("user", "organization", "grants", "spots", "organizationPermissions", "spotPermissions"),
                fieldNames(new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(me))));
    }

    private static Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
