package de.casebook.app.security;

/** Who acts, in which of their roles, for which municipality: recorded on every event. */
public record Actor(String username, Role role, String municipality) {

    /** Whether the actor may see a case of that municipality: their own, or any for the ministry. */
    public boolean belongsTo(String caseMunicipality) {
        return role == Role.MINISTRY || municipality.equals(caseMunicipality);
    }
}
