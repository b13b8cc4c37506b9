package de.casebook.domain.mentoring.api;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivityProfileAgreedEvent(String caseId, List<String> fields) {
}
