package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudFormation checks behind {@link TemplateChecks} can fail: small hand-written templates,
 * each breaking one rule, go through one run of the tools together; a template breaking none
 * passes them all.
 */
class TemplateChecksTest {

    static TemplateChecks.Result failing;

    @BeforeAll
    static void checkTheBrokenTemplates() {
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        templates.put("http-route-auth-none", TemplateChecks.parse("""
                {"Resources": {
                  "HttpApi": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "items", "ProtocolType": "HTTP"}},
                  "OpenRoute": {"Type": "AWS::ApiGatewayV2::Route",
                    "Properties": {"ApiId": {"Ref": "HttpApi"}, "RouteKey": "GET /items", "AuthorizationType": "NONE"}}
                }}"""));
        templates.put("function-url-auth-none", TemplateChecks.parse("""
                {"Resources": {
                  "Role": %s,
                  "Handler": %s,
                  "OpenUrl": {"Type": "AWS::Lambda::Url",
                    "Properties": {"AuthType": "NONE", "TargetFunctionArn": {"Fn::GetAtt": ["Handler", "Arn"]}}}
                }}""".formatted(ROLE, FUNCTION)));
        templates.put("rest-get-auth-none", TemplateChecks.parse("""
                {"Resources": {
                  "RestApi": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "items"}},
                  "OpenGet": {"Type": "AWS::ApiGateway::Method", "Properties": {"RestApiId": {"Ref": "RestApi"},
                    "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]}, "HttpMethod": "GET", "AuthorizationType": "NONE"}},
                  "Preflight": {"Type": "AWS::ApiGateway::Method", "Properties": {"RestApiId": {"Ref": "RestApi"},
                    "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]}, "HttpMethod": "OPTIONS", "AuthorizationType": "NONE"}}
                }}"""));
        templates.put("rest-declared-public", TemplateChecks.parse("""
                {"Resources": {
                  "RestApi": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "items"}},
                  "Health": {"Type": "AWS::ApiGateway::Method", "Metadata": {"SkiffUnauthenticated": "health"},
                    "Properties": {"RestApiId": {"Ref": "RestApi"}, "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]},
                      "HttpMethod": "GET", "AuthorizationType": "NONE"}},
                  "BlankMark": {"Type": "AWS::ApiGateway::Method", "Metadata": {"SkiffUnauthenticated": ""},
                    "Properties": {"RestApiId": {"Ref": "RestApi"}, "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]},
                      "HttpMethod": "POST", "AuthorizationType": "NONE"}},
                  "StructMark": {"Type": "AWS::ApiGateway::Method", "Metadata": {"SkiffUnauthenticated": {"why": "health"}},
                    "Properties": {"RestApiId": {"Ref": "RestApi"}, "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]},
                      "HttpMethod": "PUT", "AuthorizationType": "NONE"}}
                }}"""));
        templates.put("unknown-property", TemplateChecks.parse("""
                {"Resources": {
                  "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionDays": 30}}
                }}"""));
        templates.put("missing-required-property", TemplateChecks.parse("""
                {"Resources": {
                  "Url": {"Type": "AWS::Lambda::Url", "Properties": {"AuthType": "AWS_IAM"}}
                }}"""));
        templates.put("literal-of-wrong-type", TemplateChecks.parse("""
                {"Resources": {
                  "Role": %s,
                  "Handler": {"Type": "AWS::Lambda::Function", "Properties": {"Role": {"Fn::GetAtt": ["Role", "Arn"]},
                    "Code": {"ZipFile": "stand-in"}, "MemorySize": "lots", "Architectures": "arm64"}}
                }}""".formatted(ROLE)));
        templates.put("broken-references", TemplateChecks.parse("""
                {"Resources": {
                  "Route": {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "NoSuchApi"},
                    "RouteKey": "GET /items", "AuthorizationType": "AWS_IAM",
                    "Target": {"Fn::Sub": "integrations/${NoSuchIntegration}"}}},
                  "Url": {"Type": "AWS::Lambda::Url", "Properties": {"AuthType": "AWS_IAM",
                    "TargetFunctionArn": {"Fn::GetAtt": ["NoSuchFunction", "Arn"]}}}
                }}"""));
        failing = TemplateChecks.check(templates);
    }

