package de.casebook.app.mentoring;

import java.util.List;
import java.util.Optional;

/**
 * Who may lead a course and sign off its hours: the user accounts linked to an entry of the trainer
 * register. Kept by the trainer pathway ({@code de.casebook.app.training}), which builds on the
 * mentor programme; the programme asks only this.
 */
public interface TrainerRegister {

    /** The municipality of the register entry the account is linked to; empty if it is linked to none. */
    Optional<String> municipalityOf(String username);

    /** The accounts linked to the municipality's register entries, sorted: whom a new course may name. */
    List<String> usernamesIn(String municipality);
}
