package io.spotguard.desktop.main;

import io.spotguard.desktop.session.Navigation;
import io.spotguard.desktop.session.Rights;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.me.Me;
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
    private final Rights rights;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section");

    /** For a session that is signed in ({@link Session#me()} is known). */
    public MainViewModel(Session session, TaskRunner runner, Navigation navigation) {
        this.session = session;
        this.runner = runner;
        this.navigation = navigation;
        this.me = session.me();
        this.rights = new Rights(me);
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

    /** What the screens may offer; each screen narrows its own actions with it. */
    public Rights rights() {
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
