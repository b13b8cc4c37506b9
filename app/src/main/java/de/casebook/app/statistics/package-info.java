/** Counts across cases from the read models, for a municipality's staff and for the ministry: no personal data. */
package de.casebook.app.statistics;
