package de.casebook.app.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The people who may sign in; passwords as BCrypt hashes only. */
@ConfigurationProperties("casebook.security")
public record UsersProperties(List<User> users) {

    public UsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, Set<Role> roles, String municipality) {
    }
}
