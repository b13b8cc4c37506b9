package de.casebook.domain.shared;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A record about one person (a {@link PersonalData} record). What identifies them is hashed into
 * their data subject id, under which their data is encrypted and, to erase it, their keys destroyed.
 */
public interface DataSubject {

    String subjectName();

    /** The name and what tells namesakes apart (a birth date or an e-mail address). */
    String subjectIdentity();

    default LocalDate subjectBirthDate() {
        return null;
    }

    default String subjectEmail() {
        return null;
    }

    static String identity(String name, Object distinguishing) {
        return normalised(name) + "|" + normalised(distinguishing == null ? "" : distinguishing.toString());
    }

    private static String normalised(String text) {
        return text == null ? "" : Identities.SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
