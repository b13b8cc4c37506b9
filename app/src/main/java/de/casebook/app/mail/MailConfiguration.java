package de.casebook.app.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox dispatcher runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class MailConfiguration {
}
