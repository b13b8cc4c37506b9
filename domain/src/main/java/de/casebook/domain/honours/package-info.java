/**
 * Honours nominations: formal rules and check, references' statements, the jury of a prize's call,
 * the decision (or forwarding to those who decide outside), ceremony and hand-over, revocation.
 */
package de.casebook.domain.honours;