    @Test
    void checks_fail() {
        assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
        assertThat(failing.output()).contains("cfn-guard FAILED", "lint FAILED");
    }

    @Test
    void httpApiRouteWithoutAuthorization_failsControlTowerApiGatewayPr5() {
        assertThat(failing.linesFor("http-route-auth-none")).singleElement().asString().contains(
                "OpenRoute (AWS::ApiGatewayV2::Route)",
                "[CT.APIGATEWAY.PR.5]",
                "Properties.AuthorizationType is \"NONE\"");
    }

    @Test
    void functionUrlWithoutIam_failsControlTowerLambdaPr5() {
        assertThat(failing.linesFor("function-url-auth-none")).singleElement().asString().contains(
                "OpenUrl (AWS::Lambda::Url)",
                "[CT.LAMBDA.PR.5]",
                "Properties.AuthType is \"NONE\"");
    }

    @Test
    void restMethodWithoutAuthorization_failsSkiffsRule_butAnUnauthorizedPreflightPasses() {
        assertThat(failing.linesFor("rest-get-auth-none")).singleElement().asString().contains(
                "OpenGet (AWS::ApiGateway::Method)",
                "[SKIFF.APIGATEWAY.REST.1]",
                "Properties.AuthorizationType is \"NONE\"");
        assertThat(failing.output()).doesNotContain("Preflight (");
    }

    @Test
    void restMethodDeclaredPublicByItsOperation_passesSkiffsRule_butNotWithAMarkerThatNamesNone() {
        assertThat(failing.linesFor("rest-declared-public")).hasSize(2).anySatisfy(line -> assertThat(line).contains(
                "BlankMark (AWS::ApiGateway::Method)", "[SKIFF.APIGATEWAY.REST.1]"))
                .anySatisfy(line -> assertThat(line).contains(
                        "StructMark (AWS::ApiGateway::Method)", "[SKIFF.APIGATEWAY.REST.1]"));
        assertThat(failing.output()).doesNotContain("Health (");
    }

    @Test
    void unknownProperty_failsTheLint() {
        assertThat(failing.linesFor("unknown-property")).singleElement().asString()
                .endsWith(": Logs (AWS::Logs::LogGroup): unknown property RetentionDays");
    }

    @Test
    void missingRequiredProperty_failsTheLint() {
        assertThat(failing.linesFor("missing-required-property")).singleElement().asString()
                .endsWith(": Url (AWS::Lambda::Url): missing required property TargetFunctionArn");
    }

    @Test
    void literalOfTheWrongType_failsTheLint() {
        assertThat(failing.linesFor("literal-of-wrong-type")).containsExactly(
                failing.files().get("literal-of-wrong-type")
                        + ": Handler (AWS::Lambda::Function): MemorySize: expected integer, got string \"lots\"",
                failing.files().get("literal-of-wrong-type")
                        + ": Handler (AWS::Lambda::Function): Architectures: expected list of string, got string \"arm64\"");
    }

    @Test
    void brokenReferences_failTheLint() {
        assertThat(failing.linesFor("broken-references")).containsExactlyInAnyOrder(
                failing.files().get("broken-references")
                        + ": Route (AWS::ApiGatewayV2::Route): Ref NoSuchApi: no resource or parameter NoSuchApi",
                failing.files().get("broken-references")
                        + ": Route (AWS::ApiGatewayV2::Route): Fn::Sub ${NoSuchIntegration}: no resource or parameter NoSuchIntegration",
                failing.files().get("broken-references")
                        + ": Url (AWS::Lambda::Url): Fn::GetAtt NoSuchFunction.Arn: no resource NoSuchFunction");
    }

