package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeEgressOnlyInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.EgressOnlyInternetGateway;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Egress-only internet gateways: create, describe with filters and pages, delete. */
class EgressOnlyGatewaysApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4400000");

    @Test
    void gatewaysAreCreatedDescribedPagedAndDeleted() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        EgressOnlyInternetGateway gateway = ec2.createEgressOnlyInternetGateway(r -> r.vpcId(vpcId)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.EGRESS_ONLY_INTERNET_GATEWAY)
                        .tags(Tag.builder().key("Name").value("v6-out").build()).build())).egressOnlyInternetGateway();
        assertTrue(gateway.egressOnlyInternetGatewayId().matches("eigw-[0-9a-f]{17}"));
        assertEquals(vpcId, gateway.attachments().get(0).vpcId());
        assertEquals("attached", gateway.attachments().get(0).stateAsString());
        assertEquals("v6-out", gateway.tags().get(0).value());
        for (int i = 0; i < 6; i++) {
            ec2.createEgressOnlyInternetGateway(r -> r.vpcId(vpcId));
        }

        assertEquals(List.of(gateway.egressOnlyInternetGatewayId()), ec2.describeEgressOnlyInternetGateways(r -> r
                .filters(Filter.builder().name("tag:Name").values("v6-out").build())).egressOnlyInternetGateways()
                .stream().map(EgressOnlyInternetGateway::egressOnlyInternetGatewayId).toList());
        List<String> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            DescribeEgressOnlyInternetGatewaysResponse page = ec2.describeEgressOnlyInternetGateways(r -> r
                    .maxResults(5).nextToken(next));
            page.egressOnlyInternetGateways().forEach(g -> all.add(g.egressOnlyInternetGatewayId()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(7, all.size());
        assertEquals(2, pages);
        assertEc2Error("InvalidParameterValue", "The filter 'attachment.vpc-id' is invalid",
                () -> ec2.describeEgressOnlyInternetGateways(r -> r.filters(Filter.builder().name("attachment.vpc-id")
                        .values(vpcId).build())));
        assertEc2Error("DependencyViolation", "The vpc '" + vpcId + "' has dependencies",
                () -> ec2.deleteVpc(r -> r.vpcId(vpcId)));

        assertTrue(ec2.deleteEgressOnlyInternetGateway(r -> r.egressOnlyInternetGatewayId(
                gateway.egressOnlyInternetGatewayId())).returnCode());
        assertEc2Error("InvalidGatewayID.NotFound", "The eigw ID '" + gateway.egressOnlyInternetGatewayId()
                + "' does not exist", () -> ec2.describeEgressOnlyInternetGateways(r -> r.egressOnlyInternetGatewayIds(
                        gateway.egressOnlyInternetGatewayId())));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> ec2.createEgressOnlyInternetGateway(r -> r.vpcId("vpc-0123456789abcdef0")));
    }

    @Test
    void theSameClientTokenReturnsTheSameGateway() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String otherVpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        var first = ec2.createEgressOnlyInternetGateway(r -> r.vpcId(vpcId).clientToken("token-1"));
        var again = ec2.createEgressOnlyInternetGateway(r -> r.vpcId(vpcId).clientToken("token-1"));
        assertEquals("token-1", first.clientToken());
        assertEquals(first.egressOnlyInternetGateway().egressOnlyInternetGatewayId(),
                again.egressOnlyInternetGateway().egressOnlyInternetGatewayId());
        assertEquals(1, ec2.describeEgressOnlyInternetGateways(r -> { }).egressOnlyInternetGateways().size());
        assertEc2Error("IdempotentParameterMismatch", "inconsistent", () -> ec2.createEgressOnlyInternetGateway(
                r -> r.vpcId(otherVpc).clientToken("token-1")));
        assertNull(ec2.describeEgressOnlyInternetGateways(r -> { }).nextToken());
    }
}
