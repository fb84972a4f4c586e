package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.api.CallerIdentity;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerIdentitiesTest {

    @Test
    void webAdapterHeaderWithIamAuthorizer_givesTheIamPrincipal() {
        String header = """
                {"accountId":"123456789012","authorizer":{"iam":{"accessKey":"AKIA","accountId":"111122223333",
                 "callerId":"AIDA","userArn":"arn:aws:iam::111122223333:user/ada","userId":"AIDA"}},
                 "http":{"method":"GET","path":"/items"},"requestId":"r1","stage":"$default"}
                """;

        Optional<CallerIdentity> caller = CallerIdentities.fromWebAdapterHeader(header);

        assertThat(caller).contains(new CallerIdentity(CallerIdentity.Kind.IAM, "arn:aws:iam::111122223333:user/ada",
                Optional.of("111122223333"), Map.of()));
    }

    @Test
    void webAdapterHeaderWithJwtClaims_givesSubjectAndClaims() {
        String header = """
                {"authorizer":{"jwt":{"claims":{"sub":"user-1","email":"ada@example.com","exp":1700000000},
                 "scopes":null}},"requestId":"r2"}
                """;

        Optional<CallerIdentity> caller = CallerIdentities.fromWebAdapterHeader(header);

        assertThat(caller).contains(new CallerIdentity(CallerIdentity.Kind.JWT, "user-1", Optional.empty(),
                Map.of("sub", "user-1", "email", "ada@example.com", "exp", "1700000000")));
    }

    @Test
    void structuredAndNonTextClaims_areTheirJsonText_andNullClaimsAreLeftOut() {
        String header = """
                {"authorizer":{"jwt":{"claims":{"sub":"user-2","groups":["admin","ops"],"address":{"zip":"1000","n":1},
                 "ratio":1.5,"admin":true,"nickname":null}}}}
                """;

        Optional<CallerIdentity> caller = CallerIdentities.fromWebAdapterHeader(header);

        assertThat(caller).contains(new CallerIdentity(CallerIdentity.Kind.JWT, "user-2", Optional.empty(),
                Map.of("sub", "user-2", "groups", "[\"admin\",\"ops\"]", "address", "{\"zip\":\"1000\",\"n\":1}",
                        "ratio", "1.5", "admin", "true")));
    }

    @Test
    void payload1CognitoClaimsAndIdentity_areRead() {
        assertThat(CallerIdentities.fromWebAdapterHeader("{\"authorizer\":{\"claims\":{\"sub\":\"c-1\"}}}"))
                .contains(new CallerIdentity(CallerIdentity.Kind.JWT, "c-1", Optional.empty(), Map.of("sub", "c-1")));
        assertThat(CallerIdentities.fromWebAdapterHeader(
                "{\"identity\":{\"userArn\":\"arn:aws:iam::1:user/x\",\"accountId\":\"1\"},\"authorizer\":\"none\"}"))
                .contains(new CallerIdentity(CallerIdentity.Kind.IAM, "arn:aws:iam::1:user/x", Optional.of("1"), Map.of()));
        assertThat(CallerIdentities.fromWebAdapterHeader("[1,2]")).isEmpty();
    }

    @Test
    void unauthenticatedOrUnreadableHeader_givesNobody() {
        assertThat(CallerIdentities.fromWebAdapterHeader(null)).isEmpty();
        assertThat(CallerIdentities.fromWebAdapterHeader("not json")).isEmpty();
        assertThat(CallerIdentities.fromWebAdapterHeader("{\"identity\":{\"userArn\":null,\"sourceIp\":\"1.2.3.4\"}}"))
                .isEmpty();
    }
}
