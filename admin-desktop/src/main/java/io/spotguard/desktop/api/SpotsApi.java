package io.spotguard.desktop.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import java.util.List;
import java.util.Map;

/** The spots of one organization. They are few, so they come as one list rather than in pages. */
public final class SpotsApi {
    private final ApiClient api;
    private final String orgId;

    public SpotsApi(ApiClient api, String orgId) {
        this.api = api;
        this.orgId = orgId;
    }

    public List<Spot> spots() {
        return api.get(ApiPaths.spots(orgId), Map.of(), new TypeReference<>() { });
    }

    public Spot createSpot(SpotRequest request) {
        return api.post(ApiPaths.spots(orgId), request, Spot.class);
    }

    public Spot renameSpot(String spotId, SpotRequest request) {
        return api.patch(ApiPaths.spot(orgId, spotId), request, Spot.class);
    }

    public void deleteSpot(String spotId) {
        api.delete(ApiPaths.spot(orgId, spotId));
    }
}
