package de.casebook.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

    private final boolean oidc;

    LoginPage(org.springframework.core.env.Environment settings) {
        this.oidc = SecurityConfiguration.oidc(settings);
    }

    /** The demo users' form, or with an identity provider the way to it. */
    @GetMapping("/login")
    String login(org.springframework.ui.Model model) {
        model.addAttribute("oidc", oidc);
        return "login";
    }
}
