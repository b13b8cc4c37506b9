package de.casebook.app.security;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, acting in the first of the given roles they hold. */
@Component
public class CurrentActor {

    public CasebookUser user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof CasebookOidcUser signedIn) {
            return signedIn.user();
        }
        if (!(principal instanceof CasebookUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return user;
    }

    public Actor actingAs(Role... allowed) {
        var user = user();
        return Arrays.stream(allowed)
                .filter(user::has)
                .findFirst()
                .map(role -> new Actor(user.username(), role, user.municipality()))
                .orElseThrow(() -> new AccessDeniedException("role.missing"));
    }
}
