/**
 * The trainer pathway (Mentorentrainer:innen): a certified mentor proposed by their municipality,
 * admitted by the Landesnetzwerk, trained module by module and entered in the trainer register. One
 * {@link de.casebook.domain.training.TrainerQualification} case per candidate; once registered it is
 * the register entry, to which a user account is linked.
 */
package de.casebook.domain.training;
