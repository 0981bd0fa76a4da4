package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kikan.platform.quarkus.jumin.JuminShokai;

/** Finds a person or a household for a use case, with the 支援措置 rule of the platform; here {@link Roles#SHIEN}. */
@ApplicationScoped
public class Jumins extends JuminShokai {

    @Override
    protected String shienRole() {
        return Roles.SHIEN;
    }
}
