package de.casebook.app.security;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in on the pages through OpenID Connect, carrying who they are to Casebook. */
public class CasebookOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CasebookUser user;

    CasebookOidcUser(OidcUser signedIn, CasebookUser user) {
        super(OidcAccounts.authorities(user), signedIn.getIdToken(), signedIn.getUserInfo());
        this.user = user;
    }

    public CasebookUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
