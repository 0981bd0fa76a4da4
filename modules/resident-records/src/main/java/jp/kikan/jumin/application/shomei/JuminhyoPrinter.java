package jp.kikan.jumin.application.shomei;

/** Port: renders a 住民票の写し as PDF with embedded fonts. */
public interface JuminhyoPrinter {

    byte[] print(Juminhyo juminhyo);
}
