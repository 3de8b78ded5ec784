package io.spotguard.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.validation.Rules;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotAdministrationTest {
    private static final TypeReference<List<Spot>> SPOTS = new TypeReference<>() {
    };
    private static final TypeReference<List<RoleMapping>> MAPPINGS = new TypeReference<>() {
    };
    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    @Test
    void createdSpotIsAnsweredWith201AndAudited() {
        Tenant tenant = server.newTenant();
        Instant before = Instant.now().minus(Duration.ofSeconds(5));

        var response = http.post(tenant.path("/spots"), tenant.owner().token(), new SpotRequest("  Warehouse  "));

        assertThat(response.status()).isEqualTo(201);
        Spot spot = response.as(Spot.class);
        assertThat(Rules.isUuid(spot.id())).isTrue();
        assertThat(spot).isEqualTo(new Spot(spot.id(), tenant.id(), "Warehouse", spot.createdAt()));
        assertThat(spot.createdAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(5)));
        assertThat(list(tenant)).containsExactly(spot);
        assertThat(AuditTrail.all(http, tenant, "action=spot.create&target=" + spot.id()))
                .extracting(AuditEvent::actorId, AuditEvent::targetLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tenant.owner().id(), "Warehouse"));
    }

    @Test
    void spotsAreListedByName() {
        Tenant tenant = server.newTenant();
        for (String name : List.of("Zulu", "Alpha", "Mike")) {
            create(tenant, name);
        }

        assertThat(list(tenant)).extracting(Spot::name).containsExactly("Alpha", "Mike", "Zulu");
    }

    @Test
    void renamedSpotKeepsItsIdAndIsAudited() {
        Tenant tenant = server.newTenant();
        Spot spot = create(tenant, "Old name");

        var response = http.patch(tenant.path("/spots/" + spot.id()), tenant.owner().token(), new SpotRequest("New name"));

        assertThat(response.status()).isEqualTo(200);
        Spot renamed = new Spot(spot.id(), tenant.id(), "New name", spot.createdAt());
        assertThat(response.as(Spot.class)).isEqualTo(renamed);
        assertThat(list(tenant)).containsExactly(renamed);
        AuditEvent event = AuditTrail.all(http, tenant, "action=spot.rename").getFirst();
        assertThat(event.targetId()).isEqualTo(spot.id());
        assertThat(event.details()).containsEntry("previousName", "Old name");
    }

    @Test
    void deletingASpotRemovesItAndTheGrantsScopedToIt() {
        Tenant tenant = server.newTenant();
        Spot doomed = create(tenant, "Doomed");
        Spot kept = create(tenant, "Kept");
        Tenant.Member member = tenant.member("MEMBER", doomed.id());
        server.app().provisioning().grant(tenant.id(), member.id(), "MEMBER", kept.id());

        var response = http.delete(tenant.path("/spots/" + doomed.id()), tenant.owner().token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(list(tenant)).containsExactly(kept);
        List<RoleMapping> grants = http.get(tenant.path("/role-mappings?userId=" + member.id()), tenant.owner().token())
                .as(MAPPINGS);
        assertThat(grants).extracting(RoleMapping::spotId).containsExactly(kept.id());
        assertThat(http.get(ApiPaths.ME, member.token()).as(Me.class).spots()).containsExactly(kept);
        assertThat(http.delete(tenant.path("/spots/" + doomed.id()), tenant.owner().token()).status()).isEqualTo(404);
        assertThat(AuditTrail.all(http, tenant, "action=spot.delete")).extracting(AuditEvent::targetId)
                .containsExactly(doomed.id());
    }

    @Test
    void duplicateSpotNameIsRefusedOnCreateAndRename() {
        Tenant tenant = server.newTenant();
        Spot first = create(tenant, "Depot");
        Spot second = create(tenant, "Annex");

        var duplicate = http.post(tenant.path("/spots"), tenant.owner().token(), new SpotRequest("Depot"));
        var renamedOntoIt = http.patch(tenant.path("/spots/" + second.id()), tenant.owner().token(),
                new SpotRequest(" Depot "));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo(ErrorCodes.SPOT_NAME_TAKEN);
        assertThat(renamedOntoIt.status()).isEqualTo(409);
        assertThat(renamedOntoIt.code()).isEqualTo(ErrorCodes.SPOT_NAME_TAKEN);
        assertThat(list(tenant)).containsExactly(second, first);
    }

    @Test
    void renamingASpotToItsOwnNameIsAllowed() {
        Tenant tenant = server.newTenant();
        Spot spot = create(tenant, "Same");

        var response = http.patch(tenant.path("/spots/" + spot.id()), tenant.owner().token(), new SpotRequest("Same"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(Spot.class)).isEqualTo(spot);
    }

    @Test
    void spotAdminRenamesTheirOwnSpotButCannotCreateOrDeleteSpots() {
        Tenant tenant = server.newTenant();
        Spot own = create(tenant, "Own spot");
        Tenant.Member spotAdmin = tenant.member("SPOT_ADMIN", own.id());

        var rename = http.patch(tenant.path("/spots/" + own.id()), spotAdmin.token(), new SpotRequest("Renamed own spot"));
        var createSpot = http.post(tenant.path("/spots"), spotAdmin.token(), new SpotRequest("Another"));
        var delete = http.delete(tenant.path("/spots/" + own.id()), spotAdmin.token());

        assertThat(rename.status()).isEqualTo(200);
        assertThat(rename.as(Spot.class).name()).isEqualTo("Renamed own spot");
        assertThat(createSpot.status()).isEqualTo(403);
        assertThat(createSpot.code()).isEqualTo(ErrorCodes.FORBIDDEN);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.code()).isEqualTo(ErrorCodes.FORBIDDEN);
        assertThat(list(tenant)).extracting(Spot::name).containsExactly("Renamed own spot");
    }

    @Test
    void memberCannotCreateASpot() {
        Tenant tenant = server.newTenant();
        Spot spot = create(tenant, "Home");
        Tenant.Member member = tenant.member("MEMBER", spot.id());

        var response = http.post(tenant.path("/spots"), member.token(), new SpotRequest("Mine"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(ErrorCodes.FORBIDDEN);
        assertThat(list(tenant)).containsExactly(spot);
    }

    @Test
    void mySpotsShowAMemberOnlyTheSpotsTheyBelongTo() {
        Tenant tenant = server.newTenant();
        Spot north = create(tenant, "North");
        Spot south = create(tenant, "South");
        Spot west = create(tenant, "West");
        Tenant.Member member = tenant.member("MEMBER", north.id());
        server.app().provisioning().grant(tenant.id(), member.id(), "MEMBER", west.id());
        Tenant.Member nobody = tenant.member(null, null);

        assertThat(http.get(ApiPaths.MY_SPOTS, member.token()).as(SPOTS)).containsExactly(north, west);
        assertThat(http.get(ApiPaths.MY_SPOTS, tenant.owner().token()).as(SPOTS)).containsExactly(north, south, west);
        assertThat(http.get(ApiPaths.MY_SPOTS, nobody.token()).as(SPOTS)).isEmpty();
    }

    private Spot create(Tenant tenant, String name) {
        var response = http.post(tenant.path("/spots"), tenant.owner().token(), new SpotRequest(name));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(Spot.class);
    }

    private List<Spot> list(Tenant tenant) {
        var response = http.get(tenant.path("/spots"), tenant.owner().token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.as(SPOTS);
    }
}
