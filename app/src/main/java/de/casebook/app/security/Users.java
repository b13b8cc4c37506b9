package de.casebook.app.security;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The configured users, looked up by name for sign-in and for checks such as "is this a trainer". */
@Component
public class Users implements UserDetailsService {

    private final Map<String, CasebookUser> byName;

    public Users(UsersProperties properties) {
        byName = properties.users().stream()
                .map(user -> new CasebookUser(user.username(), user.password(), Set.copyOf(user.roles()),
                        user.municipality()))
                .collect(Collectors.toUnmodifiableMap(CasebookUser::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<CasebookUser> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    /** The user names of everyone with the role, sorted, e.g. to offer coordinators for a new network. */
    public List<String> withRole(Role role) {
        return byName.values().stream().filter(user -> user.has(role)).map(CasebookUser::username).sorted().toList();
    }
}