    @Test
    void aCompliantTemplate_passesEveryCheck() {
        // GIVEN IAM auth on the Function URL, the HTTP API route and the REST GET (its preflight open),
        // access logs on both stages, execution logging and X-Ray on the REST stage
        JsonNode template = TemplateChecks.parse("""
                {"Resources": {
                  "Role": %s,
                  "Handler": %s,
                  "Url": {"Type": "AWS::Lambda::Url", "Properties": {"AuthType": "AWS_IAM", "InvokeMode": "RESPONSE_STREAM",
                    "TargetFunctionArn": {"Fn::GetAtt": ["Handler", "Arn"]}}},
                  "AccessLogs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 30}},
                  "HttpApi": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "items", "ProtocolType": "HTTP"}},
                  "GetItemsRoute": {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "HttpApi"},
                    "RouteKey": "GET /items", "AuthorizationType": "AWS_IAM"}},
                  "HttpStage": {"Type": "AWS::ApiGatewayV2::Stage", "Properties": {"ApiId": {"Ref": "HttpApi"},
                    "StageName": "$default", "AutoDeploy": true, "AccessLogSettings": {
                      "DestinationArn": {"Fn::GetAtt": ["AccessLogs", "Arn"]}, "Format": "$context.requestId"}}},
                  "RestApi": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "items"}},
                  "GetItems": {"Type": "AWS::ApiGateway::Method", "Properties": {"RestApiId": {"Ref": "RestApi"},
                    "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]}, "HttpMethod": "GET", "AuthorizationType": "AWS_IAM",
                    "Integration": {"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST",
                      "Uri": {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Handler.Arn}/invocations"}}}},
                  "Preflight": {"Type": "AWS::ApiGateway::Method", "Properties": {"RestApiId": {"Ref": "RestApi"},
                    "ResourceId": {"Fn::GetAtt": ["RestApi", "RootResourceId"]}, "HttpMethod": "OPTIONS", "AuthorizationType": "NONE",
                    "Integration": {"Type": "MOCK"}}},
                  "Deployment": {"Type": "AWS::ApiGateway::Deployment", "DependsOn": ["GetItems", "Preflight"],
                    "Properties": {"RestApiId": {"Ref": "RestApi"}}},
                  "RestStage": {"Type": "AWS::ApiGateway::Stage", "Properties": {"RestApiId": {"Ref": "RestApi"},
                    "DeploymentId": {"Ref": "Deployment"}, "StageName": "prod", "TracingEnabled": true,
                    "MethodSettings": [{"HttpMethod": "*", "ResourcePath": "/*", "LoggingLevel": "ERROR"}],
                    "AccessLogSetting": {"DestinationArn": {"Fn::GetAtt": ["AccessLogs", "Arn"]}, "Format": "$context.requestId"}}}
                }}""".formatted(ROLE, FUNCTION));

        // WHEN it is checked THEN nothing fails
        TemplateChecks.assertCompliant("compliant", template);
    }

    @Test
    void assertCompliant_failsWithTheToolsOutput() {
        JsonNode template = TemplateChecks.parse("""
                {"Resources": {"Url": {"Type": "AWS::Lambda::Url", "Properties": {"AuthType": "NONE",
                  "TargetFunctionArn": "arn:aws:lambda:eu-west-1:123456789012:function:items"}}}}""");

        assertThatThrownBy(() -> TemplateChecks.assertCompliant("assert-compliant-fails", template))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CloudFormation checks failed for assert-compliant-fails")
                .hasMessageContaining("Url (AWS::Lambda::Url): [CT.LAMBDA.PR.5] Properties.AuthType is \"NONE\"");
    }

    private static final String ROLE = """
            {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17",
              "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}}""";

    private static final String FUNCTION = """
            {"Type": "AWS::Lambda::Function", "Properties": {"Role": {"Fn::GetAtt": ["Role", "Arn"]}, "Runtime": "java21",
              "Handler": "dev.skiff.Handler", "MemorySize": 512, "Architectures": ["arm64"], "Code": {"ZipFile": "stand-in"}}}""";
}
