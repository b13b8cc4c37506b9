/**
 * Taking over a municipality's existing cases from its previous register: a sheet (CSV or XLSX) of
 * card holders or certified mentors is checked row by row before anything is written, then each
 * valid row becomes a case through its aggregate, in batches that a crash can resume without
 * duplicates.
 */
package de.casebook.app.takeover;
