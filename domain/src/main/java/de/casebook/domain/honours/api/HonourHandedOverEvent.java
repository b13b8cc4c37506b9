package de.casebook.domain.honours.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record HonourHandedOverEvent(
        String caseId,
        LocalDate handedOverOn,
        String note) {
}
