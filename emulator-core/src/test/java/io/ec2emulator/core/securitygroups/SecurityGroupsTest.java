package io.ec2emulator.core.securitygroups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.Vpc;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Group and rule behaviour that needs a VPC other than the default one, or none at all. */
class SecurityGroupsTest {

    private final RegionState region = new RegionState(new AccountRegion("123456789012", "us-east-1"),
            new ManualClock(Instant.parse("2026-01-01T00:00:00Z")));

    private Vpc otherVpc() {
        Vpc vpc = new Vpc("vpc-0aaaaaaaaaaaaaaaa", "10.0.0.0/16", "vpc-cidr-assoc-0aaaaaaaaaaaaaaaa",
                region.networking().defaultVpc().orElseThrow().dhcpOptionsId(), false, region.accountId(), true, false);
        region.transact(false, () -> {
            region.networking().vpcs().put(vpc);
            return vpc;
        });
        return vpc;
    }

    private static PermissionRequest tcp(int port, String cidr) {
        return new PermissionRequest("tcp", port, port, List.of(new PermissionRequest.Peer(cidr, null)), List.of(),
                List.of(), List.of());
    }

    @Test
    void revokingAnUnknownRuleInANondefaultVpcFailsAndRevokesNothing() {
        Vpc vpc = otherVpc();
        SecurityGroup group = region.transact(false, () -> region.securityGroups().create("app", "d", vpc.vpcId(),
                List.of()));
        region.transact(false, () -> region.securityGroups().rules().authorize(
                region.securityGroups().resources().require(group.groupId()), false, List.of(tcp(22, "10.0.0.0/8")),
                List.of()));
        Ec2Error error = assertThrows(Ec2Error.class, () -> region.transact(false, () -> region.securityGroups().rules()
                .revoke(region.securityGroups().resources().require(group.groupId()), false,
                        List.of(tcp(22, "10.0.0.0/8"), tcp(23, "10.0.0.0/8")), List.of())));
        assertEquals("InvalidPermission.NotFound", error.code());
        assertEquals(1, region.securityGroups().resources().require(group.groupId()).ingress().size());
    }

    @Test
    void theSameNameMayBeUsedInAnotherVpcButGroupPairsMustStayInOne() {
        Vpc vpc = otherVpc();
        SecurityGroup inOther = region.transact(false, () -> region.securityGroups().create("web", "d", vpc.vpcId(),
                List.of()));
        SecurityGroup inDefault = region.transact(false, () -> region.securityGroups().create("web", "d", null,
                List.of()));
        assertTrue(!inOther.vpcId().equals(inDefault.vpcId()));
        PermissionRequest pair = new PermissionRequest("-1", null, null, List.of(), List.of(),
                List.of(new PermissionRequest.GroupPeer(inDefault.groupId(), null, null, null)), List.of());
        Ec2Error error = assertThrows(Ec2Error.class, () -> region.transact(false, () -> region.securityGroups().rules()
                .authorize(inOther, false, List.of(pair), List.of())));
        assertEquals("InvalidGroup.NotFound", error.code());
        assertEquals("You have specified two resources that belong to different networks.", error.getMessage());
    }

    @Test
    void withoutADefaultVpcAVpcIdIsNeeded() {
        String defaultVpc = region.networking().defaultVpc().orElseThrow().vpcId();
        region.transact(false, () -> {
            region.networking().vpcs().remove(defaultVpc);
            return null;
        });
        Ec2Error error = assertThrows(Ec2Error.class, () -> region.transact(false,
                () -> region.securityGroups().create("x", "d", null, List.of())));
        assertEquals("VPCIdNotSpecified", error.code());
        assertEquals("No default VPC for this user", error.getMessage());
        assertEquals("VPCIdNotSpecified", assertThrows(Ec2Error.class,
                () -> region.securityGroups().target(null, "x")).code());
    }

    @Test
    void rulesByIdFollowTheirGroupThroughRollback() {
        SecurityGroup group = region.transact(false, () -> region.securityGroups().create("r", "d", null, List.of()));
        int before = region.securityGroups().ruleResources().store().size();
        assertThrows(Ec2Error.class, () -> region.transact(false, () -> {
            region.securityGroups().rules().authorize(group, false, List.of(tcp(1, "1.1.1.1/32")), List.of());
            throw Ec2Error.invalidParameterValue("late failure");
        }));
        assertEquals(before, region.securityGroups().ruleResources().store().size());
        region.transact(false, () -> region.securityGroups().delete(group.groupId(), null));
        assertEquals(before - 1, region.securityGroups().ruleResources().store().size());
    }
}
