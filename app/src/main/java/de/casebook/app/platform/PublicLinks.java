package de.casebook.app.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Addresses of the public pages, as people outside reach them (mails, QR codes). */
@Component
public class PublicLinks {

    private final String baseUrl;

    public PublicLinks(@Value("${casebook.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The public address of a path such as {@code /public/cards/ABC}. */
    public String to(String path) {
        return baseUrl + path;
    }
}
