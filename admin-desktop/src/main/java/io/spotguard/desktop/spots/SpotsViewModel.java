package io.spotguard.desktop.spots;

import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The spots the admin can see: list, create, rename, delete. Creating and deleting change the organization, so they
 * need spots.manage over it; renaming needs it over the spot only, which is what a spot admin holds.
 */
public final class SpotsViewModel {
    private final SpotsApi api;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Holdings rights;
    private final ObservableList<Spot> spots = FXCollections.observableArrayList();
    private final StringProperty newSpotName = new SimpleStringProperty(this, "newSpotName", "");
    private final BooleanBinding canCreate;

    public SpotsViewModel(SpotsApi api, TaskRunner runner, Notifier notifier, Holdings rights) {
        this.api = api;
        this.runner = runner;
        this.notifier = notifier;
        this.rights = rights;
        this.canCreate = Bindings.createBooleanBinding(
                () -> mayCreateAndDelete() && isValidName(newSpotName.get()) && !runner.busyProperty().get(),
                newSpotName, runner.busyProperty());
    }

    public boolean mayCreateAndDelete() {
        return rights.organizationWide(Permission.SPOTS_MANAGE);
    }

    /** Whether renaming is worth offering at all: spots.manage held over the organization or some spot. */
    public boolean mayRenameAny() {
        return rights.anywhere(Permission.SPOTS_MANAGE);
    }

    public boolean mayRename(Spot spot) {
        return spot != null && rights.at(spot.id()).contains(Permission.SPOTS_MANAGE);
    }

    public ObservableList<Spot> spots() {
        return spots;
    }

    public StringProperty newSpotNameProperty() {
        return newSpotName;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public static boolean isValidName(String name) {
        return new SpotRequest(name == null ? null : name.strip()).isValid();
    }

    public void load() {
        runner.run(api::spots)
                .onSuccess(found -> spots.setAll(found.stream().sorted(Comparator.comparing(Spot::name)).toList()))
                .onFailure(notifier::failure);
    }

    public void create() {
        SpotRequest request = new SpotRequest(newSpotName.get().strip());
        runner.run(() -> api.createSpot(request)).onSuccess(created -> {
            newSpotName.set("");
            spots.add(created);
            spots.sort(Comparator.comparing(Spot::name));
            notifier.success("Spot " + created.name() + " created.");
        }).onFailure(notifier::failure);
    }

    public void rename(Spot spot, String newName) {
        SpotRequest request = new SpotRequest(newName.strip());
        runner.run(() -> api.renameSpot(spot.id(), request)).onSuccess(renamed -> {
            spots.replaceAll(s -> s.id().equals(renamed.id()) ? renamed : s);
            spots.sort(Comparator.comparing(Spot::name));
            notifier.success("Spot renamed to " + renamed.name() + ".");
        }).onFailure(notifier::failure);
    }

    public void delete(Spot spot) {
        runner.run(() -> api.deleteSpot(spot.id())).onSuccess(done -> {
            spots.removeIf(s -> s.id().equals(spot.id()));
            notifier.success("Spot " + spot.name() + " deleted.");
        }).onFailure(notifier::failure);
    }
}
