/** Outgoing mail: a transactional outbox, its dispatcher (SMTP or log) and the staff's view of it. */
package de.casebook.app.mail;
