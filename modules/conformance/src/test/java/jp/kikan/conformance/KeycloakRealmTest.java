package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo realm (deploy/keycloak/kikan-realm.json, also rendered for Kubernetes): a service's audience is
 * added by a mapper of the client that calls it, never by a realm default client scope — otherwise every
 * client of the realm, present and future, would get tokens the services accept.
 */
class KeycloakRealmTest {

    private static final Path REALM = Repo.findRoot().resolve("deploy/keycloak/kikan-realm.json");

    @Test
    void shouldAddNoAudienceThroughARealmDefaultClientScope() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(REALM));
        Set<String> withAudience = new HashSet<>();
        for (JsonNode scope : realm.path("clientScopes")) {
            for (JsonNode m : scope.path("protocolMappers")) {
                if ("oidc-audience-mapper".equals(m.path("protocolMapper").asText())) {
                    withAudience.add(scope.path("name").asText());
                }
            }
        }
        List<String> defaults = new ArrayList<>();
        realm.path("defaultDefaultClientScopes").forEach(s -> defaults.add(s.asText()));
        realm.path("defaultOptionalClientScopes").forEach(s -> defaults.add(s.asText()));
        assertThat(defaults).as("realm default client scopes").isNotEmpty()
                .allSatisfy(s -> assertThat(withAudience).as("client scopes with an audience mapper").doesNotContain(s));
    }

    @Test
    void shouldGiveEachClientThatCallsResidentRecordsItsOwnAudienceMapper() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(REALM));
        for (String clientId : List.of("kikan-staff", "kikan-tax")) {
            JsonNode client = null;
            for (JsonNode c : realm.path("clients")) {
                if (clientId.equals(c.path("clientId").asText())) {
                    client = c;
                }
            }
            assertThat(client).as(clientId).isNotNull();
            List<String> audiences = new ArrayList<>();
            client.path("protocolMappers").forEach(m -> {
                if ("oidc-audience-mapper".equals(m.path("protocolMapper").asText())) {
                    audiences.add(m.path("config").path("included.client.audience").asText());
                }
            });
            assertThat(audiences).as(clientId + "'s own audience mappers").contains("kikan-resident-records");
        }
    }
}
