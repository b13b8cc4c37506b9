package de.casebook.app.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;

/**
 * A person signed in by the municipality's identity provider, as Casebook knows them: the user name,
 * the roles (claim {@code casebook.oidc.roles-claim}, values such as {@code staff} or, with a prefix,
 * {@code casebook-staff}) and the municipality (claim {@code casebook.oidc.municipality-claim}). A
 * token without a municipality or without any Casebook role is refused.
 */
@Component
public class OidcAccounts {

    static final String NO_MUNICIPALITY = "casebook_no_municipality";
    static final String NO_ROLE = "casebook_no_role";

    private final String usernameClaim;
    private final String rolesClaim;
    private final String municipalityClaim;
    private final String rolePrefix;

    OidcAccounts(@Value("${casebook.oidc.username-claim:preferred_username}") String usernameClaim,
                 @Value("${casebook.oidc.roles-claim:roles}") String rolesClaim,
                 @Value("${casebook.oidc.municipality-claim:municipality}") String municipalityClaim,
                 @Value("${casebook.oidc.role-prefix:}") String rolePrefix) {
        this.usernameClaim = usernameClaim;
        this.rolesClaim = rolesClaim;
        this.municipalityClaim = municipalityClaim;
        this.rolePrefix = rolePrefix;
    }

    CasebookUser userOf(Map<String, Object> claims) {
        var municipality = Optional.ofNullable(claims.get(municipalityClaim)).map(String::valueOf)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> refused(NO_MUNICIPALITY, "the token names no municipality (claim " + municipalityClaim + ")"));
        var roles = roles(claims.get(rolesClaim));
        if (roles.isEmpty()) {
            throw refused(NO_ROLE, "the token names no Casebook role (claim " + rolesClaim + ")");
        }
        var username = Optional.ofNullable(claims.get(usernameClaim)).or(() -> Optional.ofNullable(claims.get("sub")))
                .map(String::valueOf).orElseThrow(() -> refused("invalid_token", "the token names nobody"));
        return new CasebookUser(username, "", roles, municipality);
    }

    static List<SimpleGrantedAuthority> authorities(CasebookUser user) {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    private Set<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> many ? many
                : claim == null ? List.of() : Arrays.asList(String.valueOf(claim).split("[ ,]+"));
        return values.stream().map(String::valueOf)
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(rolePrefix.toLowerCase(Locale.ROOT)))
                .map(value -> value.substring(rolePrefix.length()).toUpperCase(Locale.ROOT))
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
