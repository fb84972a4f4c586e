package dev.skiff.cdk;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * The WAFv2 web ACL ("WebAcl") in front of a REST API's stage, as the Nx plugin's construct sets it
 * up: requests pass unless AWS's common rule set or its known-bad-inputs rule set blocks them. The
 * common set's body-size rule only counts, since it would block any body over 8 KB and an API
 * takes more. Every rule reports CloudWatch metrics and samples.
 */
final class Waf {

    private Waf() {
    }

    static CfnWebACL protect(Construct scope, String apiName, String stageArn) {
        CfnWebACL.RuleProperty commonRules = managed("CRSRule", 0, "AWSManagedRulesCommonRuleSet",
                List.of(CfnWebACL.RuleActionOverrideProperty.builder()
                        .name("SizeRestrictions_BODY")
                        .actionToUse(CfnWebACL.RuleActionProperty.builder()
                                .count(CfnWebACL.CountActionProperty.builder().build())
                                .build())
                        .build()));
        CfnWebACL.RuleProperty badInputs = managed("KnownBadInputsRule", 1, "AWSManagedRulesKnownBadInputsRuleSet",
                List.of());
        CfnWebACL acl = CfnWebACL.Builder.create(scope, "WebAcl")
                .scope("REGIONAL")
                .description("Guards the Skiff API " + apiName)
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build())
                        .build())
                .visibilityConfig(visibility(apiName + "WebAcl"))
                .rules(List.of(commonRules, badInputs))
                .build();
        CfnWebACLAssociation.Builder.create(scope, "WebAclAssociation")
                .resourceArn(stageArn)
                .webAclArn(acl.getAttrArn())
                .build();
        return acl;
    }

    private static CfnWebACL.RuleProperty managed(String name, int priority, String group,
            List<CfnWebACL.RuleActionOverrideProperty> overrides) {
        CfnWebACL.ManagedRuleGroupStatementProperty.Builder statement = CfnWebACL.ManagedRuleGroupStatementProperty
                .builder()
                .vendorName("AWS")
                .name(group);
        if (!overrides.isEmpty()) {
            statement.ruleActionOverrides(overrides);
        }
        return CfnWebACL.RuleProperty.builder()
                .name(name)
                .priority(priority)
                .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
                .statement(CfnWebACL.StatementProperty.builder().managedRuleGroupStatement(statement.build()).build())
                .visibilityConfig(visibility(name))
                .build();
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .metricName(metricName)
                .cloudWatchMetricsEnabled(true)
                .sampledRequestsEnabled(true)
                .build();
    }
}
