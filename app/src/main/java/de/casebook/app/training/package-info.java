/**
 * The trainer pathway: certified mentors proposed, admitted by the Landesnetzwerk, trained and
 * entered in the trainer register, whose linked accounts lead courses and sign off hours. It builds
 * on the mentor programme (it reads mentor cases and keeps the programme's {@link
 * de.casebook.app.mentoring.TrainerRegister}); the programme does not depend on it.
 */
package de.casebook.app.training;
