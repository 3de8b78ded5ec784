package io.spotguard.desktop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.desktop.api.Json;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A newer server may write audit actions this console does not know; the audit log must keep working. */
class AuditEventReadingTest {
    private static final String PAGE_WITH_A_NEW_ACTION = """
            {"items": [
              {"id": 7, "orgId": "org-1", "at": "2026-11-29T01:00:00Z", "actorId": "u-1", "actorLabel": "ada@acme.test",
               "action": "something.new", "targetType": "user", "targetId": "u-2", "targetLabel": "bob@acme.test",
               "outcome": "SUCCESS", "ip": "10.0.0.1", "deviceId": null, "details": {}},
              {"id": 6, "orgId": "org-1", "at": "2026-11-29T00:59:00Z", "actorId": "u-1", "actorLabel": "ada@acme.test",
               "action": "role.grant", "targetType": "user", "targetId": "u-2", "targetLabel": "bob@acme.test",
               "outcome": "SUCCESS", "ip": "10.0.0.1", "deviceId": null, "details": {"role": "MEMBER"}}
            ], "nextCursor": null}
            """;

    @Test
    void anActionUnknownToThisConsoleReadsAsUnknownAndTheRestOfThePageStays() throws Exception {
        Page<AuditEvent> page = Json.mapper().readValue(PAGE_WITH_A_NEW_ACTION, new TypeReference<>() { });

        assertEquals(List.of(AuditAction.UNKNOWN, AuditAction.ROLE_GRANT),
                page.items().stream().map(AuditEvent::action).toList());
        assertEquals(AuditOutcome.SUCCESS, page.items().getFirst().outcome());
    }

    @Test
    void theActionColumnShowsAnUnknownActionAsUnknown() throws Exception {
        Page<AuditEvent> page = Json.mapper().readValue(PAGE_WITH_A_NEW_ACTION, new TypeReference<>() { });

        assertEquals(List.of("unknown", "role.grant"),
                page.items().stream().map(AuditViewModel::describeAction).toList());
    }

    @Test
    void unknownIsNotOfferedAsAFilterBecauseTheServerKnowsNoSuchAction() {
        assertThat(AuditViewModel.actionChoices()).doesNotContain(AuditAction.UNKNOWN)
                .contains(AuditAction.ROLE_GRANT, AuditAction.LOGIN).hasSize(AuditAction.values().length - 1);
    }
}
