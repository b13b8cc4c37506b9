/**
 * The mentor qualification pipeline (Bürgermentor:innen): a {@link de.casebook.domain.mentoring.Course}
 * with trainers and sessions, and one {@link de.casebook.domain.mentoring.Qualification} case per
 * participant from enrolment to certificate and activity profile.
 */
package de.casebook.domain.mentoring;
