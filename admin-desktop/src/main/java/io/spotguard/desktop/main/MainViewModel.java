package io.spotguard.desktop.main;

import io.spotguard.desktop.session.Navigation;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.Holdings;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Who is signed in, which screens they may use, and signing out. What is hidden here is still refused by the
 * server; hiding only spares the admin buttons that cannot work.
 */
public final class MainViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final Navigation navigation;
    private final Me me;
    private final Holdings rights;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section");

    /** For a session that is signed in ({@link Session#me()} is known). */
    public MainViewModel(Session session, TaskRunner runner, Navigation navigation) {
        this.session = session;
        this.runner = runner;
        this.navigation = navigation;
        this.me = session.me();
        this.rights = me.holdings();
        section.set(sections().isEmpty() ? null : sections().getFirst());
    }

    public String userLabel() {
        return me.user().displayName() + " <" + me.user().email() + ">";
    }

    public String organizationLabel() {
        return me.organization().name();
    }

    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(s -> s.offeredTo(rights)).toList();
    }

    /**
     * What the signed-in user may do, and where, as {@link Me} told at sign-in, read by the server's own rule. The
     * screens use it only to offer what can work (a spot admin holds their rights over one spot, not the
     * organization, and is shown that spot's screens and choices); the server checks every call anyway.
     */
    public Holdings rights() {
        return rights;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** Locally the session ends even if the server cannot be told; the server expires it on its own. */
    public void signOut() {
        runner.run(session::signOut).onSuccess(done -> navigation.showSignIn())
                .onFailure(error -> navigation.showSignIn());
    }
}
