package de.casebook.domain.shared;

/**
 * A person's data in this case was erased (their key destroyed): on the data protection officer's
 * request or because the case's retention ended. It names the person only by their subject id.
 */
public record PersonalDataErasedEvent(String caseId, String subjectId, String role, String reason) {
}
