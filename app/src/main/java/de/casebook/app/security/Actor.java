package de.casebook.app.security;

/** Who acts, in which of their roles, for which municipality: recorded on every event. */
public record Actor(String username, Role role, String municipality) {

    public boolean belongsTo(String caseMunicipality) {
        return municipality.equals(caseMunicipality);
    }
}
