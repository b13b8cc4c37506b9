/**
 * Versions of the BPMN models and moving running cases between them: which versions are deployed,
 * how many of the municipality's cases run on each and where they wait; a migration plan checked
 * before anything moves; each moved case recorded as an event of the case.
 */
package de.casebook.app.versions;
